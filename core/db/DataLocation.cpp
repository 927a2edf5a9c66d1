// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::location {

QStringList portableMarkers()
{
    return {u"portable"_s, u"kmuni.portable"_s};
}

QString portableFolder(const QString& applicationDir)
{
    if (applicationDir.isEmpty()) {
        return {};
    }
    const QDir dir(applicationDir);
    for (const QString& marker : portableMarkers()) {
        if (QFileInfo(dir.filePath(marker)).isFile()) {
            return QDir::cleanPath(dir.absoluteFilePath(u"kmuni-data"_s));
        }
    }
    return {};
}

QString defaultDatabasePath(const QString& applicationDir, const QString& appDataFolder, const QString& fromEnvironment)
{
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString portable = portableFolder(applicationDir);
    return (portable.isEmpty() ? appDataFolder : portable) + u"/kmuni.sqlite"_s;
}

QString applyPortableMode()
{
    if (!QCoreApplication::instance()) {
        return {};
    }
    const QString folder = portableFolder(QCoreApplication::applicationDirPath());
    if (!folder.isEmpty()) {
        // <folder>/<organisation>/<application>.ini, beside the database.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    }
    return folder;
}

bool isDatabaseArgument(const QString& argument)
{
    static const QStringList suffixes = {u".kmuni"_s, u".sqlite"_s, u".db"_s};
    const bool named = std::any_of(suffixes.begin(), suffixes.end(),
        [&](const QString& suffix) { return argument.endsWith(suffix, Qt::CaseInsensitive); });
    return named && !argument.startsWith(u'-') && QFileInfo(argument).isFile();
}

} // namespace kmuni::location
