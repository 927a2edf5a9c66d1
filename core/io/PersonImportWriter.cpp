// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImportWriter.h"

#include "common/Ids.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Statement.h"
#include "organisations/OrganisationRepository.h"
#include "persons/Person.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <span>
#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni::import::detail {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

// A new person's row is written with the repository's columns and values; its audit row here.
constexpr char insertAudit[]
    = "INSERT INTO audit_log(at, user_name, entity, entity_id, entity_uuid, action, changes) VALUES ";
constexpr char auditRow[] = "(?, ?, 'person', ?, ?, 'import', ?)";

struct Writer
{
    Database& db;
    Plan& plan;
    ImportReport& report;
    const PersonImport::Options& options;
    const PersonImport::Progress& progress;
    int total = 0;
    sqlite::ScopedBulkIndex* searchIndex = nullptr;

    bool fail(const QString& message)
    {
        report.error = message;
        report.databaseFailed = true;
        return false;
    }

    bool organisations(QList<Id>* createdIds)
    {
        QString error;
        OrganisationRepository repo(db);
        for (const OrganisationCells& cells : std::as_const(plan.organisations.created)) {
            Organisation o = cells.toOrganisation(*createdIds);
            if (!repo.save(o, &error)) {
                return fail(Tr::tr("Organisation \"%1\" cannot be created: %2").arg(o.displayName(), error));
            }
            createdIds->append(o.id);
        }
        for (const qsizetype i : std::as_const(plan.organisations.completed)) {
            const OrganisationCells& filled = plan.organisations.stored[i];
            auto stored = repo.find(plan.organisations.storedIds[i]);
            if (!stored) {
                return fail(Tr::tr("Organisation \"%1\" cannot be read: %2").arg(filled.name, stored.error()));
            }
            const std::pair<QString Organisation::*, const QString OrganisationCells::*> parts[]
                = {{&Organisation::legalForm, &OrganisationCells::legalForm},
                    {&Organisation::street, &OrganisationCells::street},
                    {&Organisation::postalCode, &OrganisationCells::postalCode},
                    {&Organisation::city, &OrganisationCells::city}, {&Organisation::phone, &OrganisationCells::phone},
                    {&Organisation::website, &OrganisationCells::website},
                    {&Organisation::email, &OrganisationCells::email}};
            for (const auto& [member, given] : parts) {
                if (((*stored).*member).isEmpty()) {
                    (*stored).*member = filled.*given;
                }
            }
            if (!repo.save(*stored, &error)) {
                return fail(Tr::tr("Organisation \"%1\" cannot be saved: %2").arg(filled.name, error));
            }
        }
        return true;
    }

    bool updates(const QList<Id>& createdIds)
    {
        PersonRepository repo(db);
        QString error;
        for (const Slot& s : std::as_const(plan.people)) {
            if (!s.stored || !s.changed) {
                continue;
            }
            auto stored = repo.find(s.id);
            const Person n = personOf(s);
            if (!stored) {
                return fail(Tr::tr("%1 cannot be read: %2").arg(n.displayName(), stored.error()));
            }
            Person& p = *stored;
            p.salutation = n.salutation;
            p.title = n.title;
            p.firstName = n.firstName;
            p.lastName = n.lastName;
            p.function = n.function;
            p.email = n.email;
            p.phone = n.phone;
            p.mobile = n.mobile;
            p.notes = n.notes;
            p.legalBasis = n.legalBasis;
            p.consentDate = n.consentDate;
            p.doNotContact = n.doNotContact;
            p.organisationId = n.organisationId < 0 ? createdIds.value(-n.organisationId - 1) : n.organisationId;
            if (!repo.save(p, &error)) {
                return fail(Tr::tr("%1 cannot be saved: %2").arg(p.displayName(), error));
            }
        }
        return true;
    }

    // The new persons go in blocks of many rows per statement, on both engines: on a server every
    // statement is a round trip, and in a file every statement copies the pages it changes to its
    // statement journal first (a row at a time, that was a third of the import). Their ids come back
    // by uuid; their audit rows follow in a block of their own.
    bool inserts(const QList<Id>& createdIds)
    {
        // A bulk write into big indexes (file only; a server tunes itself): a large page cache keeps
        // SQLite from spilling pages to the journal. 64 MiB: 128 MiB was no faster (500,000 persons
        // and 100,000 rows more) and is memory the plan of a big file needs.
        const sqlite::ScopedPragma cache(db.handle(), "cache_size", -65536);
        const bool file = !db.isServer();
        QList<qsizetype> pending;
        for (qsizetype i = 0; i < plan.people.size(); ++i) {
            if (!plan.people[i].stored) {
                pending << i;
            }
        }
        if (file && !pending.isEmpty() && searchIndex != nullptr) {
            searchIndex->begin(); // written in a few large segments at the commit (see ScopedBulkIndex)
        }
        // A chunk of rows at a time, their values made ready on all cores, then written a block at a time.
        Blocks blocks{db, options.source};
        constexpr qsizetype chunk = 8192;
        QList<NewRow> rows;
        int done = 0;
        for (qsizetype from = 0; from < pending.size(); from += chunk) {
            const qsizetype count = std::min(chunk, pending.size() - from);
            rows.resize(count);
            for (NewRow& row : rows) {
                row.uuid = newUuid(); // here, in the order of the rows: the uuid index grows at its end
            }
            inParallel(count, workerCount(), [&](qsizetype first, qsizetype last, int) {
                for (qsizetype k = first; k < last; ++k) {
                    newRow(rows[k], plan.people[pending[from + k]], createdIds, blocks.now, !file);
                }
            });
            for (qsizetype b = 0; b < count; b += Blocks::size) {
                const qsizetype n = std::min(Blocks::size, count - b);
                const Slot& first = plan.people[pending[from + b]];
                if (!blocks.prepare(n)
                    || !insertBlock(blocks, std::span<const NewRow>(rows).subspan(b, n),
                        std::span<const qsizetype>(pending).subspan(from + b, n), file)) {
                    return fail(Tr::tr("Line %1 cannot be saved: %2").arg(first.firstLine).arg(blocks.error()));
                }
                done += int(n);
                if (progress && !progress(total / 3 + done * (file ? 1 : 2) / 3, total)) {
                    report.cancelled = true;
                    return false; // the transaction rolls back
                }
            }
        }
        return !file || searchRows(pending);
    }

    /** The block statements, prepared once for the full block and once for the last, shorter one. */
    struct Blocks
    {
        static constexpr qsizetype size = 500; // 19 values a row: below SQLite's 32,766 and a server's 65,535
        Blocks(Database& database, const QString& source)
            : db(database)
            , changes(
                  QString::fromUtf8(QJsonDocument(QJsonObject{{u"source"_s, source}}).toJson(QJsonDocument::Compact)))
        { }

        Database& db;
        qsizetype preparedFor = 0;
        std::unique_ptr<sqlite::Statement> persons;
        std::unique_ptr<sqlite::Statement> audit;
        const QDateTime now = time::now();
        const QString nowText = time::toStorage(now);
        const QString user = db.userName();
        const QString changes;
        QString failure; ///< of a statement outside the two

        bool prepare(qsizetype count)
        {
            if (count == preparedFor) {
                return true;
            }
            const auto rows = [&](int width) {
                return QStringList(count, u'(' + sql::placeholders(width) + u')').join(u", "_s).toLatin1();
            };
            QStringList columns;
            for (const auto& [column, value] : PersonRepository::storedRow(Person())) {
                columns << column;
            }
            const QByteArray insert = QByteArray("INSERT INTO persons(") + columns.join(u", "_s).toLatin1()
                + ") VALUES " + rows(int(columns.size())) + " RETURNING id, uuid";
            persons = std::make_unique<sqlite::Statement>(db, insert.constData());
            audit = std::make_unique<sqlite::Statement>(
                db, QByteArray(insertAudit + QByteArrayList(count, auditRow).join(", ")).constData());
            preparedFor = count;
            return persons->isValid() && audit->isValid();
        }

        QString error() const
        {
            return !failure.isEmpty() ? failure : !persons->error().isEmpty() ? persons->error() : audit->error();
        }
    };

    // A new person's row: its values in the repository's columns, and on a server its search texts.
    struct NewRow
    {
        QString uuid;
        QList<sqlite::Cell> cells; ///< in the columns' order of every row, ready to bind
        std::pair<QString, QString> texts;
    };

    // Fills @p row, whose uuid is given, for @p slot.
    static void newRow(NewRow& row, const Slot& slot, const QList<Id>& createdIds, const QDateTime& now, bool withTexts)
    {
        Person p = personOf(slot);
        if (p.organisationId < 0) {
            p.organisationId = createdIds.value(-p.organisationId - 1);
        }
        p.uuid = row.uuid;
        p.createdAt = p.updatedAt = now;
        const sql::Columns values = PersonRepository::storedRow(p);
        row.cells.resize(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            row.cells[i] = sqlite::Cell::of(values[i].second);
        }
        row.texts = withTexts ? PersonRepository::indexTexts(p) : std::pair<QString, QString>();
    }

    // One block of new persons (@p rows, for the slots @p at) and their audit rows; on a server also their
    // search rows (a file writes those after all the persons, see searchRows()).
    bool insertBlock(Blocks& blocks, std::span<const NewRow> rows, std::span<const qsizetype> at, bool file)
    {
        QHash<QString, qsizetype> byUuid;
        int column = 0;
        const auto size = qsizetype(rows.size());
        for (qsizetype k = 0; k < size; ++k) {
            byUuid.insert(rows[k].uuid, k);
            for (const sqlite::Cell& cell : rows[k].cells) {
                blocks.persons->bind(++column, cell);
            }
        }
        QVariantList search;
        column = 0;
        while (blocks.persons->next()) {
            const QString uuid = blocks.persons->text(1);
            const qsizetype k = byUuid.value(uuid);
            Slot& slot = plan.people[at[k]];
            slot.id = blocks.persons->int64(0);
            blocks.audit->bind(column + 1, blocks.nowText).bind(column + 2, blocks.user).bind(column + 3, slot.id);
            blocks.audit->bind(column + 4, uuid).bind(column + 5, blocks.changes);
            column += 5;
            search << slot.id << rows[k].texts.first << rows[k].texts.second;
        }
        if (!blocks.persons->error().isEmpty() || column != 5 * size || !blocks.audit->exec()) {
            return false;
        }
        QSqlQuery q(db.connection());
        if (!file
            && !sql::run(q,
                u"INSERT INTO person_search(rowid, name, other) VALUES "_s
                    + QStringList(size, u"(?, ?, ?)"_s).join(u", "_s),
                search, &blocks.failure)) {
            return false;
        }
        return true;
    }

    // A file's search rows, after all the persons: written in between, they cost three times as much
    // (measured at 500,000 persons: 9.3 s against 3.7 s for 100,000 rows). Their text is folded a
    // block at a time on all cores, as the person is stored.
    bool searchRows(const QList<qsizetype>& created)
    {
        sqlite::Statement index(db.handle(), "INSERT INTO person_search(rowid, name, other) VALUES (?, ?, ?)");
        if (!index.isValid()) {
            return fail(index.error());
        }
        int done = 0;
        constexpr qsizetype block = 8192;
        QList<std::pair<sqlite::Cell, sqlite::Cell>> texts;
        for (qsizetype from = 0; from < created.size(); from += block) {
            const qsizetype count = std::min(block, created.size() - from);
            texts.resize(count);
            inParallel(count, workerCount(), [&](qsizetype first, qsizetype last, int) {
                for (qsizetype k = first; k < last; ++k) {
                    const auto [name, other] = PersonRepository::indexTexts(personOf(plan.people[created[from + k]]));
                    texts[k] = {sqlite::Cell::of(name), sqlite::Cell::of(other)};
                }
            });
            for (qsizetype k = 0; k < count; ++k) {
                const Slot& s = plan.people[created[from + k]];
                index.bind(1, s.id).bind(2, texts[k].first).bind(3, texts[k].second);
                if (!index.exec()) {
                    return fail(Tr::tr("Line %1 cannot be saved: %2").arg(s.firstLine).arg(index.error()));
                }
                if (progress && ++done % 2000 == 0 && !progress(total * 2 / 3 + done / 3, total)) {
                    report.cancelled = true;
                    return false;
                }
            }
        }
        return true;
    }
};

} // namespace

bool writePlan(Database& db, Plan& plan, ImportReport& report, const PersonImport::Options& options,
    const PersonImport::Progress& progress, int total, sqlite::ScopedBulkIndex* searchIndex)
{
    Writer writer{db, plan, report, options, progress, total, searchIndex};
    QList<Id> createdIds;
    return writer.organisations(&createdIds) && writer.updates(createdIds) && writer.inserts(createdIds);
}

} // namespace kmuni::import::detail
