// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The database commands: init, check, backup, restore, migrate; a newer, damaged, read-only or locked file; KMUNI_DB.
#include "CliSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QtTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kmuni::cli_test;

class TestCliDatabase : public CliTestCase
{
    Q_OBJECT
private slots:
    void initDemoThenCheck();
    void newerSchemaIsLeftUntouched();
    void damagedDatabaseFailsCheck();
    void readOnlyDatabase();
    void environmentChoosesTheDatabase();
    void backupWhileAnotherWritesRestoresIdentically();
    void lockedDatabaseAndConcurrentInit();
    void migrateMovesInOnce();
    void restoreNeverOverwritesAnEarlierCopy();
    void restoreOfTheDatabaseItselfIsRefused_data();
    void restoreOfTheDatabaseItselfIsRefused();
    void backupOverTheDatabaseItselfIsRefused_data();
    void backupOverTheDatabaseItselfIsRefused();
    void countsInTheWordsOfCheck();
};

void TestCliDatabase::initDemoThenCheck()
{
    QVERIFY(QFile::exists(m_demo));
    const Result r = kmuni({u"check"_s, u"--db"_s, m_demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"healthy"_s), qPrintable(r.out));
}

void TestCliDatabase::newerSchemaIsLeftUntouched()
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

void TestCliDatabase::damagedDatabaseFailsCheck()
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

// A database the user may read but not write (as another user, or on a read-only share).
void TestCliDatabase::readOnlyDatabase()
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

void TestCliDatabase::environmentChoosesTheDatabase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KMUNI_DB"_s, m_demo);
    const Result r = kmuni({u"check"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"demo.sqlite"_s));
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
void TestCliDatabase::backupWhileAnotherWritesRestoresIdentically()
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
void TestCliDatabase::lockedDatabaseAndConcurrentInit()
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

    // Four "kmuni init" at once on a file that does not exist yet, a few times over: whichever
    // creates the file, the others use it, and the switch to WAL waits for the others (each race
    // is short: with either one back, a few of these rounds fail).
    for (int round = 0; round < 20; ++round) {
        const QString fresh = m_dir.path() + u"/four-at-once-%1.sqlite"_s.arg(round);
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
}

void TestCliDatabase::migrateMovesInOnce()
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

namespace {
/** The files "NAME.before-restore-*" beside the database @p db (without SQLite's -wal and -shm beside them). */
QStringList keptBeside(const QString& db)
{
    const QFileInfo info(db);
    QStringList kept = info.dir().entryList({info.fileName() + u".before-restore-*"_s}, QDir::Files, QDir::Name);
    kept.removeIf([](const QString& name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
    return kept;
}

/**
 * The spellings of the file @p db: itself, with "./", through a folder and "..", through a symbolic
 * link (made beside it as LINK), and @p extra (SQLite's files beside it) when given.
 */
void addSpellings(const QString& folder, const QString& name, const QStringList& extra = {})
{
    QTest::addColumn<QString>("spelling");
    QTest::addRow("the same path") << folder + u'/' + name;
    QTest::addRow("./") << folder + u"/./"_s + name;
    QTest::addRow("a folder and ..") << folder + u"/nested/../"_s + name;
    QTest::addRow("a symbolic link") << folder + u"/LINK"_s;
    for (const QString& suffix : extra) {
        QTest::addRow("%s", qPrintable(suffix)) << folder + u'/' + name + suffix;
    }
}

/** A copy of the demo database @p demo as @p name in @p folder, with a symbolic link LINK to it. */
QString itselfFixture(const QString& demo, const QString& folder, const QString& name)
{
    const QString db = folder + u'/' + name;
    QFile::remove(db);
    QFile::remove(folder + u"/LINK"_s);
    QFile::copy(demo, db);
    QFile::link(db, folder + u"/LINK"_s);
    return db;
}
} // namespace

// Two restores in the same second: each keeps the database before it under a name of its own, and
// a file that has the name already (an earlier copy) is never written over.
void TestCliDatabase::restoreNeverOverwritesAnEarlierCopy()
{
    const QString db = m_dir.path() + u"/twice.sqlite"_s;
    const QString copy = m_dir.path() + u"/twice-backup.sqlite"_s;
    QVERIFY(QFile::copy(m_demo, db));
    QCOMPARE(kmuni({u"backup"_s, u"--db"_s, db, u"-o"_s, copy}).exitCode, 0);
    // Earlier copies under every name the next seconds give (the program names them in Berlin time).
    QMap<QString, QByteArray> earlier;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int s = -2; s <= 30; ++s) {
        const QString name = db + u".before-restore-"_s
            + now.addSecs(s).toTimeZone(QTimeZone("Europe/Berlin")).toString(u"yyyy-MM-dd_HHmmss"_s);
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier state\n");
        f.close();
        earlier.insert(QFileInfo(name).fileName(), hashOf(name));
    }
    QStringList kept;
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(execOn(db, u"UPDATE organisations SET name = name || ' %1' WHERE id = 1"_s.arg(round)));
        const QByteArray before = contentDigest(db);
        const Result r = kmuni({u"restore"_s, copy, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList added = keptBeside(db);
        for (const QString& name : earlier.keys() + kept) {
            added.removeOne(name);
        }
        QVERIFY2(added.size() == 1, qPrintable(added.join(u", "_s)));
        QVERIFY2(r.out.contains(added.first()), qPrintable(r.out));
        QCOMPARE(contentDigest(m_dir.path() + u'/' + added.first()), before);
        kept << added.first();
    }
    for (auto it = earlier.cbegin(); it != earlier.cend(); ++it) {
        QCOMPARE(hashOf(m_dir.path() + u'/' + it.key()), it.value());
    }
}

void TestCliDatabase::restoreOfTheDatabaseItselfIsRefused_data()
{
    QDir(m_dir.path()).mkpath(u"nested"_s);
    addSpellings(m_dir.path(), u"itself.sqlite"_s);
}

// "kmuni restore X --db X", however X is spelled: exit 2, nothing changed, nothing kept beside it.
void TestCliDatabase::restoreOfTheDatabaseItselfIsRefused()
{
    QFETCH(QString, spelling);
    const QString db = itselfFixture(m_demo, m_dir.path(), u"itself.sqlite"_s);
    const QByteArray before = hashOf(db);
    const Result r = kmuni({u"restore"_s, spelling, u"--db"_s, db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s) && r.err.contains(u"the database itself"_s), qPrintable(r.err));
    QCOMPARE(hashOf(db), before);
    QCOMPARE(keptBeside(db), QStringList());
}

void TestCliDatabase::backupOverTheDatabaseItselfIsRefused_data()
{
    QDir(m_dir.path()).mkpath(u"nested"_s);
    addSpellings(m_dir.path(), u"live-itself.sqlite"_s, {u"-wal"_s, u"-shm"_s});
}

// "kmuni backup -o X --db X", however X is spelled, or into its -wal: exit 2, the database as it
// was. Another file of that name is still replaced (a nightly job writes the same name).
void TestCliDatabase::backupOverTheDatabaseItselfIsRefused()
{
    QFETCH(QString, spelling);
    const QString db = itselfFixture(m_demo, m_dir.path(), u"live-itself.sqlite"_s);
    const QByteArray before = hashOf(db);
    const Result r = kmuni({u"backup"_s, u"--db"_s, db, u"-o"_s, spelling});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s) && r.err.contains(u"the database itself"_s), qPrintable(r.err));
    QCOMPARE(hashOf(db), before);

    const QString other = m_dir.path() + u"/nightly.sqlite"_s;
    QFile f(other);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("last night's copy\n");
    f.close();
    const Result nightly = kmuni({u"backup"_s, u"--db"_s, db, u"-o"_s, other});
    QVERIFY2(nightly.exitCode == 0, qPrintable(nightly.err));
    QCOMPARE(contentDigest(other), contentDigest(db));
}

// backup and restore count the rows in the words of "kmuni check" (translated, with plural forms),
// not with the tables' names.
void TestCliDatabase::countsInTheWordsOfCheck()
{
    const Result check = kmuni({u"check"_s, u"--db"_s, m_demo});
    QCOMPARE(check.exitCode, 0);
    const QString counts = check.out.trimmed().section(u"; "_s, 1).chopped(1); // "50 organisations, …"
    QVERIFY2(counts.contains(u"contact person"_s) && counts.contains(u"activit"_s), qPrintable(check.out));
    const QString copy = m_dir.path() + u"/counted.sqlite"_s;
    const Result backup = kmuni({u"backup"_s, u"--db"_s, m_demo, u"-o"_s, copy});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.trimmed().endsWith(u"; "_s + counts + u'.'), qPrintable(backup.out + u" / "_s + counts));
    const QString db = m_dir.path() + u"/counted-live.sqlite"_s;
    QVERIFY(QFile::copy(m_demo, db));
    const Result restore = kmuni({u"restore"_s, copy, u"--db"_s, db});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains(u'(' + counts + u')'), qPrintable(restore.out));
    static const QRegularExpression tableNames(u"\\d+ (persons|events)\\b"_s);
    QVERIFY2(!backup.out.contains(tableNames) && !restore.out.contains(tableNames), qPrintable(backup.out));
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "TestCliDatabase.moc"
