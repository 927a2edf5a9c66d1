// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader (issue 15): files written by openpyxl, by hand (formulas with cached values,
// inline and rich text, escapes, date systems, number formats, sheet order), by our own list
// export read back as the CSV export reads; bad files refused with a message; mutations never crash.
#include "TestSupport.h"
#include "io/Csv.h"
#include "io/ImportMapping.h"
#include "io/ListExport.h"
#include "io/OrganisationImport.h"
#include "io/PersonImport.h"
#include "io/XlsxReader.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

Q_DECLARE_METATYPE(kmuni::exports::List)

namespace {

using Parts = QList<QPair<QString, QByteArray>>;

/** The rows of @p sheet as one text: cells joined with '|', rows with '\n'. */
QString dump(const xlsx::Sheet& sheet)
{
    QStringList rows;
    for (const QStringList& row : sheet.rows) {
        rows << row.join(u'|');
    }
    return rows.join(u'\n');
}

const char* const zipScript = R"(
import os, sys, zipfile
src, out, method = sys.argv[1], sys.argv[2], sys.argv[3]
order = sys.argv[4:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_STORED if method == 'stored' else zipfile.ZIP_DEFLATED) as z:
    for name in order:
        z.write(os.path.join(src, name), name)
print('ok')
)";

/** A workbook written by hand: the parts a minimal Excel file has, with the given sheet. */
struct Book
{
    QString sheetData; ///< the <row> elements
    QString sharedStrings; ///< the <si> elements; empty: no shared strings part
    QString workbookPr; ///< attributes of <workbookPr>
    QString sheets = uR"(<sheet name="Eins" sheetId="1" r:id="rId1"/>)"_s;
    QString relationships
        = uR"(<Relationship Id="rId1" Target="worksheets/sheet1.xml" )"
          uR"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>)"_s;
    Parts extra;
};

// Formats for the hand-written sheets: s="0" General, 1 = 14 (date), 2 = 22 (date and time),
// 3 = `"Tag "0` (quoted d: a number), 4 = `dd/mm/yyyy\ hh:mm`, 5 = `[Red]0.00`, 6 = `mm:ss`,
// 7 = `h:mm AM/PM`, 8 = `0.00 "Stück"`, 9 = `mmm yy`, 10 = 20 (h:mm), 11 = 49 (text).
// cellStyleXfs holds a date format: it must not be taken for cellXfs.
const char16_t* const styles = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="8"><numFmt numFmtId="164" formatCode="&quot;Tag &quot;0"/>
<numFmt numFmtId="165" formatCode="dd/mm/yyyy\ hh:mm"/><numFmt numFmtId="166" formatCode="[Red]0.00"/>
<numFmt numFmtId="167" formatCode="mm:ss"/><numFmt numFmtId="168" formatCode="h:mm AM/PM"/>
<numFmt numFmtId="169" formatCode="0.00 &quot;Stück&quot;"/><numFmt numFmtId="170" formatCode="mmm yy"/>
<numFmt numFmtId="171" formatCode="00000"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="13"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/>
<xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="169"/><xf numFmtId="170"/>
<xf numFmtId="20"/><xf numFmtId="49"/><xf numFmtId="171"/></cellXfs>
</styleSheet>)";

Parts partsOf(const Book& book)
{
    const QString ns = u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s;
    const QString rel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
    Parts parts;
    parts << qMakePair(u"[Content_Types].xml"_s,
        QByteArray(
            R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
            R"(<Default Extension="xml" ContentType="application/xml"/></Types>)"));
    parts << qMakePair(u"_rels/.rels"_s,
        (uR"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         uR"(<Relationship Id="rId1" Type=")"_s
            + rel + uR"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)"_s)
            .toUtf8());
    parts << qMakePair(u"xl/workbook.xml"_s,
        (uR"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns=")"_s + ns + uR"(" xmlns:r=")"_s + rel
            + uR"("><workbookPr )"_s + book.workbookPr + u"/><sheets>"_s + book.sheets + u"</sheets></workbook>"_s)
            .toUtf8());
    parts << qMakePair(u"xl/_rels/workbook.xml.rels"_s,
        (uR"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"_s
            + book.relationships + uR"(<Relationship Id="rId8" Target="styles.xml" Type=")"_s + rel
            + uR"(/styles"/><Relationship Id="rId9" Target="sharedStrings.xml" Type=")"_s + rel
            + uR"(/sharedStrings"/></Relationships>)"_s)
            .toUtf8());
    parts << qMakePair(u"xl/styles.xml"_s, QString::fromUtf16(styles).toUtf8());
    if (!book.sharedStrings.isEmpty()) {
        parts << qMakePair(u"xl/sharedStrings.xml"_s,
            (uR"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns=")"_s + ns + u"\">"_s + book.sharedStrings
                + u"</sst>"_s)
                .toUtf8());
    }
    parts << qMakePair(u"xl/worksheets/sheet1.xml"_s,
        (uR"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns=")"_s + ns + uR"(" xmlns:r=")"_s + rel
            + uR"("><dimension ref="A1"/><sheetData>)"_s + book.sheetData + u"</sheetData></worksheet>"_s)
            .toUtf8());
    parts << book.extra;
    return parts;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openpyxlCells_data();
    void openpyxlCells();
    void openpyxlGapsAndSparseRows();
    void handWritten_data();
    void handWritten();
    void firstWorksheetInWorkbookOrder_data();
    void firstWorksheetInWorkbookOrder();
    void listBehindACoverSheet();
    void ownExportReadsAsItsCsv_data();
    void ownExportReadsAsItsCsv();
    void badInput_data();
    void badInput();
    void capsOfCells_data();
    void capsOfCells();
    void isXlsx();
    void byteMutationsNeverCrash();
    void xmlMutationsNeverCrash();

private:
    QString file(const QString& name) const { return m_dir.path() + u'/' + name; }
    /** Zips @p parts in their order (stored or deflated) with Python's zipfile. */
    QByteArray zip(const Parts& parts, bool stored = false);
    QByteArray read(const QString& path);
    /** A valid small workbook written by hand (for the bad-input and mutation tests). */
    QByteArray valid();

    QTemporaryDir m_dir;
    xlsx::Sheet m_openpyxl;
    int m_zips = 0;
};

QByteArray TestXlsxReader::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

QByteArray TestXlsxReader::zip(const Parts& parts, bool stored)
{
    const QString folder = file(u"zip%1"_s.arg(++m_zips));
    QStringList names;
    for (const auto& [name, bytes] : parts) {
        const QString path = folder + u'/' + name;
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return {};
        }
        names << name;
    }
    const QString out = folder + u".xlsx"_s;
    const QString printed = test::runProgram(test::python(),
        QStringList{u"-c"_s, QString::fromUtf8(zipScript), folder, out, stored ? u"stored"_s : u"deflated"_s} + names);
    if (printed.trimmed() != u"ok") {
        return {};
    }
    return read(out);
}

QByteArray TestXlsxReader::valid()
{
    Book book;
    book.sharedStrings = uR"(<si><t>Name</t></si><si><r><t>Gr</t></r><r><t>üße</t></r></si>)"_s;
    book.sheetData
        = uR"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Datum</t></is></c></row>)"
          uR"(<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>46086</v></c>)"
          uR"(<c r="C2"><f>1+1</f><v>2</v></c><c r="D2" t="b"><v>1</v></c></row>)"_s;
    return zip(partsOf(book));
}

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::python().isEmpty(), "python3 with openpyxl is needed");
    // One row per case: A = the case's name, B = the value (C: the number format, when any).
    const QString script = uR"(
import sys, datetime
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = 'Personen'
cases = [
    ('shared string', 'Müller', None),
    ('umlauts', 'Grüße aus Köln – ß €', None),
    ('spaces kept', '  zwei Leerzeichen  ', None),
    ('line break', 'erste\nzweite', None),
    ('integer', 44227, None),
    ('decimal', 1.5, None),
    ('negative', -3.25, None),
    ('phone as number', 492317551234, None),
    ('binary fraction', 0.1 + 0.2, None),
    ('large', 1e20, None),
    ('small', 0.000123, None),
    ('zero', 0, None),
    ('true', True, None),
    ('false', False, None),
    ('date', datetime.date(2026, 3, 5), None),
    ('date German format', datetime.date(2026, 3, 5), 'DD.MM.YYYY'),
    ('date-time', datetime.datetime(2026, 3, 5, 14, 30), None),
    ('date-time seconds', datetime.datetime(2026, 3, 5, 14, 30, 15), None),
    ('date-time midnight', datetime.datetime(2026, 3, 5, 0, 0), None),
    ('time', datetime.time(9, 15), None),
    ('before the leap day', datetime.date(1900, 2, 28), None),
    ('after the leap day', datetime.date(1900, 3, 1), None),
    ('first day', datetime.date(1900, 1, 1), None),
    ('month and year', datetime.date(2026, 11, 1), 'mmm yy'),
    ('number with unit', 12.5, '0.00 "Stück"'),
    ('currency', 1234.5, '#,##0.00 [$€-407]'),
    ('percent', 0.25, '0%'),
]
for name, value, fmt in cases:
    ws.append([name, value])
    if fmt:
        ws.cell(row=ws.max_row, column=2).number_format = fmt
wb.create_sheet('Zweite').append(['nicht', 'gelesen'])
wb.save(sys.argv[1])
print('ok')
)"_s;
    const QString path = file(u"openpyxl.xlsx"_s);
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, script, path}).trimmed(), u"ok"_s);
    m_openpyxl = xlsx::readFirstSheet(read(path));
    QVERIFY2(m_openpyxl.error.isEmpty(), qPrintable(m_openpyxl.error));
}

void TestXlsxReader::openpyxlCells_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("shared string") << u"Müller"_s;
    QTest::newRow("umlauts") << u"Grüße aus Köln – ß €"_s;
    QTest::newRow("spaces kept") << u"  zwei Leerzeichen  "_s;
    QTest::newRow("line break") << u"erste\nzweite"_s;
    QTest::newRow("integer") << u"44227"_s;
    QTest::newRow("decimal") << u"1.5"_s;
    QTest::newRow("negative") << u"-3.25"_s;
    QTest::newRow("phone as number") << u"492317551234"_s;
    QTest::newRow("binary fraction") << u"0.3"_s;
    QTest::newRow("large") << u"100000000000000000000"_s;
    QTest::newRow("small") << u"0.000123"_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("true") << u"1"_s;
    QTest::newRow("false") << u"0"_s;
    QTest::newRow("date") << u"05.03.2026"_s;
    QTest::newRow("date German format") << u"05.03.2026"_s;
    QTest::newRow("date-time") << u"05.03.2026 14:30"_s;
    QTest::newRow("date-time seconds") << u"05.03.2026 14:30:15"_s;
    QTest::newRow("date-time midnight") << u"05.03.2026"_s;
    QTest::newRow("time") << u"09:15"_s;
    QTest::newRow("before the leap day") << u"28.02.1900"_s;
    QTest::newRow("after the leap day") << u"01.03.1900"_s;
    QTest::newRow("first day") << u"01.01.1900"_s;
    QTest::newRow("month and year") << u"01.11.2026"_s;
    QTest::newRow("number with unit") << u"12.5"_s;
    QTest::newRow("currency") << u"1234.5"_s;
    QTest::newRow("percent") << u"0.25"_s;
}

void TestXlsxReader::openpyxlCells()
{
    QFETCH(QString, expected);
    const QString name = QString::fromUtf8(QTest::currentDataTag());
    for (qsizetype i = 0; i < m_openpyxl.rows.size(); ++i) {
        const QStringList& row = m_openpyxl.rows[i];
        if (row.value(0) == name) {
            QCOMPARE(row.size(), 2);
            QCOMPARE(row[1], expected);
            QCOMPARE(m_openpyxl.lines[i], int(i) + 1);
            return;
        }
    }
    QFAIL("the case's row is missing");
}

void TestXlsxReader::openpyxlGapsAndSparseRows()
{
    const QString script = uR"(
import sys
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws['A1'] = 'Vorname'; ws['B1'] = 'Nachname'; ws['C1'] = 'E-Mail'; ws['D1'] = 'Telefon'
ws['A2'] = 'Jürgen'; ws['C2'] = 'jm@example.org'
ws['B3'] = None
ws['A5'] = 'Eva'; ws['D5'] = 4923175512
ws['B9'] = 'Lücke'
ws['A10'].number_format = '0.00'
wb.save(sys.argv[1])
print('ok')
)"_s;
    const QString path = file(u"sparse.xlsx"_s);
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, script, path}).trimmed(), u"ok"_s);
    const xlsx::Sheet sheet = xlsx::readFirstSheet(read(path));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(dump(sheet), u"Vorname|Nachname|E-Mail|Telefon\nJürgen||jm@example.org|\nEva|||4923175512\n|Lücke||"_s);
    QCOMPARE(sheet.lines, (QList<int>{1, 2, 5, 9}));
}

void TestXlsxReader::handWritten_data()
{
    QTest::addColumn<QString>("sheetData");
    QTest::addColumn<QString>("sharedStrings");
    QTest::addColumn<QString>("workbookPr");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("formulas: the cached values")
        << uR"(<row r="1"><c r="A1"><f>1+2</f><v>3</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>)"
           uR"(<c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>)"
           uR"(<c r="E1" s="1"><f>DATE(2026,3,5)</f><v>46086</v></c><c r="F1"><f>NOW()</f></c><c r="G1">)"
           uR"(<f t="shared" ref="G1:G2" si="0">A1*2</f><v>6</v></c></row>)"_s
        << QString() << QString() << u"3|ab|1|#DIV/0!|05.03.2026||6"_s << QList<int>{1};
    QTest::newRow("inline strings, rich text")
        << uR"(<row r="1"><c r="A1" t="inlineStr"><is><t>Hallo</t></is></c><c r="B1" t="inlineStr"><is><r><t>Fe</t></r>)"
           uR"(<r><rPr><b/></rPr><t xml:space="preserve">tt </t></r></is></c><c r="C1" t="inlineStr"><is><t/></is></c>)"
           uR"(<c r="D1" t="inlineStr"><is><t>Ende</t></is></c></row>)"_s
        << QString() << QString() << u"Hallo|Fett ||Ende"_s << QList<int>{1};
    QTest::newRow("shared strings: runs joined, phonetic runs left out, escapes")
        << uR"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>)"
           uR"(<c r="D1" t="s"><v> 3 </v></c></row>)"_s
        << uR"(<si><r><t>Ab</t></r><r><rPr><i/></rPr><t>c</t></r><rPh sb="0" eb="1"><t>アブ</t></rPh></si>)"
           uR"(<si><t>a_x000D_b</t></si><si><t>_x005F_x0041_</t></si><si><t xml:space="preserve"> Grüße </t></si>)"_s
        << QString() << u"Abc|a\rb|_x0041_| Grüße "_s << QList<int>{1};
    QTest::newRow("no references: in order")
        << uR"(<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row><c/><c><v>2</v></c></row>)"_s
        << QString() << QString() << u"a|1\n|2"_s << QList<int>{1, 2};
    QTest::newRow("gaps, skipped rows, columns out of order, empty rows left out")
        << uR"(<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row><row r="3"><c r="A3" s="1"/>)"
           uR"(<c r="B3" t="inlineStr"><is><t></t></is></c></row><row r="7" spans="1:5"><c r="E7"><v>5</v></c></row>)"_s
        << QString() << QString() << u"1||3||\n||||5"_s << QList<int>{2, 7};
    QTest::newRow("dates: Lotus leap day, 1900 system")
        << uR"(<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c><c r="C1" s="1"><v>60</v></c>)"
           uR"(<c r="D1" s="1"><v>61</v></c><c r="E1" s="1"><v>2958465</v></c><c r="F1" s="1"><v>-1</v></c></row>)"_s
        << QString() << QString() << u"01.01.1900|28.02.1900|29.02.1900|01.03.1900|31.12.9999|-1"_s << QList<int>{1};
    QTest::newRow("dates: 1904 system")
        << uR"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>44227.75</v></c></row>)"_s << QString()
        << u"date1904=\"1\""_s << u"01.01.1904|01.02.2025 18:00"_s << QList<int>{1};
    QTest::newRow("dates: 1904 system as true") << uR"(<row r="1"><c r="A1" s="1"><v>1</v></c></row>)"_s << QString()
                                                << u"date1904=\"true\""_s << u"02.01.1904"_s << QList<int>{1};
    QTest::newRow("number formats")
        << uR"(<row r="1"><c r="A1" s="3"><v>7</v></c><c r="B1" s="4"><v>46086.5</v></c><c r="C1" s="5"><v>-2.5</v></c>)"
           uR"(<c r="D1" s="6"><v>0.0034722222222222</v></c><c r="E1" s="7"><v>0.75</v></c><c r="F1" s="8"><v>3</v></c>)"
           uR"(<c r="G1" s="9"><v>46086</v></c><c r="H1" s="10"><v>0.5</v></c><c r="I1" s="11"><v>0123</v></c>)"
           uR"(<c r="J1" s="99"><v>46086</v></c><c r="K1" s="2"><v>46086.999999</v></c></row>)"_s
        << QString() << QString() << u"7|05.03.2026 12:00|-2.5|00:05|18:00|3|05.03.2026|12:00|123|46086|06.03.2026"_s
        << QList<int>{1};
    // Excel shows a date format's day only, whatever time the cell holds; German Excel's postcode
    // format ("Sonderformat Postleitzahl": 00000) shows 1067 as 01067.
    QTest::newRow("what a format hides or adds")
        << uR"(<row r="1"><c r="A1" s="1"><v>46128.5</v></c><c r="B1" s="9"><v>46128.75</v></c>)"
           uR"(<c r="C1" s="12"><v>1067</v></c><c r="D1" s="12"><v>44137</v></c><c r="E1" s="12"><v>123456</v></c>)"
           uR"(<c r="F1" s="12"><v>1.5</v></c><c r="G1" s="12"><v>-7</v></c><c r="H1" t="s" s="12"><v>0</v></c></row>)"_s
        << uR"(<si><t>1067</t></si>)"_s << QString() << u"16.04.2026|16.04.2026|01067|44137|123456|1.5|-7|1067"_s
        << QList<int>{1};
    QTest::newRow("numbers as Excel stores them")
        << uR"(<row r="1"><c r="A1"><v>4.9231755123399998E+11</v></c><c r="B1"><v>1E-3</v></c><c r="C1"><v>-0</v></c>)"
           uR"(<c r="D1"><v>12345678901234567890</v></c><c r="E1"><v>abc</v></c><c r="F1" t="n"><v>2.0</v></c></row>)"_s
        << QString() << QString() << u"492317551234|0.001|0|12345678901234600000|abc|2"_s << QList<int>{1};
    QTest::newRow("ISO dates (t=d)")
        << uR"(<row r="1"><c r="A1" t="d"><v>2026-03-05</v></c><c r="B1" t="d"><v>2026-03-05T14:30:00</v></c></row>)"_s
        << QString() << QString() << u"05.03.2026|05.03.2026 14:30"_s << QList<int>{1};
}

void TestXlsxReader::handWritten()
{
    QFETCH(QString, sheetData);
    QFETCH(QString, sharedStrings);
    QFETCH(QString, workbookPr);
    QFETCH(QString, expected);
    QFETCH(QList<int>, lines);
    Book book;
    book.sheetData = sheetData;
    book.sharedStrings = sharedStrings;
    book.workbookPr = workbookPr;
    const QByteArray bytes = zip(partsOf(book));
    QVERIFY(!bytes.isEmpty());
    const xlsx::Sheet sheet = xlsx::readFirstSheet(bytes);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(dump(sheet), expected);
    QCOMPARE(sheet.lines, lines);
}

void TestXlsxReader::firstWorksheetInWorkbookOrder_data()
{
    // The chart sheet comes first, then sheet2.xml (with an absolute target), then sheet1.xml.
    QTest::addColumn<QString>("sheets");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QList<int>>("lines");
    const QString chart = uR"(<sheet name="Diagramm" sheetId="3" r:id="rId3"/>)"_s;
    QTest::newRow("in workbook order") << chart
            + uR"(<sheet name="Zwei" sheetId="2" r:id="rId2"/>)"
              uR"(<sheet name="Eins" sheetId="1" r:id="rId1"/>)"_s
                                       << u"|sheet2.xml"_s << QList<int>{4};
    // A list's first sheet hidden (a lookup table, an old version): the user means the one they see.
    QTest::newRow("a hidden sheet left out") << chart
            + uR"(<sheet name="Zwei" sheetId="2" state="hidden" r:id="rId2"/>)"
              uR"(<sheet name="Eins" sheetId="1" r:id="rId1"/>)"_s
                                             << u"sheet1.xml"_s << QList<int>{1};
    QTest::newRow("very hidden too") << chart
            + uR"(<sheet name="Zwei" sheetId="2" state="veryHidden" r:id="rId2"/>)"
              uR"(<sheet name="Eins" sheetId="1" r:id="rId1"/>)"_s
                                     << u"sheet1.xml"_s << QList<int>{1};
    QTest::newRow("every sheet hidden: the first") << chart
            + uR"(<sheet name="Zwei" sheetId="2" state="hidden" r:id="rId2"/>)"
              uR"(<sheet name="Eins" sheetId="1" state="hidden" r:id="rId1"/>)"_s
                                                   << u"|sheet2.xml"_s << QList<int>{4};
}

void TestXlsxReader::firstWorksheetInWorkbookOrder()
{
    QFETCH(QString, sheets);
    QFETCH(QString, expected);
    QFETCH(QList<int>, lines);
    const QString rel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
    Book book;
    book.sheetData = uR"(<row r="1"><c r="A1" t="inlineStr"><is><t>sheet1.xml</t></is></c></row>)"_s;
    book.sheets = sheets;
    book.relationships += uR"(<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml" Type=")"_s + rel
        + uR"(/worksheet"/>)"_s + uR"(<Relationship Id="rId3" Target="chartsheets/sheet1.xml" Type=")"_s + rel
        + uR"(/chartsheet"/>)"_s
        + uR"(<Relationship Id="rId4" Target="http://example.org/" TargetMode="External" Type=")"_s + rel
        + uR"(/hyperlink"/>)"_s;
    book.extra << qMakePair(u"xl/worksheets/sheet2.xml"_s,
        QByteArray(
            R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
            R"(<row r="4"><c r="B4" t="inlineStr"><is><t>sheet2.xml</t></is></c></row></sheetData></worksheet>)"));
    book.extra << qMakePair(u"xl/chartsheets/sheet1.xml"_s, QByteArray("<chartsheet/>"));
    const xlsx::Sheet sheet = xlsx::readFirstSheet(zip(partsOf(book)));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(dump(sheet), expected);
    QCOMPARE(sheet.lines, lines);
}

// A chamber's workbook: a sheet of notes first ("Hinweise"), the list on the second, the companies on
// the third. Each import takes the sheet that holds its list.
void TestXlsxReader::listBehindACoverSheet()
{
    const QString script = uR"(
import sys
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = 'Hinweise'
ws.append(['Stand: März 2026'])
ws.append(['Bitte vertraulich behandeln.'])
people = wb.create_sheet('Ansprechpersonen')
people.append(['Nachname', 'Vorname', 'Firma'])
people.append(['Schäfer', 'Lea', 'Logistik Ruhr GmbH'])
people.append(['Roth', 'Ben', 'Zeche Zollern Robotik GmbH'])
firms = wb.create_sheet('Firmen')
firms.append(['Firma', 'Ort'])
firms.append(['Logistik Ruhr GmbH', 'Dortmund'])
wb.save(sys.argv[1])
print('ok')
)"_s;
    const QString path = file(u"cover.xlsx"_s);
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, script, path}).trimmed(), u"ok"_s);
    const QByteArray bytes = read(path);
    const auto names = [](import::Target target) {
        return [target](const xlsx::Sheet& s) {
            return std::any_of(s.rows.cbegin(), s.rows.cend(),
                [target](const QStringList& row) { return import::holdsList(row, target); });
        };
    };
    const xlsx::Sheet persons = xlsx::readSheet(bytes, names(import::Target::Persons));
    QVERIFY2(persons.error.isEmpty(), qPrintable(persons.error));
    QCOMPARE(persons.name, u"Ansprechpersonen"_s);
    QCOMPARE(persons.passedOver, QStringList{u"Hinweise"_s});
    QCOMPARE(persons.rows.size(), 3);
    QCOMPARE(xlsx::readSheet(bytes, names(import::Target::Organisations)).name, u"Firmen"_s);
    QCOMPARE(xlsx::readFirstSheet(bytes).name, u"Hinweise"_s);

    test::TempDatabase t;
    const ImportReport report = PersonImport(t.db()).run(bytes, {});
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 2);
    QCOMPARE(report.notes.size(), 1); // which sheet was read
    QVERIFY2(report.describe().contains(u"\"Ansprechpersonen\""_s), qPrintable(report.describe()));
    const ImportReport companies = OrganisationImport(t.db()).run(bytes, {});
    QVERIFY2(companies.ok(), qPrintable(companies.describe()));
    QCOMPARE(companies.unchanged + companies.updated, 1); // Logistik Ruhr, created by the persons import
    QVERIFY2(companies.describe().contains(u"\"Firmen\""_s), qPrintable(companies.describe()));
}

void TestXlsxReader::ownExportReadsAsItsCsv_data()
{
    QTest::addColumn<exports::List>("list");
    QTest::newRow("persons") << exports::List::Persons;
    QTest::newRow("organisations") << exports::List::Organisations;
}

void TestXlsxReader::ownExportReadsAsItsCsv()
{
    QFETCH(exports::List, list);
    test::TempDatabase t;
    QString error;
    Organisation o;
    o.name = u"Müller Präzisionstechnik"_s;
    o.legalForm = u"GmbH"_s;
    o.street = u"Königswall 1"_s;
    o.postalCode = u"44137"_s;
    o.city = u"Dortmund"_s;
    o.phone = u"0231 123456"_s;
    o.employees = 42;
    o.notes = u"Notiz mit Umlauten: äöüß; und \"Zitat\"\nzweite Zeile"_s;
    QVERIFY2(OrganisationRepository(t.db()).save(o, &error), qPrintable(error));
    const struct
    {
        const char16_t* first;
        const char16_t* last;
        const char16_t* email;
        QDate consent;
    } people[] = {
        {u"Jürgen", u"Müller-Lüdenscheidt", u"jm@example.org", QDate(2026, 3, 5)},
        {u"Eva", u"Özdemir", u"eva@example.org", QDate(1999, 12, 31)},
        {u"Zoë", u"Ångström", u"", QDate()},
    };
    for (const auto& person : people) {
        Person p;
        p.organisationId = o.id;
        p.firstName = QString::fromUtf16(person.first);
        p.lastName = QString::fromUtf16(person.last);
        p.email = QString::fromUtf16(person.email);
        p.phone = u"0231 9876543"_s;
        p.function = u"Geschäftsführerin"_s;
        p.notes = u"erste Zeile\nzweite Zeile"_s;
        if (person.consent.isValid()) {
            p.legalBasis = u"consent"_s;
            p.consentDate = person.consent;
        }
        QVERIFY2(PersonRepository(t.db()).save(p, &error), qPrintable(error));
    }

    exports::Selection selection;
    selection.list = list;
    exports::Options xlsxOptions;
    xlsxOptions.format = io::TableFormat::Xlsx;
    exports::Options csvOptions; // German Excel: dates TT.MM.JJJJ
    const QString xlsxPath = file(exports::listName(list) + u".xlsx"_s);
    const QString csvPath = file(exports::listName(list) + u".csv"_s);
    QVERIFY2(exports::write(t.db(), selection, xlsxPath, xlsxOptions, &error), qPrintable(error));
    QVERIFY2(exports::write(t.db(), selection, csvPath, csvOptions, &error), qPrintable(error));

    const xlsx::Sheet sheet = xlsx::readFirstSheet(read(xlsxPath));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    const csv::Table table = csv::parse(read(csvPath));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(sheet.rows.value(0), exports::headers(list));
    QCOMPARE(sheet.rows.size(), table.records.size());
    for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
        // The CSV neutralises formula-like text ("'+49231…"); the XLSX has string cells and needs not.
        QStringList fields = table.records[i].fields;
        for (QString& f : fields) {
            if (f.startsWith(u'\'') && csv::isFormulaLike(QStringView(f).sliced(1))) {
                f.remove(0, 1);
            }
        }
        QCOMPARE(sheet.rows[i], fields);
        QCOMPARE(sheet.lines[i], int(i) + 1);
    }
    if (list == exports::List::Persons) {
        const int consent = int(exports::headers(list).indexOf(u"Consent date"_s));
        QVERIFY(consent >= 0);
        QStringList dates;
        for (const QStringList& row : sheet.rows.mid(1)) {
            dates << row[consent];
        }
        dates.sort();
        QCOMPARE(dates, (QStringList{QString(), u"05.03.2026"_s, u"31.12.1999"_s}));
    } else {
        const int employees = int(exports::headers(list).indexOf(u"Employees"_s));
        QVERIFY(employees >= 0);
        QCOMPARE(sheet.rows.value(1).value(employees), u"42"_s);
    }
}

void TestXlsxReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QRandomGenerator random(15);
    QByteArray noise(4096, Qt::Uninitialized);
    for (char& c : noise) {
        c = char(random.bounded(256));
    }
    noise[0] = 'x';
    QTest::newRow("random bytes") << noise << u"not an Excel workbook"_s;
    QTest::newRow("CSV") << QByteArray("Vorname;Nachname\r\nJürgen;Müller\r\n") << u"not an Excel workbook"_s;
    QTest::newRow("OLE2 (.xls, encrypted .xlsx)")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").append(512, '\0') << u"old Excel file (.xls)"_s;
    QTest::newRow("ZIP header only") << QByteArray("PK\x03\x04") << u"damaged"_s;
    QTest::newRow("ZIP without workbook")
        << zip({qMakePair(u"word/document.xml"_s, QByteArray("<document/>"))}) << u"not an Excel workbook"_s;
    QTest::newRow("OpenDocument") << zip(
        {qMakePair(u"mimetype"_s, QByteArray("application/vnd.oasis.opendocument.spreadsheet")),
            qMakePair(u"content.xml"_s, QByteArray("<office:document-content/>"))},
        true) << u"OpenDocument"_s;
    const QByteArray good = valid();
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"damaged"_s;
    QTest::newRow("truncated to the first entry") << good.left(200) << u"damaged"_s;

    Book noSheet;
    noSheet.relationships.clear();
    noSheet.sheets.clear();
    Parts parts = partsOf(noSheet);
    parts.removeIf([](const auto& p) { return p.first == u"xl/worksheets/sheet1.xml"; });
    QTest::newRow("no worksheet") << zip(parts) << u"no worksheet"_s;
    Book missing;
    missing.relationships.replace(u"sheet1.xml"_s, u"sheet7.xml"_s);
    QTest::newRow("sheet part missing") << zip(partsOf(missing)) << u"xl/worksheets/sheet7.xml is missing"_s;
    Book notXml;
    notXml.sheetData = u"<row><c><v>1</v></row>"_s;
    QTest::newRow("sheet not well-formed") << zip(partsOf(notXml)) << u"damaged"_s;
    Book entities;
    entities.extra << qMakePair(u"xl/sharedStrings.xml"_s,
        QByteArray(R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;">]>)"
                   R"(<sst><si><t>&lol1;</t></si></sst>)"));
    entities.sheetData = uR"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"_s;
    QTest::newRow("DTD with entities") << zip(partsOf(entities)) << u"damaged"_s;
    Book badIndex;
    badIndex.sharedStrings = u"<si><t>a</t></si>"_s;
    badIndex.sheetData = uR"(<row r="3"><c r="A3" t="s"><v>1</v></c></row>)"_s;
    QTest::newRow("shared string index out of range") << zip(partsOf(badIndex)) << u"shared string is missing"_s;
    Book badRef;
    badRef.sheetData = uR"(<row r="3"><c r="ZZZZ3"><v>1</v></c></row>)"_s;
    QTest::newRow("cell reference beyond XFD") << zip(partsOf(badRef)) << u"cell reference"_s;
    Book badRow;
    badRow.sheetData = uR"(<row r="-3"><c><v>1</v></c></row>)"_s;
    QTest::newRow("negative row number") << zip(partsOf(badRow)) << u"row number"_s;

    // A zip bomb: 300 MB of zeros as the sheet (about 300 KB packed); once with its true size, once
    // with a size that lies (1 KB) in both headers.
    const QString bomb = file(u"bomb.xlsx"_s);
    const QString liar = file(u"liar.xlsx"_s);
    const QString script = uR"(
import sys, zipfile, struct
bomb, liar, parts = sys.argv[1], sys.argv[2], sys.argv[3]
src = zipfile.ZipFile(parts)
with zipfile.ZipFile(bomb, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for info in src.infolist():
        if info.filename != 'xl/worksheets/sheet1.xml':
            z.writestr(info.filename, src.read(info.filename))
    with z.open('xl/worksheets/sheet1.xml', 'w') as f:
        block = b'0' * (1024 * 1024)
        for _ in range(300):
            f.write(block)
data = bytearray(open(bomb, 'rb').read())
name = b'xl/worksheets/sheet1.xml'
at = 0
while True:
    at = data.find(b'PK\x03\x04', at)
    if at < 0: break
    n = struct.unpack('<H', data[at+26:at+28])[0]
    if data[at+30:at+30+n] == name:
        data[at+22:at+26] = struct.pack('<I', 1024)
    at += 4
at = 0
while True:
    at = data.find(b'PK\x01\x02', at)
    if at < 0: break
    n = struct.unpack('<H', data[at+28:at+30])[0]
    if data[at+46:at+46+n] == name:
        data[at+24:at+28] = struct.pack('<I', 1024)
    at += 4
open(liar, 'wb').write(data)
print('ok')
)"_s;
    const QString goodPath = file(u"good.xlsx"_s);
    QVERIFY(test::writeFile(goodPath, good));
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, script, bomb, liar, goodPath}).trimmed(), u"ok"_s);
    QVERIFY(QFileInfo(bomb).size() < 2 * 1024 * 1024);
    QTest::newRow("zip bomb") << read(bomb) << u"too large"_s;
    QTest::newRow("zip bomb that lies about its size") << read(liar) << QString(); // too large or damaged

    // A sheet encrypted with ZIP's own password (flag bit 0 set in both headers).
    const QString locked = file(u"locked.xlsx"_s);
    const QString lockScript = uR"(
import sys, struct
data = bytearray(open(sys.argv[1], 'rb').read())
for sig, flag in ((b'PK\x03\x04', 6), (b'PK\x01\x02', 8)):
    at = 0
    while True:
        at = data.find(sig, at)
        if at < 0: break
        data[at+flag] |= 1
        at += 4
open(sys.argv[2], 'wb').write(data)
print('ok')
)"_s;
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, lockScript, goodPath, locked}).trimmed(), u"ok"_s);
    QTest::newRow("ZIP encryption") << read(locked) << u"password"_s;
}

void TestXlsxReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const xlsx::Sheet sheet = xlsx::readFirstSheet(bytes);
    QVERIFY2(!sheet.error.isEmpty(), qPrintable(dump(sheet)));
    if (message.isEmpty()) {
        QVERIFY2(sheet.error.contains(u"too large"_s) || sheet.error.contains(u"damaged"_s), qPrintable(sheet.error));
    } else {
        QVERIFY2(sheet.error.contains(message), qPrintable(sheet.error));
    }
}

void TestXlsxReader::capsOfCells_data()
{
    QTest::addColumn<QString>("sheetData");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("rowsBefore");

    const QString column500 = uR"(<c r="SF5"><v>1</v></c>)"_s; // SF: the 500th column
    const QString column501 = uR"(<c r="SG5"><v>1</v></c>)"_s;
    QTest::newRow("500 columns") << uR"(<row r="1"><c r="A1"><v>1</v></c></row><row r="5">)"_s + column500 + u"</row>"_s
                                 << QString() << 0 << 2;
    QTest::newRow("501 columns") << uR"(<row r="1"><c r="A1"><v>1</v></c></row><row r="5">)"_s + column501 + u"</row>"_s
                                 << u"more than 500 columns"_s << 5 << 1;
    QTest::newRow("501 columns without references")
        << u"<row>"_s + u"<c><v>1</v></c>"_s.repeated(501) + u"</row>"_s << u"more than 500 columns"_s << 1 << 0;
    const QString longest = QString(csv::maxRecordLength, u'x');
    QTest::newRow("longest cell") << uR"(<row r="2"><c r="A2" t="inlineStr"><is><t>)"_s + longest
            + u"</t></is></c></row>"_s
                                  << QString() << 0 << 1;
    QTest::newRow("cell too long") << uR"(<row r="2"><c r="A2" t="inlineStr"><is><t>)"_s + longest
            + uR"(</t><t>y</t></is></c></row>)"_s
                                   << u"longer than"_s << 2 << 0;
    QTest::newRow("formula text too long")
        << uR"(<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3" t="str"><v>)"_s + longest
            + u"y</v></c></row>"_s
        << u"longer than"_s << 3 << 1;
    // 10,001 rows of 500 columns: more cells than a sheet may have.
    QString many = u"<row r=\"1\">"_s + column500 + u"</row>"_s;
    many += uR"(<row><c r="A2"><v>1</v></c></row>)"_s.repeated(10'000);
    QTest::newRow("too many cells") << many << u"more than"_s << 0 << 10'001;
}

void TestXlsxReader::capsOfCells()
{
    QFETCH(QString, sheetData);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, rowsBefore);
    Book book;
    book.sheetData = sheetData;
    const xlsx::Sheet sheet = xlsx::readFirstSheet(zip(partsOf(book)));
    if (message.isEmpty()) {
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    } else {
        QVERIFY2(sheet.error.contains(message), qPrintable(sheet.error));
        QCOMPARE(sheet.errorLine, line);
    }
    QCOMPARE(sheet.rows.size(), rowsBefore);
}

void TestXlsxReader::isXlsx()
{
    QVERIFY(xlsx::isXlsx(valid()));
    QVERIFY(!xlsx::isXlsx(QByteArray()));
    QVERIFY(!xlsx::isXlsx(QByteArray("Vorname;Nachname\r\n")));
    QVERIFY(!xlsx::isXlsx(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").append(512, '\0')));
    QVERIFY(!xlsx::isXlsx(zip({qMakePair(u"word/document.xml"_s, QByteArray("<document/>"))})));
    QVERIFY(!xlsx::isXlsx(QByteArray("PK\x03\x04")));
}

void TestXlsxReader::byteMutationsNeverCrash()
{
    const QByteArray good = valid();
    QVERIFY(!good.isEmpty());
    const xlsx::Sheet original = xlsx::readFirstSheet(good);
    QVERIFY2(original.error.isEmpty(), qPrintable(original.error));
    QCOMPARE(dump(original), u"Name|Datum||\nGrüße|05.03.2026|2|1"_s);
    QRandomGenerator random(20260305);
    int errors = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray bytes = good;
        const int changes = 1 + int(random.bounded(8));
        for (int c = 0; c < changes; ++c) {
            const qsizetype at = random.bounded(int(bytes.size()));
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
                break;
            case 2:
                bytes.truncate(at);
                break;
            default:
                bytes.insert(at, bytes.mid(random.bounded(int(bytes.size())), int(random.bounded(64))));
                break;
            }
            if (bytes.isEmpty()) {
                break;
            }
        }
        const xlsx::Sheet sheet = xlsx::readFirstSheet(bytes);
        errors += sheet.error.isEmpty() ? 0 : 1;
        xlsx::isXlsx(bytes);
    }
    QVERIFY(errors > 0);
}

void TestXlsxReader::xmlMutationsNeverCrash()
{
    // The mutations of the byte test mostly end at the CRC check: here the XML parts themselves are
    // mutated, zipped with correct checksums, so that every parser sees broken XML.
    const QString good = file(u"mutate-me.xlsx"_s);
    QVERIFY(test::writeFile(good, valid()));
    const QString out = file(u"mutations"_s);
    QVERIFY(QDir().mkpath(out));
    const QString script = uR"(
import sys, zipfile, random
src = zipfile.ZipFile(sys.argv[1])
parts = {i.filename: src.read(i.filename) for i in src.infolist()}
rnd = random.Random(15)
tokens = [b'<', b'>', b'/>', b'"', b'&', b'&amp;', b'<row>', b'</row>', b'<c r="A1">', b'</c>', b'<v>', b'</v>',
          b't="s"', b't="b"', b't="inlineStr"', b's="1"', b's="99999"', b'r="XFD1048576"', b'r="A0"', b'<is>', b'<f>',
          b'<si>', b'</si>', b'<t>', b'</t>', b'<xf numFmtId="14"/>', b'99999999999', b'-1', b'1e308', b'\xff\xfe',
          b'<!DOCTYPE x>', b'date1904="1"', b'r:id="rId9"', b'\x00']
names = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']
for n in range(int(sys.argv[3])):
    mutated = dict(parts)
    name = rnd.choice(names)
    data = bytearray(mutated[name])
    for _ in range(rnd.randint(1, 6)):
        at = rnd.randrange(len(data) + 1)
        kind = rnd.randrange(4)
        if kind == 0:
            data[at:at] = rnd.choice(tokens)
        elif kind == 1 and data:
            del data[at:at + rnd.randint(1, 20)]
        elif kind == 2 and at < len(data):
            data[at] = rnd.randrange(256)
        else:
            piece = bytes(data[rnd.randrange(len(data) + 1):][:rnd.randint(1, 80)])
            data[at:at] = piece * rnd.randint(1, 3)
    mutated[name] = bytes(data)
    with zipfile.ZipFile('%s/%04d.xlsx' % (sys.argv[2], n), 'w', zipfile.ZIP_STORED) as z:
        for k, v in mutated.items():
            z.writestr(k, v)
print('ok')
)"_s;
    constexpr int count = 1500;
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, script, good, out, QString::number(count)}).trimmed(), u"ok"_s);
    int read = 0;
    int errors = 0;
    for (const QFileInfo& info : QDir(out).entryInfoList({u"*.xlsx"_s}, QDir::Files)) {
        const xlsx::Sheet sheet = xlsx::readFirstSheet(this->read(info.filePath()));
        ++read;
        errors += sheet.error.isEmpty() ? 0 : 1;
        QCOMPARE(sheet.rows.size(), sheet.lines.size());
    }
    QCOMPARE(read, count);
    QVERIFY(errors > 0);
    QVERIFY(errors < count);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
