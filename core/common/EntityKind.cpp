// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityKind.h"

#include <QCoreApplication>

#include <array>

namespace kmuni {

namespace {

struct Described
{
    const char* code;
    const char* icon;
    const char* pluralName; ///< translated in the context kmuni::EntityKind
};

// A row per kind, in the enum's order.
constexpr std::array<Described, 6> kinds = {{
    {"organisation", "nav-organisations", QT_TRANSLATE_NOOP("kmuni::EntityKind", "Organisations")},
    {"person", "nav-persons", QT_TRANSLATE_NOOP("kmuni::EntityKind", "Contact persons")},
    {"staff", "person-new", QT_TRANSLATE_NOOP("kmuni::EntityKind", "Staff")},
    {"event", "nav-activities", QT_TRANSLATE_NOOP("kmuni::EntityKind", "Activities")},
    {"match", "nav-matches", QT_TRANSLATE_NOOP("kmuni::EntityKind", "Matches")},
    {"follow_up", "nav-follow-ups", QT_TRANSLATE_NOOP("kmuni::EntityKind", "Follow-ups")},
}};
static_assert(int(EntityKind::FollowUp) + 1 == int(kinds.size()), "a row for every kind");

const Described& described(EntityKind kind)
{
    return kinds.at(size_t(kind));
}

} // namespace

QString entityCode(EntityKind kind)
{
    return QString::fromLatin1(described(kind).code);
}

QString entityIcon(EntityKind kind)
{
    return QString::fromLatin1(described(kind).icon);
}

QString entityPluralName(EntityKind kind)
{
    return QCoreApplication::translate("kmuni::EntityKind", described(kind).pluralName);
}

} // namespace kmuni
