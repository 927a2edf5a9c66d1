// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include <QFile>
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
    void reportsUnterminatedQuote();
    void writesExcelGermanAndReadsItBack();
    void quotesFormulaLikeText();
};

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

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
