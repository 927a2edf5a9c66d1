// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonData.h"

#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

/** Every column of the current row, by its name, as stored. */
QJsonObject wholeRow(const QSqlQuery& q)
{
    QJsonObject row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        row.insert(record.fieldName(i), QJsonValue::fromVariant(q.value(i)));
    }
    return row;
}

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

/** The person's organisation: its id, kind and name. */
Result<QJsonObject> readOrganisation(QSqlQuery& q, Id organisationId)
{
    return sql::row(
        q, u"SELECT id, kind, name FROM organisations WHERE id = ?"_s, {organisationId}, [](const QSqlQuery& r) {
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}, {u"kind"_s, r.value(1).toString()},
                {u"name"_s, r.value(2).toString()}};
        });
}

/** The activities person @p id took part in, in time order. */
Result<QList<QJsonObject>> readActivities(QSqlQuery& q, Id id)
{
    // The activities with the person's part in them; who else took part is left out.
    return sql::rows(q,
        u"SELECT e.id, e.uuid, e.type, e.starts_local, e.duration_min, e.location, e.subject, e.minutes, e.outcome, "
        "ep.role FROM event_participants ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = ? "
        "ORDER BY e.starts_local, e.id"_s,
        {id}, [](const QSqlQuery& r) {
            const QString type = r.value(2).toString();
            const QString start = r.value(3).toString();
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}, {u"uuid"_s, r.value(1).toString()},
                {u"date"_s, start.left(10)}, {u"start_local"_s, start}, {u"type"_s, type},
                {u"type_label"_s, vocab::label(vocab::List::EventType, type)}, {u"duration_min"_s, r.value(4).toInt()},
                {u"location"_s, r.value(5).toString()}, {u"subject"_s, r.value(6).toString()},
                {u"minutes"_s, r.value(7).toString()}, {u"outcome"_s, r.value(8).toString()},
                {u"role"_s, r.value(9).toString()}};
        });
}

/** The matches person @p id is a contact person of (for the company or the university). */
Result<QList<QJsonObject>> readMatches(QSqlQuery& q, Id id)
{
    return sql::rows(q,
        u"SELECT m.id, m.uuid, m.type, m.stage, m.title, c.name, u.name, m.started_on, m.stage_changed_on, "
        "m.outcome, m.graduates_hired, m.notes, m.company_person_id = ? FROM matches m "
        "JOIN organisations c ON c.id = m.company_id JOIN organisations u ON u.id = m.university_id "
        "WHERE m.company_person_id = ? OR m.university_person_id = ? ORDER BY m.started_on, m.id"_s,
        {id, id, id}, [](const QSqlQuery& r) {
            const QString type = r.value(2).toString();
            const QString stage = r.value(3).toString();
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}, {u"uuid"_s, r.value(1).toString()},
                {u"type"_s, type}, {u"type_label"_s, vocab::label(vocab::List::MatchType, type)}, {u"stage"_s, stage},
                {u"stage_label"_s, vocab::label(vocab::List::MatchStage, stage)}, {u"title"_s, r.value(4).toString()},
                {u"company"_s, r.value(5).toString()}, {u"university"_s, r.value(6).toString()},
                {u"started_on"_s, r.value(7).toString()}, {u"stage_changed_on"_s, r.value(8).toString()},
                {u"outcome"_s, r.value(9).toString()}, {u"graduates_hired"_s, r.value(10).toInt()},
                {u"notes"_s, r.value(11).toString()},
                {u"contact_person_for"_s, r.value(12).toBool() ? u"company"_s : u"university"_s}};
        });
}

/** The follow-ups concerning person @p id, by due date. */
Result<QList<QJsonObject>> readFollowUps(QSqlQuery& q, Id id)
{
    return sql::rows(q,
        u"SELECT id, uuid, title, due_date, done, done_at, event_id, created_at FROM follow_ups WHERE person_id = ? "
        "ORDER BY due_date, id"_s,
        {id}, [](const QSqlQuery& r) {
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}, {u"uuid"_s, r.value(1).toString()},
                {u"title"_s, r.value(2).toString()}, {u"due_date"_s, r.value(3).toString()},
                {u"done"_s, r.value(4).toBool()}, {u"done_at"_s, textOrNull(r.value(5))},
                {u"activity_id"_s, r.value(6).isNull() ? QJsonValue() : QJsonValue(r.value(6).toLongLong())},
                {u"created_at"_s, r.value(7).toString()}};
        });
}

/** The audit-log entries about person @p id, oldest first. */
Result<QList<QJsonObject>> readAuditLog(QSqlQuery& q, Id id)
{
    return sql::rows(q,
        u"SELECT id, at, user_name, action, changes FROM audit_log WHERE entity = 'person' AND entity_id = ? "
        "ORDER BY id"_s,
        {id}, [](const QSqlQuery& r) {
            return QJsonObject{{u"id"_s, r.value(0).toLongLong()}, {u"at"_s, r.value(1).toString()},
                {u"user"_s, r.value(2).toString()}, {u"action"_s, r.value(3).toString()},
                {u"changes"_s, QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object()}};
        });
}

/** @p objects as a JSON array. */
QJsonArray jsonArray(const QList<QJsonObject>& objects)
{
    QJsonArray result;
    for (const QJsonObject& o : objects) {
        result.append(o);
    }
    return result;
}

} // namespace

PersonData::PersonData(Database& db)
    : m_db(db)
{ }

Result<QJsonObject> PersonData::collect(Id id) const
{
    using R = Result<QJsonObject>;
    QSqlQuery q(m_db.connection());
    const auto person = sql::row(q, u"SELECT * FROM persons WHERE id = ?"_s, {id}, wholeRow);
    if (!person) {
        return person.failed() ? R::failure(person.error()) : R();
    }
    const Id organisationId = person->value(u"organisation_id"_s).toInteger();
    const auto organisation = readOrganisation(q, organisationId);
    const auto activities = readActivities(q, id);
    const auto matches = readMatches(q, id);
    const auto followUps = readFollowUps(q, id);
    const auto audit = readAuditLog(q, id);
    for (const QString& failure :
        {organisation.error(), activities.error(), matches.error(), followUps.error(), audit.error()}) {
        if (!failure.isEmpty()) {
            return R::failure(failure);
        }
    }
    return QJsonObject{
        {u"format"_s, u"kmuni-person-data"_s},
        {u"version"_s, 1},
        {u"exported_at"_s, time::toStorage(time::now())},
        {u"exported_by"_s, m_db.userName()},
        {u"program"_s, QString(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion())},
        {u"person"_s, *person},
        {u"organisation"_s, organisation ? QJsonValue(*organisation) : QJsonValue()},
        {u"activities"_s, jsonArray(*activities)},
        {u"matches"_s, jsonArray(*matches)},
        {u"follow_ups"_s, jsonArray(*followUps)},
        {u"audit_log"_s, jsonArray(*audit)},
    };
}

Result<QByteArray> PersonData::exportJson(Id id) const
{
    const auto data = collect(id);
    if (!data) {
        return data.failed() ? Result<QByteArray>::failure(data.error()) : Result<QByteArray>();
    }
    return QJsonDocument(*data).toJson(QJsonDocument::Indented);
}

Result<QList<StalePerson>> PersonData::stale(int months, const QDate& today) const
{
    const QDate day = today.isValid() ? today : time::today();
    QSqlQuery q(m_db.connection());
    // The last activity from the participants' index (person, start), one probe per person.
    return sql::rows(q,
        u"SELECT id, title, first_name, last_name, organisation, archived, created_at, last_seen FROM ("
        "SELECT p.id, p.title, p.first_name, p.last_name, coalesce(o.name, '') AS organisation, p.archived, "
        "p.created_at, p.sort_key, "
        "(SELECT max(ep.starts_local) FROM event_participants ep WHERE ep.person_id = p.id) AS last_seen "
        "FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.erased = 0) s "
        "WHERE substr(coalesce(last_seen, created_at), 1, 10) < ? "
        "ORDER BY substr(coalesce(last_seen, created_at), 1, 10), sort_key, id"_s,
        {time::dateToStorage(day.addMonths(-months))}, [](const QSqlQuery& r) {
            StalePerson p;
            p.id = r.value(0).toLongLong();
            p.name = QStringList{r.value(1).toString(), r.value(2).toString(), r.value(3).toString()}
                         .join(u' ')
                         .simplified();
            p.organisation = r.value(4).toString();
            p.archived = r.value(5).toBool();
            p.created = time::fromStorage(r.value(6).toString()).date();
            p.lastActivity = time::dateFromStorage(r.value(7).toString().left(10));
            return p;
        });
}

} // namespace kmuni
