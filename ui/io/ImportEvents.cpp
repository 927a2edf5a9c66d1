// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportEvents.h"

#include "Session.h"
#include "common/Time.h"
#include "db/Database.h"
#include "io/EventImport.h"
#include "io/ICalendar.h"
#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ImportEvents)
};

QString day(QDate date)
{
    return date.toString(u"dd.MM.yyyy"_s);
}

/** What went wrong: the database's own message, or what the report says about the file. */
QString problem(const EventImportReport& report)
{
    return report.databaseFailed ? report.error : report.describe(12);
}
} // namespace

void importEvents(QWidget* parent, Session& session, const QString& file)
{
    if (!session.isOpen()) {
        return;
    }
    const QString title = Tr::tr("Import activities");
    const QString path = !file.isEmpty() ? file
                                         : QFileDialog::getOpenFileName(parent, title,
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                             Tr::tr("Calendar files (*.ics *.ical);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            parent, title, Tr::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), input.errorString()));
        return;
    }
    if (input.size() > ical::maxFileSize) {
        QMessageBox::warning(parent, title,
            Tr::tr("%1 is too large for a calendar (more than %2 MB).")
                .arg(QFileInfo(path).fileName())
                .arg(ical::maxFileSize / 1024 / 1024));
        return;
    }
    const QByteArray bytes = input.readAll();
    input.close();

    EventImport::Options options;
    options.source = QFileInfo(path).fileName();
    // Recurring events: within the approved project period, else a year either side of today.
    const ProjectSettings& project = session.project();
    const bool period = project.hasApprovedPeriod();
    options.from = period ? project.approvedFrom : time::today().addYears(-1);
    options.to = period ? project.approvedTo : time::today().addYears(1);
    options.loggedByStaffId = session.staff() ? session.staff()->id : 0;
    const QString range = period
        ? Tr::tr("Recurring events are taken from %1 to %2, the approved project period.")
              .arg(day(options.from), day(options.to))
        : Tr::tr("Recurring events are taken from %1 to %2.").arg(day(options.from), day(options.to));

    // First a trial run: nothing is written, every problem is found.
    QString error;
    const auto run = [&](const QString& label, EventImportReport* report) {
        return runInBackground(
            parent, title, label, session.db().path(),
            [&](Database& db, const TaskContext& context) {
                *report = EventImport(db).run(bytes, options, context.progress);
            },
            &error);
    };
    options.dryRun = true;
    EventImportReport check;
    if (!run(Tr::tr("Checking %1 …").arg(options.source), &check)) {
        QMessageBox::warning(parent, title, error);
        return;
    }
    if (check.cancelled) {
        return;
    }
    if (!check.ok()) {
        QMessageBox box(QMessageBox::Warning, title, problem(check), QMessageBox::Ok, parent);
        if (check.rejected.size() > 12 || check.skipped.size() > 12) {
            box.setDetailedText(check.describe(100000));
        }
        box.exec();
        return;
    }
    if (check.created == 0 && check.updated == 0) {
        QMessageBox box(QMessageBox::Information, title,
            check.describe(12) + u"\n\n"_s + Tr::tr("%1 holds nothing new to import.").arg(options.source),
            QMessageBox::Ok, parent);
        box.setDetailedText(range + u"\n\n"_s + check.describe(100000));
        box.exec();
        return;
    }
    QMessageBox confirm(QMessageBox::Question, title,
        check.describe(12) + u"\n\n"_s + Tr::tr("Import %1 now?").arg(options.source),
        QMessageBox::Yes | QMessageBox::No, parent);
    confirm.setObjectName(u"importEventsConfirm"_s);
    confirm.setDefaultButton(QMessageBox::Yes);
    confirm.button(QMessageBox::Yes)->setText(Tr::tr("Import"));
    confirm.setDetailedText(range + u"\n\n"_s + check.describe(100000));
    if (confirm.exec() != QMessageBox::Yes) {
        return;
    }

    options.dryRun = false;
    EventImportReport result;
    if (!run(Tr::tr("Importing %1 …").arg(options.source), &result)) {
        QMessageBox::warning(parent, title, error);
        return;
    }
    if (result.written) {
        Database::checkpointLater(session.db().path());
        session.notifyChanged(EntityKind::Event, 0);
        QMessageBox::information(parent, title, result.describe(12));
    } else if (!result.cancelled) {
        QMessageBox::warning(parent, title, problem(result));
    }
}

} // namespace kmuni
