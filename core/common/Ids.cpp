// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace kmuni {

QString newUuid()
{
    // The 48 bits of Unix time in milliseconds and 12 bits counting within the millisecond (RFC 9562,
    // 6.2, method 1) as one number that only rises; a clock set back continues from the last value.
    static std::atomic<quint64> last{0};
    const auto now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 previous = last.load(std::memory_order_relaxed);
    quint64 stamp = 0;
    do {
        stamp = std::max(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, stamp, std::memory_order_relaxed));

    const quint64 high = ((stamp >> 12) << 16) | 0x7000 | (stamp & 0xfff); // version 7
    const quint64 low = (QRandomGenerator::global()->generate64() >> 2) | (quint64(2) << 62); // variant 10
    const auto byte = [low](int i) { return uchar(low >> (56 - 8 * i)); };
    return QUuid(uint(high >> 32), ushort(high >> 16), ushort(high), byte(0), byte(1), byte(2), byte(3), byte(4),
        byte(5), byte(6), byte(7))
        .toString(QUuid::WithoutBraces);
}

} // namespace kmuni
