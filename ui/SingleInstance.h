// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace kmuni {

/**
 * One window per database on this desk. The window that has a database open listens on a local
 * socket (QLocalServer) named after the database; a second start on the same database asks it to
 * come to the front and ends instead of opening the file twice. When nobody answers (a hung or an
 * older window), the caller falls back to the lock file beside the database (MainWindow).
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    /** The socket name for @p databasePath: a hash of the user's home and the file's canonical path. */
    static QString serverName(const QString& databasePath);

    /**
     * Asks the window that has @p databasePath open to come to the front. Blocks for at most
     * @p timeoutMs; call it before the event loop runs or from another thread.
     * @return true once that window confirmed, false when none listens or it did not answer.
     */
    static bool activateRunning(const QString& databasePath, int timeoutMs = 2000);

    /**
     * Listens for @p databasePath (instead of the database before) unless a live window already
     * does; a name left behind by a crashed window is taken over. @return true when listening.
     */
    bool listen(const QString& databasePath);
    /** Stops listening. */
    void close();
    /** The name listened on, or empty. */
    QString name() const;

signals:
    /** A second start asked for this window. */
    void activationRequested();

private:
    void answer(QLocalSocket* socket);

    QLocalServer* m_server = nullptr;
};

} // namespace kmuni
