// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationRepository.h"

#include "common/Error.h"
#include "common/Similarity.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/TextFold.h"
#include "db/Transaction.h"
#include "search/TextMatch.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::OrganisationRepository)
};

const QString entity = u"organisation"_s;

const QString selectColumns
    = u"o.id, o.uuid, o.kind, o.parent_id, o.name, o.short_name, o.legal_form, o.institute_type, o.sector, o.street, "
      "o.postal_code, o.city, o.website, o.phone, o.email, o.employees, o.is_sme, o.is_pilot, o.stage, "
      "o.responsible_staff_id, o.needs, o.offers, o.notes, o.archived, o.archived_reason, o.created_at, o.updated_at"_s;

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
    return o;
}

} // namespace

OrganisationRepository::OrganisationRepository(Database& db)
    : m_db(db)
{ }

std::optional<Organisation> OrganisationRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    if (sql::run(q, u"SELECT "_s + selectColumns + u" FROM organisations o WHERE o.id = ?"_s, {id}, nullptr)
        && q.next()) {
        return fromRow(q);
    }
    return std::nullopt;
}

std::optional<Organisation> OrganisationRepository::findByUuid(const QString& uuid) const
{
    QSqlQuery q(m_db.connection());
    if (sql::run(q, u"SELECT "_s + selectColumns + u" FROM organisations o WHERE o.uuid = ?"_s, {uuid}, nullptr)
        && q.next()) {
        return fromRow(q);
    }
    return std::nullopt;
}

QList<Organisation> OrganisationRepository::list(const OrganisationFilter& filter, int limit) const
{
    const SqlCondition c = filter.condition();
    QString statement = u"SELECT "_s + selectColumns + u" FROM organisations o"_s;
    if (!c.clauses.isEmpty()) {
        statement += u" WHERE "_s + c.where();
    }
    statement += u" ORDER BY o.archived, o.sort_key, o.id LIMIT ?"_s;
    QSqlQuery q(m_db.connection());
    QList<Organisation> result;
    if (sql::run(q, statement, c.values + QVariantList{limit}, nullptr)) {
        while (q.next()) {
            result << fromRow(q);
        }
    }
    return result;
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

QStringList OrganisationRepository::cities() const
{
    QStringList result;
    QSqlQuery q(m_db.connection());
    // One spelling per city: the index has the keys, one row per key gives its name.
    if (q.exec(u"SELECT (SELECT c.city FROM organisations c WHERE c.archived = 0 AND c.city_key = k.city_key LIMIT 1) "
               "FROM (SELECT DISTINCT city_key FROM organisations WHERE archived = 0 AND city_key <> '') k "
               "ORDER BY k.city_key"_s)) {
        while (q.next()) {
            result << q.value(0).toString();
        }
    }
    return result;
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
    const QString phone = phone::normalise(o.phone, &phoneOk);
    if (!phoneOk) {
        errors.append({u"phone"_s,
            QCoreApplication::translate("kmuni::Organisation", "\"%1\" is not a phone number.").arg(o.phone)});
    } else {
        o.phone = phone;
    }
    if (o.parentId > 0) {
        const auto parent = find(o.parentId);
        if (!parent || parent->kind != u"university"_s) {
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

bool OrganisationRepository::save(Organisation& o, QString* error)
{
    const FieldErrors problems = check(o);
    if (!problems.isEmpty()) {
        if (error) {
            *error = describe(problems);
        }
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error) {
            *error = tx.error();
        }
        return false;
    }
    const bool inserting = o.id == 0;
    QVariantMap before;
    if (!inserting) {
        const auto old = find(o.id);
        if (!old) {
            if (error) {
                *error = Tr::tr("The organisation no longer exists.");
            }
            return false;
        }
        before = old->toMap();
        o.uuid = old->uuid;
        o.createdAt = old->createdAt;
    } else {
        if (o.uuid.isEmpty()) {
            o.uuid = newUuid();
        }
        o.createdAt = time::now();
    }
    o.updatedAt = time::now();

    const QVariantList values = {
        o.uuid,
        o.kind,
        sql::idOrNull(o.parentId),
        o.name,
        o.shortName,
        o.legalForm,
        o.instituteType,
        o.sector,
        o.street,
        o.postalCode,
        o.city,
        o.website,
        o.phone,
        o.email,
        o.employees ? QVariant(*o.employees) : QVariant(QMetaType(QMetaType::Int)),
        o.isSme ? 1 : 0,
        o.isPilot ? 1 : 0,
        o.stage,
        sql::idOrNull(o.responsibleStaffId),
        o.needs,
        o.offers,
        o.notes,
        o.archived ? 1 : 0,
        o.archivedReason,
        fold::sortKey(o.name),
        fold::sortKey(o.city),
        time::toStorage(o.createdAt),
        time::toStorage(o.updatedAt),
    };
    QSqlQuery q(m_db.connection());
    static const QStringList columns = {
        u"uuid"_s,
        u"kind"_s,
        u"parent_id"_s,
        u"name"_s,
        u"short_name"_s,
        u"legal_form"_s,
        u"institute_type"_s,
        u"sector"_s,
        u"street"_s,
        u"postal_code"_s,
        u"city"_s,
        u"website"_s,
        u"phone"_s,
        u"email"_s,
        u"employees"_s,
        u"is_sme"_s,
        u"is_pilot"_s,
        u"stage"_s,
        u"responsible_staff_id"_s,
        u"needs"_s,
        u"offers"_s,
        u"notes"_s,
        u"archived"_s,
        u"archived_reason"_s,
        u"sort_key"_s,
        u"city_key"_s,
        u"created_at"_s,
        u"updated_at"_s,
    };
    const bool ok = inserting ? sql::insert(q, u"organisations"_s, columns, values, &o.id, error)
                              : sql::update(q, u"organisations"_s, columns, values, o.id, error);
    if (!ok || !reindex(o, error)) {
        return false;
    }
    const QJsonObject changes = audit::diff(before, o.toMap());
    if (!inserting && changes.isEmpty()) {
        return tx.commit(error);
    }
    if (!audit::record(m_db, entity, o.id, o.uuid, inserting ? u"create"_s : u"update"_s, changes, error)) {
        return false;
    }
    return tx.commit(error);
}

bool OrganisationRepository::setArchived(Id id, bool archived, const QString& reason, QString* error)
{
    auto o = find(id);
    if (!o) {
        if (error) {
            *error = Tr::tr("The organisation no longer exists.");
        }
        return false;
    }
    if (archived && reason.trimmed().isEmpty()) {
        if (error) {
            *error = Tr::tr("Say why the organisation is archived.");
        }
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error) {
            *error = tx.error();
        }
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
    auto o = find(id);
    if (!o) {
        return fail(error, Tr::tr("The organisation no longer exists."));
    }
    if (!stage.isEmpty() && !vocab::contains(vocab::List::OutreachStage, stage)) {
        return fail(error, Tr::tr("Unknown outreach stage \"%1\".").arg(stage));
    }
    if (o->stage == stage) {
        return true;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
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

OrganisationUsage OrganisationRepository::usage(Id id) const
{
    OrganisationUsage u;
    QSqlQuery q(m_db.connection());
    const QString statement = u"SELECT (SELECT count(*) FROM event_participants WHERE organisation_id = ?), "
                              "(SELECT count(*) FROM persons WHERE organisation_id = ?), "
                              "(SELECT count(*) FROM matches WHERE company_id = ? OR university_id = ?), "
                              "(SELECT count(*) FROM organisations WHERE parent_id = ?), "
                              "(SELECT count(*) FROM follow_ups WHERE organisation_id = ?), "
                              "(SELECT count(*) FROM follow_ups WHERE organisation_id = ? AND done = 0)"_s;
    if (sql::run(q, statement, {id, id, id, id, id, id, id}, nullptr) && q.next()) {
        u.events = q.value(0).toInt();
        u.persons = q.value(1).toInt();
        u.matches = q.value(2).toInt();
        u.institutes = q.value(3).toInt();
        u.followUps = q.value(4).toInt();
        u.openFollowUps = q.value(5).toInt();
    }
    return u;
}

bool OrganisationRepository::remove(Id id, QString* error)
{
    const auto o = find(id);
    if (!o) {
        if (error) {
            *error = Tr::tr("The organisation no longer exists.");
        }
        return false;
    }
    const OrganisationUsage u = usage(id);
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
                         .arg(o->name, what.join(u", "_s));
        }
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error) {
            *error = tx.error();
        }
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, u"UPDATE staff SET partner_id = NULL WHERE partner_id = ?"_s, {id}, error)
        || !sql::run(q, u"DELETE FROM organisation_search WHERE rowid = ?"_s, {id}, error)
        || !sql::run(q, u"DELETE FROM organisations WHERE id = ?"_s, {id}, error)
        || !audit::record(m_db, entity, id, o->uuid, u"delete"_s, audit::diff(o->toMap(), {}), error)) {
        return false;
    }
    return tx.commit(error);
}

QList<Organisation> OrganisationRepository::findSimilar(const QString& name, const QString& email, Id exceptId) const
{
    QList<Organisation> result;
    const QString key = similarity::nameKey(name);
    QSqlQuery q(m_db.connection());
    if (key.size() >= 3) {
        const QString prefix = fold::sortKey(name).left(3);
        if (sql::run(q,
                u"SELECT "_s + selectColumns
                    + u" FROM organisations o WHERE o.archived IN (0, 1) AND o.sort_key >= ? AND o.sort_key < ? AND "
                      u"o.id <> ? "
                      "LIMIT 500"_s,
                {prefix, search::prefixUpperBound(prefix), exceptId}, nullptr)) {
            while (q.next()) {
                Organisation o = fromRow(q);
                if (similarity::nearlySame(key, similarity::nameKey(o.name))) {
                    result << o;
                }
            }
        }
    }
    if (!email.trimmed().isEmpty()
        && sql::run(q,
            u"SELECT "_s + selectColumns + u" FROM organisations o WHERE lower(o.email) = lower(?) AND o.id <> ?"_s,
            {email.trimmed(), exceptId}, nullptr)) {
        while (q.next()) {
            Organisation o = fromRow(q);
            if (std::none_of(result.cbegin(), result.cend(), [&](const Organisation& r) { return r.id == o.id; })) {
                result << o;
            }
        }
    }
    return result;
}

} // namespace kmuni
