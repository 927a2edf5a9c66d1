// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "db/ListQuery.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace kmuni {
class Database;
}

namespace kmuni::sql {

/**
 * What a failed statement means for the user: "in use by another program", "the disk is full",
 * "damaged", or SQLite's own text (never Qt's "Unable to fetch row" tail).
 */
QString message(const QSqlError& error);

/** True when @p query runs on a PostgreSQL server (see Dialect.h). */
bool isServer(const QSqlQuery& query);

/**
 * Prepares @p statement, binds @p values in order and runs it; on failure sets @p error (message()).
 * On a server the statement is first given its PostgreSQL form (toPostgres()).
 */
bool run(QSqlQuery& query, const QString& statement, const QVariantList& values, QString* error);

/**
 * Steps @p query to its next row: true while there is one. False at the end, and false with
 * *@p error set when the step itself failed (a locked, damaged or interrupted read): a failed
 * read is never "no more rows".
 */
bool next(QSqlQuery& query, QString* error);

/**
 * Runs @p statement and makes one value of every row with @p make (a callable taking the
 * QSqlQuery): the rows, or the error of the prepare, the run or any step.
 */
template <typename Make>
auto rows(QSqlQuery& query, const QString& statement, const QVariantList& values, Make make)
    -> Result<QList<decltype(make(query))>>
{
    using R = Result<QList<decltype(make(query))>>;
    QString error;
    if (!run(query, statement, values, &error)) {
        return R::failure(error);
    }
    QList<decltype(make(query))> result;
    while (next(query, &error)) {
        result.append(make(query));
    }
    if (!error.isEmpty()) {
        return R::failure(error);
    }
    return result;
}

/** " WHERE " and the clauses of @p condition; nothing when it has none. */
QString where(const SqlCondition& condition);

/**
 * As rows(), for the first @p limit rows of "SELECT @p select WHERE @p condition ORDER BY @p orderBy" (the
 * WHERE only when @p condition has clauses): @p select is the columns and the FROM clause, the condition's
 * values are bound, then the limit.
 */
template <typename Make>
auto firstRows(QSqlQuery& query, const QString& select, const SqlCondition& condition, const QString& orderBy,
    int limit, Make make)
{
    return rows(query,
        QStringLiteral("SELECT ") + select + where(condition) + QStringLiteral(" ORDER BY ") + orderBy
            + QStringLiteral(" LIMIT ?"),
        condition.values + QVariantList{limit}, make);
}

/** As rows(), for a statement of at most one row: its value, nothing, or the error. */
template <typename Make>
auto row(QSqlQuery& query, const QString& statement, const QVariantList& values, Make make)
    -> Result<decltype(make(query))>
{
    using R = Result<decltype(make(query))>;
    QString error;
    if (!run(query, statement, values, &error)) {
        return R::failure(error);
    }
    if (!next(query, &error)) {
        return error.isEmpty() ? R() : R::failure(error);
    }
    R result(make(query));
    query.finish();
    return result;
}

/** Binds @p values in order to the prepared @p query, a null QString as '' (see run()). */
void bind(QSqlQuery& query, const QVariantList& values);

/** Column names with their values, in one list so that the two cannot get out of step. */
using Columns = QList<std::pair<QString, QVariant>>;

/** INSERT INTO @p table (columns) VALUES (values); @p newId receives the row id. */
bool insert(QSqlQuery& query, const QString& table, const Columns& columns, qint64* newId, QString* error);
/** UPDATE @p table SET column = value, … WHERE id = @p id. */
bool update(QSqlQuery& query, const QString& table, const Columns& columns, qint64 id, QString* error);

/** NULL for 0, so that "no reference" is stored as NULL. */
QVariant idOrNull(qint64 id);
/** NULL for an empty string. */
QVariant textOrNull(const QString& text);

/**
 * Optimistic locking: false, with @p error and *@p conflict set, when the row was saved elsewhere
 * (another window, the command line, another PC) since the form loaded version @p loaded of it;
 * the row's version is now @p stored. @p loaded 0 does not check.
 */
bool checkVersion(qint64 loaded, qint64 stored, bool* conflict, QString* error);

/**
 * Inside a write transaction, before a record is read to be written back (its version checked, a
 * match moved, an organisation archived): on a server the row is locked until the commit (SELECT …
 * FOR UPDATE), so that of two offices changing the same record at once the second waits and then
 * reads what the first wrote. A file needs nothing: its write transaction already excludes every
 * other writer.
 */
bool lockRow(Database& db, const QString& table, qint64 id, QString* error);

/**
 * Row @p id of @p table as a change in the open write transaction reads it: locked (lockRow()),
 * then read with @p repository's find(). A read that fails, or a row that no longer exists (a
 * failure saying @p gone), is a failed Result; the caller tests ok().
 */
template <typename Repository>
auto lockedRow(Database& db, const QString& table, qint64 id, const Repository& repository, const QString& gone)
    -> decltype(repository.find(id))
{
    using Found = decltype(repository.find(id));
    QString error;
    if (!lockRow(db, table, id, &error)) {
        return Found::failure(error);
    }
    Found row = repository.find(id);
    if (row.failed() || row) {
        return row;
    }
    return Found::failure(gone);
}

/** The row's version after a write (the migration's trigger raises it with every update). */
Result<qint64> rowVersion(QSqlQuery& query, const QString& table, qint64 id);

/** "?, ?, ?" for @p count placeholders. */
QString placeholders(qsizetype count);

/**
 * An FTS5 query that matches any of @p alternatives as a phrase, in @p column when given:
 * {"muller", "mueller"} → `name : ("muller" OR "mueller")`. Quotes in the text are doubled, so user
 * input never becomes query syntax.
 */
QString ftsPhrases(const QStringList& alternatives, const QString& column = {});

/** As ftsPhrases(), but every word of each alternative is a prefix: `"ber"* "stra"*`. */
QString ftsPrefixes(const QStringList& alternatives, const QString& column = {});

} // namespace kmuni::sql
