// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace kmuni::time {

/** Europe/Berlin: all local times of the network. */
QTimeZone berlin();

/** Now (UTC); tests may fix it with setNowForTesting(). */
QDateTime now();
/** Today in Berlin. */
QDate today();
void setNowForTesting(const QDateTime& fixed);

/** "2026-11-26T09:30:00Z": how instants are stored. */
QString toStorage(const QDateTime& instant);
QDateTime fromStorage(const QString& text);

/** Berlin wall time "2026-11-26T10:30": how event times are stored for periods and grouping. */
QString toLocalKey(const QDateTime& instant);

/** "2026-11-26" and back; an invalid date for empty or malformed text. */
QString dateToStorage(const QDate& date);
QDate dateFromStorage(const QString& text);

/** The instant at Berlin wall time @p date @p time (the later one in the autumn overlap). */
QDateTime fromBerlin(const QDate& date, const QTime& time);

} // namespace kmuni::time
