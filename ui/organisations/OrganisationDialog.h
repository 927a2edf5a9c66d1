// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisations/Organisation.h"
#include "widgets/FormErrors.h"
#include "widgets/FormParts.h"

#include <QDialog>
#include <QVariantMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace kmuni {

class Database;

/**
 * Creates or edits an organisation. Wrong fields say why beside them; a near-identical name or the
 * same e-mail of another organisation is warned about before saving; Esc and closing ask before
 * unsaved changes are thrown away. Saving is one repository call; on success the dialog closes.
 */
class OrganisationDialog final : public QDialog
{
    Q_OBJECT
public:
    OrganisationDialog(Database& db, const Organisation& organisation, QWidget* parent = nullptr);

    /** Opens the dialog; @return the saved organisation, or nothing when cancelled. */
    static std::optional<Organisation> edit(Database& db, const Organisation& organisation, QWidget* parent);

    const Organisation& organisation() const { return m_org; }
    /** True when a field differs from what the dialog opened with. */
    bool isDirty() const;

    void accept() override;
    void reject() override;

private:
    void buildForm();
    QGroupBox* createMasterGroup();
    void addCompanyRows(QFormLayout* masterForm);
    QGroupBox* createContactGroup();
    QTabWidget* createTextTabs();
    void load(const Organisation& o);
    Organisation collect() const;
    void updateKindFields();
    bool checkDuplicates(const Organisation& o);

    Database& m_db;
    Organisation m_org;
    QVariantMap m_initial;
    FormErrors m_errors;

    QComboBox* m_kind = nullptr;
    QComboBox* m_parent = nullptr;
    QComboBox* m_instituteType = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_shortName = nullptr;
    QComboBox* m_legalForm = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_staff = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QSpinBox* m_employees = nullptr;
    QCheckBox* m_sme = nullptr;
    QCheckBox* m_pilot = nullptr;
    QPlainTextEdit* m_needs = nullptr;
    QPlainTextEdit* m_offers = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    WarningBox* m_duplicateBox = nullptr;
    QFormLayout* m_masterForm = nullptr;
    QList<QWidget*> m_companyOnly;
    QList<QWidget*> m_instituteOnly;
};

} // namespace kmuni
