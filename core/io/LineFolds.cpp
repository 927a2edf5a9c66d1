// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineFolds.h"

namespace kmuni::io {
namespace {

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// How many bytes the UTF-8 character that begins with @p lead has; 1 for anything else.
int sequenceLength(char lead)
{
    const auto b = static_cast<unsigned char>(lead);
    return b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

// How many bytes the character at the end of @p out still lacks (0: it is whole, or no UTF-8).
int missingAtEnd(const QByteArray& out)
{
    qsizetype start = out.size();
    int continuations = 0;
    while (start > 0 && continuations < 3 && isContinuation(out[start - 1])) {
        --start;
        ++continuations;
    }
    if (start == 0) {
        return 0;
    }
    const int length = sequenceLength(out[start - 1]);
    return length > 1 && continuations + 1 < length ? length - continuations - 1 : 0;
}

} // namespace

QByteArray joinSplitCharacters(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const qsizetype breakLength = c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : c == '\n' ? 1 : 0;
        const qsizetype next = i + breakLength; // the fold's space or tab
        if (breakLength == 0 || next >= bytes.size() || (bytes[next] != ' ' && bytes[next] != '\t')) {
            out += c;
            continue;
        }
        const int missing = missingAtEnd(out);
        int moved = 0;
        while (moved < missing && next + 1 + moved < bytes.size() && isContinuation(bytes[next + 1 + moved])) {
            ++moved;
        }
        if (missing == 0 || moved != missing) {
            out += c; // a fold between whole characters, or bytes that are no UTF-8 anyway
            continue;
        }
        out += bytes.mid(next + 1, moved); // the character's rest, then the line break and the space
        out += bytes.mid(i, breakLength + 1);
        i = next + moved;
    }
    return out;
}

} // namespace kmuni::io
