// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSettings.h"

#include "common/Error.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
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

// "1=WFDO,3=IHKDO": the chosen codes for the audit log.
QString codesText(const QList<ProjectSettings::PartnerCode>& partners)
{
    QStringList parts;
    for (const auto& p : partners) {
        if (!p.code.isEmpty()) {
            parts << QString::number(p.organisationId) + u'=' + p.code;
        }
    }
    return parts.join(u',');
}

} // namespace

QString ProjectSettings::codeFrom(const QString& text)
{
    const QString folded = fold::simple(text).toUpper();
    QString out;
    for (const QChar c : folded) {
        const bool keep = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (keep) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u'_')) {
            out += u'_';
        }
    }
    while (out.endsWith(u'_')) {
        out.chop(1);
    }
    return out.isEmpty() ? u"NONE"_s : out;
}

bool ProjectSettings::isValidCode(const QString& code)
{
    static const QRegularExpression pattern(u"^[A-Z0-9_]{1,16}$"_s);
    return pattern.match(code).hasMatch();
}

QString ProjectSettings::partnerCode(Id organisationId) const
{
    for (const PartnerCode& p : partners) {
        if (p.organisationId == organisationId) {
            return p.effective();
        }
    }
    return {};
}

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
    validate::text(errors, u"name"_s, Tr::tr("Project name"), name, TextKind::Title);
    validate::text(errors, u"fundingReference"_s, Tr::tr("Funding reference"), fundingReference, TextKind::Short);
    validate::text(errors, u"fundingLine"_s, Tr::tr("Funding line"), fundingLine, TextKind::Short);
    if (approvedFrom.isValid() != approvedTo.isValid()) {
        errors.append({u"approvedTo"_s, Tr::tr("Give both the start and the end of the approved period, or neither.")});
    } else if (hasApprovedPeriod() && approvedTo < approvedFrom) {
        errors.append({u"approvedTo"_s, Tr::tr("The approved period ends before it starts.")});
    }
    if (!indicatorSets().contains(indicatorSet)) {
        errors.append({u"indicatorSet"_s, Tr::tr("Unknown indicator set \"%1\".").arg(indicatorSet)});
    }
    QSet<QString> seen;
    for (const PartnerCode& p : partners) {
        if (!validate::text(errors, u"partnerCodes"_s, Tr::tr("Partner code"), p.code, TextKind::Short)) {
            continue; // too long or with a control character: said without quoting it
        }
        if (!p.code.isEmpty() && !isValidCode(p.code)) {
            errors.append({u"partnerCodes"_s,
                Tr::tr("The code \"%1\" of %2 is not valid: 1 to 16 capital letters A–Z, digits and \"_\".")
                    .arg(p.code, p.name)});
        } else if (seen.contains(p.effective())) {
            errors.append({u"partnerCodes"_s,
                Tr::tr("Two partner organisations have the code \"%1\": choose another one for %2.")
                    .arg(p.effective(), p.name)});
        }
        seen.insert(p.effective());
    }
    return errors;
}

QVariantMap ProjectSettings::toMap() const
{
    return {{u"name"_s, name}, {u"fundingReference"_s, fundingReference}, {u"fundingLine"_s, fundingLine},
        {u"approvedFrom"_s, time::dateToStorage(approvedFrom)}, {u"approvedTo"_s, time::dateToStorage(approvedTo)},
        {u"indicatorSet"_s, indicatorSet}, {u"partnerCodes"_s, codesText(partners)}};
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
    // The partners with their codes; names as the report shows them (Organisation::displayName).
    const auto partners = sql::rows(q,
        u"SELECT o.id, "_s + Organisation::displayNameSql(u"o"_s)
            + u", coalesce(pc.code, '') FROM organisations o "
              "LEFT JOIN partner_codes pc ON pc.organisation_id = o.id WHERE o.kind = 'partner' "
              "ORDER BY o.sort_key, o.id"_s,
        {}, [](const QSqlQuery& r) {
            return PartnerCode{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString()};
        });
    if (partners.failed()) {
        return Result<ProjectSettings>::failure(partners.error());
    }
    s.partners = *partners;
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
    if (!sql::run(q, u"DELETE FROM partner_codes"_s, {}, error)) {
        return false;
    }
    for (const PartnerCode& p : settings.partners) {
        if (!p.code.isEmpty()
            && !sql::run(q,
                u"INSERT INTO partner_codes(organisation_id, code) SELECT id, ? FROM organisations "
                "WHERE id = ? AND kind = 'partner'"_s,
                {p.code, p.organisationId}, error)) {
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
