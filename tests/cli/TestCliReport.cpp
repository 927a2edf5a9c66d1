// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "kmuni report" and "kmuni print": exit codes, the EFRE report and filed reports, PDFs without a display, a full disk.
#include "CliSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni::cli_test;

class TestCliReport : public CliTestCase
{
    Q_OBJECT
private slots:
    void printExitCodes_data();
    void printExitCodes();
    void printNeedsNoDisplay();
    void reportExitCodes_data();
    void reportExitCodes();
    void reportCsvOfTheProject();
    void fullDiskExitsThree_data();
    void fullDiskExitsThree();
    void filedReportRoundTrip();
    void participantsList();
};

void TestCliReport::printExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = m_dir.path() + u"/sheets.pdf"_s;
    const QString db = m_demo;
    QTest::addRow("nothing to print") << QStringList{u"print"_s, u"--db"_s, db, u"--pilot"_s, u"-o"_s, out} << 1;
    QTest::addRow("unknown document") << QStringList{u"print"_s, u"letter"_s, u"--db"_s, db, u"--pilot"_s, u"-o"_s, out}
                                      << 1;
    QTest::addRow("no choice") << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s, db, u"-o"_s, out} << 1;
    QTest::addRow("two choices") << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s, db, u"--pilot"_s, u"--all"_s,
        u"-o"_s, out} << 1;
    QTest::addRow("no output") << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s, db, u"--pilot"_s} << 1;
    QTest::addRow("unknown organisation")
        << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s, db, u"--organisation"_s, u"999999"_s, u"-o"_s, out}
        << 2;
    QTest::addRow("id is no number") << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s, db, u"--organisation"_s,
        u"Sanavio"_s, u"-o"_s, out} << 2;
    QTest::addRow("folder missing") << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s, db, u"--pilot"_s, u"-o"_s,
        m_dir.path() + u"/missing/sheets.pdf"_s}
                                    << 2;
    QTest::addRow("database missing") << QStringList{u"print"_s, u"contact-sheet"_s, u"--db"_s,
        m_dir.path() + u"/none.sqlite"_s, u"--pilot"_s, u"-o"_s, out}
                                      << 3;
}

void TestCliReport::printExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = kmuni(arguments, headless());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.path() + u"/sheets.pdf"_s)); // a failed run writes nothing
}

void TestCliReport::printNeedsNoDisplay()
{
    const QString out = m_dir.path() + u"/one.pdf"_s;
    const Result r = kmuni(
        {u"print"_s, u"contact-sheet"_s, u"--db"_s, m_demo, u"--organisation"_s, u"1"_s, u"-o"_s, out}, headless());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(!QFile::exists(out + u".part"_s));
}

void TestCliReport::reportExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = m_dir.path() + u"/report.csv"_s;
    const QStringList base = {u"report"_s, u"efre"_s, u"--db"_s, m_demo};
    QTest::addRow("which report") << QStringList{u"report"_s, u"--db"_s, m_demo, u"-o"_s, out} << 1;
    QTest::addRow("unknown report") << QStringList{u"report"_s, u"esf"_s, u"--db"_s, m_demo, u"-o"_s, out} << 1;
    QTest::addRow("no output") << base << 1;
    QTest::addRow("unknown format") << base + QStringList{u"-o"_s, m_dir.path() + u"/report.doc"_s} << 1;
    QTest::addRow("project and dates") << base + QStringList{u"--project"_s, u"--from"_s, u"2026-01-01"_s, u"-o"_s, out}
                                       << 1;
    QTest::addRow("end before start") << base
            + QStringList{u"--from"_s, u"2026-06-30"_s, u"--to"_s, u"2026-01-01"_s, u"-o"_s, out}
                                      << 2;
    QTest::addRow("not a date") << base
            + QStringList{u"--from"_s, u"30.06.2026"_s, u"--to"_s, u"2026-12-31"_s, u"-o"_s, out}
                                << 2;
    QTest::addRow("no such date") << base
            + QStringList{u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-12-31"_s, u"-o"_s, out}
                                  << 2;
    // Half a period is a usage error, not "until the end of this quarter".
    QTest::addRow("from without to") << base + QStringList{u"--from"_s, u"2026-01-01"_s, u"-o"_s, out} << 1;
    QTest::addRow("to without from") << base + QStringList{u"--to"_s, u"2026-12-31"_s, u"-o"_s, out} << 1;
    QTest::addRow("file as nothing") << base + QStringList{u"--project"_s, u"--file-as"_s, u" "_s, u"-o"_s, out} << 1;
    QTest::addRow("filed without a number")
        << QStringList{u"report"_s, u"filed"_s, u"x"_s, u"--db"_s, m_demo, u"-o"_s, out} << 1;
    QTest::addRow("no such filed report")
        << QStringList{u"report"_s, u"filed"_s, u"999"_s, u"--db"_s, m_demo, u"-o"_s, out} << 2;
    QTest::addRow("folder missing") << base + QStringList{u"-o"_s, m_dir.path() + u"/missing/report.csv"_s} << 2;
    QTest::addRow("database missing") << QStringList{u"report"_s, u"efre"_s, u"--db"_s,
        m_dir.path() + u"/none.sqlite"_s, u"-o"_s, out}
                                      << 3;
}

void TestCliReport::reportExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = kmuni(arguments, headless());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.path() + u"/report.csv"_s));
}

void TestCliReport::reportCsvOfTheProject()
{
    const QString out = m_dir.path() + u"/project.csv"_s;
    const Result r = kmuni({u"report"_s, u"efre"_s, u"--db"_s, m_demo, u"--project"_s, u"-o"_s, out}, headless());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"fingerprint"_s));
    QVERIFY2(r.out.contains(u"enterprises supported"_s), qPrintable(r.out)); // English plural forms
    QFile csv(out);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "code;label;value;unit;hours\r\n")); // German Excel: BOM, semicolons, CRLF
    const QString text = QString::fromUtf8(bytes);
    // The demo network supports its 20 pilot companies and a few more.
    const QRegularExpression supported(u"\nENT_SUPPORTED;[^\r]*;(\\d+);count;\r"_s);
    const auto match = supported.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text.left(300)));
    QVERIFY(match.captured(1).toInt() >= 20);
    // An empty period still gives a whole report of zeros.
    const QString empty = m_dir.path() + u"/empty.xlsx"_s;
    const Result none = kmuni({u"report"_s, u"efre"_s, u"--db"_s, m_demo, u"--from"_s, u"2020-01-01"_s, u"--to"_s,
                                  u"2020-03-31"_s, u"-o"_s, empty},
        headless());
    QVERIFY2(none.exitCode == 0, qPrintable(none.err));
    QVERIFY(QFile(empty).size() > 0);
}

void TestCliReport::fullDiskExitsThree_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("EFRE report") << QStringList{u"report"_s, u"efre"_s, u"--project"_s};
    QTest::addRow("contact sheets") << QStringList{u"print"_s, u"contact-sheet"_s, u"--all"_s};
}

// A disk that fills up while the file is written (a 64 KiB file size limit: the database opens, the
// PDF does not fit): exit 3, the old file as it was.
void TestCliReport::fullDiskExitsThree()
{
    QFETCH(QStringList, arguments);
    const QString out = m_dir.path() + u"/full.pdf"_s;
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("OLD");
    }
    QStringList command{QStringLiteral(KMUNI_BINARY)};
    command << arguments << QStringList{u"--db"_s, m_demo, u"-o"_s, out};
    for (QString& word : command) {
        word = u"'"_s + word + u"'"_s;
    }
    QProcess p;
    p.setProcessEnvironment(headless());
    p.start(u"/bin/sh"_s, {u"-c"_s, u"trap '' XFSZ; ulimit -f 128; exec "_s + command.join(u' ')});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 3);
    QVERIFY2(err.startsWith(u"kmuni: "_s) && err.contains(u"full.pdf"_s), qPrintable(err));
    QFile old(out);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("OLD"));
    QCOMPARE(QDir(m_dir.path()).entryList({u"*full.pdf*"_s}, QDir::Files | QDir::Hidden), QStringList{u"full.pdf"_s});
}

// Filed from the command line, listed, written again byte for byte; a late activity shows as a change.
void TestCliReport::filedReportRoundTrip()
{
    const QString db = m_dir.path() + u"/filed.sqlite"_s;
    QVERIFY(QFile::copy(m_demo, db));
    const QString first = m_dir.path() + u"/filed-1.csv"_s;
    const Result filed = kmuni(
        {u"report"_s, u"efre"_s, u"--db"_s, db, u"--project"_s, u"-o"_s, first, u"--file-as"_s, u"Zwischenbericht 1"_s},
        headless());
    QVERIFY2(filed.exitCode == 0, qPrintable(filed.err));
    const Result list = kmuni({u"report"_s, u"filed"_s, u"--db"_s, db, u"--json"_s}, headless());
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(u"title"_s).toString(), u"Zwischenbericht 1"_s);
    // The keys as in every other --json output: snake_case.
    QVERIFY(!all.first().toObject().value(u"filed_by"_s).toString().isEmpty());
    QVERIFY(QDateTime::fromString(all.first().toObject().value(u"filed_at"_s).toString(), Qt::ISODate).isValid());
    const QString id = QString::number(all.first().toObject().value(u"id"_s).toInteger());
    QVERIFY(
        execOn(db, u"UPDATE events SET time_spent_min = time_spent_min + 7 WHERE id = (SELECT max(id) FROM events)"_s));
    const QString second = m_dir.path() + u"/filed-2.csv"_s;
    const Result again = kmuni({u"report"_s, u"filed"_s, id, u"--db"_s, db, u"-o"_s, second}, headless());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    const Result changes = kmuni({u"report"_s, u"filed"_s, id, u"--db"_s, db, u"--changes"_s}, headless());
    QVERIFY2(changes.exitCode == 0, qPrintable(changes.err));
    QVERIFY2(changes.out.contains(u"HOURS_TOTAL"_s), qPrintable(changes.out));
}

void TestCliReport::participantsList()
{
    const QString out = m_dir.path() + u"/participants.pdf"_s;
    QCOMPARE(kmuni({u"print"_s, u"participants"_s, u"--db"_s, m_demo, u"-o"_s, out}, headless()).exitCode, 1);
    QCOMPARE(
        kmuni({u"print"_s, u"participants"_s, u"--db"_s, m_demo, u"--event"_s, u"999999"_s, u"-o"_s, out}, headless())
            .exitCode,
        2);
    QVERIFY(!QFile::exists(out));
    const Result r
        = kmuni({u"print"_s, u"participants"_s, u"--db"_s, m_demo, u"--event"_s, u"1"_s, u"-o"_s, out}, headless());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
