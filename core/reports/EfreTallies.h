// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the EFRE report: what EfreReport::build() reads from the database, handed to the part
// that turns it into indicators (EfreIndicators.cpp).

#include "EfreReport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace kmuni::reports {

/** One counted activity. */
struct EventInfo
{
    Id id = 0;
    qint64 minute = 0; ///< Berlin wall time, minutes since year 0
    int type = -1; ///< index into Tallies::eventTypes
    int timeSpent = 0;
    int loggerPartner = -1; ///< index into Tallies::partnerIds of who logged it
};

/** A partner organisation as the report codes it. */
struct PartnerInfo
{
    Id id = 0;
    QString name;
    QString code; ///< unique in the report (ProjectSettings::PartnerCode::effective())
};

struct Tallies
{
    QStringList eventTypes;
    QList<EventInfo> events; ///< in time order
    QList<PartnerInfo> partners; ///< at most 64, in name order: partner i is bit i of the masks
    QHash<Id, quint64> partnerMasks; ///< supported enterprise → bit i: partner i was in touch
    QStringList cities; ///< the cities of all companies in the database, as written, sorted
    QList<RowRef> excludedRows; ///< activities of the period outside the approved period
    QHash<QString, QList<Id>> personsBySide; ///< company, university, partner, other
    std::vector<Id> staffIds;
};

/**
 * Appends the indicators to @p r, whose companies and match steps are filled already: every code of
 * the indicator set, zeros included, in a fixed order (breakdowns by code), so that the rows of two
 * reports line up.
 */
void addIndicators(EfreReport& r, const Tallies& in);

/** EfreReport::build(): reads the report of @p period from @p db (EfreReader.cpp). */
Result<EfreReport> readEfreReport(Database& db, const Period& period, const std::function<bool(int, int)>& progress);

} // namespace kmuni::reports
