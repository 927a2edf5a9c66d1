// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace kmuni {

/**
 * Lays its widgets out left to right at their preferred width and starts a new row where the next
 * one does not fit: a tab strip or a button bar that wraps on a narrow window instead of widening it.
 */
class FlowLayout final : public QLayout
{
public:
    using QLayout::QLayout;
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override { m_items << item; }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect& rect) override;
    /** All in one row. */
    QSize sizeHint() const override;
    /** The widest item: everything else can go to another row. */
    QSize minimumSize() const override;

private:
    /** Places the items in @p rect (when @p apply); @return the height they take. */
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
};

} // namespace kmuni
