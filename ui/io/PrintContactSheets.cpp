// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintContactSheets.h"

#include "Session.h"
#include "db/Database.h"
#include "io/ContactSheet.h"
#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PrintContactSheets)
};
} // namespace

void printContactSheets(QWidget* parent, Session& session, const QList<Id>& ids)
{
    if (!session.isOpen() || ids.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(Tr::tr("Contact sheets"));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(u"printPreview"_s);
    preview.setWindowTitle(Tr::tr("Contact sheets: print preview"));
    if (parent) {
        // Big enough to read a page: most of the main window.
        preview.resize(parent->window()->size() * 0.9);
    }
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter* device) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        contactsheet::print(session.db(), ids, device);
        QGuiApplication::restoreOverrideCursor();
    });
    preview.exec();
}

void saveContactSheetsAsPdf(QWidget* parent, Session& session, const QList<Id>& ids, const QString& suggestedName)
{
    if (!session.isOpen() || ids.isEmpty()) {
        return;
    }
    QString name = suggestedName;
    for (const QChar c : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'}) {
        name.replace(c, u'-');
    }
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save contact sheets as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u".pdf"_s,
        Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    bool written = false;
    QString error;
    const bool ran = runInBackground(
        parent, Tr::tr("Save contact sheets as PDF"), Tr::tr("Writing %n contact sheet(s) …", nullptr, int(ids.size())),
        session.db().path(),
        [&](Database& db, const TaskContext& context) {
            written = contactsheet::writePdf(db, ids, path, &error, context.progress);
        },
        &error);
    if (!ran || (!written && error != Tr::tr("Cancelled."))) {
        QMessageBox::warning(parent, Tr::tr("Save contact sheets as PDF"), error);
    }
}

} // namespace kmuni
