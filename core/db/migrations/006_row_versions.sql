-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Optimistic locking (issue 14): every editable row has a version, raised by every change of the
-- row, whoever makes it (this program, the command line, another window or PC). A form saves only
-- over the version it loaded; otherwise the user sees both and chooses: nothing is silently undone.
ALTER TABLE organisations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE persons ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE matches ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

-- An update that does not raise the version itself gets it raised (recursive triggers are off, so
-- the trigger's own update does not fire it again).
CREATE TRIGGER organisations_row_version AFTER UPDATE ON organisations
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE organisations SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER persons_row_version AFTER UPDATE ON persons
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE persons SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER events_row_version AFTER UPDATE ON events
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE events SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER matches_row_version AFTER UPDATE ON matches
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE matches SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
