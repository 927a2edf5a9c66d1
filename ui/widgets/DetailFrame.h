// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QStackedWidget;
class QWidget;

namespace kmuni {

/**
 * The frame every detail pane shares: @p parts (header card, banners, tabs; the last one takes the
 * remaining height) on one page, and before it an empty state that says what to do (@p emptyText).
 * Lays both out in @p owner; index 0 of the returned stack is the empty state, 1 the page.
 */
QStackedWidget* detailFrame(QWidget* owner, const QList<QWidget*>& parts, const QString& emptyText);

/**
 * One row of a detail pane's fact table: @p label (plain text) beside @p valueHtml (rich text,
 * escaped by the caller); nothing when the value is empty, so unknown facts take no room.
 */
QString factRow(const QString& label, const QString& valueHtml);

} // namespace kmuni
