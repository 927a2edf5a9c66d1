// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmphasisDelegate.h"

#include "models/PagedListModel.h"

namespace kmuni {

void EmphasisDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Emphasis = PagedListModel::Emphasis;
    QColor colour;
    switch (index.data(PagedListModel::EmphasisRole).value<Emphasis>()) {
    case Emphasis::None:
        return;
    case Emphasis::Archived:
        option->font.setItalic(true);
        return;
    case Emphasis::OutsidePeriod:
        colour = QColor(0x9a, 0x6a, 0x2e); // brownish: there, but not counted
        break;
    case Emphasis::Overdue:
        colour = QColor(0xc0, 0x39, 0x2b);
        break;
    case Emphasis::DueToday:
        colour = QColor(0xb3, 0x6b, 0x00);
        break;
    case Emphasis::Done:
        colour = QColor(0x8a, 0x8a, 0x8a);
        break;
    }
    option->palette.setColor(QPalette::Text, colour);
}

} // namespace kmuni
