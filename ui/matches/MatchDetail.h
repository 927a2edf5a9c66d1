// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "matches/Match.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace kmuni {

class DetailList;
class DetailTabStrip;
class HeaderCard;
class SuggestionsPanel;

/**
 * One match: a header card with both sides and the stage badge, and tabs: overview (contact
 * persons, staff member, outcome), the stage history as a dated timeline, the linked activities
 * and the audit log.
 */
class MatchDetail final : public QWidget
{
    Q_OBJECT
public:
    MatchDetail(Session& session, QWidget* parent = nullptr);
    /** Shows match @p id (0 or unknown: the empty state). */
    void showMatch(Id id);
    const std::optional<Match>& match() const { return m_match; }
    HeaderCard* header() const { return m_header; }
    QTreeWidget* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    DetailTabStrip* tabStrip() const { return m_tabStrip; }
    SuggestionsPanel* suggestions() const { return m_suggestions; }

private:
    Session& m_session;
    std::optional<Match> m_match;
    QStackedWidget* m_stack = nullptr;
    HeaderCard* m_header = nullptr;
    QLabel* m_overview = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailTabStrip* m_tabStrip = nullptr;
    QTreeWidget* m_history = nullptr;
    DetailList* m_events = nullptr;
    DetailList* m_audit = nullptr;
    SuggestionsPanel* m_suggestions = nullptr;
    QWidget* m_suggestionsPage = nullptr; ///< the tab: the panel in a scroll area
};

} // namespace kmuni
