// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchRepository.h"

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/Format.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWrite.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::MatchRepository)
};

const QString entity = entityCode(EntityKind::Match);

const QString selectColumns
    = u"m.id, m.uuid, m.company_id, m.university_id, m.type, m.stage, m.title, m.company_person_id, "
      "m.university_person_id, m.started_on, m.stage_changed_on, m.outcome, m.graduates_hired, m.notes, "
      "m.created_at, m.updated_at, c.name, u.name, m.staff_id, m.row_version, "
      "coalesce(trim(s.first_name || ' ' || s.last_name), '') "
      "FROM matches m JOIN organisations c ON c.id = m.company_id JOIN organisations u ON u.id = m.university_id "
      "LEFT JOIN staff s ON s.id = m.staff_id"_s;

Match fromRow(const QSqlQuery& q)
{
    Match m;
    int i = 0;
    m.id = q.value(i++).toLongLong();
    m.uuid = q.value(i++).toString();
    m.companyId = q.value(i++).toLongLong();
    m.universityId = q.value(i++).toLongLong();
    m.type = q.value(i++).toString();
    m.stage = q.value(i++).toString();
    m.title = q.value(i++).toString();
    m.companyPersonId = q.value(i++).toLongLong();
    m.universityPersonId = q.value(i++).toLongLong();
    m.startedOn = time::dateFromStorage(q.value(i++).toString());
    m.stageChangedOn = time::dateFromStorage(q.value(i++).toString());
    m.outcome = q.value(i++).toString();
    m.graduatesHired = q.value(i++).toInt();
    m.notes = q.value(i++).toString();
    m.createdAt = time::fromStorage(q.value(i++).toString());
    m.updatedAt = time::fromStorage(q.value(i++).toString());
    m.companyName = q.value(i++).toString();
    m.universityName = q.value(i++).toString();
    m.staffId = q.value(i++).toLongLong();
    m.version = q.value(i++).toLongLong();
    m.staffName = q.value(i++).toString();
    return m;
}

// A match's row as a save writes it: each column of the matches table with its value.
sql::Columns storedRow(const Match& m)
{
    return {
        {u"uuid"_s, m.uuid},
        {u"company_id"_s, m.companyId},
        {u"university_id"_s, m.universityId},
        {u"type"_s, m.type},
        {u"stage"_s, m.stage},
        {u"title"_s, m.title},
        {u"company_person_id"_s, sql::idOrNull(m.companyPersonId)},
        {u"university_person_id"_s, sql::idOrNull(m.universityPersonId)},
        {u"started_on"_s, time::dateToStorage(m.startedOn)},
        {u"stage_changed_on"_s, time::dateToStorage(m.stageChangedOn)},
        {u"outcome"_s, m.outcome},
        {u"graduates_hired"_s, m.graduatesHired},
        {u"notes"_s, m.notes},
        {u"created_at"_s, time::toStorage(m.createdAt)},
        {u"updated_at"_s, time::toStorage(m.updatedAt)},
        {u"staff_id"_s, sql::idOrNull(m.staffId)},
    };
}

// After the saved row of @p m: its stage history row when @p stageChanged, and its activities anew.
bool writeLinks(QSqlQuery& q, const Match& m, bool stageChanged, QString* error)
{
    if (stageChanged
        && !sql::run(q, u"INSERT INTO match_stages(match_id, stage, reached_on) VALUES (?, ?, ?)"_s,
            {m.id, m.stage, time::dateToStorage(m.stageChangedOn)}, error)) {
        return false;
    }
    if (!sql::run(q, u"DELETE FROM match_events WHERE match_id = ?"_s, {m.id}, error)) {
        return false;
    }
    for (Id eventId : std::as_const(m.eventIds)) {
        if (!sql::run(
                q, u"INSERT OR IGNORE INTO match_events(match_id, event_id) VALUES (?, ?)"_s, {m.id, eventId}, error)) {
            return false;
        }
    }
    return true;
}

} // namespace

MatchRepository::MatchRepository(Database& db)
    : m_db(db)
{ }

Result<Match> MatchRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    auto m = sql::row(q, u"SELECT "_s + selectColumns + u" WHERE m.id = ?"_s, {id}, fromRow);
    if (!m) {
        return m;
    }
    const auto events = sql::rows(q, u"SELECT event_id FROM match_events WHERE match_id = ? ORDER BY event_id"_s, {id},
        [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
    if (events.failed()) {
        return Result<Match>::failure(events.error());
    }
    m->eventIds = *events;
    const auto history
        = sql::rows(q, u"SELECT stage, reached_on FROM match_stages WHERE match_id = ? ORDER BY reached_on, id"_s, {id},
            [](const QSqlQuery& r) {
                return MatchStageChange{r.value(0).toString(), time::dateFromStorage(r.value(1).toString())};
            });
    if (history.failed()) {
        return Result<Match>::failure(history.error());
    }
    m->history = *history;
    return m;
}

Result<QList<Match>> MatchRepository::list(const MatchFilter& filter, int limit) const
{
    QSqlQuery q(m_db.connection());
    return sql::firstRows(
        q, selectColumns, filter.condition(), u"m.stage_changed_on DESC, m.id DESC"_s, limit, fromRow);
}

ListQuery MatchRepository::listQuery(const MatchFilter& filter) const
{
    ListQuery query;
    query.from
        = u"matches m JOIN organisations c ON c.id = m.company_id JOIN organisations u ON u.id = m.university_id"_s;
    query.baseFrom = u"matches m"_s;
    query.condition = filter.condition();
    query.columns = {u"m.id"_s, u"c.name"_s, u"u.name"_s, u"m.type"_s, u"m.stage"_s, u"m.title"_s,
        u"m.stage_changed_on"_s, u"m.graduates_hired"_s};
    query.orderBy = {u"m.stage_changed_on"_s, u"m.id"_s};
    query.descending = true;
    return query;
}

FieldErrors MatchRepository::check(Match& m) const
{
    m.title = m.title.trimmed();
    if (!m.startedOn.isValid()) {
        m.startedOn = time::today();
    }
    if (!m.stageChangedOn.isValid()) {
        m.stageChangedOn = m.startedOn;
    }
    FieldErrors errors = m.validate();
    QSqlQuery q(m_db.connection());
    const auto kindOf = [&](Id id) {
        return sql::row(q, u"SELECT kind FROM organisations WHERE id = ?"_s, {id},
            [](const QSqlQuery& r) { return r.value(0).toString(); });
    };
    if (m.companyId > 0) {
        const auto kind = kindOf(m.companyId);
        if (kind.failed()) {
            errors.append({QString(), kind.error()});
        } else if (kind.valueOr({}) != u"company"_s) {
            errors.append({u"companyId"_s, Tr::tr("The company side of a match must be a company.")});
        }
    }
    if (m.universityId > 0) {
        const auto kind = kindOf(m.universityId);
        if (kind.failed()) {
            errors.append({QString(), kind.error()});
        } else if (kind.valueOr({}) != u"university"_s && kind.valueOr({}) != u"institute"_s) {
            errors.append(
                {u"universityId"_s, Tr::tr("The other side of a match must be a university or an institute.")});
        }
    }
    return errors;
}

bool MatchRepository::reindex(const Match& m, QString* error)
{
    QSqlQuery q(m_db.connection());
    const auto names = sql::row(q,
        u"SELECT (SELECT name FROM organisations WHERE id = ?), (SELECT name FROM organisations WHERE id = ?)"_s,
        {m.companyId, m.universityId}, [](const QSqlQuery& r) {
            return QStringList{r.value(0).toString(), r.value(1).toString()};
        });
    if (!names.ok(error)) {
        return false;
    }
    const QString companyName = names ? names->at(0) : m.companyName;
    const QString universityName = names ? names->at(1) : m.universityName;
    if (!sql::run(q, u"DELETE FROM match_search WHERE rowid = ?"_s, {m.id}, error)) {
        return false;
    }
    return sql::run(q, u"INSERT INTO match_search(rowid, name, other) VALUES (?, ?, ?)"_s,
        {m.id, fold::forIndex(m.title), fold::forIndex(QStringList{companyName, universityName, m.outcome}.join(u' '))},
        error);
}

sql::RecordWrites<Match> MatchRepository::writes()
{
    return {
        .table = u"matches"_s,
        .entity = entity,
        .gone = Tr::tr("The match no longer exists."),
        .check = [this](Match& match) { return check(match); },
        .columns = storedRow,
        .takeStored =
            [](Match& match, const Match& stored) {
                // A new stage is dated today unless the form gave it a date of its own.
                if (stored.stage != match.stage && match.stageChangedOn == stored.stageChangedOn) {
                    match.stageChangedOn = time::today();
                }
            },
        .writeBeside =
            [this](Match& match, const Match* stored, QString* error) {
                QSqlQuery q(m_db.connection());
                return writeLinks(q, match, !stored || stored->stage != match.stage, error) && reindex(match, error);
            },
        .removeBeside =
            [this](const Match& stored, QString* error) {
                QSqlQuery q(m_db.connection());
                return sql::run(q, u"DELETE FROM match_search WHERE rowid = ?"_s, {stored.id}, error);
            },
    };
}

bool MatchRepository::save(Match& m, QString* error, bool* conflict)
{
    return sql::saveRecord(m_db, *this, m, writes(), error, conflict);
}

namespace {
/** The way a match goes when it goes well; "declined" is off it. */
const QStringList& stageLine()
{
    static const QStringList line = {u"proposed"_s, u"introduced"_s, u"in_talks"_s, u"agreed"_s, u"completed"_s};
    return line;
}
} // namespace

QString MatchRepository::nextStage(const QString& stage)
{
    const QStringList& line = stageLine();
    const qsizetype at = line.indexOf(stage);
    return at >= 0 && at + 1 < line.size() ? line[at + 1] : QString();
}

QString MatchRepository::previousStage(const QString& stage)
{
    const QStringList& line = stageLine();
    const qsizetype at = line.indexOf(stage);
    return at > 0 ? line[at - 1] : QString();
}

bool MatchRepository::moveStage(Id id, const QString& stage, const QDate& reachedOn, QString* error)
{
    if (!vocab::contains(vocab::List::MatchStage, stage)) {
        return fail(error, Tr::tr("Unknown stage \"%1\".").arg(stage));
    }
    const QDate on = reachedOn.isValid() ? reachedOn : time::today();
    if (on > time::today()) {
        return fail(error, Tr::tr("A stage cannot be reached in the future (%1).").arg(format::date(on)));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    auto m = sql::lockedRow(m_db, u"matches"_s, id, *this, Tr::tr("There is no match with the id %1.").arg(id));
    if (!m.ok(error)) {
        return false;
    }
    if (m->stage == stage) {
        return true;
    }
    if (on < m->startedOn) {
        return fail(
            error, Tr::tr("A stage cannot be reached before the match started (%1).").arg(format::date(m->startedOn)));
    }
    // The history stays in order: a stage is reached on or after the one it follows.
    if (on < m->stageChangedOn) {
        return fail(error,
            Tr::tr("The current stage was reached on %1; the next cannot be reached before.")
                .arg(format::date(m->stageChangedOn)));
    }
    const QVariantMap before = m->toMap();
    m->stage = stage;
    m->stageChangedOn = on;
    m->updatedAt = time::now();
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"UPDATE matches SET stage = ?, stage_changed_on = ?, updated_at = ? WHERE id = ?"_s,
            {stage, time::dateToStorage(on), time::toStorage(m->updatedAt), id}, error)
        || !sql::run(q, u"INSERT INTO match_stages(match_id, stage, reached_on) VALUES (?, ?, ?)"_s,
            {id, stage, time::dateToStorage(on)}, error)
        || !audit::record(m_db, entity, id, m->uuid, u"update"_s, audit::diff(before, m->toMap()), error)) {
        return false;
    }
    return tx.commit(error);
}

Result<QList<Match>> MatchRepository::openDuplicates(const Match& m) const
{
    QSqlQuery q(m_db.connection());
    return sql::rows(q,
        u"SELECT "_s + selectColumns
            + u" WHERE m.company_id = ? AND m.university_id = ? AND m.type = ? AND m.id <> ? "
              "AND m.stage NOT IN ('completed', 'declined') ORDER BY m.id"_s,
        {m.companyId, m.universityId, m.type, m.id}, fromRow);
}

bool MatchRepository::remove(Id id, QString* error)
{
    return sql::removeRecord(m_db, *this, id, writes(), error);
}

} // namespace kmuni
