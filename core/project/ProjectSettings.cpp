// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSettings.h"

#include "common/Error.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ProjectSettings)
};

// Keys of the settings table.
constexpr auto keyName = "project.name";
constexpr auto keyReference = "project.funding_reference";
constexpr auto keyLine = "project.funding_line";
constexpr auto keyFrom = "project.approved_from";
constexpr auto keyTo = "project.approved_to";
constexpr auto keySet = "project.indicator_set";

} // namespace

QStringList ProjectSettings::indicatorSets()
{
    return {defaultIndicatorSet()};
}

QString ProjectSettings::indicatorSetLabel(const QString& code)
{
    if (code == defaultIndicatorSet()) {
        return Tr::tr("EFRE/JTF NRW 2021–2027 (RCO01, RCO04, RCO10)");
    }
    return code;
}

FieldErrors ProjectSettings::validate() const
{
    FieldErrors errors;
    if (approvedFrom.isValid() != approvedTo.isValid()) {
        errors.append({u"approvedTo"_s, Tr::tr("Give both the start and the end of the approved period, or neither.")});
    } else if (hasApprovedPeriod() && approvedTo < approvedFrom) {
        errors.append({u"approvedTo"_s, Tr::tr("The approved period ends before it starts.")});
    }
    if (!indicatorSets().contains(indicatorSet)) {
        errors.append({u"indicatorSet"_s, Tr::tr("Unknown indicator set \"%1\".").arg(indicatorSet)});
    }
    return errors;
}

QVariantMap ProjectSettings::toMap() const
{
    return {{u"name"_s, name}, {u"fundingReference"_s, fundingReference}, {u"fundingLine"_s, fundingLine},
        {u"approvedFrom"_s, time::dateToStorage(approvedFrom)}, {u"approvedTo"_s, time::dateToStorage(approvedTo)},
        {u"indicatorSet"_s, indicatorSet}};
}

Result<ProjectSettings> ProjectSettings::load(Database& db)
{
    ProjectSettings s;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString error;
    if (!sql::run(q, u"SELECT key, value FROM settings WHERE key LIKE 'project.%'"_s, {}, &error)) {
        return Result<ProjectSettings>::failure(error);
    }
    while (sql::next(q, &error)) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1StringView(keyName)) {
            s.name = value;
        } else if (key == QLatin1StringView(keyReference)) {
            s.fundingReference = value;
        } else if (key == QLatin1StringView(keyLine)) {
            s.fundingLine = value;
        } else if (key == QLatin1StringView(keyFrom)) {
            s.approvedFrom = time::dateFromStorage(value);
        } else if (key == QLatin1StringView(keyTo)) {
            s.approvedTo = time::dateFromStorage(value);
        } else if (key == QLatin1StringView(keySet) && !value.isEmpty()) {
            s.indicatorSet = value;
        }
    }
    if (!error.isEmpty()) {
        return Result<ProjectSettings>::failure(error);
    }
    return s;
}

bool ProjectSettings::save(Database& db, const ProjectSettings& settings, QString* error)
{
    const FieldErrors errors = settings.validate();
    if (!errors.isEmpty()) {
        return fail(error, describe(errors));
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    const auto loaded = load(db);
    if (!loaded.ok(error)) {
        return false;
    }
    const ProjectSettings before = *loaded;
    QSqlQuery q(db.connection());
    const QList<std::pair<const char*, QString>> values
        = {{keyName, settings.name.trimmed()}, {keyReference, settings.fundingReference.trimmed()},
            {keyLine, settings.fundingLine.trimmed()}, {keyFrom, time::dateToStorage(settings.approvedFrom)},
            {keyTo, time::dateToStorage(settings.approvedTo)}, {keySet, settings.indicatorSet}};
    for (const auto& [key, value] : values) {
        if (!sql::run(q,
                u"INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                {QString::fromLatin1(key), value}, error)) {
            return false;
        }
    }
    if (!audit::record(
            db, u"project"_s, 0, QString(), u"update"_s, audit::diff(before.toMap(), settings.toMap()), error)) {
        return false;
    }
    return tx.commit(error);
}

} // namespace kmuni
