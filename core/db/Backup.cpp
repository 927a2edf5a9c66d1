// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Database.h"
#include "common/Time.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni::backup {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Backup)
};

/** The first column of the first row of @p sql, or the error. */
Result<QString> scalar(sqlite3* h, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK) {
        return Result<QString>::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    const auto finish = qScopeGuard([&] { sqlite3_finalize(s); });
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    }
    if (rc == SQLITE_DONE) {
        return QString();
    }
    return Result<QString>::failure(QString::fromUtf8(sqlite3_errmsg(h)));
}

/**
 * Copies every page of @p from into @p to (both open), in steps that let other writers in. After
 * each step @p progress may cancel: then SQLITE_INTERRUPT, and @p to is left for the caller to remove.
 */
int copyPages(sqlite3* from, sqlite3* to, const Progress& progress = {})
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b) {
        return sqlite3_errcode(to);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)) {
            const int total = sqlite3_backup_pagecount(b);
            if (!progress(total - sqlite3_backup_remaining(b), total)) {
                rc = SQLITE_INTERRUPT;
                break;
            }
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? finished : rc;
}

/** What verifyFile() asks while SQLite checks: the progress of the copy it checks. */
struct Asking
{
    const Progress* progress;
    int pages;
};

int keepChecking(void* context)
{
    const auto* asking = static_cast<const Asking*>(context);
    return (*asking->progress)(asking->pages, asking->pages) ? 0 : 1; // non-zero interrupts the statement
}

QString stamp()
{
    return time::now().toTimeZone(time::berlin()).toString(u"yyyy-MM-dd_HHmmss"_s);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/** @p path with its symbolic links and "." / ".." resolved, as far as it exists (its folder, at least). */
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

/**
 * A new, empty file (0600) beside @p databasePath for the database before a restore:
 * "NAME.before-restore-STAMP", or with "-2", "-3" … where that name is taken. Created exclusively,
 * so that neither an earlier copy nor one that another restore makes at the same moment is overwritten.
 */
Result<QString> reserveKept(const QString& databasePath)
{
    const QString base = databasePath + u".before-restore-"_s + stamp();
    QString name;
    QString reason;
    for (int n = 1; n <= 1000; ++n) {
        name = n == 1 ? base : base + u'-' + QString::number(n);
        QFile file(name);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return name;
        }
        reason = file.errorString();
        if (!QFileInfo::exists(name)) {
            break; // not taken, but not writable either
        }
    }
    return Result<QString>::failure(Tr::tr("%1 cannot be written: %2").arg(shown(name), reason));
}

/** verify(), asking @p progress (when given) now and then whether to go on; @p pages is what it reports. */
Result<Verified> verifyFile(const QString& path, const Progress& progress, int pages)
{
    using R = Result<Verified>;
    if (!QFileInfo(path).isFile()) {
        return R::failure(Tr::tr("%1 does not exist.").arg(shown(path)));
    }
    sqlite3* h = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    const auto close = qScopeGuard([&] { sqlite3_close(h); });
    if (rc != SQLITE_OK) {
        return R::failure(Tr::tr("%1 cannot be opened: %2").arg(shown(path), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    Asking asking{&progress, pages};
    if (progress) {
        // integrity_check of a large copy takes seconds: a cancel interrupts it.
        sqlite3_progress_handler(h, 1000, keepChecking, &asking);
    }
    const auto application = scalar(h, "PRAGMA application_id");
    if (!application) {
        return R::failure(Tr::tr("%1 is not a database: %2").arg(shown(path), application.error()));
    }
    if (application->toInt() != Database::applicationId) {
        return R::failure(Tr::tr("%1 is not a KMUni database.").arg(shown(path)));
    }
    Verified v;
    v.schemaVersion = scalar(h, "PRAGMA user_version").valueOr(QString()).toInt();
    if (v.schemaVersion < 1 || v.schemaVersion > Database::latestSchemaVersion()) {
        return R::failure(Tr::tr("%1 has schema %2; this program knows 1 to %3.")
                              .arg(shown(path))
                              .arg(v.schemaVersion)
                              .arg(Database::latestSchemaVersion()));
    }
    const auto integrity = scalar(h, "PRAGMA integrity_check(1)");
    if (!integrity || *integrity != u"ok"_s) {
        return R::failure(
            Tr::tr("%1 is damaged: %2").arg(shown(path), integrity ? integrity->simplified() : integrity.error()));
    }
    for (const char* table : {"organisations", "persons", "events", "matches"}) {
        const auto count = scalar(h, QByteArray("SELECT count(*) FROM ").append(table).constData());
        if (!count) {
            return R::failure(Tr::tr("%1 cannot be read: %2").arg(shown(path), count.error()));
        }
        v.counts.append({QString::fromLatin1(table), count->toLongLong()});
    }
    return v;
}

} // namespace

Result<Verified> verify(const QString& path)
{
    return verifyFile(path, {}, 0);
}

Result<Verified> create(Database& db, const QString& target, const Progress& progress)
{
    using R = Result<Verified>;
    if (!db.handle()) {
        return R::failure(
            Tr::tr("Only a database file can be backed up here; a server database is backed up on the server."));
    }
    if (isDatabaseFile(target, db.path())) {
        return R::failure(Tr::tr("%1 is the database itself; a backup must go into another file.").arg(shown(target)));
    }
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath())) {
        return R::failure(Tr::tr("The folder %1 cannot be created.").arg(shown(info.absolutePath())));
    }
    QString temporary;
    {
        QTemporaryFile reserve(info.absolutePath() + u"/.kmuni-backup-XXXXXX"_s); // 0600
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            return R::failure(Tr::tr("%1 cannot be written: %2").arg(shown(target), reserve.errorString()));
        }
        temporary = reserve.fileName();
    }
    const auto removeTemporary = qScopeGuard([&] { QFile::remove(temporary); });
    bool cancelled = false;
    int pages = 0;
    const Progress ask = [&](int done, int total) {
        pages = total;
        cancelled = cancelled || (progress && !progress(done, total));
        return !cancelled;
    };
    {
        sqlite3* h = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &h, SQLITE_OPEN_READWRITE, nullptr);
        if (rc == SQLITE_OK) {
            rc = copyPages(db.handle(), h, ask);
        }
        const QString error = QString::fromUtf8(rc != SQLITE_OK && h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
        sqlite3_close(h);
        if (cancelled) {
            return R::failure(Tr::tr("The backup was cancelled."));
        }
        if (rc != SQLITE_OK) {
            return R::failure(Tr::tr("%1 cannot be written: %2").arg(shown(target), error));
        }
    }
    // A backup is one self-contained file: out of WAL mode, so that nothing lives beside it.
    {
        sqlite3* h = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &h, SQLITE_OPEN_READWRITE, nullptr);
        const bool single
            = rc == SQLITE_OK && scalar(h, "PRAGMA journal_mode = DELETE").valueOr(QString()) == u"delete"_s;
        sqlite3_close(h);
        if (!single) {
            return R::failure(
                Tr::tr("%1 cannot be written: %2")
                    .arg(shown(target), QString::fromUtf8(sqlite3_errstr(rc == SQLITE_OK ? SQLITE_ERROR : rc))));
        }
    }
    auto verified = verifyFile(temporary, ask, pages);
    if (cancelled) {
        return R::failure(Tr::tr("The backup was cancelled."));
    }
    if (!verified) {
        return R::failure(Tr::tr("The copy failed its check, the backup was not kept: %1").arg(verified.error()));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        return R::failure(
            Tr::tr("%1 cannot be written: %2").arg(shown(target), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return verified;
}

bool isDatabaseFile(const QString& path, const QString& databasePath)
{
    if (path.isEmpty() || databasePath.isEmpty()) {
        return false;
    }
#ifdef Q_OS_WIN
    constexpr Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    constexpr Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    const QString file = resolved(path);
    const QString database = resolved(databasePath);
    for (const QLatin1StringView suffix : {""_L1, "-wal"_L1, "-shm"_L1, "-journal"_L1}) {
        if (file.compare(database + suffix, cs) == 0) {
            return true;
        }
    }
    return false;
}

Result<QString> restore(const QString& source, const QString& databasePath)
{
    using R = Result<QString>;
    if (isDatabaseFile(source, databasePath)) {
        return R::failure(
            Tr::tr("Nothing was restored: %1 is the database itself, not a backup of it.").arg(shown(source)));
    }
    const auto verified = verify(source);
    if (!verified) {
        return R::failure(Tr::tr("Nothing was restored: %1").arg(verified.error()));
    }
    DbStatus status;
    auto current = QFileInfo::exists(databasePath) ? Database::open(databasePath, Database::Mode::OpenExisting, &status)
                                                   : Database::open(databasePath, Database::Mode::Create, &status);
    if (!current && status.code != DbError::Damaged && status.code != DbError::NotADatabase) {
        return R::failure(Tr::tr("Nothing was restored: %1").arg(status.message));
    }
    const auto reserved = reserveKept(databasePath);
    if (!reserved) {
        return R::failure(
            Tr::tr("Nothing was restored: the current database cannot be kept beside it (%1).").arg(reserved.error()));
    }
    const QString kept = *reserved;
    if (!current) {
        // Too damaged to open: set aside (never deleted), the copy put in its place. The empty
        // file that holds the name makes way for it; QFile::rename() never overwrites another.
        QFile::remove(kept);
        if (!QFile::rename(databasePath, kept)) {
            return R::failure(Tr::tr("Nothing was restored: %1 cannot be renamed.").arg(shown(databasePath)));
        }
        QFile::remove(databasePath + u"-wal"_s);
        QFile::remove(databasePath + u"-shm"_s);
        if (!QFile::copy(source, databasePath)) {
            QFile::rename(kept, databasePath);
            return R::failure(Tr::tr("Nothing was restored: %1 cannot be written.").arg(shown(databasePath)));
        }
        QFile::setPermissions(databasePath, QFile::ReadOwner | QFile::WriteOwner);
        return kept;
    }
    // The current data kept beside it first (into the empty file reserved for it), then the copy's
    // pages written into the live file.
    QString error;
    if (!current->backupTo(kept, &error)) {
        QFile::remove(kept);
        return R::failure(
            Tr::tr("Nothing was restored: the current database cannot be kept beside it (%1).").arg(error));
    }
    sqlite3* from = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    const auto close = qScopeGuard([&] { sqlite3_close(from); });
    if (opened != SQLITE_OK) {
        return R::failure(Tr::tr("Nothing was restored: %1").arg(QString::fromUtf8(sqlite3_errstr(opened))));
    }
    const int rc = copyPages(from, current->handle());
    if (rc != SQLITE_OK) {
        return R::failure(Tr::tr("The copy could not be restored (%1); the database kept beside it is %2.")
                              .arg(QString::fromUtf8(sqlite3_errstr(rc)), shown(kept)));
    }
    return kept;
}

QList<Copy> list(const QString& databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QDir folder(defaultFolder(databasePath));
    QList<Copy> copies;
    for (const QString& name : folder.entryList({base + u"-*.sqlite"_s}, QDir::Files)) {
        const QString stampText = name.mid(base.size() + 1).chopped(7); // "2026-11-30_101500"
        QDateTime at = QDateTime::fromString(stampText, u"yyyy-MM-dd_HHmmss"_s);
        if (!at.isValid()) {
            continue;
        }
        at.setTimeZone(time::berlin());
        copies.append({folder.filePath(name), at});
    }
    std::sort(copies.begin(), copies.end(), [](const Copy& a, const Copy& b) { return a.takenAt > b.takenAt; });
    return copies;
}

QList<Copy> toRemove(const QList<Copy>& copies, const QDateTime& now)
{
    const QDate today = now.toTimeZone(time::berlin()).date();
    QSet<QString> kept; // "d2026-11-30", "w2026-48", "m2026-11": the newest of each is kept
    QList<Copy> remove;
    for (const Copy& c : copies) {
        const QDate day = c.takenAt.toTimeZone(time::berlin()).date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const qint64 age = day.daysTo(today);
        QStringList periods;
        if (age < 7) {
            periods << u"d"_s + day.toString(Qt::ISODate);
        }
        if (age < 28) {
            periods << u"w%1-%2"_s.arg(weekYear).arg(week);
        }
        if (age < 366) {
            periods << u"m"_s + day.toString(u"yyyy-MM"_s);
        }
        bool keep = false;
        for (const QString& slot : std::as_const(periods)) {
            if (!kept.contains(slot)) {
                kept.insert(slot);
                keep = true;
            }
        }
        if (!keep) {
            remove << c;
        }
    }
    return remove;
}

bool isDue(const QString& databasePath)
{
    const QList<Copy> copies = list(databasePath);
    return copies.isEmpty() || copies.first().takenAt.secsTo(time::now()) >= 24 * 3600;
}

Result<QString> automatic(Database& db, const Progress& progress)
{
    if (!isDue(db.path())) {
        return QString();
    }
    const QDateTime now = time::now();
    const QString target = defaultPath(db.path());
    const auto made = create(db, target, progress);
    if (!made) {
        return Result<QString>::failure(made.error());
    }
    for (const Copy& old : toRemove(list(db.path()), now)) {
        QFile::remove(old.path);
    }
    return target;
}

QString defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + u"/backups"_s;
}

QString defaultPath(const QString& databasePath)
{
    return defaultFolder(databasePath) + u"/"_s + QFileInfo(databasePath).completeBaseName() + u'-' + stamp()
        + u".sqlite"_s;
}

} // namespace kmuni::backup
