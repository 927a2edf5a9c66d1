// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace kmuni {

WrappingDelegate::WrappingDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setUniformRowHeights(false);
    view->setItemDelegate(this);
    // A column that gets wider or narrower changes how many lines each row needs. Measured once
    // the header has settled (a stretched last section follows the first).
    auto* relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    if (opt.text.isEmpty()) {
        return size;
    }
    const QStyle* style = m_view->style();
    // As QCommonStyle lays out an item's text: a margin on each side, and the icon before it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int width = m_view->header()->sectionSize(index.column()) - 2 * margin;
    if (opt.features & QStyleOptionViewItem::HasDecoration) {
        width -= opt.decorationSize.width() + 2 * margin;
    }
    const QRect text
        = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(width, opt.fontMetrics.averageCharWidth() * 4), 1 << 20),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, opt.text);
    return {size.width(), std::max(size.height(), text.height() + 2 * margin)};
}

} // namespace kmuni
