// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRepository.h"

#include "FollowUpRepository.h"

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWrite.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EventRepository)
};

const QString entity = entityCode(EntityKind::Event);
const QString followUpEntity = entityCode(EntityKind::FollowUp);

QString participantColumn(Participant::Kind kind)
{
    switch (kind) {
    case Participant::Kind::Organisation:
        return u"organisation_id"_s;
    case Participant::Kind::Person:
        return u"person_id"_s;
    case Participant::Kind::Staff:
        return u"staff_id"_s;
    case EntityKind::Event:
    case EntityKind::Match:
    case EntityKind::FollowUp:
        break; // never a participant
    }
    return {};
}

QString tableOf(Participant::Kind kind)
{
    switch (kind) {
    case Participant::Kind::Organisation:
        return u"organisations"_s;
    case Participant::Kind::Person:
        return u"persons"_s;
    case Participant::Kind::Staff:
        return u"staff"_s;
    case EntityKind::Event:
    case EntityKind::Match:
    case EntityKind::FollowUp:
        break; // never a participant
    }
    return {};
}

// Participants with names, for one or many events: kind, ref id, role, name, detail, event id.
// Organisations named with their legal form (Organisation::displayName), as everywhere.
const QString participantSelect = u"SELECT ep.event_id, ep.organisation_id, ep.person_id, ep.staff_id, ep.role, "
                                  "CASE WHEN ep.organisation_id IS NOT NULL THEN "_s
    + Organisation::displayNameSql(u"o"_s)
    + u" WHEN ep.person_id IS NOT NULL THEN trim(p.title || ' ' || p.first_name || ' ' || p.last_name) "
      "ELSE trim(s.first_name || ' ' || s.last_name) END, coalesce("_s
    + Organisation::displayNameSql(u"po"_s) + u", "_s + Organisation::displayNameSql(u"sp"_s)
    + u", '') "
      "FROM event_participants ep "
      "LEFT JOIN organisations o ON o.id = ep.organisation_id "
      "LEFT JOIN persons p ON p.id = ep.person_id LEFT JOIN organisations po ON po.id = p.organisation_id "
      "LEFT JOIN staff s ON s.id = ep.staff_id LEFT JOIN organisations sp ON sp.id = s.partner_id "_s;

Participant participantFromRow(const QSqlQuery& q)
{
    Participant p;
    if (!q.value(1).isNull()) {
        p.kind = Participant::Kind::Organisation;
        p.refId = q.value(1).toLongLong();
    } else if (!q.value(2).isNull()) {
        p.kind = Participant::Kind::Person;
        p.refId = q.value(2).toLongLong();
    } else {
        p.kind = Participant::Kind::Staff;
        p.refId = q.value(3).toLongLong();
    }
    p.role = q.value(4).toString();
    p.name = q.value(5).toString().simplified();
    p.detail = q.value(6).toString();
    return p;
}

QString localKey(const QDateTime& start)
{
    return time::toLocalKey(start);
}

QDateTime fromLocalKey(const QString& key)
{
    const QDateTime local = QDateTime::fromString(key, u"yyyy-MM-ddTHH:mm"_s);
    return QDateTime(local.date(), local.time(), time::berlin());
}

} // namespace

EventRepository::EventRepository(Database& db)
    : m_db(db)
{ }

Result<Event> EventRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
            u"SELECT id, uuid, type, starts_at, duration_min, location, subject, minutes, outcome, "
            "time_spent_min, logged_by_staff_id, created_at, updated_at, row_version FROM events WHERE id = ?"_s,
            {id}, &error)) {
        return Result<Event>::failure(error);
    }
    if (!sql::next(q, &error)) {
        return error.isEmpty() ? Result<Event>() : Result<Event>::failure(error);
    }
    Event e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.type = q.value(2).toString();
    e.start = time::fromStorage(q.value(3).toString());
    e.durationMin = q.value(4).toInt();
    e.location = q.value(5).toString();
    e.subject = q.value(6).toString();
    e.minutes = q.value(7).toString();
    e.outcome = q.value(8).toString();
    e.timeSpentMin = q.value(9).toInt();
    e.loggedByStaffId = q.value(10).toLongLong();
    e.createdAt = time::fromStorage(q.value(11).toString());
    e.updatedAt = time::fromStorage(q.value(12).toString());
    e.version = q.value(13).toLongLong();
    q.finish();
    if (!loadParticipants(e, &error)) {
        return Result<Event>::failure(error);
    }
    if (!sql::run(q,
            u"SELECT id, uuid, organisation_id, person_id, staff_id, title, due_date, done, done_at "
            "FROM follow_ups WHERE event_id = ? ORDER BY due_date, id"_s,
            {id}, &error)) {
        return Result<Event>::failure(error);
    }
    {
        while (sql::next(q, &error)) {
            FollowUp f;
            f.id = q.value(0).toLongLong();
            f.uuid = q.value(1).toString();
            f.eventId = id;
            f.organisationId = q.value(2).toLongLong();
            f.personId = q.value(3).toLongLong();
            f.staffId = q.value(4).toLongLong();
            f.title = q.value(5).toString();
            f.dueDate = time::dateFromStorage(q.value(6).toString());
            f.done = q.value(7).toBool();
            f.doneAt = time::fromStorage(q.value(8).toString());
            e.followUps << f;
        }
    }
    if (!error.isEmpty()) {
        return Result<Event>::failure(error);
    }
    return e;
}

bool EventRepository::loadParticipants(Event& e, QString* error) const
{
    QSqlQuery q(m_db.connection());
    const auto participants
        = sql::rows(q, participantSelect + u"WHERE ep.event_id = ? ORDER BY ep.id"_s, {e.id}, participantFromRow);
    if (!participants.ok(error)) {
        return false;
    }
    e.participants = *participants;
    return true;
}

ListQuery EventRepository::listQuery(const EventFilter& filter, Sort sort, bool descending) const
{
    ListQuery query;
    query.from = u"events e LEFT JOIN staff s ON s.id = e.logged_by_staff_id"_s;
    query.baseFrom = u"events e"_s;
    query.condition = filter.condition();
    query.columns = {
        u"e.id"_s,
        u"e.starts_local"_s,
        u"e.type"_s,
        u"e.subject"_s,
        u"(SELECT group_concat(o.name, ', ') FROM event_participants ep JOIN organisations o "
        "ON o.id = ep.organisation_id WHERE ep.event_id = e.id)"_s,
        u"e.location"_s,
        u"e.time_spent_min"_s,
        u"trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, ''))"_s,
    };
    query.orderBy = sort == Sort::Type ? QStringList{u"e.type"_s, u"e.starts_local"_s, u"e.id"_s}
                                       : QStringList{u"e.starts_local"_s, u"e.id"_s};
    query.descending = descending;
    return query;
}

Result<int> EventRepository::count(const EventFilter& filter) const
{
    const SqlCondition c = filter.condition();
    QSqlQuery q(m_db.connection());
    const QString where = c.clauses.isEmpty() ? QString() : u" WHERE "_s + c.where();
    return sql::row(
        q, u"SELECT count(*) FROM events e"_s + where, c.values, [](const QSqlQuery& r) { return r.value(0).toInt(); });
}

FieldErrors EventRepository::check(Event& e) const
{
    e.location = e.location.trimmed();
    e.subject = e.subject.trimmed();
    e.outcome = e.outcome.trimmed();
    for (FollowUp& f : e.followUps) {
        f.title = f.title.trimmed();
    }
    FieldErrors errors = e.validate();
    QSqlQuery q(m_db.connection());
    for (auto kind : {Participant::Kind::Organisation, Participant::Kind::Person, Participant::Kind::Staff}) {
        const QList<Id> ids = e.participantIds(kind);
        if (ids.isEmpty()) {
            continue;
        }
        QVariantList values;
        for (Id id : ids) {
            values << id;
        }
        const QSet<Id> unique(ids.cbegin(), ids.cend());
        const auto found = sql::row(q,
            u"SELECT count(*) FROM "_s + tableOf(kind) + u" WHERE id IN ("_s + sql::placeholders(values.size()) + u')',
            values, [](const QSqlQuery& r) { return r.value(0).toInt(); });
        if (found.failed()) {
            errors.append({QString(), found.error()});
            break;
        }
        if (found.valueOr(0) != unique.size()) {
            errors.append({u"participants"_s, Tr::tr("A participant no longer exists; remove it from the list.")});
            break;
        }
    }
    return errors;
}

bool EventRepository::writeParticipants(const Event& e, QString* error)
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"DELETE FROM event_participants WHERE event_id = ?"_s, {e.id}, error)) {
        return false;
    }
    QList<Participant> all = e.participants;
    // The logger took part; the organisation of a participating person took part through them.
    if (e.loggedByStaffId > 0) {
        all << Participant{Participant::Kind::Staff, e.loggedByStaffId, {}, {}, {}};
    }
    for (Id personId : e.participantIds(Participant::Kind::Person)) {
        const auto organisation
            = sql::row(q, u"SELECT organisation_id FROM persons WHERE id = ? AND organisation_id IS NOT NULL"_s,
                {personId}, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
        if (!organisation.ok(error)) {
            return false;
        }
        if (organisation) {
            all << Participant{Participant::Kind::Organisation, *organisation, {}, {}, {}};
        }
    }
    QSet<QString> seen;
    const QString startKey = localKey(e.start);
    for (const Participant& p : std::as_const(all)) {
        const QString key = participantColumn(p.kind) + QString::number(p.refId);
        if (p.refId <= 0 || seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        if (!sql::run(q,
                u"INSERT INTO event_participants(event_id, "_s + participantColumn(p.kind)
                    + u", role, starts_local) VALUES (?, ?, ?, ?)"_s,
                {e.id, p.refId, p.role, startKey}, error)) {
            return false;
        }
    }
    return true;
}

// The follow-ups of @p e as given; those of @p old (as stored) that it no longer has are deleted,
// each with its own audit row, so that a shared database knows them as deleted (move-in).
bool EventRepository::writeFollowUps(Event& e, const Event* old, QString* error)
{
    QSqlQuery q(m_db.connection());
    QVariantList keep;
    const QString now = time::toStorage(time::now());
    for (FollowUp& f : e.followUps) {
        f.eventId = e.id;
        if (f.organisationId == 0) {
            const QList<Id> orgs = e.participantIds(Participant::Kind::Organisation);
            f.organisationId = orgs.isEmpty() ? 0 : orgs.first();
        }
        if (f.done && !f.doneAt.isValid()) {
            f.doneAt = time::now();
        }
        if (!f.done) {
            f.doneAt = {};
        }
        const sql::Columns row = FollowUpRepository::storedRow(f, now);
        if (f.id > 0) {
            if (!sql::update(q, u"follow_ups"_s, row, f.id, error)) {
                return false;
            }
        } else {
            if (f.uuid.isEmpty()) {
                f.uuid = newUuid();
            }
            if (!sql::insert(q, u"follow_ups"_s, row + sql::Columns{{u"uuid"_s, f.uuid}, {u"created_at"_s, now}}, &f.id,
                    error)) {
                return false;
            }
        }
        keep << f.id;
    }
    QString statement = u"DELETE FROM follow_ups WHERE event_id = ?"_s;
    if (!keep.isEmpty()) {
        statement += u" AND id NOT IN ("_s + sql::placeholders(keep.size()) + u')';
    }
    if (!sql::run(q, statement, QVariantList{e.id} + keep, error)) {
        return false;
    }
    for (const FollowUp& f : old ? old->followUps : QList<FollowUp>()) {
        if (!keep.contains(f.id)
            && !audit::record(m_db, followUpEntity, f.id, f.uuid, u"delete"_s, audit::diff(f.toMap(), {}), error)) {
            return false;
        }
    }
    return true;
}

namespace {
/** An activity's row as save() writes it: each column of the events table with its value. */
sql::Columns storedRow(const Event& e)
{
    return {
        {u"uuid"_s, e.uuid},
        {u"type"_s, e.type},
        {u"starts_at"_s, time::toStorage(e.start)},
        {u"starts_local"_s, localKey(e.start)},
        {u"duration_min"_s, e.durationMin},
        {u"location"_s, e.location},
        {u"subject"_s, e.subject},
        {u"minutes"_s, e.minutes},
        {u"outcome"_s, e.outcome},
        {u"time_spent_min"_s, e.timeSpentMin},
        {u"logged_by_staff_id"_s, sql::idOrNull(e.loggedByStaffId)},
        {u"created_at"_s, time::toStorage(e.createdAt)},
        {u"updated_at"_s, time::toStorage(e.updatedAt)},
    };
}

std::pair<QString, QString> searchText(const Event& e)
{
    return {
        fold::forIndex(QString(e.subject + u' ' + e.location)), fold::forIndex(QString(e.minutes + u' ' + e.outcome))};
}
} // namespace

bool EventRepository::reindex(const Event* old, const Event* current, QString* error)
{
    QSqlQuery q(m_db.connection());
    // The index keeps no copy of the text: removing a row takes the text it was indexed with.
    if (old) {
        const auto [name, other] = searchText(*old);
        if (!sql::run(q, u"INSERT INTO event_search(event_search, rowid, name, other) VALUES ('delete', ?, ?, ?)"_s,
                {old->id, name, other}, error)) {
            return false;
        }
    }
    if (current) {
        const auto [name, other] = searchText(*current);
        return sql::run(
            q, u"INSERT INTO event_search(rowid, name, other) VALUES (?, ?, ?)"_s, {current->id, name, other}, error);
    }
    return true;
}

sql::RecordWrites<Event> EventRepository::writes()
{
    return {
        .table = u"events"_s,
        .entity = entity,
        .gone = Tr::tr("The activity no longer exists."),
        .check = [this](Event& event) { return check(event); },
        .columns = storedRow,
        .writeBeside =
            [this](Event& event, const Event* stored, QString* error) {
                return writeParticipants(event, error) && writeFollowUps(event, stored, error)
                    && reindex(stored, &event, error);
            },
        // The names of the participants as stored, read inside the transaction that wrote them.
        .finish = [this](Event& event, QString* error) { return loadParticipants(event, error); },
        .removeBeside = [this](const Event& stored, QString* error) { return reindex(&stored, nullptr, error); },
    };
}

bool EventRepository::save(Event& e, QString* error, bool* conflict)
{
    return sql::saveRecord(m_db, *this, e, writes(), error, conflict);
}

bool EventRepository::remove(Id id, QString* error)
{
    return sql::removeRecord(m_db, *this, id, writes(), error);
}

Result<QList<EventSummary>> EventRepository::summaries(const QString& statement, const QVariantList& values) const
{
    using R = Result<QList<EventSummary>>;
    QList<EventSummary> result;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, statement, values, &error)) {
        return R::failure(error);
    }
    QHash<Id, qsizetype> index;
    QVariantList ids;
    while (sql::next(q, &error)) {
        EventSummary s;
        s.id = q.value(0).toLongLong();
        s.start = fromLocalKey(q.value(1).toString());
        s.type = q.value(2).toString();
        s.subject = q.value(3).toString();
        s.location = q.value(4).toString();
        s.outcome = q.value(5).toString();
        s.timeSpentMin = q.value(6).toInt();
        s.durationMin = q.value(7).toInt();
        index.insert(s.id, result.size());
        ids << s.id;
        result << s;
    }
    if (!error.isEmpty()) {
        return R::failure(error);
    }
    if (ids.isEmpty()) {
        return result;
    }
    if (!sql::run(q,
            participantSelect + u"WHERE ep.event_id IN ("_s + sql::placeholders(ids.size()) + u") ORDER BY ep.id"_s,
            ids, &error)) {
        return R::failure(error);
    }
    {
        while (sql::next(q, &error)) {
            EventSummary& s = result[index.value(q.value(0).toLongLong())];
            const Participant p = participantFromRow(q);
            switch (p.kind) {
            case Participant::Kind::Organisation:
                s.organisations << p.name;
                break;
            case Participant::Kind::Person:
                s.persons << p.name;
                break;
            case Participant::Kind::Staff:
                s.staff << p.name;
                break;
            case EntityKind::Event:
            case EntityKind::Match:
            case EntityKind::FollowUp:
                break; // never a participant
            }
        }
    }
    if (!error.isEmpty()) {
        return R::failure(error);
    }
    return result;
}

Result<QList<EventSummary>> EventRepository::timeline(Participant::Kind kind, Id id, int limit) const
{
    const QString column = participantColumn(kind);
    return summaries(
        u"SELECT e.id, e.starts_local, e.type, e.subject, e.location, e.outcome, e.time_spent_min, e.duration_min "
        "FROM event_participants ep JOIN events e ON e.id = ep.event_id WHERE ep."_s
            + column + u" = ? ORDER BY ep.starts_local DESC, ep.event_id DESC LIMIT ?"_s,
        {id, limit});
}

Result<QList<EventSummary>> EventRepository::byIds(const QList<Id>& ids) const
{
    QList<EventSummary> result;
    result.reserve(ids.size());
    constexpr qsizetype chunk = 400;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        QVariantList values;
        for (Id id : ids.mid(first, chunk)) {
            values << id;
        }
        auto part
            = summaries(u"SELECT e.id, e.starts_local, e.type, e.subject, e.location, e.outcome, e.time_spent_min, "
                        "e.duration_min FROM events e WHERE e.id IN ("_s
                    + sql::placeholders(values.size()) + u")"_s,
                values);
        if (part.failed()) {
            return part;
        }
        QHash<Id, qsizetype> at;
        for (qsizetype i = 0; i < part->size(); ++i) {
            at.insert((*part)[i].id, i);
        }
        for (Id id : ids.mid(first, chunk)) {
            if (const auto it = at.constFind(id); it != at.constEnd()) {
                result << std::move((*part)[*it]);
            }
        }
    }
    return result;
}

Result<QList<EventSummary>> EventRepository::latest(int limit) const
{
    return summaries(
        u"SELECT e.id, e.starts_local, e.type, e.subject, e.location, e.outcome, e.time_spent_min, e.duration_min "
        "FROM events e WHERE e.starts_local <= ? ORDER BY e.starts_local DESC, e.id DESC LIMIT ?"_s,
        {time::toLocalKey(time::now()), limit});
}

Result<QList<PartnerContact>> EventRepository::partnerContacts(Id organisationId) const
{
    QSqlQuery q(m_db.connection());
    return sql::rows(q,
        u"SELECT partner.id, partner.name, count(DISTINCT org.event_id), min(org.starts_local), "
        "max(org.starts_local), group_concat(DISTINCT trim(s.first_name || ' ' || s.last_name)) "
        "FROM event_participants org "
        "JOIN event_participants st ON st.event_id = org.event_id AND st.staff_id IS NOT NULL "
        "JOIN staff s ON s.id = st.staff_id JOIN organisations partner ON partner.id = s.partner_id "
        "WHERE org.organisation_id = ? GROUP BY partner.id ORDER BY max(org.starts_local) DESC"_s,
        {organisationId}, [](const QSqlQuery& r) {
            PartnerContact c;
            c.partnerId = r.value(0).toLongLong();
            c.partnerName = r.value(1).toString();
            c.events = r.value(2).toInt();
            c.first = QDate::fromString(r.value(3).toString().left(10), Qt::ISODate);
            c.last = QDate::fromString(r.value(4).toString().left(10), Qt::ISODate);
            c.staff = r.value(5).toString().split(u',', Qt::SkipEmptyParts);
            return c;
        });
}

} // namespace kmuni
