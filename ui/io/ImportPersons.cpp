// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPersons.h"

#include "ImportMappingDialog.h"
#include "Session.h"
#include "db/Database.h"
#include "io/PersonImport.h"
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
    Q_DECLARE_TR_FUNCTIONS(kmuni::ImportPersons)
};
} // namespace

void importPersons(QWidget* parent, Session& session, const QString& file)
{
    if (!session.isOpen()) {
        return;
    }
    const QString path = !file.isEmpty()
        ? file
        : QFileDialog::getOpenFileName(parent, Tr::tr("Import contact persons"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            Tr::tr("Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCards (*.vcf "
                   "*.vcard);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, Tr::tr("Import contact persons"),
            Tr::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), input.errorString()));
        return;
    }
    const QByteArray bytes = input.readAll();
    PersonImport::Options options;
    options.source = QFileInfo(path).fileName();
    // A CSV file's columns are shown with what they will be taken over as, to be changed if need be.
    if (!PersonImport::isVCard(bytes)) {
        ImportPreview preview = PersonImport::preview(bytes, options.encoding);
        if (!preview.error.isEmpty()) {
            QMessageBox::warning(parent, Tr::tr("Import contact persons"), preview.error);
            return;
        }
        preview.mapping = ImportMappingDialog::remembered(preview.header, preview.mapping);
        ImportMappingDialog columns(options.source, preview, parent);
        if (columns.exec() != QDialog::Accepted) {
            return;
        }
        options.mapping = columns.mapping();
    }

    // First a trial run: nothing is written, every problem is found.
    options.dryRun = true;
    ImportReport check;
    QString error;
    const auto run = [&](const QString& label, ImportReport* report) {
        return runInBackground(
            parent, Tr::tr("Import contact persons"), label, session.db().path(),
            [&](Database& db, const TaskContext& context) {
                *report = PersonImport(db).run(bytes, options, context.progress);
            },
            &error);
    };
    if (!run(Tr::tr("Checking %1 …").arg(options.source), &check)) {
        QMessageBox::warning(parent, Tr::tr("Import contact persons"), error);
        return;
    }
    if (check.cancelled) {
        return;
    }
    if (!check.error.isEmpty() || !check.rejected.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, Tr::tr("Import contact persons"),
            check.error.isEmpty() ? check.describe(12) : check.error, QMessageBox::Ok, parent);
        if (check.rejected.size() > 12) {
            box.setDetailedText(check.describe(100000));
        }
        box.exec();
        return;
    }
    QMessageBox confirm(QMessageBox::Question, Tr::tr("Import contact persons"),
        check.describe(12) + u"\n\n"_s + Tr::tr("Import %1 now?").arg(options.source),
        QMessageBox::Yes | QMessageBox::No, parent);
    confirm.setDefaultButton(QMessageBox::Yes);
    confirm.button(QMessageBox::Yes)->setText(Tr::tr("Import"));
    if (!check.columns.isEmpty()) {
        confirm.setDetailedText(
            Tr::tr("Columns:") + u"\n"_s + check.describeColumns().join(u'\n') + u"\n\n"_s + check.describe(100000));
    }
    const auto answer = confirm.exec();
    if (answer != QMessageBox::Yes) {
        return;
    }
    options.dryRun = false;
    ImportReport result;
    if (!run(Tr::tr("Importing %1 …").arg(options.source), &result)) {
        QMessageBox::warning(parent, Tr::tr("Import contact persons"), error);
        return;
    }
    if (result.written) {
        Database::checkpointLater(session.db().path());
        session.notifyChanged(EntityKind::Person, 0);
        QMessageBox::information(parent, Tr::tr("Import contact persons"), result.describe());
    } else if (!result.cancelled) {
        QMessageBox::warning(parent, Tr::tr("Import contact persons"), result.describe());
    }
}

} // namespace kmuni
