// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadErrors.h"

#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace kmuni {

void reportReadError(const QWidget* context, const QString& message)
{
    QWidget* window = context ? const_cast<QWidget*>(context)->window() : QApplication::activeWindow();
    const QString text
        = QCoreApplication::translate("kmuni::ReadErrors", "The database could not be read: %1").arg(message);
    qWarning("kmuni: %s", qPrintable(text));
    QMainWindow* main = qobject_cast<QMainWindow*>(window);
    if (!main && window && window->parentWidget()) {
        main = qobject_cast<QMainWindow*>(window->parentWidget()->window());
    }
    if (main) {
        main->statusBar()->showMessage(text, 30000);
    }
    static QPointer<QMessageBox> shown;
    if (shown && shown->isVisible()) {
        if (shown->informativeText() != message) {
            shown->setInformativeText(message);
        }
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("kmuni::ReadErrors", "Database"),
        QCoreApplication::translate("kmuni::ReadErrors",
            "Some data could not be read from the database, so what is shown may be incomplete. Try again "
            "(F5); if this happens again, run \"kmuni check\" on the database file."),
        QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("readErrorBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    shown = box;
    box->show();
}

} // namespace kmuni
