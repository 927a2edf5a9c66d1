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

QString LinkNames::table(const QString& key)
{
    static const QHash<QString, QString> tables{
        {u"organisation_id"_s, u"organisations"_s},
        {u"parent_id"_s, u"organisations"_s},
        {u"company_id"_s, u"organisations"_s},
        {u"university_id"_s, u"organisations"_s},
        {u"company_person_id"_s, u"persons"_s},
        {u"university_person_id"_s, u"persons"_s},
        {u"staff_id"_s, u"staff"_s},
        {u"responsible_staff_id"_s, u"staff"_s},
        {u"logged_by_staff_id"_s, u"staff"_s},
    };
    return tables.value(key);
}

bool LinkNames::knows(const QString& key, const QVariant& id) const
{
    const QString into = table(key);
    return !into.isEmpty() && byTarget.contains(into + u'/' + QString::number(id.toLongLong()));
}

QString LinkNames::name(const QString& key, const QVariant& id) const
{
    return byTarget.value(table(key) + u'/' + QString::number(id.toLongLong()));
}

Result<LinkNames> linkNames(Database& db, const QList<QVariantMap>& records)
{
    QHash<QString, QVariantList> ids; // table → the ids to name
    for (const QVariantMap& record : records) {
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            const QString into = LinkNames::table(it.key());
            if (!into.isEmpty() && it.value().toLongLong() > 0 && !ids[into].contains(it.value().toLongLong())) {
                ids[into] << it.value().toLongLong();
            }
        }
    }
    // As the lists name them: an organisation by its name, a person by title and name, staff by name.
    static const QHash<QString, QString> names{
        {u"organisations"_s, u"'', '', name"_s},
        {u"persons"_s, u"title, first_name, last_name"_s},
        {u"staff"_s, u"'', first_name, last_name"_s},
    };
    LinkNames result;
    QSqlQuery q(db.connection());
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        Q_ASSERT(names.contains(it.key())); // every table of LinkNames::table() has its names here
        const auto rows = sql::rows(q,
            u"SELECT id, "_s + names.value(it.key()) + u" FROM "_s + it.key() + u" WHERE id IN ("_s
                + sql::placeholders(it.value().size()) + u")"_s,
            it.value(), [](const QSqlQuery& r) {
                const QStringList parts{r.value(1).toString(), r.value(2).toString(), r.value(3).toString()};
                return std::pair(r.value(0).toLongLong(), parts.join(u' ').simplified());
            });
        if (!rows) {
            return Result<LinkNames>::failure(rows.error());
        }
        for (const auto& [id, name] : *rows) {
            result.byTarget.insert(it.key() + u'/' + QString::number(id), name);
        }
    }
    return result;
}

Result<LinkNames> linkNames(Database& db, const QList<Entry>& entries)
{
    QList<QVariantMap> sides;
    for (const Entry& e : entries) {
        QVariantMap before;
        QVariantMap after;
        for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
            if (!LinkNames::table(it.key()).isEmpty()) {
                const QJsonArray pair = it.value().toArray();
                before.insert(it.key(), pair.at(0).toVariant());
                after.insert(it.key(), pair.at(1).toVariant());
            }
        }
        sides << before << after;
    }
    return linkNames(db, sides);
}

} // namespace kmuni::audit
