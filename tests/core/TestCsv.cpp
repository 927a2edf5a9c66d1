// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Charsets.h"
#include "io/Csv.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void rfc4180Examples_data();
    void rfc4180Examples();
    void germanExcelFileInWindows1252();
    void detectsEncoding_data();
    void detectsEncoding();
    void macRomanAsApplesTable();
    void excelForMacFile();
    void reportsUnterminatedQuote();
    void writesExcelGermanAndReadsItBack();
    void quotesFormulaLikeText();
    void streamsAcrossChunks_data();
    void streamsAcrossChunks();
    void streamedAsParsedWhole_data();
    void streamedAsParsedWhole();
};

namespace {

// What csv::Reader reads from @p input a chunk of @p chunkSize bytes at a time, as a Table.
csv::Table readInChunks(const QByteArray& input, qsizetype chunkSize, csv::Encoding encoding = csv::Encoding::Auto)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    csv::Reader reader(&buffer, encoding, {}, chunkSize);
    csv::Table table;
    csv::Record record;
    while (reader.next(&record)) {
        table.records << record;
    }
    table.separator = reader.separator();
    table.encoding = reader.encoding();
    table.error = reader.error();
    table.errorLine = reader.errorLine();
    return table;
}

// Records as "line: field|field", to compare tables with a readable difference.
QStringList lines(const csv::Table& table)
{
    QStringList out;
    for (const csv::Record& r : table.records) {
        out << QString::number(r.line) + u": "_s + r.fields.join(u'|');
    }
    out << u"separator "_s + table.separator + u", encoding "_s + QString::number(int(table.encoding))
            + u", error at "_s + QString::number(table.errorLine) + u": "_s + table.error;
    return out;
}

} // namespace

// The examples of RFC 4180, section 2.
void TestCsv::rfc4180Examples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addRow("2.1 CRLF") << QByteArray("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")
                              << QList<QStringList>{{u"aaa"_s, u"bbb"_s, u"ccc"_s}, {u"zzz"_s, u"yyy"_s, u"xxx"_s}};
    QTest::addRow("2.2 no final CRLF") << QByteArray("aaa,bbb,ccc\r\nzzz,yyy,xxx")
                                       << QList<QStringList>{
                                              {u"aaa"_s, u"bbb"_s, u"ccc"_s}, {u"zzz"_s, u"yyy"_s, u"xxx"_s}};
    QTest::addRow("2.3 header") << QByteArray("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n")
                                << QList<QStringList>{{u"field_name"_s, u"field_name"_s, u"field_name"_s},
                                       {u"aaa"_s, u"bbb"_s, u"ccc"_s}};
    QTest::addRow("2.5 quoted") << QByteArray("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx")
                                << QList<QStringList>{{u"aaa"_s, u"bbb"_s, u"ccc"_s}, {u"zzz"_s, u"yyy"_s, u"xxx"_s}};
    QTest::addRow("2.6 line break in quotes")
        << QByteArray("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx")
        << QList<QStringList>{{u"aaa"_s, u"b\r\nbb"_s, u"ccc"_s}, {u"zzz"_s, u"yyy"_s, u"xxx"_s}};
    QTest::addRow("2.7 doubled quote") << QByteArray("\"aaa\",\"b\"\"bb\",\"ccc\"")
                                       << QList<QStringList>{{u"aaa"_s, u"b\"bb"_s, u"ccc"_s}};
    QTest::addRow("empty fields") << QByteArray("a,,c\r\n,,\r\n")
                                  << QList<QStringList>{{u"a"_s, QString(), u"c"_s}, {QString(), QString(), QString()}};
    QTest::addRow("LF only and blank lines")
        << QByteArray("a,b\n\nc,d\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
}

void TestCsv::rfc4180Examples()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    const csv::Table table = csv::parse(input);
    QVERIFY(table.error.isEmpty());
    QCOMPARE(table.separator, QChar(u','));
    QCOMPARE(table.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(table.records[i].fields, records[i]);
    }
}

// A file as German Excel saves it ("CSV (Trennzeichen-getrennt)"): semicolons, Windows-1252, CRLF,
// a quoted field with a line break and doubled quotes.
void TestCsv::germanExcelFileInWindows1252()
{
    QFile file(QStringLiteral(KMUNI_TEST_DATA) + u"/persons-excel-de-cp1252.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const csv::Table table = csv::parse(file.readAll());
    QVERIFY(table.error.isEmpty());
    QCOMPARE(table.separator, QChar(u';'));
    QCOMPARE(table.encoding, csv::Encoding::Windows1252);
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records[1].fields[3], u"Müller"_s);
    QCOMPARE(table.records[1].fields[4], u"Geschäftsführerin"_s);
    QCOMPARE(table.records[2].fields[3], u"Weiß"_s);
    QCOMPARE(table.records[2].fields[4], u"Leiter \"Technik\""_s);
    QCOMPARE(table.records[3].fields[4], u"Professorin;\r\nLehrstuhl für Logistik"_s);
    QCOMPARE(table.records[3].line, 4);
}

void TestCsv::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("first");
    QTest::addRow("utf-8") << QByteArray("Stra\xc3\x9f"
                                         "e;x\n")
                           << int(csv::Encoding::Utf8) << u"Straße"_s;
    QTest::addRow("utf-8 with BOM") << QByteArray("\xef\xbb\xbf"
                                                  "\xc3\x96zdemir;x\n")
                                    << int(csv::Encoding::Utf8) << u"Özdemir"_s;
    QTest::addRow("windows-1252") << QByteArray("Stra\xdf"
                                                "e;x\n")
                                  << int(csv::Encoding::Windows1252) << u"Straße"_s;
    QTest::addRow("euro sign 1252") << QByteArray("50 \x80;x\n") << int(csv::Encoding::Windows1252) << u"50 €"_s;
    QTest::addRow("mac roman ß in a word") << QByteArray("Stra\xa7"
                                                         "e;x\n")
                                           << int(csv::Encoding::MacRoman) << u"Straße"_s;
    QTest::addRow("mac roman umlauts") << QByteArray("M\x9f"
                                                     "ller;Gesch\x8a"
                                                     "ftsf\x9f"
                                                     "hrerin\n")
                                       << int(csv::Encoding::MacRoman) << u"Müller"_s;
    QTest::addRow("mac roman capital umlaut") << QByteArray("\x80"
                                                            "rger;x\n")
                                              << int(csv::Encoding::MacRoman) << u"Ärger"_s;
    QTest::addRow("mac roman quotes and accent") << QByteArray("Caf\x8e"
                                                               " \xe3"
                                                               "Zur Zeche\xd2"
                                                               ";x\n")
                                                 << int(csv::Encoding::MacRoman) << u"Café „Zur Zeche“"_s;
    QTest::addRow("mac roman dash and euro") << QByteArray("\x85"
                                                           "l & Gas \xd0"
                                                           " 50 \xdb"
                                                           ";x\n")
                                             << int(csv::Encoding::MacRoman) << u"Öl & Gas – 50 €"_s;
    QTest::addRow("windows-1252 quotes") << QByteArray("Caf\xe9"
                                                       " \x84"
                                                       "Zur Zeche\x93"
                                                       ";x\n")
                                         << int(csv::Encoding::Windows1252) << u"Café „Zur Zeche“"_s;
    QTest::addRow("windows-1252 Czech and Spanish names") << QByteArray("\x8a"
                                                                        "koda Auto;Mlad\xe1"
                                                                        " Boleslav\n")
                                                          << int(csv::Encoding::Windows1252) << u"Škoda Auto"_s;
    QTest::addRow("windows-1252 Škoda alone") << QByteArray("\x8a"
                                                            "koda Auto;Prag\n")
                                              << int(csv::Encoding::Windows1252) << u"Škoda Auto"_s;
    QTest::addRow("windows-1252 apostrophe") << QByteArray("O\x92"
                                                           "Brien;Dortmund\n")
                                             << int(csv::Encoding::Windows1252) << u"O’Brien"_s;
    QTest::addRow("windows-1252 quotes alone") << QByteArray("\x84"
                                                             "Zeche\x93"
                                                             ";x\n")
                                               << int(csv::Encoding::Windows1252) << u"„Zeche“"_s;
    QTest::addRow("windows-1252 umlauts") << QByteArray("M\xfc"
                                                        "ller;Gesch\xe4"
                                                        "ftsf\xfc"
                                                        "hrerin\n")
                                          << int(csv::Encoding::Windows1252) << u"Müller"_s;
}

void TestCsv::detectsEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(QString, first);
    const csv::Table table = csv::parse(input);
    QCOMPARE(int(table.encoding), encoding);
    QCOMPARE(table.records.first().fields.first(), first);
}

// Every byte above ASCII as Apple's ROMAN.TXT maps it (the table as Python's mac_roman codec has it).
void TestCsv::macRomanAsApplesTable()
{
    QByteArray bytes;
    for (int b = 0x80; b <= 0xFF; ++b) {
        bytes += char(b);
    }
    const QString expected
        = u"\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7"_s;
    QCOMPARE(charset::fromMacRoman(bytes), expected);
    QCOMPARE(charset::fromMacRoman("Zeche;44388\r"), u"Zeche;44388\r"_s);
}

// Excel for Mac's "CSV (Macintosh)": Mac Roman, lone CRs ending the lines, read with --encoding auto.
void TestCsv::excelForMacFile()
{
    QFile file(QStringLiteral(KMUNI_TEST_DATA) + u"/persons-excel-mac-roman.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const csv::Table table = csv::parse(file.readAll());
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.encoding, csv::Encoding::MacRoman);
    QCOMPARE(table.separator, QChar(u';'));
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records[1].fields[3], u"Müller"_s);
    QCOMPARE(table.records[1].fields[4], u"Geschäftsführerin"_s);
    QCOMPARE(table.records[2].fields[3], u"Weiß"_s);
    QCOMPARE(table.records[3].line, 4);
    // Read a few bytes at a time, the guess comes out the same (a letter's neighbours in the next chunk).
    for (const qsizetype chunk : {1, 2, 3, 7}) {
        file.seek(0);
        csv::Reader reader(&file, csv::Encoding::Auto, QChar(), chunk);
        QCOMPARE(reader.encoding(), csv::Encoding::MacRoman);
        csv::Record record;
        QList<QStringList> records;
        while (reader.next(&record)) {
            records << record.fields;
        }
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1], table.records[1].fields);
    }
}

void TestCsv::reportsUnterminatedQuote()
{
    const csv::Table table = csv::parse("a;b\n\"open;x\ny;z\n");
    QVERIFY(!table.error.isEmpty());
    QCOMPARE(table.errorLine, 2);
}

void TestCsv::writesExcelGermanAndReadsItBack()
{
    const QList<QStringList> records
        = {{u"Name"_s, u"Ort"_s, u"Notiz"_s}, {u"Müller; Söhne"_s, u"Dortmund"_s, u"Zeile 1\nZeile \"2\""_s}};
    const QByteArray bytes = csv::write(records, csv::Dialect::ExcelGerman);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"Müller; Söhne\";Dortmund;\"Zeile 1\nZeile \"\"2\"\"\"\r\n"));
    const csv::Table back = csv::parse(bytes);
    QCOMPARE(back.separator, QChar(u';'));
    QCOMPARE(back.records[1].fields, records[1]);
    const QByteArray rfc = csv::write(records, csv::Dialect::Rfc4180);
    QVERIFY(!rfc.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv::parse(rfc).records[1].fields, records[1]);
}

void TestCsv::quotesFormulaLikeText()
{
    // A name starting with "=" must not become a formula in Excel.
    QCOMPARE(csv::quote(u"=SUMME(A1)"_s, csv::Dialect::ExcelGerman), u"\"'=SUMME(A1)\""_s);
    // Every cell written as text is text: "-5" too (a number written as a number is not text).
    QCOMPARE(csv::quote(u"-5"_s, csv::Dialect::ExcelGerman), u"\"'-5\""_s);
    QCOMPARE(csv::quote(u"+49231"_s, csv::Dialect::Rfc4180), u"\"'+49231\""_s);
    QCOMPARE(csv::quote(u"plain"_s, csv::Dialect::Rfc4180), u"plain"_s);
}

// The reader takes a file a chunk at a time: records, their lines, the encoding and the separator
// come out as the whole file read at once gave them (the expectations are what it gave), whatever
// the chunk boundaries cut (a quoted line break, a CRLF, a doubled quote, a UTF-8 character).
void TestCsv::streamsAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("errorLine"); // 0: read to the end

    const auto utf8 = int(csv::Encoding::Utf8);
    QTest::addRow("quoted line breaks, CRLF")
        << QByteArray("Name;Notiz\r\nAnna;\"x\r\ny\"\r\nBen;\"1\n2\n3\"\r\nCem;z\r\n")
        << QList<QStringList>{{u"Name"_s, u"Notiz"_s}, {u"Anna"_s, u"x\r\ny"_s}, {u"Ben"_s, u"1\n2\n3"_s},
               {u"Cem"_s, u"z"_s}}
        << QList<int>{1, 2, 4, 7} << QChar(u';') << utf8 << 0;
    QTest::addRow("byte order mark, umlauts") << QByteArray("\xEF\xBB\xBFNachname;Ort\nM\xC3\xBCller;K\xC3\xB6ln\n")
                                              << QList<QStringList>{{u"Nachname"_s, u"Ort"_s}, {u"Müller"_s, u"Köln"_s}}
                                              << QList<int>{1, 2} << QChar(u';') << utf8 << 0;
    QTest::addRow("Windows-1252, CRLF") << QByteArray("Nachname;Ort\r\nM\xFCller;K\xF6ln\r\n\x80;Stra\xDF\x65\r\n")
                                        << QList<QStringList>{{u"Nachname"_s, u"Ort"_s}, {u"Müller"_s, u"Köln"_s},
                                               {u"€"_s, u"Straße"_s}}
                                        << QList<int>{1, 2, 3} << QChar(u';') << int(csv::Encoding::Windows1252) << 0;
    QTest::addRow("Windows-1252 found at the end")
        << QByteArray("a;b\nx;y\nWei\xDF;z")
        << QList<QStringList>{{u"a"_s, u"b"_s}, {u"x"_s, u"y"_s}, {u"Weiß"_s, u"z"_s}} << QList<int>{1, 2, 3}
        << QChar(u';') << int(csv::Encoding::Windows1252) << 0;
    QTest::addRow("doubled quotes, separators in quotes")
        << QByteArray("a,b\n\"x,\"\"y\"\"\",z\n\"\"\"\",\"\"\n")
        << QList<QStringList>{{u"a"_s, u"b"_s}, {u"x,\"y\""_s, u"z"_s}, {u"\""_s, QString()}} << QList<int>{1, 2, 3}
        << QChar(u',') << utf8 << 0;
    QTest::addRow("blank lines, a lone CR, no final line break")
        << QByteArray("a;b\n\n\r\nc;d\re;f") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s, u"f"_s}}
        << QList<int>{1, 4, 5} << QChar(u';') << utf8 << 0;
    QTest::addRow("characters of 2, 3 and 4 bytes")
        << QByteArray("n;x\n\xF0\x9F\x98\x80\xE2\x82\xAC\xC3\xBC;\"\xC3\xA4\"\"\xC3\xB6\"\n")
        << QList<QStringList>{{u"n"_s, u"x"_s}, {u"😀€ü"_s, u"ä\"ö"_s}} << QList<int>{1, 2} << QChar(u';') << utf8 << 0;
    QTest::addRow("a byte order mark inside a field stays")
        << QByteArray("a;b\n\xEF\xBB\xBFx;y\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"\uFEFFx"_s, u"y"_s}}
        << QList<int>{1, 2} << QChar(u';') << utf8 << 0;
    QTest::addRow("LinkedIn's notes before the header")
        << QByteArray("Notes:\n\"When exporting, you may notice\"\n\nFirst Name,Last Name\nMia,Wagner\n")
        << QList<QStringList>{{u"Notes:"_s}, {u"When exporting, you may notice"_s}, {u"First Name"_s, u"Last Name"_s},
               {u"Mia"_s, u"Wagner"_s}}
        << QList<int>{1, 2, 4, 5} << QChar(u',') << utf8 << 0;
    QTest::addRow("Excel's separator hint before the header")
        << QByteArray("sep=;\r\nVorname;Nachname\r\nJ\xC3\xBCrgen;M\xC3\xBCller\r\n")
        << QList<QStringList>{{u"Vorname"_s, u"Nachname"_s}, {u"Jürgen"_s, u"Müller"_s}} << QList<int>{2, 3}
        << QChar(u';') << utf8 << 0;
    QTest::addRow("a hint for commas, in capitals, after a byte order mark")
        << QByteArray("\xEF\xBB\xBFSEP=,\nName;Ort,Firma\nA;B,C\n")
        << QList<QStringList>{{u"Name;Ort"_s, u"Firma"_s}, {u"A;B"_s, u"C"_s}} << QList<int>{2, 3} << QChar(u',')
        << utf8 << 0;
    QTest::addRow("tab-separated (Outlook's and Excel's text export)")
        << QByteArray("Vorname\tNachname\tFirma\r\nAnna\tSchmidt\t\"Zeche, Robotik; GmbH\"\r\n")
        << QList<QStringList>{{u"Vorname"_s, u"Nachname"_s, u"Firma"_s},
               {u"Anna"_s, u"Schmidt"_s, u"Zeche, Robotik; GmbH"_s}}
        << QList<int>{1, 2} << QChar(u'\t') << utf8 << 0;
    QTest::addRow("a first line that only looks like a hint")
        << QByteArray("sep=;x\na;b\n") << QList<QStringList>{{u"sep="_s, u"x"_s}, {u"a"_s, u"b"_s}} << QList<int>{1, 2}
        << QChar(u';') << utf8 << 0;
    // Excel's "Unicode text" (tab-separated UTF-16 LE) and the same big-endian, each with its mark.
    const QString unicodeText = u"Nachname\tOrt\r\nMüller\tKöln\r\nŁukasiewicz\tGroß-Umstadt\r\n"_s;
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : unicodeText) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    const QList<QStringList> unicodeRecords{
        {u"Nachname"_s, u"Ort"_s}, {u"Müller"_s, u"Köln"_s}, {u"Łukasiewicz"_s, u"Groß-Umstadt"_s}};
    QTest::addRow("UTF-16 LE, tab-separated (Excel's Unicode text)")
        << le << unicodeRecords << QList<int>{1, 2, 3} << QChar(u'\t') << utf8 << 0;
    QTest::addRow("UTF-16 BE") << be << unicodeRecords << QList<int>{1, 2, 3} << QChar(u'\t') << utf8 << 0;
    QTest::addRow("UTF-16 cut in the middle of a character")
        << QByteArray("\xFF\xFE"
                      "N\x00"
                      "a\x00"
                      "\n")
        << QList<QStringList>{} << QList<int>{} << QChar(u',') << utf8 << 1;
    QTest::addRow("unterminated quote at the end")
        << QByteArray("a;b\nc;\"open\nmore") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"open\nmore"_s}}
        << QList<int>{1, 2} << QChar(u';') << utf8 << 2;
}

void TestCsv::streamsAcrossChunks()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    QFETCH(QChar, separator);
    QFETCH(int, encoding);
    QFETCH(int, errorLine);
    for (const qsizetype chunk : {1, 2, 3, 4, 5, 7, 16, 1 << 20}) {
        const csv::Table table = readInChunks(input, chunk);
        const QString said = u"chunk size %1: "_s.arg(chunk) + ::lines(table).join(u" / "_s);
        QVERIFY2(table.records.size() == records.size(), qPrintable(said));
        for (qsizetype i = 0; i < records.size(); ++i) {
            QVERIFY2(table.records[i].fields == records[i], qPrintable(said));
            QVERIFY2(table.records[i].line == lines[i], qPrintable(said));
        }
        QVERIFY2(table.separator == separator, qPrintable(said));
        QVERIFY2(int(table.encoding) == encoding, qPrintable(said));
        QVERIFY2(table.errorLine == errorLine, qPrintable(said));
        QVERIFY2(table.error.isEmpty() == (errorLine == 0), qPrintable(said));
    }
    QCOMPARE(::lines(csv::parse(input)), ::lines(readInChunks(input, 3)));
}

// Generated files of the pieces chunk boundaries can cut: read in chunks of 1 to 7 bytes they give
// what they give read whole (one chunk), errors included.
void TestCsv::streamedAsParsedWhole_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addRow("auto") << int(csv::Encoding::Auto);
    QTest::addRow("utf-8") << int(csv::Encoding::Utf8);
    QTest::addRow("windows-1252") << int(csv::Encoding::Windows1252);
}

void TestCsv::streamedAsParsedWhole()
{
    QFETCH(int, encoding);
    const QList<QByteArray> pieces = {"a", "bc", ";", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\xC3\xBC",
        "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xEF\xBB\xBF", "\xFC", "\x80", "\xC3", "\t"};
    QRandomGenerator random(14); // the same files every run
    for (int file = 0; file < 3000; ++file) {
        QByteArray input = random.bounded(4) == 0 ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        const int length = random.bounded(40);
        const bool utf8Only = random.bounded(3) > 0; // most files valid UTF-8, the others not
        for (int i = 0; i < length; ++i) {
            const int piece = random.bounded(int(utf8Only ? pieces.size() - 4 : pieces.size()));
            input += pieces[piece];
        }
        const QStringList whole = lines(readInChunks(input, 1 << 20, csv::Encoding(encoding)));
        const qsizetype chunk = 1 + random.bounded(7);
        QCOMPARE(lines(readInChunks(input, chunk, csv::Encoding(encoding))), whole);
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
