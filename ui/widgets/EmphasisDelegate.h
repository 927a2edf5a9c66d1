// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/PagedListModel.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace kmuni {

/**
 * How a list row that stands out looks: the model says what it stands out for
 * (PagedListModel::EmphasisRole), this says how: archived italic, overdue red, due today amber,
 * done grey, outside the approved period brown. Colour carries meaning, never alone: the detail
 * and the tooltip say it in words. A cell shortened with "…" has its whole text in its tooltip.
 */
class EmphasisDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** The text colour of @p emphasis (invalid for none and archived, which keep the text's). */
    static QColor colour(PagedListModel::Emphasis emphasis);

    // Public, so that a test can see what a row looks like without painting it.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    /** The tooltip of a cell: the model's, with the cell's whole text first when the column shortens it. */
    QString toolTip(const QStyleOptionViewItem& option, const QModelIndex& index, const QWidget* view) const;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
};

} // namespace kmuni
