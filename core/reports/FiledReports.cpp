// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiledReports.h"
#include "common/EntityKind.h"

#include "common/Format.h"
#include "common/Time.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni::reports {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::FiledReports)
};

constexpr int snapshotVersion = 1;

QString day(const QDate& d)
{
    return time::dateToStorage(d);
}
QDate day(const QJsonValue& v)
{
    return time::dateFromStorage(v.toString());
}

QJsonArray period(const Period& p)
{
    return {day(p.from), day(p.to)};
}
Period period(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return {day(a.at(0)), day(a.at(1))};
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}
QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out << s.toString();
    }
    return out;
}

QJsonObject projectJson(const ProjectSettings& p)
{
    QJsonArray partners;
    for (const auto& partner : p.partners) {
        partners.append(
            QJsonObject{{u"id"_s, partner.organisationId}, {u"name"_s, partner.name}, {u"code"_s, partner.code}});
    }
    return {{u"name"_s, p.name}, {u"fundingReference"_s, p.fundingReference}, {u"fundingLine"_s, p.fundingLine},
        {u"approvedFrom"_s, day(p.approvedFrom)}, {u"approvedTo"_s, day(p.approvedTo)},
        {u"indicatorSet"_s, p.indicatorSet}, {u"partners"_s, partners}};
}
ProjectSettings projectFrom(const QJsonObject& o)
{
    ProjectSettings p;
    p.name = o.value(u"name"_s).toString();
    p.fundingReference = o.value(u"fundingReference"_s).toString();
    p.fundingLine = o.value(u"fundingLine"_s).toString();
    p.approvedFrom = day(o.value(u"approvedFrom"_s));
    p.approvedTo = day(o.value(u"approvedTo"_s));
    p.indicatorSet = o.value(u"indicatorSet"_s).toString();
    for (const QJsonValue& v : o.value(u"partners"_s).toArray()) {
        const QJsonObject partner = v.toObject();
        p.partners.append({partner.value(u"id"_s).toInteger(), partner.value(u"name"_s).toString(),
            partner.value(u"code"_s).toString()});
    }
    return p;
}

QJsonObject indicatorJson(const Indicator& i)
{
    QJsonArray rows;
    for (const RowRef& r : i.rows) {
        rows.append(QJsonArray{int(r.kind), r.id});
    }
    return {{u"code"_s, i.code}, {u"group"_s, i.group}, {u"label"_s, i.label}, {u"reference"_s, i.reference},
        {u"value"_s, i.value}, {u"minutes"_s, i.isTime()}, {u"level"_s, i.level}, {u"rows"_s, rows}};
}
Indicator indicatorFrom(const QJsonObject& o)
{
    Indicator i;
    i.code = o.value(u"code"_s).toString();
    i.group = o.value(u"group"_s).toString();
    i.label = o.value(u"label"_s).toString();
    i.reference = o.value(u"reference"_s).toString();
    i.value = o.value(u"value"_s).toInteger();
    i.unit = o.value(u"minutes"_s).toBool() ? Unit::Minutes : Unit::Count;
    i.level = o.value(u"level"_s).toInt();
    for (const QJsonValue& v : o.value(u"rows"_s).toArray()) {
        const QJsonArray r = v.toArray();
        i.rows.append({RowKind(r.at(0).toInt()), r.at(1).toInteger()});
    }
    return i;
}

QJsonObject companyJson(const SupportedCompany& c)
{
    return {{u"id"_s, c.id}, {u"name"_s, c.name}, {u"city"_s, c.city}, {u"sector"_s, c.sector}, {u"sme"_s, c.sme},
        {u"pilot"_s, c.pilot}, {u"archived"_s, c.archived}, {u"first"_s, day(c.firstContact)},
        {u"last"_s, day(c.lastContact)}, {u"contacts"_s, c.contacts}, {u"partners"_s, strings(c.partners)}};
}
SupportedCompany companyFrom(const QJsonObject& o)
{
    return {o.value(u"id"_s).toInteger(), o.value(u"name"_s).toString(), o.value(u"city"_s).toString(),
        o.value(u"sector"_s).toString(), o.value(u"sme"_s).toBool(), o.value(u"pilot"_s).toBool(),
        o.value(u"archived"_s).toBool(), day(o.value(u"first"_s)), day(o.value(u"last"_s)),
        o.value(u"contacts"_s).toInt(), strings(o.value(u"partners"_s))};
}

QJsonObject stepJson(const MatchStep& m)
{
    return {{u"match"_s, m.matchId}, {u"companyId"_s, m.companyId}, {u"company"_s, m.company},
        {u"university"_s, m.university}, {u"type"_s, m.type}, {u"stage"_s, m.stage}, {u"on"_s, day(m.reachedOn)}};
}
MatchStep stepFrom(const QJsonObject& o)
{
    return {o.value(u"match"_s).toInteger(), o.value(u"companyId"_s).toInteger(), o.value(u"company"_s).toString(),
        o.value(u"university"_s).toString(), o.value(u"type"_s).toString(), o.value(u"stage"_s).toString(),
        day(o.value(u"on"_s))};
}

FiledReport filedFrom(const QSqlQuery& q)
{
    FiledReport f;
    f.id = q.value(0).toLongLong();
    f.title = q.value(1).toString();
    f.period = {time::dateFromStorage(q.value(2).toString()), time::dateFromStorage(q.value(3).toString())};
    f.filedAt = time::fromStorage(q.value(4).toString());
    f.filedBy = q.value(5).toString();
    f.fingerprint = q.value(6).toString();
    f.auditId = q.value(7).toLongLong();
    return f;
}

const QString filedColumns = u"SELECT id, title, period_from, period_to, filed_at, filed_by, fingerprint, audit_id "
                             "FROM filed_reports "_s;

QString formatColumn(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Xlsx:
        return u"xlsx"_s;
    case Format::Csv:
        break;
    }
    return u"csv"_s;
}

} // namespace

QStringList describe(const ChangesSinceFiling& changes)
{
    QStringList lines;
    for (const IndicatorChange& c : changes.indicators) {
        const auto text
            = [&](qint64 v) { return c.unit == Unit::Minutes ? format::hoursMinutes(v) : format::number(v); };
        lines << Tr::tr("%1 (%2): %3 → %4").arg(c.label, c.code, text(c.filed), text(c.now));
    }
    for (const audit::Entry& e : changes.entries) {
        const QString what = e.entity == entityCode(EntityKind::Event) ? Tr::tr("activity no. %1").arg(e.entityId)
                                                                       : Tr::tr("match no. %1").arg(e.entityId);
        const QString action = e.action == u"create"_s ? Tr::tr("logged")
            : e.action == u"delete"_s                  ? Tr::tr("deleted")
                                                       : Tr::tr("changed");
        lines << Tr::tr("%1 · %2: %3 %4").arg(format::dateTime(e.at), e.user, what, action);
    }
    return lines;
}

QByteArray toSnapshot(const EfreReport& r)
{
    QJsonArray indicators;
    for (const Indicator& i : r.indicators) {
        indicators.append(indicatorJson(i));
    }
    QJsonArray companies;
    for (const SupportedCompany& c : r.companies) {
        companies.append(companyJson(c));
    }
    QJsonArray events;
    for (Id id : r.events) {
        events.append(id);
    }
    QJsonArray steps;
    for (const MatchStep& m : r.matchSteps) {
        steps.append(stepJson(m));
    }
    QJsonArray months;
    for (const auto& [month, count] : r.eventsPerMonth) {
        months.append(QJsonArray{month, count});
    }
    const QJsonObject root{{u"version"_s, snapshotVersion}, {u"project"_s, projectJson(r.project)},
        {u"requested"_s, period(r.requested)}, {u"counted"_s, period(r.counted)},
        {u"generatedAt"_s, time::toStorage(r.generatedAt)}, {u"notes"_s, strings(r.notes)},
        {u"indicators"_s, indicators}, {u"companies"_s, companies}, {u"events"_s, events}, {u"matchSteps"_s, steps},
        {u"excludedEvents"_s, r.excludedEvents}, {u"eventsPerMonth"_s, months}};
    return qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact), 9);
}

Result<EfreReport> fromSnapshot(const QByteArray& snapshot, const QString& fingerprint)
{
    using R = Result<EfreReport>;
    const QJsonObject root = QJsonDocument::fromJson(qUncompress(snapshot)).object();
    if (root.value(u"version"_s).toInt() != snapshotVersion) {
        return R::failure(Tr::tr("The filed report's data cannot be read (damaged or of a newer version)."));
    }
    EfreReport r;
    r.project = projectFrom(root.value(u"project"_s).toObject());
    r.requested = period(root.value(u"requested"_s));
    r.counted = period(root.value(u"counted"_s));
    r.generatedAt = time::fromStorage(root.value(u"generatedAt"_s).toString());
    r.notes = strings(root.value(u"notes"_s));
    for (const QJsonValue& v : root.value(u"indicators"_s).toArray()) {
        r.indicators.append(indicatorFrom(v.toObject()));
    }
    for (const QJsonValue& v : root.value(u"companies"_s).toArray()) {
        r.companies.append(companyFrom(v.toObject()));
    }
    for (const QJsonValue& v : root.value(u"events"_s).toArray()) {
        r.events.append(v.toInteger());
    }
    for (const QJsonValue& v : root.value(u"matchSteps"_s).toArray()) {
        r.matchSteps.append(stepFrom(v.toObject()));
    }
    r.excludedEvents = root.value(u"excludedEvents"_s).toInt();
    for (const QJsonValue& v : root.value(u"eventsPerMonth"_s).toArray()) {
        r.eventsPerMonth.append({v.toArray().at(0).toString(), v.toArray().at(1).toInt()});
    }
    // What is read back states exactly what was filed, or it is not the filed report.
    if (r.fingerprint() != fingerprint) {
        return R::failure(Tr::tr("The filed report's data is damaged: its fingerprint does not match."));
    }
    return r;
}

Result<FiledReport> FiledReports::file(const Period& period, const QString& title, const Progress& progress)
{
    using R = Result<FiledReport>;
    const QString name = title.simplified();
    if (name.isEmpty()) {
        return R::failure(Tr::tr("Give the filed report a name, e.g. \"Zwischenbericht 1\"."));
    }
    if (!period.isValid()) {
        return R::failure(Tr::tr("The period is not valid: its end lies before its start."));
    }
    // One write transaction: the report, its files and the row describe one state of the database.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    auto built = EfreReport::build(m_db, period, progress);
    if (!built) {
        return built.failed() ? R::failure(built.error()) : R();
    }
    const EfreReport& report = *built;
    QByteArray files[3];
    const Format formats[3] = {Format::Pdf, Format::Xlsx, Format::Csv};
    for (int f = 0; f < 3; ++f) {
        auto rendered = render(m_db, report, formats[f], progress);
        if (!rendered) {
            return rendered.failed() ? R::failure(rendered.error()) : R();
        }
        files[f] = *rendered;
    }
    FiledReport filed;
    filed.title = name;
    filed.period = period;
    filed.filedAt = time::now();
    filed.filedBy = m_db.userName();
    filed.fingerprint = report.fingerprint();
    QString error;
    if (!audit::record(m_db, u"filed_report"_s, 0, QString(), u"create"_s,
            QJsonObject{{u"title"_s, name}, {u"period"_s, QString(day(period.from) + u" – "_s + day(period.to))},
                {u"fingerprint"_s, filed.fingerprint}},
            &error, &filed.auditId)) {
        return R::failure(error);
    }
    QSqlQuery q(m_db.connection());
    if (!sql::insert(q, u"filed_reports"_s,
            sql::Columns{{u"title"_s, name}, {u"period_from"_s, day(period.from)}, {u"period_to"_s, day(period.to)},
                {u"filed_at"_s, time::toStorage(filed.filedAt)}, {u"filed_by"_s, filed.filedBy},
                {u"fingerprint"_s, filed.fingerprint}, {u"audit_id"_s, filed.auditId},
                {u"snapshot"_s, toSnapshot(report)}, {u"pdf"_s, files[0]}, {u"xlsx"_s, files[1]}, {u"csv"_s, files[2]}},
            &filed.id, &error)
        || !sql::run(q, u"UPDATE audit_log SET entity_id = ? WHERE id = ?"_s, {filed.id, filed.auditId}, &error)) {
        return R::failure(error);
    }
    if (!tx.commit(&error)) {
        return R::failure(error);
    }
    return filed;
}

Result<QList<FiledReport>> FiledReports::list() const
{
    QSqlQuery q(m_db.connection());
    return sql::rows(q, filedColumns + u"ORDER BY id DESC"_s, {}, filedFrom);
}

Result<FiledReport> FiledReports::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, filedColumns + u"WHERE id = ?"_s, {id}, filedFrom);
}

Result<QList<FiledReport>> FiledReports::forPeriod(const Period& period) const
{
    QSqlQuery q(m_db.connection());
    return sql::rows(q, filedColumns + u"WHERE period_from = ? AND period_to = ? ORDER BY id DESC"_s,
        {day(period.from), day(period.to)}, filedFrom);
}

Result<EfreReport> FiledReports::report(Id id) const
{
    QSqlQuery q(m_db.connection());
    const auto stored
        = sql::row(q, u"SELECT snapshot, fingerprint FROM filed_reports WHERE id = ?"_s, {id}, [](const QSqlQuery& r) {
              return std::pair{r.value(0).toByteArray(), r.value(1).toString()};
          });
    if (!stored) {
        return stored.failed() ? Result<EfreReport>::failure(stored.error()) : Result<EfreReport>();
    }
    return fromSnapshot(stored->first, stored->second);
}

Result<QByteArray> FiledReports::bytes(Id id, Format format) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + formatColumn(format) + u" FROM filed_reports WHERE id = ?"_s, {id},
        [](const QSqlQuery& r) { return r.value(0).toByteArray(); });
}

Result<ChangesSinceFiling> FiledReports::changesSince(Id id, const EfreReport& now) const
{
    using R = Result<ChangesSinceFiling>;
    const auto filedRow = find(id);
    if (!filedRow) {
        return filedRow.failed() ? R::failure(filedRow.error()) : R();
    }
    const auto filed = report(id);
    if (!filed) {
        return filed.failed() ? R::failure(filed.error()) : R();
    }
    ChangesSinceFiling changes;
    QHash<QString, const Indicator*> before;
    for (const Indicator& i : filed->indicators) {
        before.insert(i.code, &i);
    }
    for (const Indicator& i : now.indicators) {
        const Indicator* old = before.value(i.code);
        if (!old || old->value != i.value) {
            changes.indicators.append({i.code, i.label, old ? old->value : 0, i.value, i.unit});
        }
        before.remove(i.code);
    }
    for (const Indicator& i : filed->indicators) {
        if (before.contains(i.code)) { // no longer in the report
            changes.indicators.append({i.code, i.label, i.value, 0, i.unit});
        }
    }
    // The activities and matches of the period, then or now: logged, edited or deleted since.
    QSet<Id> events(filed->events.cbegin(), filed->events.cend());
    events.unite(QSet<Id>(now.events.cbegin(), now.events.cend()));
    QSet<Id> matches;
    for (const EfreReport* r : {&*filed, &now}) {
        for (const MatchStep& m : r->matchSteps) {
            matches.insert(m.matchId);
        }
    }
    const auto entries
        = audit::after(m_db, filedRow->auditId, {entityCode(EntityKind::Event), entityCode(EntityKind::Match)});
    if (entries.failed()) {
        return R::failure(entries.error());
    }
    for (const audit::Entry& e : *entries) {
        if ((e.entity == u"event"_s && events.contains(e.entityId))
            || (e.entity == u"match"_s && matches.contains(e.entityId))) {
            changes.entries.append(e);
        }
    }
    return changes;
}

} // namespace kmuni::reports
