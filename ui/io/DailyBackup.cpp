// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackup.h"

#include "db/Backup.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QStatusBar>
#include <QThread>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
// The window's backup messages share one translation context (see Backups.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::MainWindow)
};

QString runningText()
{
    return Tr::tr("Making the daily backup …");
}
} // namespace

DailyBackup::DailyBackup(QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{ }

DailyBackup::~DailyBackup()
{
    stop();
}

bool DailyBackup::start(const QString& path)
{
    stop();
    if (!backup::isDue(path)) {
        return false;
    }
    const int run = ++m_run;
    m_cancel = false;
    m_thread = QThread::create([this, path, run] {
        QString made;
        QString error;
        {
            // A connection belongs to the thread that opened it: this one is the worker's, read-only.
            DbStatus status;
            auto db = Database::open(path, Database::Mode::Reader, &status);
            if (!db) {
                error = status.message;
            } else {
                const auto result = backup::automatic(*db, [this](int, int) { return !m_cancel.load(); });
                made = result.valueOr(QString());
                error = result.error();
            }
        }
        if (!m_cancel) {
            // Posted to the window's thread; stop() and the destructor wait for this thread before it goes.
            QMetaObject::invokeMethod(
                this, [this, run, made, error] { done(run, made, error); }, Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(u"kmuni-daily-backup"_s);
    m_thread->start(QThread::LowPriority);
    if (m_statusBar) {
        m_statusBar->showMessage(runningText());
    }
    return true;
}

void DailyBackup::stop()
{
    if (!m_thread) {
        return;
    }
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ++m_run; // a result it posted before it saw the cancel is dropped
    if (m_statusBar && m_statusBar->currentMessage() == runningText()) {
        m_statusBar->clearMessage();
    }
}

void DailyBackup::done(int run, const QString& path, const QString& error)
{
    if (run != m_run || !m_thread) {
        return;
    }
    m_thread->wait(); // it posted this as its last step
    delete m_thread;
    m_thread = nullptr;
    if (m_statusBar) {
        if (!error.isEmpty()) {
            m_statusBar->showMessage(Tr::tr("The daily backup failed: %1").arg(error), 15000);
        } else if (!path.isEmpty()) {
            m_statusBar->showMessage(
                Tr::tr("Daily backup written to %1 and checked.").arg(QDir::toNativeSeparators(path)), 15000);
        } else if (m_statusBar->currentMessage() == runningText()) {
            m_statusBar->clearMessage(); // another window made it meanwhile
        }
    }
    emit finished(path, error);
}

} // namespace kmuni
