// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextMatch.h"

#include "common/TextFold.h"
#include "db/Sql.h"

using namespace Qt::StringLiterals;

namespace kmuni::sql {

QString prefixUpperBound(const QString& prefix)
{
    if (prefix.isEmpty()) {
        return {};
    }
    QString upper = prefix;
    upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    return upper;
}

QString trigramQuery(const QStringList& alternatives, const QString& column)
{
    for (const QString& a : alternatives) {
        if (a.size() < trigramLength) {
            return {};
        }
    }
    return sql::ftsPhrases(alternatives, column);
}

void addTextCondition(SqlCondition& condition, const QString& text, const QString& idColumn,
    const QStringList& prefixColumns, const QString& ftsTable)
{
    const QStringList alternatives = fold::forQuery(text);
    if (alternatives.isEmpty() || alternatives.first().isEmpty()) {
        return;
    }
    const QString fts = trigramQuery(alternatives);
    if (!fts.isEmpty()) {
        condition.keepKeys = true;
        condition.add(
            idColumn + u" IN (SELECT rowid FROM "_s + ftsTable + u" WHERE "_s + ftsTable + u" MATCH ?)"_s, {fts});
        return;
    }
    QStringList ranges;
    QVariantList values;
    if (prefixColumns.isEmpty()) {
        // No indexed fold column: scan the names (small tables only).
        for (const QString& a : alternatives) {
            ranges << idColumn + u" IN (SELECT rowid FROM "_s + ftsTable + u" WHERE name LIKE ? ESCAPE '\\')"_s;
            QString pattern = a;
            pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
            values << QString(pattern + u'%');
        }
    }
    // Sort keys hold the simple fold: one index range, in list order.
    const QString prefix = fold::sortKey(text);
    for (const QString& column : prefixColumns) {
        ranges << u"("_s + column + u" >= ? AND "_s + column + u" < ?)"_s;
        values << prefix << prefixUpperBound(prefix);
    }
    condition.add(u"("_s + ranges.join(u" OR "_s) + u')', values);
}

void addWordCondition(SqlCondition& condition, const QString& text, const QString& idColumn, const QString& ftsTable)
{
    const QString fts = sql::ftsPrefixes(fold::forQuery(text));
    if (fts.isEmpty()) {
        return;
    }
    condition.keepKeys = true;
    condition.add(idColumn + u" IN (SELECT rowid FROM "_s + ftsTable + u" WHERE "_s + ftsTable + u" MATCH ?)"_s, {fts});
}

} // namespace kmuni::sql
