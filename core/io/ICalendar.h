// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kmuni::ical {

/** Someone named in an ATTENDEE or ORGANIZER line. */
struct Attendee
{
    QString email; ///< without "mailto:", as written
    QString name; ///< CN
    QString cutype; ///< CUTYPE (INDIVIDUAL, GROUP, RESOURCE, ROOM); empty when not given
    QString partstat; ///< PARTSTAT (ACCEPTED, DECLINED, …); empty when not given

    bool operator==(const Attendee& o) const = default;
};

/** One event of a calendar file, or one occurrence of a recurring event. */
struct CalendarEvent
{
    int line = 0; ///< line of BEGIN:VEVENT (0: unknown)
    QString uid;
    /**
     * What identifies this event on a re-import: the UID, and for an occurrence of a recurring
     * event also its original start ("UID#20260114T090000Z", all-day "UID#20260114").
     */
    QString key;
    QString summary;
    QString description;
    QString location;
    QDateTime start; ///< the instant (UTC); all-day events: midnight in Europe/Berlin
    int durationMin = 0;
    bool durationKnown = false; ///< DTEND or DURATION given
    bool allDay = false; ///< VALUE=DATE
    bool cancelled = false; ///< STATUS:CANCELLED
    bool confidential = false; ///< CLASS:PRIVATE or CLASS:CONFIDENTIAL (Outlook's "Privat")
    QStringList categories;
    QString kmuniType; ///< X-KMUNI-TYPE: the activity type as this program wrote it
    QString kmuniOutcome; ///< X-KMUNI-OUTCOME
    /// X-KMUNI-UUID: the activity this program exported the event from, when its UID is the calendar's it
    /// was imported from (so that the calendar finds its own event again)
    QString kmuniUuid;
    int kmuniTimeSpentMin = -1; ///< X-KMUNI-TIME-SPENT (minutes), -1 when absent
    Attendee organiser; ///< email empty when there is none
    QList<Attendee> attendees;
    QDateTime created; ///< CREATED (UTC), for the writer
    QDateTime lastModified; ///< LAST-MODIFIED (UTC), for the writer
};

/** A problem with one event of a file: the line and what is wrong. */
struct Problem
{
    int line = 0;
    QString message;
    int event = 0; ///< the line of the event's BEGIN:VEVENT (0: not known), to count the events
};

/** Which occurrences of recurring events are read. Single events are read whatever their date. */
struct ReadOptions
{
    QDate from; ///< first day (Europe/Berlin) of the range for recurring events, included
    QDate to; ///< last day, included
    int maxOccurrences = 1000; ///< per recurring event; more are left out and reported
};

/** What read() found. */
struct Calendar
{
    QList<CalendarEvent> events; ///< recurring events expanded, in the order of the file
    QList<Problem> problems; ///< events that cannot be read (an unknown time zone, no start, …)
    /**
     * Things the user should know: a recurrence cut at maxOccurrences, a recurring event with no
     * occurrence in the range, one without an end (read up to the end of the range), tasks and journal
     * entries beside the events (not read), an RDATE or EXDATE that cannot be read (left out), a time zone known
     * by its offset only.
     */
    QList<Problem> notes;
    QString error; ///< the file as a whole cannot be read
    int errorLine = 0; ///< where (0: not tied to a line)
    QDate from; ///< the days recurring events were expanded in (ReadOptions, its defaults filled in)
    QDate to;
};

/** The largest file read() takes, in bytes. */
inline constexpr qsizetype maxFileSize = 64 * 1024 * 1024;

/**
 * Reads an iCalendar file (RFC 5545) as Outlook, Thunderbird and Google Calendar write it, with
 * libical: folded lines, escaped text, VTIMEZONEs of the file (Outlook's "W. Europe Standard Time"
 * among them), Windows or IANA zone names without a VTIMEZONE, the display names Outlook Web App
 * writes ("(UTC-05:00) Eastern Time (US & Canada)"; one not known is taken at its offset, with a
 * note), UTC and floating times (taken as Europe/Berlin), all-day events, RRULE/RDATE/EXDATE
 * expanded within the range of @p options with RECURRENCE-ID overrides (of an all-day series also
 * when written as a time, as Exchange does). A file that is empty, not an iCalendar file or broken
 * (unbalanced BEGIN/END, a line that is no property) gives an error with its line.
 */
Calendar read(const QByteArray& bytes, const ReadOptions& options);

/**
 * Writes @p events as an iCalendar file: VCALENDAR 2.0 with PRODID, a VTIMEZONE for Europe/Berlin,
 * DTSTART/DTEND in Europe/Berlin (DATE values for all-day events), escaped text, CRLF line ends,
 * lines folded at 75 octets (never inside a UTF-8 sequence).
 */
QByteArray write(const QList<CalendarEvent>& events);

/** Escapes TEXT for a property value (RFC 5545 3.3.11): backslash, comma, semicolon, line breaks. */
QString escapeText(const QString& text);
/** Folds one content line (without its CRLF) at 75 octets; continuation lines start with a space. */
QByteArray foldLine(const QByteArray& line);

} // namespace kmuni::ical
