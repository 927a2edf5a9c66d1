// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kmuni::sql {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Database)
};

struct Term
{
    QString text;
    bool prefix = false;
};

// The FTS5 queries of ftsPhrases()/ftsPrefixes() and the erasure's word queries: [column :]
// alternatives joined by OR, each a sequence of "quoted" terms (all must match, AND or not), a term
// optionally with * (a word prefix).
bool parse(const QString& fts, QString* column, QList<QList<Term>>* alternatives)
{
    QList<Term> current;
    qsizetype i = 0;
    const qsizetype n = fts.size();
    static const QRegularExpression columnFilter(u"^\\s*([a-z_]+)\\s*:\\s*"_s);
    if (const auto m = columnFilter.match(fts); m.hasMatch()) {
        *column = m.captured(1);
        i = m.capturedLength();
    }
    while (i < n) {
        const QChar c = fts[i];
        if (c == u'"') {
            QString text;
            ++i;
            while (i < n) {
                if (fts[i] == u'"') {
                    if (i + 1 < n && fts[i + 1] == u'"') {
                        text += u'"';
                        i += 2;
                        continue;
                    }
                    break;
                }
                text += fts[i++];
            }
            if (i >= n) {
                return false; // unterminated
            }
            ++i;
            Term term{text, false};
            if (i < n && fts[i] == u'*') {
                term.prefix = true;
                ++i;
            }
            current << term;
        } else if (c == u'(' || c == u')' || c.isSpace()) {
            ++i;
        } else if (fts.mid(i, 3) == u"AND"_s) {
            i += 3; // terms in a row must all match anyway
        } else if (fts.mid(i, 2) == u"OR"_s) {
            if (current.isEmpty()) {
                return false;
            }
            *alternatives << current;
            current.clear();
            i += 2;
        } else {
            return false;
        }
    }
    if (!current.isEmpty()) {
        *alternatives << current;
    }
    return !alternatives->isEmpty();
}

QString likePattern(const QString& text)
{
    QString t = text;
    t.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + t + u'%';
}

// A word starts with @p text: at the start, or after anything but a letter or digit (unicode61's rule).
QString wordStart(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            escaped += u'\\';
        }
        escaped += c;
    }
    return u"(^|[^[:alnum:]])"_s + escaped;
}

} // namespace

bool ftsToPostgres(const QString& fts, QString* condition, QVariantList* values, QString* error)
{
    QString column;
    QList<QList<Term>> alternatives;
    if (!parse(fts, &column, &alternatives)) {
        if (error) {
            *error = Tr::tr("Internal error: the search »%1« has no form on the server.").arg(fts);
        }
        return false;
    }
    const QString text = column.isEmpty() ? u"(name || ' ' || other)"_s : column;
    QStringList ors;
    for (const QList<Term>& terms : std::as_const(alternatives)) {
        QStringList ands;
        for (const Term& t : terms) {
            if (t.prefix) {
                ands << text + u" ~ ?"_s;
                *values << wordStart(t.text);
            } else if (column.isEmpty()) {
                // Each column on its own, as the trigram index does (and each has its index here).
                ands << u"(name LIKE ? OR other LIKE ?)"_s;
                *values << likePattern(t.text) << likePattern(t.text);
            } else {
                ands << column + u" LIKE ?"_s;
                *values << likePattern(t.text);
            }
        }
        ors << (ands.size() == 1 ? ands.first() : u"("_s + ands.join(u" AND "_s) + u')');
    }
    *condition = ors.size() == 1 ? ors.first() : u"("_s + ors.join(u" OR "_s) + u')';
    return true;
}

bool toPostgres(QString* statement, QVariantList* values, QString* error)
{
    static const QRegularExpression ignore(u"^\\s*INSERT OR IGNORE INTO"_s);
    if (statement->contains(ignore)) {
        statement->replace(ignore, u"INSERT INTO"_s);
        *statement += u" ON CONFLICT DO NOTHING"_s;
    }
    static const QRegularExpression ftsDelete(
        u"^\\s*INSERT INTO (\\w+)\\(\\1, rowid, name, other\\) VALUES \\('delete', \\?, \\?, \\?\\)\\s*$"_s);
    if (const auto m = ftsDelete.match(*statement); m.hasMatch() && values->size() == 3) {
        *statement = u"DELETE FROM %1 WHERE rowid = ?"_s.arg(m.captured(1));
        *values = {values->first()};
        return true;
    }
    // SQLite's "no limit" is LIMIT -1; the server's is LIMIT NULL.
    static const QRegularExpression limit(u"LIMIT \\?"_s);
    for (auto it = limit.globalMatch(*statement); it.hasNext();) {
        const qsizetype index = statement->left(it.next().capturedStart()).count(u'?');
        if (index < values->size() && values->at(index).toLongLong() < 0) {
            (*values)[index] = QVariant(QMetaType(QMetaType::LongLong));
        }
    }
    static const QRegularExpression match(u"(\\w+) MATCH \\?"_s);
    for (auto m = match.match(*statement); m.hasMatch(); m = match.match(*statement, m.capturedStart())) {
        const qsizetype index = statement->left(m.capturedStart()).count(u'?');
        if (index >= values->size()) {
            return false;
        }
        QString condition;
        QVariantList bound;
        if (!ftsToPostgres(values->at(index).toString(), &condition, &bound, error)) {
            return false;
        }
        statement->replace(m.capturedStart(), m.capturedLength(), condition);
        values->removeAt(index);
        for (qsizetype k = 0; k < bound.size(); ++k) {
            values->insert(index + k, bound[k]);
        }
    }
    return true;
}

} // namespace kmuni::sql
