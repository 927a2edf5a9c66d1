// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the kmuni binary as a user would and checks output and exit codes (../shared/design/CLI.md).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <QtTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result kmuni(const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KMUNI_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

/** Runs @p sql on the file @p path through a connection of this test's own. */
bool execOn(const QString& path, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"beside"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"beside"_s);
    return ok;
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void initDemoThenCheck();
    void searchFindsDortmundUniversities();
    void searchIsUmlautAware();
    void searchJson();
    void exitCodes_data();
    void exitCodes();
    void newerSchemaIsLeftUntouched();
    void damagedDatabaseFailsCheck();
    void damagedDatabaseIsNeitherWrittenNorReported_data();
    void damagedDatabaseIsNeitherWrittenNorReported();
    void readOnlyDatabase();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void germanMessages();
    void germanExportsImportAsTheyWere_data();
    void germanExportsImportAsTheyWere();
    void environmentChoosesTheDatabase();
    void generalHelpNeedsNoDisplay_data();
    void generalHelpNeedsNoDisplay();
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
    void matchList();
    void matchExitCodes_data();
    void matchExitCodes();
    void matchMoveBackDated();
    void matchSuggest();
    void failedReadsExitThree_data();
    void failedReadsExitThree();
    void backupWhileAnotherWritesRestoresIdentically();
    void lockedDatabaseAndConcurrentInit();
    void personExportEraseStale();
    void exportExitCodes_data();
    void exportExitCodes();
    void exportWritesPrivateFiles();
    void mergeExitCodes_data();
    void mergeExitCodes();
    void mergeFindDryRunAndMerge();
    void migrateMovesInOnce();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    m_demo = m_dir.path() + u"/nested/folder/demo.sqlite"_s;
    const Result r = kmuni({u"init"_s, u"--demo"_s, u"--db"_s, m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCli::initDemoThenCheck()
{
    QVERIFY(QFile::exists(m_demo));
    const Result r = kmuni({u"check"_s, u"--db"_s, m_demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"healthy"_s), qPrintable(r.out));
}

void TestCli::searchFindsDortmundUniversities()
{
    const Result r = kmuni({u"search"_s, u"--db"_s, m_demo, u"dortmund"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Technische Universität Dortmund"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Fachhochschule Dortmund"_s));
}

void TestCli::searchIsUmlautAware()
{
    for (const QString& text : {u"MUELLER"_s, u"müller"_s, u"Muller"_s}) {
        const Result r = kmuni({u"search"_s, u"--db"_s, m_demo, text});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Müller"_s), qPrintable(text + u": "_s + r.out));
    }
}

void TestCli::searchJson()
{
    const Result r = kmuni({u"search"_s, u"--db"_s, m_demo, u"--json"_s, u"--limit"_s, u"2"_s, u"Bochum"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().toObject().contains(u"title"_s));
    QVERIFY(hits.size() <= 8);
}

void TestCli::exitCodes_data()
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
}

void TestCli::exitCodes()
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

void TestCli::newerSchemaIsLeftUntouched()
{
    const QString path = m_dir.path() + u"/newer.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--db"_s, path}).exitCode, 0);
    // Stamp a future schema version straight into the header (bytes 60–63, big-endian).
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(60);
    f.write(QByteArray::fromHex("000003e7"));
    f.close();
    const QByteArray before = hashOf(path);
    const Result r = kmuni({u"check"_s, u"--db"_s, path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"newer"_s), qPrintable(r.err));
    QCOMPARE(kmuni({u"search"_s, u"--db"_s, path, u"x"_s}).exitCode, 3);
    QCOMPARE(hashOf(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);
}

void TestCli::damagedDatabaseFailsCheck()
{
    const QString path = m_dir.path() + u"/damaged.sqlite"_s;
    QVERIFY(QFile::copy(m_demo, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(size / 2);
    f.write(QByteArray(32 * 1024, '\xee'));
    f.close();
    const Result r = kmuni({u"check"_s, u"--db"_s, path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(u"damaged"_s) || r.err.contains(u"malformed"_s));
}

void TestCli::damagedDatabaseIsNeitherWrittenNorReported_data()
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
void TestCli::damagedDatabaseIsNeitherWrittenNorReported()
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

// A database the user may read but not write (as another user, or on a read-only share).
void TestCli::readOnlyDatabase()
{
    QTemporaryDir shared;
    const QString path = shared.path() + u"/readonly.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--db"_s, path}).exitCode, 0);
    QStringList prefix;
    if (geteuid() == 0) {
        // root writes anything: run the command as an unprivileged user instead.
        prefix = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        QFile::setPermissions(
            shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    } else {
        QFile::setPermissions(path, QFile::ReadOwner);
        QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::ExeOwner);
    }
    const QByteArray before = hashOf(path);
    QProcess p;
    if (prefix.isEmpty()) {
        p.start(QStringLiteral(KMUNI_BINARY), {u"check"_s, u"--db"_s, path});
    } else {
        p.start(prefix.takeFirst(), prefix + QStringList{QStringLiteral(KMUNI_BINARY), u"check"_s, u"--db"_s, path});
    }
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 3);
    QVERIFY2(err.contains(u"read-only"_s), qPrintable(err));
    QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(hashOf(path), before);
}

void TestCli::helpForEachCommand_data()
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

void TestCli::helpForEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Result r = kmuni({command, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"kmuni "_s + command), qPrintable(r.out));
}

void TestCli::germanExportsImportAsTheyWere_data()
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

void TestCli::germanExportsImportAsTheyWere()
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

void TestCli::germanMessages()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KMUNI_LANG"_s, u"de"_s);
    const Result r = kmuni({u"check"_s, u"--db"_s, m_dir.path() + u"/missing.sqlite"_s}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"Datenbank"_s), qPrintable(r.err));
}

void TestCli::environmentChoosesTheDatabase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KMUNI_DB"_s, m_demo);
    const Result r = kmuni({u"check"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"demo.sqlite"_s));
}

namespace {
// What a cron job or an ssh session has: no display, no runtime folder.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"}) {
        env.remove(QString::fromLatin1(name));
    }
    return env;
}
} // namespace

void TestCli::generalHelpNeedsNoDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--help") << u"--help"_s << u"print"_s;
    QTest::addRow("-h") << u"-h"_s << u"import"_s;
    QTest::addRow("help") << u"help"_s << u"search"_s;
    QTest::addRow("--version") << u"--version"_s << u"kmuni "_s;
}

void TestCli::generalHelpNeedsNoDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    const Result r = kmuni({argument}, headless());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
}

void TestCli::printExitCodes_data()
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

void TestCli::printExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = kmuni(arguments, headless());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.path() + u"/sheets.pdf"_s)); // a failed run writes nothing
}

void TestCli::printNeedsNoDisplay()
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

void TestCli::reportExitCodes_data()
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

void TestCli::reportExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = kmuni(arguments, headless());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.path() + u"/report.csv"_s));
}

void TestCli::reportCsvOfTheProject()
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

void TestCli::fullDiskExitsThree_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("EFRE report") << QStringList{u"report"_s, u"efre"_s, u"--project"_s};
    QTest::addRow("contact sheets") << QStringList{u"print"_s, u"contact-sheet"_s, u"--all"_s};
}

// A disk that fills up while the file is written (a 64 KiB file size limit: the database opens, the
// PDF does not fit): exit 3, the old file as it was.
void TestCli::fullDiskExitsThree()
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
void TestCli::filedReportRoundTrip()
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

void TestCli::participantsList()
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

void TestCli::matchList()
{
    const Result all = kmuni({u"match"_s, u"list"_s, u"--db"_s, m_demo, u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray matches = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(matches.size() >= 10);
    const Result agreed = kmuni({u"match"_s, u"list"_s, u"--db"_s, m_demo, u"--stage"_s, u"agreed"_s, u"--json"_s});
    QCOMPARE(agreed.exitCode, 0);
    const QJsonArray some = QJsonDocument::fromJson(agreed.out.toUtf8()).array();
    QVERIFY(!some.isEmpty() && some.size() < matches.size());
    for (const QJsonValue& m : some) {
        QCOMPARE(m[u"stage"_s].toString(), u"agreed"_s);
    }
    const Result theses = kmuni({u"match"_s, u"list"_s, u"--db"_s, m_demo, u"--type"_s, u"thesis"_s});
    QCOMPARE(theses.exitCode, 0);
    QVERIFY2(theses.out.contains(u"Thesis"_s) || theses.out.contains(u"Abschlussarbeit"_s), qPrintable(theses.out));
}

void TestCli::matchExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QStringList base = {u"match"_s, u"--db"_s, m_demo};
    QTest::addRow("what to do") << base << 1;
    QTest::addRow("unknown action") << base + QStringList{u"marry"_s} << 1;
    QTest::addRow("move without stage") << base + QStringList{u"move"_s, u"1"_s} << 1;
    QTest::addRow("unknown stage") << base + QStringList{u"list"_s, u"--stage"_s, u"married"_s} << 2;
    QTest::addRow("unknown type") << base + QStringList{u"list"_s, u"--type"_s, u"dance"_s} << 2;
    QTest::addRow("unknown id") << base + QStringList{u"move"_s, u"999999"_s, u"--stage"_s, u"agreed"_s} << 2;
    QTest::addRow("not an id") << base + QStringList{u"move"_s, u"x"_s, u"--stage"_s, u"agreed"_s} << 2;
    QTest::addRow("move to unknown stage") << base + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"married"_s} << 2;
    QTest::addRow("future") << base
            + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"completed"_s, u"--on"_s,
                QDate::currentDate().addDays(2).toString(Qt::ISODate)}
                            << 2;
    QTest::addRow("not a date") << base
            + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"completed"_s, u"--on"_s, u"1.2.2026"_s}
                                << 2;
    QTest::addRow("before the start") << base
            + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"completed"_s, u"--on"_s, u"2001-01-01"_s}
                                      << 2;
    QTest::addRow("database missing") << QStringList{u"match"_s, u"list"_s, u"--db"_s, m_dir.path() + u"/none.sqlite"_s}
                                      << 3;
}

void TestCli::matchExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QByteArray before = hashOf(m_demo);
    const Result r = kmuni(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    QCOMPARE(hashOf(m_demo), before); // nothing changed
}

void TestCli::matchMoveBackDated()
{
    const QString copy = m_dir.path() + u"/moves.sqlite"_s;
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    const Result listed = kmuni({u"match"_s, u"list"_s, u"--db"_s, copy, u"--stage"_s, u"proposed"_s, u"--json"_s});
    const QJsonArray proposed = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QVERIFY(!proposed.isEmpty());
    const QJsonObject m = proposed.first().toObject();
    const QString id = QString::number(m[u"id"_s].toInteger());
    const QDate changed = QDate::fromString(m[u"stage_changed_on"_s].toString(), Qt::ISODate);
    const QString on = std::min(changed.addDays(1), QDate::currentDate()).toString(Qt::ISODate);
    const Result moved
        = kmuni({u"match"_s, u"move"_s, id, u"--stage"_s, u"introduced"_s, u"--on"_s, on, u"--db"_s, copy});
    QCOMPARE(moved.exitCode, 0);
    const Result after = kmuni({u"match"_s, u"list"_s, u"--db"_s, copy, u"--stage"_s, u"introduced"_s, u"--json"_s});
    bool found = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(after.out.toUtf8()).array()) {
        if (QString::number(v[u"id"_s].toInteger()) == id) {
            found = true;
            QCOMPARE(v[u"stage_changed_on"_s].toString(), on);
        }
    }
    QVERIFY(found);
}

void TestCli::matchSuggest()
{
    // The demo's needs and offers are data: a logistics company gets institutes, with reasons.
    const Result found = kmuni({u"search"_s, u"--db"_s, m_demo, u"Kreuzweg Intralogistik"_s, u"--json"_s});
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QVERIFY(!hits.isEmpty());
    const QString id = QString::number(hits.first()[u"id"_s].toInteger());
    const Result r = kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, id, u"--db"_s, m_demo, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray suggestions = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY2(!suggestions.isEmpty(), qPrintable(r.out));
    for (const QJsonValue& s : suggestions) {
        QVERIFY(!s[u"reasons"_s].toArray().isEmpty());
        QVERIFY(s[u"kind"_s].toString() != u"company"_s);
    }
    const Result text
        = kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, id, u"--db"_s, m_demo, u"--limit"_s, u"1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"1. "_s) && !text.out.contains(u"2. "_s), qPrintable(text.out));
    QCOMPARE(kmuni({u"match"_s, u"suggest"_s, u"--db"_s, m_demo}).exitCode, 1);
    QCOMPARE(kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, u"999999"_s, u"--db"_s, m_demo}).exitCode, 2);
    QCOMPARE(
        kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, id, u"--limit"_s, u"0"_s, u"--db"_s, m_demo}).exitCode,
        1);
}

void TestCli::failedReadsExitThree_data()
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

void TestCli::failedReadsExitThree()
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

namespace {
/** A digest of every row of the tables a backup must carry, from @p path. */
QByteArray contentDigest(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"digest"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            for (const char* table : {"organisations", "persons", "events", "event_participants", "matches"}) {
                QSqlQuery q(db);
                q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(QLatin1StringView(table)));
                while (q.next()) {
                    for (int c = 0; c < q.record().count(); ++c) {
                        hash.addData(q.value(c).toString().toUtf8());
                        hash.addData("|");
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(u"digest"_s);
    return hash.result();
}
} // namespace

// A backup taken while another process imports passes its checks; restored, the database holds
// exactly the backup's data, and the data before is kept beside it.
void TestCli::backupWhileAnotherWritesRestoresIdentically()
{
    const QString db = m_dir.path() + u"/live.sqlite"_s;
    QVERIFY(QFile::copy(m_demo, db));
    const QString csv = m_dir.path() + u"/many.csv"_s;
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Vorname;Nachname;E-Mail;Firma\r\n");
        for (int i = 0; i < 3000; ++i) {
            file.write(
                QStringLiteral("Vera;Nachname%1;vera%1@example.org;Firma %2 GmbH\r\n").arg(i).arg(i % 40).toUtf8());
        }
    }
    QProcess writer;
    writer.start(QStringLiteral(KMUNI_BINARY), {u"import"_s, u"persons"_s, csv, u"--db"_s, db});
    QVERIFY(writer.waitForStarted());
    const QString copy = m_dir.path() + u"/live-backup.sqlite"_s;
    const Result made = kmuni({u"backup"_s, u"--db"_s, db, u"-o"_s, copy});
    QVERIFY(writer.waitForFinished(120000));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QCOMPARE(kmuni({u"check"_s, u"--db"_s, copy}).exitCode, 0);
    const QByteArray backedUp = contentDigest(copy);

    // A file that is no backup: refused, nothing changed.
    const QByteArray before = contentDigest(db);
    QCOMPARE(kmuni({u"restore"_s, csv, u"--db"_s, db}).exitCode, 2);
    QCOMPARE(contentDigest(db), before);

    const Result restored = kmuni({u"restore"_s, copy, u"--db"_s, db});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(contentDigest(db), backedUp);
    QCOMPARE(kmuni({u"check"_s, u"--db"_s, db}).exitCode, 0);
    const QStringList kept = QDir(m_dir.path()).entryList({u"live.sqlite.before-restore-*"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(contentDigest(m_dir.path() + u'/' + kept.first()), before); // the data before, every import in it
}

// Another program holds the write lock: exit 3 and a message a user understands, not the driver's
// "database is locked Unable to fetch row". Four "init" at once: all succeed, one schema.
void TestCli::lockedDatabaseAndConcurrentInit()
{
    const QString db = m_dir.path() + u"/locked.sqlite"_s;
    QVERIFY(QFile::copy(m_demo, db));
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(db);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        const QString csv = m_dir.path() + u"/locked.csv"_s;
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Vorname;Nachname\r\nLea;Gesperrt\r\n");
        file.close();
        const Result r = kmuni({u"import"_s, u"persons"_s, csv, u"--db"_s, db});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.err.contains(u"in use by another program"_s) && !r.err.contains(u"Unable to fetch"_s), qPrintable(r.err));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"holder"_s);

    const QString fresh = m_dir.path() + u"/four-at-once.sqlite"_s;
    QList<QProcess*> inits;
    for (int i = 0; i < 4; ++i) {
        auto* p = new QProcess(this);
        p->start(QStringLiteral(KMUNI_BINARY), {u"init"_s, u"--db"_s, fresh});
        inits << p;
    }
    for (QProcess* p : std::as_const(inits)) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        delete p;
    }
    const Result check = kmuni({u"check"_s, u"--db"_s, fresh});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

// Data protection (issue 14): the access export, the erasure only with --yes, the review list; exit codes.
void TestCli::personExportEraseStale()
{
    const QString db = m_dir.path() + u"/privacy.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, db}).exitCode, 0);
    const auto findPerson = [&](const QString& text) {
        const Result r = kmuni({u"search"_s, u"--db"_s, db, u"--json"_s, text});
        for (const QJsonValue& hit : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (hit.toObject().value(u"kind"_s).toString() == u"person"_s) {
                return hit.toObject().value(u"id"_s).toInteger();
            }
        }
        return qint64(0);
    };
    const qint64 id = findPerson(u"Brüggemann"_s);
    QVERIFY(id > 0);
    const QString idText = QString::number(id);
    QCOMPARE(kmuni({u"person"_s, u"--help"_s}).exitCode, 0);

    const QString json = m_dir.path() + u"/auskunft.json"_s;
    Result r = kmuni({u"person"_s, u"export"_s, idText, u"-o"_s, json, u"--db"_s, db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QFile::permissions(json) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(data.value(u"person"_s).toObject().value(u"last_name"_s).toString(), u"Brüggemann"_s);
    QVERIFY(!data.value(u"activities"_s).toArray().isEmpty());
    QCOMPARE(
        kmuni({u"person"_s, u"export"_s, idText, u"-o"_s, m_dir.path() + u"/no/such/folder/a.json"_s, u"--db"_s, db})
            .exitCode,
        2);
    QCOMPARE(kmuni({u"person"_s, u"export"_s, u"987654"_s, u"-o"_s, json, u"--db"_s, db}).exitCode, 2);
    QCOMPARE(kmuni({u"person"_s, u"export"_s, idText, u"--db"_s, db}).exitCode, 1);

    // Without --yes: what would happen, and nothing happens.
    r = kmuni({u"person"_s, u"erase"_s, idText, u"--db"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"--yes"_s));
    QCOMPARE(findPerson(u"Brüggemann"_s), id);
    r = kmuni({u"person"_s, u"erase"_s, idText, u"--yes"_s, u"--db"_s, db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(findPerson(u"Brüggemann"_s), qint64(0));
    QCOMPARE(kmuni({u"person"_s, u"erase"_s, idText, u"--yes"_s, u"--db"_s, db}).exitCode, 0);
    QCOMPARE(kmuni({u"person"_s, u"erase"_s, u"987654"_s, u"--yes"_s, u"--db"_s, db}).exitCode, 2);
    QCOMPARE(kmuni({u"check"_s, u"--db"_s, db}).exitCode, 0);

    r = kmuni({u"person"_s, u"stale"_s, u"--months"_s, u"3"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parse;
    const QJsonArray stale = QJsonDocument::fromJson(r.out.toUtf8(), &parse).array();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    for (const QJsonValue& p : stale) {
        QVERIFY(p.toObject().value(u"id"_s).toInteger() != id); // erased persons are not listed
    }
    QCOMPARE(kmuni({u"person"_s, u"stale"_s, u"--months"_s, u"0"_s, u"--db"_s, db}).exitCode, 1);
    QCOMPARE(kmuni({u"person"_s, u"frobnicate"_s, u"--db"_s, db}).exitCode, 1);
}

void TestCli::exportExitCodes_data()
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

void TestCli::exportExitCodes()
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

void TestCli::exportWritesPrivateFiles()
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

void TestCli::mergeExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString missing = m_dir.path() + u"/missing/none.sqlite"_s;
    QTest::addRow("no kind") << QStringList{u"merge"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("unknown kind") << QStringList{u"merge"_s, u"events"_s, u"1"_s, u"2"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("one id") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("ids with --find") << QStringList{u"merge"_s, u"persons"_s, u"--find"_s, u"1"_s, u"2"_s} << 1;
    QTest::addRow("unknown option") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"2"_s, u"--force"_s} << 1;
    QTest::addRow("not ids") << QStringList{u"merge"_s, u"persons"_s, u"anna"_s, u"bert"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("with itself") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"1"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("unknown person") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"999999"_s, u"--dry-run"_s,
        u"--db"_s, m_demo} << 2;
    QTest::addRow("unknown organisation")
        << QStringList{u"merge"_s, u"organisations"_s, u"999999"_s, u"1"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("no database") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"2"_s, u"--db"_s, missing} << 3;
    QTest::addRow("help") << QStringList{u"merge"_s, u"--help"_s} << 0;
}

void TestCli::mergeExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QByteArray before = hashOf(m_demo);
    const Result r = kmuni(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err + r.out));
    if (exitCode != 0) {
        QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    }
    QCOMPARE(hashOf(m_demo), before);
}

void TestCli::mergeFindDryRunAndMerge()
{
    const QString db = m_dir.path() + u"/merge.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, db}).exitCode, 0);
    const auto idOf = [&](const QString& text, const QString& kind) {
        const Result r = kmuni({u"search"_s, u"--db"_s, db, u"--json"_s, text});
        for (const QJsonValue& hit : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (hit.toObject().value(u"kind"_s).toString() == kind) {
                return hit.toObject().value(u"id"_s).toInteger();
            }
        }
        return qint64(0);
    };
    const qint64 keep = idOf(u"Brüggemann"_s, u"person"_s);
    QVERIFY(keep > 0);
    // The same person entered again, with the e-mail in capitals and a mobile number.
    QVERIFY(execOn(db,
        u"INSERT INTO persons(uuid, organisation_id, first_name, last_name, email, mobile, sort_key, created_at, "
        "updated_at) SELECT 'dup-0001', organisation_id, first_name, last_name, upper(email), '+491715550123', "
        "sort_key, created_at, updated_at FROM persons WHERE id = %1"_s.arg(keep)));
    const qint64 other = [&] {
        const Result r = kmuni({u"merge"_s, u"persons"_s, u"--find"_s, u"--json"_s, u"--db"_s, db});
        for (const QJsonValue& pair : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (pair[u"keep"_s][u"id"_s].toInteger() == keep) {
                return pair[u"other"_s][u"id"_s].toInteger();
            }
        }
        return qint64(0);
    }();
    QVERIFY(other > keep);
    Result r = kmuni({u"merge"_s, u"persons"_s, u"--find"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(u"same e-mail"_s) && r.out.contains(u"same name in the same organisation"_s), qPrintable(r.out));

    // The dry run says what differs and what would move, and writes nothing.
    const QByteArray before = hashOf(db);
    const QStringList pair{u"merge"_s, u"persons"_s, QString::number(keep), QString::number(other), u"--db"_s, db};
    r = kmuni(pair + QStringList{u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"+491715550123"_s), qPrintable(r.out));
    r = kmuni(pair + QStringList{u"--dry-run"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(plan[u"merged"_s].toBool(), false);
    QCOMPARE(plan[u"keep"_s][u"id"_s].toInteger(), keep);
    QVERIFY(plan[u"moves"_s].toObject().isEmpty() || plan[u"moves"_s].isObject());
    QCOMPARE(hashOf(db), before);

    // The merge: KEEP takes OTHER's mobile; OTHER is gone; a second merge finds no OTHER.
    r = kmuni(pair);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"was merged into"_s), qPrintable(r.out));
    r = kmuni({u"search"_s, u"--db"_s, db, u"--json"_s, u"Brüggemann"_s});
    int persons = 0;
    for (const QJsonValue& hit : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        persons += hit.toObject().value(u"kind"_s).toString() == u"person"_s ? 1 : 0;
    }
    QCOMPARE(persons, 1);
    r = kmuni(pair);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QString::number(other)), qPrintable(r.err));

    // Organisations: a university is not merged into a company.
    const qint64 university = idOf(u"Technische Universität Dortmund"_s, u"organisation"_s);
    const qint64 company = idOf(u"NanoFluid"_s, u"organisation"_s);
    QVERIFY(university > 0 && company > 0);
    const QByteArray beforeRefusal = hashOf(db);
    r = kmuni({u"merge"_s, u"organisations"_s, QString::number(company), QString::number(university), u"--db"_s, db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"same kind"_s), qPrintable(r.err));
    QCOMPARE(hashOf(db), beforeRefusal);
    r = kmuni({u"merge"_s, u"organisations"_s, u"--find"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
}

void TestCli::migrateMovesInOnce()
{
    // An office's file into a shared database (here another file: the server's case is in
    // TestServerDatabase): a dry run writes nothing, the move brings everything, a second one nothing.
    const QString office = m_dir.path() + u"/office.sqlite"_s;
    const QString shared = m_dir.path() + u"/shared.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, office}).exitCode, 0);
    Result r = kmuni({u"migrate"_s, u"--from"_s, office, u"--to"_s, shared, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"organisations: 50 new"_s), qPrintable(r.out));
    r = kmuni({u"check"_s, u"--db"_s, shared});
    QVERIFY2(r.out.contains(u"0 organisations"_s), qPrintable(r.out + r.err));
    r = kmuni({u"migrate"_s, u"--from"_s, office, u"--to"_s, shared});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"contact persons: 82 new"_s), qPrintable(r.out));
    r = kmuni({u"migrate"_s, u"--from"_s, office, u"--db"_s, shared});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"contact persons: 0 new, 0 merged with what was there, 82 moved in before"_s),
        qPrintable(r.out));
    const Result a = kmuni({u"report"_s, u"efre"_s, u"--db"_s, office, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-12-31"_s, u"-o"_s, m_dir.path() + u"/office.csv"_s});
    const Result b = kmuni({u"report"_s, u"efre"_s, u"--db"_s, shared, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-12-31"_s, u"-o"_s, m_dir.path() + u"/shared.csv"_s});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QFile officeCsv(m_dir.path() + u"/office.csv"_s);
    QFile sharedCsv(m_dir.path() + u"/shared.csv"_s);
    QVERIFY(officeCsv.open(QIODevice::ReadOnly) && sharedCsv.open(QIODevice::ReadOnly));
    QCOMPARE(sharedCsv.readAll(), officeCsv.readAll());

    // Refusals: no --from (2), a missing file (3), the same database on both sides (2).
    QCOMPARE(kmuni({u"migrate"_s, u"--to"_s, shared}).exitCode, 2);
    QCOMPARE(kmuni({u"migrate"_s, u"--from"_s, m_dir.path() + u"/none.sqlite"_s, u"--to"_s, shared}).exitCode, 3);
    QCOMPARE(kmuni({u"migrate"_s, u"--from"_s, shared, u"--to"_s, shared}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
