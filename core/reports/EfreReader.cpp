// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reading the EFRE report from the database (EfreReport::build()): one snapshot, six steps, each a
// method of EfreReader, each reading what the next one needs. What was read becomes the report's
// lists here and its indicators in EfreIndicators.cpp.
#include "EfreTallies.h"

#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Statement.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni::reports {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EfreReport)
};

using sqlite::Statement;

// Berlin wall-time keys as stored: "2026-11-26T14:30". The period [from, to] is
// [from "T00:00", day after to) in this order, so that 23:30 on the last day is in and 00:30 on the
// next day is out, whatever UTC offset summer time gives.
QString startKey(const QDate& day)
{
    return time::dateToStorage(day);
}
QString endKey(const QDate& day)
{
    return time::dateToStorage(day.addDays(1));
}

// "2026-11-26T14:30" → minutes since year 0, enough to order and to take the day of. Keys come in
// time order: the day of the previous key is kept, one date conversion per day instead of per key.
class MinuteOf
{
public:
    qint64 operator()(QByteArrayView key)
    {
        if (key.size() < 16) {
            return 0;
        }
        const auto n = [&](int at, int len) {
            int v = 0;
            for (int i = at; i < at + len; ++i) {
                v = v * 10 + (key[i] - '0');
            }
            return v;
        };
        if (key.first(10) != QByteArrayView(m_day, 10)) {
            std::copy_n(key.data(), 10, m_day);
            m_days = QDate(n(0, 4), n(5, 2), n(8, 2)).toJulianDay();
        }
        return m_days * 1440 + n(11, 2) * 60 + n(14, 2);
    }

private:
    char m_day[10] = {};
    qint64 m_days = 0;
};
QDate dayOfMinute(qint64 minute)
{
    return QDate::fromJulianDay(minute / 1440);
}

struct OrgInfo
{
    QString kind;
    QString name;
    QString sortKey;
    QString city;
    QString sector;
    bool sme = false;
    bool pilot = false;
    bool archived = false;
};

struct CompanyTally
{
    qint64 first = 0;
    qint64 last = 0;
    int contacts = 0;
    quint64 partners = 0; // bit i: partner i of the partner list
};

constexpr int maxPartners = 64;
// Many ids: one pass over the table is cheaper than a lookup each.
constexpr qsizetype bulk = 4000;

// The participants' rows come in the order of the events list: a cursor finds each activity; a hash
// only when the orders differ (keys with seconds, say).
class EventCursor
{
public:
    explicit EventCursor(const QList<EventInfo>& events)
        : m_events(events)
    { }

    const EventInfo* find(Id id)
    {
        const qsizetype end = std::min(m_events.size(), m_cursor + 8);
        for (qsizetype k = m_cursor; k < end; ++k) {
            if (m_events[k].id == id) {
                m_cursor = k + 1;
                return &m_events[k];
            }
        }
        if (m_eventAt.isEmpty()) {
            m_eventAt.reserve(m_events.size());
            for (qsizetype k = 0; k < m_events.size(); ++k) {
                m_eventAt.insert(m_events[k].id, k);
            }
        }
        const auto at = m_eventAt.constFind(id);
        if (at == m_eventAt.constEnd()) {
            return nullptr;
        }
        m_cursor = *at + 1;
        return &m_events[*at];
    }

private:
    const QList<EventInfo>& m_events;
    qsizetype m_cursor = 0;
    QHash<Id, qsizetype> m_eventAt;
};

/** One reading of the report: the steps in order, what each read kept for the next. */
class EfreReader
{
public:
    EfreReader(Database& db, const Period& period, const std::function<bool(int, int)>& progress)
        : m_db(db)
        , m_period(period)
        , m_progress(progress)
    { }

    Result<EfreReport> read();

private:
    static constexpr int steps = 6;
    /** The next step, unless a statement failed or the user cancelled. */
    bool advance() { return m_readError.isEmpty() && (!m_progress || m_progress(++m_step, steps)); }
    /** Nothing (cancelled by the user), or the first failure of a statement. */
    Result<EfreReport> cancelled() const
    {
        return m_readError.isEmpty() ? Result<EfreReport>() : Result<EfreReport>::failure(m_readError);
    }
    /** Runs a statement of the snapshot's frame (BEGIN, COMMIT); its error, or empty. */
    QString run(const char* statement);

    // The steps.
    void readPartners();
    void readCitiesStaffAndTypes();
    void readEvents();
    bool readParticipants();
    void prepareOrgSlots();
    bool readParticipantRows();
    void addParticipant(const Statement& q, quint64& mask, QVarLengthArray<qsizetype, 8>& eventOrgs);
    void tallyEvent(qint64 minute, quint64 mask, QVarLengthArray<qsizetype, 8>& eventOrgs);
    void sortParticipants();
    void readMatchSteps();
    void assemble();
    void addNotes();

    // Organisations, looked up once each.
    static OrgInfo readOrg(const Statement& q, int first);
    const OrgInfo& org(Id id);
    void loadOrgs(std::vector<Id>& ids);
    QString kindOf(Id id) const;
    qint32& slot(Id id);

    Database& m_db;
    const Period m_period;
    const std::function<bool(int, int)>& m_progress;
    int m_step = 0;
    // The first failure of any statement (locked, damaged, interrupted): a report that could not
    // read everything is no report, never one with lower numbers.
    QString m_readError;
    EfreReport m_r;
    bool m_counting = false;
    QString m_from; ///< the counted period as keys
    QString m_to;

    QList<PartnerInfo> m_partners;
    QHash<Id, int> m_partnerIndex;
    QHash<Id, OrgInfo> m_orgs;
    std::optional<Statement> m_orgLookup;
    QStringList m_cities;
    QHash<Id, int> m_staffPartner;
    QStringList m_eventTypes;
    QList<QByteArray> m_typeCodes;
    QList<RowRef> m_excludedRows;
    QList<EventInfo> m_events; ///< in time order, then by id
    // Per organisation id: its tally (>= 0), not seen yet (-1) or partner i (-2 - i). A vector, not
    // a hash: it is read once per participant row.
    std::vector<qint32> m_orgSlot;
    QList<Id> m_tallyIds;
    QList<CompanyTally> m_tallies;
    std::vector<Id> m_personIds;
    std::vector<Id> m_staffIds;
    QHash<QString, QList<Id>> m_personsBySide; ///< company, university, partner, other
    QHash<Id, CompanyTally> m_companies;
};

QString EfreReader::run(const char* statement)
{
    if (m_db.isServer()) {
        QSqlQuery q(m_db.connection());
        return q.exec(QString::fromLatin1(statement)) ? QString() : sql::message(q.lastError());
    }
    sqlite3* h = m_db.handle();
    return sqlite3_exec(h, statement, nullptr, nullptr, nullptr) == SQLITE_OK ? QString()
                                                                              : QString::fromUtf8(sqlite3_errmsg(h));
}

Result<EfreReport> EfreReader::read()
{
    // Every statement reads one snapshot: a write committed meanwhile (another window, another
    // office, an import) is either wholly in the report or not at all, never its activity without
    // its participants. On a server: one read-only transaction that sees one state of the data.
    const bool ownSnapshot
        = m_db.isServer() ? m_db.transactionDepth() == 0 : sqlite3_get_autocommit(m_db.handle()) != 0;
    if (ownSnapshot) {
        const QString failed
            = run(m_db.isServer() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN DEFERRED");
        if (!failed.isEmpty()) {
            return Result<EfreReport>::failure(failed);
        }
    }
    const auto endSnapshot = qScopeGuard([&] {
        if (ownSnapshot) {
            run("COMMIT");
        }
    });
    auto project = ProjectSettings::load(m_db);
    if (project.failed()) {
        return Result<EfreReport>::failure(project.error());
    }
    m_r.project = *project;
    m_r.requested = m_period;
    m_r.generatedAt = time::now();
    m_r.counted = m_period;
    if (m_r.project.hasApprovedPeriod() && m_period.isValid()) {
        m_r.counted
            = {std::max(m_period.from, m_r.project.approvedFrom), std::min(m_period.to, m_r.project.approvedTo)};
    }
    // Hundreds of thousands of rows from several tables: a page cache that holds them for the
    // duration (64 MiB at most, given back afterwards).
    const sqlite::ScopedPragma cache(m_db.handle(), "cache_size", -65536);

    readPartners();
    readCitiesStaffAndTypes();
    if (!advance()) {
        return cancelled();
    }
    readEvents();
    if (!advance()) {
        return cancelled();
    }
    if (!readParticipants() || !advance()) {
        return cancelled();
    }
    sortParticipants();
    if (!advance()) {
        return cancelled();
    }
    readMatchSteps();
    if (!advance()) {
        return cancelled();
    }
    assemble();
    addNotes();
    if (!advance()) {
        return cancelled();
    }
    return Result<EfreReport>(std::move(m_r));
}

// The partners (in name order) with their report codes. Codes are unique in the report: a clash of
// two default codes (the settings refuse it for chosen ones) gets "_2", "_3" in name order.
void EfreReader::readPartners()
{
    QSet<QString> codes;
    for (const ProjectSettings::PartnerCode& p : std::as_const(m_r.project.partners)) {
        if (m_partners.size() >= maxPartners) {
            break;
        }
        QString code = p.effective();
        for (int n = 2; codes.contains(code); ++n) {
            code = p.effective() + u'_' + QString::number(n);
        }
        codes.insert(code);
        m_partnerIndex.insert(p.organisationId, int(m_partners.size()));
        m_partners << PartnerInfo{p.organisationId, p.name, code};
        m_orgs.insert(p.organisationId, OrgInfo{u"partner"_s, p.name, {}, {}, {}, false, false, false});
    }
}

// The cities of all companies, which partner each staff member works for, the activity types.
void EfreReader::readCitiesStaffAndTypes()
{
    {
        Statement q(m_db, "SELECT DISTINCT city FROM organisations WHERE kind = 'company' ORDER BY city", &m_readError);
        while (q.next()) {
            m_cities << q.text(0);
        }
    }
    {
        Statement q(m_db, "SELECT id, partner_id FROM staff WHERE partner_id IS NOT NULL", &m_readError);
        while (q.next()) {
            m_staffPartner.insert(q.int64(0), m_partnerIndex.value(q.int64(1), -1));
        }
    }
    m_eventTypes = vocab::codes(vocab::List::EventType);
    for (const QString& type : std::as_const(m_eventTypes)) {
        m_typeCodes << type.toUtf8();
    }
}

// Activities in the requested period, and those of them outside the approved period.
void EfreReader::readEvents()
{
    m_counting = m_r.counted.isValid();
    m_from = startKey(m_r.counted.from);
    m_to = endKey(m_r.counted.to);
    if (m_period.isValid() && m_r.counted != m_period) {
        // Before and after the counted part of the requested period (either may be empty).
        Statement q(m_db,
            "SELECT id FROM events WHERE starts_local >= ? AND starts_local < ? "
            "AND (starts_local < ? OR starts_local >= ?) ORDER BY starts_local, id",
            &m_readError);
        q.bind(1, startKey(m_period.from)).bind(2, endKey(m_period.to));
        q.bind(3, m_counting ? m_from : endKey(m_period.to)).bind(4, m_counting ? m_to : endKey(m_period.to));
        while (q.next()) {
            m_excludedRows << RowRef{RowKind::Event, q.int64(0)};
        }
    }
    // A handful of codes: comparing is cheaper than hashing.
    const auto typeIndex = [this](QByteArrayView code) {
        for (qsizetype i = 0; i < m_typeCodes.size(); ++i) {
            if (code == m_typeCodes[i]) {
                return int(i);
            }
        }
        return -1;
    };
    // In time order (then by id), the order in which the participants are read next.
    if (m_counting) {
        Statement q(m_db,
            "SELECT id, starts_local, type, time_spent_min, logged_by_staff_id FROM events "
            "WHERE starts_local >= ? AND starts_local < ?",
            &m_readError);
        q.bind(1, m_from).bind(2, m_to);
        MinuteOf minuteOf;
        while (q.next()) {
            EventInfo e;
            e.id = q.int64(0);
            e.minute = minuteOf(q.bytes(1));
            e.type = typeIndex(q.bytes(2));
            e.timeSpent = int(q.int64(3));
            e.loggerPartner = q.isNull(4) ? -1 : m_staffPartner.value(q.int64(4), -1);
            m_events << e;
        }
        std::sort(m_events.begin(), m_events.end(), [](const EventInfo& a, const EventInfo& b) {
            return a.minute != b.minute ? a.minute < b.minute : a.id < b.id;
        });
    }
    m_r.excludedEvents = int(m_excludedRows.size());
}

OrgInfo EfreReader::readOrg(const Statement& q, int first)
{
    OrgInfo info;
    info.kind = q.text(first);
    info.name = Organisation::displayName(q.text(first + 1), q.text(first + 8));
    info.sortKey = q.text(first + 2);
    info.city = q.text(first + 3);
    info.sector = q.text(first + 4);
    info.sme = q.int64(first + 5) != 0;
    info.pilot = q.int64(first + 6) != 0;
    info.archived = q.int64(first + 7) != 0;
    return info;
}

const OrgInfo& EfreReader::org(Id id)
{
    auto it = m_orgs.find(id);
    if (it == m_orgs.end()) {
        OrgInfo info;
        m_orgLookup->bind(1, id);
        if (m_orgLookup->next()) {
            info = readOrg(*m_orgLookup, 0);
            m_orgLookup->reset();
        }
        it = m_orgs.insert(id, info);
    }
    return *it;
}

void EfreReader::loadOrgs(std::vector<Id>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::erase_if(ids, [&](Id id) { return m_orgs.contains(id); });
    if (qsizetype(ids.size()) < bulk) {
        for (Id id : ids) {
            org(id);
        }
        return;
    }
    m_orgs.reserve(m_orgs.size() + qsizetype(ids.size()));
    Statement q(m_db,
        "SELECT id, kind, name, sort_key, city, sector, is_sme, is_pilot, archived, legal_form FROM organisations",
        &m_readError);
    while (q.next()) {
        const Id id = q.int64(0);
        if (std::binary_search(ids.begin(), ids.end(), id) && !m_orgs.contains(id)) {
            m_orgs.insert(id, readOrg(q, 1));
        }
    }
}

QString EfreReader::kindOf(Id id) const
{
    const auto it = m_orgs.constFind(id);
    return it != m_orgs.cend() ? it->kind : QString();
}

qint32& EfreReader::slot(Id id)
{
    if (id >= qint64(m_orgSlot.size())) {
        m_orgSlot.resize(size_t(id) + 1, -1);
    }
    return m_orgSlot[size_t(id)];
}

// Participants, grouped by activity: which organisations took part, with which partners. The kinds
// of the organisations are looked up afterwards, once each, not once per row. False when cancelled.
bool EfreReader::readParticipants()
{
    prepareOrgSlots();
    if (m_counting && !readParticipantRows()) {
        return false;
    }
    for (std::vector<Id>* ids : {&m_personIds, &m_staffIds}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    return true;
}

// The organisation lookup, and a slot for every organisation id: the partners' ones marked.
void EfreReader::prepareOrgSlots()
{
    m_orgLookup.emplace(m_db,
        "SELECT kind, name, sort_key, city, sector, is_sme, is_pilot, archived, legal_form FROM organisations "
        "WHERE id = ?",
        &m_readError);
    {
        Statement q(m_db, "SELECT coalesce(max(id), 0) FROM organisations", &m_readError);
        m_orgSlot.assign(q.next() ? size_t(std::max<qint64>(q.int64(0), 0)) + 1 : 1, -1);
    }
    for (auto it = m_partnerIndex.cbegin(); it != m_partnerIndex.cend(); ++it) {
        if (it.key() > 0) {
            slot(it.key()) = -2 - it.value();
        }
    }
}

// The participant rows of the counted period, activity by activity. False when cancelled.
bool EfreReader::readParticipantRows()
{
    Statement q(m_db,
        "SELECT event_id, organisation_id, person_id, staff_id FROM event_participants "
        "WHERE starts_local >= ? AND starts_local < ? ORDER BY starts_local, event_id",
        &m_readError);
    q.bind(1, m_from).bind(2, m_to);
    EventCursor events(m_events);
    Id current = 0;
    qint64 minute = 0;
    quint64 mask = 0;
    QVarLengthArray<qsizetype, 8> eventOrgs;
    qint64 rows = 0;
    while (q.next()) {
        const Id eventId = q.int64(0);
        if (eventId != current) {
            tallyEvent(minute, mask, eventOrgs);
            current = eventId;
            const EventInfo* e = events.find(eventId);
            minute = e ? e->minute : 0;
            mask = e && e->loggerPartner >= 0 ? quint64(1) << e->loggerPartner : 0;
        }
        addParticipant(q, mask, eventOrgs);
        if ((++rows & 0xFFFF) == 0 && m_progress && !m_progress(m_step, steps)) {
            return false;
        }
    }
    tallyEvent(minute, mask, eventOrgs);
    return true;
}

// One participant row of the activity at hand: an organisation, a person or a staff member.
void EfreReader::addParticipant(const Statement& q, quint64& mask, QVarLengthArray<qsizetype, 8>& eventOrgs)
{
    if (!q.isNull(1)) {
        const Id id = q.int64(1);
        qint32& at = slot(std::max<Id>(id, 0));
        if (at <= -2) {
            mask |= quint64(1) << (-2 - at);
        } else {
            if (at == -1) {
                at = qint32(m_tallies.size());
                m_tallies.append(CompanyTally{});
                m_tallyIds.append(id);
            }
            eventOrgs.append(at);
        }
    } else if (!q.isNull(2)) {
        m_personIds.push_back(q.int64(2));
    } else if (!q.isNull(3)) {
        const Id s = q.int64(3);
        m_staffIds.push_back(s);
        const int p = m_staffPartner.value(s, -1);
        if (p >= 0) {
            mask |= quint64(1) << p;
        }
    }
}

// Counts the activity at @p minute with the partners of @p mask for each of @p eventOrgs, then empties it.
void EfreReader::tallyEvent(qint64 minute, quint64 mask, QVarLengthArray<qsizetype, 8>& eventOrgs)
{
    for (qsizetype i : std::as_const(eventOrgs)) {
        CompanyTally& t = m_tallies[i];
        if (t.contacts == 0 || minute < t.first) {
            t.first = minute;
        }
        t.last = std::max(t.last, minute);
        ++t.contacts;
        t.partners |= mask;
    }
    eventOrgs.clear();
}

// The organisation of each participating person, then the kinds of all organisations: the persons
// sorted to their side, the participating organisations that are companies.
void EfreReader::sortParticipants()
{
    std::vector<std::pair<Id, Id>> personOrg; // person → organisation (0: none)
    personOrg.reserve(m_personIds.size());
    if (qsizetype(m_personIds.size()) < bulk) {
        Statement q(m_db, "SELECT organisation_id FROM persons WHERE id = ?", &m_readError);
        for (Id id : m_personIds) {
            q.bind(1, id);
            Id orgId = 0;
            if (q.next()) {
                orgId = q.int64(0);
                q.reset();
            }
            personOrg.emplace_back(id, orgId);
        }
    } else {
        Statement q(m_db, "SELECT id, organisation_id FROM persons", &m_readError);
        while (q.next()) {
            const Id id = q.int64(0);
            if (std::binary_search(m_personIds.begin(), m_personIds.end(), id)) {
                personOrg.emplace_back(id, q.isNull(1) ? 0 : q.int64(1));
            }
        }
        std::sort(personOrg.begin(), personOrg.end());
    }
    std::vector<Id> needed(m_tallyIds.begin(), m_tallyIds.end());
    for (const auto& [person, orgId] : personOrg) {
        if (orgId) {
            needed.push_back(orgId);
        }
    }
    loadOrgs(needed);
    // The side of each organisation once, then the persons sorted to their side.
    const QStringList sides = {u"company"_s, u"university"_s, u"partner"_s, u"other"_s};
    QHash<Id, int> sideOf;
    std::array<QList<Id>, 4> bySide;
    for (const auto& [person, orgId] : personOrg) {
        auto side = sideOf.constFind(orgId);
        if (side == sideOf.cend()) {
            const QString kind = orgId ? kindOf(orgId) : QString();
            side = sideOf.insert(orgId,
                kind == u"company"_s                                      ? 0
                    : (kind == u"university"_s || kind == u"institute"_s) ? 1
                    : kind == u"partner"_s                                ? 2
                                                                          : 3);
        }
        bySide[size_t(*side)] << person;
    }
    for (size_t i = 0; i < bySide.size(); ++i) {
        if (!bySide[i].isEmpty()) {
            m_personsBySide.insert(sides[qsizetype(i)], std::move(bySide[i]));
        }
    }
    m_companies.reserve(m_tallyIds.size());
    for (qsizetype i = 0; i < m_tallyIds.size(); ++i) {
        if (kindOf(m_tallyIds[i]) == u"company"_s) {
            m_companies.insert(m_tallyIds[i], m_tallies[i]);
        }
    }
}

// Matches: every stage reached in the period.
void EfreReader::readMatchSteps()
{
    if (!m_counting) {
        return;
    }
    Statement q(m_db,
        "SELECT ms.match_id, ms.stage, ms.reached_on, m.type, m.company_id, m.university_id "
        "FROM match_stages ms JOIN matches m ON m.id = ms.match_id "
        "WHERE ms.reached_on >= ? AND ms.reached_on <= ? ORDER BY ms.reached_on, ms.id",
        &m_readError);
    q.bind(1, time::dateToStorage(m_r.counted.from)).bind(2, time::dateToStorage(m_r.counted.to));
    QList<std::tuple<Id, QString, QDate, QString, Id, Id>> rows;
    std::vector<Id> parties;
    while (q.next()) {
        rows.append({q.int64(0), q.text(1), time::dateFromStorage(q.text(2)), q.text(3), q.int64(4), q.int64(5)});
        parties.push_back(q.int64(4));
        parties.push_back(q.int64(5));
    }
    loadOrgs(parties);
    for (const auto& [matchId, stage, reached, type, company, university] : rows) {
        m_r.matchSteps << MatchStep{matchId, company, org(company).name, org(university).name, type, stage, reached};
    }
}

// The report's lists from what was read: the activities in time order (sorted above), the
// enterprises in German name order, the activities per month, the indicators.
void EfreReader::assemble()
{
    m_r.events.reserve(m_events.size());
    for (const EventInfo& e : std::as_const(m_events)) {
        m_r.events << e.id;
    }
    std::vector<std::pair<QString, Id>> byName;
    byName.reserve(m_companies.size());
    for (auto it = m_companies.cbegin(); it != m_companies.cend(); ++it) {
        byName.emplace_back(m_orgs.constFind(it.key())->sortKey, it.key());
    }
    std::sort(byName.begin(), byName.end());
    m_r.companies.reserve(qsizetype(byName.size()));
    for (const auto& [key, id] : byName) {
        const OrgInfo& info = m_orgs[id];
        const CompanyTally& t = m_companies[id];
        SupportedCompany c{id, info.name, info.city, info.sector, info.sme, info.pilot, info.archived,
            dayOfMinute(t.first), dayOfMinute(t.last), t.contacts, {}};
        for (int p = 0; p < m_partners.size(); ++p) {
            if (t.partners & (quint64(1) << p)) {
                c.partners << m_partners[p].name;
            }
        }
        m_r.companies << c;
    }

    // Activities per month, every month of the period (also the empty ones).
    if (m_counting) {
        // Counted by day first: a few hundred dates to convert instead of one per activity.
        QHash<qint64, int> perDay;
        for (const EventInfo& e : std::as_const(m_events)) {
            ++perDay[e.minute / 1440];
        }
        QHash<int, int> perMonth; // year * 12 + month - 1
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            const QDate day = QDate::fromJulianDay(it.key());
            perMonth[day.year() * 12 + day.month() - 1] += it.value();
        }
        for (QDate m(m_r.counted.from.year(), m_r.counted.from.month(), 1); m <= m_r.counted.to; m = m.addMonths(1)) {
            m_r.eventsPerMonth.append({m.toString(u"yyyy-MM"_s), perMonth.value(m.year() * 12 + m.month() - 1)});
        }
    }

    Tallies t;
    t.eventTypes = m_eventTypes;
    t.events = std::move(m_events);
    t.partners = std::move(m_partners);
    t.cities = std::move(m_cities);
    t.partnerMasks.reserve(m_companies.size());
    for (auto it = m_companies.cbegin(); it != m_companies.cend(); ++it) {
        t.partnerMasks.insert(it.key(), it->partners);
    }
    t.excludedRows = std::move(m_excludedRows);
    t.personsBySide = std::move(m_personsBySide);
    t.staffIds = std::move(m_staffIds);
    addIndicators(m_r, t);
}

// Remarks printed with the report.
void EfreReader::addNotes()
{
    const ProjectSettings& project = m_r.project;
    if (!m_period.isValid()) {
        m_r.notes << Tr::tr("The period is not valid: its end lies before its start.");
    } else if (!project.hasApprovedPeriod()) {
        m_r.notes << Tr::tr(
            "No approved period is set in the project settings: every activity of the period is counted.");
    } else if (!m_counting) {
        m_r.notes << Tr::tr("The period lies entirely outside the approved period (%1 – %2): nothing is counted.")
                         .arg(format::date(project.approvedFrom), format::date(project.approvedTo));
    } else if (m_r.counted != m_period) {
        m_r.notes << Tr::tr("Only the part of the period within the approved period (%1 – %2) is counted.")
                         .arg(format::date(project.approvedFrom), format::date(project.approvedTo));
    }
    if (m_r.excludedEvents > 0) {
        m_r.notes << Tr::tr("%n activity(s) of the period lie outside the approved period and are not counted.",
            nullptr, m_r.excludedEvents);
    }
    m_r.notes << Tr::tr("Each enterprise is counted once per indicator, however often it was supported.");
    m_r.notes << Tr::tr(
        "RCO10 counts research cooperation only; recruiting matches are shown apart and not counted there.");
    m_r.notes << Tr::tr(
        "Staff time is added up in whole minutes and shown as hours:minutes. Each activity's time counts "
        "once, for the partner organisation of the staff member who logged it (or as logged without a "
        "partner organisation), so the partner rows add up exactly to the total.");
}

} // namespace

Result<EfreReport> readEfreReport(Database& db, const Period& period, const std::function<bool(int, int)>& progress)
{
    return EfreReader(db, period, progress).read();
}

} // namespace kmuni::reports
