// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kmuni {

/** A WHERE condition with its bound values, built by the domain filters. */
struct SqlCondition
{
    QStringList clauses; ///< joined with AND
    QVariantList values;

    /**
     * Set by text searches (FTS): their hits are looked up and sorted once, and the list keeps the
     * sorted keys of every hit, so that the count and every later page come from that one pass
     * instead of evaluating the search again for each.
     */
    bool keepKeys = false;

    void add(const QString& clause, const QVariantList& binds = {})
    {
        clauses << clause;
        values << binds;
    }
    QString where() const { return clauses.join(QStringLiteral(" AND ")); }
};

/**
 * A sorted list as the repositories describe it, for PagedListModel to page through with keyset
 * paging: SELECT columns, orderBy FROM from WHERE condition ORDER BY orderBy. orderBy must be
 * unique per row (end with the id) and have an index, so that any page is an index range.
 */
struct ListQuery
{
    QString from;
    /** The listed table alone ("persons p"): enough for condition and orderBy. Counting and jumping
     * by offset use it, so that they read one index and no joined table. */
    QString baseFrom;
    SqlCondition condition;
    QStringList columns;
    QStringList orderBy;
    bool descending = false;
};

} // namespace kmuni
