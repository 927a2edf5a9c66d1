// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for kmuni::csv::parse; how to run it: tests/fuzz/CMakeLists.txt.
#include "io/Csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kmuni;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const csv::Encoding encoding : {csv::Encoding::Auto, csv::Encoding::Utf8, csv::Encoding::Windows1252}) {
        const csv::Table table = csv::parse(bytes, encoding);
        if (!table.error.isEmpty() && table.errorLine < 1) {
            __builtin_trap(); // every error names its line
        }
        for (const csv::Record& record : table.records) {
            if (record.line < 1 || record.fields.size() > csv::maxFields) {
                __builtin_trap();
            }
        }
        // What was read is written and read again to the same records.
        if (table.error.isEmpty() && encoding == csv::Encoding::Auto) {
            QList<QStringList> records;
            for (const csv::Record& record : table.records) {
                records << record.fields;
            }
            const csv::Table again = csv::parse(csv::write(records, csv::Dialect::Rfc4180), csv::Encoding::Utf8, u',');
            if (!again.error.isEmpty()) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
