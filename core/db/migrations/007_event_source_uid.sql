-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Calendar import (issue 15): an activity imported from an iCalendar file remembers the event's UID
-- (for an occurrence of a recurring event "UID#original start"), so that importing the same file
-- again updates the activity instead of logging it twice. NULL for activities logged here.
-- Setting it raises row_version through events_row_version (006) like any other change of the row.
ALTER TABLE events ADD COLUMN source_uid TEXT;
CREATE UNIQUE INDEX event_source_uid ON events(source_uid) WHERE source_uid IS NOT NULL;
