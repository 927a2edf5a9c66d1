// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Charsets.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * The syntax of vCard files (2.1, RFC 2426, RFC 6350), for the reader in VCard.cpp: character sets,
 * physical lines, a property's name and parameters, and the escapes and encodings of its value. What a
 * property means for a contact is the reader's.
 */
namespace kmuni::vcard::syntax {

// The most types kept for one value (a phone is "work,voice,pref" or so; more is a damaged file).
constexpr qsizetype maxTypes = 32;

enum class Charset
{
    Auto, // UTF-8 when valid, else Windows-1252
    Utf8,
    Windows1252, // also ISO-8859-1 and US-ASCII: their letters are the same
    Latin9 // ISO-8859-15
};

struct Line
{
    QStringView text;
    int number = 0;
};

// The lines of a text, ended by CRLF, LF or CR. Carriage returns right before a LF belong to its line
// break: "\r\r\n", as a tool that turned each LF of a CRLF file into CRLF writes, is one break.
class Lines
{
public:
    explicit Lines(QStringView text)
        : m_text(text)
    { }
    bool atEnd() const { return m_pos >= m_text.size(); }
    int lastNumber() const { return m_number; }
    bool nextStartsWithBlank() const
    {
        return m_pos < m_text.size() && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t');
    }
    Line next()
    {
        qsizetype after = 0;
        const QStringView text = lineAt(m_pos, &after);
        m_pos = after;
        return {text, ++m_number};
    }
    Line peek() const
    {
        qsizetype after = 0;
        return {lineAt(m_pos, &after), m_number + 1};
    }

private:
    QStringView lineAt(qsizetype pos, qsizetype* after) const
    {
        const qsizetype n = m_text.size();
        const QChar* data = m_text.data();
        qsizetype end = pos;
        while (end < n && data[end] != u'\n' && data[end] != u'\r') {
            ++end;
        }
        *after = end;
        if (end < n) {
            *after = end + 1;
            if (data[end] == u'\r' && end >= m_loneCrs) {
                qsizetype next = end;
                while (next < n && data[next] == u'\r') {
                    ++next;
                }
                // CRs before a LF end the line with it; a CR on its own ends a line (and so each of
                // a run of them, which is not scanned again for the next).
                if (next < n && data[next] == u'\n') {
                    *after = next + 1;
                } else {
                    m_loneCrs = next;
                }
            }
        }
        return m_text.sliced(pos, end - pos);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_number = 0;
    mutable qsizetype m_loneCrs = 0; // where the last run of CRs without a LF after them ends
};

struct Param
{
    QString name; // upper case
    QStringList values;
};

struct Property
{
    QString name; // upper case, without group
    QString written; // as written, without group
    QString group; // lower case: "item1" of "item1.EMAIL"; empty without
    QList<Param> params;

    QString first(QLatin1StringView param) const
    {
        for (const Param& p : params) {
            if (p.name == param && !p.values.isEmpty()) {
                return p.values.first();
            }
        }
        return {};
    }
    bool has(QLatin1StringView param) const
    {
        for (const Param& p : params) {
            if (p.name == param) {
                return true;
            }
        }
        return false;
    }
    QString encoding() const { return first(QLatin1StringView("ENCODING")).toUpper(); }
    bool quotedPrintable() const { return encoding() == u"QUOTED-PRINTABLE"; }
    bool base64() const
    {
        const QString e = encoding();
        return e == u"BASE64" || e == u"B";
    }
    QStringList types() const
    {
        QStringList types;
        for (const Param& p : params) {
            if (p.name != u"TYPE") {
                continue;
            }
            for (const QString& v : p.values) {
                const QString t = v.trimmed().toLower();
                if (types.size() >= maxTypes) {
                    break;
                }
                if (!t.isEmpty() && !types.contains(t)) {
                    types << t;
                }
            }
        }
        if (has(QLatin1StringView("PREF")) && !types.contains(u"pref")) {
            types << QStringLiteral("pref");
        }
        return types;
    }
};

using charset::fromUtf8;
using charset::fromWindows1252;
/** The character set a CHARSET parameter names; none for one the reader does not know. */
std::optional<Charset> charsetNamed(const QString& name);

/** A line of white space and control characters only (old DOS tools append Ctrl-Z). */
bool isBlank(QStringView s);
/** "BEGIN:VCARD", in any case and with blanks around. */
bool isBeginVCard(QStringView s);
/** "END:VCARD", in any case and with blanks around. */
bool isEndVCard(QStringView s);

// The first ':' outside double quotes (a quoted parameter value may hold one); -1 when there is
// none. With @p lenient, the first ':' at all when the quotes do not close.
qsizetype findColon(QStringView s, bool lenient);

/** The group, name and parameters of a property from what stands before its value's colon. */
Property parseHeader(QStringView header);

// Splits a value at @p separator where it is not escaped with a backslash.
QList<QStringView> splitUnescaped(QStringView s, QChar separator);

// Undoes the escapes of a text value (3.0, 4.0: "\\", "\,", "\;", "\n"; 2.1 knows only "\;") and
// makes every line break '\n'; trims.
QString unescape(QStringView s, bool v21);

// Decodes QUOTED-PRINTABLE (soft line breaks already joined) in @p charset. Characters that are not
// ASCII (a writer that did not encode them) stay as they are. Returns the offset of a broken "="
// sequence, or -1.
qsizetype decodeQuotedPrintable(QStringView s, Charset charset, QString* out);

/** @p s without the spaces and tabs at its end. */
QString chopTrailingBlanks(QString s);
/** The day of "1985-04-12" or "19850412" (a time after "T" aside); none otherwise. */
std::optional<QDate> parseDate(QStringView s);
/** "1995-10-31T22:27:10Z" (ISO 8601) or "19951031T222710Z" in UTC; invalid otherwise. */
QDateTime parseTimestamp(QStringView s);
/** Component @p i of a structured value split at ';', unescaped; empty when there is none. */
QString componentAt(const QList<QStringView>& parts, qsizetype i, bool v21);

} // namespace kmuni::vcard::syntax
