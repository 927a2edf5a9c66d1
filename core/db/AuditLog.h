// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace kmuni {
class Database;
}

namespace kmuni::audit {

/** One row of the audit log (Änderungsprotokoll). */
struct Entry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QJsonObject changes; ///< field → [old, new]
};

/** The fields whose value differs: {"city": ["Bochum", "Dortmund"]}. */
QJsonObject diff(const QVariantMap& before, const QVariantMap& after);

/** Appends a row (within the caller's transaction). */
bool record(Database& db, const QString& entity, qint64 entityId, const QString& entityUuid, const QString& action,
    const QJsonObject& changes, QString* error);

/** The newest @p limit entries of one entity, newest first. */
Result<QList<Entry>> forEntity(Database& db, const QString& entity, qint64 entityId, int limit = 200);

} // namespace kmuni::audit
