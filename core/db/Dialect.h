// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace kmuni::sql {

/**
 * The one place where a statement written for SQLite becomes one for PostgreSQL (sql::run calls it
 * for a server connection). The schema on the server (migrations/postgresql) provides SQLite's
 * functions and collations, so only these forms need changing:
 * - `T MATCH ?` on a search table, with the FTS5 query that ftsPhrases()/ftsPrefixes() built bound
 *   to it, becomes LIKE conditions (a trigram phrase: the folded text anywhere) and regular
 *   expressions (a word prefix: at the start of a word) over the table's folded text, the query's
 *   words bound as values: user text never becomes SQL;
 * - `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`;
 * - FTS5's delete command on a contentless table becomes a DELETE;
 * - LIMIT -1 (no limit) becomes LIMIT NULL.
 * @return false, with @p error, for an FTS5 query that our builders do not make.
 */
bool toPostgres(QString* statement, QVariantList* values, QString* error);

/**
 * The condition for the FTS5 query @p fts over the columns name and other, and its values
 * (exposed for the tests).
 */
bool ftsToPostgres(const QString& fts, QString* condition, QVariantList* values, QString* error);

} // namespace kmuni::sql
