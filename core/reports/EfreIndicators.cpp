// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EFRE report's indicators: stable codes, German labels, the rows behind each number. Every
// code of the set is present in every report, zeros included; breakdowns by city and partner are
// in code order. The codes and their definitions: docs/efre-indicators.md.
#include "EfreTallies.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kmuni::reports {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EfreReport)
};

using Rows = QList<RowRef>;

/** Appends indicators of one group to the report. */
class Group
{
public:
    Group(EfreReport& report, QString name)
        : m_report(report)
        , m_name(std::move(name))
    { }
    Indicator& add(
        const QString& code, const QString& label, const Rows& rows, int level = 0, const QString& reference = {})
    {
        Indicator i;
        i.group = m_name;
        i.code = code;
        i.label = label;
        i.reference = reference;
        i.level = level;
        i.rows = rows;
        i.value = rows.size();
        m_report.indicators << i;
        return m_report.indicators.last();
    }
    Indicator& addMinutes(const QString& code, const QString& label, const Rows& rows, qint64 minutes, int level)
    {
        Indicator& i = add(code, label, rows, level);
        i.unit = Unit::Minutes;
        i.value = minutes;
        return i;
    }

private:
    EfreReport& m_report;
    QString m_name;
};

/** A breakdown row: its label and the rows behind it. */
struct Part
{
    QString label;
    Rows rows;
};

/** The partners sorted by their code, as indices into Tallies::partners. */
QList<int> partnersByCode(const Tallies& in)
{
    QList<int> order;
    for (int p = 0; p < in.partners.size(); ++p) {
        order << p;
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return in.partners[a].code < in.partners[b].code; });
    return order;
}

void enterprises(EfreReport& r, const Tallies& in)
{
    Group group(r, Tr::tr("Enterprises"));
    Rows all;
    Rows sme;
    Rows pilots;
    QHash<QString, Rows> bySector;
    // Every city of the database's companies, also those without support in the period.
    QMap<QString, Part> byCity; // code → part, in code order
    byCity.insert(u"NONE"_s, {Tr::tr("of them without a city"), {}});
    const auto city = [&](const QString& name) -> Part& {
        const QString code = name.trimmed().isEmpty() ? u"NONE"_s : ProjectSettings::codeFrom(name);
        auto it = byCity.find(code);
        if (it == byCity.end()) {
            it = byCity.insert(code, {Tr::tr("of them in %1").arg(name.trimmed()), {}});
        }
        return *it;
    };
    for (const QString& name : in.cities) {
        city(name);
    }
    QList<Rows> byPartner(in.partners.size());
    for (const SupportedCompany& c : std::as_const(r.companies)) {
        const RowRef ref{RowKind::Organisation, c.id};
        all << ref;
        if (c.sme) {
            sme << ref;
        }
        if (c.pilot) {
            pilots << ref;
        }
        bySector[c.sector] << ref;
        city(c.city).rows << ref;
        const quint64 partners = in.partnerMasks.value(c.id);
        for (int p = 0; p < in.partners.size(); ++p) {
            if (partners & (quint64(1) << p)) {
                byPartner[p] << ref;
            }
        }
    }
    group.add(u"ENT_SUPPORTED"_s, Tr::tr("Enterprises supported (non-financial support; each enterprise counted once)"),
        all, 0, u"RCO01, RCO04 (2014–2020: CO01, CO04)"_s);
    group.add(u"ENT_SUPPORTED_SME"_s, Tr::tr("of them small and medium-sized enterprises (SME)"), sme, 1, u"RCO02"_s);
    group.add(u"ENT_SUPPORTED_PILOT"_s, Tr::tr("of them pilot participants"), pilots, 1);
    for (const QString& sector : vocab::codes(vocab::List::Sector)) {
        group.add(u"ENT_SUPPORTED_SECTOR_"_s + sector.toUpper(),
            Tr::tr("of them in the sector %1").arg(vocab::label(vocab::List::Sector, sector)), bySector.value(sector),
            1);
    }
    group.add(u"ENT_SUPPORTED_SECTOR_NONE"_s, Tr::tr("of them without a sector"), bySector.value(QString()), 1);
    for (auto it = byCity.cbegin(); it != byCity.cend(); ++it) {
        group.add(u"ENT_SUPPORTED_CITY_"_s + it.key(), it->label, it->rows, 1);
    }
    for (int p : partnersByCode(in)) {
        group.add(u"ENT_SUPPORTED_PARTNER_"_s + in.partners[p].code,
            Tr::tr("of them supported by %1").arg(in.partners[p].name), byPartner[p], 1);
    }

    // Cooperation: joint research (RCO10) kept apart from recruiting, which RCO10 does not count.
    const QStringList reached = {u"agreed"_s, u"completed"_s};
    const auto companiesWith = [&](const QStringList& types) {
        Rows rows;
        QSet<Id> seen;
        for (const MatchStep& m : std::as_const(r.matchSteps)) {
            if (types.contains(m.type) && reached.contains(m.stage) && !seen.contains(m.companyId)) {
                seen.insert(m.companyId);
                rows << RowRef{RowKind::Organisation, m.companyId};
            }
        }
        return rows;
    };
    group.add(u"ENT_RESEARCH_COOPERATION"_s,
        Tr::tr("Enterprises cooperating with research institutions (research cooperation agreed)"),
        companiesWith({u"research_cooperation"_s}), 0, u"RCO10 (2014–2020: CO26)"_s);
    group.add(u"ENT_RECRUITING_COOPERATION"_s,
        Tr::tr("Enterprises with agreed recruiting matches (internship, thesis, working student, graduate job; "
               "not counted for RCO10)"),
        companiesWith({u"internship"_s, u"thesis"_s, u"working_student"_s, u"graduate_job"_s}), 0);
}

void activities(EfreReport& r, const Tallies& in)
{
    Group group(r, Tr::tr("Activities"));
    QList<Rows> byType(in.eventTypes.size());
    Rows all;
    for (const EventInfo& e : std::as_const(in.events)) {
        all << RowRef{RowKind::Event, e.id};
        if (e.type >= 0) {
            byType[e.type] << RowRef{RowKind::Event, e.id};
        }
    }
    group.add(u"EVT_TOTAL"_s, Tr::tr("Activities (contacts, meetings, visits, events)"), all);
    for (int t = 0; t < in.eventTypes.size(); ++t) {
        group.add(u"EVT_TYPE_"_s + in.eventTypes[t].toUpper(), vocab::label(vocab::List::EventType, in.eventTypes[t]),
            byType[t], 1);
    }
    group.add(u"EVT_OUTSIDE_APPROVED_PERIOD"_s, Tr::tr("Activities outside the approved period (not counted)"),
        in.excludedRows);
}

void participants(EfreReport& r, const Tallies& in)
{
    Group group(r, Tr::tr("Participants"));
    const auto personRows = [&](const QString& side) {
        Rows rows;
        for (Id id : in.personsBySide.value(side)) {
            rows << RowRef{RowKind::Person, id};
        }
        return rows;
    };
    Rows partnerSide = personRows(u"partner"_s);
    for (Id id : in.staffIds) {
        partnerSide << RowRef{RowKind::Staff, id};
    }
    group.add(u"PART_COMPANY"_s, Tr::tr("Participants from enterprises (persons, each counted once)"),
        personRows(u"company"_s));
    group.add(u"PART_UNIVERSITY"_s,
        Tr::tr("Participants from universities and their institutes (persons, each counted once)"),
        personRows(u"university"_s));
    group.add(u"PART_PARTNER"_s,
        Tr::tr("Participants from the partner organisations (staff and persons, each counted once)"), partnerSide);
    group.add(u"PART_OTHER"_s, Tr::tr("Participants without an organisation"), personRows(u"other"_s));
}

// Matches by type and the stage reached in the period; graduates placed.
void matches(EfreReport& r)
{
    Group group(r, Tr::tr("Matches"));
    const QStringList types = vocab::codes(vocab::List::MatchType);
    const QStringList stages = vocab::codes(vocab::List::MatchStage);
    // Each match once per list: per type the matches that moved on, per type and stage those that reached it.
    QList<Rows> anyOfType(types.size());
    QList<Rows> reachedOf(types.size() * stages.size());
    QSet<std::pair<Id, qsizetype>> listed; // (match, -1 for the type list or the stage)
    const QStringList placing = {u"graduate_job"_s, u"working_student"_s, u"internship"_s};
    Rows placed;
    QSet<Id> placedIds;
    QHash<QString, Rows> placedByType;
    for (const MatchStep& m : std::as_const(r.matchSteps)) {
        const RowRef ref{RowKind::Match, m.matchId};
        const qsizetype t = types.indexOf(m.type);
        if (t >= 0) {
            if (!listed.contains({m.matchId, -1})) {
                listed.insert({m.matchId, -1});
                anyOfType[t] << ref;
            }
            const qsizetype st = stages.indexOf(m.stage);
            if (st >= 0 && !listed.contains({m.matchId, st})) {
                listed.insert({m.matchId, st});
                reachedOf[t * stages.size() + st] << ref;
            }
        }
        if (m.stage == u"completed"_s && placing.contains(m.type) && !placedIds.contains(m.matchId)) {
            placedIds.insert(m.matchId);
            placed << ref;
            placedByType[m.type] << ref;
        }
    }
    for (qsizetype t = 0; t < types.size(); ++t) {
        const QString code = u"MATCH_"_s + types[t].toUpper();
        group.add(code,
            Tr::tr("%1: matches that moved on in the period").arg(vocab::label(vocab::List::MatchType, types[t])),
            anyOfType[t]);
        for (qsizetype st = 0; st < stages.size(); ++st) {
            group.add(code + u'_' + stages[st].toUpper(),
                Tr::tr("reached \"%1\"").arg(vocab::label(vocab::List::MatchStage, stages[st])),
                reachedOf[t * stages.size() + st], 1);
        }
    }
    group.add(u"GRAD_PLACED"_s,
        Tr::tr("Graduates and students placed (graduate job, working student and internship matches completed)"),
        placed);
    for (const QString& type : placing) {
        group.add(u"GRAD_PLACED_"_s + type.toUpper(), vocab::label(vocab::List::MatchType, type),
            placedByType.value(type), 1);
    }
}

// Staff time in whole minutes, by the partner of the staff member who logged the activity: each
// activity's minutes go to exactly one row, so the rows add up to the total.
void staffTime(EfreReport& r, const Tallies& in)
{
    Group group(r, Tr::tr("Staff time"));
    const int none = int(in.partners.size());
    QList<qint64> minutes(none + 1, 0);
    QList<Rows> rows(none + 1);
    Rows withTime;
    qint64 total = 0;
    for (const EventInfo& e : std::as_const(in.events)) {
        if (e.timeSpent <= 0) {
            continue;
        }
        const int p = e.loggerPartner >= 0 && e.loggerPartner < none ? e.loggerPartner : none;
        minutes[p] += e.timeSpent;
        rows[p] << RowRef{RowKind::Event, e.id};
        withTime << RowRef{RowKind::Event, e.id};
        total += e.timeSpent;
    }
    group.addMinutes(u"HOURS_TOTAL"_s, Tr::tr("Staff time logged (hours:minutes)"), withTime, total, 0);
    for (int p : partnersByCode(in)) {
        group.addMinutes(u"HOURS_PARTNER_"_s + in.partners[p].code, Tr::tr("by %1").arg(in.partners[p].name), rows[p],
            minutes[p], 1);
    }
    group.addMinutes(
        u"HOURS_PARTNER_NONE"_s, Tr::tr("logged without a partner organisation"), rows[none], minutes[none], 1);
}

} // namespace

void addIndicators(EfreReport& r, const Tallies& in)
{
    enterprises(r, in);
    activities(r, in);
    participants(r, in);
    matches(r);
    staffTime(r, in);
}

} // namespace kmuni::reports
