// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suggestions.h"

#include "MatchRepository.h"
#include "NeedsOffers.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
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

} // namespace

Suggestions::Suggestions(Database& db)
    : m_db(db)
{ }

Result<QList<Suggestion>> Suggestions::forOrganisation(Id organisationId, int limit) const
{
    using R = Result<QList<Suggestion>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString error;
    const auto self
        = sql::row(q, u"SELECT "_s + partyColumns + u" FROM organisations o WHERE o.id = ? AND o.kind <> 'partner'"_s,
            {organisationId}, partyFromRow);
    if (self.failed()) {
        return R::failure(self.error());
    }
    if (!self) {
        return QList<Suggestion>();
    }
    const bool company = self->kind == u"company"_s;
    const NeedsOffers::Side side = NeedsOffers::sideOf(self->kind);
    const NeedsOffers::Side otherSide = company ? NeedsOffers::Side::Offer : NeedsOffers::Side::Need;
    const QString other = NeedsOffers::code(otherSide);
    const auto mine = NeedsOffersRepository(m_db).of(organisationId, side);
    if (mine.failed()) {
        return R::failure(mine.error());
    }
    QSet<QString> mySectors; // a company's sector; the sectors of the topics an institute offers
    if (company && !self->sector.isEmpty()) {
        mySectors.insert(self->sector);
    }
    QHash<Id, QString> topicName;
    QVariantList topicIds;
    for (const Topic& t : mine->topics) {
        topicName.insert(t.id, t.name);
        topicIds << t.id;
        if (!company && !t.sector.isEmpty()) {
            mySectors.insert(t.sector);
        }
    }
    const QString kinds = company ? u"('university', 'institute')"_s : u"('company')"_s;

    // Candidates: a shared topic, or (the sector fits and a match type is sought and offered).
    QHash<Id, Suggestion> found;
    QHash<Id, QList<Id>> sharedTopicIds;
    if (!topicIds.isEmpty()) {
        if (!sql::run(q,
                u"SELECT ot.organisation_id, ot.topic_id FROM organisation_topics ot "
                "JOIN organisations o ON o.id = ot.organisation_id WHERE ot.side = ? AND ot.topic_id IN ("_s
                    + sql::placeholders(topicIds.size()) + u") AND o.archived = 0 AND o.kind IN "_s + kinds,
                QVariantList{other} + topicIds, &error)) {
            return R::failure(error);
        }
        while (sql::next(q, &error)) {
            sharedTopicIds[q.value(0).toLongLong()] << q.value(1).toLongLong();
        }
        if (!error.isEmpty()) {
            return R::failure(error);
        }
    }
    QSet<Id> candidates(sharedTopicIds.keyBegin(), sharedTopicIds.keyEnd());
    QVariantList sectors;
    for (const QString& s : std::as_const(mySectors)) {
        sectors << s;
    }
    QVariantList types;
    for (const QString& t : mine->types) {
        types << t;
    }
    if (!sectors.isEmpty() && !types.isEmpty()) {
        // A company: universities and institutes that offer the type and topics of its sector.
        // A university side: companies of a sector it offers topics in that seek a type it offers.
        const QString statement = company
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
        if (!sql::run(q, statement.arg(sql::placeholders(types.size()), sql::placeholders(sectors.size())),
                types + sectors, &error)) {
            return R::failure(error);
        }
        while (sql::next(q, &error)) {
            candidates.insert(q.value(0).toLongLong());
        }
        if (!error.isEmpty()) {
            return R::failure(error);
        }
    }
    candidates.remove(organisationId);
    if (candidates.isEmpty()) {
        return QList<Suggestion>();
    }
    QList<Id> ids(candidates.cbegin(), candidates.cend());
    std::sort(ids.begin(), ids.end());

    // Who they are; what they seek or offer; what is already under way or was turned down.
    QHash<Id, Party> parties;
    QHash<Id, QStringList> theirTypes;
    QHash<Id, QSet<QString>> theirSectors; // the sectors of the topics a university side offers
    QSet<Id> excluded;
    const QString pairColumn = company ? u"university_id"_s : u"company_id"_s;
    const QString selfColumn = company ? u"company_id"_s : u"university_id"_s;
    if (!overChunks(
            q, u"SELECT "_s + partyColumns + u" FROM organisations o WHERE o.id IN (%1)"_s, {}, ids,
            [&](const QSqlQuery& r) { parties.insert(r.value(0).toLongLong(), partyFromRow(r)); }, &error)
        || !overChunks(
            q,
            u"SELECT organisation_id, type FROM organisation_match_types WHERE side = ? AND organisation_id IN (%1)"_s,
            {other}, ids, [&](const QSqlQuery& r) { theirTypes[r.value(0).toLongLong()] << r.value(1).toString(); },
            &error)
        || (company
            && !overChunks(
                q,
                u"SELECT DISTINCT ot.organisation_id, t.sector FROM organisation_topics ot JOIN topics t ON "
                "t.id = ot.topic_id WHERE ot.side = 'offer' AND t.sector <> '' AND ot.organisation_id IN (%1)"_s,
                {}, ids,
                [&](const QSqlQuery& r) { theirSectors[r.value(0).toLongLong()].insert(r.value(1).toString()); },
                &error))
        || !overChunks(
            q,
            u"SELECT "_s + pairColumn + u" FROM matches WHERE "_s + selfColumn
                + u" = ? AND stage NOT IN ('completed', 'declined') AND "_s + pairColumn + u" IN (%1)"_s,
            {organisationId}, ids, [&](const QSqlQuery& r) { excluded.insert(r.value(0).toLongLong()); }, &error)
        || !overChunks(
            q,
            u"SELECT "_s + pairColumn + u" FROM suggestion_rejections WHERE "_s + selfColumn + u" = ? AND "_s
                + pairColumn + u" IN (%1)"_s,
            {organisationId}, ids, [&](const QSqlQuery& r) { excluded.insert(r.value(0).toLongLong()); }, &error)) {
        return R::failure(error);
    }

    // What worked before: agreed or completed matches of the university side with companies of the
    // company's sector.
    QHash<Id, QHash<QString, int>> past; // university side → type → count
    if (company && !self->sector.isEmpty()) {
        if (!overChunks(
                q,
                u"SELECT m.university_id, m.type, count(*) FROM matches m JOIN organisations c ON c.id = m.company_id "
                "WHERE m.stage IN ('agreed', 'completed') AND c.sector = ? AND m.company_id <> ? "
                "AND m.university_id IN (%1) GROUP BY m.university_id, m.type"_s,
                {self->sector, organisationId}, ids,
                [&](const QSqlQuery& r) { past[r.value(0).toLongLong()][r.value(1).toString()] = r.value(2).toInt(); },
                &error)) {
            return R::failure(error);
        }
    } else if (!company) {
        QHash<QString, QHash<QString, int>> bySector; // this university side's record per company sector
        if (!sql::run(q,
                u"SELECT c.sector, m.type, count(*) FROM matches m JOIN organisations c ON c.id = m.company_id "
                "WHERE m.university_id = ? AND m.stage IN ('agreed', 'completed') GROUP BY c.sector, m.type"_s,
                {organisationId}, &error)) {
            return R::failure(error);
        }
        while (sql::next(q, &error)) {
            bySector[q.value(0).toString()][q.value(1).toString()] = q.value(2).toInt();
        }
        if (!error.isEmpty()) {
            return R::failure(error);
        }
        for (Id id : std::as_const(ids)) {
            past.insert(id, bySector.value(parties.value(id).sector));
        }
    }

    QList<Suggestion> result;
    for (Id id : std::as_const(ids)) {
        if (excluded.contains(id) || !parties.contains(id)) {
            continue;
        }
        const Party& p = parties[id];
        Suggestion s;
        s.organisationId = id;
        s.name = p.name;
        s.kind = p.kind;
        s.city = p.city;
        for (Id topic : sharedTopicIds.value(id)) {
            s.sharedTopics << topicName.value(topic);
        }
        std::sort(s.sharedTopics.begin(), s.sharedTopics.end());
        for (const QString& t : mine->types) {
            if (theirTypes.value(id).contains(t)) {
                s.types << t;
            }
        }
        const QString companySector = company ? self->sector : p.sector;
        const bool sectorFits = !companySector.isEmpty()
            && (company ? theirSectors.value(id).contains(companySector) : mySectors.contains(companySector));
        const bool sameCity = !self->cityKey.isEmpty() && self->cityKey == p.cityKey;
        QStringList pastTypes;
        for (auto it = past.value(id).cbegin(); it != past.value(id).cend(); ++it) {
            s.pastMatches += it.value();
            pastTypes << it.key();
        }
        std::sort(pastTypes.begin(), pastTypes.end());
        if (s.sharedTopics.isEmpty() && !(sectorFits && !s.types.isEmpty())) {
            continue; // no reason good enough
        }
        s.score = topicWeight * int(s.sharedTopics.size()) + typeWeight * int(s.types.size())
            + (sectorFits ? sectorWeight : 0) + (sameCity ? cityWeight : 0)
            + std::min(pastWeight * s.pastMatches, pastMost);
        if (!s.sharedTopics.isEmpty()) {
            s.reasons << Tr::tr("both: %1").arg(s.sharedTopics.join(u", "_s));
        }
        if (!s.types.isEmpty()) {
            s.reasons << (company ? Tr::tr("offers what is sought: %1") : Tr::tr("looks for what is offered: %1"))
                             .arg(typeLabels(s.types));
        }
        if (sectorFits) {
            const QString sector = vocab::label(vocab::List::Sector, companySector);
            s.reasons << (company ? Tr::tr("offers topics of the sector %1") : Tr::tr("a company of the sector %1"))
                             .arg(sector);
        }
        if (sameCity) {
            s.reasons << Tr::tr("also in %1").arg(p.city);
        }
        if (s.pastMatches > 0) {
            s.reasons << Tr::tr("has already agreed or completed %n match(es) with companies of the sector %1 (%2)",
                nullptr, s.pastMatches)
                             .arg(vocab::label(vocab::List::Sector, companySector), typeLabels(pastTypes));
        }
        result << s;
    }
    std::sort(result.begin(), result.end(), [&](const Suggestion& a, const Suggestion& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        const QString& ka = parties[a.organisationId].sortKey;
        const QString& kb = parties[b.organisationId].sortKey;
        return ka != kb ? ka < kb : a.organisationId < b.organisationId;
    });
    if (limit >= 0 && result.size() > limit) {
        result.resize(limit);
    }
    return result;
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
    Id company = 0;
    Id university = 0;
    if (!orderPair(m_db, a, b, &company, &university, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    return sql::run(q,
        u"INSERT INTO suggestion_rejections(company_id, university_id, rejected_at, user_name) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (company_id, university_id) DO UPDATE SET rejected_at = excluded.rejected_at, "
        "user_name = excluded.user_name"_s,
        {company, university, time::toStorage(time::now()), m_db.userName()}, error);
}

bool Suggestions::unreject(Id a, Id b, QString* error)
{
    Id company = 0;
    Id university = 0;
    if (!orderPair(m_db, a, b, &company, &university, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    return sql::run(q, u"DELETE FROM suggestion_rejections WHERE company_id = ? AND university_id = ?"_s,
        {company, university}, error);
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
