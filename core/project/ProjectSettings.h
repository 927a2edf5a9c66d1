// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Validation.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace kmuni {

class Database;

/**
 * The funded project the network's work is reported for: its name, the funding reference
 * (Förderkennzeichen), the funding line, the approved period (Bewilligungszeitraum) and the
 * indicator set of the report. The partner organisations are the organisations of kind "partner".
 * Kept in the database (settings table), so that every office reports the same project.
 */
struct ProjectSettings
{
    QString name;
    QString fundingReference;
    QString fundingLine;
    QDate approvedFrom;
    QDate approvedTo;
    QString indicatorSet = defaultIndicatorSet();

    static QString defaultIndicatorSet() { return QStringLiteral("efre-nrw-2021"); }
    /** The indicator sets the report knows (one so far: EFRE/JTF NRW 2021–2027). */
    static QStringList indicatorSets();
    static QString indicatorSetLabel(const QString& code);

    bool hasApprovedPeriod() const { return approvedFrom.isValid() && approvedTo.isValid(); }
    /** True when @p day lies outside a set approved period. */
    bool isOutsideApprovedPeriod(const QDate& day) const
    {
        return hasApprovedPeriod() && (day < approvedFrom || day > approvedTo);
    }

    FieldErrors validate() const;
    QVariantMap toMap() const;

    /** The settings stored in @p db (empty fields when none are). */
    static Result<ProjectSettings> load(Database& db);
    /** Stores @p settings in one transaction with an audit-log row; false with @p error on failure. */
    static bool save(Database& db, const ProjectSettings& settings, QString* error);

    bool operator==(const ProjectSettings&) const = default;
};

} // namespace kmuni
