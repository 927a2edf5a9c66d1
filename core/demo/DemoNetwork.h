// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kmuni {

class Database;

/** Counts of what the demo network put into a database. */
struct DemoSummary
{
    int organisations = 0;
    int persons = 0;
    int staff = 0;
    int events = 0;
    int followUps = 0;
    int matches = 0;
};

/**
 * Fills an empty database with the demo network (resources/demo/demo.json): the real universities
 * of Dortmund and Bochum with some of their institutes, the four network partners, invented pilot
 * companies and persons, and a few months of invented activities, follow-ups and matches, dated
 * relative to @p today. One transaction: all or nothing.
 */
bool loadDemoNetwork(Database& db, const QDate& today, DemoSummary* summary, QString* error);

} // namespace kmuni
