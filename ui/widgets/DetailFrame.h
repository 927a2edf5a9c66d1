// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace kmuni {

/**
 * @p parts (header card, banners, tabs; the last one takes the remaining height) on one page, and
 * before it an empty state that says what to do (@p emptyText): index 0 of the returned stack is
 * the empty state, 1 the page.
 */
QStackedWidget* detailStack(const QList<QWidget*>& parts, const QString& emptyText);

/** The frame every detail pane shares: detailStack(@p parts, @p emptyText), laid out in @p owner. */
QStackedWidget* detailFrame(QWidget* owner, const QList<QWidget*>& parts, const QString& emptyText);

/**
 * The rich text of a detail pane (an overview, minutes), named @p objectName: wrapped, at the top
 * left with a margin, selectable, its links reported by linkActivated().
 */
QLabel* detailText(const QString& objectName);

/** @p content in a frameless scroll area that resizes it: a tab that may be longer than the pane. */
QScrollArea* scrolled(QWidget* content);

/**
 * One row of a detail pane's fact table: @p label (plain text) beside @p valueHtml (rich text,
 * escaped by the caller); nothing when the value is empty, so unknown facts take no room.
 */
QString factRow(const QString& label, const QString& valueHtml);

/**
 * The tab row of a detail pane: a button per tab of a QTabWidget, in rows that wrap when the pane is
 * narrow, so that every tab stays readable and one click away (a QTabBar scrolls instead and hides
 * tabs behind small arrows). The tab widget keeps the pages and the current tab; its own bar is
 * hidden. Change a tab's text or visibility through the strip (or call sync() afterwards).
 * Keyboard: the current tab's button is the strip's one focus stop; Left and Right go to the
 * neighbouring tab, as on a tab bar.
 */
class DetailTabStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailTabStrip(QTabWidget* tabs, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    void setTabText(int index, const QString& text);
    void setTabVisible(int index, bool visible);
    /** Takes the tabs' texts, visibility and the current tab over from the tab widget. */
    void sync();
    /** The button of tab @p index, or nullptr. */
    QAbstractButton* button(int index) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void showCurrent();

    QTabWidget* m_tabs = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QToolButton*> m_buttons;
};

} // namespace kmuni
