// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpRepository.h"

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::FollowUpRepository)
};

const QString entity = entityCode(EntityKind::FollowUp);

/**
 * A follow-up of an activity is part of it. With every change of one, the activity's version goes
 * up, so that a form opened on the activity before cannot save the old follow-ups back unseen; and
 * the activity's history says how its follow-ups changed, as when they are changed in its form.
 */
class ActivitiesChange
{
public:
    explicit ActivitiesChange(Database& db)
        : m_db(db)
    { }

    /**
     * Before the write: locks and reads the activities @p eventIds (0: none). First, before the
     * follow-up's row: an activity's save locks the activity, then its follow-ups (the same order,
     * so that the two cannot wait for each other on a server).
     */
    bool read(std::initializer_list<Id> eventIds, QString* error)
    {
        for (const Id id : eventIds) {
            if (id <= 0
                || std::any_of(m_before.cbegin(), m_before.cend(), [id](const Event& e) { return e.id == id; })) {
                continue;
            }
            if (!sql::lockRow(m_db, u"events"_s, id, error)) {
                return false;
            }
            auto event = EventRepository(m_db).find(id);
            if (!event.ok(error)) {
                return false;
            }
            if (event) {
                m_before << std::move(*event);
            }
        }
        return true;
    }

    /** After the write: each activity's version raised, its history row written. */
    bool write(QString* error)
    {
        QSqlQuery q(m_db.connection());
        for (const Event& before : std::as_const(m_before)) {
            if (!sql::run(q, u"UPDATE events SET row_version = row_version + 1 WHERE id = ?"_s, {before.id}, error)) {
                return false;
            }
            const auto after = EventRepository(m_db).find(before.id);
            if (!after.ok(error)) {
                return false;
            }
            const QJsonObject changes = audit::diff(before.toMap(), after ? after->toMap() : QVariantMap());
            if (!changes.isEmpty()
                && !audit::record(
                    m_db, entityCode(EntityKind::Event), before.id, before.uuid, u"update"_s, changes, error)) {
                return false;
            }
        }
        return true;
    }

private:
    Database& m_db;
    QList<Event> m_before;
};

const QString selectColumns
    = u"f.id, f.uuid, f.event_id, f.organisation_id, f.person_id, f.staff_id, f.title, f.due_date, f.done, f.done_at, "
      "coalesce(o.name, ''), trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), "
      "trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')), coalesce(e.subject, '') "
      "FROM follow_ups f LEFT JOIN organisations o ON o.id = f.organisation_id "
      "LEFT JOIN persons p ON p.id = f.person_id LEFT JOIN staff s ON s.id = f.staff_id "
      "LEFT JOIN events e ON e.id = f.event_id"_s;

FollowUpItem fromRow(const QSqlQuery& q)
{
    FollowUpItem item;
    FollowUp& f = item.followUp;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.eventId = q.value(2).toLongLong();
    f.organisationId = q.value(3).toLongLong();
    f.personId = q.value(4).toLongLong();
    f.staffId = q.value(5).toLongLong();
    f.title = q.value(6).toString();
    f.dueDate = time::dateFromStorage(q.value(7).toString());
    f.done = q.value(8).toBool();
    f.doneAt = time::fromStorage(q.value(9).toString());
    item.organisationName = q.value(10).toString();
    item.personName = q.value(11).toString();
    item.staffName = q.value(12).toString();
    item.eventSubject = q.value(13).toString();
    return item;
}

} // namespace

SqlCondition FollowUpFilter::condition() const
{
    SqlCondition c;
    if (openOnly) {
        c.add(u"f.done = 0"_s);
    }
    if (staffId > 0) {
        c.add(u"f.staff_id = ?"_s, {staffId});
    }
    if (organisationId > 0) {
        c.add(u"f.organisation_id = ?"_s, {organisationId});
    }
    if (eventId > 0) {
        c.add(u"f.event_id = ?"_s, {eventId});
    }
    if (dueUntil.isValid()) {
        c.add(u"f.due_date <= ?"_s, {time::dateToStorage(dueUntil)});
    }
    return c;
}

FollowUpRepository::FollowUpRepository(Database& db)
    : m_db(db)
{ }

Result<FollowUp> FollowUpRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" WHERE f.id = ?"_s, {id},
        [](const QSqlQuery& r) { return fromRow(r).followUp; });
}

Result<QList<FollowUpItem>> FollowUpRepository::list(const FollowUpFilter& filter, int limit) const
{
    QSqlQuery q(m_db.connection());
    return sql::firstRows(q, selectColumns, filter.condition(), u"f.due_date, f.id"_s, limit, fromRow);
}

ListQuery FollowUpRepository::listQuery(const FollowUpFilter& filter) const
{
    ListQuery query;
    query.from = u"follow_ups f LEFT JOIN organisations o ON o.id = f.organisation_id "
                 "LEFT JOIN persons p ON p.id = f.person_id LEFT JOIN staff s ON s.id = f.staff_id"_s;
    query.baseFrom = u"follow_ups f"_s;
    query.condition = filter.condition();
    query.columns = {u"f.id"_s, u"f.due_date"_s, u"f.title"_s, u"o.name"_s,
        u"trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, ''))"_s,
        u"trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, ''))"_s, u"f.done"_s, u"f.event_id"_s,
        u"f.organisation_id"_s};
    query.orderBy = {u"f.due_date"_s, u"f.id"_s};
    return query;
}

bool FollowUpRepository::save(FollowUp& f, QString* error)
{
    f.title = f.title.trimmed();
    const FieldErrors problems = f.validate();
    if (!problems.isEmpty()) {
        return fail(error, describe(problems));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    const bool inserting = f.id == 0;
    ActivitiesChange activities(m_db);
    if (!activities.read({f.eventId}, error)) {
        return false;
    }
    QVariantMap before;
    Id oldEventId = 0;
    if (!inserting) {
        const auto old = sql::lockedRow(m_db, u"follow_ups"_s, f.id, *this, Tr::tr("The follow-up no longer exists."));
        if (!old.ok(error)) {
            return false;
        }
        before = old->toMap();
        f.uuid = old->uuid;
        oldEventId = old->eventId;
    } else if (f.uuid.isEmpty()) {
        f.uuid = newUuid();
    }
    if (f.done && !f.doneAt.isValid()) {
        f.doneAt = time::now();
    }
    if (!activities.read({oldEventId}, error)) { // moved from another activity (not done by the forms)
        return false;
    }
    const QString now = time::toStorage(time::now());
    const sql::Columns row = storedRow(f, now);
    QSqlQuery q(m_db.connection());
    const bool ok = inserting
        ? sql::insert(q, u"follow_ups"_s, row + sql::Columns{{u"uuid"_s, f.uuid}, {u"created_at"_s, now}}, &f.id, error)
        : sql::update(q, u"follow_ups"_s, row, f.id, error);
    if (!ok || !activities.write(error)
        || !audit::record(
            m_db, entity, f.id, f.uuid, inserting ? u"create"_s : u"update"_s, audit::diff(before, f.toMap()), error)) {
        return false;
    }
    return tx.commit(error);
}

bool FollowUpRepository::setDone(Id id, bool done, QString* error)
{
    auto f = find(id);
    if (!f.ok(error)) {
        return false;
    }
    if (!f) {
        return fail(error, Tr::tr("The follow-up no longer exists."));
    }
    f->done = done;
    f->doneAt = done ? time::now() : QDateTime();
    return save(*f, error);
}

bool FollowUpRepository::remove(Id id, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    // Its activity locked first, as by every save (see ActivitiesChange::read()).
    const auto peek = find(id);
    ActivitiesChange activities(m_db);
    if (!peek.ok(error) || !activities.read({peek ? peek->eventId : 0}, error)) {
        return false;
    }
    const auto f = sql::lockedRow(m_db, u"follow_ups"_s, id, *this, Tr::tr("The follow-up no longer exists."));
    if (!f.ok(error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    return activities.read({f->eventId}, error) && sql::run(q, u"DELETE FROM follow_ups WHERE id = ?"_s, {id}, error)
        && activities.write(error)
        && audit::record(m_db, entity, id, f->uuid, u"delete"_s, audit::diff(f->toMap(), {}), error)
        && tx.commit(error);
}

sql::Columns FollowUpRepository::storedRow(const FollowUp& f, const QString& now)
{
    return {
        {u"event_id"_s, sql::idOrNull(f.eventId)},
        {u"organisation_id"_s, sql::idOrNull(f.organisationId)},
        {u"person_id"_s, sql::idOrNull(f.personId)},
        {u"staff_id"_s, sql::idOrNull(f.staffId)},
        {u"title"_s, f.title},
        {u"due_date"_s, time::dateToStorage(f.dueDate)},
        {u"done"_s, f.done ? 1 : 0},
        {u"done_at"_s, f.done ? QVariant(time::toStorage(f.doneAt)) : QVariant()},
        {u"updated_at"_s, now},
    };
}

} // namespace kmuni
