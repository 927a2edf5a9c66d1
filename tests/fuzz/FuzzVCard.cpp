// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for kmuni::vcard::parse and write; how to run it: tests/fuzz/CMakeLists.txt.
#include "io/VCard.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kmuni;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const vcard::ParseResult result = vcard::parse(bytes);
    if (!result.error.isEmpty() && result.errorLine < 1) {
        __builtin_trap(); // every error names its line
    }
    for (const vcard::Contact& contact : result.contacts) {
        if (contact.line < 1) {
            __builtin_trap();
        }
    }
    // What was read can be written, in both versions, and read again: as many cards, no error.
    if (!result.contacts.isEmpty()) {
        for (const vcard::Version version : {vcard::Version::V40, vcard::Version::V30}) {
            const vcard::ParseResult again = vcard::parse(vcard::write(result.contacts, version));
            if (!again.error.isEmpty() || again.contacts.size() != result.contacts.size()) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
