// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace kmuni {
class MainWindow;
}

/** Driving the window with QTest as a user would, on the offscreen platform. */
namespace kmuni::test {

/** Runs @p action on the next modal dialog once it is shown (QDialog::exec() blocks the test). */
void onNextModal(std::function<void(QWidget*)> action);

/**
 * After a dialog closed, the offscreen platform does not give the activation back (a window
 * manager would): do it, so that window shortcuts (Ctrl+N …) reach @p window.
 */
void activate(QWidget* window);

/** Types @p text as key events: QTest::keyClicks knows ASCII only; umlauts and ß arrive with their text. */
void type(QWidget* widget, const QString& text);

/** A main window at 1400×860, shown and exposed as a user sees it; null when it was not exposed. */
std::unique_ptr<MainWindow> shownWindow();

/** shownWindow() with the database at @p path opened; null (after a QTest warning) when either failed. */
std::unique_ptr<MainWindow> windowOn(const QString& path);

/** Saves a picture of @p widget as NAME.png when KMUNI_SCREENSHOT_DIR is set. */
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace kmuni::test
