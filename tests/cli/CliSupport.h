// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the command-line tests share: running the kmuni binary, a demo database, small file helpers.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/** Running the kmuni binary (KMUNI_BINARY) as a user would and checking what it did (../shared/design/CLI.md). */
namespace kmuni::cli_test {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * Runs the kmuni binary with @p arguments in @p env, in @p folder (this process's when empty), and
 * waits @p timeoutMs at most; a run that does not end is killed and gives exit code -1.
 */
Result run(const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
    const QString& folder = {}, int timeoutMs = 60000);

/** Runs @p sql on the file @p path through a connection of this test's own. */
bool execOn(const QString& path, const QString& sql);

/** The SHA-256 of the file @p path (empty when it cannot be read). */
QByteArray hashOf(const QString& path);

/** What a cron job or an ssh session has: no display, no runtime folder. */
QProcessEnvironment headless();

/**
 * The fixture of the command-line tests: a temporary folder and a demo database in it, made once
 * before the first test. Test classes derive from it and run the program with kmuni().
 */
class CliTestCase : public QObject
{
    Q_OBJECT
protected:
    static Result kmuni(
        const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        return run(arguments, env);
    }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase();
};

} // namespace kmuni::cli_test
