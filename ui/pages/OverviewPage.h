// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QGridLayout;
class QGroupBox;
class QLabel;

namespace kmuni {

class DetailList;
class MonthChart;

/** Übersicht: the network in figures, my overdue and today's follow-ups, the latest activities, matches that stalled.
 */
class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Overview"); }
    QIcon icon() const override;
    void refresh() override;
    void focusMain() override;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /** Two columns of boxes, or one (scrolling down) when the page is too narrow for two. */
    void arrange(bool oneColumn);
    /** After a change: at once when shown, else when it is shown next (every save would run its queries). */
    void refreshWhenShown();

    Session& m_session;
    QLabel* m_greeting = nullptr;
    QLabel* m_figures = nullptr;
    DetailList* m_followUps = nullptr;
    DetailList* m_latest = nullptr;
    DetailList* m_stalled = nullptr;
    MonthChart* m_chart = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QGroupBox*> m_boxes; ///< due follow-ups, latest activities, stalled matches, the chart
    bool m_oneColumn = false;
    bool m_stale = true; ///< the database changed since the figures were read
};

} // namespace kmuni
