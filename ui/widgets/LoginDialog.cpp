// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include "db/Keyring.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

LoginDialog::LoginDialog(const QString& reason, const QString& keyringProblem, bool keep, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("&Keep the password in the system keyring"), this))
{
    setWindowTitle(tr("Log in to the database server"));
    setMinimumWidth(520); // the server's address on one line
    auto* layout = new QVBoxLayout(this);
    auto* why = new QLabel(reason, this);
    why->setWordWrap(true);
    why->setObjectName(u"loginReason"_s);
    layout->addWidget(why);

    auto* form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setMinimumWidth(280);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_keep->setObjectName(u"loginKeep"_s);
    if (keyringProblem.isEmpty()) {
        m_keep->setChecked(keep);
        m_keep->setToolTip(tr("Next time the program logs in with it without asking. Your desktop keeps it "
                              "encrypted; it is never written to KMUni's settings."));
    } else {
        m_keep->setEnabled(false);
        m_keep->setToolTip(keyringProblem);
    }
    layout->addWidget(m_keep);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
        [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::keepInKeyring() const
{
    return m_keep->isEnabled() && m_keep->isChecked();
}

std::unique_ptr<Database> openWithLogin(const QString& path, Database::Mode mode, DbStatus* status, QWidget* parent)
{
    auto db = Database::open(path, mode, status);
    if (db || status->code != DbError::LoginFailed) {
        return db;
    }
    // The keyring first: a login that needs nobody's typing.
    const Result<QString> kept = keyring::password(path);
    const bool fromKeyring = kept && !kept->isEmpty();
    if (fromKeyring) {
        Database::rememberPassword(path, *kept);
        db = Database::open(path, mode, status);
    }
    while (!db && status->code == DbError::LoginFailed) {
        QString reason = status->message;
        if (fromKeyring) {
            reason += u"\n"_s + LoginDialog::tr("The password kept in the system keyring was refused.");
        }
        LoginDialog dialog(reason, kept.error(), fromKeyring, parent);
        if (dialog.exec() != QDialog::Accepted) {
            Database::rememberPassword(path, {});
            status->message.clear();
            return nullptr;
        }
        Database::rememberPassword(path, dialog.password());
        db = Database::open(path, mode, status);
        if (!db) {
            continue;
        }
        QString error;
        const bool stored = dialog.keepInKeyring() ? keyring::keep(path, dialog.password(), &error)
                                                   : !fromKeyring || keyring::forget(path, &error);
        if (!stored) {
            QMessageBox::warning(parent, LoginDialog::tr("System keyring"), error);
        }
    }
    return db;
}

} // namespace kmuni
