// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace kmuni {

class Session;

/**
 * Extras › Staff: the staff members of the four network partners (name, partner, login name), and
 * who is working at this computer ("This is me": the login the program records in the audit log
 * and takes as the author of new activities).
 *
 * Enter in the form saves (Save is the default button; Ctrl+S too). Whatever would leave a form with
 * unsaved changes (New, another row of the list, This is me, Close, Esc) asks first: save, discard or stay.
 */
class StaffDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit StaffDialog(Session& session, QWidget* parent = nullptr);

    /** Whether the form differs from the staff member it shows (or from an empty one for a new member). */
    bool isDirty() const;

    /** Saves the form and stays open (mayLeaveUnsaved()'s Save comes here); Close closes. */
    void accept() override;
    /** Close, Esc: asks first when the form has unsaved changes. */
    void reject() override;

private:
    void reload();
    void showMember(qint64 id);
    /** Selects the row of member @p id (none for 0) and shows it in the form. */
    void selectMember(qint64 id);
    /** Asks (save, discard, stay) when the form has unsaved changes. @return whether it may be left now. */
    bool mayLeaveForm();
    /** The form's values, to know whether they changed. */
    QStringList formState() const;
    void save();
    void setAsMe();

    Session& m_session;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QComboBox* m_partner = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_me = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_current = 0;
    QStringList m_shownState; ///< formState() as showMember() filled it
    qint64 m_chosen = -1; ///< the row chosen in the list while the form had unsaved changes, until asked
};

} // namespace kmuni
