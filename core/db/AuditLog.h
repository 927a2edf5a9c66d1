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

/**
 * The fields whose value differs: {"city": ["Bochum", "Dortmund"]}. Against an empty @p after (a deleted
 * record), every field that had a value: what was deleted.
 */
QJsonObject diff(const QVariantMap& before, const QVariantMap& after);

/** Appends a row (within the caller's transaction); @p id (optional) gets the row's id. */
bool record(Database& db, const QString& entity, qint64 entityId, const QString& entityUuid, const QString& action,
    const QJsonObject& changes, QString* error, qint64* id = nullptr);

/** The newest @p limit entries of one entity, newest first. */
Result<QList<Entry>> forEntity(Database& db, const QString& entity, qint64 entityId, int limit = 200);

/** The entries of the kinds @p entities written after the row @p afterId, oldest first. */
Result<QList<Entry>> after(Database& db, qint64 afterId, const QStringList& entities);

} // namespace kmuni::audit
