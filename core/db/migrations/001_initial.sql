-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- KMUni CRM schema, version 1. Timestamps are UTC ISO 8601 ("2026-11-26T09:30:00Z"), dates YYYY-MM-DD,
-- event times also as local wall time in Europe/Berlin ("2026-11-26T10:30") for periods and grouping.
-- Columns ending in _key hold fold::simple() of their source (lower case, umlauts and ß folded:
-- "Müller" → "muller"): plain binary order of these keys is German dictionary order (DIN 5007-1),
-- so every list sorts, filters by prefix and pages through one ordinary index, and any SQLite tool
-- can read the file. The German ICU collation "de" is registered on every connection for the rest.

PRAGMA application_id = 1263359342; -- 0x4B4D556E "KMUn"

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    partner_id  INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL,
    login       TEXT UNIQUE,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX staff_partner ON staff(partner_id);

CREATE TABLE organisations (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    kind                 TEXT NOT NULL CHECK (kind IN ('company', 'university', 'institute', 'partner')),
    parent_id            INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    name                 TEXT NOT NULL CHECK (name <> ''),
    short_name           TEXT NOT NULL DEFAULT '',
    legal_form           TEXT NOT NULL DEFAULT '',
    institute_type       TEXT NOT NULL DEFAULT '',
    sector               TEXT NOT NULL DEFAULT '',
    street               TEXT NOT NULL DEFAULT '',
    postal_code          TEXT NOT NULL DEFAULT '',
    city                 TEXT NOT NULL DEFAULT '',
    website              TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    employees            INTEGER,
    is_sme               INTEGER NOT NULL DEFAULT 1,
    is_pilot             INTEGER NOT NULL DEFAULT 0,
    stage                TEXT NOT NULL DEFAULT '',
    responsible_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    needs                TEXT NOT NULL DEFAULT '',
    offers               TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    archived             INTEGER NOT NULL DEFAULT 0,
    archived_reason      TEXT NOT NULL DEFAULT '',
    sort_key             TEXT NOT NULL,
    city_key             TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK ((kind = 'institute') = (parent_id IS NOT NULL))
);
-- Lists sort by (archived, sort key, id): active first, then by name; they page through that key,
-- and the filters by kind, sector and city each have their index in the same order.
CREATE INDEX org_name ON organisations(archived, sort_key, id);
CREATE INDEX org_kind ON organisations(archived, kind, sort_key, id);
CREATE INDEX org_sector ON organisations(archived, sector, sort_key, id);
CREATE INDEX org_city ON organisations(archived, city_key, sort_key, id);
CREATE INDEX org_pilot ON organisations(archived, is_pilot, sort_key, id) WHERE is_pilot = 1;
CREATE INDEX org_parent ON organisations(parent_id);
CREATE INDEX org_responsible ON organisations(responsible_staff_id);

CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    salutation      TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL CHECK (last_name <> ''),
    function        TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    mobile          TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    legal_basis     TEXT NOT NULL DEFAULT 'legitimate_interest',
    consent_date    TEXT,
    do_not_contact  INTEGER NOT NULL DEFAULT 0,
    archived        INTEGER NOT NULL DEFAULT 0,
    erased          INTEGER NOT NULL DEFAULT 0,
    sort_key        TEXT NOT NULL,  -- last name, tab, first name
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX person_name ON persons(archived, sort_key, id);
CREATE INDEX person_org ON persons(organisation_id);
CREATE INDEX person_email ON persons(email COLLATE NOCASE) WHERE email <> '';

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    type               TEXT NOT NULL,
    starts_at          TEXT NOT NULL,  -- UTC
    starts_local       TEXT NOT NULL,  -- Europe/Berlin wall time, "YYYY-MM-DDTHH:MM"
    duration_min       INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    location           TEXT NOT NULL DEFAULT '',
    subject            TEXT NOT NULL DEFAULT '',
    minutes            TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT '',
    time_spent_min     INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_min >= 0),
    logged_by_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX event_start ON events(starts_local, id);
-- Covers counts, hours by type and by the logger's partner in a period (report) without reading the table.
CREATE INDEX event_month ON events(starts_local, type, time_spent_min, logged_by_staff_id);

-- Activities and staff time per month and type, kept by triggers: the overview's chart reads a
-- dozen rows instead of counting hundreds of thousands of activities.
CREATE TABLE event_month_stats (
    month   TEXT NOT NULL,  -- "2026-11", Berlin time
    type    TEXT NOT NULL,
    events  INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (month, type)
) WITHOUT ROWID;
CREATE TRIGGER event_stats_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_month_stats(month, type, events, minutes)
    VALUES (substr(NEW.starts_local, 1, 7), NEW.type, 1, NEW.time_spent_min)
    ON CONFLICT(month, type) DO UPDATE SET events = events + 1, minutes = minutes + excluded.minutes;
END;
CREATE TRIGGER event_stats_delete AFTER DELETE ON events BEGIN
    UPDATE event_month_stats SET events = events - 1, minutes = minutes - OLD.time_spent_min
    WHERE month = substr(OLD.starts_local, 1, 7) AND type = OLD.type;
END;
CREATE TRIGGER event_stats_update AFTER UPDATE OF starts_local, type, time_spent_min ON events BEGIN
    UPDATE event_month_stats SET events = events - 1, minutes = minutes - OLD.time_spent_min
    WHERE month = substr(OLD.starts_local, 1, 7) AND type = OLD.type;
    INSERT INTO event_month_stats(month, type, events, minutes)
    VALUES (substr(NEW.starts_local, 1, 7), NEW.type, 1, NEW.time_spent_min)
    ON CONFLICT(month, type) DO UPDATE SET events = events + 1, minutes = minutes + excluded.minutes;
END;
CREATE INDEX event_type_start ON events(type, starts_local, id);
CREATE INDEX event_logged_by ON events(logged_by_staff_id);

-- Exactly one of organisation, person or staff member per row. starts_local is a copy of the
-- event's, so that an organisation's timeline is one index range, newest first.
CREATE TABLE event_participants (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    person_id       INTEGER REFERENCES persons(id) ON DELETE RESTRICT,
    staff_id        INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT '',
    starts_local    TEXT NOT NULL,
    CHECK ((organisation_id IS NOT NULL) + (person_id IS NOT NULL) + (staff_id IS NOT NULL) = 1)
);
-- With the staff member: "which partners were in touch with this organisation" reads indexes only.
CREATE INDEX participant_event ON event_participants(event_id, staff_id);
-- Not partial: SQLite checks foreign keys (deleting a person, an organisation) only through a full index.
CREATE INDEX participant_org ON event_participants(organisation_id, starts_local, event_id);
CREATE INDEX participant_person ON event_participants(person_id, starts_local, event_id);
CREATE INDEX participant_staff ON event_participants(staff_id, starts_local, event_id);
-- The report reads a period's participants from this index alone, grouped by activity.
CREATE INDEX participant_period ON event_participants(starts_local, event_id, organisation_id, person_id, staff_id);

CREATE TABLE follow_ups (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    event_id        INTEGER REFERENCES events(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    staff_id        INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    title           TEXT NOT NULL CHECK (title <> ''),
    due_date        TEXT NOT NULL,
    done            INTEGER NOT NULL DEFAULT 0,
    done_at         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX follow_up_open ON follow_ups(due_date, id) WHERE done = 0;
CREATE INDEX follow_up_event ON follow_ups(event_id);
CREATE INDEX follow_up_org ON follow_ups(organisation_id, done, due_date);
CREATE INDEX follow_up_staff ON follow_ups(staff_id, done, due_date);
CREATE INDEX follow_up_person ON follow_ups(person_id);

CREATE TABLE matches (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    company_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    university_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    type                 TEXT NOT NULL,
    stage                TEXT NOT NULL,
    title                TEXT NOT NULL DEFAULT '',
    company_person_id    INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    university_person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    started_on           TEXT NOT NULL,
    stage_changed_on     TEXT NOT NULL,
    outcome              TEXT NOT NULL DEFAULT '',
    graduates_hired      INTEGER NOT NULL DEFAULT 0 CHECK (graduates_hired >= 0),
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX match_company ON matches(company_id);
CREATE INDEX match_university ON matches(university_id);
CREATE INDEX match_company_person ON matches(company_person_id);
CREATE INDEX match_university_person ON matches(university_person_id);
CREATE INDEX match_stage ON matches(stage, stage_changed_on);
CREATE INDEX match_changed ON matches(stage_changed_on, id);

-- Every stage a match reached and when: the report counts stages reached in a period.
CREATE TABLE match_stages (
    id         INTEGER PRIMARY KEY,
    match_id   INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    stage      TEXT NOT NULL,
    reached_on TEXT NOT NULL
);
CREATE INDEX match_stage_match ON match_stages(match_id, reached_on);
CREATE INDEX match_stage_reached ON match_stages(reached_on, stage);

CREATE TABLE match_events (
    match_id INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (match_id, event_id)
) WITHOUT ROWID;
CREATE INDEX match_event_event ON match_events(event_id);

-- Counts the overview shows (organisations by kind, pilots, persons, matches by stage), kept by
-- triggers, so that the overview does not count hundreds of thousands of rows.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY NOT NULL,  -- "organisation:company", "organisation:pilot", "person", "match:agreed"
    value INTEGER NOT NULL            -- active (not archived) rows
) WITHOUT ROWID;
CREATE TRIGGER count_organisation_insert AFTER INSERT ON organisations WHEN NEW.archived = 0 BEGIN
    INSERT INTO counters(name, value) VALUES ('organisation:' || NEW.kind, 1)
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
    INSERT INTO counters(name, value) SELECT 'organisation:pilot', 1 WHERE NEW.is_pilot = 1 AND NEW.kind = 'company'
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER count_organisation_delete AFTER DELETE ON organisations WHEN OLD.archived = 0 BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'organisation:' || OLD.kind;
    UPDATE counters SET value = value - 1
    WHERE name = 'organisation:pilot' AND OLD.is_pilot = 1 AND OLD.kind = 'company';
END;
CREATE TRIGGER count_organisation_update AFTER UPDATE OF kind, archived, is_pilot ON organisations BEGIN
    UPDATE counters SET value = value - 1 WHERE OLD.archived = 0 AND name = 'organisation:' || OLD.kind;
    UPDATE counters SET value = value - 1
    WHERE OLD.archived = 0 AND OLD.is_pilot = 1 AND OLD.kind = 'company' AND name = 'organisation:pilot';
    INSERT INTO counters(name, value) SELECT 'organisation:' || NEW.kind, 1 WHERE NEW.archived = 0
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
    INSERT INTO counters(name, value) SELECT 'organisation:pilot', 1
    WHERE NEW.archived = 0 AND NEW.is_pilot = 1 AND NEW.kind = 'company'
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER count_person_insert AFTER INSERT ON persons WHEN NEW.archived = 0 BEGIN
    INSERT INTO counters(name, value) VALUES ('person', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER count_person_delete AFTER DELETE ON persons WHEN OLD.archived = 0 BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'person';
END;
CREATE TRIGGER count_person_update AFTER UPDATE OF archived ON persons WHEN OLD.archived <> NEW.archived BEGIN
    INSERT INTO counters(name, value) VALUES ('person', CASE WHEN NEW.archived = 0 THEN 1 ELSE -1 END)
    ON CONFLICT(name) DO UPDATE SET value = value + excluded.value;
END;
CREATE TRIGGER count_match_insert AFTER INSERT ON matches BEGIN
    INSERT INTO counters(name, value) VALUES ('match:' || NEW.stage, 1)
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER count_match_delete AFTER DELETE ON matches BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'match:' || OLD.stage;
END;
CREATE TRIGGER count_match_update AFTER UPDATE OF stage ON matches WHEN OLD.stage <> NEW.stage BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'match:' || OLD.stage;
    INSERT INTO counters(name, value) VALUES ('match:' || NEW.stage, 1)
    ON CONFLICT(name) DO UPDATE SET value = value + 1;
END;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    entity_uuid TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'unarchive', 'delete', 'erase', 'import')),
    changes     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id, id);

-- Search indexes over folded text (SQLite's trigram tokenizer folds case, not umlauts or ß).
-- Names and contact data: trigram, so any three letters inside a word find it.
CREATE VIRTUAL TABLE organisation_search USING fts5(name, other, tokenize = 'trigram');
CREATE VIRTUAL TABLE person_search USING fts5(name, other, tokenize = 'trigram');
CREATE VIRTUAL TABLE match_search USING fts5(name, other, tokenize = 'trigram');
-- Activities carry long minutes: words and their beginnings (a prefix index for three letters),
-- contentless and without positions, which keeps the index of millions of activities small.
-- Rows are removed with the 'delete' command and the old folded text.
CREATE VIRTUAL TABLE event_search USING fts5(name, other, tokenize = 'unicode61', prefix = '3', content = '', detail = 'column');
