// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeSupport.h"

#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni::merge {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::merge)
};
} // namespace

QList<Field> Plan::differing() const
{
    QList<Field> result;
    for (const Field& f : fields) {
        if (f.differs()) {
            result << f;
        }
    }
    return result;
}

int Plan::moved(const QString& kind) const
{
    for (const Move& m : moves) {
        if (m.kind == kind) {
            return m.count;
        }
    }
    return 0;
}

Request Request::from(const Plan& plan, const Choices& choices)
{
    return {plan.keepId, plan.otherId, plan.keepVersion, plan.otherVersion, choices};
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

Result<int> count(Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    const auto n = sql::row(q, statement, values, [](const QSqlQuery& r) { return r.value(0).toInt(); });
    if (n.failed()) {
        return n;
    }
    return n.valueOr(0);
}

bool addMove(Database& db, Plan& plan, const QString& kind, const QString& label, const QString& statement,
    const QVariantList& values, QString* error)
{
    const auto n = count(db, statement, values);
    if (!n.ok(error)) {
        return false;
    }
    if (*n > 0) {
        plan.moves << Move{kind, label, *n};
    }
    return true;
}

Result<int> sharedActivities(Database& db, const QString& column, Id keep, Id other)
{
    return count(db,
        u"SELECT count(DISTINCT event_id) FROM event_participants WHERE %1 = ? AND event_id IN "
        "(SELECT event_id FROM event_participants WHERE %1 = ?)"_s.arg(column),
        {other, keep});
}

bool moveParticipations(Database& db, const QString& column, Id keep, Id other, QString* error)
{
    QSqlQuery q(db.connection());
    const QString both = u"event_id IN (SELECT event_id FROM event_participants WHERE %1 = ?)"_s.arg(column);
    return sql::run(q,
               u"UPDATE events SET updated_at = ? WHERE id IN (SELECT event_id FROM event_participants WHERE %1 = ?)"_s
                   .arg(column),
               {time::toStorage(time::now()), other}, error)
        // Where both took part, KEEP's row stays and takes OTHER's role when it has none.
        && sql::run(q,
            u"UPDATE event_participants SET role = (SELECT o.role FROM event_participants o WHERE o.%1 = ? "
            "AND o.event_id = event_participants.event_id AND o.role <> '' ORDER BY o.id LIMIT 1) "
            "WHERE %1 = ? AND role = '' AND event_id IN "
            "(SELECT event_id FROM event_participants WHERE %1 = ? AND role <> '')"_s.arg(column),
            {other, keep, other}, error)
        && sql::run(q, u"DELETE FROM event_participants WHERE %1 = ? AND "_s.arg(column) + both, {other, keep}, error)
        && sql::run(q, u"UPDATE event_participants SET %1 = ? WHERE %1 = ?"_s.arg(column), {keep, other}, error);
}

bool recordMerge(Database& db, const QString& entity, Id keep, const QString& keepUuid, Id other,
    const QString& otherUuid, const QVariantMap& otherValues, const QVariantMap& mergedValues, QString* error)
{
    QSqlQuery q(db.connection());
    if (!sql::run(q, u"UPDATE audit_log SET entity_id = ? WHERE entity = ? AND entity_id = ?"_s, {keep, entity, other},
            error)) {
        return false;
    }
    QJsonObject changes = audit::diff(mergedValues, otherValues);
    // diff() gives [merged, OTHER's]; the entry reads "OTHER's value → the merged one".
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        it.value() = QJsonArray{pair.at(1), pair.at(0)};
    }
    changes.insert(u"merged_from"_s, QJsonArray{otherUuid, keepUuid});
    changes.insert(u"merged_id"_s, QJsonArray{other, keep});
    return audit::record(db, entity, keep, keepUuid, u"update"_s, changes, error);
}

bool deleteOther(Database& db, const QString& table, const QString& searchTable, Id other, QString* error)
{
    QSqlQuery q(db.connection());
    return sql::run(q, u"DELETE FROM %1 WHERE rowid = ?"_s.arg(searchTable), {other}, error)
        && sql::run(q, u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {other}, error);
}

} // namespace kmuni::merge
