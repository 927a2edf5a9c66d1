// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFit.h"

#include <algorithm>

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

} // namespace kmuni
