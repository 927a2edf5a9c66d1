// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "persons/Person.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace kmuni {

class DetailList;
class DetailTabStrip;
class HeaderCard;

/** A contact person: contact data (e-mail opens the mail client), legal basis and do-not-contact, activities. */
class PersonDetail final : public QWidget
{
    Q_OBJECT
public:
    PersonDetail(Session& session, QWidget* parent = nullptr);
    void showPerson(Id id);
    const std::optional<Person>& person() const { return m_person; }
    HeaderCard* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    DetailTabStrip* tabStrip() const { return m_tabStrip; }

private:
    Session& m_session;
    std::optional<Person> m_person;
    QStackedWidget* m_stack = nullptr;
    HeaderCard* m_header = nullptr;
    QLabel* m_blocked = nullptr;
    QLabel* m_overview = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailTabStrip* m_tabStrip = nullptr;
    DetailList* m_timeline = nullptr;
    DetailList* m_audit = nullptr;
};

} // namespace kmuni
