// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace kmuni::bench {

/** How big a generated network is. */
struct Scale
{
    QString name;
    int organisations = 0;
    int persons = 0;
    int events = 0;
    int matches = 0;
    int staff = 0;

    static Scale town(); ///< 10k organisations, 50k persons, 200k events, 10k matches
    static Scale city(); ///< 100k organisations, 500k persons, 2M events, 100k matches
    static Scale tiny(); ///< for tests: 2k organisations, 10k persons, 20k events
};

/**
 * Fills a new database at @p path with a realistic, reproducible (seeded) network of @p scale:
 * companies of a city with German names, persons with umlauts, ß and double names, five years of
 * activities with participants and follow-ups, matches with their stage history. It writes through
 * the SQLite C API in large transactions, with the same folded search columns the repositories
 * write. @p progress gets a line now and then.
 * @return false with @p error set on failure.
 */
bool generate(const QString& path, const Scale& scale, const QDate& today, quint32 seed,
    const std::function<void(const QString&)>& progress, QString* error);

/** First and last names the generator uses, for tests that search the generated data. */
const QStringList& lastNames();
const QStringList& firstNames();

} // namespace kmuni::bench
