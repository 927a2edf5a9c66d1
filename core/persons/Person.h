// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "common/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kmuni {

/** A contact person (Ansprechperson) at an organisation. */
struct Person
{
    Id id = 0;
    QString uuid;
    Id organisationId = 0;
    QString salutation; ///< vocab::List::Salutation: "", "mr", "ms"
    QString title; ///< "", "Dr.", "Prof.", "Prof. Dr."
    QString firstName;
    QString lastName;
    QString function;
    QString email;
    QString phone; ///< E.164 once saved
    QString mobile; ///< E.164 once saved
    QString notes;
    QString legalBasis = QStringLiteral("legitimate_interest"); ///< vocab::List::LegalBasis
    QDate consentDate;
    bool doNotContact = false;
    bool archived = false;
    bool erased = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; ///< row_version as loaded; saving over another version is a conflict (0: do not check)

    /** "Prof. Dr. Anna Müller". */
    QString displayName() const;
    /** "Müller, Anna" for lists. */
    QString sortName() const;
    /** The fields as stored, by key ("phone", "notes", …): for the audit log's diff and the edit conflict. */
    QVariantMap toMap() const;
    /**
     * Takes the fields named in @p keys (keys of toMap()) from @p other, the rest stays: how an edit conflict is
     * settled field by field. Keys that name no field are ignored; the row version is the caller's business.
     */
    void takeFields(const Person& other, const QStringList& keys);
    FieldErrors validate() const;
};

} // namespace kmuni
