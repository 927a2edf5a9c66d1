// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QString>

#include <functional>

namespace kmuni::sql {

/**
 * What one kind of record (a person, an organisation, a match, an activity) adds to the way every
 * record is saved and deleted; saveRecord() and removeRecord() do the rest, the same for all of them.
 */
template <typename Record> struct RecordWrites
{
    /** The record's table ("persons"). */
    QString table;
    /** The audit log's code of the kind (entityCode()). */
    QString entity;
    /** The failure when the stored row is gone ("The person no longer exists."). */
    QString gone;
    /** Normalises the record and says what keeps it from being saved (the repository's check()). */
    std::function<FieldErrors(Record&)> check;
    /** The row as stored, each column with its value (times and uuid already set). */
    std::function<Columns(const Record&)> columns;
    /** Optional, when changing a stored record: why it may not be changed (an erased person); empty when it may. */
    std::function<QString(const Record& stored)> refuse = {};
    /**
     * Optional, when changing a stored record that no one else changed meanwhile: takes over what the
     * stored one decides (a match's stage date).
     */
    std::function<void(Record&, const Record& stored)> takeStored = {};
    /** Optional: what lives beside the row (links, participants, the search index); @p stored is null for a new one. */
    std::function<bool(Record&, const Record* stored, QString* error)> writeBeside = {};
    /** Optional: the last step of a save before the commit, after the audit log (read back what was written). */
    std::function<bool(Record&, QString* error)> finish = {};
    /**
     * Optional, before the row is deleted: refuses when the record is still needed (with the reason in
     * *@p error), else deletes what lives beside it (its search index entry).
     */
    std::function<bool(const Record& stored, QString* error)> removeBeside = {};
};

/**
 * Saves @p record in one write transaction: checked; when stored, its row locked and read with
 * @p repository's find(), its version compared with the one the form loaded (*@p conflict set when
 * another window, program or office saved it since); a new one given a uuid (unless it brings one)
 * and its creation time; the row inserted or updated, then what lives beside it; its new version
 * read back; the change in the audit log ("create", or "update" when anything changed).
 * @return false with *@p error when any step failed, and nothing is written then.
 */
template <typename Record, typename Repository>
bool saveRecord(Database& db, const Repository& repository, Record& record, const RecordWrites<Record>& steps,
    QString* error, bool* conflict)
{
    const FieldErrors problems = steps.check(record);
    if (!problems.isEmpty()) {
        return fail(error, describe(problems));
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    const bool inserting = record.id == 0;
    decltype(repository.find(record.id)) stored;
    if (!inserting) {
        stored = lockedRow(db, steps.table, record.id, repository, steps.gone);
        if (!stored.ok(error)) {
            return false;
        }
        const QString refusal = steps.refuse ? steps.refuse(*stored) : QString();
        if (!refusal.isEmpty()) {
            return fail(error, refusal);
        }
        if (!checkVersion(record.version, stored->version, conflict, error)) {
            return false;
        }
        if (steps.takeStored) {
            steps.takeStored(record, *stored);
        }
        record.uuid = stored->uuid;
        record.createdAt = stored->createdAt;
    } else {
        if (record.uuid.isEmpty()) {
            record.uuid = newUuid();
        }
        record.createdAt = time::now();
    }
    record.updatedAt = time::now();
    const Columns row = steps.columns(record);
    QSqlQuery q(db.connection());
    const bool written
        = inserting ? insert(q, steps.table, row, &record.id, error) : update(q, steps.table, row, record.id, error);
    const Record* old = inserting ? nullptr : &*stored;
    if (!written || (steps.writeBeside && !steps.writeBeside(record, old, error))) {
        return false;
    }
    const auto version = rowVersion(q, steps.table, record.id);
    if (!version.ok(error)) {
        return false;
    }
    record.version = *version;
    const QJsonObject changes = audit::diff(inserting ? QVariantMap() : stored->toMap(), record.toMap());
    if ((inserting || !changes.isEmpty())
        && !audit::record(db, steps.entity, record.id, record.uuid,
            inserting ? QStringLiteral("create") : QStringLiteral("update"), changes, error)) {
        return false;
    }
    return (!steps.finish || steps.finish(record, error)) && tx.commit(error);
}

/**
 * Deletes record @p id in one write transaction: its row locked and read, what lives beside it
 * deleted (or the deletion refused: steps.removeBeside), the row deleted, and what it held in the
 * audit log ("delete"). @return false with *@p error when it is gone, needed or a step failed.
 */
template <typename Record, typename Repository>
bool removeRecord(
    Database& db, const Repository& repository, qint64 id, const RecordWrites<Record>& steps, QString* error)
{
    // What is counted and what is deleted are read in the same transaction: a follow-up or
    // activity added meanwhile from another window is counted, never deleted with the record.
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    const auto stored = lockedRow(db, steps.table, id, repository, steps.gone);
    if (!stored.ok(error) || (steps.removeBeside && !steps.removeBeside(*stored, error))) {
        return false;
    }
    QSqlQuery q(db.connection());
    if (!run(q, QStringLiteral("DELETE FROM ") + steps.table + QStringLiteral(" WHERE id = ?"), {id}, error)
        || !audit::record(
            db, steps.entity, id, stored->uuid, QStringLiteral("delete"), audit::diff(stored->toMap(), {}), error)) {
        return false;
    }
    return tx.commit(error);
}

} // namespace kmuni::sql
