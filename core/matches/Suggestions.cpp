// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suggestions.h"

#include "MatchRepository.h"
#include "NeedsOffers.h"
#include "common/EntityKind.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Suggestions)
};

constexpr int topicWeight = 3;
constexpr int typeWeight = 2;
constexpr int sectorWeight = 1;
constexpr int cityWeight = 1;
constexpr int pastWeight = 2;
constexpr int pastMost = 4;

struct Party
{
    Id id = 0;
    QString name;
    QString kind;
    QString sector;
    QString city;
    QString cityKey;
    QString sortKey;
};

Party partyFromRow(const QSqlQuery& q)
{
    return Party{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
}

const QString partyColumns = u"o.id, o.name, o.kind, o.sector, o.city, o.city_key, o.sort_key"_s;

QVariantList asValues(const QList<Id>& ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (Id id : ids) {
        values << id;
    }
    return values;
}

/** Runs @p statement (with %1 for the id list) over @p ids in chunks; @p each gets every row. */
template <typename Each>
bool overChunks(
    QSqlQuery& q, const QString& statement, const QVariantList& before, const QList<Id>& ids, Each each, QString* error)
{
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const QList<Id> part = ids.mid(first, chunk);
        if (!sql::run(q, statement.arg(sql::placeholders(part.size())), before + asValues(part), error)) {
            return false;
        }
        while (sql::next(q, error)) {
            each(q);
        }
        if (error && !error->isEmpty()) {
            return false;
        }
    }
    return true;
}

QString typeLabels(const QStringList& types)
{
    QStringList labels;
    for (const QString& t : types) {
        labels << vocab::label(vocab::List::MatchType, t);
    }
    return labels.join(u", "_s);
}

/**
 * One run of Suggestions::forOrganisation, one method per step. What a step reads stays for the
 * next ones; a step that returns false has failed and left the reason in m_error.
 */
class Finder
{
public:
    Finder(Database& db, Id organisationId)
        : m_db(db)
        , m_organisationId(organisationId)
        , m_q(db.connection())
    {
        m_q.setForwardOnly(true);
    }

    Result<QList<Suggestion>> run(int limit);

private:
    bool readOwn();
    bool findBySharedTopics();
    bool findBySectorAndType(QSet<Id>& candidates);
    bool readCandidates();
    bool readPast();
    QList<Suggestion> suggestions();
    bool explain(const Party& p, Suggestion& s) const;
    void sortAndLimit(QList<Suggestion>& result, int limit);

    Database& m_db;
    const Id m_organisationId;
    QSqlQuery m_q;
    QString m_error;
    Party m_self;
    bool m_company = false;
    QString m_other; ///< the side the partners name: offer for a company, need for a university side
    NeedsOffers m_mine;
    QSet<QString> m_mySectors; // a company's sector; the sectors of the topics an institute offers
    QHash<Id, QString> m_topicName;
    QVariantList m_topicIds;
    QString m_kinds;
    QHash<Id, QList<Id>> m_sharedTopicIds;
    QList<Id> m_ids; ///< the candidates, in id order
    QHash<Id, Party> m_parties;
    QHash<Id, QStringList> m_theirTypes;
    QHash<Id, QSet<QString>> m_theirSectors; // the sectors of the topics a university side offers
    QSet<Id> m_excluded;
    QHash<Id, QHash<QString, int>> m_past; // university side → type → count
};

Result<QList<Suggestion>> Finder::run(int limit)
{
    using R = Result<QList<Suggestion>>;
    const auto self
        = sql::row(m_q, u"SELECT "_s + partyColumns + u" FROM organisations o WHERE o.id = ? AND o.kind <> 'partner'"_s,
            {m_organisationId}, partyFromRow);
    if (self.failed()) {
        return R::failure(self.error());
    }
    if (!self) {
        return QList<Suggestion>();
    }
    m_self = *self;
    if (!readOwn()) {
        return R::failure(m_error);
    }
    // Candidates: a shared topic, or (the sector fits and a match type is sought and offered).
    if (!findBySharedTopics()) {
        return R::failure(m_error);
    }
    QSet<Id> candidates(m_sharedTopicIds.keyBegin(), m_sharedTopicIds.keyEnd());
    if (!findBySectorAndType(candidates)) {
        return R::failure(m_error);
    }
    candidates.remove(m_organisationId);
    if (candidates.isEmpty()) {
        return QList<Suggestion>();
    }
    m_ids = QList<Id>(candidates.cbegin(), candidates.cend());
    std::sort(m_ids.begin(), m_ids.end());
    if (!readCandidates() || !readPast()) {
        return R::failure(m_error);
    }
    QList<Suggestion> result = suggestions();
    sortAndLimit(result, limit);
    return result;
}

/** What the organisation itself seeks or offers: its topics, match types and sectors. */
bool Finder::readOwn()
{
    m_company = m_self.kind == u"company"_s;
    const NeedsOffers::Side side = NeedsOffers::sideOf(m_self.kind);
    const NeedsOffers::Side otherSide = m_company ? NeedsOffers::Side::Offer : NeedsOffers::Side::Need;
    m_other = NeedsOffers::code(otherSide);
    const auto mine = NeedsOffersRepository(m_db).of(m_organisationId, side);
    if (!mine.ok(&m_error)) {
        return false;
    }
    m_mine = *mine;
    if (m_company && !m_self.sector.isEmpty()) {
        m_mySectors.insert(m_self.sector);
    }
    for (const Topic& t : m_mine.topics) {
        m_topicName.insert(t.id, t.name);
        m_topicIds << t.id;
        if (!m_company && !t.sector.isEmpty()) {
            m_mySectors.insert(t.sector);
        }
    }
    m_kinds = m_company ? u"('university', 'institute')"_s : u"('company')"_s;
    return true;
}

/** The candidates with a shared topic, and the topics they share. */
bool Finder::findBySharedTopics()
{
    if (!m_topicIds.isEmpty()) {
        if (!sql::run(m_q,
                u"SELECT ot.organisation_id, ot.topic_id FROM organisation_topics ot "
                "JOIN organisations o ON o.id = ot.organisation_id WHERE ot.side = ? AND ot.topic_id IN ("_s
                    + sql::placeholders(m_topicIds.size()) + u") AND o.archived = 0 AND o.kind IN "_s + m_kinds,
                QVariantList{m_other} + m_topicIds, &m_error)) {
            return false;
        }
        while (sql::next(m_q, &m_error)) {
            m_sharedTopicIds[m_q.value(0).toLongLong()] << m_q.value(1).toLongLong();
        }
        if (!m_error.isEmpty()) {
            return false;
        }
    }
    return true;
}

/** Adds to @p candidates those whose sector fits and that seek or offer a match type in common. */
bool Finder::findBySectorAndType(QSet<Id>& candidates)
{
    QVariantList sectors;
    for (const QString& s : std::as_const(m_mySectors)) {
        sectors << s;
    }
    QVariantList types;
    for (const QString& t : m_mine.types) {
        types << t;
    }
    if (!sectors.isEmpty() && !types.isEmpty()) {
        // A company: universities and institutes that offer the type and topics of its sector.
        // A university side: companies of a sector it offers topics in that seek a type it offers.
        const QString statement = m_company
            ? u"SELECT DISTINCT mt.organisation_id FROM organisation_match_types mt "
              "JOIN organisations o ON o.id = mt.organisation_id "
              "WHERE mt.side = 'offer' AND mt.type IN (%1) AND o.archived = 0 AND o.kind IN ('university', "
              "'institute') "
              "AND EXISTS (SELECT 1 FROM organisation_topics ot JOIN topics t ON t.id = ot.topic_id "
              "WHERE ot.organisation_id = o.id AND ot.side = 'offer' AND t.sector IN (%2))"_s
            : u"SELECT DISTINCT mt.organisation_id FROM organisation_match_types mt "
              "JOIN organisations o ON o.id = mt.organisation_id "
              "WHERE mt.side = 'need' AND mt.type IN (%1) AND o.archived = 0 AND o.kind = 'company' "
              "AND o.sector IN (%2)"_s;
        if (!sql::run(m_q, statement.arg(sql::placeholders(types.size()), sql::placeholders(sectors.size())),
                types + sectors, &m_error)) {
            return false;
        }
        while (sql::next(m_q, &m_error)) {
            candidates.insert(m_q.value(0).toLongLong());
        }
        if (!m_error.isEmpty()) {
            return false;
        }
    }
    return true;
}

/** Who they are; what they seek or offer; what is already under way or was turned down. */
bool Finder::readCandidates()
{
    const QString pairColumn = m_company ? u"university_id"_s : u"company_id"_s;
    const QString selfColumn = m_company ? u"company_id"_s : u"university_id"_s;
    if (!overChunks(
            m_q, u"SELECT "_s + partyColumns + u" FROM organisations o WHERE o.id IN (%1)"_s, {}, m_ids,
            [&](const QSqlQuery& r) { m_parties.insert(r.value(0).toLongLong(), partyFromRow(r)); }, &m_error)
        || !overChunks(
            m_q,
            u"SELECT organisation_id, type FROM organisation_match_types WHERE side = ? AND organisation_id IN (%1)"_s,
            {m_other}, m_ids,
            [&](const QSqlQuery& r) { m_theirTypes[r.value(0).toLongLong()] << r.value(1).toString(); }, &m_error)
        || (m_company
            && !overChunks(
                m_q,
                u"SELECT DISTINCT ot.organisation_id, t.sector FROM organisation_topics ot JOIN topics t ON "
                "t.id = ot.topic_id WHERE ot.side = 'offer' AND t.sector <> '' AND ot.organisation_id IN (%1)"_s,
                {}, m_ids,
                [&](const QSqlQuery& r) { m_theirSectors[r.value(0).toLongLong()].insert(r.value(1).toString()); },
                &m_error))
        || !overChunks(
            m_q,
            u"SELECT "_s + pairColumn + u" FROM matches WHERE "_s + selfColumn
                + u" = ? AND stage NOT IN ('completed', 'declined') AND "_s + pairColumn + u" IN (%1)"_s,
            {m_organisationId}, m_ids, [&](const QSqlQuery& r) { m_excluded.insert(r.value(0).toLongLong()); },
            &m_error)
        || !overChunks(
            m_q,
            u"SELECT "_s + pairColumn + u" FROM suggestion_rejections WHERE "_s + selfColumn + u" = ? AND "_s
                + pairColumn + u" IN (%1)"_s,
            {m_organisationId}, m_ids, [&](const QSqlQuery& r) { m_excluded.insert(r.value(0).toLongLong()); },
            &m_error)) {
        return false;
    }
    return true;
}

/**
 * What worked before: agreed or completed matches of the university side with companies of the
 * company's sector.
 */
bool Finder::readPast()
{
    if (m_company && !m_self.sector.isEmpty()) {
        if (!overChunks(
                m_q,
                u"SELECT m.university_id, m.type, count(*) FROM matches m JOIN organisations c ON c.id = m.company_id "
                "WHERE m.stage IN ('agreed', 'completed') AND c.sector = ? AND m.company_id <> ? "
                "AND m.university_id IN (%1) GROUP BY m.university_id, m.type"_s,
                {m_self.sector, m_organisationId}, m_ids,
                [&](const QSqlQuery& r) {
                    m_past[r.value(0).toLongLong()][r.value(1).toString()] = r.value(2).toInt();
                },
                &m_error)) {
            return false;
        }
    } else if (!m_company) {
        QHash<QString, QHash<QString, int>> bySector; // this university side's record per company sector
        if (!sql::run(m_q,
                u"SELECT c.sector, m.type, count(*) FROM matches m JOIN organisations c ON c.id = m.company_id "
                "WHERE m.university_id = ? AND m.stage IN ('agreed', 'completed') GROUP BY c.sector, m.type"_s,
                {m_organisationId}, &m_error)) {
            return false;
        }
        while (sql::next(m_q, &m_error)) {
            bySector[m_q.value(0).toString()][m_q.value(1).toString()] = m_q.value(2).toInt();
        }
        if (!m_error.isEmpty()) {
            return false;
        }
        for (Id id : std::as_const(m_ids)) {
            m_past.insert(id, bySector.value(m_parties.value(id).sector));
        }
    }
    return true;
}

/** The candidates neither excluded nor without a good enough reason, scored and explained. */
QList<Suggestion> Finder::suggestions()
{
    QList<Suggestion> result;
    for (Id id : std::as_const(m_ids)) {
        if (m_excluded.contains(id) || !m_parties.contains(id)) {
            continue;
        }
        const Party& p = m_parties[id];
        Suggestion s;
        s.organisationId = id;
        s.name = p.name;
        s.kind = p.kind;
        s.city = p.city;
        if (!explain(p, s)) {
            continue; // no reason good enough
        }
        result << s;
    }
    return result;
}

/** The reasons for @p s (the candidate @p p) and their score; false when none is good enough. */
bool Finder::explain(const Party& p, Suggestion& s) const
{
    const Id id = s.organisationId;
    for (Id topic : m_sharedTopicIds.value(id)) {
        s.sharedTopics << m_topicName.value(topic);
    }
    std::sort(s.sharedTopics.begin(), s.sharedTopics.end());
    for (const QString& t : m_mine.types) {
        if (m_theirTypes.value(id).contains(t)) {
            s.types << t;
        }
    }
    const QString companySector = m_company ? m_self.sector : p.sector;
    const bool sectorFits = !companySector.isEmpty()
        && (m_company ? m_theirSectors.value(id).contains(companySector) : m_mySectors.contains(companySector));
    const bool sameCity = !m_self.cityKey.isEmpty() && m_self.cityKey == p.cityKey;
    QStringList pastTypes;
    const QHash<QString, int> past = m_past.value(id);
    for (auto it = past.cbegin(); it != past.cend(); ++it) {
        s.pastMatches += it.value();
        pastTypes << it.key();
    }
    std::sort(pastTypes.begin(), pastTypes.end());
    if (s.sharedTopics.isEmpty() && !(sectorFits && !s.types.isEmpty())) {
        return false;
    }
    s.score = topicWeight * int(s.sharedTopics.size()) + typeWeight * int(s.types.size())
        + (sectorFits ? sectorWeight : 0) + (sameCity ? cityWeight : 0)
        + std::min(pastWeight * s.pastMatches, pastMost);
    if (!s.sharedTopics.isEmpty()) {
        s.reasons << Tr::tr("both: %1").arg(s.sharedTopics.join(u", "_s));
    }
    if (!s.types.isEmpty()) {
        s.reasons << (m_company ? Tr::tr("offers what is sought: %1") : Tr::tr("looks for what is offered: %1"))
                         .arg(typeLabels(s.types));
    }
    if (sectorFits) {
        const QString sector = vocab::label(vocab::List::Sector, companySector);
        s.reasons << (m_company ? Tr::tr("offers topics of the sector %1") : Tr::tr("a company of the sector %1"))
                         .arg(sector);
    }
    if (sameCity) {
        s.reasons << Tr::tr("also in %1").arg(p.city);
    }
    if (s.pastMatches > 0) {
        s.reasons << Tr::tr(
            "has already agreed or completed %n match(es) with companies of the sector %1 (%2)", nullptr, s.pastMatches)
                         .arg(vocab::label(vocab::List::Sector, companySector), typeLabels(pastTypes));
    }
    return true;
}

/** Most weighty first, then by name; at most @p limit (negative: all). */
void Finder::sortAndLimit(QList<Suggestion>& result, int limit)
{
    std::sort(result.begin(), result.end(), [&](const Suggestion& a, const Suggestion& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        const QString& ka = m_parties[a.organisationId].sortKey;
        const QString& kb = m_parties[b.organisationId].sortKey;
        return ka != kb ? ka < kb : a.organisationId < b.organisationId;
    });
    if (limit >= 0 && result.size() > limit) {
        result.resize(limit);
    }
}

} // namespace

Suggestions::Suggestions(Database& db)
    : m_db(db)
{ }

Result<QList<Suggestion>> Suggestions::forOrganisation(Id organisationId, int limit) const
{
    return Finder(m_db, organisationId).run(limit);
}

namespace {
/** (company, university side) of the pair @p a – @p b, or the error. */
bool orderPair(Database& db, Id a, Id b, Id* companyId, Id* universityId, QString* error)
{
    QSqlQuery q(db.connection());
    const auto kinds
        = sql::rows(q, u"SELECT id, kind FROM organisations WHERE id IN (?, ?)"_s, {a, b}, [](const QSqlQuery& r) {
              return std::pair{r.value(0).toLongLong(), r.value(1).toString()};
          });
    if (!kinds.ok(error)) {
        return false;
    }
    Id company = 0;
    Id university = 0;
    for (const auto& [id, kind] : *kinds) {
        if (kind == u"company"_s) {
            company = id;
        } else if (kind == u"university"_s || kind == u"institute"_s) {
            university = id;
        }
    }
    if (company == 0 || university == 0) {
        return fail(error, Tr::tr("A suggestion pairs a company with a university or an institute."));
    }
    *companyId = company;
    *universityId = university;
    return true;
}
} // namespace

bool Suggestions::reject(Id a, Id b, QString* error)
{
    return setRejected(a, b, true, error);
}

bool Suggestions::unreject(Id a, Id b, QString* error)
{
    return setRejected(a, b, false, error);
}

// The rejection and the company's audit row ("suggestion rejected: <university>") in one transaction,
// so that the company's history says who hid the pair and who brought it back.
bool Suggestions::setRejected(Id a, Id b, bool rejected, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    Id company = 0;
    Id university = 0;
    if (!orderPair(m_db, a, b, &company, &university, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    const bool written = rejected
        ? sql::run(q,
            u"INSERT INTO suggestion_rejections(company_id, university_id, rejected_at, user_name) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (company_id, university_id) DO UPDATE SET rejected_at = excluded.rejected_at, "
            "user_name = excluded.user_name"_s,
            {company, university, time::toStorage(time::now()), m_db.userName()}, error)
        : sql::run(q, u"DELETE FROM suggestion_rejections WHERE company_id = ? AND university_id = ?"_s,
            {company, university}, error);
    if (!written) {
        return false;
    }
    if (!rejected && q.numRowsAffected() == 0) {
        return tx.commit(error); // it was not rejected: nothing to say in the history
    }
    const auto names
        = sql::row(q, u"SELECT c.uuid, u.name FROM organisations c, organisations u WHERE c.id = ? AND u.id = ?"_s,
            {company, university}, [](const QSqlQuery& r) {
                return std::pair{r.value(0).toString(), r.value(1).toString()};
            });
    if (!names.ok(error)) {
        return false;
    }
    if (!names) {
        return fail(error, Tr::tr("The organisation no longer exists."));
    }
    const QString field = u"rejected_suggestion"_s;
    const QJsonObject change = rejected ? audit::diff({{field, QString()}}, {{field, names->second}})
                                        : audit::diff({{field, names->second}}, {{field, QString()}});
    return audit::record(m_db, entityCode(EntityKind::Organisation), company, names->first, u"update"_s, change, error)
        && tx.commit(error);
}

Result<QList<Suggestion>> Suggestions::rejected(Id organisationId) const
{
    QSqlQuery q(m_db.connection());
    return sql::rows(q,
        u"SELECT o.id, o.name, o.kind, o.city FROM suggestion_rejections r JOIN organisations o "
        "ON o.id = CASE WHEN r.company_id = ? THEN r.university_id ELSE r.company_id END "
        "WHERE r.company_id = ? OR r.university_id = ? ORDER BY o.sort_key, o.id"_s,
        {organisationId, organisationId, organisationId}, [](const QSqlQuery& r) {
            Suggestion s;
            s.organisationId = r.value(0).toLongLong();
            s.name = r.value(1).toString();
            s.kind = r.value(2).toString();
            s.city = r.value(3).toString();
            return s;
        });
}

bool Suggestions::accept(
    Id organisationId, const Suggestion& suggestion, const QString& type, Id staffId, Id* matchId, QString* error)
{
    Match m;
    if (!orderPair(m_db, organisationId, suggestion.organisationId, &m.companyId, &m.universityId, error)) {
        return false;
    }
    m.type = type;
    if (m.type.isEmpty()) {
        m.type = suggestion.types.value(0);
    }
    if (m.type.isEmpty()) {
        const auto needs = NeedsOffersRepository(m_db).of(m.companyId, NeedsOffers::Side::Need);
        if (!needs.ok(error)) {
            return false;
        }
        m.type = needs->types.value(0, u"internship"_s);
    }
    m.stage = u"proposed"_s;
    m.staffId = staffId;
    m.title = suggestion.sharedTopics.join(u", "_s);
    if (!MatchRepository(m_db).save(m, error)) {
        return false;
    }
    if (matchId) {
        *matchId = m.id;
    }
    return true;
}

} // namespace kmuni
