// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QtTest>

using namespace Qt::StringLiterals;

namespace kmuni::cli_test {

Result run(const QStringList& arguments, const QProcessEnvironment& env, const QString& folder, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!folder.isEmpty()) {
        p.setWorkingDirectory(folder);
    }
    p.start(QStringLiteral(KMUNI_BINARY), arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

bool execOn(const QString& path, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"beside"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"beside"_s);
    return ok;
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"}) {
        env.remove(QString::fromLatin1(name));
    }
    return env;
}

void CliTestCase::initTestCase()
{
    m_demo = m_dir.path() + u"/nested/folder/demo.sqlite"_s;
    const Result r = kmuni({u"init"_s, u"--demo"_s, u"--db"_s, m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

} // namespace kmuni::cli_test
