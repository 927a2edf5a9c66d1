// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kmuni {

class Database;

/** Activities of one year by month and type, for the overview's chart. */
struct Dashboard
{
    int year = 0;
    /** counts[month 1..12][type] and minutes of staff time per month. */
    QList<QHash<QString, int>> counts = QList<QHash<QString, int>>(13);
    QList<int> minutes = QList<int>(13, 0);
    int total = 0;

    int countIn(int month) const;
    /** The activity types that occur, in vocabulary order. */
    QStringList types() const;

    /** Reads the per-month statistics the database keeps up to date (event_month_stats). */
    static Result<Dashboard> compute(Database& db, int year);
};

} // namespace kmuni
