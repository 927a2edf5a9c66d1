// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace kmuni {

class Session;

/**
 * File › Import › Activities from a calendar file: choose an .ics file (Outlook, Thunderbird,
 * Google Calendar), check it first (nothing is written), show what would be created, updated,
 * left unchanged or skipped and which attendees are not known, ask, then import all events in one
 * transaction with progress and Cancel. Recurring events are taken within the approved project
 * period, else from a year ago to a year from today (as `kmuni import events` does).
 */
void importEvents(QWidget* parent, Session& session, const QString& file = {});

} // namespace kmuni
