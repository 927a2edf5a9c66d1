// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLineEdit;

namespace kmuni {

/**
 * Asks for the password of a server login: why it is asked (the server's answer), the password, and
 * whether to keep it in the system keyring. The keyring choice is offered only where a keyring
 * answers; the password is never shown and never written to the settings.
 */
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    /**
     * @p reason says why the password is asked; @p keyringProblem, when not empty, why the keyring
     * cannot keep it (the choice is then off); @p keep is the choice's starting state.
     */
    LoginDialog(const QString& reason, const QString& keyringProblem, bool keep, QWidget* parent = nullptr);

    QString password() const;
    bool keepInKeyring() const;

private:
    QLineEdit* m_password;
    QCheckBox* m_keep;
};

/**
 * Opens @p path as Database::open() does; where a server wants a password, takes the one kept in
 * the system keyring, else asks with a LoginDialog until the login works or the user cancels
 * (then nullptr with an empty message). The password is kept in memory for the worker threads'
 * connections, and in the keyring only when the user chose so.
 */
std::unique_ptr<Database> openWithLogin(const QString& path, Database::Mode mode, DbStatus* status, QWidget* parent);

} // namespace kmuni
