// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ListQuery.h"

#include <QString>
#include <QStringList>

namespace kmuni::sql {

/** Fewer folded characters than this cannot use the trigram index and match as a prefix instead. */
inline constexpr int trigramLength = 3;

/**
 * Narrows @p condition to rows whose text matches @p text, umlaut- and case-insensitively: three or
 * more characters anywhere in the trigram index @p ftsTable (rowid = @p idColumn); one or two at the
 * start of @p prefixColumns (indexed sort keys, see fold::sortKey). Empty text adds nothing.
 */
void addTextCondition(SqlCondition& condition, const QString& text, const QString& idColumn,
    const QStringList& prefixColumns, const QString& ftsTable);

/** As addTextCondition() for a word index (unicode61, prefix indexes): every word matches as a prefix. */
void addWordCondition(SqlCondition& condition, const QString& text, const QString& idColumn, const QString& ftsTable);

/** The smallest string greater than every string that starts with @p prefix. */
QString prefixUpperBound(const QString& prefix);

/** The FTS5 query for @p alternatives in a trigram table; empty when one is too short. */
QString trigramQuery(const QStringList& alternatives, const QString& column = {});

} // namespace kmuni::sql
