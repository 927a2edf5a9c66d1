// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace kmuni {

MonthChart::MonthChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("monthChart"));
    setMinimumHeight(120);
    setAccessibleName(tr("Activities per month"));
}

void MonthChart::setValues(const QList<int>& values, int current)
{
    m_values = values;
    m_values.resize(12);
    m_current = current;
    QStringList description;
    const QLocale locale;
    for (int m = 0; m < 12; ++m) {
        description
            << QStringLiteral("%1: %2").arg(locale.standaloneMonthName(m + 1, QLocale::ShortFormat)).arg(m_values[m]);
    }
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    update();
}

void MonthChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const int labelHeight = fontMetrics().height() + 4;
    const QRect area = rect().adjusted(4, labelHeight, -4, -labelHeight);
    const int maximum = std::max(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const double slot = area.width() / 12.0;
    const QColor bar = palette().color(QPalette::Highlight);
    for (int m = 0; m < 12; ++m) {
        const int height = int(area.height() * double(m_values[m]) / maximum);
        const QRectF r(area.left() + m * slot + slot * 0.18, area.bottom() - height, slot * 0.64, height);
        p.fillRect(r, m + 1 == m_current ? bar : bar.lighter(150));
        p.setPen(palette().color(QPalette::Text));
        if (m_values[m] > 0) {
            p.drawText(QRectF(r.left() - slot * 0.18, r.top() - labelHeight, slot, labelHeight),
                Qt::AlignHCenter | Qt::AlignBottom, locale.toString(m_values[m]));
        }
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(area.left() + m * slot, area.bottom() + 2, slot, labelHeight),
            Qt::AlignHCenter | Qt::AlignTop, locale.standaloneMonthName(m + 1, QLocale::ShortFormat));
    }
}

} // namespace kmuni
