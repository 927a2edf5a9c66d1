// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kmuni::format {

/** "26.11.2026" (TT.MM.JJJJ, as German offices write dates); empty for an invalid date. */
QString date(const QDate& date);
/** "26.11.2026 14:30" in Berlin time. */
QString dateTime(const QDateTime& instant);
/**
 * When an activity of @p minutes from @p start is, in Berlin time: "26.11.2026 14:30 – 16:00",
 * "26.11.2026 14:30 – 27.11.2026 12:00" across midnight, whole days as dates ("10.09.2026",
 * "10.09.2026 – 11.09.2026"), "26.11.2026 14:30" without a duration.
 */
QString period(const QDateTime& start, int minutes);
/** Stored Berlin wall time "2026-11-26T14:30" as "26.11.2026 14:30". */
QString localKey(const QString& key);
/**
 * Minutes as decimal hours in the current locale, as the activity form takes them (two decimals,
 * quarter hours): 90 → "1,5", 60 → "1,0", 15 → "0,25", 20 → "0,33".
 */
QString hours(int minutes);
/**
 * Minutes as hours and minutes, exact: 1905 → "31:45", 20 → "0:20", -5 → "-0:05". Sums of such
 * values add up, unlike rounded decimal hours.
 */
QString hoursMinutes(qint64 minutes);
/** An integer with the locale's group separator: 12345 → "12.345". */
QString number(qint64 value);

} // namespace kmuni::format
