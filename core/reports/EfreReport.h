// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "project/ProjectSettings.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kmuni {
class Database;
}

namespace kmuni::reports {

/** A reporting period: whole days from @p from to @p to, both included, Berlin wall time. */
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& day) const { return day >= from && day <= to; }
    /** The calendar quarter @p today lies in. */
    static Period quarterOf(const QDate& today);
    /** The quarter before the one @p today lies in. */
    static Period previousQuarterOf(const QDate& today);
    static Period yearOf(const QDate& today);
    bool operator==(const Period&) const = default;
};

/** What the numbers behind an indicator are: Organisation, Person, Staff, Event or Match. */
using RowKind = EntityKind;

struct RowRef
{
    RowKind kind = RowKind::Organisation;
    Id id = 0;
    bool operator==(const RowRef&) const = default;
};

/** What an indicator's value counts. */
enum class Unit
{
    Count, ///< enterprises, activities, persons, matches
    Minutes, ///< staff time: whole minutes, shown as h:mm, so that the parts add up to the total
};

/**
 * One number of the report. The code is stable across versions, reports and databases (auditors
 * and spreadsheets refer to it; see docs/efre-indicators.md); the label is German in a German
 * program; reference names the EU common indicator it feeds, where there is one.
 */
struct Indicator
{
    QString code; ///< "ENT_SUPPORTED", "EVT_TYPE_WORKSHOP", …
    QString group; ///< translated heading: enterprises, activities, participants, matches, time
    QString label;
    QString reference; ///< "RCO01/RCO04 (CO01/CO04)", "RCO10 (CO26)" or empty
    qint64 value = 0; ///< a count, or whole minutes (unit)
    Unit unit = Unit::Count;
    int level = 0; ///< 0: a total, 1: a breakdown of the total above it
    QList<RowRef> rows; ///< the rows behind the number (organisations, events, …)

    bool isTime() const { return unit == Unit::Minutes; }
};

/** An enterprise supported in the period, counted once however often it was in touch. */
struct SupportedCompany
{
    Id id = 0;
    QString name;
    QString city;
    QString sector;
    bool sme = false;
    bool pilot = false;
    bool archived = false;
    QDate firstContact;
    QDate lastContact;
    int contacts = 0;
    QStringList partners; ///< the partner organisations that were in touch, by name
};

/** A match that reached a stage in the period. */
struct MatchStep
{
    Id matchId = 0;
    Id companyId = 0;
    QString company;
    QString university;
    QString type;
    QString stage;
    QDate reachedOn;
};

/**
 * The EFRE funding report for a period, as plain data: built by build(), rendered by the PDF,
 * XLSX and CSV writers (reports/EfreWriters.h) and shown by the Reports page. The period counted is
 * the requested one cut to the approved period; activities outside it are left out with a note.
 */
struct EfreReport
{
    ProjectSettings project;
    Period requested;
    Period counted; ///< requested ∩ approved period; invalid when they do not overlap
    QDateTime generatedAt;
    QStringList notes; ///< translated remarks printed with the report
    QList<Indicator> indicators;
    QList<SupportedCompany> companies; ///< in German name order
    QList<Id> events; ///< the counted activities, in time order
    QList<MatchStep> matchSteps; ///< in date order
    int excludedEvents = 0; ///< in the requested period but outside the approved period
    QList<std::pair<QString, int>> eventsPerMonth; ///< "2026-11" → activities, every month of the period

    const Indicator* indicator(const QString& code) const;
    /** The value of @p code (a count or minutes), 0 when there is no such indicator. */
    qint64 value(const QString& code) const;

    /**
     * SHA-256 over what the report states (period, every indicator's code and value, the counted
     * activities and enterprises): the same data gives the same fingerprint, so a printed report
     * can be checked against the database years later. 64 hex digits.
     */
    QString fingerprint() const;

    /**
     * Builds the report for @p period from @p db. @p progress (optional) gets (step, steps) and may
     * return false to cancel; then the result is empty. A read that fails makes it a failure: no
     * report at all, never one with lower numbers.
     */
    static Result<EfreReport> build(
        Database& db, const Period& period, const std::function<bool(int, int)>& progress = {});
};

/** A row behind an indicator, named for a list on screen. */
struct RowLine
{
    RowRef ref;
    QString title; ///< organisation, person or staff name; an activity's date and type; a match's parties
    QString detail; ///< city; organisation; partner; topic; type and stage
};

/** Names the first @p limit of @p rows (in their order) for showing them. */
Result<QList<RowLine>> describe(Database& db, const QList<RowRef>& rows, int limit = 5000);

} // namespace kmuni::reports
