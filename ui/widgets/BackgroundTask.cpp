// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::BackgroundTask)
};
} // namespace

bool runInBackground(QWidget* parent, const QString& title, const QString& label, const QString& path,
    const std::function<void(Database& db, const TaskContext& context)>& work, QString* error, Access access)
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
    std::atomic<bool> finished{false};
    bool opened = false;
    QString openError;

    QThread* thread = QThread::create([&] {
        DbStatus status;
        // Work that only reads (a report, a PDF) gets a reader: it neither migrates nor writes.
        auto db = Database::open(
            path, access == Access::Read ? Database::Mode::Reader : Database::Mode::OpenExisting, &status);
        if (!db) {
            openError = status.message;
        } else {
            opened = true;
            TaskContext context;
            context.progress = [&](int d, int t) {
                done = d;
                total = t;
                return !cancelled.load();
            };
            work(*db, context);
        }
        finished = true;
    });

    QProgressDialog dialog(label, Tr::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // quick work finishes without a dialog flashing up
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (total > 0) {
            dialog.setMaximum(total);
            dialog.setValue(std::min(done.load(), total.load()));
        }
        if (dialog.wasCanceled()) {
            cancelled = true;
            dialog.setLabelText(Tr::tr("Cancelling …"));
        }
        if (finished) {
            loop.quit();
        }
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    if (!finished) {
        loop.exec();
    }
    thread->wait();
    delete thread;
    if (!opened && error) {
        *error = openError;
    }
    return opened;
}

} // namespace kmuni
