// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "Sql.h"
#include "common/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kmuni::audit {
namespace {

const QString entryColumns = u"SELECT id, at, user_name, entity, entity_id, action, changes FROM audit_log "_s;

Entry entryFrom(const QSqlQuery& r)
{
    Entry e;
    e.id = r.value(0).toLongLong();
    e.at = time::fromStorage(r.value(1).toString());
    e.user = r.value(2).toString();
    e.entity = r.value(3).toString();
    e.entityId = r.value(4).toLongLong();
    e.action = r.value(5).toString();
    e.changes = QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object();
    return e;
}

} // namespace

QJsonObject diff(const QVariantMap& before, const QVariantMap& after)
{
    QJsonObject changes;
    const auto compare = [&](const QString& key, const QVariant& old, const QVariant& now) {
        const bool bothEmpty = (old.isNull() || old.toString().isEmpty()) && (now.isNull() || now.toString().isEmpty());
        if (bothEmpty || old == now || (old.toString() == now.toString() && old.isNull() == now.isNull())) {
            return;
        }
        changes.insert(key, QJsonArray{QJsonValue::fromVariant(old), QJsonValue::fromVariant(now)});
    };
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        compare(it.key(), before.value(it.key()), *it);
    }
    // A field that is no longer there (a deleted record: @p after empty) was emptied.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key())) {
            compare(it.key(), *it, QVariant());
        }
    }
    return changes;
}

bool record(Database& db, const QString& entity, qint64 entityId, const QString& entityUuid, const QString& action,
    const QJsonObject& changes, QString* error, qint64* id)
{
    QSqlQuery q(db.connection());
    return sql::insert(q, u"audit_log"_s,
        {{u"at"_s, time::toStorage(time::now())}, {u"user_name"_s, db.userName()}, {u"entity"_s, entity},
            {u"entity_id"_s, entityId}, {u"entity_uuid"_s, entityUuid}, {u"action"_s, action},
            {u"changes"_s, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))}},
        id, error);
}

Result<QList<Entry>> forEntity(Database& db, const QString& entity, qint64 entityId, int limit)
{
    QSqlQuery q(db.connection());
    return sql::rows(q, entryColumns + u"WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?"_s,
        {entity, entityId, limit}, entryFrom);
}

Result<QList<Entry>> after(Database& db, qint64 afterId, const QStringList& entities)
{
    QSqlQuery q(db.connection());
    QVariantList values{afterId};
    for (const QString& entity : entities) {
        values << entity;
    }
    return sql::rows(q,
        entryColumns + u"WHERE id > ? AND entity IN ("_s + sql::placeholders(entities.size()) + u") ORDER BY id"_s,
        values, entryFrom);
}

} // namespace kmuni::audit
