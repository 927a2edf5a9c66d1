// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmphasisDelegate.h"

#include "models/PagedListModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace kmuni {

QColor EmphasisDelegate::colour(PagedListModel::Emphasis emphasis)
{
    using Emphasis = PagedListModel::Emphasis;
    switch (emphasis) {
    case Emphasis::None:
    case Emphasis::Archived:
        return {};
    case Emphasis::OutsidePeriod:
        return QColor(0x9a, 0x6a, 0x2e); // brownish: there, but not counted
    case Emphasis::Overdue:
        return QColor(0xc0, 0x39, 0x2b);
    case Emphasis::DueToday:
        return QColor(0xb3, 0x6b, 0x00);
    case Emphasis::Done:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return {};
}

void EmphasisDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto emphasis = index.data(PagedListModel::EmphasisRole).value<PagedListModel::Emphasis>();
    if (emphasis == PagedListModel::Emphasis::Archived) {
        option->font.setItalic(true);
    } else if (const QColor c = colour(emphasis); c.isValid()) {
        option->palette.setColor(QPalette::Text, c);
    }
}

QString EmphasisDelegate::toolTip(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QWidget* view) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QStyle* style = view ? view->style() : cell.widget ? cell.widget->style() : nullptr;
    if (cell.text.isEmpty() || !style || own.contains(cell.text)) {
        return own;
    }
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, view);
    // The style keeps a margin on each side of the text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const bool shortened = QFontMetrics(cell.font).horizontalAdvance(cell.text) > room.width() - 2 * margin;
    if (!shortened) {
        return own;
    }
    return own.isEmpty() ? cell.text : cell.text + u'\n' + own;
}

bool EmphasisDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid()) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    const QString tip = toolTip(option, index, view);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

} // namespace kmuni
