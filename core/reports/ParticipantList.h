// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"
#include "io/PrivateFile.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace kmuni {
class Database;
}

/**
 * Teilnehmerliste: the sign-in sheet of an activity that the funding body asks for as evidence:
 * project name, funding reference and line, room for the EU and NRW logos, date, place, topic, and
 * one row per participant with their organisation and an empty column to sign in, plus a few
 * blank rows for those who come unannounced.
 */
namespace kmuni::participantlist {

/** The list of activity @p eventId as a document (nullptr when there is no such activity). */
Result<std::shared_ptr<QTextDocument>> build(Database& db, Id eventId, QString* title = nullptr);

/** Prints it on @p device; @return the number of pages, 0 when there is no such activity. */
Result<int> print(Database& db, Id eventId, QPagedPaintDevice* device);

/** Writes it as a PDF file (complete or not at all); false with @p error on failure. */
bool writePdf(Database& db, Id eventId, const QString& path, QString* error, io::Failure* failure = nullptr);

} // namespace kmuni::participantlist
