// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

class QComboBox;

namespace kmuni {
class EntityPicker;
class MainWindow;
class Session;
namespace test {
class TempDatabase;
}
} // namespace kmuni

/** Driving the window with QTest as a user would, on the offscreen platform. */
namespace kmuni::test {

/** Runs @p action on the next modal dialog once it is shown (QDialog::exec() blocks the test). */
void onNextModal(std::function<void(QWidget*)> action);

/**
 * After a dialog closed, the offscreen platform does not give the activation back (a window
 * manager would): do it, so that window shortcuts (Ctrl+N …) reach @p window.
 */
void activate(QWidget* window);

/** Whether @p combo has room for @p text whole in its field (it is not cut off at the arrow). */
bool showsWhole(const QComboBox* combo, const QString& text);

/** Types @p text as key events: QTest::keyClicks knows ASCII only; umlauts and ß arrive with their text. */
void type(QWidget* widget, const QString& text);

/**
 * Types @p text into @p picker and takes the first suggestion with Down and Enter. True once the
 * suggestions have closed with @p taken true and the picker's window is active again (as a window
 * manager would make it); false when either did not happen within 3 s.
 */
bool pickFirstSuggestion(EntityPicker* picker, const QString& text, const std::function<bool()>& taken);

/** A main window at 1400×860, shown and exposed as a user sees it; null when it was not exposed. */
std::unique_ptr<MainWindow> shownWindow();

/** shownWindow() with the database at @p path opened; null (after a QTest warning) when either failed. */
std::unique_ptr<MainWindow> windowOn(const QString& path);

/**
 * shownWindow() with the demo network (test::loadDemo()) loaded into @p t, whose own connection is then
 * closed; null (after a QTest warning) when any of it failed.
 */
std::unique_ptr<MainWindow> windowOnDemo(TempDatabase& t);

/**
 * A session on the database of @p t, as the window has one: @p t's own connection is closed first; null
 * (after a warning with the reason) when the database did not open.
 */
std::unique_ptr<Session> sessionOn(TempDatabase& t);

/** Saves a picture of @p widget as NAME.png when KMUNI_SCREENSHOT_DIR is set. */
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace kmuni::test
