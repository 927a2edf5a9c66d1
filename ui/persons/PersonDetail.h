// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persons/Person.h"
#include "widgets/DetailPane.h"

class QLabel;

namespace kmuni {

class DetailList;

/** A contact person: contact data (e-mail opens the mail client), legal basis and do-not-contact, activities. */
class PersonDetail final : public DetailPane
{
    Q_OBJECT
public:
    PersonDetail(Session& session, QWidget* parent = nullptr);
    void showPerson(Id id);
    const std::optional<Person>& person() const { return m_person; }

private:
    std::optional<Person> m_person;
    QLabel* m_blocked = nullptr;
    QLabel* m_overview = nullptr;
    DetailList* m_timeline = nullptr;
};

} // namespace kmuni
