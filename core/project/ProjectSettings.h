// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"
#include "common/Validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace kmuni {

class Database;

/**
 * The funded project the network's work is reported for: its name, the funding reference
 * (Förderkennzeichen), the funding line, the approved period (Bewilligungszeitraum) and the
 * indicator set of the report. The partner organisations are the organisations of kind "partner";
 * each has a short code for the report's indicator codes. Kept in the database (settings and
 * partner_codes tables), so that every office reports the same project.
 */
struct ProjectSettings
{
    /** A partner organisation and its short code in the report ("WFDO": ENT_SUPPORTED_PARTNER_WFDO). */
    struct PartnerCode
    {
        Id organisationId = 0;
        QString name; ///< as the report names it (with its legal form)
        QString code; ///< chosen in the settings; empty: codeFrom(name)
        QString effective() const { return code.isEmpty() ? codeFrom(name) : code; }
        bool operator==(const PartnerCode&) const = default;
    };

    QString name;
    QString fundingReference;
    QString fundingLine;
    QDate approvedFrom;
    QDate approvedTo;
    QString indicatorSet = defaultIndicatorSet();
    QList<PartnerCode> partners; ///< every partner organisation, in German name order

    /**
     * A code part from free text, as the report's codes use it: folded, upper case, A–Z, 0–9 and
     * "_" only ("Mülheim an der Ruhr" → "MULHEIM_AN_DER_RUHR"); "NONE" for empty text.
     */
    static QString codeFrom(const QString& text);
    /** True when @p code may be chosen as a partner's code: 1 to 16 of A–Z, 0–9 and "_". */
    static bool isValidCode(const QString& code);
    /** The effective code of partner @p organisationId, empty when it is none. */
    QString partnerCode(Id organisationId) const;

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
    /**
     * Stores @p settings (and the partners' chosen codes) in one transaction with an audit-log row;
     * false with @p error on failure.
     */
    static bool save(Database& db, const ProjectSettings& settings, QString* error);

    bool operator==(const ProjectSettings&) const = default;
};

} // namespace kmuni
