// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace kmuni {
class DailyBackup;
class Database;
class Session;
} // namespace kmuni

// The window's side of backups (core/db/Backup.h): the check when a database is opened, the daily
// backup, File › Create backup and Restore backup.
namespace kmuni::backups {

/** The file dialogs' filter for database files. */
QString databaseFilter();

/**
 * After @p db was opened: damage is said so, with the newest verified backup offered; @return the
 * backup the user chose to restore, else empty. A healthy database gets its daily backup from
 * @p daily, in the background (of any size; the status bar tells how it went).
 */
QString checkOpened(QWidget* parent, Database& db, DailyBackup& daily);

/** Asks where, then writes a checked backup of the session's database; @return the status line. */
QString create(QWidget* parent, Session& session);

/** Checks @p source, asks, then restores it over @p databasePath; @return the kept database, empty when nothing was
 * restored. */
QString restore(QWidget* parent, const QString& databasePath, const QString& source);

} // namespace kmuni::backups
