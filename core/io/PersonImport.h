// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"
#include "ImportMapping.h"
#include "ImportReport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace kmuni {

class Database;

/**
 * Imports contact persons from CSV (German Excel or RFC 4180, UTF-8 or Windows-1252) or vCard, all
 * rows or none: one transaction, prepared statements, every row checked as the form checks it.
 *
 * Columns are recognised by their headers (import::detect: Outlook, Google, Thunderbird, LinkedIn,
 * German Excel lists, our own export) or mapped by the caller; every column with values is either
 * taken over or named in the report.
 *
 * A re-import updates, it does not duplicate: a row is the stored person with the same e-mail, else
 * with the same first and last name at the same organisation (folded: case, accents and umlaut
 * spelling aside) unless both have e-mail addresses and they differ. Values in the file change the stored ones; empty
 * cells change nothing. Organisations are found by name, legal form and umlaut spelling aside, and created as companies
 * when unknown, with the address, phone and website the file gives; a stored organisation gets them
 * where it has none, and a different stored value is reported, not changed.
 *
 * A CSV file is read, checked and planned a batch of rows at a time; what stays from a row is what
 * the import decided (its outcome in the report, a packed person to write), so a file of a city's
 * contacts (50 MB, 330,000 rows) takes a few hundred MB, not its size several times over. Nothing is
 * written before every row is checked.
 */
class PersonImport final
{
public:
    enum class Format
    {
        Auto, ///< vCard when the file starts with BEGIN:VCARD, else CSV
        Csv,
        VCard
    };
    struct Options
    {
        csv::Encoding encoding = csv::Encoding::Auto;
        bool dryRun = false;
        QString source; ///< the file name, for the audit log
        Format format = Format::Auto;
        std::optional<import::Mapping> mapping; ///< CSV: the user's choice per column, else detected
        /**
         * Rows read, checked and planned at a time, and bytes read from the file at a time: what
         * an import holds beyond its plan. A test makes them small to cross their edges.
         */
        int batchRows = 8192;
        qsizetype chunkSize = csv::Reader::defaultChunkSize;
    };
    /**
     * Called now and then with rows done and total (while the file is read, the total is estimated
     * from how far it is read); return false to cancel (nothing is written).
     */
    using Progress = std::function<bool(int done, int total)>;

    explicit PersonImport(Database& db);
    ImportReport run(const QByteArray& bytes, const Options& options, const Progress& progress = {});
    /**
     * The same from a file (any seekable device), read a chunk at a time: a CSV file of any size is
     * not held in memory, only what the import decides per row (vCards and workbooks are read whole).
     */
    ImportReport run(QIODevice& file, const Options& options, const Progress& progress = {});

    /** The header, detected mapping and first @p sampleRows rows of a CSV file. */
    static ImportPreview preview(const QByteArray& bytes, csv::Encoding encoding, int sampleRows = 5);
    /** The same from a file, read a chunk at a time. */
    static ImportPreview preview(QIODevice& file, csv::Encoding encoding, int sampleRows = 5);
    /** True when @p bytes look like vCards (BEGIN:VCARD first). */
    static bool isVCard(const QByteArray& bytes);

private:
    /** One pass over @p file; @p redo set when a guessed phone number was wrong (nothing written). */
    ImportReport runOnce(
        QIODevice& file, bool vcard, bool guessPhones, const Options& options, const Progress& progress, bool* redo);

    Database& m_db;
};

} // namespace kmuni
