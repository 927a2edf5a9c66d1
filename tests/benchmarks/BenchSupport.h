// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kmuni::bench {

/** One measured scenario: its samples, the raw limit's samples and its target. */
struct Measurement
{
    QString name;
    QList<double> samples; ///< ms
    QList<double> limit; ///< ms: the same SQL through the SQLite C API, or a bare Qt app
    double targetMs = 0;
    double p95TargetMs = 0; ///< 0: no separate p95 target
    QString note; ///< e.g. memory, what the limit is

    double median() const;
    double p95() const;
    double limitMedian() const;
    double ratio() const;
    bool met() const;
    QJsonObject toJson() const;
};

double percentile(QList<double> values, double p);

/** Statements SQLite ran on every connection since the last take(), bound values expanded. */
class Trace
{
public:
    static void install(); ///< before the database is opened
    static QStringList take();
    /** While it lives, statements are not recorded (a bulk write runs 300,000 of them). */
    class Paused
    {
    public:
        Paused();
        ~Paused();
        Paused(const Paused&) = delete;
        Paused& operator=(const Paused&) = delete;
    };
};

/**
 * Runs @p statements through the SQLite C API on a fresh read-only connection with the project's
 * collation and functions, stepping through every row, and returns the time in ms: the floor
 * for what the program does with the same queries.
 */
double replay(const QString& databasePath, const QStringList& statements, int repeat = 1);

/** Resident memory of this process in MiB (Linux /proc). */
double residentMiB();

/** Prints @p results as a table. */
QString table(const QString& scale, const QList<Measurement>& results);

} // namespace kmuni::bench
