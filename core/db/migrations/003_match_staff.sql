-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The staff member who looks after a match (the match page filters by it).
ALTER TABLE matches ADD COLUMN staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL;
CREATE INDEX match_staff ON matches(staff_id, stage_changed_on, id);
