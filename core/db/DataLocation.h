// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Where the database and the settings live: the user's app-data folder (on Windows %APPDATA%, on
 * Linux ~/.local/share), or in portable mode (a USB stick) a folder beside the program. Pure
 * functions of the paths they are given, so that every case is testable on any system.
 */
namespace kmuni::location {

/** The files beside the executable that switch portable mode on ("portable" or "kmuni.portable"). */
QStringList portableMarkers();

/** The data folder beside the program ("<dir>/kmuni-data") when a marker lies in @p applicationDir, else empty. */
QString portableFolder(const QString& applicationDir);

/**
 * The default database file: @p fromEnvironment (KMUNI_DB) when set, else kmuni.sqlite in the
 * portable folder of @p applicationDir, else in @p appDataFolder.
 */
QString defaultDatabasePath(
    const QString& applicationDir, const QString& appDataFolder, const QString& fromEnvironment);

/**
 * Portable mode for the running program: when QCoreApplication::applicationDirPath() holds a
 * marker, QSettings writes an INI file in the portable folder instead of the registry or
 * ~/.config. Call once after the application object exists, before the first QSettings.
 * @return the portable folder, or empty when not portable.
 */
QString applyPortableMode();

/**
 * True when the program's only argument @p argument names a database to open in the window (as a
 * file manager passes it): an existing file ending in .kmuni, .sqlite or .db.
 */
bool isDatabaseArgument(const QString& argument);

} // namespace kmuni::location
