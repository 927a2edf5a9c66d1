// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

// Writes a plain SQLite file with the raw C API (no KMUni code involved).
void rawSqlite(const QString& path, const char* script)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, script, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void backupsAreThinned_data();
    void backupsAreThinned();
    void dailyBackupOncePerDay();
    void backupCanBeCancelled_data();
    void backupCanBeCancelled();
    void createsPrivateFolderAndFile();
    void pragmasAreSet();
    void scopedPragmaPutsTheOldValueBack();
    void migratesFromEmpty();
    void reopeningIsANoOp();
    void backsUpBeforeMigrating();
    void refusesNewerSchemaUntouched();
    void refusesMissingFileWithoutCreate();
    void refusesNonDatabases_data();
    void refusesNonDatabases();
    void detectsDamage();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionsUseSavepoints();
    void secondWriterWaitsForTheFirst();
    void germanCollation_data();
    void germanCollation();
    void foldFunctionIsRegistered();
    void everyForeignKeyHasAnIndex();
    void backupIsAConsistentCopy();
    void checkpointLaterCopiesTheJournalIntoTheFile();
};

void TestDatabase::createsPrivateFolderAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/a/b/kmuni.sqlite"_s;
    DbStatus status;
    auto db = Database::open(path, Database::Mode::Create, &status);
    QVERIFY2(db, qPrintable(status.message));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
        | QFile::ExeOther;
    const auto folder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    for (const QString& created : QStringList{dir.path() + u"/a"_s, dir.path() + u"/a/b"_s}) {
        QCOMPARE(QFile::permissions(created) & (folder | others), folder);
    }
    QCOMPARE(QFile::permissions(path) & (folder | others), QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabase::pragmasAreSet()
{
    test::TempDatabase t;
    QCOMPARE(scalar(t.db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(t.db(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(t.db(), u"PRAGMA secure_delete"_s).toInt(), 1);
    QVERIFY(scalar(t.db(), u"PRAGMA busy_timeout"_s).toInt() >= 1000);
    QCOMPARE(scalar(t.db(), u"PRAGMA application_id"_s).toInt(), Database::applicationId);
    // Statement journals and sorts stay in memory: no personal data in temporary files, and a bulk
    // write does not copy every page it changes to one. Readers too (they sort).
    QCOMPARE(scalar(t.db(), u"PRAGMA temp_store"_s).toInt(), 2);
    DbStatus status;
    const auto reader = Database::open(t.db().path(), Database::Mode::Reader, &status);
    QVERIFY2(reader, qPrintable(status.message));
    QCOMPARE(scalar(*reader, u"PRAGMA temp_store"_s).toInt(), 2);
}

// Bulk work (import, report) widens the page cache for its duration only.
void TestDatabase::scopedPragmaPutsTheOldValueBack()
{
    test::TempDatabase t;
    const int before = scalar(t.db(), u"PRAGMA cache_size"_s).toInt();
    {
        const sqlite::ScopedPragma cache(t.db().handle(), "cache_size", -65536);
        QCOMPARE(scalar(t.db(), u"PRAGMA cache_size"_s).toInt(), -65536);
        {
            const sqlite::ScopedPragma inner(t.db().handle(), "cache_size", -1000);
            QCOMPARE(scalar(t.db(), u"PRAGMA cache_size"_s).toInt(), -1000);
        }
        QCOMPARE(scalar(t.db(), u"PRAGMA cache_size"_s).toInt(), -65536);
    }
    QCOMPARE(scalar(t.db(), u"PRAGMA cache_size"_s).toInt(), before);
    QVERIFY(before != -65536);
}

void TestDatabase::migratesFromEmpty()
{
    test::TempDatabase t;
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    for (const QString& table : {u"organisations"_s, u"persons"_s, u"events"_s, u"event_participants"_s,
             u"follow_ups"_s, u"matches"_s, u"match_stages"_s, u"audit_log"_s, u"staff"_s}) {
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM sqlite_schema WHERE name = '"_s + table + u"'"_s).toInt(), 1);
    }
    // Every row has a stable uuid and timestamps.
    for (const QString& table : {u"organisations"_s, u"persons"_s, u"events"_s, u"matches"_s, u"follow_ups"_s}) {
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"SELECT uuid, created_at, updated_at FROM "_s + table));
    }
}

void TestDatabase::reopeningIsANoOp()
{
    test::TempDatabase t;
    const int auditRows = scalar(t.db(), u"SELECT count(*) FROM audit_log"_s).toInt();
    t.close();
    const QByteArray before = hashOf(t.path());
    QVERIFY(t.reopen());
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM audit_log"_s).toInt(), auditRows);
    t.close();
    QCOMPARE(hashOf(t.path()), before);
}

void TestDatabase::backsUpBeforeMigrating()
{
    // A database as an earlier version of the program left it: schema 6, before the calendar UIDs
    // and the calendar's fields.
    test::TempDatabase t;
    {
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"DROP INDEX event_source_uid"_s));
        QVERIFY(q.exec(u"ALTER TABLE events DROP COLUMN source_uid"_s));
        QVERIFY(q.exec(u"ALTER TABLE events DROP COLUMN source_fields"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 6"_s));
    }
    t.close();
    QVERIFY(backup::list(t.path()).isEmpty());
    DbStatus status;
    auto db = Database::open(t.path(), Database::Mode::OpenExisting, &status);
    QVERIFY2(db, qPrintable(status.message));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    // The copy taken before the update holds the old schema, checked like every backup.
    const QList<backup::Copy> copies = backup::list(t.path());
    QCOMPARE(copies.size(), 1);
    QVERIFY(backup::verify(copies.first().path).has_value());
    sqlite3* old = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(copies.first().path).constData(), &old), SQLITE_OK);
    sqlite3_stmt* version = nullptr;
    sqlite3_prepare_v2(old, "PRAGMA user_version", -1, &version, nullptr);
    QCOMPARE(sqlite3_step(version), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(version, 0), 6);
    sqlite3_finalize(version);
    sqlite3_close(old);
    // Opened again: up to date, no further copy.
    db.reset();
    QVERIFY(Database::open(t.path(), Database::Mode::OpenExisting, &status));
    QCOMPARE(backup::list(t.path()).size(), 1);
}

void TestDatabase::refusesNewerSchemaUntouched()
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    q.finish();
    t.close();
    const QByteArray before = hashOf(t.path());
    DbStatus status;
    QVERIFY(!Database::open(t.path(), Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::NewerSchema);
    QVERIFY(status.message.contains(u"newer"_s));
    QVERIFY(!Database::open(t.path(), Database::Mode::Create, &status));
    QCOMPARE(status.code, DbError::NewerSchema);
    QCOMPARE(hashOf(t.path()), before);
}

void TestDatabase::refusesMissingFileWithoutCreate()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/missing.sqlite"_s;
    DbStatus status;
    QVERIFY(!Database::open(path, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::refusesNonDatabases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("otherSqlite");
    QTest::addRow("text file") << QByteArray("Name;Ort\nMüller;Dortmund\n") << false;
    QTest::addRow("empty file") << QByteArray() << false;
    QTest::addRow("random bytes") << QByteArray(4096, '\x5a') << false;
    QTest::addRow("sqlite of another program") << QByteArray() << true;
}

void TestDatabase::refusesNonDatabases()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, otherSqlite);
    QTemporaryDir dir;
    const QString path = dir.path() + u"/other.db"_s;
    if (otherSqlite) {
        rawSqlite(path, "CREATE TABLE notes(text); INSERT INTO notes VALUES ('hello');");
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = hashOf(path);
    DbStatus status;
    QVERIFY(!Database::open(path, Database::Mode::OpenExisting, &status));
    QCOMPARE(status.code, DbError::NotADatabase);
    QVERIFY(!status.message.isEmpty());
    if (!content.isEmpty() || otherSqlite) {
        // Even "create" must not take over someone else's file.
        QVERIFY(!Database::open(path, Database::Mode::Create, &status));
        QCOMPARE(status.code, DbError::NotADatabase);
    }
    QCOMPARE(hashOf(path), before);
}

void TestDatabase::detectsDamage()
{
    test::TempDatabase t;
    QVERIFY(test::loadDemo(t.db()));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    q.finish();
    QStringList problems;
    QVERIFY(t.db().checkIntegrity(&problems));
    t.close();
    // Overwrite a stretch in the middle of the file: pages of tables and indexes.
    QFile f(t.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 64 * 1024);
    f.seek(size / 2);
    f.write(QByteArray(16 * 1024, '\xff'));
    f.close();
    DbStatus status;
    auto db = Database::open(t.path(), Database::Mode::OpenExisting, &status);
    if (db) {
        QVERIFY(!db->checkIntegrity(&problems));
        QVERIFY(!problems.isEmpty());
    } else {
        QCOMPARE(status.code, DbError::Damaged);
    }
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    test::TempDatabase t;
    {
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"INSERT INTO settings(key, value) VALUES ('a', '1')"_s));
    }
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM settings WHERE key = 'a'"_s).toInt(), 0);
    {
        Transaction tx(t.db());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"INSERT INTO settings(key, value) VALUES ('a', '1')"_s));
        QVERIFY(tx.commit());
    }
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM settings WHERE key = 'a'"_s).toInt(), 1);
    QCOMPARE(t.db().transactionDepth(), 0);
}

void TestDatabase::nestedTransactionsUseSavepoints()
{
    test::TempDatabase t;
    Transaction outer(t.db());
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"INSERT INTO settings(key, value) VALUES ('outer', '1')"_s));
    {
        Transaction inner(t.db());
        QVERIFY(inner.isActive());
        QCOMPARE(t.db().transactionDepth(), 2);
        QVERIFY(q.exec(u"INSERT INTO settings(key, value) VALUES ('inner', '1')"_s));
    } // inner rolled back
    QVERIFY(outer.commit());
    QCOMPARE(scalar(t.db(), u"SELECT group_concat(key) FROM settings WHERE key IN ('outer', 'inner')"_s).toString(),
        u"outer"_s);
}

void TestDatabase::secondWriterWaitsForTheFirst()
{
    test::TempDatabase t;
    // A second program holds the write lock; our BEGIN IMMEDIATE waits for the busy timeout and then
    // fails cleanly instead of failing half-way through a transaction.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(t.path()).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO settings(key, value) VALUES ('other', '1');", nullptr,
                 nullptr, nullptr),
        SQLITE_OK);
    {
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"PRAGMA busy_timeout = 200"_s));
    }
    QElapsedTimer timer;
    timer.start();
    Transaction blocked(t.db());
    QVERIFY(!blocked.isActive());
    QVERIFY(timer.elapsed() >= 150);
    QVERIFY(!blocked.error().isEmpty());
    QCOMPARE(sqlite3_exec(other, "COMMIT;", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    Transaction next(t.db());
    QVERIFY(next.isActive());
    QVERIFY(next.commit());
}

void TestDatabase::germanCollation_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("sorted");
    QTest::addRow("Ö with O") << QStringList{u"Peters"_s, u"Özdemir"_s, u"Otto"_s}
                              << QStringList{u"Otto"_s, u"Özdemir"_s, u"Peters"_s};
    QTest::addRow("Ä with A") << QStringList{u"Bauer"_s, u"Ärztehaus"_s, u"Adler"_s}
                              << QStringList{u"Adler"_s, u"Ärztehaus"_s, u"Bauer"_s};
    QTest::addRow("ß as ss") << QStringList{u"Strauss"_s, u"Straub"_s, u"Strauß"_s}
                             << QStringList{u"Straub"_s, u"Strauss"_s, u"Strauß"_s};
    QTest::addRow("case") << QStringList{u"zeta"_s, u"Alpha"_s, u"beta"_s}
                          << QStringList{u"Alpha"_s, u"beta"_s, u"zeta"_s};
}

void TestDatabase::germanCollation()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, sorted);
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"CREATE TEMP TABLE n(name TEXT)"_s));
    for (const QString& name : names) {
        q.prepare(u"INSERT INTO n VALUES (?)"_s);
        q.addBindValue(name);
        QVERIFY(q.exec());
    }
    QVERIFY(q.exec(u"SELECT name FROM n ORDER BY name COLLATE de"_s));
    QStringList result;
    while (q.next()) {
        result << q.value(0).toString();
    }
    QCOMPARE(result, sorted);
}

void TestDatabase::foldFunctionIsRegistered()
{
    test::TempDatabase t;
    QCOMPARE(scalar(t.db(), u"SELECT kmuni_fold('Müller')"_s).toString(), u"muller / mueller"_s);
}

// Without a full index on the referencing column, deleting a referenced row scans the whole
// referencing table (SQLite does not use partial indexes for this): deleting one person among
// millions of activities would take minutes.
void TestDatabase::everyForeignKeyHasAnIndex()
{
    test::TempDatabase t;
    QSqlQuery tables(t.db().connection());
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"_s));
    QStringList missing;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery keys(t.db().connection());
        QVERIFY(keys.exec(u"SELECT \"from\" FROM pragma_foreign_key_list('%1')"_s.arg(table)));
        while (keys.next()) {
            const QString column = keys.value(0).toString();
            QSqlQuery indexes(t.db().connection());
            QVERIFY(indexes.exec(
                u"SELECT count(*) FROM pragma_index_list('%1') l WHERE l.partial = 0 AND "
                "(SELECT name FROM pragma_index_info(l.name) WHERE seqno = 0) = '%2'"_s.arg(table, column)));
            QVERIFY(indexes.next());
            if (indexes.value(0).toInt() == 0) {
                missing << table + u'.' + column;
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestDatabase::backupIsAConsistentCopy()
{
    test::TempDatabase t;
    QVERIFY(test::loadDemo(t.db()));
    const QString copy = t.folder() + u"/copy.sqlite"_s;
    QString error;
    QVERIFY2(t.db().backupTo(copy, &error), qPrintable(error));
    DbStatus status;
    auto db = Database::open(copy, Database::Mode::OpenExisting, &status);
    QVERIFY2(db, qPrintable(status.message));
    QCOMPARE(
        scalar(*db, u"SELECT count(*) FROM organisations"_s), scalar(t.db(), u"SELECT count(*) FROM organisations"_s));
    QVERIFY(db->checkIntegrity(nullptr));
}

// After a bulk write with automatic checkpoints off (the import), the journal is copied into the
// database file on a worker thread.
void TestDatabase::checkpointLaterCopiesTheJournalIntoTheFile()
{
    test::TempDatabase t;
    const qint64 before = QFileInfo(t.path()).size();
    {
        const sqlite::ScopedPragma off(t.db().handle(), "wal_autocheckpoint", 0);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"CREATE TABLE bulk(x TEXT)"_s));
        QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                       "INSERT INTO bulk SELECT printf('%0100d', i) FROM n"_s));
    }
    QCOMPARE(QFileInfo(t.path()).size(), before); // all of it still in the journal
    Database::checkpointLater(t.path());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QVERIFY(QFileInfo(t.path()).size() > before + 5000 * 100);
    QCOMPARE(t.db().checkpoint(), 0);
}

void TestDatabase::backupsAreThinned_data()
{
    QTest::addColumn<int>("days"); // one backup a day for this many days up to today
    QTest::addColumn<int>("kept");
    QTest::addRow("a week") << 7 << 7;
    QTest::addRow("a month") << 31 << 7 + 3 + 1; // 7 days, the older weeks, the month before
    QTest::addRow("two years") << 730 << 7 + 3 + 12; // and no more than 12 months
}

void TestDatabase::backupsAreThinned()
{
    QFETCH(int, days);
    QFETCH(int, kept);
    const QDateTime now(QDate(2026, 11, 30), QTime(10, 0), time::berlin());
    QList<backup::Copy> copies; // newest first
    for (int d = 0; d < days; ++d) {
        copies.append({u"copy-%1"_s.arg(d), now.addDays(-d)});
    }
    const QList<backup::Copy> removed = backup::toRemove(copies, now);
    QVERIFY2(qAbs(int(copies.size() - removed.size()) - kept) <= 1, // week and month borders vary by a day
        qPrintable(u"%1 kept"_s.arg(copies.size() - removed.size())));
    QVERIFY(!removed.contains(copies.first()));
    for (int d = 0; d < std::min(days, 7); ++d) {
        QVERIFY2(!removed.contains(copies[d]), qPrintable(copies[d].path)); // every day of the last week
    }
}

void TestDatabase::dailyBackupOncePerDay()
{
    test::TempDatabase t;
    time::setNowForTesting(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    QVERIFY(!backup::automatic(t.db()).value().isEmpty());
    QCOMPARE(backup::automatic(t.db()).value(), QString()); // not due again the same day
    time::setNowForTesting(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    const QString second = backup::automatic(t.db()).value();
    QVERIFY(!second.isEmpty());
    QCOMPARE(backup::list(t.path()).size(), 2);
    QVERIFY(backup::verify(second));
    time::setNowForTesting({});
}

void TestDatabase::backupCanBeCancelled_data()
{
    QTest::addColumn<QString>("when"); // the step at which the progress callback says stop
    QTest::addRow("never") << u"never"_s;
    QTest::addRow("while copying") << u"copying"_s;
    QTest::addRow("while checking the copy") << u"checking"_s;
}

// The daily backup runs on a worker that the window stops when it closes: a cancel through the
// progress callback leaves neither a backup nor its temporary file, and the backup stays due.
void TestDatabase::backupCanBeCancelled()
{
    QFETCH(QString, when);
    test::TempDatabase t;
    // Many pages (several copy steps) and an index (integrity_check walks it, asking as it goes).
    QVERIFY(test::execBeside(t.path(),
        "CREATE TABLE ballast(id INTEGER PRIMARY KEY, b TEXT); CREATE INDEX ballast_b ON ballast(b);"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
        " INSERT INTO ballast(b) SELECT hex(randomblob(100)) FROM n"));
    QList<std::pair<int, int>> calls;
    bool copied = false;
    const auto made = backup::automatic(t.db(), [&](int done, int total) {
        calls.append({done, total});
        if (when == u"copying"_s && done < total) {
            return false;
        }
        if (done == total && total > 0) {
            if (copied && when == u"checking"_s) {
                return false;
            }
            copied = true; // the last copy step; what follows is the check
        }
        return true;
    });
    const QDir folder(backup::defaultFolder(t.path()));
    const QStringList temporary = folder.entryList({u".kmuni-backup-*"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(temporary.isEmpty(), qPrintable(temporary.join(u", "_s)));
    QVERIFY2(calls.first().first < calls.first().second, "copied in steps, each reported");
    if (when == u"never"_s) {
        QVERIFY(calls.size() > 2);
        QCOMPARE(calls.last().first, calls.last().second);
        QVERIFY2(made && !made->isEmpty(), qPrintable(made.error()));
        QVERIFY(backup::verify(*made));
        QCOMPARE(backup::list(t.path()).size(), 1);
        QVERIFY(!backup::isDue(t.path()));
        return;
    }
    QVERIFY(made.failed());
    QCOMPARE(made.error(), u"The backup was cancelled."_s);
    if (when == u"copying"_s) {
        QCOMPARE(calls.size(), 1); // stopped at once
    } else {
        QVERIFY(calls.size() > 2);
        QCOMPARE(calls.last().first, calls.last().second);
    }
    QVERIFY(backup::list(t.path()).isEmpty());
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(backup::isDue(t.path()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
