// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QStatusBar;
class QThread;

namespace kmuni {

/**
 * The daily backup (backup::automatic) of the database the window opened, of any size, on a thread
 * of its own with a connection of its own, so that the window is usable at once. The status bar
 * says that it runs and how it ended; it never asks anything. Stopping it (another database, the
 * window closing) cancels the copy and waits for the thread: no half backup is left behind.
 */
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    explicit DailyBackup(QStatusBar* statusBar, QObject* parent = nullptr);
    /** Stops a running backup (see stop()). */
    ~DailyBackup() override;

    /**
     * Starts the backup of the database at @p path when it is due (backup::isDue); a backup still
     * running is stopped first. @return whether one was started.
     */
    bool start(const QString& path);
    /** Cancels a running backup and waits until its thread is finished; finished() is not emitted for it. */
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /** The backup ran to its end: @p path is the new backup, or @p error says why there is none. */
    void finished(const QString& path, const QString& error);

private:
    void done(int run, const QString& path, const QString& error);

    QPointer<QStatusBar> m_statusBar;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    int m_run = 0; ///< which start() a result belongs to: one of a stopped run is dropped
};

} // namespace kmuni
