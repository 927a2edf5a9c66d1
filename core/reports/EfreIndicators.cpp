// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EFRE report's indicators: stable codes, German labels, the rows behind each number.
#include "EfreTallies.h"

#include "common/TextFold.h"
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

// A code part from free text: "Mülheim an der Ruhr" → "MULHEIM_AN_DER_RUHR".
QString codePart(const QString& text)
{
    QString folded = fold::simple(text).toUpper();
    QString out;
    for (const QChar c : std::as_const(folded)) {
        out += (c.isLetterOrNumber() && c.unicode() < 0x80) ? c : u'_';
    }
    while (out.contains(u"__"_s)) {
        out.replace(u"__"_s, u"_"_s);
    }
    return out.isEmpty() ? u"NONE"_s : out;
}

} // namespace

void addIndicators(EfreReport& r, const Tallies& in)
{
    // The indicators.
    const QString groupEnterprises = Tr::tr("Enterprises");
    const QString groupActivities = Tr::tr("Activities");
    const QString groupParticipants = Tr::tr("Participants");
    const QString groupMatches = Tr::tr("Matches");
    const QString groupTime = Tr::tr("Staff time");
    const auto add = [&](const QString& group, const QString& code, const QString& label, const QList<RowRef>& rows,
                         int level = 0, const QString& reference = {}) {
        Indicator i;
        i.group = group;
        i.code = code;
        i.label = label;
        i.reference = reference;
        i.level = level;
        i.rows = rows;
        i.value = double(rows.size());
        r.indicators << i;
        return &r.indicators.last();
    };
    // The enterprises sorted into their breakdowns in one pass.
    QList<RowRef> allCompanies;
    QList<RowRef> sme;
    QList<RowRef> pilots;
    QHash<QString, QList<RowRef>> bySector;
    QMap<QString, std::pair<QString, QList<RowRef>>> byCity; // code → (city as written, rows), in code order
    QHash<QString, QString> cityCodes;
    QList<QList<RowRef>> byPartner(in.partnerIds.size());
    for (const SupportedCompany& c : std::as_const(r.companies)) {
        const RowRef ref{RowKind::Organisation, c.id};
        allCompanies << ref;
        if (c.sme) {
            sme << ref;
        }
        if (c.pilot) {
            pilots << ref;
        }
        bySector[c.sector] << ref;
        auto code = cityCodes.constFind(c.city);
        if (code == cityCodes.constEnd()) {
            code = cityCodes.insert(c.city, codePart(c.city));
        }
        auto& city = byCity[*code];
        if (city.first.isEmpty()) {
            city.first = c.city;
        }
        city.second << ref;
        const quint64 partners = in.partnerMasks.value(c.id);
        for (int p = 0; p < in.partnerIds.size(); ++p) {
            if (partners & (quint64(1) << p)) {
                byPartner[p] << ref;
            }
        }
    }

    add(groupEnterprises, u"ENT_SUPPORTED"_s,
        Tr::tr("Enterprises supported (non-financial support; each enterprise counted once)"), allCompanies, 0,
        u"RCO01, RCO04 (2014–2020: CO01, CO04)"_s);
    add(groupEnterprises, u"ENT_SUPPORTED_SME"_s, Tr::tr("of them small and medium-sized enterprises (SME)"), sme, 1,
        u"RCO02"_s);
    add(groupEnterprises, u"ENT_SUPPORTED_PILOT"_s, Tr::tr("of them pilot participants"), pilots, 1);
    for (const QString& sector : vocab::codes(vocab::List::Sector)) {
        add(groupEnterprises, u"ENT_SUPPORTED_SECTOR_"_s + sector.toUpper(),
            Tr::tr("of them in the sector %1").arg(vocab::label(vocab::List::Sector, sector)), bySector.value(sector),
            1);
    }
    if (bySector.contains(QString())) {
        add(groupEnterprises, u"ENT_SUPPORTED_SECTOR_NONE"_s, Tr::tr("of them without a sector"),
            bySector.value(QString()), 1);
    }
    for (auto it = byCity.cbegin(); it != byCity.cend(); ++it) {
        add(groupEnterprises, u"ENT_SUPPORTED_CITY_"_s + it.key(),
            it->first.isEmpty() ? Tr::tr("of them without a city") : Tr::tr("of them in %1").arg(it->first), it->second,
            1);
    }
    for (int p = 0; p < in.partnerIds.size(); ++p) {
        add(groupEnterprises, u"ENT_SUPPORTED_PARTNER_"_s + QString::number(in.partnerIds[p]),
            Tr::tr("of them supported by %1").arg(in.partnerNames[p]), byPartner[p], 1);
    }
    // Cooperation: joint research (RCO10) kept apart from recruiting, which RCO10 does not count.
    const QStringList reached = {u"agreed"_s, u"completed"_s};
    const auto companiesWith = [&](const QStringList& types) {
        QList<RowRef> rows;
        QSet<Id> seen;
        for (const MatchStep& m : std::as_const(r.matchSteps)) {
            if (types.contains(m.type) && reached.contains(m.stage) && !seen.contains(m.companyId)) {
                seen.insert(m.companyId);
                rows << RowRef{RowKind::Organisation, m.companyId};
            }
        }
        return rows;
    };
    add(groupEnterprises, u"ENT_RESEARCH_COOPERATION"_s,
        Tr::tr("Enterprises cooperating with research institutions (research cooperation agreed)"),
        companiesWith({u"research_cooperation"_s}), 0, u"RCO10 (2014–2020: CO26)"_s);
    add(groupEnterprises, u"ENT_RECRUITING_COOPERATION"_s,
        Tr::tr("Enterprises with agreed recruiting matches (internship, thesis, working student, graduate job; "
               "not counted for RCO10)"),
        companiesWith({u"internship"_s, u"thesis"_s, u"working_student"_s, u"graduate_job"_s}), 0);

    // Activities by type.
    QList<QList<RowRef>> byType(in.eventTypes.size());
    QList<RowRef> allEvents;
    for (const EventInfo& e : std::as_const(in.events)) {
        allEvents << RowRef{RowKind::Event, e.id};
        if (e.type >= 0) {
            byType[e.type] << RowRef{RowKind::Event, e.id};
        }
    }
    add(groupActivities, u"EVT_TOTAL"_s, Tr::tr("Activities (contacts, meetings, visits, events)"), allEvents);
    for (int t = 0; t < in.eventTypes.size(); ++t) {
        add(groupActivities, u"EVT_TYPE_"_s + in.eventTypes[t].toUpper(),
            vocab::label(vocab::List::EventType, in.eventTypes[t]), byType[t], 1);
    }
    add(groupActivities, u"EVT_OUTSIDE_APPROVED_PERIOD"_s,
        Tr::tr("Activities outside the approved period (not counted)"), in.excludedRows);

    // Distinct participants by side.
    const auto personRows = [&](const QString& side) {
        QList<RowRef> rows;
        for (Id id : in.personsBySide.value(side)) {
            rows << RowRef{RowKind::Person, id};
        }
        return rows;
    };
    QList<RowRef> partnerSide = personRows(u"partner"_s);
    for (Id id : in.staffIds) {
        partnerSide << RowRef{RowKind::Staff, id};
    }
    add(groupParticipants, u"PART_COMPANY"_s, Tr::tr("Participants from enterprises (persons, each counted once)"),
        personRows(u"company"_s));
    add(groupParticipants, u"PART_UNIVERSITY"_s,
        Tr::tr("Participants from universities and their institutes (persons, each counted once)"),
        personRows(u"university"_s));
    add(groupParticipants, u"PART_PARTNER"_s,
        Tr::tr("Participants from the partner organisations (staff and persons, each counted once)"), partnerSide);
    if (!in.personsBySide.value(u"other"_s).isEmpty()) {
        add(groupParticipants, u"PART_OTHER"_s, Tr::tr("Participants without an organisation"), personRows(u"other"_s));
    }

    // Matches by type and the stage reached in the period; graduates placed.
    const QStringList matchTypes = vocab::codes(vocab::List::MatchType);
    const QStringList stages = vocab::codes(vocab::List::MatchStage);
    // One pass: per type the matches that moved on, per type and stage those that reached it;
    // each match once per list (bit s of its mask: stage s seen, the top bit: the type list).
    const qsizetype stageCount = std::min<qsizetype>(stages.size(), 63);
    QList<QList<RowRef>> anyOfType(matchTypes.size());
    QList<QList<RowRef>> reachedOf(matchTypes.size() * stageCount);
    QHash<Id, quint64> listed;
    const QStringList placing = {u"graduate_job"_s, u"working_student"_s, u"internship"_s};
    QList<RowRef> placed;
    QSet<Id> placedIds;
    QHash<QString, QList<RowRef>> placedByType;
    for (const MatchStep& m : std::as_const(r.matchSteps)) {
        const RowRef ref{RowKind::Match, m.matchId};
        quint64& mask = listed[m.matchId];
        const qsizetype t = matchTypes.indexOf(m.type);
        if (t >= 0) {
            if (!(mask & (quint64(1) << 63))) {
                mask |= quint64(1) << 63;
                anyOfType[t] << ref;
            }
            const qsizetype st = stages.indexOf(m.stage);
            if (st >= 0 && st < stageCount && !(mask & (quint64(1) << st))) {
                mask |= quint64(1) << st;
                reachedOf[t * stageCount + st] << ref;
            }
        }
        if (m.stage == u"completed"_s && placing.contains(m.type) && !placedIds.contains(m.matchId)) {
            placedIds.insert(m.matchId);
            placed << ref;
            placedByType[m.type] << ref;
        }
    }
    for (qsizetype t = 0; t < matchTypes.size(); ++t) {
        const QString& type = matchTypes[t];
        add(groupMatches, u"MATCH_"_s + type.toUpper(),
            Tr::tr("%1: matches that moved on in the period").arg(vocab::label(vocab::List::MatchType, type)),
            anyOfType[t]);
        for (qsizetype st = 0; st < stageCount; ++st) {
            const QString& stage = stages[st];
            add(groupMatches, u"MATCH_"_s + type.toUpper() + u'_' + stage.toUpper(),
                Tr::tr("reached \"%1\"").arg(vocab::label(vocab::List::MatchStage, stage)),
                reachedOf[t * stageCount + st], 1);
        }
    }
    add(groupMatches, u"GRAD_PLACED"_s,
        Tr::tr("Graduates and students placed (graduate job, working student and internship matches completed)"),
        placed);
    for (const QString& type : placing) {
        add(groupMatches, u"GRAD_PLACED_"_s + type.toUpper(), vocab::label(vocab::List::MatchType, type),
            placedByType.value(type), 1);
    }

    // Staff hours, by the partner of the staff member who logged the activity.
    QList<int> minutesByPartner(in.partnerIds.size() + 1, 0);
    QList<QList<RowRef>> eventsByPartner(in.partnerIds.size() + 1);
    int totalMinutes = 0;
    for (const EventInfo& e : std::as_const(in.events)) {
        const int p = e.loggerPartner >= 0 ? e.loggerPartner : int(in.partnerIds.size());
        minutesByPartner[p] += e.timeSpent;
        totalMinutes += e.timeSpent;
        if (e.timeSpent > 0) {
            eventsByPartner[p] << RowRef{RowKind::Event, e.id};
        }
    }
    QList<RowRef> withTime;
    for (const EventInfo& e : std::as_const(in.events)) {
        if (e.timeSpent > 0) {
            withTime << RowRef{RowKind::Event, e.id};
        }
    }
    Indicator* hours = add(groupTime, u"HOURS_TOTAL"_s, Tr::tr("Staff hours logged"), withTime);
    hours->hours = true;
    hours->value = totalMinutes / 60.0;
    for (int p = 0; p <= in.partnerIds.size(); ++p) {
        if (p == in.partnerIds.size() && minutesByPartner[p] == 0) {
            break;
        }
        Indicator* i = add(groupTime,
            p < in.partnerIds.size() ? u"HOURS_PARTNER_"_s + QString::number(in.partnerIds[p])
                                     : u"HOURS_PARTNER_NONE"_s,
            p < in.partnerIds.size() ? Tr::tr("by %1").arg(in.partnerNames[p])
                                     : Tr::tr("logged without a partner organisation"),
            eventsByPartner[p], 1);
        i->hours = true;
        i->value = minutesByPartner[p] / 60.0;
    }
}

} // namespace kmuni::reports
