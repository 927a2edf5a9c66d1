// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

/**
 * The character sets of the files people import besides UTF-8: Windows-1252 (Excel and Outlook on
 * Windows, also ISO-8859-1 and ASCII, whose letters are the same), ISO-8859-15, and Mac Roman (Excel
 * for Mac's "CSV (Macintosh)", older Mac address books).
 */
namespace kmuni::charset {

enum class Legacy
{
    Windows1252,
    MacRoman
};

/** @p bytes as UTF-8; @p ok false (and U+FFFD in place of what is not) when they are not UTF-8. */
QString fromUtf8(QByteArrayView bytes, bool* ok);

/** @p bytes as Windows-1252, or ISO-8859-15 where it differs with @p latin9. */
QString fromWindows1252(QByteArrayView bytes, bool latin9 = false);

/** @p bytes as Mac Roman (Apple's ROMAN.TXT: 0xDB is the euro sign). */
QString fromMacRoman(QByteArrayView bytes);

QString decode(QByteArrayView bytes, Legacy charset);

/**
 * Tallies the bytes above ASCII of a text that is not UTF-8, a part at a time, and tells which
 * character set reads them as the letters and marks of a German text: "ä" is 0xE4 in Windows-1252
 * and 0x8A in Mac Roman, where 0xE4 is "‰". Windows-1252 unless Mac Roman reads twice as well.
 */
class LegacyGuess
{
public:
    void add(QByteArrayView bytes);
    Legacy result();

private:
    void count(bool nextIsLetter);

    qint64 m_windows = 0;
    qint64 m_mac = 0;
    unsigned char m_previous = 0;
    unsigned char m_pending = 0; ///< a byte above ASCII whose next byte is still to come
    bool m_pendingAfterLetter = false;
};

} // namespace kmuni::charset
