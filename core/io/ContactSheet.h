// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"
#include "io/PrivateFile.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace kmuni {

class Database;

/**
 * Kontaktblatt: what staff take to a company visit on one A4 page (or more): master data and
 * address, contact persons with function, phone and e-mail (do-not-contact marked), the last
 * contacts, open follow-ups, matches and their stage, which partners were in touch.
 */
namespace contactsheet {

/** The sheet of organisation @p id as a document (nullptr when it does not exist); @p title gets its name. */
Result<std::shared_ptr<QTextDocument>> build(Database& db, Id id, QString* title = nullptr);

/** The active pilot companies in German name order. */
Result<QList<Id>> pilotCompanies(Database& db);
/** Every active organisation in German name order. */
Result<QList<Id>> allOrganisations(Database& db);

/**
 * Prints the sheets of @p ids on @p device (a printer or a PDF writer), each starting on a new page.
 * @p progress (optional) gets (done, total) and may return false to cancel.
 * @return the number of pages, -1 when cancelled, or the error of a sheet that could not be read.
 */
Result<int> print(
    Database& db, const QList<Id>& ids, QPagedPaintDevice* device, const std::function<bool(int, int)>& progress = {});

/**
 * Writes the sheets of @p ids into the PDF file @p path; false with @p error set on failure, and
 * *@p failure (when given) says why nothing was written: the path, the disk, the database.
 */
bool writePdf(Database& db, const QList<Id>& ids, const QString& path, QString* error,
    const std::function<bool(int, int)>& progress = {}, io::Failure* failure = nullptr);

} // namespace contactsheet
} // namespace kmuni
