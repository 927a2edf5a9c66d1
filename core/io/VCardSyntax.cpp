// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VCardSyntax.h"

#include <QStringDecoder>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni::vcard::syntax {

// ---------------------------------------------------------------------------------------------
// Character sets

static QString decodeBytes(QByteArrayView bytes, Charset charset)
{
    if (charset == Charset::Windows1252 || charset == Charset::Latin9) {
        return fromWindows1252(bytes, charset == Charset::Latin9);
    }
    bool ok = true;
    QString text = fromUtf8(bytes, &ok);
    return ok ? text : fromWindows1252(bytes); // a CHARSET=UTF-8 that is not: read as Outlook would have
}

std::optional<Charset> charsetNamed(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty()) {
        return Charset::Auto;
    }
    if (n == u"utf-8" || n == u"utf8") {
        return Charset::Utf8;
    }
    if (n == u"windows-1252" || n == u"cp1252" || n == u"iso-8859-1" || n == u"latin1" || n == u"iso_8859-1"
        || n == u"us-ascii" || n == u"ascii") {
        return Charset::Windows1252;
    }
    if (n == u"iso-8859-15" || n == u"latin9" || n == u"latin-9") {
        return Charset::Latin9;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Physical lines

bool isBlank(QStringView s)
{
    for (QChar c : s) {
        // Ctrl-Z, which old DOS tools append, and other control characters count as blank too.
        if (!c.isSpace() && c.unicode() >= 0x20) {
            return false;
        }
    }
    return true;
}

bool isBeginVCard(QStringView s)
{
    return s.trimmed().compare(u"BEGIN:VCARD", Qt::CaseInsensitive) == 0;
}

bool isEndVCard(QStringView s)
{
    return s.trimmed().compare(u"END:VCARD", Qt::CaseInsensitive) == 0;
}

qsizetype findColon(QStringView s, bool lenient)
{
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'"') {
            quoted = !quoted;
        } else if (s[i] == u':' && !quoted) {
            return i;
        }
    }
    return lenient ? s.indexOf(u':') : -1;
}

// ---------------------------------------------------------------------------------------------
// Properties

// RFC 6868: ^n is a line break, ^^ a caret, ^' a double quote.
static QString decodeCaret(QStringView s)
{
    if (!s.contains(u'^')) {
        return s.toString();
    }
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'^' && i + 1 < s.size()) {
            const QChar n = s[i + 1];
            if (n == u'n' || n == u'N') {
                out += u'\n';
                ++i;
                continue;
            }
            if (n == u'^' || n == u'\'') {
                out += n == u'^' ? u'^' : u'"';
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// Splits @p s at @p separator outside double quotes.
static QList<QStringView> splitOutsideQuotes(QStringView s, QChar separator)
{
    QList<QStringView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'"') {
            quoted = !quoted;
        } else if (s[i] == separator && !quoted) {
            parts << s.sliced(start, i - start);
            start = i + 1;
        }
    }
    parts << s.sliced(start);
    return parts;
}

Property parseHeader(QStringView header)
{
    Property property;
    const QList<QStringView> parts = splitOutsideQuotes(header, u';');
    QStringView name = parts.first().trimmed();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0) {
        // "item1.EMAIL": the group ties properties together (Apple's label of a value, X-ABLabel).
        property.group = name.first(dot).toString().toLower();
        name = name.sliced(dot + 1);
    }
    property.written = name.toString();
    property.name = property.written.toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView part = parts[i].trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            // vCard 2.1 writes bare parameters: "TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE".
            const QString bare = part.toString().toUpper();
            const bool isEncoding = bare == u"QUOTED-PRINTABLE" || bare == u"BASE64" || bare == u"8BIT"
                || bare == u"7BIT" || bare == u"B";
            property.params << Param{isEncoding ? u"ENCODING"_s : u"TYPE"_s, {part.toString()}};
            continue;
        }
        Param param{part.left(eq).trimmed().toString().toUpper(), {}};
        for (QStringView value : splitOutsideQuotes(part.sliced(eq + 1), u',')) {
            value = value.trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
                value = value.sliced(1, value.size() - 2);
            }
            // TYPE="work,voice" (4.0 quotes the list): the values inside the quotes are a list too.
            if (param.name == u"TYPE" && value.contains(u',')) {
                for (QStringView t : value.split(u',')) {
                    param.values << decodeCaret(t.trimmed());
                }
            } else {
                param.values << decodeCaret(value);
            }
        }
        property.params << param;
    }
    return property;
}

QList<QStringView> splitUnescaped(QStringView s, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == separator) {
            parts << s.sliced(start, i - start);
            start = i + 1;
        }
    }
    parts << s.sliced(start);
    return parts;
}

QString unescape(QStringView s, bool v21)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size()) {
            const QChar n = s[i + 1];
            if (n == u';') {
                out += n;
                ++i;
                continue;
            }
            if (!v21) {
                out += n == u'n' || n == u'N' ? QChar(u'\n') : n; // "\:" of Apple's URLs too
                ++i;
                continue;
            }
            out += c;
        } else if (c == u'\r') {
            out += u'\n';
            if (i + 1 < s.size() && s[i + 1] == u'\n') {
                ++i;
            }
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

static bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

static int hexValue(QChar c)
{
    if (c <= u'9') {
        return c.unicode() - u'0';
    }
    return (c.unicode() | 0x20) - u'a' + 10;
}

qsizetype decodeQuotedPrintable(QStringView s, Charset charset, QString* out)
{
    QByteArray pending;
    const auto flush = [&] {
        if (!pending.isEmpty()) {
            *out += decodeBytes(pending, charset);
            pending.clear();
        }
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'=') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
                return i;
            }
            pending += char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else if (c.unicode() < 0x80) {
            pending += char(c.unicode());
        } else {
            flush();
            *out += c;
        }
    }
    flush();
    return -1;
}

QString chopTrailingBlanks(QString s)
{
    qsizetype n = s.size();
    while (n > 0 && (s[n - 1] == u' ' || s[n - 1] == u'\t')) {
        --n;
    }
    s.truncate(n);
    return s;
}

std::optional<QDate> parseDate(QStringView s)
{
    s = s.trimmed();
    const qsizetype t = s.indexOf(u'T');
    if (t >= 0) {
        s = s.left(t);
    }
    QDate date = QDate::fromString(s.toString(), u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        date = QDate::fromString(s.toString(), u"yyyyMMdd"_s);
    }
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QDateTime parseTimestamp(QStringView s)
{
    const QString text = s.trimmed().toString();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        QString basic = text;
        if (basic.endsWith(u'Z')) {
            basic.chop(1);
        }
        dt = QDateTime::fromString(basic, u"yyyyMMdd'T'HHmmss"_s);
        if (dt.isValid()) {
            dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
        }
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString componentAt(const QList<QStringView>& parts, qsizetype i, bool v21)
{
    return i < parts.size() ? unescape(parts[i], v21) : QString();
}

} // namespace kmuni::vcard::syntax
