// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "common/Validation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace kmuni {

/** A company, university, institute (with its university as parent) or network partner. */
struct Organisation
{
    Id id = 0;
    QString uuid;
    QString kind = QStringLiteral("company"); ///< vocab::List::OrganisationKind
    Id parentId = 0; ///< the university of an institute
    QString name;
    QString shortName;
    QString legalForm;
    QString instituteType; ///< vocab::List::InstituteType, institutes only
    QString sector; ///< vocab::List::Sector, companies only
    QString street;
    QString postalCode;
    QString city;
    QString website;
    QString phone; ///< E.164 once saved
    QString email;
    std::optional<int> employees;
    bool isSme = true;
    bool isPilot = false;
    QString stage; ///< vocab::List::OutreachStage, companies
    Id responsibleStaffId = 0;
    QString needs;
    QString offers;
    QString notes;
    bool archived = false;
    QString archivedReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; ///< row_version as loaded; saving over another version is a conflict (0: do not check)

    /**
     * Name with the legal form: "NanoFluid Analytik GmbH" (the one rule for every list, sheet and
     * report: the legal form appended unless the name ends with it already).
     */
    QString displayName() const { return displayName(name, legalForm); }
    static QString displayName(const QString& name, const QString& legalForm);
    /** The same rule in SQL, for the organisation table aliased @p alias ("o"): an expression. */
    static QString displayNameSql(const QString& alias);
    /** "Kampstraße 12, 44137 Dortmund". */
    QString addressLine() const;
    /** The fields as stored, by key ("phone", "notes", …): for the audit log's diff and the edit conflict. */
    QVariantMap toMap() const;
    /**
     * Takes the fields named in @p keys (keys of toMap()) from @p other, the rest stays: how an edit conflict is
     * settled field by field. Keys that name no field are ignored; the row version is the caller's business.
     */
    void takeFields(const Organisation& other, const QStringList& keys);
    /** Required fields and formats; @p this is expected to be normalised already. */
    FieldErrors validate() const;
    /**
     * The kind a name without a legal form clearly says, for an organisation a contact list names
     * ("Ruhr-Universität Bochum", "Hochschule Bochum", "TU Dortmund", "FH Münster": a university;
     * "Fraunhofer-Institut für …", "Max-Planck-Institut …": a partner, being no company); empty where it
     * says none (a company, as before).
     */
    static QString kindByName(const QString& name, const QString& legalForm);
};

} // namespace kmuni
