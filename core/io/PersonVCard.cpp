// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonVCard.h"

#include "ImportMapping.h"
#include "common/Vocabulary.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni::exports {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonVCard)
};

QString doNotContactProperty()
{
    return u"X-KMUNI-DO-NOT-CONTACT"_s;
}

QString consentProperty()
{
    return u"X-KMUNI-CONSENT"_s;
}

// Ours: the first unit of ORG is an institute of the organisation ("ORG:TU Dortmund;Lehrstuhl …"), which
// the import then finds or creates as that, not as a department.
QString instituteProperty()
{
    return u"X-KMUNI-INSTITUTE"_s;
}
} // namespace

vcard::Contact toContact(const Person& p, const Organisation* o, const Organisation* parent)
{
    vcard::Contact c;
    c.uid = p.uuid;
    c.familyName = p.lastName;
    c.givenName = p.firstName;
    // "Frau Dr.": as Outlook's and the phones' prefix shows it, and as the import reads it back.
    const QString salutation = p.salutation.isEmpty() ? QString() : vocab::label(vocab::List::Salutation, p.salutation);
    c.honorificPrefixes = QString(salutation + u' ' + p.title).trimmed();
    c.formattedName = p.displayName();
    c.title = p.function;
    c.note = p.notes;
    // What a contact program has no field for, for our own import: a blocked person stays blocked,
    // a consent keeps its date.
    if (p.doNotContact) {
        c.extensions.append({doNotContactProperty(), u"TRUE"_s});
    }
    if (p.legalBasis == u"consent"_s && p.consentDate.isValid()) {
        c.extensions.append({consentProperty(), p.consentDate.toString(Qt::ISODate)});
    }
    if (!p.email.isEmpty()) {
        c.emails.append({p.email, {u"work"_s}});
    }
    if (!p.phone.isEmpty()) {
        c.phones.append({p.phone, {u"work"_s, u"voice"_s}});
    }
    if (!p.mobile.isEmpty()) {
        c.phones.append({p.mobile, {u"cell"_s}});
    }
    if (o && parent) {
        c.organisation = parent->displayName();
        c.departments = {o->displayName()};
        c.extensions.append({instituteProperty(), u"TRUE"_s});
    } else if (o) {
        c.organisation = o->displayName();
    }
    if (o) {
        if (!o->street.isEmpty() || !o->postalCode.isEmpty() || !o->city.isEmpty()) {
            vcard::Address a;
            a.types = {u"work"_s};
            a.street = o->street;
            a.postalCode = o->postalCode;
            a.locality = o->city;
            c.addresses << a;
        }
        if (!o->website.isEmpty()) {
            c.urls << vcard::TypedValue{o->website, {u"work"_s}};
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
    // The organisation @p id, read once; false when it cannot be read.
    const auto read = [&](Id id) {
        if (id <= 0 || known.contains(id)) {
            return true;
        }
        auto o = organisations.find(id);
        if (o.failed()) {
            *error = Tr::tr("The persons cannot be read from the database: %1").arg(o.error());
            return false;
        }
        known.insert(id, o ? std::optional<Organisation>(*o) : std::nullopt);
        return true;
    };
    QList<vcard::Contact> contacts;
    contacts.reserve(persons->size());
    for (const Person& p : *persons) {
        if (!read(p.organisationId)) {
            return io::failed(failure, io::Failure::Database);
        }
        const std::optional<Organisation> o = known.value(p.organisationId);
        const Id parentId = o && o->kind == u"institute"_s ? o->parentId : 0;
        if (!read(parentId)) {
            return io::failed(failure, io::Failure::Database);
        }
        const std::optional<Organisation> parent = known.value(parentId);
        contacts << toContact(p, o ? &*o : nullptr, parent ? &*parent : nullptr);
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

// The columns of the fields a person has, at the start of the header in this order.
enum FixedColumn
{
    PrefixColumn,
    GivenColumn,
    AdditionalColumn,
    FamilyColumn,
    FormattedColumn,
    TitleColumn,
    DepartmentColumn,
    EmailColumn,
    PhoneColumn,
    MobileColumn,
    NoteColumn,
    OrganisationColumn,
    StreetColumn,
    PostalCodeColumn,
    LocalityColumn,
    CountryColumn,
    WebsiteColumn,
    UidColumn,
    UniversityColumn
};

// How well a value with @p types fits the person's work: a work value before one without a kind, before a
// home or other one; among these a preferred one (TYPE=PREF, PREF=n) first. Lower is better.
int rank(const QStringList& types)
{
    const int kind = types.contains(u"work"_s) ? 0 : types.contains(u"home"_s) || types.contains(u"other"_s) ? 2 : 1;
    return 2 * kind + (types.contains(u"pref"_s) ? 0 : 1);
}

// The index of the best of @p values (by rank(), then as the card lists them) that @p fits; -1 when
// none does.
template <typename Value, typename Fits> qsizetype best(const QList<Value>& values, Fits fits)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (fits(values[i]) && (found < 0 || rank(values[i].types) < rank(values[found].types))) {
            found = i;
        }
    }
    return found;
}

// A type as a column's name shows it: a word such as "work", "x-assistant"; not a label of a program's own
// ("X-Custom(Büro Süd)") or something longer.
bool isShownType(const QString& type)
{
    if (type.isEmpty() || type.size() > 24) {
        return false;
    }
    for (const QChar c : type) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9') && c != u'-' && c != u'_' && c != u'.') {
            return false;
        }
    }
    return true;
}

// The name of the column of a value that is not taken over: "TEL (home,voice)", "EMAIL (home)"; "TEL 2"
// for one whose types say nothing (none, "internet" of every e-mail address, or none that can be shown).
QString extraName(const QString& property, const QStringList& types)
{
    QStringList shown;
    for (const QString& type : types) {
        if (isShownType(type) && type != u"internet"_s) {
            shown << type;
        }
    }
    if (shown.isEmpty()) {
        return property + u" 2"_s;
    }
    return property + u" ("_s + shown.join(u',') + u')';
}

// Whether the card is an organisation's, not a person's: Apple's "X-ABShowAs:COMPANY", KIND:org (4.0),
// or a card without a name whose FN is the organisation's name. Only a card with an organisation is one.
bool isOrganisationCard(const vcard::Contact& c)
{
    if (c.organisation.trimmed().isEmpty()) {
        return false;
    }
    if (c.kind == u"org"_s) {
        return true;
    }
    for (const auto& [name, value] : c.ignored) {
        if (name.compare(u"X-ABShowAs"_s, Qt::CaseInsensitive) == 0
            && value.trimmed().compare(u"COMPANY"_s, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    const bool noName = c.familyName.isEmpty() && c.givenName.isEmpty() && c.additionalNames.isEmpty()
        && c.honorificPrefixes.isEmpty() && c.honorificSuffixes.isEmpty();
    return noName && c.formattedName.simplified().compare(c.organisation.simplified(), Qt::CaseInsensitive) == 0;
}

// The street of an address: its lines, then the extended part ("Suite 100", "Haus B"), in one line.
QString streetOf(const vcard::Address& a)
{
    QStringList parts;
    for (const QString& line : a.street.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            parts << line.trimmed();
        }
    }
    if (!a.extended.isEmpty()) {
        parts << QString(a.extended).replace(u'\n', u", "_s);
    }
    return parts.join(u", "_s);
}

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
    void putOrganisation(const vcard::Contact& c);
    void putOthers(const vcard::Contact& c);
    csv::Record record(int line) const;

    import::Source& m_source;
    QHash<QString, int> m_extra; // the columns added for further properties
    QHash<int, QStringList> m_cells; // of the card being read
    bool m_organisationCard = false; // the card being read is an organisation's
};

// Adds the columns of the fields a person has to @p source, in the order of FixedColumn.
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
        {Field::OrgCity, u"ADR (locality)"_s}, {Field::OrgCountry, u"ADR (country)"_s}, {Field::OrgWebsite, u"URL"_s},
        {Field::Redundant, u"UID"_s}, {Field::OrgParent, u"ORG (university)"_s}};
    for (const auto& [field, name] : fixed) {
        m_source.header << name;
        m_source.mapping << import::Column{field, -1};
    }
}

// The row of one card.
csv::Record VCardRows::row(const vcard::Contact& c)
{
    m_cells.clear();
    m_organisationCard = isOrganisationCard(c);
    putNames(c);
    putEmailsAndPhones(c);
    put(NoteColumn, c.note);
    putOrganisation(c);
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

// Puts N's components, FN, TITLE and the departments. N's suffix ("sen.", "III") has no field: it is
// named as not taken over. An organisation's card leaves the name empty, so that the row is the
// organisation's only; a person's name it holds besides is named as not taken over.
void VCardRows::putNames(const vcard::Contact& c)
{
    if (m_organisationCard) {
        QStringList name;
        for (const QString& part :
            {c.honorificPrefixes, c.givenName, c.additionalNames, c.familyName, c.honorificSuffixes}) {
            if (!part.isEmpty()) {
                name << part;
            }
        }
        QString shown = name.join(u' ');
        if (shown.isEmpty()
            && c.formattedName.simplified().compare(c.organisation.simplified(), Qt::CaseInsensitive) != 0) {
            shown = c.formattedName;
        }
        put(column(u"N"_s), shown);
    } else {
        put(PrefixColumn, c.honorificPrefixes);
        put(GivenColumn, c.givenName);
        put(AdditionalColumn, c.additionalNames);
        put(FamilyColumn, c.familyName);
        put(FormattedColumn, c.formattedName);
        put(column(u"N (suffix)"_s), c.honorificSuffixes);
    }
    put(TitleColumn, c.title);
}

// Puts ORG: the organisation and its departments, or a university and its institute, then the departments
// below that. The first unit is an institute where our export says so, or where the organisation is a
// university by its name ("ORG:Technische Universität Dortmund;Lehrstuhl für Förder- und Lagerwesen").
void VCardRows::putOrganisation(const vcard::Contact& c)
{
    QString name = c.organisation;
    const QString legalForm = import::splitLegalForm(&name);
    const bool ours = std::any_of(c.ignored.cbegin(), c.ignored.cend(),
        [](const auto& property) { return property.first.compare(instituteProperty(), Qt::CaseInsensitive) == 0; });
    const bool institute
        = !c.departments.isEmpty() && (ours || Organisation::kindByName(name, legalForm) == u"university"_s);
    if (institute) {
        put(UniversityColumn, c.organisation);
        put(OrganisationColumn, c.departments.first());
        put(DepartmentColumn, c.departments.mid(1).join(u", "_s));
    } else {
        put(OrganisationColumn, c.organisation);
        put(DepartmentColumn, c.departments.join(u", "_s));
    }
}

// Puts the best e-mail address, the best phone and the best mobile (see rank()) in their columns, the
// others in columns named after their types. A phone for home, a fax or a pager is never the phone.
void VCardRows::putEmailsAndPhones(const vcard::Contact& c)
{
    const qsizetype email = best(c.emails, [](const vcard::TypedValue&) { return true; });
    for (qsizetype i = 0; i < c.emails.size(); ++i) {
        put(i == email ? EmailColumn : column(extraName(u"EMAIL"_s, c.emails[i].types)), c.emails[i].value);
    }
    const auto isMobile = [](const vcard::TypedValue& t) { return t.types.contains(u"cell"_s); };
    const auto isPhone = [](const vcard::TypedValue& t) {
        for (const QString& type : {u"cell"_s, u"home"_s, u"fax"_s, u"pager"_s, u"textphone"_s}) {
            if (t.types.contains(type)) {
                return false;
            }
        }
        return true;
    };
    const qsizetype mobile = best(c.phones, isMobile);
    const qsizetype phone = best(c.phones, isPhone);
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        const int target = i == mobile ? MobileColumn
            : i == phone               ? PhoneColumn
                                       : column(extraName(u"TEL"_s, c.phones[i].types));
        put(target, c.phones[i].value);
    }
}

// Puts the best address that is not a home address (see rank()) as the organisation's: its street with
// the extended part, postal code, locality and country; its PO box and region, and the other
// addresses, in columns that are not taken over.
void VCardRows::putAddresses(const vcard::Contact& c)
{
    const qsizetype taken = best(c.addresses, [](const vcard::Address& a) { return !a.types.contains(u"home"_s); });
    for (qsizetype i = 0; i < c.addresses.size(); ++i) {
        const vcard::Address& a = c.addresses[i];
        if (i == taken) {
            put(StreetColumn, streetOf(a));
            put(PostalCodeColumn, a.postalCode);
            put(LocalityColumn, a.locality);
            put(CountryColumn, a.country);
            put(column(u"ADR (PO box)"_s), a.poBox);
            put(column(u"ADR (region)"_s), a.region);
            continue;
        }
        QStringList parts;
        for (const QString& part :
            {a.poBox, streetOf(a), QString(a.postalCode + u' ' + a.locality).trimmed(), a.region, a.country}) {
            if (!part.isEmpty()) {
                parts << part;
            }
        }
        put(column(extraName(u"ADR"_s, a.types)), parts.join(u", "_s));
    }
}

// Puts the best URL (see rank()) as the organisation's website, the other URLs, UID, ROLE, BDAY,
// CATEGORIES and the properties the reader ignored.
void VCardRows::putOthers(const vcard::Contact& c)
{
    const qsizetype website = best(c.urls, [](const vcard::TypedValue&) { return true; });
    for (qsizetype i = 0; i < c.urls.size(); ++i) {
        put(i == website ? WebsiteColumn : column(extraName(u"URL"_s, c.urls[i].types)), c.urls[i].value);
    }
    put(UidColumn, c.uid);
    put(column(u"ROLE"_s), c.role);
    if (c.birthday) {
        put(column(u"BDAY"_s), c.birthday->toString(Qt::ISODate));
    }
    put(column(u"CATEGORIES"_s), c.categories.join(u", "_s));
    // What a program keeps for itself, no value of the contact's: Apple's record id and address format,
    // Outlook's choice of the postal address and its card's layout, Google's empty labels.
    static const QStringList bookkeeping{
        u"X-ABUID"_s, u"X-ABADR"_s, u"X-MS-OL-DEFAULT-POSTAL-ADDRESS"_s, u"X-MS-OL-DESIGN"_s};
    for (const auto& [name, value] : c.ignored) {
        if ((m_organisationCard && name.compare(u"X-ABShowAs"_s, Qt::CaseInsensitive) == 0)
            || name.compare(instituteProperty(), Qt::CaseInsensitive) == 0) {
            continue; // it made the card an organisation's, or ORG's first unit an institute (putOrganisation)
        }
        if (bookkeeping.contains(name, Qt::CaseInsensitive)
            || (name.compare(u"X-ABLabel"_s, Qt::CaseInsensitive) == 0 && value.trimmed().isEmpty())) {
            continue;
        }
        const int i = column(name);
        if (name.compare(doNotContactProperty(), Qt::CaseInsensitive) == 0) {
            m_source.mapping[i] = import::Column{import::Field::DoNotContact, -1};
        } else if (name.compare(consentProperty(), Qt::CaseInsensitive) == 0) {
            m_source.mapping[i] = import::Column{import::Field::Consent, -1};
        }
        put(i, value.isEmpty() ? u"…"_s : value);
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

// Removes the columns that no record has a value in: unlike a CSV file's, they are not the file's
// but ours. The name columns stay, so that a file of organisations' cards still names persons.
void dropEmptyColumns(import::Source& source)
{
    using import::Field;
    for (int i = int(source.header.size()) - 1; i >= 0; --i) {
        bool any = false;
        for (const csv::Record& r : std::as_const(source.records)) {
            any = any || !r.fields.value(i).isEmpty();
        }
        const Field field = source.mapping[i].field;
        if (!any && field != Field::FirstName && field != Field::LastName && field != Field::FullName) {
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
