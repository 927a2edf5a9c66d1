-- SPDX-FileCopyrightText: KMUni CRM contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The funding report reads every stage a match reached in a period: the index covers the match,
-- so the stages table itself is not visited row by row.
DROP INDEX match_stage_reached;
CREATE INDEX match_stage_reached ON match_stages(reached_on, stage, match_id);
