// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persons/Person.h"
#include "widgets/FormErrors.h"
#include "widgets/FormParts.h"

#include <QDialog>
#include <QVariantMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kmuni {

class Database;
class EntityPicker;

/** Creates or edits a contact person; like OrganisationDialog: errors beside fields, duplicate warning, asks before
 * losing changes. */
class PersonDialog final : public QDialog
{
    Q_OBJECT
public:
    PersonDialog(Database& db, const Person& person, QWidget* parent = nullptr);

    static std::optional<Person> edit(Database& db, const Person& person, QWidget* parent);

    const Person& person() const { return m_person; }
    bool isDirty() const;
    void accept() override;
    void reject() override;

private:
    void buildForm();
    void load(const Person& p);
    Person collect() const;
    bool checkDuplicates(const Person& p);

    Database& m_db;
    Person m_person;
    QVariantMap m_initial;
    FormErrors m_errors;

    EntityPicker* m_organisation = nullptr;
    QComboBox* m_salutation = nullptr;
    QComboBox* m_title = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_function = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_mobile = nullptr;
    QComboBox* m_legalBasis = nullptr;
    QDateEdit* m_consentDate = nullptr;
    QCheckBox* m_doNotContact = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    WarningBox* m_duplicateBox = nullptr;
};

} // namespace kmuni
