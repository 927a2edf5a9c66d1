// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace kmuni {
class Database;
}

namespace kmuni::backup {

/** What a verified copy holds. */
struct Verified
{
    int schemaVersion = 0;
    QList<std::pair<QString, qint64>> counts; ///< table → rows (organisations, persons, events, matches)
};

/**
 * Checks that @p path is a healthy KMUni database this program can use, read-only and without
 * migrating it: it opens, integrity_check passes, the application id is KMUni's, the schema is not
 * newer than this program's; with its row counts.
 */
Result<Verified> verify(const QString& path);

/** Called with (pages copied, pages in all), also while the copy is checked; returns false to cancel. */
using Progress = std::function<bool(int done, int total)>;

/**
 * A consistent copy of @p db (SQLite's online backup: others may write meanwhile) into @p target:
 * into a private temporary file beside it (0600), verified, then renamed. The old @p target stays
 * when anything fails, and when @p progress cancels (the temporary file is removed either way).
 * Refused when @p target is the database itself (isDatabaseFile()).
 */
Result<Verified> create(Database& db, const QString& target, const Progress& progress = {});

/**
 * True when @p path is the database @p databasePath itself, however spelled ("./kmuni.sqlite",
 * "folder/../kmuni.sqlite", a symbolic link), or one of the files SQLite keeps beside it (-wal,
 * -shm, -journal): no backup may be written there, nor restored from there.
 */
bool isDatabaseFile(const QString& path, const QString& databasePath);

/**
 * Replaces the database at @p databasePath by the copy @p source after verifying it (refused when
 * @p source is that database itself, isDatabaseFile()). The replaced database is kept beside it
 * ("kmuni.sqlite.before-restore-2026-11-30_101500", or "…_101500-2", "-3" … when that name is
 * taken: an earlier copy is never overwritten); @return that path. Other connections to the
 * database see the restored data (the online backup API writes into the live file under its
 * lock); a database too damaged to open is renamed aside instead.
 */
Result<QString> restore(const QString& source, const QString& databasePath);

/** A backup in defaultFolder(), with the time it was taken (from its name). */
struct Copy
{
    QString path;
    QDateTime takenAt;
    bool operator==(const Copy&) const = default;
};

/** The backups of @p databasePath in defaultFolder(), newest first. */
QList<Copy> list(const QString& databasePath);

/**
 * Which of @p copies (newest first) to keep: the newest of each of the last 7 days, of each of the
 * last 4 weeks and of each of the last 12 months; the rest can go.
 */
QList<Copy> toRemove(const QList<Copy>& copies, const QDateTime& now);

/** Whether the daily backup of @p databasePath is due: its newest backup is older than a day, or there is none. */
bool isDue(const QString& databasePath);

/**
 * The daily backup when a database is opened: a new one when it isDue(), then the old ones thinned
 * (toRemove()). Nothing when it is not due. @p progress as for create(); a cancelled backup leaves
 * nothing behind and thins nothing.
 * @return the new backup's path, empty when none was due, or the failure.
 */
Result<QString> automatic(Database& db, const Progress& progress = {});

/** The folder for backups of @p databasePath: "backups" beside it. */
QString defaultFolder(const QString& databasePath);
/** A new backup's file name in defaultFolder(): "kmuni-2026-11-30_101500.sqlite". */
QString defaultPath(const QString& databasePath);

} // namespace kmuni::backup
