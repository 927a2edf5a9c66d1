// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kmuni::userguide {

/**
 * Where the user guide (docs/handbuch/handbuch.html, Hilfe › Handbuch, F1) may be, in order: as
 * installed beside the program (@p applicationDir/../share/doc/kmuni-crm/handbuch, the Debian
 * package), in a Windows deployment beside kmuni.exe (@p applicationDir/handbuch), and in the
 * source tree @p sourceDir a build runs from (none when @p sourceDir is empty).
 */
QStringList candidates(const QString& applicationDir, const QString& sourceDir);

/** The first of candidates() that is a file, else an empty string. */
QString find(const QString& applicationDir, const QString& sourceDir);

/** find() for this program: its own folder and the source tree it was built from. */
QString path();

/** Where the installed guide is expected (the first candidate), for a message when none is found. */
QString expectedPath();

} // namespace kmuni::userguide
