// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintContactSheets.h"

#include "PrintPreview.h"

#include "Session.h"
#include "db/Database.h"
#include "io/ContactSheet.h"
#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPrinter>

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
    showPrintPreview(parent, Tr::tr("Contact sheets: print preview"), Tr::tr("Contact sheets"),
        [&](QPrinter* printer) { contactsheet::print(session.db(), ids, printer); });
}

void saveContactSheetsAsPdf(QWidget* parent, Session& session, const QList<Id>& ids, const QString& suggestedName)
{
    if (!session.isOpen() || ids.isEmpty()) {
        return;
    }
    const QString path = askSaveFileName(
        parent, Tr::tr("Save contact sheets as PDF"), suggestedName, u"pdf"_s, Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    bool written = false;
    bool cancelled = false;
    QString error;
    const bool ran = runInBackground(
        parent, Tr::tr("Save contact sheets as PDF"), Tr::tr("Writing %n contact sheet(s) …", nullptr, int(ids.size())),
        session.db().path(),
        [&](Database& db, const TaskContext& context) {
            written = contactsheet::writePdf(db, ids, path, &error, [&](int done, int total) {
                cancelled = !context.progress(done, total);
                return !cancelled;
            });
        },
        &error, Access::Read);
    if (!ran || (!written && !cancelled)) {
        QMessageBox::warning(parent, Tr::tr("Save contact sheets as PDF"), error);
    }
}

} // namespace kmuni
