// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFit.h"

#include <QHeaderView>
#include <QTreeView>

#include <algorithm>
#include <array>
#include <numeric>

namespace kmuni {

QList<int> fitWidths(const QList<int>& natural, const QList<int>& least, int room, GiveWay how)
{
    if (how == GiveWay::Evenly) {
        qint64 floors = 0;
        qint64 above = 0;
        for (qsizetype c = 0; c < natural.size(); ++c) {
            floors += std::min(least.value(c), natural[c]);
            above += std::max(0, natural[c] - least.value(c));
        }
        const double share = above == 0 ? 1.0 : std::clamp(double(room - floors) / double(above), 0.0, 1.0);
        QList<int> widths(natural.size());
        for (qsizetype c = 0; c < natural.size(); ++c) {
            const int floor = std::min(least.value(c), natural[c]);
            widths[c] = floor + int((natural[c] - floor) * share);
        }
        return widths;
    }
    const auto widthAt = [&](qsizetype c, int cap) { return std::max(std::min(natural[c], cap), least.value(c)); };
    const auto total = [&](int cap) {
        int sum = 0;
        for (qsizetype c = 0; c < natural.size(); ++c) {
            sum += widthAt(c, cap);
        }
        return sum;
    };
    if (natural.isEmpty()) {
        return {};
    }
    // The largest cap under which the columns fit the room (the floors, when nothing larger does).
    int low = 0;
    int high = *std::max_element(natural.cbegin(), natural.cend()) + 1;
    while (low + 1 < high) {
        const int middle = (low + high) / 2;
        (total(middle) <= room ? low : high) = middle;
    }
    const int cap = total(high) <= room ? high : low;
    QList<int> widths(natural.size());
    for (qsizetype c = 0; c < natural.size(); ++c) {
        widths[c] = widthAt(c, cap);
    }
    return widths;
}

QList<int> fitListColumns(
    const QTreeView& view, const std::function<int(int column)>& defaultWidth, const QSet<int>& labelColumns)
{
    const QAbstractItemModel* model = view.model();
    if (!model) {
        return {};
    }
    QList<int> byDefault;
    for (int column = 0; column < model->columnCount(); ++column) {
        byDefault << defaultWidth(column);
    }
    const QFontMetrics headerMetrics(view.header()->font());
    const QFontMetrics metrics(view.font());
    const int rows = std::min(model->rowCount(), 40); // the first rows tell: measuring all would cost
    QList<int> natural;
    std::array<QList<int>, 5> floors; // the least widths, most generous first
    for (int column = 0; column < model->columnCount(); ++column) {
        const int header = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString())
            + 22; // and the sort arrow
        int content = 0;
        qsizetype longest = -1; // no value read yet
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, column).data().toString();
            if (!text.isEmpty()) {
                content = std::max(content, metrics.horizontalAdvance(text) + 16);
                longest = std::max(longest, text.size());
            }
        }
        const bool labels = labelColumns.contains(column);
        // A date and time, a city: whole. So is a column empty in the rows shown: its header.
        const bool shortValues = !labels && rows > 0 && longest <= 16;
        const int width = shortValues ? std::max(header, content) : std::max(byDefault[column], header);
        natural << width;
        const int half = std::max(header, width / 2);
        floors[0] << (shortValues || labels ? width : half);
        floors[1] << (shortValues || labels ? width : std::max(header, width * 2 / 5));
        floors[2] << (shortValues || labels ? width : header);
        floors[3] << (shortValues ? width : labels ? header : half);
        floors[4] << (shortValues ? width : header);
    }
    const int room = view.viewport()->width();
    const auto fits = [room](const QList<int>& w) { return std::accumulate(w.cbegin(), w.cend(), 0) <= room; };
    const auto least = std::find_if(floors.cbegin(), floors.cend() - 1, fits);
    return fitWidths(natural, *least, room, GiveWay::Evenly);
}

} // namespace kmuni
