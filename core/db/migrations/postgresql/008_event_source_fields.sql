-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Calendar import: what the file said of an imported activity the last time (subject, start, length,
-- place, notes, …; a JSON object). Importing the file again takes a field over only where the file
-- changed it since, so that what staff wrote into the activity in between (its notes above all)
-- stays. NULL for activities logged here, and for those imported before this column.
ALTER TABLE events ADD COLUMN source_fields text;
