// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonRepository.h"

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/Similarity.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWrite.h"
#include "db/Sql.h"
#include "db/TextMatch.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonRepository)
};

const QString entity = entityCode(EntityKind::Person);

const QString selectColumns
    = u"p.id, p.uuid, p.organisation_id, p.salutation, p.title, p.first_name, p.last_name, p.function, p.email, "
      "p.phone, p.mobile, p.notes, p.legal_basis, p.consent_date, p.do_not_contact, p.archived, p.erased, "
      "p.created_at, p.updated_at, p.row_version"_s;

Person fromRow(const QSqlQuery& q)
{
    Person p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.uuid = q.value(i++).toString();
    p.organisationId = q.value(i++).toLongLong();
    p.salutation = q.value(i++).toString();
    p.title = q.value(i++).toString();
    p.firstName = q.value(i++).toString();
    p.lastName = q.value(i++).toString();
    p.function = q.value(i++).toString();
    p.email = q.value(i++).toString();
    p.phone = q.value(i++).toString();
    p.mobile = q.value(i++).toString();
    p.notes = q.value(i++).toString();
    p.legalBasis = q.value(i++).toString();
    p.consentDate = time::dateFromStorage(q.value(i++).toString());
    p.doNotContact = q.value(i++).toBool();
    p.archived = q.value(i++).toBool();
    p.erased = q.value(i++).toBool();
    p.createdAt = time::fromStorage(q.value(i++).toString());
    p.updatedAt = time::fromStorage(q.value(i++).toString());
    p.version = q.value(i++).toLongLong();
    return p;
}

} // namespace

PersonRepository::PersonRepository(Database& db)
    : m_db(db)
{ }

Result<Person> PersonRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" FROM persons p WHERE p.id = ?"_s, {id}, fromRow);
}

Result<Person> PersonRepository::findByUuid(const QString& uuid) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" FROM persons p WHERE p.uuid = ?"_s, {uuid}, fromRow);
}

Result<QList<Person>> PersonRepository::list(const PersonFilter& filter, int limit) const
{
    QSqlQuery q(m_db.connection());
    return sql::firstRows(
        q, selectColumns + u" FROM persons p"_s, filter.condition(), u"p.archived, p.sort_key, p.id"_s, limit, fromRow);
}

ListQuery PersonRepository::listQuery(const PersonFilter& filter, bool descending) const
{
    ListQuery query;
    query.from = u"persons p LEFT JOIN organisations o ON o.id = p.organisation_id"_s;
    query.baseFrom = u"persons p"_s;
    query.condition = filter.condition();
    query.columns = {u"p.id"_s, u"p.last_name"_s, u"p.first_name"_s, u"p.title"_s, u"p.function"_s, u"o.name"_s,
        u"p.email"_s, u"p.phone"_s, u"p.do_not_contact"_s, u"p.organisation_id"_s};
    // The archived flag is part of the key only when the list shows both (see OrganisationRepository).
    query.orderBy = filter.includeArchived ? QStringList{u"p.archived"_s, u"p.sort_key"_s, u"p.id"_s}
                                           : QStringList{u"p.sort_key"_s, u"p.id"_s};
    query.descending = descending;
    return query;
}

FieldErrors PersonRepository::check(Person& p) const
{
    for (QString* field : {&p.title, &p.firstName, &p.lastName, &p.function, &p.email}) {
        *field = field->trimmed();
    }
    FieldErrors errors = p.validate();
    for (auto [field, name] : {std::pair{&p.phone, u"phone"_s}, std::pair{&p.mobile, u"mobile"_s}}) {
        if (hasErrorFor(errors, name)) {
            continue; // too long or a control character: said already
        }
        bool ok = true;
        const QString normalised = phone::normalise(*field, &ok);
        if (ok) {
            *field = normalised;
        } else {
            errors.append({name, phone::notANumber(*field)});
        }
    }
    if (p.organisationId > 0) {
        QSqlQuery q(m_db.connection());
        const auto exists = sql::row(q, u"SELECT 1 FROM organisations WHERE id = ?"_s, {p.organisationId},
            [](const QSqlQuery&) { return true; });
        if (exists.failed()) {
            errors.append({QString(), exists.error()});
        } else if (!exists) {
            errors.append({u"organisationId"_s, Tr::tr("The organisation does not exist.")});
        }
    }
    return errors;
}

bool PersonRepository::reindex(const Person& p, QString* error)
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"DELETE FROM person_search WHERE rowid = ?"_s, {p.id}, error)) {
        return false;
    }
    const auto [name, other] = indexTexts(p);
    return sql::run(q, u"INSERT INTO person_search(rowid, name, other) VALUES (?, ?, ?)"_s, {p.id, name, other}, error);
}

std::pair<QString, QString> PersonRepository::indexTexts(const Person& p)
{
    return {fold::forIndex(QStringList{p.firstName, p.lastName}.join(u' ').trimmed()),
        fold::forIndex(QStringList{p.email, p.function}.join(u' '))};
}

sql::Columns PersonRepository::storedRow(const Person& p)
{
    return {
        {u"uuid"_s, p.uuid},
        {u"organisation_id"_s, sql::idOrNull(p.organisationId)},
        {u"salutation"_s, p.salutation},
        {u"title"_s, p.title},
        {u"first_name"_s, p.firstName},
        {u"last_name"_s, p.lastName},
        {u"function"_s, p.function},
        {u"email"_s, p.email},
        {u"phone"_s, p.phone},
        {u"mobile"_s, p.mobile},
        {u"notes"_s, p.notes},
        {u"legal_basis"_s, p.legalBasis},
        {u"consent_date"_s, sql::textOrNull(time::dateToStorage(p.consentDate))},
        {u"do_not_contact"_s, p.doNotContact ? 1 : 0},
        {u"archived"_s, p.archived ? 1 : 0},
        {u"erased"_s, p.erased ? 1 : 0},
        {u"sort_key"_s, fold::personSortKey(p.lastName, p.firstName)},
        {u"created_at"_s, time::toStorage(p.createdAt)},
        {u"updated_at"_s, time::toStorage(p.updatedAt)},
    };
}

sql::RecordWrites<Person> PersonRepository::writes()
{
    return {
        .table = u"persons"_s,
        .entity = entity,
        .gone = Tr::tr("The person no longer exists."),
        .check = [this](Person& person) { return check(person); },
        .columns = storedRow,
        .refuse =
            [](const Person& stored) {
                return stored.erased ? Tr::tr("This person was erased; the record cannot be changed.") : QString();
            },
        .writeBeside = [this](Person& person, const Person*, QString* error) { return reindex(person, error); },
        .removeBeside = [this](const Person& stored, QString* error) { return removeBeside(stored, error); },
    };
}

bool PersonRepository::save(Person& p, QString* error, bool* conflict)
{
    return sql::saveRecord(m_db, *this, p, writes(), error, conflict);
}

bool PersonRepository::setArchived(Id id, bool archived, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    auto p = sql::lockedRow(m_db, u"persons"_s, id, *this, Tr::tr("The person no longer exists."));
    if (!p.ok(error)) {
        return false;
    }
    if (p->archived == archived) {
        return true;
    }
    if (p->erased) {
        return fail(error, Tr::tr("An erased person stays archived."));
    }
    const QVariantMap before = p->toMap();
    p->archived = archived;
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"UPDATE persons SET archived = ?, updated_at = ? WHERE id = ?"_s,
            {archived ? 1 : 0, time::toStorage(time::now()), id}, error)
        || !audit::record(m_db, entity, id, p->uuid, archived ? u"archive"_s : u"unarchive"_s,
            audit::diff(before, p->toMap()), error)) {
        return false;
    }
    return tx.commit(error);
}

Result<int> PersonRepository::eventCount(Id id) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT count(DISTINCT event_id) FROM event_participants WHERE person_id = ?"_s, {id},
        [](const QSqlQuery& r) { return r.value(0).toInt(); });
}

bool PersonRepository::remove(Id id, QString* error)
{
    return sql::removeRecord(m_db, *this, id, writes(), error);
}

bool PersonRepository::removeBeside(const Person& p, QString* error)
{
    QSqlQuery q(m_db.connection());
    const auto matchCount
        = sql::row(q, u"SELECT count(*) FROM matches WHERE company_person_id = ? OR university_person_id = ?"_s,
            {p.id, p.id}, [](const QSqlQuery& r) { return r.value(0).toInt(); });
    const auto eventTotal = eventCount(p.id);
    if (!matchCount.ok(error) || !eventTotal.ok(error)) {
        return false;
    }
    const int matches = matchCount.valueOr(0);
    const int events = eventTotal.valueOr(0);
    if (events > 0 || matches > 0) {
        return fail(error,
            Tr::tr("%1 took part in %2 activities and %3 matches, which the funding documentation needs. "
                   "Archive the person instead.")
                .arg(p.displayName())
                .arg(events)
                .arg(matches));
    }
    return sql::run(q, u"DELETE FROM person_search WHERE rowid = ?"_s, {p.id}, error);
}

Result<QList<Person>> PersonRepository::findSimilar(
    const QString& firstName, const QString& lastName, const QString& email, Id exceptId) const
{
    using R = Result<QList<Person>>;
    QList<Person> result;
    QString error;
    QSqlQuery q(m_db.connection());
    const QString lastKey = similarity::nameKey(lastName);
    const QString firstKey = similarity::nameKey(firstName);
    if (lastKey.size() >= 2) {
        const QString prefix = fold::sortKey(lastName).left(2);
        const auto candidates = sql::rows(q,
            u"SELECT "_s + selectColumns
                + u" FROM persons p WHERE p.archived IN (0, 1) AND p.sort_key >= ? AND p.sort_key < ? AND p.id <> ? LIMIT 2000"_s,
            {prefix, sql::prefixUpperBound(prefix), exceptId}, fromRow);
        if (candidates.failed()) {
            return candidates;
        }
        for (const Person& p : *candidates) {
            if (similarity::nearlySame(lastKey, similarity::nameKey(p.lastName))
                && (firstKey.isEmpty() || similarity::nearlySame(firstKey, similarity::nameKey(p.firstName)))) {
                result << p;
            }
        }
    }
    if (!email.trimmed().isEmpty()) {
        const auto sameEmail = sql::rows(q,
            u"SELECT "_s + selectColumns + u" FROM persons p WHERE p.email = ? COLLATE NOCASE AND p.id <> ?"_s,
            {email.trimmed(), exceptId}, fromRow);
        if (sameEmail.failed()) {
            return sameEmail;
        }
        for (const Person& p : *sameEmail) {
            if (std::none_of(result.cbegin(), result.cend(), [&](const Person& r) { return r.id == p.id; })) {
                result << p;
            }
        }
    }
    return R(result);
}

} // namespace kmuni
