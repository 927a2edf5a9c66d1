// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "kmuni export" of every list: exit codes, private files, and our own exports imported again as they were.
#include "CliSupport.h"

#include <QFile>

#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kmuni::cli_test;

class TestCliExport : public CliTestCase
{
    Q_OBJECT
private slots:
    void germanExportsImportAsTheyWere_data();
    void germanExportsImportAsTheyWere();
    void exportExitCodes_data();
    void exportExitCodes();
    void exportWritesPrivateFiles();
    void calendarExportSaysHowMany();
    void binaryFileIsQuotedBriefly_data();
    void binaryFileIsQuotedBriefly();
};

void TestCliExport::germanExportsImportAsTheyWere_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("unchanged");
    QTest::newRow("persons csv") << u"persons"_s << u"de-persons.csv"_s << u"Ansprechpersonen: 0 neu, 0 aktualisiert"_s;
    QTest::newRow("persons xlsx") << u"persons"_s << u"de-persons.xlsx"_s
                                  << u"Ansprechpersonen: 0 neu, 0 aktualisiert"_s;
    QTest::newRow("persons vcard") << u"persons"_s << u"de-persons.vcf"_s
                                   << u"Ansprechpersonen: 0 neu, 0 aktualisiert"_s;
    QTest::newRow("organisations csv") << u"organisations"_s << u"de-organisations.csv"_s
                                       << u"Organisationen: 0 neu, 0 aktualisiert"_s;
    QTest::newRow("organisations xlsx") << u"organisations"_s << u"de-organisations.xlsx"_s
                                        << u"Organisationen: 0 neu, 0 aktualisiert"_s;
}

void TestCliExport::germanExportsImportAsTheyWere()
{
    // The German headers of our own exports are read back as the fields they came from.
    QFETCH(QString, list);
    QFETCH(QString, file);
    QFETCH(QString, unchanged);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KMUNI_LANG"_s, u"de"_s);
    const QString path = m_dir.path() + u'/' + file;
    const Result exported = kmuni({u"export"_s, list, u"-o"_s, path, u"--db"_s, m_demo}, env);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const Result again = kmuni({u"import"_s, list, path, u"--dry-run"_s, u"--db"_s, m_demo}, env);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(unchanged), qPrintable(again.out));
    if (list == u"persons"_s) {
        QVERIFY2(!again.out.contains(u"Nicht übernommen"_s), qPrintable(again.out));
    }
}

void TestCliExport::exportExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = u"OUT/list.csv"_s;
    QTest::addRow("organisations") << QStringList{u"organisations"_s, u"-o"_s, out} << 0;
    QTest::addRow("persons rfc4180") << QStringList{u"persons"_s, u"-o"_s, out, u"--dialect"_s, u"rfc4180"_s} << 0;
    QTest::addRow("activities xlsx") << QStringList{u"activities"_s, u"-o"_s, u"OUT/list.xlsx"_s} << 0;
    QTest::addRow("follow-ups period") << QStringList{u"follow-ups"_s, u"-o"_s, out, u"--from"_s, u"2026-01-01"_s,
        u"--to"_s, u"2026-12-31"_s} << 0;
    QTest::addRow("matches format") << QStringList{u"matches"_s, u"-o"_s, u"OUT/list.txt"_s, u"--format"_s, u"csv"_s}
                                    << 0;
    QTest::addRow("unknown list") << QStringList{u"staff"_s, u"-o"_s, out} << 1;
    QTest::addRow("no list") << QStringList{u"-o"_s, out} << 1;
    QTest::addRow("no output") << QStringList{u"persons"_s} << 1;
    QTest::addRow("unknown format") << QStringList{u"persons"_s, u"-o"_s, u"OUT/list.pdf"_s} << 1;
    QTest::addRow("unknown dialect") << QStringList{u"persons"_s, u"-o"_s, out, u"--dialect"_s, u"excel"_s} << 1;
    QTest::addRow("vcard not for activities")
        << QStringList{u"activities"_s, u"-o"_s, out, u"--format"_s, u"vcard"_s} << 1;
    QTest::addRow("period for persons") << QStringList{u"persons"_s, u"-o"_s, out, u"--from"_s, u"2026-01-01"_s} << 1;
    QTest::addRow("bad date") << QStringList{u"activities"_s, u"-o"_s, out, u"--from"_s, u"1.1.2026"_s} << 2;
    QTest::addRow("period backwards") << QStringList{u"activities"_s, u"-o"_s, out, u"--from"_s, u"2026-02-01"_s,
        u"--to"_s, u"2026-01-01"_s} << 2;
    QTest::addRow("bad path") << QStringList{u"persons"_s, u"-o"_s, u"OUT/no/such/folder/x.csv"_s} << 2;
}

void TestCliExport::exportExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString db = m_dir.path() + u"/export.sqlite"_s;
    if (!QFile::exists(db)) {
        QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, db}).exitCode, 0);
    }
    for (QString& a : arguments) {
        a.replace(u"OUT"_s, m_dir.path());
    }
    const Result r = kmuni(QStringList{u"export"_s} + arguments + QStringList{u"--db"_s, db});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    if (exitCode != 0) {
        QVERIFY(r.err.startsWith(u"kmuni: "_s));
    }
}

void TestCliExport::exportWritesPrivateFiles()
{
    const QString db = m_dir.path() + u"/export2.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, db}).exitCode, 0);
    for (const QString& name : {u"persons.csv"_s, u"persons.xlsx"_s}) {
        const QString path = m_dir.path() + u'/' + name;
        const Result r = kmuni({u"export"_s, u"persons"_s, u"-o"_s, path, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"written to"_s));
        QCOMPARE(
            QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }
    QFile csvFile(m_dir.path() + u"/persons.csv"_s);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("Brüggemann"));
    // vCard 4.0: one card per person. Into the same database they change nothing; into a new one
    // they bring every person back.
    const QString vcf = m_dir.path() + u"/persons.vcf"_s;
    const Result written = kmuni({u"export"_s, u"persons"_s, u"-o"_s, vcf, u"--db"_s, db});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const int cards = written.out.section(u' ', 0, 0).toInt();
    QVERIFY2(cards > 10, qPrintable(written.out));
    QCOMPARE(QFile::permissions(vcf) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile vcfFile(vcf);
    QVERIFY(vcfFile.open(QIODevice::ReadOnly));
    const QByteArray cardBytes = vcfFile.readAll();
    QCOMPARE(cardBytes.count("BEGIN:VCARD\r\nVERSION:4.0\r\n"), cards);
    const Result again = kmuni({u"import"_s, u"persons"_s, vcf, u"--db"_s, db});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"0 new, 0 updated, %1 unchanged"_s.arg(cards)), qPrintable(again.out));
    const QString fresh = m_dir.path() + u"/fresh.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--db"_s, fresh}).exitCode, 0);
    const Result imported = kmuni({u"import"_s, u"persons"_s, vcf, u"--db"_s, fresh});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"contact persons: %1 new"_s.arg(cards)), qPrintable(imported.out));
    // vCard 3.0 on request; a version nobody knows is a usage error.
    const Result v3 = kmuni({u"export"_s, u"persons"_s, u"-o"_s, vcf, u"--vcard-version"_s, u"3.0"_s, u"--db"_s, db});
    QVERIFY2(v3.exitCode == 0, qPrintable(v3.err));
    QCOMPARE(
        kmuni({u"export"_s, u"persons"_s, u"-o"_s, vcf, u"--vcard-version"_s, u"2.1"_s, u"--db"_s, db}).exitCode, 1);
}

// As every other export, the calendar says how many it wrote: one line, the number of its VEVENTs.
void TestCliExport::calendarExportSaysHowMany()
{
    const QString ics = m_dir.path() + u"/activities.ics"_s;
    const Result r = kmuni({u"export"_s, u"activities"_s, u"-o"_s, ics, u"--db"_s, m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qsizetype events = file.readAll().count("BEGIN:VEVENT");
    QVERIFY(events > 10);
    QVERIFY2(r.out.startsWith(u"%1 activit"_s.arg(events)) && r.out.contains(u"written to"_s)
            && r.out.trimmed().endsWith(u"activities.ics."_s) && r.out.count(u'\n') == 1,
        qPrintable(r.out));
}

void TestCliExport::binaryFileIsQuotedBriefly_data()
{
    QTest::addColumn<QString>("list");
    QTest::addRow("persons") << u"persons"_s;
    QTest::addRow("organisations") << u"organisations"_s;
}

// An executable given as a CSV file: the message says it is no table, without quoting its bytes
// (it quoted a short piece of them before; now the file is known as binary first).
void TestCliExport::binaryFileIsQuotedBriefly()
{
    QFETCH(QString, list);
    const QString path = m_dir.path() + u"/program.csv"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("\x7f"
                     "ELF\x02\x01\x01");
    for (int i = 0; i < 12; ++i) {
        for (int b = 0; b < 256; ++b) {
            bytes += char(b == '\n' || b == '\r' ? 0 : b);
        }
    }
    file.write(bytes);
    file.close();
    const Result r = kmuni({u"import"_s, list, path, u"--db"_s, m_demo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s) && r.err.contains(u"binary data"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"ELF"_s) && r.err.size() < 200, qPrintable(r.err));
    QVERIFY2(
        std::none_of(r.err.cbegin(), r.err.cend() - 1, [](QChar c) { return c.category() == QChar::Other_Control; }),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
