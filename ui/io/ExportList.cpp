// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportList.h"

#include "Session.h"
#include "common/Time.h"
#include "db/Database.h"
#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ExportList)
};
} // namespace

void exportList(QWidget* parent, Session& session, const exports::Selection& selection)
{
    if (!session.isOpen()) {
        return;
    }
    const QString title = Tr::tr("Export %1").arg(exports::listTitle(selection.list));
    const QString excel = Tr::tr("CSV for Excel (*.csv)");
    const QString rfc = Tr::tr("CSV, comma-separated (RFC 4180) (*.csv)");
    const QString xlsx = Tr::tr("Excel workbook (*.xlsx)");
    QString name = exports::listTitle(selection.list) + u' ' + time::today().toString(u"yyyy-MM-dd"_s);
    QString chosen = excel;
    QString path = QFileDialog::getSaveFileName(parent, title,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u".csv"_s,
        QStringList{excel, rfc, xlsx}.join(u";;"_s), &chosen);
    if (path.isEmpty()) {
        return;
    }
    // The suffix decides the format; without one, the chosen filter does.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"xlsx"_s) {
        path += chosen == xlsx ? u".xlsx"_s : u".csv"_s;
    }
    exports::Options options;
    options.format = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? io::TableFormat::Xlsx : io::TableFormat::Csv;
    options.dialect = chosen == rfc ? csv::Dialect::Rfc4180 : csv::Dialect::ExcelGerman;

    bool written = false;
    io::Failure failure = io::Failure::None;
    QString error;
    const bool ran = runInBackground(
        parent, title, Tr::tr("Writing %1 …").arg(QFileInfo(path).fileName()), session.db().path(),
        [&](Database& db, const TaskContext& context) {
            written = exports::write(db, selection, path, options, &error, context.progress, &failure);
        },
        &error, Access::Read);
    if (!ran || (!written && failure != io::Failure::Cancelled)) {
        QMessageBox::warning(parent, title, error);
    }
}

} // namespace kmuni
