// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace kmuni {

/**
 * Rows of @p view as tall as their text needs when it is wrapped at its column's width: nothing
 * is cut off with "…" (a suggestion's reasons are why staff trust it). The rows are measured
 * again when a column changes its width. Sets the view to wrap and not to elide.
 */
class WrappingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
};

} // namespace kmuni
