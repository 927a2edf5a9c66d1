// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "DailyBackup.h"
#include "Session.h"
#include "common/Format.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kmuni::backups {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::MainWindow)
};
} // namespace

QString databaseFilter()
{
    return Tr::tr("KMUni databases (*.sqlite *.db);;All files (*)");
}

QString checkOpened(QWidget* parent, Database& db, DailyBackup& daily)
{
    const QString damage = db.quickCheck();
    if (damage.isEmpty()) {
        // On its own thread, so that a large database does not hold the window. A server database is
        // backed up on the server (pg_dump), by its administrator.
        if (!db.isServer()) {
            daily.start(db.path());
        }
        return {};
    }
    std::optional<backup::Copy> good;
    for (const backup::Copy& c : backup::list(db.path())) {
        if (backup::verify(c.path)) {
            good = c;
            break;
        }
    }
    QMessageBox box(QMessageBox::Critical, Tr::tr("Damaged database"),
        Tr::tr("The database %1 is damaged (%2). Do not go on working in it: changes may be lost.")
            .arg(QDir::toNativeSeparators(db.path()), damage.simplified()),
        QMessageBox::NoButton, parent);
    QPushButton* restore = good ? box.addButton(Tr::tr("Restore the backup of %1").arg(format::dateTime(good->takenAt)),
                               QMessageBox::AcceptRole)
                                : nullptr;
    box.addButton(QMessageBox::Close);
    box.setInformativeText(good ? Tr::tr("The damaged database is kept beside it, nothing is deleted.")
                                : Tr::tr("There is no backup of it yet. \"kmuni check\" lists the damage."));
    box.exec();
    return restore && box.clickedButton() == restore ? good->path : QString();
}

QString create(QWidget* parent, Session& session)
{
    const QString suggested = backup::defaultPath(session.db().path());
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Create backup"), suggested, databaseFilter());
    if (path.isEmpty()) {
        return {};
    }
    Result<backup::Verified> made;
    QString error;
    bool cancelled = false;
    const bool ran = runInBackground(
        parent, Tr::tr("Create backup"), Tr::tr("Copying and checking the database …"), session.db().path(),
        [&](Database& db, const TaskContext& context) {
            made = backup::create(db, path, [&](int done, int total) {
                cancelled = !context.progress(done, total);
                return !cancelled;
            });
        },
        &error, Access::Read);
    if (ran && cancelled) {
        return {}; // nothing was written; the user knows why
    }
    if (!ran || !made) {
        QMessageBox::warning(parent, Tr::tr("Create backup"), ran ? made.error() : error);
        return {};
    }
    return Tr::tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(path));
}

QString restore(QWidget* parent, const QString& databasePath, const QString& source)
{
    const auto verified = backup::verify(source);
    if (!verified) {
        QMessageBox::warning(
            parent, Tr::tr("Restore backup"), Tr::tr("Nothing was restored: %1").arg(verified.error()));
        return {};
    }
    if (QMessageBox::question(parent, Tr::tr("Restore backup"),
            Tr::tr("Replace the data of %1 by the backup %2? The current database is kept beside it.")
                .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(source)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return {};
    }
    const auto kept = backup::restore(source, databasePath);
    if (!kept) {
        QMessageBox::warning(parent, Tr::tr("Restore backup"), kept.error());
        return {};
    }
    return *kept;
}

} // namespace kmuni::backups
