// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matches/Match.h"
#include "staff/Staff.h"
#include "widgets/FormErrors.h"
#include "widgets/FormParts.h"

#include <QDialog>
#include <QVariantMap>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace kmuni {

class Database;
class EntityPicker;
class StaffPicker;

/**
 * Creates or edits a match (Vermittlung): the company, the university or institute, type, title,
 * a contact person on each side, the staff member, outcome, graduates hired and notes. Like the
 * other forms: errors beside the fields, a duplicate warning (same pair, same type, still open),
 * Ctrl+S saves, Esc asks only when something changed. The stage moves on the match page.
 */
class MatchDialog final : public QDialog
{
    Q_OBJECT
public:
    MatchDialog(Database& db, const Match& match, QWidget* parent = nullptr);

    static std::optional<Match> edit(Database& db, const Match& match, QWidget* parent);
    /** A new match with organisation @p organisationId on its side (company or university by its kind). */
    static Match prefilled(Database& db, Id organisationId);

    const Match& match() const { return m_match; }
    bool isDirty() const;
    void accept() override;
    void reject() override;

private:
    void buildForm();
    void load(const Match& m);
    Match collect() const;
    bool checkDuplicates(const Match& m);
    void setStaff(Id id);

    Database& m_db;
    Match m_match;
    QList<StaffMember> m_staffList;
    QVariantMap m_initial;
    FormErrors m_errors;
    Id m_staffId = 0;

    EntityPicker* m_company = nullptr;
    EntityPicker* m_university = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_title = nullptr;
    EntityPicker* m_companyPerson = nullptr;
    EntityPicker* m_universityPerson = nullptr;
    QLabel* m_staffName = nullptr;
    QToolButton* m_clearStaff = nullptr;
    StaffPicker* m_staffPicker = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QSpinBox* m_graduates = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    WarningBox* m_duplicateBox = nullptr;
};

} // namespace kmuni
