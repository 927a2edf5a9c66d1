// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kmuni {

class Database;

/** What an events import did or would do: per event created, updated, unchanged, skipped or rejected. */
struct EventImportReport
{
    struct Issue
    {
        int line = 0;
        QString message;
        int times = 1; ///< the occurrences of a recurring event are named once
        int event = 0; ///< the line of the event (BEGIN:VEVENT; 0: not known): one event may have several issues
    };

    int events = 0; ///< events (occurrences of recurring events counted one by one) read from the file
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<Issue> skipped; ///< not imported, and why (cancelled; no attendee is a known person or organisation)
    QList<Issue> rejected; ///< cannot be imported (unknown time zone, text too long): nothing is written
    QList<Issue> notes; ///< worth knowing (a recurrence cut short or out of the range, a date or zone guessed)
    QStringList unknownAttendees; ///< e-mail addresses that are no person, organisation or staff member
    bool written = false;
    bool cancelled = false; ///< the user cancelled through the progress callback: nothing was written
    QString error; ///< a problem with the whole file (not iCalendar, broken, empty)
    int errorLine = 0; ///< where in the file (0: not tied to a line)
    bool databaseFailed = false; ///< error is the database's, not the file's

    bool ok() const { return error.isEmpty() && rejected.isEmpty(); }
    /**
     * A few lines for the user: counts, the rejected events (counted once however many problems
     * they have), the skipped events, the notes, the unknown attendees; at most @p maxIssues lines of
     * each list.
     */
    QString describe(int maxIssues = 50) const;
};

/**
 * Imports the events of an iCalendar file (ical::read) as activities, all or none: one
 * transaction, written through EventRepository (audit log, search index). Attendees and the
 * organiser are matched by e-mail (case-insensitive) to persons (their organisations take part
 * too), organisations and staff members; an event none of whose attendees is a known person or
 * organisation is skipped and named in the report. Each activity remembers its event's UID (with
 * the occurrence for recurring events, events.source_uid), so that importing the same file again
 * changes nothing and a changed event updates its activity; an exported activity's UID
 * ("<uuid>@kmuni") finds the activity itself. Imported activities are meetings unless the file
 * says otherwise (X-KMUNI-TYPE, a category naming a type); the time spent is the duration (0 for
 * all-day events).
 */
class EventImport final
{
public:
    struct Options
    {
        QDate from; ///< range for recurring events (Europe/Berlin days, both included)
        QDate to;
        bool dryRun = false;
        QString source; ///< the file name, for the audit log
        Id loggedByStaffId = 0; ///< who logs the new activities when the file names no staff organiser
    };

    /** Called with (events done, events in all); returns false to cancel (nothing is written then). */
    using Progress = std::function<bool(int done, int total)>;

    explicit EventImport(Database& db);
    EventImportReport run(const QByteArray& bytes, const Options& options, const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace kmuni
