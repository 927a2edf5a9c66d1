// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationRepository.h"

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/Similarity.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWrite.h"
#include "db/Sql.h"
#include "db/TextMatch.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::OrganisationRepository)
};

const QString entity = entityCode(EntityKind::Organisation);

const QString selectColumns
    = u"o.id, o.uuid, o.kind, o.parent_id, o.name, o.short_name, o.legal_form, o.institute_type, o.sector, o.street, "
      "o.postal_code, o.city, o.website, o.phone, o.email, o.employees, o.is_sme, o.is_pilot, o.stage, "
      "o.responsible_staff_id, o.needs, o.offers, o.notes, o.archived, o.archived_reason, o.created_at, o.updated_at, "
      "o.row_version"_s;

Organisation fromRow(const QSqlQuery& q)
{
    Organisation o;
    int i = 0;
    o.id = q.value(i++).toLongLong();
    o.uuid = q.value(i++).toString();
    o.kind = q.value(i++).toString();
    o.parentId = q.value(i++).toLongLong();
    o.name = q.value(i++).toString();
    o.shortName = q.value(i++).toString();
    o.legalForm = q.value(i++).toString();
    o.instituteType = q.value(i++).toString();
    o.sector = q.value(i++).toString();
    o.street = q.value(i++).toString();
    o.postalCode = q.value(i++).toString();
    o.city = q.value(i++).toString();
    o.website = q.value(i++).toString();
    o.phone = q.value(i++).toString();
    o.email = q.value(i++).toString();
    const QVariant employees = q.value(i++);
    if (!employees.isNull()) {
        o.employees = employees.toInt();
    }
    o.isSme = q.value(i++).toBool();
    o.isPilot = q.value(i++).toBool();
    o.stage = q.value(i++).toString();
    o.responsibleStaffId = q.value(i++).toLongLong();
    o.needs = q.value(i++).toString();
    o.offers = q.value(i++).toString();
    o.notes = q.value(i++).toString();
    o.archived = q.value(i++).toBool();
    o.archivedReason = q.value(i++).toString();
    o.createdAt = time::fromStorage(q.value(i++).toString());
    o.updatedAt = time::fromStorage(q.value(i++).toString());
    o.version = q.value(i++).toLongLong();
    return o;
}

// An organisation's row as a save writes it: each column of the organisations table with its value.
sql::Columns storedRow(const Organisation& o)
{
    return {
        {u"uuid"_s, o.uuid},
        {u"kind"_s, o.kind},
        {u"parent_id"_s, sql::idOrNull(o.parentId)},
        {u"name"_s, o.name},
        {u"short_name"_s, o.shortName},
        {u"legal_form"_s, o.legalForm},
        {u"institute_type"_s, o.instituteType},
        {u"sector"_s, o.sector},
        {u"street"_s, o.street},
        {u"postal_code"_s, o.postalCode},
        {u"city"_s, o.city},
        {u"website"_s, o.website},
        {u"phone"_s, o.phone},
        {u"email"_s, o.email},
        {u"employees"_s, o.employees ? QVariant(*o.employees) : QVariant(QMetaType(QMetaType::Int))},
        {u"is_sme"_s, o.isSme ? 1 : 0},
        {u"is_pilot"_s, o.isPilot ? 1 : 0},
        {u"stage"_s, o.stage},
        {u"responsible_staff_id"_s, sql::idOrNull(o.responsibleStaffId)},
        {u"needs"_s, o.needs},
        {u"offers"_s, o.offers},
        {u"notes"_s, o.notes},
        {u"archived"_s, o.archived ? 1 : 0},
        {u"archived_reason"_s, o.archivedReason},
        {u"sort_key"_s, fold::sortKey(o.name)},
        {u"city_key"_s, fold::sortKey(o.city)},
        {u"created_at"_s, time::toStorage(o.createdAt)},
        {u"updated_at"_s, time::toStorage(o.updatedAt)},
    };
}

} // namespace

OrganisationRepository::OrganisationRepository(Database& db)
    : m_db(db)
{ }

Result<Organisation> OrganisationRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" FROM organisations o WHERE o.id = ?"_s, {id}, fromRow);
}

Result<Organisation> OrganisationRepository::findByUuid(const QString& uuid) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" FROM organisations o WHERE o.uuid = ?"_s, {uuid}, fromRow);
}

Result<QList<Organisation>> OrganisationRepository::list(const OrganisationFilter& filter, int limit) const
{
    QSqlQuery q(m_db.connection());
    return sql::firstRows(q, selectColumns + u" FROM organisations o"_s, filter.condition(),
        u"o.archived, o.sort_key, o.id"_s, limit, fromRow);
}

ListQuery OrganisationRepository::listQuery(const OrganisationFilter& filter, Sort sort, bool descending) const
{
    ListQuery query;
    query.from = u"organisations o LEFT JOIN organisations parent ON parent.id = o.parent_id"_s;
    query.baseFrom = u"organisations o"_s;
    query.condition = filter.condition();
    query.columns = {
        u"o.id"_s,
        u"o.name"_s,
        u"o.legal_form"_s,
        u"o.kind"_s,
        u"o.sector"_s,
        u"o.city"_s,
        u"o.stage"_s,
        u"o.is_pilot"_s,
        u"o.archived"_s,
        u"parent.name"_s,
        u"(SELECT max(p.starts_local) FROM event_participants p WHERE p.organisation_id = o.id)"_s,
    };
    // Each order has its index behind the archived flag (see the schema): pages are index ranges.
    switch (sort) {
    case Sort::Name:
        query.orderBy = {u"o.archived"_s, u"o.sort_key"_s, u"o.id"_s};
        break;
    case Sort::City:
        query.orderBy = {u"o.archived"_s, u"o.city_key"_s, u"o.sort_key"_s, u"o.id"_s};
        break;
    case Sort::Sector:
        query.orderBy = {u"o.archived"_s, u"o.sector"_s, u"o.sort_key"_s, u"o.id"_s};
        break;
    case Sort::Kind:
        query.orderBy = {u"o.archived"_s, u"o.kind"_s, u"o.sort_key"_s, u"o.id"_s};
        break;
    }
    // With the archived flag fixed by the filter it is no part of the key: the key's row-value
    // comparison then stays a plain index range.
    if (filter.archived != OrganisationFilter::Archived::All) {
        query.orderBy.removeFirst();
    }
    query.descending = descending;
    return query;
}

Result<QStringList> OrganisationRepository::cities() const
{
    QSqlQuery q(m_db.connection());
    // One spelling per city: the index has the keys, one row per key gives its name.
    return sql::rows(q,
        u"SELECT (SELECT c.city FROM organisations c WHERE c.archived = 0 AND c.city_key = k.city_key LIMIT 1) "
        "FROM (SELECT DISTINCT city_key FROM organisations WHERE archived = 0 AND city_key <> '') k "
        "ORDER BY k.city_key"_s,
        {}, [](const QSqlQuery& r) { return r.value(0).toString(); });
}

FieldErrors OrganisationRepository::check(Organisation& o) const
{
    for (QString* field : {&o.name, &o.shortName, &o.legalForm, &o.street, &o.postalCode, &o.city, &o.website, &o.email,
             &o.archivedReason}) {
        *field = field->trimmed();
    }
    if (!o.website.isEmpty() && !o.website.contains(u"://"_s)) {
        o.website.prepend(u"https://"_s);
    }
    FieldErrors errors = o.validate();
    bool phoneOk = true;
    // A phone number too long or with a control character is said already.
    const QString phone = hasErrorFor(errors, u"phone"_s) ? o.phone : phone::normalise(o.phone, &phoneOk);
    if (!phoneOk) {
        errors.append({u"phone"_s, phone::notANumber(o.phone)});
    } else {
        o.phone = phone;
    }
    if (o.parentId > 0) {
        const auto parent = find(o.parentId);
        if (parent.failed()) {
            errors.append({QString(), parent.error()});
        } else if (!parent || parent->kind != u"university"_s) {
            errors.append({u"parentId"_s, Tr::tr("An institute's parent must be a university.")});
        }
    }
    return errors;
}

bool OrganisationRepository::reindex(const Organisation& o, QString* error)
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"DELETE FROM organisation_search WHERE rowid = ?"_s, {o.id}, error)) {
        return false;
    }
    const QString name = fold::forIndex(QStringList{o.name, o.shortName}.join(u' ').trimmed());
    const QString other = fold::forIndex(QStringList{o.street, o.postalCode, o.city, o.email, o.website}.join(u' '));
    return sql::run(
        q, u"INSERT INTO organisation_search(rowid, name, other) VALUES (?, ?, ?)"_s, {o.id, name, other}, error);
}

sql::RecordWrites<Organisation> OrganisationRepository::writes()
{
    return {
        .table = u"organisations"_s,
        .entity = entity,
        .gone = Tr::tr("The organisation no longer exists."),
        .check = [this](Organisation& organisation) { return check(organisation); },
        .columns = storedRow,
        .writeBeside = [this](Organisation& organisation, const Organisation*,
                           QString* error) { return reindex(organisation, error); },
        .removeBeside = [this](const Organisation& stored, QString* error) { return removeBeside(stored, error); },
    };
}

bool OrganisationRepository::save(Organisation& o, QString* error, bool* conflict)
{
    return sql::saveRecord(m_db, *this, o, writes(), error, conflict);
}

bool OrganisationRepository::setArchived(Id id, bool archived, const QString& reason, QString* error)
{
    if (archived && reason.trimmed().isEmpty()) {
        return fail(error, Tr::tr("Say why the organisation is archived."));
    }
    FieldErrors problems;
    if (archived
        && !validate::text(problems, u"archivedReason"_s,
            QCoreApplication::translate("kmuni::Organisation", "Reason for archiving"), reason.trimmed(),
            TextKind::Short)) {
        return fail(error, describe(problems));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    auto o = sql::lockedRow(m_db, u"organisations"_s, id, *this, Tr::tr("The organisation no longer exists."));
    if (!o.ok(error)) {
        return false;
    }
    const QVariantMap before = o->toMap();
    o->archived = archived;
    o->archivedReason = archived ? reason.trimmed() : QString();
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"UPDATE organisations SET archived = ?, archived_reason = ?, updated_at = ? WHERE id = ?"_s,
            {archived ? 1 : 0, o->archivedReason, time::toStorage(time::now()), id}, error)) {
        return false;
    }
    if (!audit::record(m_db, entity, id, o->uuid, archived ? u"archive"_s : u"unarchive"_s,
            audit::diff(before, o->toMap()), error)) {
        return false;
    }
    return tx.commit(error);
}

bool OrganisationRepository::setStage(Id id, const QString& stage, QString* error)
{
    if (!stage.isEmpty() && !vocab::contains(vocab::List::OutreachStage, stage)) {
        return fail(error, Tr::tr("Unknown outreach stage \"%1\".").arg(stage));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    auto o = sql::lockedRow(m_db, u"organisations"_s, id, *this, Tr::tr("The organisation no longer exists."));
    if (!o.ok(error)) {
        return false;
    }
    if (o->stage == stage) {
        return true;
    }
    const QVariantMap before = o->toMap();
    o->stage = stage;
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"UPDATE organisations SET stage = ?, updated_at = ? WHERE id = ?"_s,
            {stage, time::toStorage(time::now()), id}, error)
        || !audit::record(m_db, entity, id, o->uuid, u"update"_s, audit::diff(before, o->toMap()), error)) {
        return false;
    }
    return tx.commit(error);
}

bool OrganisationRepository::archive(Id id, const QString& reason, QString* error)
{
    return setArchived(id, true, reason, error);
}

bool OrganisationRepository::unarchive(Id id, QString* error)
{
    return setArchived(id, false, {}, error);
}

Result<OrganisationUsage> OrganisationRepository::usage(Id id) const
{
    QSqlQuery q(m_db.connection());
    const QString statement = u"SELECT (SELECT count(*) FROM event_participants WHERE organisation_id = ?), "
                              "(SELECT count(*) FROM persons WHERE organisation_id = ?), "
                              "(SELECT count(*) FROM matches WHERE company_id = ? OR university_id = ?), "
                              "(SELECT count(*) FROM organisations WHERE parent_id = ?), "
                              "(SELECT count(*) FROM follow_ups WHERE organisation_id = ?), "
                              "(SELECT count(*) FROM follow_ups WHERE organisation_id = ? AND done = 0)"_s;
    return sql::row(q, statement, {id, id, id, id, id, id, id}, [](const QSqlQuery& r) {
        OrganisationUsage u;
        u.events = r.value(0).toInt();
        u.persons = r.value(1).toInt();
        u.matches = r.value(2).toInt();
        u.institutes = r.value(3).toInt();
        u.followUps = r.value(4).toInt();
        u.openFollowUps = r.value(5).toInt();
        return u;
    });
}

bool OrganisationRepository::remove(Id id, QString* error)
{
    return sql::removeRecord(m_db, *this, id, writes(), error);
}

bool OrganisationRepository::removeBeside(const Organisation& o, QString* error)
{
    const Id id = o.id;
    const auto usageNow = usage(id);
    if (!usageNow.ok(error)) {
        return false;
    }
    const OrganisationUsage u = usageNow.valueOr({});
    if (u.any()) {
        if (error) {
            QStringList what;
            if (u.events > 0) {
                what << Tr::tr("%n activity(s)", "", u.events);
            }
            if (u.persons > 0) {
                what << Tr::tr("%n contact person(s)", "", u.persons);
            }
            if (u.matches > 0) {
                what << Tr::tr("%n match(es)", "", u.matches);
            }
            if (u.institutes > 0) {
                what << Tr::tr("%n institute(s)", "", u.institutes);
            }
            if (u.followUps > 0) {
                what << Tr::tr("%n follow-up(s)", "", u.followUps);
            }
            *error = Tr::tr("%1 cannot be deleted because it has %2, which the funding documentation needs. Archive it "
                            "instead.")
                         .arg(o.name, what.join(u", "_s));
        }
        return false;
    }
    QSqlQuery q(m_db.connection());
    return sql::run(q, u"UPDATE staff SET partner_id = NULL WHERE partner_id = ?"_s, {id}, error)
        && sql::run(q, u"DELETE FROM organisation_search WHERE rowid = ?"_s, {id}, error);
}

Result<QList<Organisation>> OrganisationRepository::findSimilar(
    const QString& name, const QString& email, Id exceptId) const
{
    QList<Organisation> result;
    const QString key = similarity::nameKey(name);
    QSqlQuery q(m_db.connection());
    if (key.size() >= 3) {
        const QString prefix = fold::sortKey(name).left(3);
        const auto candidates = sql::rows(q,
            u"SELECT "_s + selectColumns
                + u" FROM organisations o WHERE o.archived IN (0, 1) AND o.sort_key >= ? AND o.sort_key < ? AND "
                  u"o.id <> ? LIMIT 500"_s,
            {prefix, sql::prefixUpperBound(prefix), exceptId}, fromRow);
        if (candidates.failed()) {
            return candidates;
        }
        for (const Organisation& o : *candidates) {
            if (similarity::nearlySame(key, similarity::nameKey(o.name))) {
                result << o;
            }
        }
    }
    if (!email.trimmed().isEmpty()) {
        const auto sameEmail = sql::rows(q,
            u"SELECT "_s + selectColumns + u" FROM organisations o WHERE lower(o.email) = lower(?) AND o.id <> ?"_s,
            {email.trimmed(), exceptId}, fromRow);
        if (sameEmail.failed()) {
            return sameEmail;
        }
        for (const Organisation& o : *sameEmail) {
            if (std::none_of(result.cbegin(), result.cend(), [&](const Organisation& r) { return r.id == o.id; })) {
                result << o;
            }
        }
    }
    return Result<QList<Organisation>>(result);
}

} // namespace kmuni
