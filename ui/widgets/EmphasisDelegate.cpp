// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmphasisDelegate.h"

#include "models/PagedListModel.h"

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

} // namespace kmuni
