// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Search.h"

#include "common/Format.h"
#include "common/TextFold.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/TextMatch.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

using Kind = SearchHit::Kind;

// Collects hits of one kind, rank by rank, without duplicates and up to a limit.
class Collector
{
public:
    Collector(QSqlQuery& query, Kind kind, int limit, QString& error)
        : m_q(query)
        , m_kind(kind)
        , m_limit(limit)
        , m_error(error)
    { }
    bool full() const { return m_hits.size() >= m_limit; }
    QList<SearchHit> hits() const { return m_hits; }

    // @p statement selects id, title, subtitle parts…; @p make turns a row into a hit.
    template <typename Make> void add(int rank, const QString& statement, const QVariantList& values, Make make)
    {
        // After a failure nothing more is asked: the search as a whole failed.
        if (full() || !m_error.isEmpty() || !sql::run(m_q, statement, values, &m_error)) {
            return;
        }
        while (!full() && sql::next(m_q, &m_error)) {
            const Id id = m_q.value(0).toLongLong();
            if (m_seen.contains(id)) {
                continue;
            }
            m_seen.insert(id);
            SearchHit hit = make(m_q);
            hit.kind = m_kind;
            hit.id = id;
            hit.rank = rank;
            m_hits << hit;
        }
        m_q.finish();
    }

private:
    QSqlQuery& m_q;
    Kind m_kind;
    int m_limit;
    QString& m_error;
    QSet<Id> m_seen;
    QList<SearchHit> m_hits;
};

QString joinNonEmpty(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept << p.trimmed();
        }
    }
    return kept.join(u" · "_s);
}

// "col >= ? AND col < ?": a sort key (see fold::sortKey) starting with the text, one index range.
QString prefixCondition(const QString& column, const QString& text, QVariantList* values)
{
    const QString prefix = fold::sortKey(text);
    *values << prefix << sql::prefixUpperBound(prefix);
    return u"("_s + column + u" >= ? AND "_s + column + u" < ?)"_s;
}

// rowid IN (the first @p limit rows of @p table matching @p match): FTS stops after the limit.
// The candidates of an index in a set order (by default the oldest rows first), so that a file and a
// server, whose indexes give their rows in different orders, find the same ones.
QString ftsSubquery(const QString& table, const QString& order = u" ORDER BY rowid"_s)
{
    return u"(SELECT rowid FROM "_s + table + u" WHERE "_s + table + u" MATCH ?"_s + order + u" LIMIT ?)"_s;
}

// What run() searches each kind with.
struct Terms
{
    QString searched; // the query (see Search::query())
    QStringList alternatives; // its foldings (see fold::forQuery())
    QString nameQuery; // trigram queries of the names and of the other columns (see sql::trigramQuery())
    QString otherQuery;
    int limit = 0; // hits per kind
    int probe = 0; // candidates asked of an index (see run())
};

// Organisations: name starts with, name contains, city / e-mail / web contains.
QList<SearchHit> organisations(QSqlQuery& q, const Terms& t, QString& error)
{
    Collector c(q, Kind::Organisation, t.limit, error);
    const auto make = [](const QSqlQuery& r) {
        const QString name = Organisation::displayName(r.value(1).toString(), r.value(2).toString());
        return SearchHit{{}, 0, name,
            joinNonEmpty({vocab::label(vocab::List::OrganisationKind, r.value(3).toString()), r.value(4).toString()}),
            0, r.value(3).toString()};
    };
    const QString select = u"SELECT o.id, o.name, o.legal_form, o.kind, o.city FROM organisations o WHERE "_s;
    QVariantList values;
    const QString prefix = prefixCondition(u"o.sort_key"_s, t.searched, &values);
    c.add(0, select + u"o.archived = 0 AND "_s + prefix + u" ORDER BY o.sort_key LIMIT ?"_s, values << t.probe, make);
    if (!t.nameQuery.isEmpty()) {
        c.add(1,
            select + u"o.id IN "_s + ftsSubquery(u"organisation_search"_s)
                + u" ORDER BY o.archived, o.sort_key, o.id"_s,
            {t.nameQuery, t.probe}, make);
        c.add(2,
            select + u"o.id IN "_s + ftsSubquery(u"organisation_search"_s)
                + u" ORDER BY o.archived, o.sort_key, o.id"_s,
            {t.otherQuery, t.probe}, make);
    }
    return c.hits();
}

// Contact persons: last or first name starts with, name contains, e-mail / function contains.
QList<SearchHit> persons(QSqlQuery& q, const Terms& t, QString& error)
{
    Collector c(q, Kind::Person, t.limit, error);
    const auto make = [](const QSqlQuery& r) {
        const QString name
            = QStringList{r.value(1).toString(), r.value(2).toString(), r.value(3).toString()}.join(u' ').simplified();
        return SearchHit{
            {}, 0, name, joinNonEmpty({r.value(4).toString(), r.value(5).toString()}), 0, r.value(6).toString()};
    };
    const QString select = u"SELECT p.id, p.title, p.first_name, p.last_name, p.function, o.name, p.organisation_id "
                           "FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE "_s;
    QVariantList values;
    const QString prefix = prefixCondition(u"p.sort_key"_s, t.searched, &values);
    c.add(0, select + u"p.archived = 0 AND "_s + prefix + u" ORDER BY p.sort_key LIMIT ?"_s, values << t.probe, make);
    if (!t.nameQuery.isEmpty()) {
        const QString order = u" ORDER BY p.archived, p.sort_key, p.id"_s;
        c.add(1, select + u"p.id IN "_s + ftsSubquery(u"person_search"_s) + order, {t.nameQuery, t.probe}, make);
        c.add(2, select + u"p.id IN "_s + ftsSubquery(u"person_search"_s) + order, {t.otherQuery, t.probe}, make);
    }
    return c.hits();
}

// Activities: words of subject or location, then of minutes and outcome; newest first.
QList<SearchHit> events(QSqlQuery& q, const Terms& t, QString& error)
{
    Collector c(q, Kind::Event, t.limit, error);
    const auto make = [](const QSqlQuery& r) {
        return SearchHit{{}, 0,
            joinNonEmpty({format::localKey(r.value(1).toString()).left(10),
                vocab::label(vocab::List::EventType, r.value(2).toString())}),
            r.value(3).toString(), 0, {}};
    };
    const QString select = u"SELECT e.id, e.starts_local, e.type, e.subject FROM events e WHERE e.id IN "_s;
    const QString order = u" ORDER BY rowid DESC"_s;
    const QString names = sql::ftsPrefixes(t.alternatives, u"name"_s);
    const QString other = sql::ftsPrefixes(t.alternatives, u"other"_s);
    if (!names.isEmpty()) {
        c.add(0, select + ftsSubquery(u"event_search"_s, order) + u" ORDER BY e.starts_local DESC, e.id DESC"_s,
            {names, t.probe}, make);
        c.add(2, select + ftsSubquery(u"event_search"_s, order) + u" ORDER BY e.starts_local DESC, e.id DESC"_s,
            {other, t.probe}, make);
    }
    return c.hits();
}

// Matches: title, then the two organisations and the outcome (three characters or more).
QList<SearchHit> matches(QSqlQuery& q, const Terms& t, QString& error)
{
    Collector c(q, Kind::Match, t.limit, error);
    const auto make = [](const QSqlQuery& r) {
        const QString title = r.value(1).toString().isEmpty() ? r.value(2).toString() + u" – "_s + r.value(3).toString()
                                                              : r.value(1).toString();
        return SearchHit{{}, 0, title,
            joinNonEmpty({vocab::label(vocab::List::MatchType, r.value(4).toString()),
                vocab::label(vocab::List::MatchStage, r.value(5).toString())}),
            0, {}};
    };
    const QString select = u"SELECT m.id, m.title, c.name, u.name, m.type, m.stage FROM matches m "
                           "JOIN organisations c ON c.id = m.company_id JOIN organisations u ON u.id = m.university_id "
                           "WHERE m.id IN "_s;
    c.add(1, select + ftsSubquery(u"match_search"_s) + u" ORDER BY m.id DESC"_s, {t.nameQuery, t.probe}, make);
    c.add(2, select + ftsSubquery(u"match_search"_s) + u" ORDER BY m.id DESC"_s, {t.otherQuery, t.probe}, make);
    return c.hits();
}

} // namespace

Search::Search(Database& db)
    : m_db(db)
{ }

QString Search::query(const QString& text)
{
    QString capped = text.simplified();
    if (capped.size() > maxQueryLength) {
        capped.truncate(capped.at(maxQueryLength - 1).isHighSurrogate() ? maxQueryLength - 1 : maxQueryLength);
        capped = capped.trimmed();
    }
    return capped;
}

Result<QList<SearchHit>> Search::run(const QString& text, int limitPerKind, int kinds) const
{
    const QString searched = query(text);
    const QStringList alternatives = fold::forQuery(searched);
    if (alternatives.isEmpty() || alternatives.first().isEmpty() || limitPerKind <= 0) {
        return QList<SearchHit>();
    }
    const QString nameQuery = sql::trigramQuery(alternatives, u"name"_s);
    const QString otherQuery = sql::trigramQuery(alternatives, u"other"_s);
    const int probe = limitPerKind * 4; // candidates from an index before duplicates are removed
    const Terms terms{searched, alternatives, nameQuery, otherQuery, limitPerKind, probe};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<SearchHit> result;
    QString error;
    if (kinds & Organisations) {
        result << organisations(q, terms, error);
    }
    if (kinds & Persons) {
        result << persons(q, terms, error);
    }
    // Three letters and more: words of activities (shorter prefixes would match most of them).
    if ((kinds & Events) && !nameQuery.isEmpty()) {
        result << events(q, terms, error);
    }
    if ((kinds & Matches) && !nameQuery.isEmpty()) {
        result << matches(q, terms, error);
    }
    if (!error.isEmpty()) {
        return Result<QList<SearchHit>>::failure(error);
    }
    return result;
}

} // namespace kmuni
