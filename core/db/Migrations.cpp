// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Database.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::migrations {

namespace {
QList<Migration> load(const QString& folder)
{
    QList<Migration> result;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        QFile file(dir.filePath(name));
        if (!ok || !file.open(QIODevice::ReadOnly)) {
            qFatal("Broken migration resource %s", qPrintable(name));
        }
        result.append({version, file.readAll()});
    }
    std::sort(
        result.begin(), result.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}
} // namespace

const QList<Migration>& all()
{
    static const QList<Migration> list = load(u":/kmuni/sql"_s);
    return list;
}

const QList<Migration>& all(Engine engine)
{
    static const QList<Migration> server = load(u":/kmuni/sql/postgresql"_s);
    return engine == Engine::PostgreSQL ? server : all();
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace kmuni::migrations
