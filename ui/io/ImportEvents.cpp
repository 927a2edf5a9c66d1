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
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
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

/** Asks for the period in which recurring events are taken, starting from @p from – @p to; false when cancelled. */
bool askPeriod(QWidget* parent, const QString& title, QDate* from, QDate* to)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"importPeriodDialog"_s);
    dialog.setWindowTitle(title);
    auto* text = new QLabel(Tr::tr("Recurring events are taken with their dates in this period."));
    text->setWordWrap(true);
    auto* fromEdit = new QDateEdit(*from);
    auto* toEdit = new QDateEdit(*to);
    fromEdit->setObjectName(u"periodFrom"_s);
    toEdit->setObjectName(u"periodTo"_s);
    for (QDateEdit* edit : {fromEdit, toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    }
    toEdit->setMinimumDate(*from);
    QObject::connect(fromEdit, &QDateEdit::dateChanged, toEdit, &QDateEdit::setMinimumDate);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(text);
    form->addRow(Tr::tr("&From:"), fromEdit);
    form->addRow(Tr::tr("&To:"), toEdit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *from = fromEdit->date();
    *to = toEdit->date();
    return true;
}

/** Whether an event of @p ics repeats (a time zone's rules, RRULE too, do not count). */
bool hasRecurringEvents(const QByteArray& ics)
{
    for (qsizetype at = ics.indexOf("BEGIN:VEVENT"); at >= 0; at = ics.indexOf("BEGIN:VEVENT", at + 1)) {
        const qsizetype end = ics.indexOf("END:VEVENT", at);
        const QByteArray event = ics.mid(at, end < 0 ? -1 : end - at);
        if (event.contains("\nRRULE") || event.contains("\nRDATE")) {
            return true;
        }
    }
    return false;
}

enum class Answer
{
    Import,
    OtherPeriod,
    Stop
};

/**
 * The trial run's result: "nothing new", or the question whether to import. "Other period …" is
 * offered for a file with recurring events.
 */
Answer confirm(QWidget* parent, const QString& title, const EventImportReport& check, const QString& source,
    const QString& range, bool recurring)
{
    const bool nothingNew = check.created == 0 && check.updated == 0;
    QMessageBox box(nothingNew ? QMessageBox::Information : QMessageBox::Question, title,
        check.describe(12) + u"\n\n"_s
            + (nothingNew ? Tr::tr("%1 holds nothing new to import.").arg(source)
                          : Tr::tr("Import %1 now?").arg(source)),
        nothingNew ? QMessageBox::Ok : QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(nothingNew ? u"importEventsNothingNew"_s : u"importEventsConfirm"_s);
    if (!nothingNew) {
        box.setDefaultButton(QMessageBox::Yes);
        box.button(QMessageBox::Yes)->setText(Tr::tr("Import"));
    }
    QPushButton* other = nullptr;
    if (recurring) {
        other = box.addButton(Tr::tr("Other period …"), QMessageBox::ActionRole);
        other->setObjectName(u"otherPeriodButton"_s);
    }
    box.setDetailedText(range + u"\n\n"_s + check.describe(100000));
    const int answer = box.exec();
    if (other && box.clickedButton() == other) {
        return Answer::OtherPeriod;
    }
    return !nothingNew && answer == QMessageBox::Yes ? Answer::Import : Answer::Stop;
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
    const bool recurring = hasRecurringEvents(bytes);

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
    Answer answer = Answer::OtherPeriod;
    while (answer == Answer::OtherPeriod) {
        const bool approved = period && options.from == project.approvedFrom && options.to == project.approvedTo;
        const QString range = approved
            ? Tr::tr("Recurring events are taken from %1 to %2, the approved project period.")
                  .arg(day(options.from), day(options.to))
            : Tr::tr("Recurring events are taken from %1 to %2.").arg(day(options.from), day(options.to));
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
        answer = confirm(parent, title, check, options.source, range, recurring);
        if (answer == Answer::OtherPeriod) {
            askPeriod(parent, title, &options.from, &options.to); // cancelled: the same question again
        }
    }
    if (answer != Answer::Import) {
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
