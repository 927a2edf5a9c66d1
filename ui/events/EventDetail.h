// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "events/Event.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace kmuni {

class DetailList;
class DetailTabStrip;
class HeaderCard;

/** One activity: when, what, with whom, the minutes, the outcome, staff time, follow-ups, audit log. */
class EventDetail final : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetail(Session& session, QWidget* parent = nullptr);
    void showActivity(Id id);
    const std::optional<Event>& event() const { return m_event; }
    HeaderCard* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    DetailTabStrip* tabStrip() const { return m_tabStrip; }

private:
    Session& m_session;
    std::optional<Event> m_event;
    QStackedWidget* m_stack = nullptr;
    HeaderCard* m_header = nullptr;
    QLabel* m_body = nullptr;
    DetailList* m_participants = nullptr;
    DetailList* m_followUps = nullptr;
    DetailList* m_audit = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailTabStrip* m_tabStrip = nullptr;
};

} // namespace kmuni
