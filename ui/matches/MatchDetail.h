// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matches/Match.h"
#include "widgets/DetailPane.h"

class QLabel;
class QTreeWidget;

namespace kmuni {

class DetailList;
class SuggestionsPanel;

/**
 * One match: a header card with both sides and the stage badge, and tabs: overview (contact
 * persons, staff member, outcome), the stage history as a dated timeline, the linked activities
 * and the audit log.
 */
class MatchDetail final : public DetailPane
{
    Q_OBJECT
public:
    MatchDetail(Session& session, QWidget* parent = nullptr);
    /** Shows match @p id (0 or unknown: the empty state). */
    void showMatch(Id id);
    const std::optional<Match>& match() const { return m_match; }
    QTreeWidget* history() const { return m_history; }
    SuggestionsPanel* suggestions() const { return m_suggestions; }

private:
    std::optional<Match> m_match;
    QLabel* m_overview = nullptr;
    QTreeWidget* m_history = nullptr;
    DetailList* m_events = nullptr;
    SuggestionsPanel* m_suggestions = nullptr;
    QWidget* m_suggestionsPage = nullptr; ///< the tab: the panel in a scroll area
};

} // namespace kmuni
