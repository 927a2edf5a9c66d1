// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on both engines: every command runs once on a database file and once on a server
// database holding the same demo network, and says the same, exits the same and writes the same
// files (../shared/design/CLI.md; issue 16: "the CLI suite passes on SQLite and on PostgreSQL").
#include "CliSupport.h"
#include "TestSupport.h"
#include "db/Keyring.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

using Run = cli_test::Result;

// Runs kmuni on the database @p db in the folder @p folder (outputs are named relative to it, so that
// both engines print the same), with "DB" in what it prints where it names the database.
Run run(const QString& db, const QString& folder, const QStringList& arguments)
{
    Run r = cli_test::run(
        arguments + QStringList{u"--db"_s, db}, QProcessEnvironment::systemEnvironment(), folder, 120000);
    // Each database made up its own uuids for the demo network: they are the one thing that differs.
    static const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    for (QString* text : {&r.out, &r.err}) {
        text->replace(db, u"DB"_s).replace(uuid, u"UUID"_s);
    }
    return r;
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A calendar or vCard file as both engines should write it, its lines unfolded: what each database
// made up on its own (the demo's random uuids, also of attendees, the moments of creation and writing) aside.
QByteArray withoutStamps(const QByteArray& bytes)
{
    static const QRegularExpression made(
        u"^(UID|DTSTAMP|CREATED|LAST-MODIFIED|REV):[^\r\n]*\r\n"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    return QString::fromUtf8(QByteArray(bytes).replace("\r\n ", "")).remove(made).replace(uuid, u"UUID"_s).toUtf8();
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameOnBothEngines_data();
    void sameOnBothEngines();
    void passwordComesFromTheKeyring();

private:
    QTemporaryDir m_fileFolder;
    QTemporaryDir m_serverFolder;
    QString m_file;
    std::unique_ptr<test::TempDatabase> m_server;
};

void TestCliServer::initTestCase()
{
    QVERIFY(test::TempDatabase::onServer());
    m_file = m_fileFolder.path() + u"/demo.sqlite"_s;
    m_server = std::make_unique<test::TempDatabase>();
    m_server->close();
    for (const auto& [db, folder] :
        {std::pair{m_file, m_fileFolder.path()}, {m_server->path(), m_serverFolder.path()}}) {
        const Run r = run(db, folder, {u"init"_s, u"--demo"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"50 organisations, 82 contact persons"_s), qPrintable(r.out));
    }
}

void TestCliServer::sameOnBothEngines_data()
{
    // In order: later rows see what earlier ones wrote, on both engines alike.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); ///< a file both write, compared byte for byte ("" for none)
    const QString data = QStringLiteral(KMUNI_TEST_DATA);
    QTest::addRow("check") << QStringList{u"check"_s} << 0 << QString();
    QTest::addRow("search umlauts") << QStringList{u"search"_s, u"MUELLER"_s} << 0 << QString();
    QTest::addRow("search word part") << QStringList{u"search"_s, u"sensor"_s} << 0 << QString();
    QTest::addRow("search json") << QStringList{u"search"_s, u"--json"_s, u"Bochum"_s} << 0 << QString();
    QTest::addRow("search nothing") << QStringList{u"search"_s, u"Quxzyq"_s} << 0 << QString();
    QTest::addRow("match list") << QStringList{u"match"_s, u"list"_s} << 0 << QString();
    QTest::addRow("match suggest") << QStringList{u"match"_s, u"suggest"_s, u"--organisation"_s, u"30"_s} << 0
                                   << QString();
    QTest::addRow("match move") << QStringList{u"match"_s, u"move"_s, u"9"_s, u"--stage"_s, u"in_talks"_s} << 0
                                << QString();
    QTest::addRow("match list after") << QStringList{u"match"_s, u"list"_s, u"--json"_s} << 0 << QString();
    QTest::addRow("stale persons") << QStringList{u"person"_s, u"stale"_s, u"--months"_s, u"3"_s} << 0 << QString();
    QTest::addRow("duplicate persons") << QStringList{u"merge"_s, u"--find"_s, u"persons"_s} << 0 << QString();
    QTest::addRow("duplicate organisations")
        << QStringList{u"merge"_s, u"--find"_s, u"organisations"_s} << 0 << QString();
    QTest::addRow("efre report csv") << QStringList{u"report"_s, u"efre"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-12-31"_s, u"-o"_s, u"efre.csv"_s}
                                     << 0 << u"efre.csv"_s;
    QTest::addRow("efre report pdf") << QStringList{u"report"_s, u"efre"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-12-31"_s, u"-o"_s, u"efre.pdf"_s}
                                     << 0 << QString();
    QTest::addRow("export persons") << QStringList{u"export"_s, u"persons"_s, u"-o"_s, u"persons.csv"_s} << 0
                                    << u"persons.csv"_s;
    QTest::addRow("export organisations rfc4180")
        << QStringList{u"export"_s, u"organisations"_s, u"--dialect"_s, u"rfc4180"_s, u"-o"_s, u"organisations.csv"_s}
        << 0 << u"organisations.csv"_s;
    QTest::addRow("export matches") << QStringList{u"export"_s, u"matches"_s, u"-o"_s, u"matches.csv"_s} << 0
                                    << u"matches.csv"_s;
    QTest::addRow("export activities xlsx")
        << QStringList{u"export"_s, u"activities"_s, u"-o"_s, u"activities.xlsx"_s} << 0 << QString();
    QTest::addRow("export activities ics")
        << QStringList{u"export"_s, u"activities"_s, u"-o"_s, u"activities.ics"_s} << 0 << u"activities.ics"_s;
    QTest::addRow("export vcards") << QStringList{u"export"_s, u"persons"_s, u"-o"_s, u"persons.vcf"_s} << 0
                                   << u"persons.vcf"_s;
    QTest::addRow("reimport own export") << QStringList{u"import"_s, u"persons"_s, u"persons.csv"_s} << 0 << QString();
    QTest::addRow("import outlook dry run")
        << QStringList{u"import"_s, u"persons"_s, u"--dry-run"_s, data + u"/import/outlook-de.csv"_s} << 0 << QString();
    QTest::addRow("import outlook") << QStringList{u"import"_s, u"persons"_s, data + u"/import/outlook-de.csv"_s} << 0
                                    << QString();
    QTest::addRow("import outlook again")
        << QStringList{u"import"_s, u"persons"_s, data + u"/import/outlook-de.csv"_s} << 0 << QString();
    QTest::addRow("import vcards") << QStringList{u"import"_s, u"persons"_s, data + u"/vcard/google-3.0.vcf"_s} << 0
                                   << QString();
    QTest::addRow("import organisations")
        << QStringList{u"import"_s, u"organisations"_s, u"organisations.csv"_s} << 0 << QString();
    QTest::addRow("import calendar") << QStringList{u"import"_s, u"events"_s, data + u"/ics/outlook-de.ics"_s} << 0
                                     << QString();
    QTest::addRow("import refuses a broken file")
        << QStringList{u"import"_s, u"persons"_s, data + u"/ics/outlook-de.ics"_s} << 1 << QString();
    QTest::addRow("merge dry run") << QStringList{u"merge"_s, u"persons"_s, u"4"_s, u"5"_s, u"--dry-run"_s} << 0
                                   << QString();
    QTest::addRow("merge") << QStringList{u"merge"_s, u"persons"_s, u"4"_s, u"5"_s} << 0 << QString();
    QTest::addRow("person access export")
        << QStringList{u"person"_s, u"export"_s, u"4"_s, u"-o"_s, u"person-4.json"_s} << 0 << QString();
    QTest::addRow("person erase") << QStringList{u"person"_s, u"erase"_s, u"4"_s, u"--yes"_s} << 0 << QString();
    QTest::addRow("erased person is gone") << QStringList{u"search"_s, u"Frank"_s} << 0 << QString();
    QTest::addRow("contact sheets") << QStringList{u"print"_s, u"contact-sheet"_s, u"--pilot"_s, u"-o"_s,
        u"sheets.pdf"_s} << 0 << QString();
    QTest::addRow("participants") << QStringList{u"print"_s, u"participants"_s, u"--event"_s, u"11"_s, u"-o"_s,
        u"participants.pdf"_s} << 0
                                  << QString();
    QTest::addRow("unknown record") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"99999"_s} << 2 << QString();
    QTest::addRow("efre report after all") << QStringList{u"report"_s, u"efre"_s, u"--from"_s, u"2026-01-01"_s,
        u"--to"_s, u"2026-12-31"_s, u"-o"_s, u"efre-after.csv"_s}
                                           << 0 << u"efre-after.csv"_s;
    QTest::addRow("check after all") << QStringList{u"check"_s} << 0 << QString();
}

void TestCliServer::sameOnBothEngines()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Run file = run(m_file, m_fileFolder.path(), arguments);
    const Run server = run(m_server->path(), m_serverFolder.path(), arguments);
    QVERIFY2(file.exitCode == exitCode, qPrintable(file.out + file.err));
    QVERIFY2(server.exitCode == exitCode, qPrintable(server.out + server.err));
    QCOMPARE(server.out, file.out);
    QCOMPARE(server.err, file.err);
    if (!output.isEmpty()) {
        QByteArray a = contentOf(m_fileFolder.path() + u'/' + output);
        QByteArray b = contentOf(m_serverFolder.path() + u'/' + output);
        QVERIFY(!a.isEmpty());
        if (output.endsWith(u".ics"_s) || output.endsWith(u".vcf"_s)) {
            a = withoutStamps(a);
            b = withoutStamps(b);
        }
        QCOMPARE(b, a);
    }
}

// The command line never asks for a password (it runs unattended too): it takes the one the window
// kept in the system keyring, and says where else it may come from when there is none.
void TestCliServer::passwordComesFromTheKeyring()
{
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    const QString admin = qEnvironmentVariable("KMUNI_TEST_SERVER");
    test::execOnServer(
        admin, u"DO $$BEGIN CREATE ROLE keyring_cli_user LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$"_s);
    QVERIFY(test::execOnServer(admin, u"ALTER ROLE keyring_cli_user PASSWORD 'Zeche-Zollverein-1932'"_s));
    QVERIFY(test::execOnServer(m_server->path(), u"GRANT ALL ON ALL TABLES IN SCHEMA public TO keyring_cli_user"_s));
    QUrl url(m_server->path());
    url.setUserName(u"keyring_cli_user"_s);
    const QString address = url.toString();
    QString error;
    QVERIFY2(keyring::forget(address, &error), qPrintable(error));

    Run r = run(address, m_serverFolder.path(), {u"search"_s, u"Dortmund"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"asks for the password"_s) && r.err.contains(u"pgpass"_s), qPrintable(r.err));

    QVERIFY2(keyring::keep(address, u"Zeche-Zollverein-1932"_s, &error), qPrintable(error));
    r = run(address, m_serverFolder.path(), {u"search"_s, u"Dortmund"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, run(m_file, m_fileFolder.path(), {u"search"_s, u"Dortmund"_s}).out);

    QVERIFY2(keyring::keep(address, u"Zeche-Zollverein-1931"_s, &error), qPrintable(error));
    r = run(address, m_serverFolder.path(), {u"search"_s, u"Dortmund"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"kept in the system keyring was refused"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"1931"_s), "the password is never shown");
    QVERIFY(keyring::forget(address, &error));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "TestCliServer.moc"
