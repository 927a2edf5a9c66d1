// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonVCard.h"

#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

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

namespace {

// The rows of a vCard file as the person import reads them: the columns of the fields a person
// has first, then a column for each further property as the cards bring them.
class VCardRows
{
public:
    explicit VCardRows(import::Source& source);
    csv::Record row(const vcard::Contact& c);

private:
    int column(const QString& name);
    void put(int i, const QString& value);
    void putNames(const vcard::Contact& c);
    void putEmailsAndPhones(const vcard::Contact& c);
    void putAddresses(const vcard::Contact& c);
    void putOthers(const vcard::Contact& c);
    csv::Record record(int line) const;

    import::Source& m_source;
    QHash<QString, int> m_extra; // the columns added for further properties
    QHash<int, QStringList> m_cells; // of the card being read
};

// Adds the columns of the fields a person has to @p source.
VCardRows::VCardRows(import::Source& source)
    : m_source(source)
{
    using import::Field;
    const QList<std::pair<Field, QString>> fixed = {{Field::NamePrefix, u"N (prefix)"_s},
        {Field::FirstName, u"N (given)"_s}, {Field::MiddleName, u"N (additional)"_s},
        {Field::LastName, u"N (family)"_s}, {Field::FullName, u"FN"_s}, {Field::Function, u"TITLE"_s},
        {Field::Department, u"ORG (department)"_s}, {Field::Email, u"EMAIL"_s}, {Field::Phone, u"TEL"_s},
        {Field::Mobile, u"TEL (cell)"_s}, {Field::Notes, u"NOTE"_s}, {Field::Organisation, u"ORG"_s},
        {Field::OrgStreet, u"ADR (street)"_s}, {Field::OrgPostalCode, u"ADR (postal code)"_s},
        {Field::OrgCity, u"ADR (locality)"_s}, {Field::OrgWebsite, u"URL"_s}, {Field::Redundant, u"UID"_s}};
    for (const auto& [field, name] : fixed) {
        m_source.header << name;
        m_source.mapping << import::Column{field, -1};
    }
}

// The row of one card.
csv::Record VCardRows::row(const vcard::Contact& c)
{
    m_cells.clear();
    putNames(c);
    putEmailsAndPhones(c);
    put(10, c.note);
    put(11, c.organisation);
    putAddresses(c);
    putOthers(c);
    return record(c.line);
}

// The column named @p name, added (not taken over) when there is none yet.
int VCardRows::column(const QString& name)
{
    auto it = m_extra.constFind(name);
    if (it == m_extra.cend()) {
        it = m_extra.insert(name, int(m_source.header.size()));
        m_source.header << name;
        m_source.mapping << import::Column{};
    }
    return *it;
}

// Adds @p value, unless empty, to the cell of column @p i.
void VCardRows::put(int i, const QString& value)
{
    if (!value.isEmpty()) {
        m_cells[i] << value;
    }
}

// Puts N's components, FN, TITLE and the departments.
void VCardRows::putNames(const vcard::Contact& c)
{
    put(0, c.honorificPrefixes);
    put(1, c.givenName);
    put(2, c.additionalNames);
    put(3, c.familyName);
    put(4, c.formattedName);
    put(5, c.title);
    put(6, c.departments.join(u", "_s));
}

// Puts the first e-mail address, the first work phone and the first mobile in their columns, the
// others in columns named after their types.
void VCardRows::putEmailsAndPhones(const vcard::Contact& c)
{
    for (const vcard::TypedValue& e : c.emails) {
        put(m_cells.contains(7) ? column(u"EMAIL (%1)"_s.arg(e.types.join(u','))) : 7, e.value);
    }
    for (const vcard::TypedValue& t : c.phones) {
        const bool cell = t.types.contains(u"cell"_s);
        const bool other = t.types.contains(u"home"_s) || t.types.contains(u"fax"_s) || t.types.contains(u"pager"_s);
        const int target = cell && !m_cells.contains(9) ? 9 : !cell && !other && !m_cells.contains(8) ? 8 : -1;
        put(target >= 0 ? target : column(u"TEL (%1)"_s.arg(t.types.join(u','))), t.value);
    }
}

// Puts the first address that is not a home address as the organisation's, the others in columns
// named after their types.
void VCardRows::putAddresses(const vcard::Contact& c)
{
    bool addressTaken = false;
    for (const vcard::Address& a : c.addresses) {
        if (!addressTaken && !a.types.contains(u"home"_s)) {
            addressTaken = true;
            put(12, QString(a.street).replace(u'\n', u", "_s));
            put(13, a.postalCode);
            put(14, a.locality);
            for (const auto& [part, value] :
                {std::pair{u"ADR (extended)"_s, a.extended}, std::pair{u"ADR (PO box)"_s, a.poBox},
                    std::pair{u"ADR (region)"_s, a.region}, std::pair{u"ADR (country)"_s, a.country}}) {
                put(column(part), value);
            }
        } else {
            const QStringList parts = {a.street, a.postalCode + u' ' + a.locality, a.country};
            put(column(u"ADR (%1)"_s.arg(a.types.join(u','))), parts.join(u", "_s).simplified());
        }
    }
}

// Puts the URLs, UID, ROLE, BDAY, CATEGORIES and the properties the reader ignored.
void VCardRows::putOthers(const vcard::Contact& c)
{
    for (const QString& url : c.urls) {
        put(m_cells.contains(15) ? column(u"URL"_s + u" 2"_s) : 15, url);
    }
    put(16, c.uid);
    put(column(u"ROLE"_s), c.role);
    if (c.birthday) {
        put(column(u"BDAY"_s), c.birthday->toString(Qt::ISODate));
    }
    put(column(u"CATEGORIES"_s), c.categories.join(u", "_s));
    for (const auto& [name, value] : c.ignored) {
        put(column(name), value.isEmpty() ? u"…"_s : value);
    }
}

// The cells put as a record of the file's line @p line; the values of one cell joined by " ::: ".
csv::Record VCardRows::record(int line) const
{
    csv::Record record;
    record.line = line;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (record.fields.size() <= it.key()) {
            record.fields.resize(it.key() + 1);
        }
        record.fields[it.key()] = it.value().join(u" ::: "_s);
    }
    return record;
}

// Removes the columns that are not taken over and that no record has a value in.
void dropEmptyColumns(import::Source& source)
{
    // Columns no card has a value in say nothing.
    for (int i = int(source.header.size()) - 1; i >= 0; --i) {
        bool any = false;
        for (const csv::Record& r : std::as_const(source.records)) {
            any = any || !r.fields.value(i).isEmpty();
        }
        if (!any && source.mapping[i].field == import::Field::Ignore) {
            source.header.removeAt(i);
            source.mapping.removeAt(i);
            for (csv::Record& r : source.records) {
                if (i < r.fields.size()) {
                    r.fields.removeAt(i);
                }
            }
        }
    }
}

} // namespace

// vCards as rows: the fields a person has in columns of their own, everything else in columns that
// are not taken over, named after the property ("TEL (home)", "BDAY"), so the report names them.
kmuni::import::Source vcardSource(const QByteArray& bytes)
{
    import::Source source;
    const vcard::ParseResult parsed = vcard::parse(bytes);
    if (!parsed.error.isEmpty()) {
        source.error = QCoreApplication::translate("kmuni::PersonImport", "The file cannot be read: %1 (line %2).")
                           .arg(parsed.error)
                           .arg(parsed.errorLine);
        return source;
    }
    if (parsed.contacts.isEmpty()) {
        source.error = QCoreApplication::translate("kmuni::PersonImport", "The file holds no vCard.");
        return source;
    }
    VCardRows rows(source);
    for (const vcard::Contact& c : parsed.contacts) {
        source.records << rows.row(c);
    }
    dropEmptyColumns(source);
    return source;
}

} // namespace kmuni::exports
