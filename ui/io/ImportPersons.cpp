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
    std::function<bool(const QByteArray&)> hasColumns; ///< a CSV file (a vCard has its fields)
    std::function<ImportPreview(const QByteArray&)> preview;
    std::function<ImportReport(Database&, const QByteArray&, bool dryRun, const std::optional<import::Mapping>&,
        const QString& source, const TaskContext&)>
        run;
};

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
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            parent, kind.title, Tr::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), input.errorString()));
        return;
    }
    const QByteArray bytes = input.readAll();
    const QString source = QFileInfo(path).fileName();
    std::optional<import::Mapping> mapping;
    // A file's columns are shown with what they will be taken over as, to be changed if need be.
    if (kind.hasColumns(bytes)) {
        ImportPreview preview = kind.preview(bytes);
        if (!preview.error.isEmpty()) {
            QMessageBox::warning(parent, kind.title, preview.error);
            return;
        }
        preview.mapping = ImportMappingDialog::remembered(preview.header, preview.mapping);
        ImportMappingDialog columns(source, preview, parent, kind.target);
        if (columns.exec() != QDialog::Accepted) {
            return;
        }
        mapping = columns.mapping();
    }

    // First a trial run: nothing is written, every problem is found.
    ImportReport check;
    QString error;
    const auto run = [&](const QString& label, bool dryRun, ImportReport* report) {
        return runInBackground(
            parent, kind.title, label, session.db().path(),
            [&](Database& db, const TaskContext& context) {
                *report = kind.run(db, bytes, dryRun, mapping, source, context);
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
    kind.hasColumns = [](const QByteArray& bytes) { return !PersonImport::isVCard(bytes); };
    kind.preview = [](const QByteArray& bytes) { return PersonImport::preview(bytes, csv::Encoding::Auto); };
    kind.run = [](Database& db, const QByteArray& bytes, bool dryRun, const std::optional<import::Mapping>& mapping,
                   const QString& source, const TaskContext& context) {
        PersonImport::Options options;
        options.dryRun = dryRun;
        options.mapping = mapping;
        options.source = source;
        return PersonImport(db).run(bytes, options, context.progress);
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
    kind.hasColumns = [](const QByteArray&) { return true; };
    kind.preview = [](const QByteArray& bytes) { return OrganisationImport::preview(bytes, csv::Encoding::Auto); };
    kind.run = [](Database& db, const QByteArray& bytes, bool dryRun, const std::optional<import::Mapping>& mapping,
                   const QString& source, const TaskContext&) {
        OrganisationImport::Options options;
        options.dryRun = dryRun;
        options.mapping = mapping;
        options.source = source;
        return OrganisationImport(db).run(bytes, options);
    };
    runImport(parent, session, kind, file);
}

} // namespace kmuni
