// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonVCard.h"

#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace kmuni::exports {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonVCard)
};
} // namespace

vcard::Contact toContact(const Person& p, const Organisation* o)
{
    vcard::Contact c;
    c.uid = p.uuid;
    c.familyName = p.lastName;
    c.givenName = p.firstName;
    c.honorificPrefixes = p.title;
    c.formattedName = p.displayName();
    c.title = p.function;
    c.note = p.notes;
    if (!p.email.isEmpty()) {
        c.emails.append({p.email, {u"work"_s}});
    }
    if (!p.phone.isEmpty()) {
        c.phones.append({p.phone, {u"work"_s, u"voice"_s}});
    }
    if (!p.mobile.isEmpty()) {
        c.phones.append({p.mobile, {u"cell"_s}});
    }
    if (o) {
        c.organisation = o->displayName();
        if (!o->street.isEmpty() || !o->postalCode.isEmpty() || !o->city.isEmpty()) {
            vcard::Address a;
            a.types = {u"work"_s};
            a.street = o->street;
            a.postalCode = o->postalCode;
            a.locality = o->city;
            c.addresses << a;
        }
        if (!o->website.isEmpty()) {
            c.urls << o->website;
        }
    }
    return c;
}

bool writeVCards(Database& db, const PersonFilter& filter, const QString& path, vcard::Version version, QString* error,
    io::Failure* failure, int* count)
{
    const auto persons = PersonRepository(db).list(filter);
    if (persons.failed()) {
        *error = Tr::tr("The persons cannot be read from the database: %1").arg(persons.error());
        return io::failed(failure, io::Failure::Database);
    }
    OrganisationRepository organisations(db);
    QHash<Id, std::optional<Organisation>> known;
    QList<vcard::Contact> contacts;
    contacts.reserve(persons->size());
    for (const Person& p : *persons) {
        if (p.organisationId > 0 && !known.contains(p.organisationId)) {
            auto o = organisations.find(p.organisationId);
            if (o.failed()) {
                *error = Tr::tr("The persons cannot be read from the database: %1").arg(o.error());
                return io::failed(failure, io::Failure::Database);
            }
            known.insert(p.organisationId, o ? std::optional<Organisation>(*o) : std::nullopt);
        }
        const std::optional<Organisation> o = known.value(p.organisationId);
        contacts << toContact(p, o ? &*o : nullptr);
    }
    if (!io::writePrivateFile(path, vcard::write(contacts, version), error, failure)) {
        return false;
    }
    if (count) {
        *count = int(contacts.size());
    }
    return true;
}

} // namespace kmuni::exports
