// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>

#include <memory>

namespace kmuni {

class Database;
struct DbStatus;

/**
 * One read-only connection to a server database on a thread of its own, kept open for the lists of
 * one window. A server connection costs a new backend process, a login and a cold catalog cache
 * (about 45 ms measured locally, more across a network): a list that opened its own connection
 * waited for that every time it was opened. The lists' loaders live on thread() and take turns on
 * connection(). A file's lists keep one thread and connection each (opening a file costs nothing).
 *
 * Obtained from Database::sharedReader(); whoever holds it keeps the thread and connection alive.
 * Destroyed on any thread but its own.
 */
class SharedReader final
{
    Q_DISABLE_COPY_MOVE(SharedReader)

public:
    explicit SharedReader(QString path);
    ~SharedReader();

    /** The thread on which connection() may be called and on which loaders live. */
    QThread* thread() { return &m_thread; }
    /** The connection, opened on first use; nullptr with @p status set when that failed. Only on thread(). */
    Database* connection(DbStatus* status);
    /** Opens the connection on thread() now, so that the first list finds it ready. */
    void warm();

private:
    QString m_path;
    QThread m_thread;
    QObject* m_context; ///< lives on m_thread: the target of queued calls
    std::unique_ptr<Database> m_db; ///< made, used and closed on m_thread only
};

} // namespace kmuni
