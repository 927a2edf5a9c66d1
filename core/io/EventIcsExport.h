// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ICalendar.h"
#include "PrivateFile.h"
#include "common/Ids.h"
#include "events/Event.h"
#include "events/EventFilter.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace kmuni {

class Database;

/**
 * Writes the activities that @p filter selects (oldest first) as an iCalendar file to @p device:
 * UID "<uuid>@kmuni", DTSTART/DTEND in Europe/Berlin, SUMMARY the subject, LOCATION, DESCRIPTION
 * the minutes followed by the outcome, CATEGORIES the type's label, X-KMUNI-TYPE/-OUTCOME/-TIME-SPENT
 * for a loss-free re-import, ORGANIZER the staff member who logged it and ATTENDEE lines for the
 * persons, staff members and organisations (CUTYPE=GROUP) that took part and have an e-mail
 * address. False with @p error when the database cannot be read or the device not written;
 * @p count (optional) is how many activities were written.
 */
bool writeEventsIcs(Database& db, const EventFilter& filter, QIODevice* device, QString* error, int* count = nullptr);
/** The same for the activities @p ids, in that order (ids that do not exist are left out). */
bool writeEventsIcs(Database& db, const QList<Id>& ids, QIODevice* device, QString* error, int* count = nullptr);
/**
 * The same into the file @p path, through io::PrivateFile (0600, all or nothing, the old file kept
 * on a full disk); @p failure says why it was not written.
 */
bool writeEventsIcs(Database& db, const EventFilter& filter, const QString& path, QString* error,
    io::Failure* failure = nullptr, int* count = nullptr);

namespace ical {
/** "<uuid>@kmuni": the UID of an activity in a calendar file. */
QString uidOf(const QString& uuid);
/** The uuid in a UID "<uuid>@kmuni", or empty when @p uid is not one of ours. */
QString uuidOf(const QString& uid);
/** The DESCRIPTION of an activity: its minutes, then a line "Outcome: …" when it has one. */
QString description(const QString& minutes, const QString& outcome);
/** @p text without the dial-in blocks Google Meet and Microsoft Teams add to an invitation. */
QString withoutDialIn(const QString& text);

/**
 * A description Google Calendar wrote as HTML ("Agenda:<br><ul><li>Punkt 1</li></ul>", "&amp;") as plain
 * text: lines for <br>, paragraphs and list items ("- Punkt 1"), a link's address after its text where
 * they differ, entities decoded. A text without such tags is returned as it is.
 */
QString plainText(const QString& text);
/**
 * The minutes in a DESCRIPTION that description() wrote with @p outcome (else @p described as it is),
 * without dial-in blocks (withoutDialIn()).
 */
QString minutesOf(const QString& described, const QString& outcome);
} // namespace ical

} // namespace kmuni
