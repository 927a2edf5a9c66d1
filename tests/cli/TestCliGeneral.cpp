// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What holds for every command: exit codes, help, German messages, refusing a damaged database or a failed read.
#include "CliSupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni::cli_test;

class TestCliGeneral : public CliTestCase
{
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void damagedDatabaseIsNeitherWrittenNorReported_data();
    void damagedDatabaseIsNeitherWrittenNorReported();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void germanMessages();
    void generalHelpNeedsNoDisplay_data();
    void generalHelpNeedsNoDisplay();
    void failedReadsExitThree_data();
    void failedReadsExitThree();
};

void TestCliGeneral::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString missing = m_dir.path() + u"/missing/none.sqlite"_s;
    const QString text = m_dir.path() + u"/notes.txt"_s;
    QFile f(text);
    if (f.open(QIODevice::WriteOnly)) {
        f.write("Das ist keine Datenbank.\n");
    }
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << 1;
    QTest::addRow("unknown option") << QStringList{u"check"_s, u"--frobnicate"_s} << 1;
    QTest::addRow("missing --db value") << QStringList{u"check"_s, u"--db"_s} << 1;
    QTest::addRow("search without text") << QStringList{u"search"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("bad limit") << QStringList{u"search"_s, u"--db"_s, m_demo, u"--limit"_s, u"x"_s, u"a"_s} << 1;
    QTest::addRow("check missing db") << QStringList{u"check"_s, u"--db"_s, missing} << 3;
    QTest::addRow("search missing db") << QStringList{u"search"_s, u"--db"_s, missing, u"x"_s} << 3;
    QTest::addRow("check text file") << QStringList{u"check"_s, u"--db"_s, text} << 3;
    QTest::addRow("init over text file") << QStringList{u"init"_s, u"--db"_s, text} << 3;
    QTest::addRow("demo into full db") << QStringList{u"init"_s, u"--demo"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("init existing is fine") << QStringList{u"init"_s, u"--db"_s, m_demo} << 0;
    // The database may come before the command, as with other programs (not the window then).
    QTest::addRow("--db before the command") << QStringList{u"--db"_s, m_demo, u"check"_s} << 0;
    QTest::addRow("--db= before the command") << QStringList{u"--db="_s + missing, u"check"_s} << 3;
    QTest::addRow("--db before a search") << QStringList{u"--db"_s, missing, u"search"_s, u"x"_s} << 3;
}

void TestCliGeneral::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = kmuni(arguments);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(m_dir.path() + u"/missing"_s)); // nothing created on the way
}

void TestCliGeneral::damagedDatabaseIsNeitherWrittenNorReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString csv = m_dir.path() + u"/one-person.csv"_s;
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Vorname;Nachname;E-Mail\r\nAnna;Neu;anna.neu@example.org\r\n");
    QTest::addRow("import") << QStringList{u"import"_s, u"persons"_s, csv};
    QTest::addRow("report") << QStringList{
        u"report"_s, u"efre"_s, u"--project"_s, u"-o"_s, m_dir.path() + u"/damaged-report.pdf"_s};
    QTest::addRow("match move") << QStringList{u"match"_s, u"move"_s, u"1"_s, u"--stage"_s, u"introduced"_s};
    QTest::addRow("contact sheets") << QStringList{
        u"print"_s, u"contact-sheet"_s, u"--all"_s, u"-o"_s, m_dir.path() + u"/damaged-sheets.pdf"_s};
}

// A few damaged pages: commands that write or report refuse the file with exit 3 and leave it as it was.
void TestCliGeneral::damagedDatabaseIsNeitherWrittenNorReported()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir.path() + u"/damaged-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s;
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(32 * 1024, '\xee'));
    }
    const auto digest = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray before = digest();
    const Result r = kmuni(arguments + QStringList{u"--db"_s, path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
    QCOMPARE(digest(), before);
    QVERIFY(!QFile::exists(m_dir.path() + u"/damaged-report.pdf"_s));
}

void TestCliGeneral::helpForEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addRow("init") << u"init"_s << u"--demo"_s;
    QTest::addRow("check") << u"check"_s << u"--db"_s;
    QTest::addRow("search") << u"search"_s << u"--limit"_s;
    QTest::addRow("import") << u"import"_s << u"--dry-run"_s;
    QTest::addRow("print") << u"print"_s << u"--pilot"_s;
    QTest::addRow("report") << u"report"_s << u"--format"_s;
}

void TestCliGeneral::helpForEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Result r = kmuni({command, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"kmuni "_s + command), qPrintable(r.out));
}

void TestCliGeneral::germanMessages()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KMUNI_LANG"_s, u"de"_s);
    const Result r = kmuni({u"check"_s, u"--db"_s, m_dir.path() + u"/missing.sqlite"_s}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"Datenbank"_s), qPrintable(r.err));
}

void TestCliGeneral::generalHelpNeedsNoDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--help") << u"--help"_s << u"print"_s;
    QTest::addRow("-h") << u"-h"_s << u"import"_s;
    QTest::addRow("help") << u"help"_s << u"search"_s;
    QTest::addRow("--version") << u"--version"_s << u"kmuni "_s;
}

void TestCliGeneral::generalHelpNeedsNoDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    const Result r = kmuni({argument}, headless());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
}

void TestCliGeneral::failedReadsExitThree_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    const QString pdf = m_dir.path() + u"/broken.pdf"_s;
    const QString csv = m_dir.path() + u"/broken.csv"_s;
    QTest::addRow("report pdf") << u"event_participants"_s
                                << QStringList{u"report"_s, u"efre"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                                       u"2026-12-31"_s, u"-o"_s, pdf}
                                << pdf;
    QTest::addRow("report csv") << u"matches"_s
                                << QStringList{u"report"_s, u"efre"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                                       u"2026-12-31"_s, u"-o"_s, csv}
                                << csv;
    QTest::addRow("contact sheets") << u"follow_ups"_s
                                    << QStringList{u"print"_s, u"contact-sheet"_s, u"--all"_s, u"-o"_s, pdf} << pdf;
    QTest::addRow("search") << u"persons"_s << QStringList{u"search"_s, u"müller"_s} << QString();
}

void TestCliGeneral::failedReadsExitThree()
{
    // A table renamed under the program: the command says so with exit 3 and writes no file,
    // instead of a report with lower numbers or "nothing found".
    QFETCH(QString, table);
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const QString copy = m_dir.path() + u"/broken.sqlite"_s;
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    QVERIFY(execOn(copy, u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(table)));
    const Result r = kmuni(arguments + QStringList{u"--db"_s, copy}, headless());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s) && r.err.contains(table), qPrintable(r.err));
    if (!output.isEmpty()) {
        QVERIFY(!QFile::exists(output));
    }
}

QTEST_GUILESS_MAIN(TestCliGeneral)
#include "TestCliGeneral.moc"
