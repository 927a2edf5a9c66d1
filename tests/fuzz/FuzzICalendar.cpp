// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for kmuni::ical::read and write; how to run it: tests/fuzz/CMakeLists.txt.
#include "io/ICalendar.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kmuni;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // A fixed range (not today's), so that a crash found once crashes again; few occurrences keep
    // each run short, the cap on them is part of what is tested.
    ical::ReadOptions options;
    options.from = QDate(2025, 1, 1);
    options.to = QDate(2027, 12, 31);
    options.maxOccurrences = 50;
    const ical::Calendar calendar = ical::read(bytes, options);
    if (!calendar.error.isEmpty() && !calendar.events.isEmpty()) {
        __builtin_trap(); // a file that cannot be read yields no events
    }
    for (const ical::CalendarEvent& event : calendar.events) {
        // line 0 is allowed: where libical and the line scan disagree (a lone CR), the line is unknown.
        if (event.line < 0 || !event.start.isValid() || event.durationMin < 0 || event.key.isEmpty()) {
            __builtin_trap();
        }
    }
    // What was read can be written and read again: no error, as many events.
    if (!calendar.events.isEmpty()) {
        const ical::Calendar again = ical::read(ical::write(calendar.events), options);
        if (!again.error.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
