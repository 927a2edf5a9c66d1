// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

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
 */
class StaffDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit StaffDialog(Session& session, QWidget* parent = nullptr);

private:
    void reload();
    void showMember(qint64 id);
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
};

} // namespace kmuni
