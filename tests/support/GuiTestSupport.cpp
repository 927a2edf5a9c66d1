// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "widgets/EntityPicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QStyleOptionComboBox>
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

bool showsWhole(const QComboBox* combo, const QString& text)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = text;
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    return field.width() >= combo->fontMetrics().horizontalAdvance(text);
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

bool pickFirstSuggestion(EntityPicker* picker, const QString& text, const std::function<bool()>& taken)
{
    type(picker, text);
    QAbstractItemView* popup = picker->completer()->popup();
    if (!QTest::qWaitFor([&] { return popup->isVisible(); }, 3000)) {
        return false;
    }
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !popup->isVisible() && taken(); }, 3000)) {
        return false;
    }
    QApplication::setActiveWindow(picker->window());
    return QTest::qWaitFor([&] { return QApplication::activeWindow() == picker->window(); }, 3000);
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

std::unique_ptr<MainWindow> windowOnDemo(TempDatabase& t)
{
    if (!loadDemo(t.db())) {
        return nullptr;
    }
    t.close();
    return windowOn(t.path());
}

std::unique_ptr<Session> sessionOn(TempDatabase& t)
{
    t.close();
    DbStatus status;
    auto db = Database::open(t.path(), Database::Mode::OpenExisting, &status);
    if (!db) {
        qWarning("the session did not open %s: %s", qPrintable(t.path()), qPrintable(status.message));
        return nullptr;
    }
    auto session = std::make_unique<Session>();
    session->setDatabase(std::move(db));
    return session;
}

} // namespace kmuni::test
