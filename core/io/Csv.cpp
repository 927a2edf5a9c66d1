// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kmuni::csv {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::csv)
};

// The code points Windows-1252 puts at 0x80–0x9F (Latin-1 has control characters there).
constexpr char16_t cp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

// Decodes @p bytes as UTF-8; @p ok false (and the text with U+FFFD) when they are not UTF-8.
QString fromUtf8(QByteArrayView bytes, bool* ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

// The line (1-based, counting line feeds) of the first byte sequence of @p bytes that is not UTF-8;
// 0 when there is none. No UTF-8 sequence holds the byte of a line feed, so lines are checked alone.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        bool ok = true;
        fromUtf8(bytes.sliced(start, end - start), &ok);
        if (!ok) {
            return line;
        }
        start = end + 1;
    }
    return 0;
}

QChar detectSeparator(const QString& text)
{
    // Count outside quotes on the first line: German Excel writes ';', the RFC ','.
    // A first line longer than a record may be is an error of the parse; its start decides here.
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : QStringView(text).left(maxRecordLength + 1)) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted && c == u',') {
            ++commas;
        } else if (!quoted && c == u';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? u';' : u',';
}

} // namespace

Table parse(const QByteArray& bytes, Encoding encoding, QChar separator)
{
    Table table;
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
        encoding = Encoding::Utf8;
    }
    QString text;
    if (encoding == Encoding::Windows1252) {
        text = fromWindows1252(data);
    } else {
        bool valid = true;
        text = fromUtf8(data, &valid);
        if (!valid && encoding == Encoding::Auto) {
            encoding = Encoding::Windows1252;
            text = fromWindows1252(data);
        } else if (!valid) {
            // Declared UTF-8 but not: said, rather than read with U+FFFD in place of letters.
            table.encoding = Encoding::Utf8;
            table.error = Tr::tr("the text is not valid UTF-8 (save the file as UTF-8, or read it as Windows-1252)");
            table.errorLine = firstInvalidUtf8Line(data);
            return table;
        } else {
            encoding = Encoding::Utf8;
        }
    }
    table.encoding = encoding;
    table.separator = separator.isNull() ? detectSeparator(text) : separator;

    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // the record has content (a blank line has none)
    int line = 1;
    record.line = 1;
    qsizetype recordStart = 0; // where the record starts in text, for its length
    // Stops at the record in hand: more fields or characters than a record may have.
    const auto tooMuch = [&](const QString& message) {
        table.error = message;
        table.errorLine = record.line;
        return table;
    };
    const QString tooLong = Tr::tr("the line is longer than %L1 characters").arg(maxRecordLength);
    const QString tooManyFields = Tr::tr("the line has more than %L1 fields").arg(maxFields);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        // The line break that ends a record of the longest length is not part of it.
        if (i - recordStart >= maxRecordLength && (quoted || (c != u'\r' && c != u'\n'))) {
            return tooMuch(tooLong);
        }
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.separator) {
            if (record.fields.size() + 1 >= maxFields) {
                return tooMuch(tooManyFields); // the field after this separator is one too many
            }
            record.fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                ++i;
            }
            if (fieldStarted || !field.isEmpty()) {
                record.fields << field;
                table.records << record;
            }
            record = Record{};
            field.clear();
            fieldStarted = false;
            record.line = ++line;
            recordStart = i + 1;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        table.error = Tr::tr("unterminated quoted field");
        table.errorLine = record.line;
    }
    if (fieldStarted || !field.isEmpty()) {
        record.fields << field;
        table.records << record;
    }
    return table;
}

bool isFormulaLike(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString neutralise(const QString& text)
{
    return isFormulaLike(text) ? u'\'' + text : text;
}

QChar separator(Dialect dialect)
{
    return dialect == Dialect::ExcelGerman ? u';' : u',';
}

QString quote(const QString& field, Dialect dialect)
{
    // A spreadsheet would take "=…", "+…", "-…", "@…" for a formula: keep such text text, quoted.
    if (isFormulaLike(field)) {
        QString escaped = u"'"_s + field;
        return u'"' + escaped.replace(u"\""_s, u"\"\""_s) + u'"';
    }
    const bool needs
        = field.contains(separator(dialect)) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needs) {
        return field;
    }
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray write(const QList<QStringList>& records, Dialect dialect)
{
    const QChar between = separator(dialect);
    QString text;
    for (const QStringList& record : records) {
        QStringList fields;
        for (const QString& f : record) {
            fields << quote(f, dialect);
        }
        text += fields.join(between) + u"\r\n"_s;
    }
    QByteArray bytes = text.toUtf8();
    if (dialect == Dialect::ExcelGerman) {
        bytes.prepend("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the byte order mark
    }
    return bytes;
}

} // namespace kmuni::csv
