// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EfreReport.h"

#include "EfreTallies.h"

#include "common/Format.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Statement.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

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

} // namespace

Period Period::quarterOf(const QDate& today)
{
    const int first = (today.month() - 1) / 3 * 3 + 1;
    const QDate from(today.year(), first, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

Period Period::previousQuarterOf(const QDate& today)
{
    return quarterOf(quarterOf(today).from.addDays(-1));
}

Period Period::yearOf(const QDate& today)
{
    return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
}

const Indicator* EfreReport::indicator(const QString& code) const
{
    for (const Indicator& i : indicators) {
        if (i.code == code) {
            return &i;
        }
    }
    return nullptr;
}

qint64 EfreReport::value(const QString& code) const
{
    const Indicator* i = indicator(code);
    return i ? i->value : 0;
}

QString EfreReport::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto line = [&](const QString& text) { hash.addData((text + u'\n').toUtf8()); };
    line(u"kmuni-efre-report 2"_s);
    line(project.name + u'|' + project.fundingReference + u'|' + project.indicatorSet);
    line(time::dateToStorage(requested.from) + u'|' + time::dateToStorage(requested.to));
    line(time::dateToStorage(counted.from) + u'|' + time::dateToStorage(counted.to));
    for (const Indicator& i : indicators) {
        line(i.code + u'=' + QString::number(i.value));
    }
    for (const SupportedCompany& c : companies) {
        line(u"company "_s + QString::number(c.id) + u'|' + time::dateToStorage(c.firstContact) + u'|'
            + time::dateToStorage(c.lastContact) + u'|' + QString::number(c.contacts));
    }
    for (Id id : events) {
        line(u"event "_s + QString::number(id));
    }
    for (const MatchStep& m : matchSteps) {
        line(u"match "_s + QString::number(m.matchId) + u'|' + m.stage + u'|' + time::dateToStorage(m.reachedOn));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<EfreReport> EfreReport::build(Database& db, const Period& period, const std::function<bool(int, int)>& progress)
{
    constexpr int steps = 6;
    int step = 0;
    // The first failure of any statement (locked, damaged, interrupted): a report that could not
    // read everything is no report, never one with lower numbers.
    QString readError;
    const auto advance = [&] { return readError.isEmpty() && (!progress || progress(++step, steps)); };
    const auto cancelled
        = [&] { return readError.isEmpty() ? Result<EfreReport>() : Result<EfreReport>::failure(readError); };

    EfreReport r;
    sqlite3* h = db.handle(); // nullptr on a server
    // Every statement reads one snapshot: a write committed meanwhile (another window, another
    // office, an import) is either wholly in the report or not at all, never its activity without
    // its participants. On a server: one read-only transaction that sees one state of the data.
    const bool ownSnapshot = db.isServer() ? db.transactionDepth() == 0 : sqlite3_get_autocommit(h) != 0;
    const auto run = [&](const char* statement) {
        if (db.isServer()) {
            QSqlQuery q(db.connection());
            if (!q.exec(QString::fromLatin1(statement))) {
                return sql::message(q.lastError());
            }
            return QString();
        }
        return sqlite3_exec(h, statement, nullptr, nullptr, nullptr) == SQLITE_OK
            ? QString()
            : QString::fromUtf8(sqlite3_errmsg(h));
    };
    if (ownSnapshot) {
        const QString failed
            = run(db.isServer() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN DEFERRED");
        if (!failed.isEmpty()) {
            return Result<EfreReport>::failure(failed);
        }
    }
    const auto endSnapshot = qScopeGuard([&] {
        if (ownSnapshot) {
            run("COMMIT");
        }
    });
    auto project = ProjectSettings::load(db);
    if (project.failed()) {
        return Result<EfreReport>::failure(project.error());
    }
    r.project = *project;
    r.requested = period;
    r.generatedAt = time::now();
    r.counted = period;
    if (r.project.hasApprovedPeriod() && period.isValid()) {
        r.counted = {std::max(period.from, r.project.approvedFrom), std::min(period.to, r.project.approvedTo)};
    }
    // Hundreds of thousands of rows from several tables: a page cache that holds them for the
    // duration (64 MiB at most, given back afterwards).
    const sqlite::ScopedPragma cache(h, "cache_size", -65536);

    // The partners (in name order) with their report codes, and which partner each staff member
    // works for. Codes are unique in the report: a clash of two default codes (the settings refuse
    // it for chosen ones) gets "_2", "_3" in name order.
    QList<PartnerInfo> partners;
    QHash<Id, int> partnerIndex;
    QHash<Id, OrgInfo> orgs;
    {
        QSet<QString> codes;
        for (const ProjectSettings::PartnerCode& p : std::as_const(r.project.partners)) {
            if (partners.size() >= maxPartners) {
                break;
            }
            QString code = p.effective();
            for (int n = 2; codes.contains(code); ++n) {
                code = p.effective() + u'_' + QString::number(n);
            }
            codes.insert(code);
            partnerIndex.insert(p.organisationId, int(partners.size()));
            partners << PartnerInfo{p.organisationId, p.name, code};
            orgs.insert(p.organisationId, OrgInfo{u"partner"_s, p.name, {}, {}, {}, false, false, false});
        }
    }
    QStringList cities;
    {
        Statement q(db, "SELECT DISTINCT city FROM organisations WHERE kind = 'company' ORDER BY city", &readError);
        while (q.next()) {
            cities << q.text(0);
        }
    }
    QHash<Id, int> staffPartner;
    {
        Statement q(db, "SELECT id, partner_id FROM staff WHERE partner_id IS NOT NULL", &readError);
        while (q.next()) {
            staffPartner.insert(q.int64(0), partnerIndex.value(q.int64(1), -1));
        }
    }
    const QStringList eventTypes = vocab::codes(vocab::List::EventType);
    QList<QByteArray> typeCodes;
    for (const QString& type : eventTypes) {
        typeCodes << type.toUtf8();
    }
    // A handful of codes: comparing is cheaper than hashing.
    const auto typeIndex = [&](QByteArrayView code) {
        for (qsizetype i = 0; i < typeCodes.size(); ++i) {
            if (code == typeCodes[i]) {
                return int(i);
            }
        }
        return -1;
    };
    if (!advance()) {
        return cancelled();
    }

    // Activities in the requested period, and those of them outside the approved period.
    const bool counting = r.counted.isValid();
    const QString from = startKey(r.counted.from);
    const QString to = endKey(r.counted.to);
    QList<RowRef> excludedRows;
    if (period.isValid() && r.counted != period) {
        // Before and after the counted part of the requested period (either may be empty).
        Statement q(db,
            "SELECT id FROM events WHERE starts_local >= ? AND starts_local < ? "
            "AND (starts_local < ? OR starts_local >= ?) ORDER BY starts_local, id",
            &readError);
        q.bind(1, startKey(period.from)).bind(2, endKey(period.to));
        q.bind(3, counting ? from : endKey(period.to)).bind(4, counting ? to : endKey(period.to));
        while (q.next()) {
            excludedRows << RowRef{RowKind::Event, q.int64(0)};
        }
    }
    // In time order (then by id), the order in which the participants are read below.
    QList<EventInfo> events;
    if (counting) {
        Statement q(db,
            "SELECT id, starts_local, type, time_spent_min, logged_by_staff_id FROM events "
            "WHERE starts_local >= ? AND starts_local < ?",
            &readError);
        q.bind(1, from).bind(2, to);
        MinuteOf minuteOf;
        while (q.next()) {
            EventInfo e;
            e.id = q.int64(0);
            e.minute = minuteOf(q.bytes(1));
            e.type = typeIndex(q.bytes(2));
            e.timeSpent = int(q.int64(3));
            e.loggerPartner = q.isNull(4) ? -1 : staffPartner.value(q.int64(4), -1);
            events << e;
        }
        std::sort(events.begin(), events.end(), [](const EventInfo& a, const EventInfo& b) {
            return a.minute != b.minute ? a.minute < b.minute : a.id < b.id;
        });
    }
    r.excludedEvents = int(excludedRows.size());
    if (!advance()) {
        return cancelled();
    }

    // Organisation details, looked up once each (matches, persons' organisations).
    Statement orgLookup(db,
        "SELECT kind, name, sort_key, city, sector, is_sme, is_pilot, archived, legal_form FROM organisations "
        "WHERE id = ?",
        &readError);
    const auto readOrg = [](const Statement& q, int first) {
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
    };
    const auto org = [&](Id id) -> const OrgInfo& {
        auto it = orgs.find(id);
        if (it == orgs.end()) {
            OrgInfo info;
            orgLookup.bind(1, id);
            if (orgLookup.next()) {
                info = readOrg(orgLookup, 0);
                orgLookup.reset();
            }
            it = orgs.insert(id, info);
        }
        return *it;
    };
    // Many ids: one pass over the table is cheaper than a lookup each.
    constexpr qsizetype bulk = 4000;
    const auto loadOrgs = [&](std::vector<Id>& ids) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::erase_if(ids, [&](Id id) { return orgs.contains(id); });
        if (qsizetype(ids.size()) < bulk) {
            for (Id id : ids) {
                org(id);
            }
            return;
        }
        orgs.reserve(orgs.size() + qsizetype(ids.size()));
        Statement q(db,
            "SELECT id, kind, name, sort_key, city, sector, is_sme, is_pilot, archived, legal_form FROM organisations",
            &readError);
        while (q.next()) {
            const Id id = q.int64(0);
            if (std::binary_search(ids.begin(), ids.end(), id) && !orgs.contains(id)) {
                orgs.insert(id, readOrg(q, 1));
            }
        }
    };
    const auto kindOf = [&](Id id) {
        const auto it = orgs.constFind(id);
        return it != orgs.cend() ? it->kind : QString();
    };

    // Participants, grouped by activity: which organisations took part, with which partners. The
    // kinds of the organisations are looked up afterwards, once each, not once per row.
    // Per organisation id: its tally (>= 0), not seen yet (-1) or partner i (-2 - i). A vector, not
    // a hash: it is read once per participant row.
    std::vector<qint32> orgSlot;
    const auto slot = [&](Id id) -> qint32& {
        if (id >= qint64(orgSlot.size())) {
            orgSlot.resize(size_t(id) + 1, -1);
        }
        return orgSlot[size_t(id)];
    };
    {
        Statement q(db, "SELECT coalesce(max(id), 0) FROM organisations", &readError);
        orgSlot.assign(q.next() ? size_t(std::max<qint64>(q.int64(0), 0)) + 1 : 1, -1);
    }
    for (auto it = partnerIndex.cbegin(); it != partnerIndex.cend(); ++it) {
        if (it.key() > 0) {
            slot(it.key()) = -2 - it.value();
        }
    }
    QList<Id> tallyIds;
    QList<CompanyTally> tallies;
    std::vector<Id> personIds;
    std::vector<Id> staffIds;
    if (counting) {
        Statement q(db,
            "SELECT event_id, organisation_id, person_id, staff_id FROM event_participants "
            "WHERE starts_local >= ? AND starts_local < ? ORDER BY starts_local, event_id",
            &readError);
        q.bind(1, from).bind(2, to);
        // The rows come in the order of the events list: a cursor finds each activity; a hash only
        // when the orders differ (keys with seconds, say).
        qsizetype cursor = 0;
        QHash<Id, qsizetype> eventAt;
        const auto findEvent = [&](Id id) -> const EventInfo* {
            const qsizetype end = std::min(events.size(), cursor + 8);
            for (qsizetype k = cursor; k < end; ++k) {
                if (events[k].id == id) {
                    cursor = k + 1;
                    return &events[k];
                }
            }
            if (eventAt.isEmpty()) {
                eventAt.reserve(events.size());
                for (qsizetype k = 0; k < events.size(); ++k) {
                    eventAt.insert(events[k].id, k);
                }
            }
            const auto at = eventAt.constFind(id);
            if (at == eventAt.constEnd()) {
                return nullptr;
            }
            cursor = *at + 1;
            return &events[*at];
        };
        Id current = 0;
        qint64 minute = 0;
        quint64 mask = 0;
        QVarLengthArray<qsizetype, 8> eventOrgs;
        const auto flush = [&] {
            for (qsizetype i : std::as_const(eventOrgs)) {
                CompanyTally& t = tallies[i];
                if (t.contacts == 0 || minute < t.first) {
                    t.first = minute;
                }
                t.last = std::max(t.last, minute);
                ++t.contacts;
                t.partners |= mask;
            }
            eventOrgs.clear();
        };
        qint64 rows = 0;
        while (q.next()) {
            const Id eventId = q.int64(0);
            if (eventId != current) {
                flush();
                current = eventId;
                const EventInfo* e = findEvent(eventId);
                minute = e ? e->minute : 0;
                mask = e && e->loggerPartner >= 0 ? quint64(1) << e->loggerPartner : 0;
            }
            if (!q.isNull(1)) {
                const Id id = q.int64(1);
                qint32& at = slot(std::max<Id>(id, 0));
                if (at <= -2) {
                    mask |= quint64(1) << (-2 - at);
                } else {
                    if (at == -1) {
                        at = qint32(tallies.size());
                        tallies.append(CompanyTally{});
                        tallyIds.append(id);
                    }
                    eventOrgs.append(at);
                }
            } else if (!q.isNull(2)) {
                personIds.push_back(q.int64(2));
            } else if (!q.isNull(3)) {
                const Id s = q.int64(3);
                staffIds.push_back(s);
                const int p = staffPartner.value(s, -1);
                if (p >= 0) {
                    mask |= quint64(1) << p;
                }
            }
            if ((++rows & 0xFFFF) == 0 && progress && !progress(step, steps)) {
                return cancelled();
            }
        }
        flush();
    }
    for (std::vector<Id>* ids : {&personIds, &staffIds}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    if (!advance()) {
        return cancelled();
    }

    // The organisation of each participating person, then the kinds of all organisations.
    std::vector<std::pair<Id, Id>> personOrg; // person → organisation (0: none)
    personOrg.reserve(personIds.size());
    if (qsizetype(personIds.size()) < bulk) {
        Statement q(db, "SELECT organisation_id FROM persons WHERE id = ?", &readError);
        for (Id id : personIds) {
            q.bind(1, id);
            Id orgId = 0;
            if (q.next()) {
                orgId = q.int64(0);
                q.reset();
            }
            personOrg.emplace_back(id, orgId);
        }
    } else {
        Statement q(db, "SELECT id, organisation_id FROM persons", &readError);
        while (q.next()) {
            const Id id = q.int64(0);
            if (std::binary_search(personIds.begin(), personIds.end(), id)) {
                personOrg.emplace_back(id, q.isNull(1) ? 0 : q.int64(1));
            }
        }
        std::sort(personOrg.begin(), personOrg.end());
    }
    std::vector<Id> needed(tallyIds.begin(), tallyIds.end());
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
    QHash<QString, QList<Id>> personsBySide; // company, university, partner, other
    for (size_t i = 0; i < bySide.size(); ++i) {
        if (!bySide[i].isEmpty()) {
            personsBySide.insert(sides[qsizetype(i)], std::move(bySide[i]));
        }
    }
    QHash<Id, CompanyTally> companies;
    companies.reserve(tallyIds.size());
    for (qsizetype i = 0; i < tallyIds.size(); ++i) {
        if (kindOf(tallyIds[i]) == u"company"_s) {
            companies.insert(tallyIds[i], tallies[i]);
        }
    }
    if (!advance()) {
        return cancelled();
    }

    // Matches: every stage reached in the period.
    if (counting) {
        Statement q(db,
            "SELECT ms.match_id, ms.stage, ms.reached_on, m.type, m.company_id, m.university_id "
            "FROM match_stages ms JOIN matches m ON m.id = ms.match_id "
            "WHERE ms.reached_on >= ? AND ms.reached_on <= ? ORDER BY ms.reached_on, ms.id",
            &readError);
        q.bind(1, time::dateToStorage(r.counted.from)).bind(2, time::dateToStorage(r.counted.to));
        QList<std::tuple<Id, QString, QDate, QString, Id, Id>> rows;
        std::vector<Id> parties;
        while (q.next()) {
            rows.append({q.int64(0), q.text(1), time::dateFromStorage(q.text(2)), q.text(3), q.int64(4), q.int64(5)});
            parties.push_back(q.int64(4));
            parties.push_back(q.int64(5));
        }
        loadOrgs(parties);
        for (const auto& [matchId, stage, reached, type, company, university] : rows) {
            r.matchSteps << MatchStep{matchId, company, org(company).name, org(university).name, type, stage, reached};
        }
    }
    if (!advance()) {
        return cancelled();
    }

    // The activities in time order (sorted above); the enterprises in German name order.
    r.events.reserve(events.size());
    for (const EventInfo& e : std::as_const(events)) {
        r.events << e.id;
    }
    std::vector<std::pair<QString, Id>> byName;
    byName.reserve(companies.size());
    for (auto it = companies.cbegin(); it != companies.cend(); ++it) {
        byName.emplace_back(orgs.constFind(it.key())->sortKey, it.key());
    }
    std::sort(byName.begin(), byName.end());
    r.companies.reserve(qsizetype(byName.size()));
    for (const auto& [key, id] : byName) {
        const OrgInfo& info = orgs[id];
        const CompanyTally& t = companies[id];
        SupportedCompany c{id, info.name, info.city, info.sector, info.sme, info.pilot, info.archived,
            dayOfMinute(t.first), dayOfMinute(t.last), t.contacts, {}};
        for (int p = 0; p < partners.size(); ++p) {
            if (t.partners & (quint64(1) << p)) {
                c.partners << partners[p].name;
            }
        }
        r.companies << c;
    }

    // Activities per month, every month of the period (also the empty ones).
    if (counting) {
        // Counted by day first: a few hundred dates to convert instead of one per activity.
        QHash<qint64, int> perDay;
        for (const EventInfo& e : std::as_const(events)) {
            ++perDay[e.minute / 1440];
        }
        QHash<int, int> perMonth; // year * 12 + month - 1
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            const QDate day = QDate::fromJulianDay(it.key());
            perMonth[day.year() * 12 + day.month() - 1] += it.value();
        }
        for (QDate m(r.counted.from.year(), r.counted.from.month(), 1); m <= r.counted.to; m = m.addMonths(1)) {
            r.eventsPerMonth.append({m.toString(u"yyyy-MM"_s), perMonth.value(m.year() * 12 + m.month() - 1)});
        }
    }

    // The indicators, from what was read.
    Tallies t;
    t.eventTypes = eventTypes;
    t.events = std::move(events);
    t.partners = std::move(partners);
    t.cities = std::move(cities);
    t.partnerMasks.reserve(companies.size());
    for (auto it = companies.cbegin(); it != companies.cend(); ++it) {
        t.partnerMasks.insert(it.key(), it->partners);
    }
    t.excludedRows = std::move(excludedRows);
    t.personsBySide = std::move(personsBySide);
    t.staffIds = std::move(staffIds);
    addIndicators(r, t);

    // Remarks printed with the report.
    if (!period.isValid()) {
        r.notes << Tr::tr("The period is not valid: its end lies before its start.");
    } else if (!r.project.hasApprovedPeriod()) {
        r.notes << Tr::tr(
            "No approved period is set in the project settings: every activity of the period is counted.");
    } else if (!counting) {
        r.notes << Tr::tr("The period lies entirely outside the approved period (%1 – %2): nothing is counted.")
                       .arg(format::date(r.project.approvedFrom), format::date(r.project.approvedTo));
    } else if (r.counted != period) {
        r.notes << Tr::tr("Only the part of the period within the approved period (%1 – %2) is counted.")
                       .arg(format::date(r.project.approvedFrom), format::date(r.project.approvedTo));
    }
    if (r.excludedEvents > 0) {
        r.notes << Tr::tr("%n activity(s) of the period lie outside the approved period and are not counted.", nullptr,
            r.excludedEvents);
    }
    r.notes << Tr::tr("Each enterprise is counted once per indicator, however often it was supported.");
    r.notes << Tr::tr(
        "RCO10 counts research cooperation only; recruiting matches are shown apart and not counted there.");
    r.notes << Tr::tr("Staff time is added up in whole minutes and shown as hours:minutes. Each activity's time counts "
                      "once, for the partner organisation of the staff member who logged it (or as logged without a "
                      "partner organisation), so the partner rows add up exactly to the total.");
    if (!advance()) {
        return cancelled();
    }
    return Result<EfreReport>(std::move(r));
}

Result<QList<RowLine>> describe(Database& db, const QList<RowRef>& rows, int limit)
{
    const QList<RowRef> shown = rows.mid(0, limit);
    QHash<RowKind, QList<Id>> byKind;
    for (const RowRef& r : shown) {
        byKind[r.kind] << r.id;
    }
    // One statement per kind, the ids bound in chunks; names as the lists show them.
    const auto name = [](const char* alias) { return Organisation::displayNameSql(QString::fromLatin1(alias)); };
    const QHash<RowKind, QString> statements = {
        {RowKind::Organisation, u"SELECT o.id, "_s + name("o") + u", o.city FROM organisations o WHERE o.id IN (%1)"_s},
        {RowKind::Person,
            u"SELECT p.id, trim(p.title || ' ' || p.first_name || ' ' || p.last_name), coalesce("_s + name("o")
                + u", '') FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN (%1)"_s},
        {RowKind::Staff,
            u"SELECT s.id, trim(s.first_name || ' ' || s.last_name), coalesce("_s + name("o")
                + u", '') FROM staff s LEFT JOIN organisations o ON o.id = s.partner_id WHERE s.id IN (%1)"_s},
        {RowKind::Event, u"SELECT e.id, e.starts_local, e.type, e.subject FROM events e WHERE e.id IN (%1)"_s},
        {RowKind::Match,
            u"SELECT m.id, "_s + name("c") + u" || ' – ' || "_s + name("u")
                + u", m.type, m.stage FROM matches m JOIN organisations c "
                  "ON c.id = m.company_id JOIN organisations u ON u.id = m.university_id WHERE m.id IN (%1)"_s},
    };
    QHash<RowKind, QHash<Id, RowLine>> named;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const RowKind kind = it.key();
        for (qsizetype first = 0; first < it.value().size(); first += 400) {
            const QList<Id> chunk = it.value().mid(first, 400);
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            QVariantList values;
            for (Id id : chunk) {
                values << id;
            }
            QString error;
            if (!sql::run(q, statements.value(kind).arg(sql::placeholders(chunk.size())), values, &error)) {
                return Result<QList<RowLine>>::failure(error);
            }
            while (sql::next(q, &error)) {
                RowLine line{RowRef{kind, q.value(0).toLongLong()}, q.value(1).toString(), q.value(2).toString()};
                if (kind == RowKind::Event) {
                    line.title = format::localKey(q.value(1).toString()) + u" · "_s
                        + vocab::label(vocab::List::EventType, q.value(2).toString());
                    line.detail = q.value(3).toString();
                } else if (kind == RowKind::Match) {
                    line.detail = vocab::label(vocab::List::MatchType, q.value(2).toString()) + u" · "_s
                        + vocab::label(vocab::List::MatchStage, q.value(3).toString());
                }
                named[kind].insert(line.ref.id, line);
            }
            if (!error.isEmpty()) {
                return Result<QList<RowLine>>::failure(error);
            }
        }
    }
    QList<RowLine> result;
    result.reserve(shown.size());
    for (const RowRef& r : shown) {
        result << named[r.kind].value(r.id, RowLine{r, Tr::tr("(deleted)"), {}});
    }
    return result;
}

} // namespace kmuni::reports
