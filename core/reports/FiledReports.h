// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EfreReport.h"
#include "EfreWriters.h"

#include "common/Error.h"
#include "db/AuditLog.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kmuni {
class Database;
}

namespace kmuni::reports {

/** A report as it was handed in to the funding body (eingereichter Bericht). */
struct FiledReport
{
    Id id = 0;
    QString title; ///< "Zwischenbericht 1"
    Period period; ///< the requested period
    QDateTime filedAt;
    QString filedBy;
    QString fingerprint;
    qint64 auditId = 0; ///< the audit-log row of the filing
};

/** A number that differs between a filed report and the report of the same period now. */
struct IndicatorChange
{
    QString code;
    QString label;
    qint64 filed = 0; ///< 0 when the code was not in the filed report
    qint64 now = 0;
    Unit unit = Unit::Count;
};

/** What changed since a report was filed. */
struct ChangesSinceFiling
{
    QList<IndicatorChange> indicators; ///< in the order of the report now
    /** Activities and matches of the period (then or now) logged, edited or deleted since, oldest first. */
    QList<audit::Entry> entries;
    bool isEmpty() const { return indicators.isEmpty() && entries.isEmpty(); }
};

/**
 * The changes as lines for people: "Activities (EVT_TOTAL): 46 → 47" (time as h:mm) and
 * "30.11.2026 10:15 · mueller: activity no. 12 logged".
 */
QStringList describe(const ChangesSinceFiling& changes);

/** The report's data as the database keeps it for a filed report (JSON, compressed). */
QByteArray toSnapshot(const EfreReport& report);
/** The report back from toSnapshot(); a failure when the data is damaged (its fingerprint differs). */
Result<EfreReport> fromSnapshot(const QByteArray& snapshot, const QString& fingerprint);

/**
 * Filed reports: kept read-only in the database (the table's triggers refuse changes), with the
 * report's data and the PDF, XLSX and CSV exactly as written when it was filed.
 */
class FiledReports final
{
public:
    explicit FiledReports(Database& db)
        : m_db(db)
    { }

    /**
     * Builds the report for @p period, writes it in all three formats and keeps all of it as
     * @p title, in one write transaction (what is filed is one state of the database). Nothing
     * when cancelled through @p progress.
     */
    Result<FiledReport> file(const Period& period, const QString& title, const Progress& progress = {});

    /** All filed reports, newest first. */
    Result<QList<FiledReport>> list() const;
    Result<FiledReport> find(Id id) const;
    /** The filed reports of exactly @p period, newest first. */
    Result<QList<FiledReport>> forPeriod(const Period& period) const;
    /** The filed report's data, checked against its fingerprint. */
    Result<EfreReport> report(Id id) const;
    /** The file as it was written when the report was filed, byte for byte. */
    Result<QByteArray> bytes(Id id, Format format) const;
    /** The indicators that differ from @p now, and the activities and matches changed since filing. */
    Result<ChangesSinceFiling> changesSince(Id id, const EfreReport& now) const;

private:
    Database& m_db;
};

} // namespace kmuni::reports
