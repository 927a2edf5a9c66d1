// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImport.h"

#include "PersonImportPlan.h"
#include "PersonImportRows.h"
#include "PersonImportWriter.h"
#include "PersonVCard.h"
#include "PhoneGuess.h"
#include "common/Similarity.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "persons/Person.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

using import::detail::OrganisationCache;
using import::detail::plan;
using import::detail::Plan;
using import::detail::readRows;
using import::detail::readStored;
using import::detail::Row;
using import::detail::workerCount;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

} // namespace

PersonImport::PersonImport(Database& db)
    : m_db(db)
{ }

bool PersonImport::isVCard(const QByteArray& bytes)
{
    QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF")) {
        start = start.mid(3).trimmed();
    }
    return start.toUpper().startsWith("BEGIN:VCARD");
}

ImportPreview PersonImport::preview(const QByteArray& bytes, csv::Encoding encoding, int sampleRows)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return preview(buffer, encoding, sampleRows);
}

ImportPreview PersonImport::preview(QIODevice& file, csv::Encoding encoding, int sampleRows)
{
    kmuni::import::RowReader rows(&file, encoding, import::Target::Persons, std::nullopt);
    return ImportPreview::of(rows, sampleRows);
}

namespace {

// A file without the columns of a name: why, for the user.
QString headerError(import::RowReader& rows)
{
    // A file that cannot be read says so first, as when it was read whole.
    csv::Record record;
    while (rows.next(&record)) { }
    return !rows.error().isEmpty()
        ? rows.error()
        : Tr::tr("The first line must name the columns, one of them the last name (\"Nachname\", "
                 "\"last name\") or the full name (\"Name\"); found: %1.")
              .arg(import::headerExcerpt(rows.header()));
}

/**
 * One run of the import, one method per step: the rows planned a batch at a time, the plan checked,
 * then written. What it finds goes into the report.
 */
class Importer
{
public:
    Importer(Database& db, import::RowReader& rows, const PersonImport::Options& options,
        const PersonImport::Progress& progress, ImportReport& report, bool guessPhones)
        : m_db(db)
        , m_rows(rows)
        , m_options(options)
        , m_progress(progress)
        , m_report(report)
        , m_planning(readStored(db, m_planned, &m_readError))
        , m_plannedOk(m_planning)
        , m_guessing(guessPhones)
    { }

    bool planBatches();
    bool checkPlan();
    void write();
    /** A guessed phone number was wrong: the file is to be imported again, without guesses. */
    bool mustRedo() const { return m_redo; }

private:
    void planBatch(const QList<Row>& read);

    Database& m_db;
    import::RowReader& m_rows;
    const PersonImport::Options& m_options;
    const PersonImport::Progress& m_progress;
    ImportReport& m_report;
    // What is stored already. A read that fails here must not look like "nobody yet" (they would be
    // created again); rows to correct are said first all the same. (Read as the members are made:
    // m_planned and m_readError first.)
    Plan m_planned;
    QString m_readError;
    bool m_planning;
    bool m_plannedOk;
    int m_total = 0;
    // Phone numbers guessed while the rows are read: confirmed before anything is reported or written.
    const bool m_guessing;
    import::detail::PhoneGuesses m_guesses;
    bool m_redo = false;
};

// The rows a batch at a time: read, checked and planned, then forgotten but for the plan. A row
// to correct stops the planning (nothing is imported then), not the checking of the others.
// False when the user cancels.
bool Importer::planBatches()
{
    const auto workers = size_t(workerCount());
    std::vector<OrganisationCache> caches(workers);
    QList<csv::Record> batch;
    while (true) {
        batch.clear();
        csv::Record record;
        while (batch.size() < std::max(1, m_options.batchRows) && m_rows.next(&record)) {
            m_report.countValues(record.fields);
            batch << std::move(record);
            record = {};
        }
        if (batch.isEmpty()) {
            break;
        }
        const QList<Row> read = readRows(batch, m_rows.mapping(), caches, m_guessing);
        planBatch(read);
        const double through = m_rows.progress();
        if (m_progress && !m_progress(m_total / 3, through > 0 ? std::max(m_total, int(m_total / through)) : m_total)) {
            m_report.cancelled = true;
            return false;
        }
    }
    return true;
}

void Importer::planBatch(const QList<Row>& read)
{
    m_total += int(read.size());
    for (const Row& row : read) {
        for (const QString& number : row.guessedPhones) {
            m_guesses.add(number);
        }
        for (int i : row.notTaken) {
            ++m_report.columns[i].notTaken;
        }
        if (!row.skipped.isEmpty()) {
            m_report.skipped.append({row.line, row.skipped});
        }
        for (const QString& check : row.toCheck) {
            m_report.toCheck.append({row.line, check});
        }
        for (const QString& note : row.notes) {
            m_report.notes.append({row.line, note});
        }
        if (!row.problems.isEmpty()) {
            m_report.rejected.append({row.line, row.problems.join(u' ')});
        }
    }
    m_planning = m_planning && m_report.rejected.isEmpty();
    if (m_planning && !plan(m_db, read, m_planned, m_report, &m_readError)) {
        m_planning = m_plannedOk = false;
    }
}

// The whole file read: true when its plan can be written (or tried out); else the report says why.
bool Importer::checkPlan()
{
    m_report.rows = m_total;
    if (!m_report.rejected.isEmpty()) {
        if (m_guessing) {
            m_guesses.startConfirming(); // on both cores
            if (!m_guesses.confirmed()) {
                m_redo = true; // what the rows to correct say may be wrong
                return false;
            }
        }
        // Nothing is planned for a file with rows to correct: only they are said.
        m_report.created = m_report.updated = m_report.unchanged = 0;
        m_report.organisationsCreated = m_report.organisationsUpdated = m_report.organisationRows = 0;
        m_report.changes.clear();
        m_report.organisationNotes.clear();
        return false;
    }
    if (!m_plannedOk) {
        m_report.error = Tr::tr("The stored persons and organisations cannot be read: %1").arg(m_readError);
        m_report.databaseFailed = true;
        return false;
    }
    if (m_progress && !m_progress(m_total / 3, m_total)) {
        m_report.cancelled = true;
        return false;
    }
    return true;
}

// The plan written, all or nothing.
void Importer::write()
{
    m_planned.forgetLookups();
    // The commit does not copy the journal back into the file (checkpoint) as its last step: that
    // happens afterwards, beside the work (Database::checkpointLater()), not while the user waits.
    // (Put back before the commit, the setting made the commit do it all the same.)
    const sqlite::ScopedPragma checkpoints(m_db.handle(), "wal_autocheckpoint", 0);
    sqlite::ScopedBulkIndex searchIndex(m_db.handle(), "person_search"); // put back after the commit
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_report.error = tx.error();
        m_report.databaseFailed = true;
        return;
    }
    m_guesses.startConfirming(); // on the core the writer leaves idle
    if (!import::detail::writePlan(m_db, m_planned, m_report, m_options, m_progress, m_total, &searchIndex)) {
        return; // the transaction rolls back
    }
    if (!m_guesses.confirmed()) {
        m_redo = true; // the transaction rolls back
        return;
    }
    QString error;
    if (!tx.commit(&error)) {
        m_report.error = error;
        m_report.databaseFailed = true;
        return;
    }
    m_report.written = true;
    if (m_progress) {
        m_progress(m_total, m_total);
    }
}

} // namespace

ImportReport PersonImport::run(const QByteArray& bytes, const Options& options, const Progress& progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return run(buffer, options, progress);
}

ImportReport PersonImport::run(QIODevice& file, const Options& options, const Progress& progress)
{
    const bool vcard = options.format == Format::VCard || (options.format == Format::Auto && isVCard(file.peek(64)));
    // A big file's German phone numbers are guessed while it is read and confirmed while it is
    // written. Where a guess was wrong (none is known), the file is read again from the start, the
    // numbers checked as they are read. Not on a dry run: it writes nothing to overlap with.
    const bool guess = !vcard && !options.dryRun && !file.isSequential();
    const qint64 start = file.pos();
    bool redo = false;
    ImportReport report = runOnce(file, vcard, guess, options, progress, &redo);
    if (redo) {
        if (!file.seek(start)) {
            ImportReport unreadable;
            unreadable.error = Tr::tr("The file cannot be read a second time: %1").arg(file.errorString());
            return unreadable;
        }
        report = runOnce(file, vcard, false, options, progress, &redo);
    }
    return report;
}

ImportReport PersonImport::runOnce(
    QIODevice& file, bool vcard, bool guessPhones, const Options& options, const Progress& progress, bool* redo)
{
    ImportReport report;
    // vCards are read whole (a file of contacts from a phone, not of a city); CSV a chunk at a time.
    const std::unique_ptr<import::RowReader> rows = vcard
        ? std::make_unique<import::RowReader>(exports::vcardSource(file.readAll()))
        : std::make_unique<import::RowReader>(
            &file, options.encoding, import::Target::Persons, options.mapping, options.chunkSize);
    if (!rows->error().isEmpty()) {
        report.error = rows->error();
        return report;
    }
    if (!import::namesPersons(rows->mapping())) {
        report.error = headerError(*rows);
        return report;
    }
    if (!options.mapping && !vcard) {
        // The columns chosen by the user are theirs; detected ones must fit.
        if (QString wrong = import::wrongKind(rows->header(), import::Target::Persons); !wrong.isEmpty()) {
            report.error = std::move(wrong);
            return report;
        }
    }
    report.countColumns(rows->header(), rows->mapping());
    if (!rows->note().isEmpty()) {
        report.notes.append({0, rows->note()});
    }
    Importer importer(m_db, *rows, options, progress, report, guessPhones);
    if (!importer.planBatches()) {
        return report;
    }
    if (!rows->error().isEmpty()) {
        // As when the file was read whole: a file that cannot be read has no rows.
        ImportReport unreadable;
        unreadable.error = rows->error();
        return unreadable;
    }
    if (!importer.checkPlan() || options.dryRun) {
        *redo = importer.mustRedo();
        return report;
    }
    importer.write();
    *redo = importer.mustRedo();
    return report;
}

} // namespace kmuni
