// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Charsets.h"

#include <QStringDecoder>

#include <utility>

namespace kmuni::charset {
namespace {

// The code points Windows-1252 puts at 0x80–0x9F (Latin-1 has control characters there).
constexpr char16_t cp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Where ISO-8859-15 differs from ISO-8859-1.
constexpr std::pair<unsigned char, char16_t> latin9Differences[8] = {{0xA4, 0x20AC}, {0xA6, 0x0160}, {0xA8, 0x0161},
    {0xB4, 0x017D}, {0xB8, 0x017E}, {0xBC, 0x0152}, {0xBD, 0x0153}, {0xBE, 0x0178}};

// Mac Roman's 0x80–0xFF (Apple's ROMAN.TXT).
constexpr char16_t macRomanHigh[128] = {0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2,
    0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022,
    0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265,
    0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1,
    0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A,
    0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8,
    0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

char16_t windows1252(unsigned char b)
{
    return b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b);
}

bool asciiLetter(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// How much @p c looks like what a German text holds there, between @p afterLetter and @p beforeLetter
// (ASCII letters on either side): German letters inside a word most, other accented letters of
// names less, a German quote that opens before a word or closes after one more than other marks.
// What a wrong character set makes of a letter ("‰", "¸", "ﬂ", "·", a lone "Ð") not at all.
int weight(char16_t c, bool afterLetter, bool beforeLetter)
{
    const bool inWord = afterLetter || beforeLetter;
    switch (c) {
    case u'ä':
    case u'ö':
    case u'ü':
    case u'ß':
        return afterLetter ? 3 : 1; // in a name, a small umlaut follows a letter: "Müller", not "äkoda"
    case u'Ä':
    case u'Ö':
    case u'Ü':
        return inWord ? 3 : 1;
    case u'é':
    case u'è':
    case u'à':
    case u'ç':
        return inWord ? 2 : 0;
    case 0x2019: // ’ and ‘ inside a word: "O’Brien", "geht’s"
    case 0x2018:
        return afterLetter && beforeLetter ? 3 : 1;
    case 0x201E: // „ opens a German quote
        return beforeLetter ? 2 : 1;
    case 0x201C: // “ closes it
    case 0x201D: // ”
        return afterLetter ? 2 : 1;
    case 0x20AC: // €
    case 0x201A: // ‚
    case 0x2013: // –
    case 0x2014: // —
    case 0x2026: // …
    case 0x2022: // •
    case 0x00A7: // §
    case 0x00B0: // °
    case 0x00A0: // no-break space
    case 0x00B4: // ´
        return 1;
    case 0x0160: // Š, as in "Škoda": Windows-1252 has the letters of Czech and French names too
    case 0x0161: // š
    case 0x017D: // Ž
    case 0x017E: // ž
    case 0x0152: // Œ
    case 0x0153: // œ
    case 0x0178: // Ÿ
        return inWord ? 1 : 0;
    default:
        // Another Latin-1 letter (not × ÷), in a name.
        return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7 && inWord ? 1 : 0;
    }
}

} // namespace

QString fromUtf8(QByteArrayView bytes, bool* ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

QString fromWindows1252(QByteArrayView bytes, bool latin9)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        char16_t u = windows1252(b);
        if (latin9 && b >= 0xA4 && b <= 0xBE) {
            for (const auto& [byte, code] : latin9Differences) {
                u = byte == b ? code : u;
            }
        }
        *out++ = QChar(u);
    }
    return text;
}

QString fromMacRoman(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 ? macRomanHigh[b - 0x80] : char16_t(b));
    }
    return text;
}

QString decode(QByteArrayView bytes, Legacy charset)
{
    return charset == Legacy::MacRoman ? fromMacRoman(bytes) : fromWindows1252(bytes);
}

void LegacyGuess::count(bool nextIsLetter)
{
    m_windows += weight(windows1252(m_pending), m_pendingAfterLetter, nextIsLetter);
    m_mac += weight(macRomanHigh[m_pending - 0x80], m_pendingAfterLetter, nextIsLetter);
    m_pending = 0;
}

void LegacyGuess::add(QByteArrayView bytes)
{
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (m_pending != 0) {
            count(asciiLetter(b));
        }
        if (b >= 0x80) {
            m_pending = b;
            m_pendingAfterLetter = asciiLetter(m_previous);
        }
        m_previous = b;
    }
}

Legacy LegacyGuess::result()
{
    if (m_pending != 0) {
        count(false);
    }
    // Mac Roman only when it reads the text clearly better: twice as well.
    return m_mac > 0 && m_mac >= 2 * m_windows ? Legacy::MacRoman : Legacy::Windows1252;
}

} // namespace kmuni::charset
