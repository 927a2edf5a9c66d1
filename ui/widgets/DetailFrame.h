// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QWidget;

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

} // namespace kmuni
