// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Backup.h"
#include "DataLocation.h"
#include "Migrations.h"
#include "ServerAddress.h"
#include "Sql.h"
#include "SqliteFunctions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtEndian>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Database)
};

// How long a statement waits for another program's write lock: a save, usually; a migration.
constexpr int busyWaitMs = 5000;
constexpr int migrationWaitMs = 60000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"kmuni-%1"_s.arg(++counter);
}

bool fail(DbStatus* status, DbError code, const QString& message)
{
    if (status) {
        *status = {code, message};
    }
    return false;
}

// Creates the missing folders of @p dir, each readable by its owner only.
bool makePrivateFolder(const QString& dir)
{
    QStringList missing;
    QFileInfo info(dir);
    while (!info.exists()) {
        missing.prepend(info.absoluteFilePath());
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath()) {
            break;
        }
        info = QFileInfo(parent);
    }
    for (const QString& folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder)) {
            return false;
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return QFileInfo(dir).isDir();
}

struct Header
{
    bool valid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads the SQLite file header without opening the file through SQLite, so that a file we refuse
// is not touched at all (opening could create -wal and -shm files or change the journal mode).
Header readHeader(const QString& path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return header;
    }
    header.valid = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

// Creates the missing database file @p path (Create mode only), its folders private, then refreshes @p info.
bool createFile(const QString& path, Database::Mode mode, QFileInfo& info, DbStatus* status)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (mode != Database::Mode::Create) {
        return fail(status, DbError::NotFound,
            Tr::tr("There is no database at %1. Create one with \"kmuni init\".").arg(nativePath));
    }
    if (!makePrivateFolder(info.absolutePath())) {
        return fail(status, DbError::ReadOnly, Tr::tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        // Another program (a second "kmuni init", a second window) created it a moment ago: that
        // one is used; SQLite's locks keep the two from setting it up twice.
        if (QFileInfo::exists(path)) {
            info.refresh();
            return true;
        }
        return fail(status, DbError::ReadOnly,
            Tr::tr("The database %1 cannot be created: %2").arg(nativePath, file.errorString()));
    }
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    info.refresh();
    return true;
}

// Refuses the non-empty file @p path by its header: not SQLite, another program's, or a newer schema.
bool checkHeader(const QString& path, DbStatus* status)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const Header header = readHeader(path);
    if (!header.valid) {
        return fail(status, DbError::NotADatabase, Tr::tr("%1 is not a KMUni database.").arg(nativePath));
    }
    if (header.applicationId != 0 && header.applicationId != quint32(Database::applicationId)) {
        return fail(status, DbError::NotADatabase,
            Tr::tr("%1 is an SQLite database of another program, not a KMUni database.").arg(nativePath));
    }
    if (header.applicationId == quint32(Database::applicationId)
        && int(header.userVersion) > Database::latestSchemaVersion()) {
        return fail(status, DbError::NewerSchema,
            Tr::tr("The database %1 was written by a newer version of KMUni CRM (schema %2; this program knows %3). "
                   "Please update the program; the file was left unchanged.")
                .arg(nativePath)
                .arg(header.userVersion)
                .arg(Database::latestSchemaVersion()));
    }
    return true;
}

// Whether the database file @p path (created first in Create mode) can be opened in @p mode: checked
// before SQLite opens it, so that a file we refuse is left as it was.
bool checkFile(const QString& path, Database::Mode mode, DbStatus* status)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return fail(status, DbError::NotFound, Tr::tr("No database file was given."));
    }
    QFileInfo info(path);
    if (info.isDir()) {
        return fail(status, DbError::NotADatabase, Tr::tr("%1 is a folder, not a database file.").arg(nativePath));
    }
    if (!info.exists() && !createFile(path, mode, info, status)) {
        return false;
    }
    if (!info.isReadable()) {
        return fail(status, DbError::ReadOnly,
            Tr::tr("The database %1 cannot be read: you have no permission to read the file.").arg(nativePath));
    }
    if (info.size() > 0) {
        if (!checkHeader(path, status)) {
            return false;
        }
    } else if (mode != Database::Mode::Create) {
        return fail(
            status, DbError::NotADatabase, Tr::tr("%1 is an empty file, not a KMUni database.").arg(nativePath));
    }
    if (mode != Database::Mode::Reader && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        return fail(status, DbError::ReadOnly,
            Tr::tr("The database %1 is read-only (the file or its folder cannot be written).").arg(nativePath));
    }
    return true;
}

DbStatus statusFromSqlError(const QSqlError& error, const QString& path)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case SQLITE_NOTADB:
        return {DbError::NotADatabase, Tr::tr("%1 is not a KMUni database.").arg(QDir::toNativeSeparators(path))};
    case SQLITE_CORRUPT:
        return {DbError::Damaged,
            Tr::tr("The database %1 is damaged (%2). Restore it from a backup.")
                .arg(QDir::toNativeSeparators(path), error.databaseText())};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {DbError::Locked,
            Tr::tr("The database %1 is in use by another program. Try again in a moment.")
                .arg(QDir::toNativeSeparators(path))};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {DbError::ReadOnly,
            Tr::tr("The database %1 cannot be written (%2).")
                .arg(QDir::toNativeSeparators(path), error.databaseText())};
    default:
        return {DbError::Other,
            Tr::tr("The database %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), error.text())};
    }
}

} // namespace

Database::Database(QString path, Mode mode, QString connectionName)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connectionName(std::move(connectionName))
{
    m_userName = qEnvironmentVariable("KMUNI_USER");
    if (m_userName.isEmpty()) {
        m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    }
#ifdef Q_OS_UNIX
    if (m_userName.isEmpty()) {
        if (const passwd* account = getpwuid(geteuid())) {
            m_userName = QString::fromLocal8Bit(account->pw_name);
        }
    }
#endif
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return location::defaultDatabasePath(
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), qEnvironmentVariable("KMUNI_DB"));
}

int Database::latestSchemaVersion()
{
    return migrations::latestVersion();
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode, DbStatus* status)
{
    if (ServerAddress::looks(path)) {
        ServerAddress address;
        QString error;
        if (!ServerAddress::parse(path, &address, &error)) {
            fail(status, DbError::NotFound, error);
            return nullptr;
        }
        std::unique_ptr<Database> db(new Database(address.toString(), mode, nextConnectionName()));
        db->m_engine = Engine::PostgreSQL;
        if (!db->initialiseServer(status)) {
            return nullptr;
        }
        return db;
    }
    if (!checkFile(path, mode, status)) {
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, mode, nextConnectionName()));
    if (!db->initialise(status)) {
        return nullptr;
    }
    return db;
}

bool Database::initialise(DbStatus* status)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyWaitMs);
    if (m_mode == Mode::Reader) {
        options += u";QSQLITE_OPEN_READONLY"_s;
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *status = statusFromSqlError(db.lastError(), m_path);
        return false;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return fail(status, DbError::Other, Tr::tr("The SQLite driver did not provide its connection handle."));
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    QString error;
    if (!sqlite::registerFunctions(m_handle, &error)) {
        return fail(status, DbError::Other, error);
    }

    // Qt's open() succeeds on any file: a query proves that SQLite can read it.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !probe.next()) {
        *status = statusFromSqlError(probe.lastError(), m_path);
        return false;
    }
    const int objects = probe.value(0).toInt();
    probe.finish();
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next()) {
        *status = statusFromSqlError(probe.lastError(), m_path);
        return false;
    }
    const int appId = probe.value(0).toInt();
    probe.finish();
    if (appId != applicationId && (appId != 0 || objects > 0 || m_mode != Mode::Create)) {
        return fail(
            status, DbError::NotADatabase, Tr::tr("%1 is not a KMUni database.").arg(QDir::toNativeSeparators(m_path)));
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        return fail(status, DbError::NewerSchema,
            Tr::tr("The database %1 was written by a newer version of KMUni CRM (schema %2; this program knows "
                   "%3). Please update the program; the file was left unchanged.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(latestSchemaVersion()));
    }

    // Temporary data (statement journals, sorts) stays in memory: personal data never lands in a
    // temporary file, and a bulk write does not copy each changed page to one (the 100k import's
    // statement journal was 1.5 million writes, a third of its time).
    if (!exec(u"PRAGMA temp_store = MEMORY"_s, &error)) {
        return fail(status, DbError::Other, error);
    }
    if (m_mode == Mode::Reader) {
        return exec(u"PRAGMA foreign_keys = ON"_s, &error) || fail(status, DbError::Other, error);
    }
    // Switching a new file to WAL needs it to itself for a moment, and SQLite does not wait for that
    // with its busy timeout: when several programs open the same new file at once (four "kmuni
    // init"), the switch is tried again for as long as a busy database is waited for.
    QSqlQuery wal(db);
    QElapsedTimer waited;
    waited.start();
    while (!wal.exec(u"PRAGMA journal_mode = WAL"_s) || !wal.next()) {
        const DbStatus busy = statusFromSqlError(wal.lastError(), m_path);
        if (busy.code != DbError::Locked || waited.elapsed() > busyWaitMs) {
            *status = busy;
            return false;
        }
        QThread::msleep(20);
    }
    wal.finish();
    for (const QString& pragma :
        {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA secure_delete = ON"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (!exec(pragma, &error)) {
            return fail(status, DbError::Other, error);
        }
    }
    return migrate(status);
}

bool Database::migrate(DbStatus* status)
{
    QString error;
    // A database of an older schema is copied before its schema changes: a migration that goes wrong
    // on a user's data can be undone with "kmuni restore".
    const int before = schemaVersion();
    if (before > 0 && before < latestSchemaVersion()) {
        const auto copy = backup::create(*this, backup::defaultPath(m_path));
        if (!copy) {
            return fail(status, DbError::Other,
                Tr::tr("The database %1 is not updated to schema %2: the backup before the update failed: %3")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(latestSchemaVersion())
                    .arg(copy.error()));
        }
    }
    // Another program migrating the same file (two windows started after an update, a backup of a
    // large file before it) holds the write lock longer than a save does: wait for it up to a minute
    // rather than the usual five seconds.
    sqlite3_busy_timeout(m_handle, migrationWaitMs);
    const auto usualWait = qScopeGuard([this] { sqlite3_busy_timeout(m_handle, busyWaitMs); });
    for (const migrations::Migration& m : migrations::all()) {
        if (m.version <= schemaVersion()) {
            continue;
        }
        if (!beginWrite(&error)) {
            return fail(status, DbError::Locked, error);
        }
        // Under the write lock: another program (a second "kmuni init") may have migrated meanwhile.
        if (m.version <= schemaVersion()) {
            rollbackWrite();
            continue;
        }
        char* message = nullptr;
        const QByteArray script = m.sql + "\nPRAGMA user_version = " + QByteArray::number(m.version) + ";";
        if (sqlite3_exec(m_handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = QString::fromUtf8(message);
            sqlite3_free(message);
            rollbackWrite();
            return fail(status, DbError::Other,
                Tr::tr("Updating the database to schema %1 failed: %2").arg(m.version).arg(error));
        }
        if (!commitWrite(&error)) {
            return fail(status, DbError::Other, error);
        }
    }
    // Indexes sorted in German order depend on ICU's collation; rebuild them when ICU changed.
    const QString collation = sqlite::collationVersion();
    QSqlQuery q(connection());
    q.prepare(u"SELECT value FROM settings WHERE key = 'collation_version'"_s);
    if (q.exec() && q.next() && q.value(0).toString() == collation) {
        return true;
    }
    q.finish();
    if (!beginWrite(&error) || !exec(u"REINDEX de"_s, &error)) {
        rollbackWrite();
        return fail(status, DbError::Other, error);
    }
    q.prepare(u"INSERT INTO settings(key, value) VALUES ('collation_version', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(collation);
    if (!q.exec()) {
        rollbackWrite();
        return fail(status, DbError::Other, sql::message(q.lastError()));
    }
    return commitWrite(&error) || fail(status, DbError::Other, error);
}

QSqlDatabase Database::connection() const
{
    // The server went away and came back (a restart, a dropped backend): the next statement gets a
    // new connection. The one that failed has said so; nothing is repeated behind the user's back.
    if (isServer() && serverConnectionLost()) {
        reconnectServer();
    }
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (isServer()) {
        return serverSchemaVersion();
    }
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

bool Database::exec(const QString& sql, QString* error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        if (error) {
            *error = sql::message(q.lastError());
        }
        return false;
    }
    return true;
}

bool Database::beginWrite(QString* error)
{
    // The outermost write starts with BEGIN IMMEDIATE: it takes the write lock at once (waiting up to
    // the busy timeout), where a plain BEGIN would fail later with SQLITE_BUSY under a second writer.
    // On a server, rows are locked as they are written; the row versions find a record that another
    // office saved since a form loaded it.
    const QString begin = isServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    const QString sql = m_depth == 0 ? begin : u"SAVEPOINT sp%1"_s.arg(m_depth);
    if (!exec(sql, error)) {
        // A server connection that died since the last statement: nothing of this write has run
        // yet, so it starts again on a new connection.
        if (!isServer() || m_depth > 0 || !serverConnectionLost() || !reconnectServer() || !exec(sql, error)) {
            return false;
        }
    }
    ++m_depth;
    return true;
}

bool Database::commitWrite(QString* error)
{
    if (m_depth <= 0) {
        if (error) {
            *error = Tr::tr("No transaction is open.");
        }
        return false;
    }
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_depth - 1);
    // Other windows and offices on the same server hear of it when it is committed (and only then).
    if (m_depth == 1 && isServer() && !exec(u"NOTIFY "_s + changesChannel, error)) {
        rollbackWrite();
        return false;
    }
    if (!exec(sql, error)) {
        rollbackWrite();
        return false;
    }
    --m_depth;
    return true;
}

void Database::rollbackWrite()
{
    if (m_depth <= 0) {
        return;
    }
    if (m_depth == 1) {
        exec(u"ROLLBACK"_s, nullptr);
    } else {
        exec(u"ROLLBACK TO sp%1"_s.arg(m_depth - 1), nullptr);
        exec(u"RELEASE sp%1"_s.arg(m_depth - 1), nullptr);
    }
    --m_depth;
}

bool Database::checkIntegrity(QStringList* problems) const
{
    if (isServer()) { // the server keeps its pages itself; foreign keys are always enforced there
        if (problems) {
            problems->clear();
        }
        return true;
    }
    QStringList found;
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        found << q.lastError().databaseText();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok"_s) {
                found << line;
            }
        }
    }
    q.finish();
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next()) {
            found << Tr::tr("Row %1 of table %2 points to a missing row in %3.")
                         .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        }
    }
    if (problems) {
        *problems = found;
    }
    return found.isEmpty();
}

QString Database::quickCheck() const
{
    if (isServer()) {
        return {};
    }
    QSqlQuery q(connection());
    const auto value = [&](const QString& pragma, QString* error) -> qint64 {
        if (!q.exec(pragma) || !q.next()) {
            *error = q.lastError().databaseText();
            return -1;
        }
        return q.value(0).toLongLong();
    };
    QString error;
    const qint64 pages = value(u"PRAGMA page_count"_s, &error);
    const qint64 pageSize = pages >= 0 ? value(u"PRAGMA page_size"_s, &error) : -1;
    const qint64 freePages = pageSize >= 0 ? value(u"PRAGMA freelist_count"_s, &error) : -1;
    if (!error.isEmpty()) {
        return error;
    }
    const qint64 fileSize = QFileInfo(m_path).size();
    // The file holds at least the pages the header counts (the journal may hold newer ones).
    if (fileSize < pages * pageSize && QFileInfo::exists(m_path + u"-wal"_s) == false) {
        return Tr::tr("The file is shorter (%1 bytes) than its %2 pages.").arg(fileSize).arg(pages);
    }
    if (freePages < 0 || freePages > pages) {
        return Tr::tr("The list of free pages is damaged.");
    }
    if (fileSize > quickCheckLimit) {
        return {};
    }
    q.finish();
    if (!q.exec(u"PRAGMA quick_check(1)"_s)) {
        return q.lastError().databaseText();
    }
    const QString result = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return result == u"ok"_s ? QString() : result;
}

int Database::checkpoint() const
{
    if (isServer()) {
        return 0;
    }
    int frames = 0;
    int copied = 0;
    if (sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied) != SQLITE_OK) {
        return -1;
    }
    return std::max(frames, 0) - std::max(copied, 0);
}

void Database::checkpointLater(const QString& path)
{
    if (ServerAddress::looks(path)) {
        return;
    }
    QThreadPool::globalInstance()->start([path] {
        DbStatus status;
        if (auto db = Database::open(path, Mode::OpenExisting, &status)) {
            db->checkpoint();
        }
    });
}

bool Database::backupTo(const QString& target, QString* error) const
{
    if (isServer()) {
        if (error) {
            *error = Tr::tr("A server database is backed up on the server (pg_dump), not by KMUni CRM.");
        }
        return false;
    }
    sqlite3* dest = nullptr;
    const QByteArray targetPath = QFile::encodeName(target);
    int rc = sqlite3_open_v2(targetPath.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", m_handle, "main");
        if (backup == nullptr) {
            rc = sqlite3_errcode(dest);
        } else {
            // Copy in steps so that writers of other connections are not blocked for long.
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    sqlite3_sleep(20);
                }
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
    if (rc != SQLITE_OK && error) {
        *error = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    }
    sqlite3_close(dest);
    if (rc == SQLITE_OK) {
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return rc == SQLITE_OK;
}

void Database::interrupt() const
{
    if (m_handle) {
        sqlite3_interrupt(m_handle);
    } else if (isServer()) {
        interruptServer();
    }
}

} // namespace kmuni
