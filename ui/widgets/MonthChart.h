// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace kmuni {

/** A small bar chart: one bar per month (activities), the current month marked. */
class MonthChart final : public QWidget
{
    Q_OBJECT
public:
    explicit MonthChart(QWidget* parent = nullptr);
    /** @p values: 12 numbers, January first; @p current: the month (1–12) to mark, 0 for none. */
    void setValues(const QList<int>& values, int current);
    QSize sizeHint() const override { return {420, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<int> m_values = QList<int>(12, 0);
    int m_current = 0;
};

} // namespace kmuni
