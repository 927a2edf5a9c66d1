// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Person.h"

#include "common/Fields.h"
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

namespace {
// The stored fields, once: toMap() (the audit log, the edit conflict's rows) and takeFields() (the edit conflict's
// choices) both read this table, so the two cannot disagree about a field.
constexpr fields::Field<Person> personFields[] = {
    fields::field<&Person::organisationId>("organisation_id"),
    fields::field<&Person::salutation>("salutation"),
    fields::field<&Person::title>("title"),
    fields::field<&Person::firstName>("first_name"),
    fields::field<&Person::lastName>("last_name"),
    fields::field<&Person::function>("function"),
    fields::field<&Person::email>("email"),
    fields::field<&Person::phone>("phone"),
    fields::field<&Person::mobile>("mobile"),
    fields::field<&Person::notes>("notes"),
    fields::field<&Person::legalBasis>("legal_basis"),
    fields::field<&Person::consentDate>("consent_date"),
    fields::field<&Person::doNotContact>("do_not_contact"),
    fields::field<&Person::archived>("archived"),
    fields::field<&Person::erased>("erased"),
};
} // namespace

QVariantMap Person::toMap() const
{
    return fields::toMap(personFields, *this);
}

void Person::takeFields(const Person& other, const QStringList& keys)
{
    fields::take(personFields, *this, other, keys);
}

FieldErrors Person::validate() const
{
    FieldErrors errors;
    // Lengths and control characters first: the format checks below quote the value.
    validate::text(errors, u"title"_s, Tr::tr("Title"), title, TextKind::Title);
    validate::text(errors, u"firstName"_s, Tr::tr("First name"), firstName, TextKind::Name);
    const bool lastNameOk = validate::text(errors, u"lastName"_s, Tr::tr("Last name"), lastName, TextKind::Name);
    validate::text(errors, u"function"_s, Tr::tr("Function"), function, TextKind::Lines);
    const bool emailOk = validate::text(errors, u"email"_s, Tr::tr("E-mail"), email, TextKind::Email);
    validate::text(errors, u"phone"_s, Tr::tr("Phone"), phone, TextKind::Phone);
    validate::text(errors, u"mobile"_s, Tr::tr("Mobile"), mobile, TextKind::Phone);
    validate::text(errors, u"notes"_s, Tr::tr("Notes"), notes, TextKind::Text);
    const bool salutationOk
        = validate::text(errors, u"salutation"_s, Tr::tr("Salutation"), salutation, TextKind::Short);
    if (lastNameOk && lastName.trimmed().isEmpty()) {
        errors.append({u"lastName"_s, Tr::tr("The last name is required.")});
    }
    if (salutationOk && !vocab::contains(vocab::List::Salutation, salutation)) {
        errors.append({u"salutation"_s, Tr::tr("Unknown salutation \"%1\".").arg(salutation)});
    }
    if (emailOk && !validate::email(email)) {
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
