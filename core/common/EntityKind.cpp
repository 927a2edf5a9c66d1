// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kmuni {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EntityKind)
};
} // namespace

QString entityCode(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return u"organisation"_s;
    case EntityKind::Person:
        return u"person"_s;
    case EntityKind::Staff:
        return u"staff"_s;
    case EntityKind::Event:
        return u"event"_s;
    case EntityKind::Match:
        return u"match"_s;
    case EntityKind::FollowUp:
        return u"follow_up"_s;
    }
    return {};
}

QString entityIcon(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return u"nav-organisations"_s;
    case EntityKind::Person:
        return u"nav-persons"_s;
    case EntityKind::Staff:
        return u"person-new"_s;
    case EntityKind::Event:
        return u"nav-activities"_s;
    case EntityKind::Match:
        return u"nav-matches"_s;
    case EntityKind::FollowUp:
        return u"nav-follow-ups"_s;
    }
    return {};
}

QString entityPluralName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return Tr::tr("Organisations");
    case EntityKind::Person:
        return Tr::tr("Contact persons");
    case EntityKind::Staff:
        return Tr::tr("Staff");
    case EntityKind::Event:
        return Tr::tr("Activities");
    case EntityKind::Match:
        return Tr::tr("Matches");
    case EntityKind::FollowUp:
        return Tr::tr("Follow-ups");
    }
    return {};
}

} // namespace kmuni
