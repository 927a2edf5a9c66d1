// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NeedsOffers.h"
#include "common/EntityKind.h"

#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::NeedsOffers)
};

Topic topicFromRow(const QSqlQuery& q)
{
    return Topic{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

QString describe(const NeedsOffers& value)
{
    QStringList parts;
    for (const Topic& t : value.topics) {
        parts << t.name;
    }
    for (const QString& type : value.types) {
        parts << vocab::label(vocab::List::MatchType, type);
    }
    return parts.join(u", "_s);
}

using Keyword = std::pair<QVariant, QString>; // topic id or match type, folded word part

/** The keywords of @p statement (rows of a topic id or match type, then a word part), folded. */
Result<QList<Keyword>> readKeywords(QSqlQuery& q, const QString& statement)
{
    return sql::rows(q, statement, {}, [](const QSqlQuery& r) { return Keyword{r.value(0), r.value(1).toString()}; });
}

/** An organisation takeOverNotes() may add topics or types to, with its folded texts. */
struct Candidate
{
    Id id = 0;
    QString kind;
    QString needs;
    QString offerText; // name, offers and notes
    QString typeText; // offers and notes
    bool hasNeedTopics = false;
    bool hasOfferTopics = false;
    bool hasNeedTypes = false;
    bool hasOfferTypes = false;
};

/** The companies with needs, the universities and the institutes, with what they have of each side. */
Result<QList<Candidate>> readCandidates(QSqlQuery& q)
{
    return sql::rows(q,
        u"SELECT o.id, o.kind, o.needs, o.name || ' ' || o.offers || ' ' || o.notes, o.offers || ' ' || o.notes, "
        "EXISTS (SELECT 1 FROM organisation_topics x WHERE x.organisation_id = o.id AND x.side = 'need'), "
        "EXISTS (SELECT 1 FROM organisation_topics x WHERE x.organisation_id = o.id AND x.side = 'offer'), "
        "EXISTS (SELECT 1 FROM organisation_match_types x WHERE x.organisation_id = o.id AND x.side = 'need'), "
        "EXISTS (SELECT 1 FROM organisation_match_types x WHERE x.organisation_id = o.id AND x.side = 'offer') "
        "FROM organisations o WHERE (o.kind = 'company' AND o.needs <> '') OR o.kind IN ('university', 'institute')"_s,
        {}, [](const QSqlQuery& r) {
            return Candidate{r.value(0).toLongLong(), r.value(1).toString(), fold::forIndex(r.value(2).toString()),
                fold::forIndex(r.value(3).toString()), fold::forIndex(r.value(4).toString()), r.value(5).toBool(),
                r.value(6).toBool(), r.value(7).toBool(), r.value(8).toBool()};
        });
}

// The statements that give a side of an organisation a topic and a match type, once each.
const QString addTopic
    = u"INSERT OR IGNORE INTO organisation_topics(organisation_id, side, topic_id) VALUES (?, ?, ?)"_s;
const QString addType
    = u"INSERT OR IGNORE INTO organisation_match_types(organisation_id, side, type) VALUES (?, ?, ?)"_s;

/** Runs @p statement for each of @p words that @p text contains: organisation @p id's @p side has it. */
bool addKeywords(QSqlQuery& q, const QString& statement, const QList<Keyword>& words, Id id, const QString& side,
    const QString& text, QString* error)
{
    for (const auto& [value, keyword] : words) {
        if (text.contains(keyword) && !sql::run(q, statement, {id, side, value}, error)) {
            return false;
        }
    }
    return true;
}

/** The topics and types named in @p c's text, for the side (of its kind) that has none yet. */
bool takeOverCandidate(
    QSqlQuery& q, const Candidate& c, const QList<Keyword>& topics, const QList<Keyword>& types, QString* error)
{
    const bool company = c.kind == u"company"_s;
    return company ? (c.hasNeedTopics || addKeywords(q, addTopic, topics, c.id, u"need"_s, c.needs, error))
            && (c.hasNeedTypes || addKeywords(q, addType, types, c.id, u"need"_s, c.needs, error))
                   : (c.hasOfferTopics || addKeywords(q, addTopic, topics, c.id, u"offer"_s, c.offerText, error))
            && (c.hasOfferTypes || addKeywords(q, addType, types, c.id, u"offer"_s, c.typeText, error));
}

/** The match types each institute offers by its institute type. */
bool addInstituteOffers(QSqlQuery& q, QString* error)
{
    // What each kind of institute offers in any case.
    static const QList<std::pair<QString, QString>> instituteOffers
        = {{u"career_service"_s, u"internship"_s}, {u"career_service"_s, u"working_student"_s},
            {u"career_service"_s, u"graduate_job"_s}, {u"transfer_office"_s, u"research_cooperation"_s},
            {u"transfer_office"_s, u"funding_application"_s}, {u"faculty"_s, u"thesis"_s},
            {u"faculty"_s, u"student_project"_s}, {u"chair"_s, u"thesis"_s}, {u"chair"_s, u"research_cooperation"_s},
            {u"research_institute"_s, u"research_cooperation"_s}, {u"research_institute"_s, u"thesis"_s}};
    const auto instituteTypes = sql::rows(
        q, u"SELECT id, institute_type FROM organisations WHERE kind = 'institute'"_s, {}, [](const QSqlQuery& r) {
            return std::pair{r.value(0).toLongLong(), r.value(1).toString()};
        });
    if (instituteTypes.failed()) {
        return fail(error, instituteTypes.error());
    }
    for (const auto& [id, instituteType] : *instituteTypes) {
        for (const auto& [kind, type] : instituteOffers) {
            if (kind == instituteType && !sql::run(q, addType, {id, u"offer"_s, type}, error)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

QStringList NeedsOffers::topicNames() const
{
    QStringList names;
    for (const Topic& t : topics) {
        names << t.name;
    }
    return names;
}

QStringList NeedsOffers::typeLabels() const
{
    QStringList labels;
    for (const QString& t : types) {
        labels << vocab::label(vocab::List::MatchType, t);
    }
    return labels;
}

NeedsOffers::Side NeedsOffers::sideOf(const QString& kind)
{
    return kind == u"company"_s ? Side::Need : Side::Offer;
}

QString NeedsOffers::code(Side side)
{
    return side == Side::Need ? u"need"_s : u"offer"_s;
}

NeedsOffersRepository::NeedsOffersRepository(Database& db)
    : m_db(db)
{ }

Result<QList<Topic>> NeedsOffersRepository::topics() const
{
    QSqlQuery q(m_db.connection());
    return sql::rows(q, u"SELECT id, name, sector FROM topics ORDER BY sort_key"_s, {}, topicFromRow);
}

Result<Topic> NeedsOffersRepository::topicNamed(const QString& name, const QString& sector, QString* error)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return Result<Topic>::failure(Tr::tr("A topic needs a name."));
    }
    QSqlQuery q(m_db.connection());
    const QString key = fold::sortKey(trimmed);
    auto found = sql::row(q, u"SELECT id, name, sector FROM topics WHERE sort_key = ?"_s, {key}, topicFromRow);
    if (found || found.failed()) {
        return found;
    }
    Topic t{0, trimmed, sector};
    if (!sql::insert(q, u"topics"_s,
            sql::Columns{{u"uuid"_s, newUuid()}, {u"name"_s, t.name}, {u"sort_key"_s, key}, {u"sector"_s, t.sector},
                {u"created_at"_s, time::toStorage(time::now())}},
            &t.id, error)) {
        return Result<Topic>::failure(error ? *error : QString());
    }
    return t;
}

Result<NeedsOffers> NeedsOffersRepository::of(Id organisationId, NeedsOffers::Side side) const
{
    QSqlQuery q(m_db.connection());
    const QString code = NeedsOffers::code(side);
    const auto topics = sql::rows(q,
        u"SELECT t.id, t.name, t.sector FROM organisation_topics ot JOIN topics t ON t.id = ot.topic_id "
        "WHERE ot.organisation_id = ? AND ot.side = ? ORDER BY t.sort_key"_s,
        {organisationId, code}, topicFromRow);
    if (topics.failed()) {
        return Result<NeedsOffers>::failure(topics.error());
    }
    const auto types = sql::rows(q,
        u"SELECT type FROM organisation_match_types WHERE organisation_id = ? AND side = ? ORDER BY type"_s,
        {organisationId, code}, [](const QSqlQuery& r) { return r.value(0).toString(); });
    if (types.failed()) {
        return Result<NeedsOffers>::failure(types.error());
    }
    NeedsOffers result{*topics, {}};
    // In the vocabulary's order, not the codes' alphabet.
    for (const QString& type : vocab::codes(vocab::List::MatchType)) {
        if (types->contains(type)) {
            result.types << type;
        }
    }
    return result;
}

bool NeedsOffersRepository::set(Id organisationId, NeedsOffers::Side side, const NeedsOffers& value, QString* error)
{
    for (const QString& type : value.types) {
        if (!vocab::contains(vocab::List::MatchType, type)) {
            return fail(error, Tr::tr("Unknown match type \"%1\".").arg(type));
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    if (!sql::lockRow(m_db, u"organisations"_s, organisationId, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    const auto uuid = sql::row(q, u"SELECT uuid FROM organisations WHERE id = ?"_s, {organisationId},
        [](const QSqlQuery& r) { return r.value(0).toString(); });
    if (!uuid.ok(error)) {
        return false;
    }
    if (!uuid) {
        return fail(error, Tr::tr("The organisation no longer exists."));
    }
    const auto before = of(organisationId, side);
    if (!before.ok(error)) {
        return false;
    }
    const QString code = NeedsOffers::code(side);
    if (!sql::run(q, u"DELETE FROM organisation_topics WHERE organisation_id = ? AND side = ?"_s,
            {organisationId, code}, error)
        || !sql::run(q, u"DELETE FROM organisation_match_types WHERE organisation_id = ? AND side = ?"_s,
            {organisationId, code}, error)) {
        return false;
    }
    for (const Topic& t : value.topics) {
        if (!sql::run(q, addTopic, {organisationId, code, t.id}, error)) {
            return false;
        }
    }
    for (const QString& type : value.types) {
        if (!sql::run(q, addType, {organisationId, code, type}, error)) {
            return false;
        }
    }
    const auto after = of(organisationId, side);
    if (!after.ok(error)) {
        return false;
    }
    const QString field = side == NeedsOffers::Side::Need ? u"need_topics"_s : u"offer_topics"_s;
    const QJsonObject changes = audit::diff({{field, describe(*before)}}, {{field, describe(*after)}});
    if (!changes.isEmpty()
        && !audit::record(
            m_db, entityCode(EntityKind::Organisation), organisationId, *uuid, u"update"_s, changes, error)) {
        return false;
    }
    return tx.commit(error);
}

bool NeedsOffersRepository::takeOverNotes(QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    // The same take-over migration 4 did for the data it found (db/migrations/004_needs_offers.sql),
    // for organisations without topics or types of that side yet. The text is folded here, by the
    // same code as the search's, so that it works alike on a file and on a server.
    QSqlQuery q(m_db.connection());
    const auto topics = readKeywords(q, u"SELECT topic_id, keyword FROM topic_keywords"_s);
    const auto types = readKeywords(q, u"SELECT type, keyword FROM match_type_keywords"_s);
    const auto candidates = readCandidates(q);
    for (const auto* read : {&topics.error(), &types.error(), &candidates.error()}) {
        if (!read->isEmpty()) {
            return fail(error, *read);
        }
    }
    for (const Candidate& c : *candidates) {
        if (!takeOverCandidate(q, c, *topics, *types, error)) {
            return false;
        }
    }
    return addInstituteOffers(q, error) && tx.commit(error);
}

} // namespace kmuni
