-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The EFRE report's stable codes and its filed versions (issue 13).

-- A partner organisation's short code in the report's indicator codes (ENT_SUPPORTED_PARTNER_<code>,
-- HOURS_PARTNER_<code>), chosen in the project settings: the same partner has the same code in
-- every office's database, whatever its id.
CREATE TABLE partner_codes (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations(id) ON DELETE CASCADE,
    code            TEXT NOT NULL UNIQUE
                    CHECK (length(code) BETWEEN 1 AND 16 AND code NOT GLOB '*[^A-Z0-9_]*')
);

-- A report as it was handed in to the funding body ("als eingereicht festhalten"): its data
-- (JSON: indicators, evidence, fingerprint) and the three files exactly as written then. Read-only:
-- the triggers refuse any change or deletion.
CREATE TABLE filed_reports (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    filed_at    TEXT NOT NULL,
    filed_by    TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    audit_id    INTEGER NOT NULL, -- the audit-log row of the filing: what came after is "since"
    snapshot    BLOB NOT NULL,
    pdf         BLOB NOT NULL,
    xlsx        BLOB NOT NULL,
    csv         BLOB NOT NULL
);
CREATE INDEX filed_report_period ON filed_reports(period_from, period_to, id);
CREATE TRIGGER filed_reports_no_update BEFORE UPDATE ON filed_reports
BEGIN
    SELECT RAISE(ABORT, 'a filed report cannot be changed');
END;
CREATE TRIGGER filed_reports_no_delete BEFORE DELETE ON filed_reports
BEGIN
    SELECT RAISE(ABORT, 'a filed report cannot be deleted');
END;
