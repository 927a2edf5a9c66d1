// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What holds for every command: exit codes, help, German messages, refusing a damaged database or a failed read.
#include "CliSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QtTest>

#include <algorithm>

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
    void addressesAreNoFileNames_data();
    void addressesAreNoFileNames();
    void usageLineNamesTheCommand_data();
    void usageLineNamesTheCommand();
    void helpCommand_data();
    void helpCommand();
    void generalHelpNamesWhatTheCommandsTake_data();
    void generalHelpNamesWhatTheCommandsTake();
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
    // As print and export: -o into a folder that does not exist is refused, not made.
    QTest::addRow("backup into a missing folder")
        << QStringList{u"backup"_s, u"--db"_s, m_demo, u"-o"_s, missing + u"-copy.sqlite"_s} << 2;
    // A PDF or JSON file is not written under a name that says it is something else.
    QTest::addRow("contact sheet into a .txt")
        << QStringList{u"print"_s, u"contact-sheet"_s, u"--all"_s, u"--db"_s, m_demo, u"-o"_s, text} << 2;
    QTest::addRow("person export into a .txt")
        << QStringList{u"person"_s, u"export"_s, u"1"_s, u"--db"_s, m_demo, u"-o"_s, text} << 2;
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

void TestCliGeneral::addressesAreNoFileNames_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment"); // KMUNI_DB
    QTest::addColumn<QString>("expected");
    const QString accepted = u"a file path, or a PostgreSQL server's address postgresql://USER@HOST:PORT/DB"_s;
    QTest::addRow("mysql") << QStringList{u"init"_s, u"--db"_s, u"mysql://x@y/z"_s} << QString() << accepted;
    QTest::addRow("sqlite") << QStringList{u"init"_s, u"--db"_s, u"sqlite:///office.sqlite"_s} << QString() << accepted;
    QTest::addRow("postgresql with one slash")
        << QStringList{u"init"_s, u"--db"_s, u"postgresql:/kmuni@host/db"_s} << QString() << accepted;
    QTest::addRow("file url") << QStringList{u"init"_s, u"--db"_s, u"file:///tmp/kmuni-no-such-url.sqlite"_s}
                              << QString() << accepted;
    QTest::addRow("before the command") << QStringList{u"--db"_s, u"mysql://x@y/z"_s, u"init"_s} << QString()
                                        << accepted;
    QTest::addRow("KMUNI_DB") << QStringList{u"init"_s} << u"sqlite:///office.sqlite"_s << accepted;
    QTest::addRow("migrate --to") << QStringList{u"migrate"_s, u"--from"_s, m_demo, u"--to"_s, u"mysql://x@y/z"_s}
                                  << QString() << accepted;
    // An address of ours that does not parse says why, and what it should look like.
    QTest::addRow("postgresql, bad port") << QStringList{u"init"_s, u"--db"_s, u"postgresql://host:99999/db"_s}
                                          << QString() << u"postgresql://user@host:port/database"_s;
}

// A --db (or KMUNI_DB) that is an address of another kind is a usage error: no folders "mysql:/x@y",
// no file, whatever the command.
void TestCliGeneral::addressesAreNoFileNames()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!environment.isEmpty()) {
        env.insert(u"KMUNI_DB"_s, environment);
    }
    const Result r = run(arguments, env, work.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s) && r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QVERIFY(!QFile::exists(u"/tmp/kmuni-no-such-url.sqlite"_s));
}

void TestCliGeneral::usageLineNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("usage");
    QTest::addRow("init") << u"init"_s << u"en"_s << u"Usage: kmuni init ["_s;
    QTest::addRow("init, German") << u"init"_s << u"de"_s << u"Aufruf: kmuni init ["_s;
    QTest::addRow("import") << u"import"_s << u"en"_s << u"Usage: kmuni import ["_s;
    QTest::addRow("report (with Qt Gui)") << u"report"_s << u"en"_s << u"Usage: kmuni report ["_s;
}

// The binary is started by its full path: the usage line says "kmuni COMMAND", not that path.
void TestCliGeneral::usageLineNamesTheCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, language);
    QFETCH(QString, usage);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KMUNI_LANG"_s, language);
    const Result r = kmuni({command, u"--help"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out.section(u'\n', 0, 0)));
}

void TestCliGeneral::helpCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("init") << u"init"_s << 0 << u"--demo"_s;
    QTest::addRow("print (with Qt Gui)") << u"print"_s << 0 << u"--pilot"_s;
    QTest::addRow("unknown") << u"frobnicate"_s << 1 << u"unknown command \"frobnicate\""_s;
}

// "kmuni help COMMAND" is "kmuni COMMAND --help".
void TestCliGeneral::helpCommand()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Result r = kmuni({u"help"_s, command}, headless());
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(r.out.startsWith(u"Usage: kmuni "_s + command) && r.out.contains(expected), qPrintable(r.out));
    } else {
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
}

void TestCliGeneral::generalHelpNamesWhatTheCommandsTake_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::addRow("export") << u"export"_s << QStringList{u"CSV"_s, u"XLSX"_s, u"vCard"_s, u"iCalendar"_s};
    QTest::addRow("import") << u"import"_s
                            << QStringList{
                                   u"persons"_s, u"organisations"_s, u"CSV"_s, u"XLSX"_s, u"vCard"_s, u"iCalendar"_s};
}

// The command's line in "kmuni --help" names the lists and formats that its own --help names.
void TestCliGeneral::generalHelpNamesWhatTheCommandsTake()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    const Result general = kmuni({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    const QStringList lines = general.out.split(u'\n');
    const auto line = std::find_if(
        lines.cbegin(), lines.cend(), [&](const QString& l) { return l.startsWith(u"  "_s + command + u' '); });
    QVERIFY2(line != lines.cend(), qPrintable(general.out));
    const Result own = kmuni({command, u"--help"_s});
    QCOMPARE(own.exitCode, 0);
    for (const QString& word : std::as_const(words)) {
        QVERIFY2(own.out.contains(word, Qt::CaseInsensitive), qPrintable(word + u": "_s + own.out));
        QVERIFY2(line->contains(word), qPrintable(word + u": "_s + *line));
    }
}

QTEST_GUILESS_MAIN(TestCliGeneral)
#include "TestCliGeneral.moc"
