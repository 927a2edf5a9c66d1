// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The shared server mode (PostgreSQL): addresses, opening, refusing what is not ours, migrating
// under a lock, and the dialect that turns the search's FTS5 queries into the server's form. Runs
// against the throw-away cluster of tests/support/pg-cluster.sh (CTest fixture "postgresql").
#include "TestSupport.h"

#include "common/Time.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Migrations.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"
#include "io/MoveIn.h"
#include "matches/MatchRepository.h"
#include "merge/OrganisationMerge.h"
#include "merge/PersonMerge.h"
#include "organisations/OrganisationFilter.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonFilter.h"
#include "persons/PersonRepository.h"
#include "reports/EfreReport.h"
#include "search/Search.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

// A person of that last name, saved through @p persons (id 0 when that failed, with a warning).
Person savedPerson(PersonRepository& persons, const QString& lastName)
{
    Person p;
    p.lastName = lastName;
    QString error;
    if (!persons.save(p, &error)) {
        qWarning("%s", qPrintable(error));
        p.id = 0;
    }
    return p;
}

} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddresses_data();
    void parsesAddresses();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
    void ftsBecomesLike_data();
    void ftsBecomesLike();
    void bothEnginesEndAtTheSameVersion();

    void createsAndReopens();
    void refusesWhatIsNotOurs();
    void refusesANewerSchemaUntouched();
    void emptyDatabaseNeedsInit();
    void unreachableServerIsNamed();
    void wrongPasswordIsNamed();
    void tlsVerifiesTheServer_data();
    void tlsVerifiesTheServer();
    void secondInitWaitsForTheFirst();
    void schemaMadeMeanwhileIsSeenUnderTheLock();
    void insertReturnsTheNewId();
    void searchFindsUmlautsAndWordParts();
    void keysCompareAsInTheFileWhateverTheLocale();
    void rowVersionsRiseOnTheServer();
    void countersFollowTheRows();
    void auditNamesTheLogin();
    void reportIsTheSameOnBothEngines();
    void twoOfficesMoveIn();
    void mergedRecordsStayMergedAtTheNextMoveIn();
    void deletedRecordsStayDeletedAtTheNextMoveIn();
    void followUpTakenOffStaysOffAtTheNextMoveIn();
    void droppedConnectionIsNamedAndReconnected();

private:
    QString serverAddress(const QString& database) const;
    /** Runs @p statement on the server's maintenance database "postgres". */
    bool onMaintenance(const QString& statement) const;
    /** A new database @p name made with @p options (one left by an earlier run is dropped first). */
    bool newDatabase(const QString& name, const QString& options = {}) const;
    /** Drops the database @p name, closing what is still connected to it. */
    void dropDatabase(const QString& name) const;
    /** A new role @p name made with @p options (one left by an earlier run is dropped first). */
    bool newRole(const QString& name, const QString& options) const;
};

QString TestServerDatabase::serverAddress(const QString& database) const
{
    QUrl url(qEnvironmentVariable("KMUNI_TEST_SERVER"));
    url.setPath(u"/"_s + database);
    return url.toString();
}

bool TestServerDatabase::onMaintenance(const QString& statement) const
{
    return test::execOnServer(serverAddress(u"postgres"_s), statement);
}

bool TestServerDatabase::newDatabase(const QString& name, const QString& options) const
{
    onMaintenance(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    return onMaintenance(u"CREATE DATABASE %1 %2"_s.arg(name, options));
}

void TestServerDatabase::dropDatabase(const QString& name) const
{
    onMaintenance(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));
}

bool TestServerDatabase::newRole(const QString& name, const QString& options) const
{
    onMaintenance(u"DROP ROLE IF EXISTS %1"_s.arg(name));
    return onMaintenance(u"CREATE ROLE %1 %2"_s.arg(name, options));
}

void TestServerDatabase::parsesAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("local") << u"postgresql://anna@localhost/kmuni"_s << u"anna"_s << u"localhost"_s << 5432
                           << u"kmuni"_s << u"prefer"_s;
    QTest::newRow("remote: TLS verified") << u"postgresql://anna@db.wf-dortmund.de:6543/kmuni"_s << u"anna"_s
                                          << u"db.wf-dortmund.de"_s << 6543 << u"kmuni"_s << u"verify-full"_s;
    QTest::newRow("short scheme, no user")
        << u"postgres://127.0.0.1/crm"_s << QString() << u"127.0.0.1"_s << 5432 << u"crm"_s << u"prefer"_s;
    QTest::newRow("sslmode asked for") << u"postgresql://a@db.example.org/k?sslmode=require"_s << u"a"_s
                                       << u"db.example.org"_s << 5432 << u"k"_s << u"require"_s;
}

void TestServerDatabase::parsesAddresses()
{
    QFETCH(QString, text);
    ServerAddress a;
    QString error;
    QVERIFY2(ServerAddress::parse(text, &a, &error), qPrintable(error));
    QFETCH(QString, user);
    QCOMPARE(a.user, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);
    QCOMPARE(a.host, host);
    QCOMPARE(a.port, port);
    QCOMPARE(a.database, database);
    QCOMPARE(a.sslMode, sslMode);
    // What is shown and stored parses to the same address.
    ServerAddress again;
    QVERIFY(ServerAddress::parse(a.toString(), &again, &error));
    QCOMPARE(again.toString(), a.toString());
    QCOMPARE(again.sslMode, a.sslMode);
}

void TestServerDatabase::refusesBadAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("password") << u"postgresql://anna:geheim@db/kmuni"_s << u"password"_s;
    QTest::newRow("password parameter") << u"postgresql://anna@db/kmuni?password=geheim"_s << u"password"_s;
    QTest::newRow("no database") << u"postgresql://anna@db/"_s << u"database name"_s;
    QTest::newRow("bad sslmode") << u"postgresql://anna@db/k?sslmode=maybe"_s << u"sslmode"_s;
    QTest::newRow("unknown parameter") << u"postgresql://anna@db/k?options=-csearch_path%3Dx"_s << u"options"_s;
}

void TestServerDatabase::refusesBadAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    ServerAddress a;
    QString error;
    QVERIFY(!ServerAddress::parse(text, &a, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(!error.contains(u"geheim"_s), "the password is not repeated in the message");
}

void TestServerDatabase::ftsBecomesLike_data()
{
    QTest::addColumn<QString>("fts");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("phrase") << sql::ftsPhrases({u"mul"_s}) << u"(name LIKE ? OR other LIKE ?)"_s
                            << QStringList{u"%mul%"_s, u"%mul%"_s};
    QTest::newRow("umlaut spellings in a column")
        << sql::ftsPhrases({u"muller"_s, u"mueller"_s}, u"name"_s) << u"(name LIKE ? OR name LIKE ?)"_s
        << QStringList{u"%muller%"_s, u"%mueller%"_s};
    QTest::newRow("LIKE's own characters are escaped")
        << sql::ftsPhrases({u"100%_a\"b"_s}) << u"(name LIKE ? OR other LIKE ?)"_s
        << QStringList{u"%100\\%\\_a\"b%"_s, u"%100\\%\\_a\"b%"_s};
    QTest::newRow("word prefixes") << sql::ftsPrefixes({u"ber stra"_s})
                                   << u"((name || ' ' || other) ~ ? AND "
                                      "(name || ' ' || other) ~ ?)"_s
                                   << QStringList{u"(^|[^[:alnum:]])ber"_s, u"(^|[^[:alnum:]])stra"_s};
}

void TestServerDatabase::ftsBecomesLike()
{
    QFETCH(QString, fts);
    QFETCH(QString, condition);
    QFETCH(QStringList, values);
    QString got;
    QVariantList bound;
    QString error;
    QVERIFY2(sql::ftsToPostgres(fts, &got, &bound, &error), qPrintable(error));
    QCOMPARE(got, condition);
    QStringList texts;
    for (const QVariant& v : bound) {
        texts << v.toString();
    }
    QCOMPARE(texts, values);

    // In a statement, the values take the place of the query's one.
    QString statement = u"SELECT 1 FROM t WHERE a = ? AND id IN (SELECT rowid FROM s WHERE s MATCH ?) LIMIT ?"_s;
    QVariantList all{1, fts, 5};
    QVERIFY(sql::toPostgres(&statement, &all, &error));
    QVERIFY(!statement.contains(u"MATCH"_s));
    QCOMPARE(statement.count(u'?'), all.size());
    QCOMPARE(all.first(), QVariant(1));
    QCOMPARE(all.last(), QVariant(5));
}

void TestServerDatabase::bothEnginesEndAtTheSameVersion()
{
    const auto& files = migrations::all(Engine::SQLite);
    const auto& server = migrations::all(Engine::PostgreSQL);
    QVERIFY(!server.isEmpty());
    QCOMPARE(server.constLast().version, files.constLast().version);
    // After the baseline, every step exists for both engines.
    for (const auto& m : files) {
        if (m.version > server.constFirst().version) {
            QVERIFY2(std::any_of(server.begin(), server.end(), [&](const auto& s) { return s.version == m.version; }),
                qPrintable(u"migration %1 has no PostgreSQL form"_s.arg(m.version)));
        }
    }
}

void TestServerDatabase::createsAndReopens()
{
    test::TempDatabase t;
    QVERIFY(t.db().isServer());
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    OrganisationRepository orgs(t.db());
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Müller Mikrotechnik GmbH"_s;
    QString error;
    QVERIFY2(orgs.save(o, &error), qPrintable(error));
    QVERIFY(o.id > 0);
    QVERIFY(t.reopen());
    const auto found = OrganisationRepository(t.db()).find(o.id);
    QVERIFY2(found.has_value(), qPrintable(found.error()));
    QCOMPARE(found->name, o.name);
}

void TestServerDatabase::refusesWhatIsNotOurs()
{
    const QString address = serverAddress(u"foreign_db"_s);
    QVERIFY(newDatabase(u"foreign_db"_s));
    QVERIFY(test::execOnServer(address, u"CREATE TABLE invoices (id int)"_s));
    DbStatus status;
    QVERIFY(!Database::open(address, Database::Mode::Create, &status));
    QCOMPARE(status.code, DbError::NotADatabase);
    QVERIFY(test::execOnServer(address, u"SELECT count(*) FROM invoices"_s));
    QVERIFY2(
        !test::execOnServer(address, u"SELECT 1 FROM kmuni_schema"_s), "nothing was created beside the foreign table");
    dropDatabase(u"foreign_db"_s);
}

void TestServerDatabase::refusesANewerSchemaUntouched()
{
    test::TempDatabase t;
    const QString address = t.path();
    t.close();
    QVERIFY(test::execOnServer(address, u"UPDATE kmuni_schema SET version = version + 1"_s));
    DbStatus status;
    QVERIFY(!Database::open(address, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::NewerSchema);
    QVERIFY2(status.message.contains(u"newer version"_s), qPrintable(status.message));
    QVERIFY(test::execOnServer(address, u"UPDATE kmuni_schema SET version = version - 1"_s));
    QVERIFY(t.reopen());
}

void TestServerDatabase::emptyDatabaseNeedsInit()
{
    const QString address = serverAddress(u"empty_db"_s);
    QVERIFY(newDatabase(u"empty_db"_s));
    DbStatus status;
    QVERIFY(!Database::open(address, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::NotFound);
    QVERIFY2(status.message.contains(u"kmuni init"_s), qPrintable(status.message));
    {
        auto db = Database::open(address, Database::Mode::Create, &status);
        QVERIFY2(db, qPrintable(status.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    }
    dropDatabase(u"empty_db"_s);
}

void TestServerDatabase::unreachableServerIsNamed()
{
    // A port nobody listens on.
    DbStatus status;
    QVERIFY(!Database::open(
        u"postgresql://kmuni@127.0.0.1:9/kmuni?connect_timeout=2"_s, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::Unreachable);
    QVERIFY2(status.message.contains(u"does not answer"_s), qPrintable(status.message));
}

void TestServerDatabase::wrongPasswordIsNamed()
{
    // The cluster asks "password_user" for a password (tests/support/pg-cluster.sh): without one, with
    // a wrong one and with the right one, as a member of staff would try.
    QVERIFY(newRole(u"password_user"_s, u"LOGIN PASSWORD 'Zeche-Zollern-1898'"_s));
    test::TempDatabase t;
    QVERIFY(test::execOnServer(t.path(), u"GRANT ALL ON ALL TABLES IN SCHEMA public TO password_user"_s));
    QUrl url(t.path());
    url.setUserName(u"password_user"_s);
    const QString address = url.toString();
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    DbStatus status;
    QVERIFY(!Database::open(address, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::LoginFailed);
    QVERIFY2(status.message.contains(u"asks for the password"_s), qPrintable(status.message));

    Database::rememberPassword(address, u"Zeche-Zollern-1899"_s);
    QVERIFY(!Database::open(address, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::LoginFailed);
    QVERIFY2(status.message.contains(u"wrong user name or password"_s), qPrintable(status.message));
    QVERIFY2(!status.message.contains(u"1899"_s), "the password is never shown");

    Database::rememberPassword(address, u"Zeche-Zollern-1898"_s);
    auto db = Database::open(address, Database::Mode::OpenExisting, &status);
    QVERIFY2(db, qPrintable(status.message));
    QCOMPARE(db->userName(), u"password_user"_s);
    db.reset();
    qunsetenv("PGPASSFILE");

    // A role that may not log in at all is named too.
    QVERIFY(newRole(u"nologin_user"_s, u"NOLOGIN"_s));
    url.setUserName(u"nologin_user"_s);
    QVERIFY(!Database::open(url.toString(), Database::Mode::OpenExisting, &status));
    QVERIFY2(status.code == DbError::Other || status.code == DbError::LoginFailed, qPrintable(status.message));
    QVERIFY2(status.message.contains(u"nologin_user"_s), qPrintable(status.message));
}

void TestServerDatabase::tlsVerifiesTheServer_data()
{
    // The test cluster speaks TLS with a certificate for "localhost" from a CA of its own
    // (tests/support/pg-cluster.sh): verify-full checks both the CA and the name.
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ownCa");
    QTest::addColumn<QString>("refusal"); // empty: the connection works, encrypted
    QTest::newRow("name and CA fit") << u"localhost"_s << true << QString();
    QTest::newRow("another name") << u"127.0.0.1"_s << true << u"does not match host name"_s;
    QTest::newRow("another CA") << u"localhost"_s << false << u"certificate verify failed"_s;
}

void TestServerDatabase::tlsVerifiesTheServer()
{
    QFETCH(QString, host);
    QFETCH(bool, ownCa);
    QFETCH(QString, refusal);
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"SHOW ssl_cert_file"_s) && q.next());
    const QString folder = QFileInfo(q.value(0).toString()).absolutePath();
    q.finish();
    QTemporaryDir other;
    QString otherCa = other.filePath(u"other-ca.pem"_s);
    if (!ownCa) {
        // A CA that did not sign the server's certificate.
        QVERIFY(QProcess::execute(u"openssl"_s,
                    {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                        u"/CN=Someone else"_s, u"-keyout"_s, other.filePath(u"other.key"_s), u"-out"_s, otherCa})
            == 0);
    }
    QUrl url(t.path());
    url.setHost(host);
    url.setQuery(u"sslmode=verify-full&sslrootcert="_s + (ownCa ? folder + u"/ca.pem"_s : otherCa));
    DbStatus status;
    auto db = Database::open(url.toString(), Database::Mode::OpenExisting, &status);
    if (!refusal.isEmpty()) {
        QVERIFY(!db);
        QVERIFY2(status.message.contains(refusal), qPrintable(status.message));
        QVERIFY2(status.message.contains(u"prove who it is"_s), qPrintable(status.message));
        QVERIFY2(!status.message.contains(u"does not answer"_s), qPrintable(status.message));
        return;
    }
    QVERIFY2(db, qPrintable(status.message));
    QSqlQuery tls(db->connection());
    QVERIFY(tls.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && tls.next());
    QVERIFY(tls.value(0).toBool());
}

void TestServerDatabase::secondInitWaitsForTheFirst()
{
    const QString address = serverAddress(u"race_db"_s);
    QVERIFY(newDatabase(u"race_db"_s));
    // Four programs create the schema at once: one migrates, the others find it done.
    QStringList messages(4);
    std::vector<std::thread> runs;
    for (int i = 0; i < 4; ++i) {
        runs.emplace_back([address, &messages, i] {
            DbStatus status;
            auto db = Database::open(address, Database::Mode::Create, &status);
            messages[i] = db ? QString() : status.message;
        });
    }
    for (auto& run : runs) {
        run.join();
    }
    int failed = 0;
    for (const QString& message : std::as_const(messages)) {
        if (!message.isEmpty()) {
            // Only "not ours" may be seen by a program that looked between CREATE TABLE and the stamp:
            // the migration's transaction makes even that impossible.
            qWarning("%s", qPrintable(message));
            ++failed;
        }
    }
    QCOMPARE(failed, 0);
    DbStatus status;
    auto db = Database::open(address, Database::Mode::OpenExisting, &status);
    QVERIFY2(db, qPrintable(status.message));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM kmuni_schema"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM topics"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 24);
    q.finish();
    db.reset();
    dropDatabase(u"race_db"_s);
}

// What the race above found once in CI, step by step: a program that looked for the schema table
// (none yet), began its migration's transaction and waited for the lock while another program
// created the table, must see the table when it looks again, or it runs the migration a second time.
void TestServerDatabase::schemaMadeMeanwhileIsSeenUnderTheLock()
{
    test::TempDatabase t;
    const QString address = t.path();
    QVERIFY(test::execOnServer(address, u"ALTER TABLE kmuni_schema RENAME TO kmuni_schema_away"_s));
    QCOMPARE(t.db().schemaVersion(), 0); // the backend now remembers: no such table
    {
        Transaction tx(t.db());
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"SELECT 1"_s)); // stands for taking the migration lock
        q.finish();
        QVERIFY(test::execOnServer(address, u"ALTER TABLE kmuni_schema_away RENAME TO kmuni_schema"_s));
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    }
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
}

void TestServerDatabase::insertReturnsTheNewId()
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    qint64 first = 0;
    qint64 second = 0;
    QString error;
    QVERIFY2(
        sql::insert(q, u"settings"_s, {{u"key"_s, u"a"_s}, {u"value"_s, u"1"_s}}, nullptr, &error), qPrintable(error));
    QVERIFY2(sql::insert(q, u"topics"_s,
                 {{u"uuid"_s, u"u1"_s}, {u"name"_s, u"Quantensensorik"_s}, {u"sort_key"_s, u"quantensensorik"_s},
                     {u"created_at"_s, u"2026-11-30T00:00:00Z"_s}},
                 &first, &error),
        qPrintable(error));
    QVERIFY2(sql::insert(q, u"topics"_s,
                 {{u"uuid"_s, u"u2"_s}, {u"name"_s, u"Photonik"_s}, {u"sort_key"_s, u"photonik"_s},
                     {u"created_at"_s, u"2026-11-30T00:00:00Z"_s}},
                 &second, &error),
        qPrintable(error));
    QCOMPARE(first, 25); // after the 24 seeded topics: the sequence was moved past them
    QCOMPARE(second, 26);
}

void TestServerDatabase::keysCompareAsInTheFileWhateverTheLocale()
{
    // A server database made in a locale that ignores spaces and punctuation when it compares text
    // (ICU's "shifted", as glibc's de_DE does): the stored keys still compare byte by byte, so that
    // the search's prefix ranges and the lists' order are those of a file.
    const QString address = serverAddress(u"shifted_db"_s);
    QVERIFY(newDatabase(
        u"shifted_db"_s, u"TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'de-DE-u-ka-shifted' LOCALE 'C.UTF-8'"_s));
    QTemporaryDir folder;
    DbStatus status;
    auto server = Database::open(address, Database::Mode::Create, &status);
    auto file = Database::open(folder.filePath(u"demo.sqlite"_s), Database::Mode::Create, &status);
    QVERIFY2(server && file, qPrintable(status.message));
    QVERIFY(test::loadDemo(*server) && test::loadDemo(*file));
    const auto titles = [](Database& db, const QString& text) {
        QStringList result;
        for (const SearchHit& hit : Search(db).run(text, 8).valueOr({})) {
            result << QString::number(int(hit.kind)) + u' ' + hit.title;
        }
        return result;
    };
    // "schäfer a" is not the start of the key "schafer<tab>anna-lena" (first and last name apart).
    for (const QString& text : {u"Schäfer A"_s, u"Anna-Lena"_s, u"Frank Mü"_s, u"hochschule b"_s, u"dr. "_s}) {
        QCOMPARE(titles(*server, text), titles(*file, text));
    }
    const auto order = [](Database& db) {
        QStringList names;
        for (const Person& p : PersonRepository(db).list(PersonFilter()).valueOr({})) {
            names << p.lastName + u", "_s + p.firstName;
        }
        return names;
    };
    QCOMPARE(order(*server), order(*file));
    server.reset();
    dropDatabase(u"shifted_db"_s);
}

void TestServerDatabase::searchFindsUmlautsAndWordParts()
{
    test::TempDatabase t;
    PersonRepository persons(t.db());
    QString error;
    for (const auto& [first, last] : {std::pair{u"Jürgen"_s, u"Müller"_s}, std::pair{u"Anna"_s, u"Mueller"_s},
             std::pair{u"Bernd"_s, u"Schmidt"_s}}) {
        Person p;
        p.firstName = first;
        p.lastName = last;
        QVERIFY2(persons.save(p, &error), qPrintable(error));
    }
    const auto names = [&](const QString& text) {
        PersonFilter f;
        f.text = text;
        QStringList result;
        const auto found = persons.list(f);
        if (found.failed()) {
            qWarning("%s", qPrintable(found.error()));
        }
        for (const Person& p : found.valueOr({})) {
            result << p.lastName;
        }
        result.sort();
        return result;
    };
    QCOMPARE(names(u"müll"_s), (QStringList{u"Mueller"_s, u"Müller"_s}));
    QCOMPARE(names(u"Mueller"_s), (QStringList{u"Mueller"_s, u"Müller"_s}));
    QCOMPARE(names(u"hmid"_s), QStringList{u"Schmidt"_s});
    QCOMPARE(names(u"Sc"_s), QStringList{u"Schmidt"_s});
    QCOMPARE(names(u"xyz"_s), QStringList{});
}

void TestServerDatabase::rowVersionsRiseOnTheServer()
{
    test::TempDatabase t;
    PersonRepository persons(t.db());
    QString error;
    const Person p = savedPerson(persons, u"Özdemir"_s);
    QVERIFY(p.id > 0);
    const auto loaded = persons.find(p.id);
    QVERIFY(loaded.has_value());
    Person mine = *loaded;
    Person theirs = *loaded;
    theirs.notes = u"from Bochum"_s;
    QVERIFY2(persons.save(theirs, &error), qPrintable(error));
    mine.notes = u"from Dortmund"_s;
    bool conflict = false;
    QVERIFY(!persons.save(mine, &error, &conflict));
    QVERIFY(conflict);
    QCOMPARE(persons.find(p.id)->notes, u"from Bochum"_s);
}

void TestServerDatabase::countersFollowTheRows()
{
    test::TempDatabase t;
    PersonRepository persons(t.db());
    QString error;
    Person a;
    a.lastName = u"Ahrens"_s;
    Person b;
    b.lastName = u"Brandt"_s;
    QVERIFY(persons.save(a, &error));
    QVERIFY(persons.save(b, &error));
    QVERIFY2(persons.setArchived(b.id, true, &error), qPrintable(error));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"SELECT value FROM counters WHERE name = 'person'"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
}

void TestServerDatabase::auditNamesTheLogin()
{
    // Whatever KMUNI_USER says: on a server the audit log names the role that logged in.
    qputenv("KMUNI_USER", "someone-else");
    test::TempDatabase t;
    qputenv("KMUNI_USER", "testuser");
    QCOMPARE(t.db().userName(), QUrl(t.path()).userName());
}

void TestServerDatabase::reportIsTheSameOnBothEngines()
{
    // The demo network in a file and on the server: the funding report is the same, to the fingerprint.
    const QString folder = QDir::tempPath() + u"/kmuni-engines-%1"_s.arg(QCoreApplication::applicationPid());
    QDir(folder).removeRecursively();
    DbStatus status;
    auto file = Database::open(folder + u"/demo.sqlite"_s, Database::Mode::Create, &status);
    QVERIFY2(file, qPrintable(status.message));
    test::TempDatabase server;
    QVERIFY(test::loadDemo(*file));
    QVERIFY(test::loadDemo(server.db()));
    for (const reports::Period& period : {reports::Period{QDate(2026, 1, 1), QDate(2026, 12, 31)},
             reports::Period{QDate(2026, 10, 1), QDate(2026, 11, 30)}}) {
        const auto onFile = reports::EfreReport::build(*file, period);
        const auto onServer = reports::EfreReport::build(server.db(), period);
        QVERIFY2(onFile.has_value(), qPrintable(onFile.error()));
        QVERIFY2(onServer.has_value(), qPrintable(onServer.error()));
        QCOMPARE(onServer->indicators.size(), onFile->indicators.size());
        for (qsizetype i = 0; i < onFile->indicators.size(); ++i) {
            QCOMPARE(onServer->indicators[i].code, onFile->indicators[i].code);
            QCOMPARE(onServer->indicators[i].value, onFile->indicators[i].value);
        }
        QVERIFY(onFile->value(u"ENT_SUPPORTED"_s) > 0);
        QCOMPARE(onServer->fingerprint(), onFile->fingerprint());
    }
    file.reset();
    QDir(folder).removeRecursively();
}

void TestServerDatabase::twoOfficesMoveIn()
{
    // Dortmund's file (the demo network) and Bochum's (a company Dortmund knows, written with another
    // legal form, and one it does not, each with an activity) move into one server database.
    const QString folder = QDir::tempPath() + u"/kmuni-offices-%1"_s.arg(QCoreApplication::applicationPid());
    QDir(folder).removeRecursively();
    DbStatus status;
    auto dortmund = Database::open(folder + u"/dortmund.sqlite"_s, Database::Mode::Create, &status);
    auto bochum = Database::open(folder + u"/bochum.sqlite"_s, Database::Mode::Create, &status);
    QVERIFY2(dortmund && bochum, qPrintable(status.message));
    QVERIFY(test::loadDemo(*dortmund));
    OrganisationFilter companies;
    companies.kind = u"company"_s;
    const auto known = OrganisationRepository(*dortmund).list(companies, 1);
    QVERIFY(known && !known->isEmpty());
    const Organisation shared = known->first();
    QString error;
    Organisation same;
    same.name = shared.name;
    same.legalForm = shared.legalForm == u"GmbH & Co. KG"_s ? u"AG"_s : u"GmbH & Co. KG"_s;
    same.city = u"Bochum"_s;
    Organisation fresh;
    fresh.name = u"Hellweg Quantenoptik"_s;
    fresh.city = u"Bochum"_s;
    OrganisationRepository bochumOrgs(*bochum);
    QVERIFY2(bochumOrgs.save(same, &error) && bochumOrgs.save(fresh, &error), qPrintable(error));
    for (const Id org : {same.id, fresh.id}) {
        Event visit;
        visit.type = u"company_visit"_s;
        visit.start = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        visit.subject = u"Besuch der Wirtschaftsentwicklung Bochum"_s;
        visit.participants << Participant{Participant::Kind::Organisation, org, {}, {}, {}};
        QVERIFY2(EventRepository(*bochum).save(visit, &error), qPrintable(error));
    }

    test::TempDatabase server;
    const auto first = movein::moveIn(*dortmund, server.db(), false);
    QVERIFY2(first, qPrintable(first.error()));
    const auto second = movein::moveIn(*bochum, server.db(), false);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->tables.value(u"organisations"_s).merged, 1);
    QCOMPARE(second->tables.value(u"organisations"_s).created, 1);
    QCOMPARE(second->tables.value(u"events"_s).created, 2);
    QVERIFY2(second->merges.join(u' ').contains(shared.name), qPrintable(second->merges.join(u'\n')));

    // Each company once; Dortmund's company has its own activities and Bochum's visit.
    QSqlQuery q(server.db().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM organisations WHERE name = '%1'"_s.arg(shared.name)) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    const auto onServer = OrganisationRepository(server.db()).findByUuid(shared.uuid);
    QVERIFY(onServer.has_value());
    const auto dortmundTimeline = EventRepository(*dortmund).timeline(Participant::Kind::Organisation, shared.id);
    const auto serverTimeline = EventRepository(server.db()).timeline(Participant::Kind::Organisation, onServer->id);
    QVERIFY(dortmundTimeline && serverTimeline);
    QCOMPARE(serverTimeline->size(), dortmundTimeline->size() + 1);
    // The search finds what came over.
    OrganisationFilter byName;
    byName.text = u"Quantenoptik"_s;
    const auto found = OrganisationRepository(server.db()).list(byName);
    QVERIFY(found);
    QStringList names;
    for (const Organisation& o : *found) {
        names << o.name + u'#' + QString::number(o.id);
    }
    QVERIFY2(names.size() == 1, qPrintable(names.join(u", "_s)));

    // Again: nothing changes.
    const auto again = movein::moveIn(*bochum, server.db(), false);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->created(), 0);
    const auto dortmundAgain = movein::moveIn(*dortmund, server.db(), true);
    QVERIFY(dortmundAgain);
    QCOMPARE(dortmundAgain->created(), 0);

    // The report of the shared database counts both offices: Dortmund's enterprises and Bochum's new one.
    const reports::Period year{QDate(2026, 1, 1), QDate(2026, 12, 31)};
    const auto dortmundReport = reports::EfreReport::build(*dortmund, year);
    const auto sharedReport = reports::EfreReport::build(server.db(), year);
    QVERIFY2(dortmundReport && sharedReport, qPrintable(sharedReport.error()));
    const bool sharedWasCounted = dortmundTimeline->size() > 0;
    QCOMPARE(sharedReport->value(u"ENT_SUPPORTED"_s),
        dortmundReport->value(u"ENT_SUPPORTED"_s) + 1 + (sharedWasCounted ? 0 : 1));
    QCOMPARE(sharedReport->value(u"EVT_TOTAL"_s), dortmundReport->value(u"EVT_TOTAL"_s) + 2);

    dortmund.reset();
    bochum.reset();
    QDir(folder).removeRecursively();
}

// An office's file moved in, two persons and two companies merged in the shared database, then the
// same file (a copy from before the merges) moved in again: what was merged away does not come back.
void TestServerDatabase::mergedRecordsStayMergedAtTheNextMoveIn()
{
    test::TempDatabase office;
    QVERIFY(test::loadDemo(office.db()));
    test::TempDatabase shared;
    const auto first = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(first, qPrintable(first.error()));
    const auto persons = PersonRepository(shared.db()).list({}, 2);
    OrganisationFilter companies;
    companies.kind = u"company"_s;
    const auto orgs = OrganisationRepository(shared.db()).list(companies, 2);
    QVERIFY(persons && persons->size() == 2 && orgs && orgs->size() == 2);
    QString error;
    QVERIFY2(
        PersonMerge(shared.db()).merge({persons->at(0).id, persons->at(1).id, 0, 0, {}}, &error), qPrintable(error));
    QVERIFY2(
        OrganisationMerge(shared.db()).merge({orgs->at(0).id, orgs->at(1).id, 0, 0, {}}, &error), qPrintable(error));
    const auto count = [&](const QString& table) {
        QSqlQuery q(shared.db().connection());
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
    };
    const int personsBefore = count(u"persons"_s);
    const int orgsBefore = count(u"organisations"_s);

    const auto again = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->created(), 0);
    QCOMPARE(count(u"persons"_s), personsBefore);
    QCOMPARE(count(u"organisations"_s), orgsBefore);
    const auto mergedAway = PersonRepository(shared.db()).findByUuid(persons->at(1).uuid);
    QVERIFY(!mergedAway.failed() && !mergedAway.has_value());
}

void TestServerDatabase::deletedRecordsStayDeletedAtTheNextMoveIn()
{
    // An office's file with a company of its own, a person, an activity with a follow-up and a match.
    test::TempDatabase office;
    QVERIFY(test::loadDemo(office.db()));
    Organisation company;
    company.kind = u"company"_s;
    company.name = u"Gelöschte Lagertechnik"_s;
    QVERIFY(test::saved<OrganisationRepository>(office.db(), company) > 0);
    OrganisationFilter universities;
    universities.kind = u"university"_s;
    const auto university = OrganisationRepository(office.db()).list(universities, 1);
    QVERIFY(university && university->size() == 1);
    PersonRepository officePersons(office.db());
    const Person person = savedPerson(officePersons, u"Nolte"_s);
    QVERIFY(person.id > 0);
    Event event;
    event.type = u"meeting"_s;
    event.start = time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0));
    event.durationMin = 60;
    event.subject = u"Abgesagtes Treffen"_s;
    event.participants << Participant{Participant::Kind::Person, person.id, {}, {}, {}};
    FollowUp followUp;
    followUp.title = u"Protokoll schicken"_s;
    followUp.dueDate = QDate(2026, 12, 1);
    event.followUps << followUp;
    QVERIFY(test::saved<EventRepository>(office.db(), event) > 0);
    Match match;
    match.companyId = company.id;
    match.universityId = university->first().id;
    match.type = u"thesis"_s;
    match.title = u"Verworfene Abschlussarbeit"_s;
    match.startedOn = QDate(2026, 9, 1);
    QVERIFY(test::saved<MatchRepository>(office.db(), match) > 0);

    // The shared database takes it in; there the match, the activity, the person and the company
    // are deleted (in that order: each is in use until the one before is gone).
    test::TempDatabase shared;
    const auto first = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(first, qPrintable(first.error()));
    const auto idOf = [&](const QString& table, const QString& uuid) {
        QSqlQuery q(shared.db().connection());
        const auto id = sql::row(q, u"SELECT id FROM "_s + table + u" WHERE uuid = ?"_s, {uuid},
            [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
        if (id.failed()) {
            qWarning("%s", qPrintable(id.error())); // and remove(0) below fails with its reason
        }
        return id.valueOr(0);
    };
    QString error;
    QVERIFY2(MatchRepository(shared.db()).remove(idOf(u"matches"_s, match.uuid), &error), qPrintable(error));
    QVERIFY2(EventRepository(shared.db()).remove(idOf(u"events"_s, event.uuid), &error), qPrintable(error));
    QVERIFY2(PersonRepository(shared.db()).remove(idOf(u"persons"_s, person.uuid), &error), qPrintable(error));
    QVERIFY2(
        OrganisationRepository(shared.db()).remove(idOf(u"organisations"_s, company.uuid), &error), qPrintable(error));
    const auto count = [&](const QString& table) {
        QSqlQuery q(shared.db().connection());
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
    };
    const QStringList tables{u"organisations"_s, u"persons"_s, u"events"_s, u"event_participants"_s, u"follow_ups"_s,
        u"matches"_s, u"match_stages"_s};
    QList<int> before;
    for (const QString& table : tables) {
        before << count(table);
    }

    // Meanwhile the office, not knowing, adds a colleague at the company.
    Person colleague;
    colleague.firstName = u"Jana"_s;
    colleague.lastName = u"Brück"_s;
    colleague.organisationId = company.id;
    QVERIFY(test::saved<PersonRepository>(office.db(), colleague) > 0);

    const auto again = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(again, qPrintable(again.error()));
    // The colleague with her history entry, and nothing of what was deleted.
    QCOMPARE(again->tables.value(u"persons"_s).created, 1);
    QCOMPARE(again->created(), 2);
    QCOMPARE(again->tables.value(u"organisations"_s).deleted, 1);
    QCOMPARE(again->tables.value(u"persons"_s).deleted, 1);
    QCOMPARE(again->tables.value(u"events"_s).deleted, 1);
    QCOMPARE(again->tables.value(u"follow_ups"_s).deleted, 1); // it went with its activity
    QCOMPARE(again->tables.value(u"matches"_s).deleted, 1);
    QList<int> after;
    for (const QString& table : tables) {
        after << count(table);
    }
    before[1] += 1;
    QCOMPARE(after, before);
    const auto moved = PersonRepository(shared.db()).findByUuid(colleague.uuid);
    QVERIFY2(moved.has_value(), qPrintable(moved.error()));
    QCOMPARE(moved->organisationId, Id(0));
    const QString text = again->text();
    QVERIFY2(
        text.contains(u"»Gelöschte Lagertechnik« (%1 in the file) was deleted"_s.arg(company.id)), qPrintable(text));
    QVERIFY2(text.contains(u"»Jana Brück« (%1 in the file) came without organisation"_s.arg(colleague.id)),
        qPrintable(text));
    QVERIFY2(text.contains(u"»Abgesagtes Treffen«"_s), qPrintable(text));

    // The third time nothing changes.
    const auto third = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(third, qPrintable(third.error()));
    QCOMPARE(third->created(), 0);
}

void TestServerDatabase::followUpTakenOffStaysOffAtTheNextMoveIn()
{
    // An office's activity with two follow-ups, taken into the shared database.
    test::TempDatabase office;
    Organisation company;
    company.kind = u"company"_s;
    company.name = u"Messebau Hörde"_s;
    QVERIFY(test::saved<OrganisationRepository>(office.db(), company) > 0);
    Event event;
    event.type = u"career_fair"_s;
    event.start = time::fromBerlin(QDate(2026, 11, 12), QTime(9, 0));
    event.durationMin = 240;
    event.subject = u"Karrieremesse"_s;
    event.participants << Participant{Participant::Kind::Organisation, company.id, {}, {}, {}};
    for (const QString& title : {u"Katalog schicken"_s, u"Rückruf"_s}) {
        FollowUp f;
        f.title = title;
        f.dueDate = QDate(2026, 12, 1);
        event.followUps << f;
    }
    QVERIFY(test::saved<EventRepository>(office.db(), event) > 0);
    test::TempDatabase shared;
    const auto first = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(first, qPrintable(first.error()));

    // There the first follow-up is taken off the activity (the activity's form; no delete of its own).
    EventRepository sharedEvents(shared.db());
    QSqlQuery q(shared.db().connection());
    const auto eventId = sql::row(q, u"SELECT id FROM events WHERE uuid = ?"_s, {event.uuid},
        [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
    QVERIFY2(eventId.has_value(), qPrintable(eventId.error()));
    auto stored = sharedEvents.find(*eventId);
    QVERIFY2(stored.has_value(), qPrintable(stored.error()));
    QCOMPARE(stored->followUps.size(), 2);
    stored->followUps.removeIf([](const FollowUp& f) { return f.title == u"Katalog schicken"_s; });
    QString error;
    QVERIFY2(sharedEvents.save(*stored, &error), qPrintable(error));

    // The next move-in of the same office file does not bring it back, and says so.
    const auto again = movein::moveIn(office.db(), shared.db(), false);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->created(), 0);
    QCOMPARE(again->tables.value(u"follow_ups"_s).deleted, 1);
    const auto titles = sql::rows(q, u"SELECT title FROM follow_ups WHERE event_id = ?"_s, {*eventId},
        [](const QSqlQuery& r) { return r.value(0).toString(); });
    QVERIFY2(titles.has_value(), qPrintable(titles.error()));
    QCOMPARE(*titles, QList<QString>{u"Rückruf"_s});
    QVERIFY2(again->text().contains(u"»Katalog schicken«"_s), qPrintable(again->text()));
}

void TestServerDatabase::droppedConnectionIsNamedAndReconnected()
{
    test::TempDatabase t;
    PersonRepository persons(t.db());
    QString error;
    const Person p = savedPerson(persons, u"Yılmaz"_s);
    QVERIFY(p.id > 0);
    const auto backend = [&] {
        QSqlQuery q(t.db().connection());
        return q.exec(u"SELECT pg_backend_pid()"_s) && q.next() ? q.value(0).toLongLong() : 0;
    };
    const auto dropConnection = [&] {
        QVERIFY(onMaintenance(u"SELECT pg_terminate_backend(%1)"_s.arg(backend())));
        QTest::qWait(200);
    };

    // A read in the middle of the drop fails with a message that says what happened ...
    dropConnection();
    const auto read = persons.find(p.id);
    QVERIFY(read.failed());
    QVERIFY2(read.error().contains(u"connection"_s), qPrintable(read.error()));
    // ... and the next one has a new connection.
    const auto again = persons.find(p.id);
    QVERIFY2(again.has_value(), qPrintable(again.error()));

    // A save finds the connection gone before it has written anything, and goes on on a new one.
    dropConnection();
    Person edited = *again;
    edited.notes = u"nach dem Neustart"_s;
    QVERIFY2(persons.save(edited, &error), qPrintable(error));
    QCOMPARE(persons.find(p.id)->notes, edited.notes);

    // A save whose connection drops inside its transaction writes nothing and says so.
    Transaction tx(t.db());
    QVERIFY(tx.isActive());
    QVERIFY(onMaintenance(u"SELECT pg_terminate_backend(%1)"_s.arg(backend())));
    QSqlQuery q(t.db().connection());
    QString writeError;
    QVERIFY(!sql::run(q, u"UPDATE persons SET notes = 'halb' WHERE id = ?"_s, {p.id}, &writeError));
    QVERIFY2(writeError.contains(u"connection"_s), qPrintable(writeError));
    QVERIFY(!tx.commit(&writeError));
    QCOMPARE(persons.find(p.id)->notes, edited.notes);
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "TestServerDatabase.moc"
