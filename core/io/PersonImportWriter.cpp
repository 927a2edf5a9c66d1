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
#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni::import::detail {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

// A new person's row and its audit row, as the file's statements (a row at a time) and the server's
// (many rows at a time) write them: 17 values of a person in this order.
constexpr char insertPerson[]
    = "INSERT INTO persons(uuid, organisation_id, salutation, title, first_name, last_name, function, email, phone, "
      "mobile, notes, legal_basis, consent_date, do_not_contact, sort_key, created_at, updated_at) VALUES ";
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
            Organisation o = cells.toOrganisation();
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
                    {&Organisation::website, &OrganisationCells::website}};
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

    // On a server every statement is a round trip: the new persons go in blocks of many rows per
    // statement (ids back by uuid), their search and audit rows likewise. The same columns and values
    // as the file's statements below.
    bool insertsOnServer(const QList<Id>& createdIds)
    {
        constexpr qsizetype block = 500; // 17 values a row: well below the server's 65,535 parameters
        const QString now = time::toStorage(time::now());
        const QString changes = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"source"_s, options.source}}).toJson(QJsonDocument::Compact));
        const QString user = db.userName();
        QList<qsizetype> pending;
        for (qsizetype i = 0; i < plan.people.size(); ++i) {
            if (!plan.people[i].stored) {
                pending << i;
            }
        }
        QSqlQuery q(db.connection());
        QString error;
        int done = 0;
        for (qsizetype from = 0; from < pending.size(); from += block) {
            const qsizetype count = std::min(block, pending.size() - from);
            QVariantList persons;
            QVariantList index;
            QHash<QString, qsizetype> byUuid;
            for (qsizetype k = 0; k < count; ++k) {
                Person p = personOf(plan.people[pending[from + k]]);
                if (p.organisationId < 0) {
                    p.organisationId = createdIds.value(-p.organisationId - 1);
                }
                p.uuid = newUuid();
                byUuid.insert(p.uuid, k);
                persons << p.uuid << sql::idOrNull(p.organisationId) << p.salutation << p.title << p.firstName
                        << p.lastName << p.function << p.email << p.phone << p.mobile << p.notes << p.legalBasis
                        << (p.consentDate.isValid() ? QVariant(time::dateToStorage(p.consentDate)) : QVariant())
                        << (p.doNotContact ? 1 : 0) << fold::personSortKey(p.lastName, p.firstName) << now << now;
                index << fold::forIndex(QString(p.firstName + u' ' + p.lastName).trimmed())
                      << fold::forIndex(QString(p.email + u' ' + p.function));
            }
            const auto rows
                = [&](int width) { return QStringList(count, u'(' + sql::placeholders(width) + u')').join(u", "_s); };
            if (!sql::run(q, QLatin1StringView(insertPerson) + rows(17) + u" RETURNING id, uuid"_s, persons, &error)) {
                return fail(Tr::tr("Line %1 cannot be saved: %2").arg(plan.people[pending[from]].firstLine).arg(error));
            }
            QVariantList search;
            QVariantList audit;
            while (q.next()) {
                const qsizetype k = byUuid.value(q.value(1).toString());
                Slot& slot = plan.people[pending[from + k]];
                slot.id = q.value(0).toLongLong();
                search << slot.id << index[2 * k] << index[2 * k + 1];
                audit << now << user << slot.id << q.value(1) << changes;
            }
            q.finish();
            if (!sql::run(q, u"INSERT INTO person_search(rowid, name, other) VALUES "_s + rows(3), search, &error)
                || !sql::run(q,
                    QLatin1StringView(insertAudit) + QStringList(count, QString::fromLatin1(auditRow)).join(u", "_s),
                    audit, &error)) {
                return fail(Tr::tr("Line %1 cannot be saved: %2").arg(plan.people[pending[from]].firstLine).arg(error));
            }
            done += int(count);
            if (progress && !progress(total / 3 + done * 2 / 3, total)) {
                report.cancelled = true;
                return false; // the transaction rolls back
            }
        }
        return true;
    }

    bool inserts(const QList<Id>& createdIds)
    {
        if (db.isServer()) {
            return insertsOnServer(createdIds);
        }
        // A bulk write into big indexes: a large page cache keeps SQLite from spilling pages to the
        // journal, and the search index merges its segments after the import rather than during it.
        // 64 MiB: 128 MiB was no faster (500,000 persons and 100,000 rows more) and is memory the
        // plan of a big file needs.
        const sqlite::ScopedPragma cache(db.handle(), "cache_size", -65536);
        // The commit does not copy the journal back into the file at once (checkpoint): that happens
        // afterwards, beside the work (Database::checkpointLater()), not while the user waits.
        const sqlite::ScopedPragma checkpoints(db.handle(), "wal_autocheckpoint", 0);
        // Tuning only: a failure costs speed, not data, so it is not an error of the import.
        QSqlQuery tune(db.connection());
        tune.exec(u"INSERT INTO person_search(person_search, rank) VALUES ('automerge', 0)"_s);
        // One prepared statement each, reused for every row, on the raw connection (Qt SQL's overhead
        // per value would be most of the time here).
        sqlite::Statement insert(
            db.handle(), QByteArray(QByteArray(insertPerson) + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").constData());
        sqlite::Statement index(db.handle(), "INSERT INTO person_search(rowid, name, other) VALUES (?, ?, ?)");
        sqlite::Statement audit(db.handle(), QByteArray(QByteArray(insertAudit) + auditRow).constData());
        if (!insert.isValid() || !index.isValid() || !audit.isValid()) {
            return fail(insert.error() + index.error() + audit.error());
        }
        const QString now = time::toStorage(time::now());
        const QString changes = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"source"_s, options.source}}).toJson(QJsonDocument::Compact));
        const QString user = db.userName();
        int done = 0;
        QList<qsizetype> created;
        for (qsizetype i = 0; i < plan.people.size(); ++i) {
            Slot& s = plan.people[i];
            if (s.stored) {
                continue;
            }
            Person p = personOf(s);
            if (p.organisationId < 0) {
                p.organisationId = createdIds.value(-p.organisationId - 1);
            }
            p.uuid = newUuid();
            insert.bind(1, p.uuid);
            p.organisationId > 0 ? insert.bind(2, p.organisationId) : insert.bindNull(2);
            insert.bind(3, p.salutation).bind(4, p.title).bind(5, p.firstName).bind(6, p.lastName).bind(7, p.function);
            insert.bind(8, p.email).bind(9, p.phone).bind(10, p.mobile).bind(11, p.notes).bind(12, p.legalBasis);
            p.consentDate.isValid() ? insert.bind(13, time::dateToStorage(p.consentDate)) : insert.bindNull(13);
            insert.bind(14, p.doNotContact ? 1 : 0)
                .bind(15, fold::personSortKey(p.lastName, p.firstName))
                .bind(16, now)
                .bind(17, now);
            if (!insert.exec()) {
                return fail(Tr::tr("Line %1 cannot be saved: %2").arg(s.firstLine).arg(insert.error()));
            }
            s.id = insert.lastInsertId();
            audit.bind(1, now).bind(2, user).bind(3, s.id).bind(4, p.uuid).bind(5, changes);
            if (!audit.exec()) {
                return fail(Tr::tr("Line %1 cannot be saved: %2").arg(s.firstLine).arg(audit.error()));
            }
            created << i;
            if (progress && ++done % 2000 == 0 && !progress(total / 3 + done / 3, total)) {
                report.cancelled = true;
                return false; // the transaction rolls back
            }
        }
        // The search rows after all the persons: written in between, they cost three times as much
        // (measured at 500,000 persons: 9.3 s against 3.7 s for 100,000 rows). Their text is folded
        // a block at a time on all cores, as the person is stored.
        done = 0;
        constexpr qsizetype block = 8192;
        QList<std::pair<QString, QString>> texts;
        for (qsizetype from = 0; from < created.size(); from += block) {
            const qsizetype count = std::min(block, created.size() - from);
            texts.resize(count);
            inParallel(count, workerCount(), [&](qsizetype first, qsizetype last, int) {
                for (qsizetype k = first; k < last; ++k) {
                    const Person p = personOf(plan.people[created[from + k]]);
                    texts[k] = {fold::forIndex(QString(p.firstName + u' ' + p.lastName).trimmed()),
                        fold::forIndex(QString(p.email + u' ' + p.function))};
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
        QSqlQuery merge(db.connection());
        merge.exec(u"INSERT INTO person_search(person_search, rank) VALUES ('automerge', 4)"_s);
        return true;
    }
};

} // namespace

bool writePlan(Database& db, Plan& plan, ImportReport& report, const PersonImport::Options& options,
    const PersonImport::Progress& progress, int total)
{
    Writer writer{db, plan, report, options, progress, total};
    QList<Id> createdIds;
    return writer.organisations(&createdIds) && writer.updates(createdIds) && writer.inserts(createdIds);
}

} // namespace kmuni::import::detail
