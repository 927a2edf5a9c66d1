// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportList.h"

#include "Session.h"
#include "common/Time.h"
#include "db/Database.h"
#include "io/EventIcsExport.h"
#include "io/PersonVCard.h"
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

void exportList(QWidget* parent, Session& session, const exports::Selection& selection, const QString& file)
{
    if (!session.isOpen()) {
        return;
    }
    const QString title = Tr::tr("Export %1").arg(exports::listTitle(selection.list));
    const QString excel = Tr::tr("CSV for Excel (*.csv)");
    const QString rfc = Tr::tr("CSV, comma-separated (RFC 4180) (*.csv)");
    const QString xlsx = Tr::tr("Excel workbook (*.xlsx)");
    const QString vcf = Tr::tr("vCard (*.vcf)");
    // Desktop Outlook reads vCards up to 3.0; 4.0 (RFC 6350) suits the others.
    const QString vcf3 = Tr::tr("vCard 3.0, for Outlook (*.vcf)");
    const QString ics = Tr::tr("iCalendar (*.ics)");
    QStringList filters{excel, rfc, xlsx};
    // The persons also as contacts for Outlook or a phone, the activities as calendar entries.
    if (selection.list == exports::List::Persons) {
        filters << vcf << vcf3;
    } else if (selection.list == exports::List::Activities) {
        filters << ics;
    }
    QString name = exports::listTitle(selection.list) + u' ' + time::today().toString(u"yyyy-MM-dd"_s);
    QString chosen = excel;
    QString path = file.isEmpty() ? QFileDialog::getSaveFileName(parent, title,
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u".csv"_s,
                       filters.join(u";;"_s), &chosen)
                                  : file;
    if (path.isEmpty()) {
        return;
    }
    // The suffix decides the format; without one, the chosen filter does.
    QStringList suffixes{u"csv"_s, u"xlsx"_s};
    if (filters.contains(vcf)) {
        suffixes << u"vcf"_s;
    } else if (filters.contains(ics)) {
        suffixes << u"ics"_s;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes.contains(suffix)) {
        path += chosen == xlsx                ? u".xlsx"_s
            : chosen == vcf || chosen == vcf3 ? u".vcf"_s
            : chosen == ics                   ? u".ics"_s
                                              : u".csv"_s;
    }
    const auto endsWith = [&path](const QString& s) { return path.endsWith(s, Qt::CaseInsensitive); };
    const bool asVCards = filters.contains(vcf) && endsWith(u".vcf"_s);
    const vcard::Version vcardVersion = chosen == vcf3 ? vcard::Version::V30 : vcard::Version::V40;
    const bool asCalendar = filters.contains(ics) && endsWith(u".ics"_s);
    exports::Options options;
    options.format = endsWith(u".xlsx"_s) ? io::TableFormat::Xlsx : io::TableFormat::Csv;
    options.dialect = chosen == rfc ? csv::Dialect::Rfc4180 : csv::Dialect::ExcelGerman;

    bool written = false;
    io::Failure failure = io::Failure::None;
    QString error;
    const bool ran = runInBackground(
        parent, title, Tr::tr("Writing %1 …").arg(QFileInfo(path).fileName()), session.db().path(),
        [&](Database& db, const TaskContext& context) {
            if (asVCards) {
                written = exports::writeVCards(db, selection.persons, path, vcardVersion, &error, &failure);
            } else if (asCalendar) {
                written = writeEventsIcs(db, selection.activities, path, &error, &failure);
            } else {
                written = exports::write(db, selection, path, options, &error, context.progress, &failure);
            }
        },
        &error, Access::Read);
    if (!ran || (!written && failure != io::Failure::Cancelled)) {
        QMessageBox::warning(parent, title, error);
    }
}

} // namespace kmuni
