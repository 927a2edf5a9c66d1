// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QHash>
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

/**
 * The names behind the link fields of a record (organisation_id, company_id, staff_id, …), so that a
 * change of a link reads "Organisation: Kanalkai Logistik GmbH → NanoFluid Analytik GmbH", not "12 → 15".
 */
struct LinkNames
{
    QHash<QString, QString> byTarget; ///< "organisations/12" → the name, as the lists show it

    /** The table a link field points into ("organisations" for organisation_id); empty when @p key is no link. */
    static QString table(const QString& key);
    /** Whether @p key is a link and @p id one this knows a name for. */
    bool knows(const QString& key, const QVariant& id) const;
    /** The name of the record @p id that link field @p key points at (knows() first). */
    QString name(const QString& key, const QVariant& id) const;
};

/** The names of every record the link fields of @p entries point at, old and new side (records gone: none). */
Result<LinkNames> linkNames(Database& db, const QList<Entry>& entries);
/** As above, for the link fields of records as their toMap() gives them. */
Result<LinkNames> linkNames(Database& db, const QList<QVariantMap>& records);

} // namespace kmuni::audit
