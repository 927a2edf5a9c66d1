// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Staff.h"
#include "common/EntityKind.h"

#include "common/Error.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::StaffRepository)
};

const QString selectColumns = u"s.id, s.uuid, s.partner_id, coalesce(o.name, ''), s.first_name, s.last_name, "
                              "coalesce(s.login, ''), s.email, s.phone, s.active "
                              "FROM staff s LEFT JOIN organisations o ON o.id = s.partner_id"_s;

StaffMember fromRow(const QSqlQuery& q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.partnerId = q.value(2).toLongLong();
    s.partnerName = q.value(3).toString();
    s.firstName = q.value(4).toString();
    s.lastName = q.value(5).toString();
    s.login = q.value(6).toString();
    s.email = q.value(7).toString();
    s.phone = q.value(8).toString();
    s.active = q.value(9).toBool();
    return s;
}

QVariantMap toMap(const StaffMember& s)
{
    return {{u"partner_id"_s, s.partnerId}, {u"first_name"_s, s.firstName}, {u"last_name"_s, s.lastName},
        {u"login"_s, s.login}, {u"email"_s, s.email}, {u"phone"_s, s.phone}, {u"active"_s, s.active}};
}

} // namespace

QString StaffMember::displayName() const
{
    return QStringList{firstName, lastName}.join(u' ').trimmed();
}

FieldErrors StaffMember::validate() const
{
    FieldErrors errors;
    validate::text(errors, u"firstName"_s, Tr::tr("First name"), firstName, TextKind::Name);
    if (validate::text(errors, u"lastName"_s, Tr::tr("Last name"), lastName, TextKind::Name)
        && lastName.trimmed().isEmpty()) {
        errors.append({u"lastName"_s, Tr::tr("The last name is required.")});
    }
    validate::text(errors, u"login"_s, Tr::tr("Login name"), login, TextKind::Short);
    validate::text(errors, u"email"_s, Tr::tr("E-mail"), email, TextKind::Email);
    validate::text(errors, u"phone"_s, Tr::tr("Phone"), phone, TextKind::Phone);
    return errors;
}

StaffRepository::StaffRepository(Database& db)
    : m_db(db)
{ }

Result<StaffMember> StaffRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" WHERE s.id = ?"_s, {id}, fromRow);
}

Result<StaffMember> StaffRepository::findByLogin(const QString& login) const
{
    if (login.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    return sql::row(q, u"SELECT "_s + selectColumns + u" WHERE lower(s.login) = lower(?)"_s, {login}, fromRow);
}

Result<QList<StaffMember>> StaffRepository::list(bool activeOnly) const
{
    QSqlQuery q(m_db.connection());
    const QString where = activeOnly ? u" WHERE s.active = 1"_s : QString();
    return sql::rows(q,
        u"SELECT "_s + selectColumns + where
            + u" ORDER BY s.active DESC, s.last_name COLLATE de, s.first_name COLLATE de"_s,
        {}, fromRow);
}

bool StaffRepository::save(StaffMember& s, QString* error)
{
    s.firstName = s.firstName.trimmed();
    s.lastName = s.lastName.trimmed();
    s.login = s.login.trimmed();
    const FieldErrors problems = s.validate();
    if (!problems.isEmpty()) {
        return fail(error, describe(problems));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    const bool inserting = s.id == 0;
    QVariantMap before;
    if (!inserting) {
        // A failed read is said as itself, not as "no longer exists".
        const auto old = sql::lockedRow(m_db, u"staff"_s, s.id, *this,
            QCoreApplication::translate("kmuni::StaffRepository", "The staff member no longer exists."));
        if (!old.ok(error)) {
            return false;
        }
        before = toMap(*old);
        s.uuid = old->uuid;
    } else if (s.uuid.isEmpty()) {
        s.uuid = newUuid();
    }
    const QString now = time::toStorage(time::now());
    QSqlQuery q(m_db.connection());
    bool ok = false;
    const sql::Columns row = {
        {u"partner_id"_s, sql::idOrNull(s.partnerId)},
        {u"first_name"_s, s.firstName},
        {u"last_name"_s, s.lastName},
        {u"login"_s, sql::textOrNull(s.login)},
        {u"email"_s, s.email},
        {u"phone"_s, s.phone},
        {u"active"_s, s.active ? 1 : 0},
        {u"updated_at"_s, now},
    };
    if (inserting) {
        ok = sql::insert(q, u"staff"_s, sql::Columns{{u"uuid"_s, s.uuid}} + row + sql::Columns{{u"created_at"_s, now}},
            &s.id, error);
    } else {
        ok = sql::update(q, u"staff"_s, row, s.id, error);
    }
    if (!ok
        || !audit::record(m_db, entityCode(EntityKind::Staff), s.id, s.uuid, inserting ? u"create"_s : u"update"_s,
            audit::diff(before, toMap(s)), error)) {
        return false;
    }
    return tx.commit(error);
}

} // namespace kmuni
