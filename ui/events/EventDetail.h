// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"
#include "widgets/DetailPane.h"

class QLabel;

namespace kmuni {

class DetailList;

/** One activity: when, what, with whom, the minutes, the outcome, staff time, follow-ups, audit log. */
class EventDetail final : public DetailPane
{
    Q_OBJECT
public:
    explicit EventDetail(Session& session, QWidget* parent = nullptr);
    void showActivity(Id id);
    const std::optional<Event>& event() const { return m_event; }

private:
    std::optional<Event> m_event;
    QLabel* m_body = nullptr;
    DetailList* m_participants = nullptr;
    DetailList* m_followUps = nullptr;
};

} // namespace kmuni
