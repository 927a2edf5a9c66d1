// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace kmuni::test {

void onNextModal(std::function<void(QWidget*)> action)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            // Keyboard shortcuts (Ctrl+S, Esc) go to the active window, as on a desktop.
            modal->activateWindow();
            QApplication::setActiveWindow(modal);
            action(modal);
            if (QTest::currentTestFailed()) {
                // Do not leave a blocking dialog behind a failed check.
                while (QWidget* open = QApplication::activeModalWidget()) {
                    if (auto* dialog = qobject_cast<QDialog*>(open)) {
                        dialog->done(QDialog::Rejected);
                    } else {
                        open->close();
                    }
                }
            }
        }
    });
    timer->start();
}

void activate(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
}

void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KMUNI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
}

std::unique_ptr<MainWindow> shownWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 860);
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) ? std::move(window) : nullptr;
}

std::unique_ptr<MainWindow> windowOn(const QString& path)
{
    auto window = shownWindow();
    if (!window) {
        qWarning("the main window was not exposed");
        return nullptr;
    }
    if (!window->openDatabase(path, false)) {
        qWarning("the main window did not open %s", qPrintable(path));
        return nullptr;
    }
    return window;
}

} // namespace kmuni::test
