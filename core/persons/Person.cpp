// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Person.h"

#include "common/Time.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Person)
};
} // namespace

QString Person::displayName() const
{
    return QStringList{title, firstName, lastName}.join(u' ').simplified();
}

QString Person::sortName() const
{
    return firstName.isEmpty() ? lastName : lastName + u", "_s + firstName;
}

QVariantMap Person::toMap() const
{
    return {
        {u"organisation_id"_s, organisationId},
        {u"salutation"_s, salutation},
        {u"title"_s, title},
        {u"first_name"_s, firstName},
        {u"last_name"_s, lastName},
        {u"function"_s, function},
        {u"email"_s, email},
        {u"phone"_s, phone},
        {u"mobile"_s, mobile},
        {u"notes"_s, notes},
        {u"legal_basis"_s, legalBasis},
        {u"consent_date"_s, time::dateToStorage(consentDate)},
        {u"do_not_contact"_s, doNotContact},
        {u"archived"_s, archived},
        {u"erased"_s, erased},
    };
}

FieldErrors Person::validate() const
{
    FieldErrors errors;
    if (lastName.trimmed().isEmpty()) {
        errors.append({u"lastName"_s, Tr::tr("The last name is required.")});
    }
    if (!vocab::contains(vocab::List::Salutation, salutation)) {
        errors.append({u"salutation"_s, Tr::tr("Unknown salutation \"%1\".").arg(salutation)});
    }
    if (!validate::email(email)) {
        errors.append({u"email"_s, Tr::tr("\"%1\" is not an e-mail address.").arg(email)});
    }
    if (!vocab::contains(vocab::List::LegalBasis, legalBasis)) {
        errors.append({u"legalBasis"_s, Tr::tr("Choose the legal basis for keeping this person's data.")});
    }
    if (legalBasis == u"consent"_s && !consentDate.isValid()) {
        errors.append({u"consentDate"_s, Tr::tr("With consent as legal basis, enter the date of consent.")});
    }
    if (consentDate.isValid() && consentDate > time::today()) {
        errors.append({u"consentDate"_s, Tr::tr("The date of consent cannot be in the future.")});
    }
    return errors;
}

} // namespace kmuni
