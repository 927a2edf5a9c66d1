// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPersons.h"

#include "ImportMappingDialog.h"
#include "Session.h"
#include "db/Database.h"
#include "io/OrganisationImport.h"
#include "io/PersonImport.h"
#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ImportPersons)
};
} // namespace

namespace {

// What differs between importing persons and organisations; the flow is the same.
struct Kind
{
    QString title;
    QString filters;
    import::Target target;
    EntityKind changed;
    std::function<bool(QIODevice&)> hasColumns; ///< a CSV file (a vCard has its fields)
    std::function<ImportPreview(QIODevice&)> preview;
    std::function<ImportReport(Database&, QIODevice&, bool dryRun, const std::optional<import::Mapping>&,
        const QString& source, const TaskContext&)>
        run;
};

// The file at @p path opened for reading, or false with the message for the user in @p error.
bool openFile(QFile& file, QString* error)
{
    if (file.open(QIODevice::ReadOnly)) {
        return true;
    }
    *error = Tr::tr("%1 cannot be read: %2").arg(QFileInfo(file.fileName()).fileName(), file.errorString());
    return false;
}

// A list of the other kind (import::wrongKind): imported there, here all the same, or not at all.
int askAboutTheKind(QWidget* parent, const Kind& kind, const QString& why)
{
    QMessageBox ask(
        QMessageBox::Warning, kind.title, why, QMessageBox::Open | QMessageBox::Yes | QMessageBox::Cancel, parent);
    ask.button(QMessageBox::Open)
        ->setText(kind.target == import::Target::Persons ? Tr::tr("Import as organisations …")
                                                         : Tr::tr("Import as contact persons …"));
    ask.button(QMessageBox::Yes)->setText(Tr::tr("Continue here"));
    ask.setDefaultButton(QMessageBox::Open);
    return ask.exec();
}

void runImport(QWidget* parent, Session& session, const Kind& kind, const QString& file)
{
    if (!session.isOpen()) {
        return;
    }
    const QString path = !file.isEmpty()
        ? file
        : QFileDialog::getOpenFileName(
            parent, kind.title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), kind.filters);
    if (path.isEmpty()) {
        return;
    }
    // The file is read as it is needed, a chunk at a time where the format allows, never held whole
    // for the whole import: once for the columns, once for the trial run, once for the import.
    QString error;
    QFile input(path);
    if (!openFile(input, &error)) {
        QMessageBox::warning(parent, kind.title, error);
        return;
    }
    const QString source = QFileInfo(path).fileName();
    std::optional<import::Mapping> mapping;
    // A file's columns are shown with what they will be taken over as, to be changed if need be.
    if (kind.hasColumns(input)) {
        ImportPreview preview = kind.preview(input);
        if (!preview.error.isEmpty()) {
            QMessageBox::warning(parent, kind.title, preview.error);
            return;
        }
        if (const QString wrong = import::wrongKind(preview.header, kind.target); !wrong.isEmpty()) {
            switch (askAboutTheKind(parent, kind, wrong)) {
            case QMessageBox::Yes:
                break;
            case QMessageBox::Open:
                input.close();
                kind.target == import::Target::Persons ? importOrganisations(parent, session, path)
                                                       : importPersons(parent, session, path);
                return;
            default:
                return;
            }
        }
        preview.mapping = ImportMappingDialog::remembered(preview.header, preview.mapping);
        ImportMappingDialog columns(source, preview, parent, kind.target);
        if (columns.exec() != QDialog::Accepted) {
            return;
        }
        mapping = columns.mapping();
    }

    // First a trial run: nothing is written, every problem is found.
    input.close();
    ImportReport check;
    const auto run = [&](const QString& label, bool dryRun, ImportReport* report) {
        return runInBackground(
            parent, kind.title, label, session.db().path(),
            [&](Database& db, const TaskContext& context) {
                QFile reading(path);
                if (!openFile(reading, &report->error)) {
                    return;
                }
                *report = kind.run(db, reading, dryRun, mapping, source, context);
            },
            &error);
    };
    if (!run(Tr::tr("Checking %1 …").arg(source), true, &check)) {
        QMessageBox::warning(parent, kind.title, error);
        return;
    }
    if (check.cancelled) {
        return;
    }
    if (!check.error.isEmpty() || !check.rejected.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, kind.title, check.error.isEmpty() ? check.describe(12) : check.error,
            QMessageBox::Ok, parent);
        if (check.rejected.size() > 12) {
            box.setDetailedText(check.describe(100000));
        }
        box.exec();
        return;
    }
    QMessageBox confirm(QMessageBox::Question, kind.title,
        check.describe(12) + u"\n\n"_s + Tr::tr("Import %1 now?").arg(source), QMessageBox::Yes | QMessageBox::No,
        parent);
    confirm.setDefaultButton(QMessageBox::Yes);
    confirm.button(QMessageBox::Yes)->setText(Tr::tr("Import"));
    if (!check.columns.isEmpty()) {
        confirm.setDetailedText(
            Tr::tr("Columns:") + u"\n"_s + check.describeColumns().join(u'\n') + u"\n\n"_s + check.describe(100000));
    }
    if (confirm.exec() != QMessageBox::Yes) {
        return;
    }
    ImportReport result;
    if (!run(Tr::tr("Importing %1 …").arg(source), false, &result)) {
        QMessageBox::warning(parent, kind.title, error);
        return;
    }
    if (result.written) {
        Database::checkpointLater(session.db().path());
        session.notifyChanged(kind.changed, 0);
        QMessageBox::information(parent, kind.title, result.describe());
    } else if (!result.cancelled) {
        QMessageBox::warning(parent, kind.title, result.describe());
    }
}

} // namespace

void importPersons(QWidget* parent, Session& session, const QString& file)
{
    Kind kind;
    kind.title = Tr::tr("Import contact persons");
    kind.filters = Tr::tr("Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV files (*.csv *.txt);;Excel workbooks "
                          "(*.xlsx);;vCards (*.vcf *.vcard);;All files (*)");
    kind.target = import::Target::Persons;
    kind.changed = EntityKind::Person;
    kind.hasColumns = [](QIODevice& device) { return !PersonImport::isVCard(device.peek(64)); };
    kind.preview = [](QIODevice& device) { return PersonImport::preview(device, csv::Encoding::Auto); };
    kind.run = [](Database& db, QIODevice& device, bool dryRun, const std::optional<import::Mapping>& mapping,
                   const QString& source, const TaskContext& context) {
        PersonImport::Options options;
        options.dryRun = dryRun;
        options.mapping = mapping;
        options.source = source;
        return PersonImport(db).run(device, options, context.progress);
    };
    runImport(parent, session, kind, file);
}

void importOrganisations(QWidget* parent, Session& session, const QString& file)
{
    Kind kind;
    kind.title = Tr::tr("Import organisations");
    kind.filters
        = Tr::tr("Lists (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)");
    kind.target = import::Target::Organisations;
    kind.changed = EntityKind::Organisation;
    // Lists of organisations are short (a chamber's members, not a city's people): read whole.
    kind.hasColumns = [](QIODevice&) { return true; };
    kind.preview = [](QIODevice& device) { return OrganisationImport::preview(device.readAll(), csv::Encoding::Auto); };
    kind.run = [](Database& db, QIODevice& device, bool dryRun, const std::optional<import::Mapping>& mapping,
                   const QString& source, const TaskContext&) {
        const QByteArray bytes = device.readAll();
        OrganisationImport::Options options;
        options.dryRun = dryRun;
        options.mapping = mapping;
        options.source = source;
        return OrganisationImport(db).run(bytes, options);
    };
    runImport(parent, session, kind, file);
}

} // namespace kmuni
