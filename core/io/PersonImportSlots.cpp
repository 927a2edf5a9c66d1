// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the person import: a person as a slot of the plan holds them, packed (PersonImportWriter.h).
#include "PersonImportWriter.h"

#include "persons/Person.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace kmuni {
namespace {

// The text of a person the plan holds from row to row, packed into one buffer: the plan of a file
// of 500,000 rows holds as many persons, and a Person of QStrings takes several times the memory.
// Latin-1 text (German names) takes a byte a character, other text two; a null string stays null.
constexpr QString Person::*packedText[] = {&Person::salutation, &Person::title, &Person::firstName, &Person::lastName,
    &Person::function, &Person::email, &Person::phone, &Person::mobile, &Person::notes, &Person::legalBasis};

bool isLatin1(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x100; });
}

// A size as 7 bits a byte, the last byte's high bit clear.
char* putSize(char* out, quint32 size)
{
    while (size >= 0x80) {
        *out++ = char(size | 0x80);
        size >>= 7;
    }
    *out++ = char(size);
    return out;
}

quint32 getSize(const char*& in)
{
    quint32 size = 0;
    for (int shift = 0;; shift += 7) {
        const auto b = quint8(*in++);
        size |= quint32(b & 0x7F) << shift;
        if (b < 0x80) {
            return size;
        }
    }
}

// Each text: 0 for a null string, else (length << 1 | two bytes a character) + 1, then the characters.
QByteArray pack(const Person& p)
{
    std::array<quint32, std::size(packedText)> heads{};
    qsizetype size = 0;
    for (size_t i = 0; i < std::size(packedText); ++i) {
        const QString& text = p.*packedText[i];
        if (!text.isNull()) {
            const bool wide = !isLatin1(text);
            heads[i] = (quint32(text.size()) << 1 | (wide ? 1 : 0)) + 1;
            size += text.size() * (wide ? 2 : 1);
        }
        char scratch[5];
        size += putSize(scratch, heads[i]) - scratch;
    }
    QByteArray packed(size, Qt::Uninitialized);
    char* out = packed.data();
    for (size_t i = 0; i < std::size(packedText); ++i) {
        const QString& text = p.*packedText[i];
        out = putSize(out, heads[i]);
        if (heads[i] == 0) {
            continue;
        }
        if ((heads[i] - 1) & 1) {
            std::memcpy(out, text.constData(), size_t(text.size()) * 2);
            out += text.size() * 2;
        } else {
            for (const QChar c : text) {
                *out++ = char(c.unicode());
            }
        }
    }
    return packed;
}

void unpack(const QByteArray& packed, Person& p)
{
    const char* in = packed.constData();
    for (QString Person::*member : packedText) {
        const quint32 head = getSize(in);
        if (head == 0) {
            p.*member = QString();
            continue;
        }
        const qsizetype length = (head - 1) >> 1;
        if ((head - 1) & 1) {
            QString text(length, Qt::Uninitialized);
            std::memcpy(text.data(), in, size_t(length) * 2);
            p.*member = std::move(text);
            in += length * 2;
        } else {
            p.*member = QString::fromLatin1(in, length); // not null when empty
            in += length;
        }
    }
}

} // namespace

namespace import::detail {

// The person as the slot holds them: what pack() took, and the rest.
Person personOf(const Slot& s)
{
    Person p;
    unpack(s.text, p);
    p.id = s.id;
    p.organisationId = s.organisationId;
    p.consentDate = s.consentDate;
    p.doNotContact = s.doNotContact;
    return p;
}

// The person @p p into the slot @p s: the text packed, the rest as it is.
void keep(Slot& s, const Person& p)
{
    s.text = pack(p);
    s.organisationId = p.organisationId;
    s.consentDate = p.consentDate;
    s.doNotContact = p.doNotContact;
}

} // namespace import::detail
} // namespace kmuni
