// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QTime>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace kmuni::xlsx {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::xlsx)
};

/** Why reading stopped: the message and the row it is in (0: the file). */
struct Failure
{
    QString message;
    int line = 0;
};

QString damaged(const QString& detail)
{
    return Tr::tr("the workbook is damaged or incomplete (%1); open it in Excel and save it again").arg(detail);
}

QString tooLarge()
{
    return Tr::tr("the workbook is too large to import (more than %L1 MB unpacked); save it as CSV")
        .arg(maxPartSize / (1024 * 1024));
}

// ---------------------------------------------------------------------------------------------
// The archive

struct ZipCloser
{
    void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

/** Opens @p bytes as a ZIP archive in memory (no copy: @p bytes must outlive the archive). */
Zip openZip(const QByteArray& bytes, QString* error)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &ze);
    if (!source) {
        *error = damaged(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return {};
    }
    zip_t* z = zip_open_from_source(source, ZIP_RDONLY, &ze);
    if (!z) {
        zip_source_free(source);
        *error = damaged(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return {};
    }
    zip_error_fini(&ze);
    return Zip(z);
}

bool hasEntry(zip_t* z, const char* name)
{
    return zip_name_locate(z, name, ZIP_FL_NOCASE) >= 0;
}

/**
 * The unpacked bytes of the entry @p name; false with *@p error when it is missing (and
 * @p required), encrypted, larger than maxPartSize or damaged. A missing optional entry is empty.
 */
bool readEntry(zip_t* z, const QString& name, bool required, QByteArray* out, QString* error)
{
    out->clear();
    const zip_int64_t index = zip_name_locate(z, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        if (required) {
            *error = damaged(Tr::tr("%1 is missing").arg(name));
        }
        return !required;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, zip_uint64_t(index), 0, &st) != 0) {
        *error = damaged(QString::fromUtf8(zip_strerror(z)));
        return false;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *error = Tr::tr("the workbook is password-protected; remove the password or save it as CSV");
        return false;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(maxPartSize)) {
        *error = tooLarge();
        return false;
    }
    zip_file_t* file = zip_fopen_index(z, zip_uint64_t(index), 0);
    if (!file) {
        *error = damaged(QString::fromUtf8(zip_strerror(z)));
        return false;
    }
    constexpr qsizetype chunk = 256 * 1024;
    if (st.valid & ZIP_STAT_SIZE) {
        out->reserve(qsizetype(st.size) + 1);
    }
    for (;;) {
        const qsizetype at = out->size();
        // The declared size may lie: never more than maxPartSize, whatever it said.
        if (at > maxPartSize) {
            zip_fclose(file);
            out->clear();
            *error = tooLarge();
            return false;
        }
        out->resize(at + chunk);
        const zip_int64_t n = zip_fread(file, out->data() + at, zip_uint64_t(chunk));
        if (n < 0) {
            *error = damaged(QString::fromUtf8(zip_file_strerror(file)));
            zip_fclose(file);
            out->clear();
            return false;
        }
        out->resize(at + qsizetype(n));
        if (n == 0) {
            break;
        }
    }
    zip_fclose(file);
    return true;
}

// ---------------------------------------------------------------------------------------------
// XML helpers

/** Refuses document type declarations: no workbook has one, and entities could blow up. */
bool nextToken(QXmlStreamReader& xml)
{
    const QXmlStreamReader::TokenType t = xml.readNext();
    if (t == QXmlStreamReader::DTD) {
        xml.raiseError(u"DTD"_s);
        return false;
    }
    return !xml.hasError() && t != QXmlStreamReader::EndDocument;
}

/** The attribute @p name without namespace (Transitional and Strict name their namespaces apart). */
QStringView attribute(const QXmlStreamAttributes& attributes, QLatin1StringView name)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == name) {
            return a.value();
        }
    }
    return {};
}

/** The relationship id of the element (r:id), whatever prefix its namespace has. */
QStringView relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == "id"_L1 && !a.namespaceUri().isEmpty()) {
            return a.value();
        }
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

/** Decodes OOXML's escapes of characters XML cannot hold: "_x000D_" is a carriage return. */
QString unescape(QString text)
{
    if (!text.contains(u"_x"_s)) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

/**
 * The text of a string item (<si> or <is>), read up to its end tag: its <t>, or the <t> of its
 * rich text runs joined; phonetic runs (<rPh>) are not part of it. At most @p limit + 1 characters
 * are kept (the caller refuses longer ones).
 */
QString readStringItem(QXmlStreamReader& xml, qsizetype limit)
{
    QString text;
    const auto append = [&](const QString& t) {
        if (text.size() <= limit) {
            text += t.left(limit + 1 - text.size());
        }
    };
    while (xml.readNextStartElement()) {
        if (xml.name() == "t"_L1) {
            append(xml.readElementText(QXmlStreamReader::SkipChildElements));
        } else if (xml.name() == "r"_L1) {
            while (xml.readNextStartElement()) {
                if (xml.name() == "t"_L1) {
                    append(xml.readElementText(QXmlStreamReader::SkipChildElements));
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return unescape(text);
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates

enum class Kind : quint8
{
    Number,
    Date, ///< a date only (a time of day in the cell is not shown)
    DateTime, ///< a date with a time
    Time ///< a time only (or a duration)
};

/** What a cell's number format shows. */
struct Shown
{
    Kind kind = Kind::Number;
    int zeros = 0; ///< a number as that many digits at least ("00000": a postcode's leading zero)
};

/**
 * What a number format shows: a date (d, y, or m without h and s), with a time (h, s) or not, a time
 * (h, s, m), or a number (only zeros: padded to their count).
 */
Shown kindOfFormat(QStringView code)
{
    bool day = false; // d or y
    bool month = false; // m (a month or minutes)
    bool time = false; // h or s
    bool elapsed = false; // [h], [mm], [ss]
    QString plain;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';') {
            break; // the first section (positive numbers) decides
        }
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as one, a fill character
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QString inside = code.sliced(i + 1, (end < 0 ? code.size() : end) - i - 1).toString().toLower();
            if (!inside.isEmpty() && std::all_of(inside.cbegin(), inside.cend(), [](QChar x) {
                    return x == u'h' || x == u'm' || x == u's';
                })) {
                elapsed = true;
            }
            i = end < 0 ? code.size() : end;
        } else {
            plain += c.toLower();
        }
    }
    plain.remove(u"am/pm"_s);
    plain.remove(u"a/p"_s);
    for (QChar c : std::as_const(plain)) {
        if (c == u'd' || c == u'y') {
            day = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (day) {
        return {time ? Kind::DateTime : Kind::Date};
    }
    if (month && !time && !elapsed) {
        return {Kind::Date};
    }
    if (time || month || elapsed) {
        return {Kind::Time};
    }
    if (plain.size() > 1 && std::all_of(plain.cbegin(), plain.cend(), [](QChar x) { return x == u'0'; })) {
        return {Kind::Number, int(plain.size())};
    }
    return {};
}

/** The built-in formats (ECMA-376 18.8.30) that are dates or times. */
Shown kindOfBuiltIn(int id)
{
    if (id >= 14 && id <= 17) {
        return {Kind::Date};
    }
    if (id == 22) {
        return {Kind::DateTime};
    }
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
        return {Kind::Time};
    }
    return {};
}

/** A number as text: Excel's 15 significant digits, no exponent, no trailing ".0". */
QString numberText(const QString& value)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        return value.trimmed();
    }
    if (d == 0) {
        return u"0"_s;
    }
    const double rounded = QString::number(d, 'g', 15).toDouble();
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
}

/** A number shown with at least @p zeros digits, as the format "00000" shows 1067 as "01067". */
QString paddedText(const QString& value, int zeros)
{
    const QString number = numberText(value);
    if (zeros == 0 || number.isEmpty()
        || !std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); })) {
        return number;
    }
    return number.rightJustified(zeros, u'0');
}

QString timeText(int seconds)
{
    const QTime t = QTime(0, 0).addSecs(seconds);
    return t.toString(seconds % 60 ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

/** The serial @p value of a date or time cell as text (see Sheet); a number when it is no date. */
QString dateText(const QString& value, Kind kind, bool date1904)
{
    bool ok = false;
    const double serial = value.trimmed().toDouble(&ok);
    // 2958465 is 31 December 9999, Excel's last day; Excel shows "####" for negative serials.
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466) {
        return numberText(value);
    }
    const qint64 total = std::llround(serial * 86400.0);
    const qint64 days = total / 86400;
    const int seconds = int(total % 86400);
    if (kind == Kind::Time || (days == 0 && !date1904)) {
        return timeText(seconds);
    }
    QString day;
    if (date1904) {
        day = QDate(1904, 1, 1).addDays(days).toString(u"dd.MM.yyyy"_s);
    } else if (days == 60) {
        day = u"29.02.1900"_s; // Lotus 1-2-3's leap day, kept by Excel
    } else {
        day = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(u"dd.MM.yyyy"_s);
    }
    return seconds && kind == Kind::DateTime ? day + u' ' + timeText(seconds) : day;
}

/** A cell of type "d" (ISO 8601, as Strict OOXML and some writers store dates) as text. */
QString isoDateText(const QString& value)
{
    const QString v = value.trimmed();
    if (const QDate d = QDate::fromString(v, Qt::ISODate); d.isValid() && v.size() == 10) {
        return d.toString(u"dd.MM.yyyy"_s);
    }
    const QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return v;
    }
    const QTime t = dt.time();
    const int seconds = t.msecsSinceStartOfDay() / 1000;
    if (dt.date() == QDate(1899, 12, 30) || dt.date() == QDate(1899, 12, 31)) {
        return timeText(seconds);
    }
    return seconds ? dt.date().toString(u"dd.MM.yyyy"_s) + u' ' + timeText(seconds)
                   : dt.date().toString(u"dd.MM.yyyy"_s);
}

// ---------------------------------------------------------------------------------------------
// Parts

struct Relationship
{
    QString target; ///< the part's path in the archive
    QString type; ///< the last segment of the type: "worksheet", "sharedStrings", "styles", …
};

/** Where @p target of a relationship of xl/workbook.xml is in the archive. */
QString resolve(QStringView target)
{
    if (target.startsWith(u'/')) {
        return QDir::cleanPath(target.sliced(1).toString());
    }
    return QDir::cleanPath(u"xl/"_s + target.toString());
}

bool readRelationships(const QByteArray& bytes, QHash<QString, Relationship>* out, QString* error)
{
    QXmlStreamReader xml(bytes);
    while (nextToken(xml)) {
        if (xml.isStartElement() && xml.name() == "Relationship"_L1) {
            const QXmlStreamAttributes attrs = xml.attributes();
            if (attribute(attrs, "TargetMode"_L1) == u"External") {
                continue;
            }
            const QStringView type = attribute(attrs, "Type"_L1);
            out->insert(attribute(attrs, "Id"_L1).toString(),
                {resolve(attribute(attrs, "Target"_L1)), type.sliced(type.lastIndexOf(u'/') + 1).toString()});
        }
    }
    if (xml.hasError()) {
        *error = damaged(u"xl/_rels/workbook.xml.rels: "_s + xml.errorString());
        return false;
    }
    return true;
}

struct Workbook
{
    bool date1904 = false;
    QStringList sheetIds; ///< the r:id of each sheet, in workbook order, the hidden ones last
    QStringList sheetNames; ///< their names, as the tabs show them
    qsizetype visible = 0; ///< the first this many are not hidden
};

bool readWorkbook(const QByteArray& bytes, Workbook* out, QString* error)
{
    QXmlStreamReader xml(bytes);
    QStringList hidden; // a sheet the user does not see is not the list they mean
    QStringList hiddenNames;
    while (nextToken(xml)) {
        if (!xml.isStartElement()) {
            continue;
        }
        const QXmlStreamAttributes attrs = xml.attributes();
        if (xml.name() == "workbookPr"_L1) {
            out->date1904 = isTrue(attribute(attrs, "date1904"_L1));
        } else if (xml.name() == "sheet"_L1) {
            const QString state = attribute(attrs, "state"_L1).toString();
            const bool isHidden = state == u"hidden" || state == u"veryHidden";
            (isHidden ? hidden : out->sheetIds) << relationshipId(attrs).toString();
            (isHidden ? hiddenNames : out->sheetNames) << attribute(attrs, "name"_L1).toString();
        }
    }
    out->visible = out->sheetIds.size();
    out->sheetIds << hidden;
    out->sheetNames << hiddenNames;
    if (xml.hasError()) {
        *error = damaged(u"xl/workbook.xml: "_s + xml.errorString());
        return false;
    }
    return true;
}

bool readSharedStrings(const QByteArray& bytes, QStringList* out, QString* error)
{
    QXmlStreamReader xml(bytes);
    while (nextToken(xml)) {
        if (xml.isStartElement() && xml.name() == "si"_L1) {
            if (out->size() >= maxCells) {
                *error = Tr::tr("the sheet has more than %L1 cells").arg(maxCells);
                return false;
            }
            out->append(readStringItem(xml, csv::maxRecordLength));
        }
    }
    if (xml.hasError()) {
        *error = damaged(u"sharedStrings.xml: "_s + xml.errorString());
        return false;
    }
    return true;
}

/** The kind of each cell format (cellXfs), by its index: the cells' s attribute. */
bool readStyles(const QByteArray& bytes, QList<Shown>* out, QString* error)
{
    QHash<int, Shown> custom;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (nextToken(xml)) {
        if (xml.isEndElement() && xml.name() == "cellXfs"_L1) {
            inCellXfs = false;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const QXmlStreamAttributes attrs = xml.attributes();
        if (xml.name() == "numFmt"_L1) {
            custom.insert(attribute(attrs, "numFmtId"_L1).toInt(), kindOfFormat(attribute(attrs, "formatCode"_L1)));
        } else if (xml.name() == "cellXfs"_L1) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == "xf"_L1) {
            if (out->size() >= maxCells) {
                xml.raiseError(u"too many cell formats"_s);
                break;
            }
            const int id = attribute(attrs, "numFmtId"_L1).toInt();
            out->append(custom.value(id, kindOfBuiltIn(id)));
        }
    }
    if (xml.hasError()) {
        *error = damaged(u"styles.xml: "_s + xml.errorString());
        return false;
    }
    return true;
}

/** "BC12" → column 54 (0-based) and row 12; false when it is no cell reference. */
bool parseReference(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (col > 16384) {
            return false; // beyond XFD
        }
        ++i;
    }
    if (i == 0) {
        return false;
    }
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (!ok || r < 1) {
        return false;
    }
    *column = int(col - 1);
    *row = r;
    return true;
}

struct SheetParser
{
    const QStringList& strings;
    const QList<Shown>& styles;
    bool date1904 = false;
    Sheet* sheet = nullptr;
    Failure failure;
    qsizetype cells = 0;
    qsizetype width = 0;

    bool fail(const QString& message, int line)
    {
        failure = {message, line};
        return false;
    }

    /** Reads the <c> element at hand into @p row; false on an error. */
    bool readCell(QXmlStreamReader& xml, QStringList& row, int rowNumber, int* nextColumn)
    {
        int column = *nextColumn;
        const QXmlStreamAttributes attrs = xml.attributes();
        const QStringView ref = attribute(attrs, "r"_L1);
        if (!ref.isEmpty()) {
            int refRow = 0;
            if (!parseReference(ref, &column, &refRow)) {
                return fail(damaged(Tr::tr("the cell reference \"%1\"").arg(ref.left(20).toString())), rowNumber);
            }
        }
        *nextColumn = column + 1;
        if (column >= csv::maxFields) {
            return fail(Tr::tr("the row has more than %L1 columns").arg(csv::maxFields), rowNumber);
        }
        const QStringView type = attribute(attrs, "t"_L1);
        const int style = attribute(attrs, "s"_L1).toInt();
        QString value;
        bool hasValue = false;
        QString inlineText;
        bool hasInline = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == "v"_L1) {
                value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                hasValue = true;
            } else if (xml.name() == "is"_L1) {
                inlineText = readStringItem(xml, csv::maxRecordLength);
                hasInline = true;
            } else {
                xml.skipCurrentElement(); // <f>: the formula; its cached result is <v>
            }
        }
        if (xml.hasError()) {
            return false;
        }
        QString text;
        if (type == u"inlineStr") {
            text = hasInline ? inlineText : unescape(value);
        } else if (!hasValue) {
            text.clear();
        } else if (type == u"s") {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= strings.size()) {
                return fail(damaged(Tr::tr("a shared string is missing")), rowNumber);
            }
            text = strings[index];
        } else if (type == u"str" || type == u"e") {
            text = unescape(value);
        } else if (type == u"b") {
            text = value.trimmed() == u"0" || value.trimmed() == u"false" ? u"0"_s : u"1"_s;
        } else if (type == u"d") {
            text = isoDateText(value);
        } else {
            const Shown shown = style >= 0 && style < styles.size() ? styles[style] : Shown();
            text = shown.kind == Kind::Number ? paddedText(value, shown.zeros) : dateText(value, shown.kind, date1904);
        }
        if (text.size() > csv::maxRecordLength) {
            return fail(Tr::tr("a cell is longer than %L1 characters").arg(csv::maxRecordLength), rowNumber);
        }
        if (text.isEmpty()) {
            return true;
        }
        if (row.size() <= column) {
            cells += column + 1 - row.size();
            if (cells > maxCells) {
                return fail(Tr::tr("the sheet has more than %L1 cells").arg(maxCells), rowNumber);
            }
            row.resize(column + 1);
        }
        row[column] = text;
        return true;
    }

    bool readRow(QXmlStreamReader& xml, int rowNumber)
    {
        QStringList row;
        int nextColumn = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() == "c"_L1) {
                if (!readCell(xml, row, rowNumber, &nextColumn)) {
                    return false;
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError()) {
            return false;
        }
        if (!row.isEmpty()) {
            width = std::max(width, row.size());
            sheet->rows << row;
            sheet->lines << rowNumber;
        }
        return true;
    }

    bool read(const QByteArray& bytes)
    {
        QXmlStreamReader xml(bytes);
        int rowNumber = 0;
        bool inData = false;
        while (nextToken(xml)) {
            if (xml.isEndElement() && xml.name() == "sheetData"_L1) {
                break;
            }
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == "sheetData"_L1) {
                inData = true;
            } else if (inData && xml.name() == "row"_L1) {
                const QXmlStreamAttributes attrs = xml.attributes();
                const QStringView r = attribute(attrs, "r"_L1);
                if (r.isEmpty()) {
                    ++rowNumber;
                } else {
                    bool ok = false;
                    rowNumber = r.toInt(&ok);
                    if (!ok || rowNumber < 1) {
                        return fail(damaged(Tr::tr("the row number \"%1\"").arg(r.left(20).toString())), 0);
                    }
                }
                if (!readRow(xml, rowNumber)) {
                    if (failure.message.isEmpty()) {
                        return fail(damaged(xml.errorString()), rowNumber);
                    }
                    return false;
                }
            }
        }
        if (xml.hasError()) {
            return fail(damaged(xml.errorString()), rowNumber);
        }
        // As wide as the widest row, as a CSV saved by Excel is.
        if (qint64(width) * sheet->rows.size() > maxCells) {
            return fail(Tr::tr("the sheet has more than %L1 cells").arg(maxCells), 0);
        }
        for (QStringList& row : sheet->rows) {
            row.resize(width);
        }
        return true;
    }
};

bool isOle2(const QByteArray& bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isZip(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

/** Why @p bytes are no archive a workbook can be in (empty, an OLE2 file, no ZIP); empty when they may be. */
QString whyNoArchive(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return Tr::tr("the file is empty");
    }
    if (isOle2(bytes)) {
        return Tr::tr("this is an old Excel file (.xls) or a password-protected workbook; save it as .xlsx or CSV");
    }
    if (!isZip(bytes)) {
        return Tr::tr("this is not an Excel workbook (.xlsx)");
    }
    return {};
}

/** Why the archive @p z is no Excel workbook (an OpenDocument sheet, …); empty when it has xl/workbook.xml. */
QString whyNoWorkbook(zip_t* z)
{
    if (hasEntry(z, "xl/workbook.xml")) {
        return {};
    }
    QByteArray mimetype;
    QString error;
    if (readEntry(z, u"mimetype"_s, false, &mimetype, &error)
        && mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
        return Tr::tr("this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV");
    }
    return Tr::tr("this is not an Excel workbook (.xlsx)");
}

/** Where the parts to read are in the archive, and the workbook's date system. */
struct Layout
{
    bool date1904 = false;
    QStringList sheetPaths; ///< the worksheets, in workbook order, the hidden ones last
    QStringList sheetNames;
    qsizetype visible = 0; ///< of them, not hidden
    QString stringsPath = u"xl/sharedStrings.xml"_s;
    QString stylesPath = u"xl/styles.xml"_s;
};

/** Reads xl/workbook.xml and its relationships into @p layout; false with *@p error. */
bool readLayout(zip_t* z, Layout* layout, QString* error)
{
    QByteArray part;
    Workbook workbook;
    if (!readEntry(z, u"xl/workbook.xml"_s, true, &part, error) || !readWorkbook(part, &workbook, error)) {
        return false;
    }
    layout->date1904 = workbook.date1904;
    QHash<QString, Relationship> rels;
    if (!readEntry(z, u"xl/_rels/workbook.xml.rels"_s, false, &part, error) || !readRelationships(part, &rels, error)) {
        return false;
    }
    for (qsizetype i = 0; i < workbook.sheetIds.size(); ++i) {
        const auto it = rels.constFind(workbook.sheetIds[i]);
        if (it != rels.cend() && it->type == u"worksheet") {
            layout->sheetPaths << it->target;
            layout->sheetNames << workbook.sheetNames.value(i);
            layout->visible += i < workbook.visible ? 1 : 0;
        }
    }
    if (layout->sheetPaths.isEmpty()) {
        if (!rels.isEmpty() || !hasEntry(z, "xl/worksheets/sheet1.xml")) {
            *error = Tr::tr("the workbook has no worksheet");
            return false;
        }
        layout->sheetPaths << u"xl/worksheets/sheet1.xml"_s; // no relationships: the usual name
        layout->sheetNames << QString();
    }
    for (const Relationship& r : std::as_const(rels)) {
        if (r.type == u"sharedStrings") {
            layout->stringsPath = r.target;
        } else if (r.type == u"styles") {
            layout->stylesPath = r.target;
        }
    }
    return true;
}

/** What every sheet of a workbook reads its cells with: the shared strings and the cell formats. */
struct Shared
{
    QStringList strings;
    QList<Shown> styles;
};

/** Reads the shared strings and the styles of @p layout into @p shared; false with *@p failure. */
bool readShared(zip_t* z, const Layout& layout, Shared* shared, Failure* failure)
{
    QByteArray part;
    QString error;
    if (!readEntry(z, layout.stringsPath, false, &part, &error)
        || (!part.isEmpty() && !readSharedStrings(part, &shared->strings, &error))) {
        *failure = {error, 0};
        return false;
    }
    if (!readEntry(z, layout.stylesPath, false, &part, &error)
        || (!part.isEmpty() && !readStyles(part, &shared->styles, &error))) {
        *failure = {error, 0};
        return false;
    }
    return true;
}

/** Reads the worksheet @p index of @p layout into @p sheet; false with *@p failure. */
bool readSheet(zip_t* z, const Layout& layout, const Shared& shared, qsizetype index, Sheet* sheet, Failure* failure)
{
    QByteArray part;
    QString error;
    sheet->name = layout.sheetNames.value(index);
    if (!readEntry(z, layout.sheetPaths[index], true, &part, &error)) {
        *failure = {error, 0};
        return false;
    }
    SheetParser parser{shared.strings, shared.styles, layout.date1904, sheet, {}, 0, 0};
    if (!parser.read(part)) {
        *failure = parser.failure;
        return false;
    }
    return true;
}

} // namespace

bool isXlsx(const QByteArray& bytes)
{
    if (!isZip(bytes)) {
        return false;
    }
    QString error;
    const Zip z = openZip(bytes, &error);
    return z && hasEntry(z.get(), "xl/workbook.xml");
}

Sheet readSheet(const QByteArray& bytes, const std::function<bool(const Sheet&)>& fits)
{
    Sheet sheet;
    const auto failed = [&](const QString& message, int line = 0) {
        sheet.error = message;
        sheet.errorLine = line;
        return sheet;
    };
    if (const QString why = whyNoArchive(bytes); !why.isEmpty()) {
        return failed(why);
    }
    QString error;
    const Zip z = openZip(bytes, &error);
    if (!z) {
        return failed(error);
    }
    if (const QString why = whyNoWorkbook(z.get()); !why.isEmpty()) {
        return failed(why);
    }
    Layout layout;
    if (!readLayout(z.get(), &layout, &error)) {
        return failed(error);
    }
    Failure failure;
    Shared shared;
    if (!readShared(z.get(), layout, &shared, &failure) || !readSheet(z.get(), layout, shared, 0, &sheet, &failure)) {
        return failed(failure.message, failure.line);
    }
    // A cover sheet ("Hinweise", "Deckblatt") before the list: the first sheet the user sees that holds one.
    for (qsizetype i = 1; fits && !fits(sheet) && i < layout.visible; ++i) {
        Sheet next;
        if (readSheet(z.get(), layout, shared, i, &next, &failure) && fits(next)) {
            next.passedOver = layout.sheetNames.mid(0, i);
            return next;
        }
    }
    return sheet;
}

Sheet readFirstSheet(const QByteArray& bytes)
{
    return readSheet(bytes, {});
}

} // namespace kmuni::xlsx
