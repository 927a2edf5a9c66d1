// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kmuni::userguide {

QStringList candidates(const QString& applicationDir, const QString& sourceDir)
{
    const QDir program(applicationDir);
    QStringList paths{
        QDir::cleanPath(program.filePath(u"../share/doc/kmuni-crm/handbuch/handbuch.html"_s)),
        QDir::cleanPath(program.filePath(u"handbuch/handbuch.html"_s)),
    };
    if (!sourceDir.isEmpty()) {
        paths << QDir::cleanPath(QDir(sourceDir).filePath(u"docs/handbuch/handbuch.html"_s));
    }
    return paths;
}

QString find(const QString& applicationDir, const QString& sourceDir)
{
    for (const QString& candidate : candidates(applicationDir, sourceDir)) {
        if (QFileInfo(candidate).isFile()) {
            return candidate;
        }
    }
    return {};
}

QString path()
{
#ifdef KMUNI_GUIDE_SOURCE_DIR
    const QString sourceDir = QStringLiteral(KMUNI_GUIDE_SOURCE_DIR);
#else
    const QString sourceDir;
#endif
    return find(QCoreApplication::applicationDirPath(), sourceDir);
}

QString expectedPath()
{
    const QStringList paths = candidates(QCoreApplication::applicationDirPath(), {});
#ifdef Q_OS_WIN
    return paths.at(1); // beside kmuni.exe
#else
    return paths.at(0);
#endif
}

} // namespace kmuni::userguide
