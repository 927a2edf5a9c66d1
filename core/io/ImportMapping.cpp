// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMapping.h"

#include "XlsxReader.h"

#include "common/Similarity.h"
#include "common/TextFold.h"
#include "common/Vocabulary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::import {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::import)
};

// A header as compared: folded (lower case, umlauts plain, ß as ss), spaces collapsed.
QString normalised(const QString& header)
{
    QString h = fold::simple(header.trimmed()).simplified();
    if (h.size() >= 2 && h.startsWith(u'"') && h.endsWith(u'"')) {
        h = h.mid(1, h.size() - 2).trimmed();
    }
    return h;
}

struct Alias
{
    Field field;
    QStringList names;
};

// The headers of the common exports, as they write them. Outlook's "Title"/"Anrede" is the name's
// prefix ("Herr Dr."), Google's and Thunderbird's home address and phone are private: not taken.
const QHash<QString, Field>& aliases()
{
    static const QHash<QString, Field> table = [] {
        const QList<Alias> list = {
            {Field::NamePrefix,
                {u"Anrede"_s, u"Titel"_s, u"Title"_s, u"Salutation"_s, u"Name Prefix"_s, u"Prefix"_s,
                    u"Akademischer Grad"_s}},
            {Field::FirstName,
                {u"Vorname"_s, u"First Name"_s, u"Firstname"_s, u"First_Name"_s, u"Given Name"_s, u"Rufname"_s}},
            {Field::MiddleName, {u"Weitere Vornamen"_s, u"Middle Name"_s, u"Additional Name"_s, u"Zweiter Vorname"_s}},
            {Field::LastName,
                {u"Nachname"_s, u"Familienname"_s, u"Last Name"_s, u"Lastname"_s, u"Last_Name"_s, u"Surname"_s,
                    u"Family Name"_s}},
            {Field::FullName,
                {u"Name"_s, u"Full Name"_s, u"Display Name"_s, u"Anzeigename"_s, u"Ansprechpartner"_s,
                    u"Ansprechpartnerin"_s, u"Ansprechperson"_s, u"Kontaktperson"_s, u"Contact Name"_s}},
            {Field::Function,
                {u"Funktion"_s, u"Position"_s, u"Function"_s, u"Job Title"_s, u"Jobtitel"_s, u"Arbeitstitel"_s,
                    u"Organization Title"_s, u"Rolle"_s, u"Role"_s, u"Stellung"_s}},
            {Field::Department, {u"Abteilung"_s, u"Department"_s, u"Organization Department"_s}},
            {Field::Email,
                {u"E-Mail"_s, u"EMail"_s, u"Mail"_s, u"E-Mail-Adresse"_s, u"E-Mail Adresse"_s, u"E-mail Address"_s,
                    u"Email Address"_s, u"Primary Email"_s, u"Primäre E-Mail-Adresse"_s, u"E-mail 2 Address"_s,
                    u"E-mail 3 Address"_s, u"E-Mail 2: Adresse"_s, u"E-Mail 3: Adresse"_s, u"E-Mail 2-Adresse"_s,
                    u"E-Mail 3-Adresse"_s, u"Secondary Email"_s, u"Sekundäre E-Mail-Adresse"_s}},
            {Field::Phone,
                {u"Telefon"_s, u"Phone"_s, u"Tel"_s, u"Tel."_s, u"Telefonnummer"_s, u"Phone Number"_s,
                    u"Telefon geschäftlich"_s, u"Telefon geschäftlich 2"_s, u"Business Phone"_s, u"Business Phone 2"_s,
                    u"Work Phone"_s, u"Tel. dienstlich"_s, u"Durchwahl"_s, u"Festnetz"_s}},
            {Field::Mobile,
                {u"Mobil"_s, u"Handy"_s, u"Mobile"_s, u"Mobiltelefon"_s, u"Mobiltelefon 2"_s, u"Mobile Phone"_s,
                    u"Mobile Number"_s, u"Mobil-Tel.-Nr."_s, u"Mobilnummer"_s}},
            {Field::Notes,
                {u"Notizen"_s, u"Notiz"_s, u"Bemerkung"_s, u"Bemerkungen"_s, u"Anmerkungen"_s, u"Notes"_s,
                    u"Kommentar"_s}},
            {Field::Consent, {u"Einwilligung"_s, u"Einwilligung am"_s, u"Consent"_s, u"Consent Date"_s}},
            {Field::DoNotContact, {u"Kontaktsperre"_s, u"Do not contact"_s}},
            {Field::Organisation,
                {u"Organisation"_s, u"Organization"_s, u"Firma"_s, u"Unternehmen"_s, u"Company"_s, u"Hochschule"_s,
                    u"Institution"_s, u"Institut"_s, u"Lehrstuhl"_s, u"Arbeitgeber"_s, u"Organization Name"_s,
                    u"Firmenname"_s}},
            // Our export's: an institute's university. Not a list's "Hochschule": beside a company it may
            // name the one the company works with.
            {Field::OrgParent,
                {u"Hochschule (einer Einrichtung)"_s, u"University (of an institute)"_s,
                    u"Hochschule des Instituts"_s}},
            {Field::LegalForm, {u"Rechtsform"_s, u"Legal Form"_s}},
            {Field::OrgStreet,
                {u"Straße"_s, u"Strasse"_s, u"Street"_s, u"Adresse"_s, u"Anschrift"_s, u"Straße und Hausnummer"_s,
                    u"Straße geschäftlich"_s, u"Straße geschäftlich 2"_s, u"Straße geschäftlich 3"_s,
                    u"Business Street"_s, u"Business Street 2"_s, u"Business Street 3"_s, u"Work Address"_s,
                    u"Work Address 2"_s, u"Dienstlich: Adresse"_s, u"Dienstlich: Adresse 2"_s}},
            {Field::OrgHouseNumber,
                {u"Hausnummer"_s, u"Hausnr."_s, u"Hausnr"_s, u"Haus-Nr."_s, u"House number"_s, u"House No."_s,
                    u"Street number"_s}},
            {Field::OrgPostalCode,
                {u"PLZ"_s, u"Postleitzahl"_s, u"Postleitzahl geschäftlich"_s, u"Business Postal Code"_s,
                    u"Work ZipCode"_s, u"Dienstlich: PLZ"_s, u"Postal Code"_s, u"Zip"_s, u"Zip Code"_s}},
            {Field::OrgCity,
                {u"Ort"_s, u"Stadt"_s, u"City"_s, u"Ort geschäftlich"_s, u"Business City"_s, u"Work City"_s,
                    u"Dienstlich: Ort"_s}},
            {Field::OrgCountry,
                {u"Land"_s, u"Country"_s, u"Land/Region geschäftlich"_s, u"Business Country/Region"_s,
                    u"Business Country"_s, u"Work Country"_s, u"Dienstlich: Land"_s, u"Land geschäftlich"_s}},
            {Field::OrgPhone, {u"Telefon Firma"_s, u"Company Main Phone"_s, u"Zentrale"_s, u"Telefon Zentrale"_s}},
            {Field::OrgWebsite,
                {u"Webseite"_s, u"Website"_s, u"Web Page"_s, u"Homepage"_s, u"Internet"_s, u"Webseite 1"_s,
                    u"Web Page 1"_s, u"Internetadresse"_s}},
            // Outlook's type and display name of its e-mail columns say nothing new.
            {Field::Redundant,
                {u"E-mail Type"_s, u"E-mail Display Name"_s, u"E-Mail-Typ"_s, u"E-Mail: Angezeigter Name"_s,
                    u"E-mail 2 Type"_s, u"E-mail 2 Display Name"_s, u"E-mail 3 Type"_s, u"E-mail 3 Display Name"_s,
                    u"E-Mail 2: Typ"_s, u"E-Mail 2: Angezeigter Name"_s, u"E-Mail 3: Typ"_s,
                    u"E-Mail 3: Angezeigter Name"_s, u"File As"_s, u"Speichern unter"_s, u"Initialen"_s,
                    u"Initials"_s}},
        };
        QHash<QString, Field> byName;
        for (const Alias& alias : list) {
            for (const QString& name : alias.names) {
                byName.insert(normalised(name), alias.field);
            }
        }
        return byName;
    }();
    return table;
}

// Google Contacts: "Phone 1 - Value" beside "Phone 1 - Type" (old) or "Phone 1 - Label" (new).
const QRegularExpression& googleColumn()
{
    static const QRegularExpression re(u"^(e-mail|phone|address|organization|website) (\\d+) - (.+)$"_s);
    return re;
}

Field googleField(const QString& group, const QString& part)
{
    if (part == u"type"_s || part == u"label"_s) {
        return Field::Type;
    }
    if (group == u"e-mail"_s && part == u"value"_s) {
        return Field::Email;
    }
    if (group == u"phone"_s && part == u"value"_s) {
        return Field::Phone;
    }
    if (group == u"website"_s && part == u"value"_s) {
        return Field::OrgWebsite;
    }
    if (group == u"address"_s) {
        if (part == u"street"_s || part == u"extended address"_s) {
            return Field::OrgStreet; // the second line after the first: "Grubenweg 5, Halle 3"
        }
        if (part == u"city"_s) {
            return Field::OrgCity;
        }
        if (part == u"postal code"_s) {
            return Field::OrgPostalCode;
        }
        if (part == u"country"_s) {
            return Field::OrgCountry;
        }
        if (part == u"formatted"_s) {
            return Field::Redundant;
        }
    }
    if (group == u"organization"_s) {
        if (part == u"name"_s) {
            return Field::Organisation;
        }
        if (part == u"title"_s) {
            return Field::Function;
        }
        if (part == u"department"_s) {
            return Field::Department;
        }
    }
    return Field::Ignore;
}

struct Names
{
    Field field;
    const char* code;
    const char* label;
};

// QT_TRANSLATE_NOOP keeps the labels in one table for lupdate.
constexpr Names names[] = {
    {Field::Ignore, "ignore", QT_TRANSLATE_NOOP("kmuni::import", "(not taken over)")},
    {Field::Type, "type", QT_TRANSLATE_NOOP("kmuni::import", "(type of another column)")},
    {Field::Redundant, "redundant", QT_TRANSLATE_NOOP("kmuni::import", "(repeats other columns)")},
    {Field::NamePrefix, "prefix", QT_TRANSLATE_NOOP("kmuni::import", "Salutation / title")},
    {Field::FirstName, "first_name", QT_TRANSLATE_NOOP("kmuni::import", "First name")},
    {Field::MiddleName, "middle_name", QT_TRANSLATE_NOOP("kmuni::import", "Middle name")},
    {Field::LastName, "last_name", QT_TRANSLATE_NOOP("kmuni::import", "Last name")},
    {Field::FullName, "full_name", QT_TRANSLATE_NOOP("kmuni::import", "Full name")},
    {Field::Function, "function", QT_TRANSLATE_NOOP("kmuni::import", "Function")},
    {Field::Department, "department", QT_TRANSLATE_NOOP("kmuni::import", "Department")},
    {Field::Email, "email", QT_TRANSLATE_NOOP("kmuni::import", "E-mail")},
    {Field::Phone, "phone", QT_TRANSLATE_NOOP("kmuni::import", "Phone")},
    {Field::Mobile, "mobile", QT_TRANSLATE_NOOP("kmuni::import", "Mobile")},
    {Field::Notes, "notes", QT_TRANSLATE_NOOP("kmuni::import", "Notes")},
    {Field::Consent, "consent", QT_TRANSLATE_NOOP("kmuni::import", "Consent date")},
    {Field::DoNotContact, "do_not_contact", QT_TRANSLATE_NOOP("kmuni::import", "Do not contact")},
    {Field::Organisation, "organisation", QT_TRANSLATE_NOOP("kmuni::import", "Organisation")},
    {Field::LegalForm, "legal_form", QT_TRANSLATE_NOOP("kmuni::import", "Legal form (organisation)")},
    {Field::OrgStreet, "street", QT_TRANSLATE_NOOP("kmuni::import", "Street (organisation)")},
    {Field::OrgHouseNumber, "house_number", QT_TRANSLATE_NOOP("kmuni::import", "House number (organisation)")},
    {Field::OrgPostalCode, "postal_code", QT_TRANSLATE_NOOP("kmuni::import", "Postal code (organisation)")},
    {Field::OrgCity, "city", QT_TRANSLATE_NOOP("kmuni::import", "City (organisation)")},
    {Field::OrgCountry, "country", QT_TRANSLATE_NOOP("kmuni::import", "Country (organisation)")},
    {Field::OrgPhone, "organisation_phone", QT_TRANSLATE_NOOP("kmuni::import", "Phone (organisation)")},
    {Field::OrgWebsite, "website", QT_TRANSLATE_NOOP("kmuni::import", "Website (organisation)")},
    {Field::OrgShortName, "short_name", QT_TRANSLATE_NOOP("kmuni::import", "Short name")},
    {Field::OrgKind, "kind", QT_TRANSLATE_NOOP("kmuni::import", "Kind (company, university, …)")},
    {Field::OrgParent, "university", QT_TRANSLATE_NOOP("kmuni::import", "University (of an institute)")},
    {Field::OrgInstituteType, "institute_type", QT_TRANSLATE_NOOP("kmuni::import", "Type of institute")},
    {Field::OrgSector, "sector", QT_TRANSLATE_NOOP("kmuni::import", "Sector")},
    {Field::OrgEmail, "organisation_email", QT_TRANSLATE_NOOP("kmuni::import", "E-mail (organisation)")},
    {Field::OrgEmployees, "employees", QT_TRANSLATE_NOOP("kmuni::import", "Employees")},
    {Field::OrgSme, "sme", QT_TRANSLATE_NOOP("kmuni::import", "SME")},
    {Field::OrgPilot, "pilot", QT_TRANSLATE_NOOP("kmuni::import", "Pilot participant")},
    {Field::OrgStage, "stage", QT_TRANSLATE_NOOP("kmuni::import", "Outreach stage")},
    {Field::OrgNeeds, "needs", QT_TRANSLATE_NOOP("kmuni::import", "Needs")},
    {Field::OrgOffers, "offers", QT_TRANSLATE_NOOP("kmuni::import", "Offers")},
    {Field::OrgResponsible, "responsible", QT_TRANSLATE_NOOP("kmuni::import", "Responsible staff member")},
    {Field::Archived, "archived", QT_TRANSLATE_NOOP("kmuni::import", "Archived")},
};
static_assert(std::size(names) == size_t(Field::Count));

} // namespace

QString label(Field field)
{
    return int(field) >= 0 && field < Field::Count ? Tr::tr(names[int(field)].label) : QString();
}

QString code(Field field)
{
    return int(field) >= 0 && field < Field::Count ? QString::fromLatin1(names[int(field)].code) : QString();
}

Field fromCode(const QString& text)
{
    for (const Names& n : names) {
        if (text == QLatin1StringView(n.code)) {
            return n.field;
        }
    }
    return Field::Ignore;
}

QList<Field> choosable(Target target)
{
    if (target == Target::Organisations) {
        return {Field::Ignore, Field::Organisation, Field::OrgShortName, Field::LegalForm, Field::OrgKind,
            Field::OrgParent, Field::OrgInstituteType, Field::OrgSector, Field::OrgStreet, Field::OrgHouseNumber,
            Field::OrgPostalCode, Field::OrgCity, Field::OrgCountry, Field::OrgPhone, Field::OrgEmail,
            Field::OrgWebsite, Field::OrgEmployees, Field::OrgSme, Field::OrgPilot, Field::OrgStage, Field::OrgNeeds,
            Field::OrgOffers, Field::Notes, Field::OrgResponsible, Field::Archived};
    }
    QList<Field> fields;
    for (const Names& n : names) {
        if (n.field != Field::Type && n.field != Field::Redundant
            && (n.field < Field::OrgShortName || n.field == Field::OrgParent)) {
            fields << n.field;
        }
    }
    return fields;
}

Mapping detectOrganisations(const QStringList& header)
{
    static const QHash<QString, Field> table = [] {
        const QList<Alias> list = {
            {Field::Organisation,
                {u"Name"_s, u"Organisation"_s, u"Organization"_s, u"Firma"_s, u"Unternehmen"_s, u"Company"_s,
                    u"Firmenname"_s, u"Einrichtung"_s, u"Institution"_s}},
            {Field::OrgShortName, {u"Kurzname"_s, u"Kurzbezeichnung"_s, u"Short name"_s}},
            {Field::LegalForm, {u"Rechtsform"_s, u"Legal form"_s}},
            {Field::OrgKind, {u"Art"_s, u"Kind"_s, u"Typ"_s, u"Organisationsart"_s}},
            {Field::OrgParent, {u"University"_s, u"Hochschule"_s, u"Universität"_s}},
            {Field::OrgInstituteType,
                {u"Art der Einrichtung"_s, u"Type of institute"_s, u"Institutsart"_s, u"Einrichtungsart"_s}},
            {Field::OrgSector,
                {u"Branche"_s, u"Sector"_s, u"Industry"_s, u"Wirtschaftszweig"_s, u"WZ"_s, u"WZ 2008"_s, u"WZ-2008"_s,
                    u"WZ-Code"_s, u"WZ 2008 Code"_s, u"Branchenschlüssel"_s}},
            {Field::OrgStreet,
                {u"Straße"_s, u"Strasse"_s, u"Street"_s, u"Adresse"_s, u"Anschrift"_s, u"Straße und Hausnummer"_s,
                    u"Straße und Hausnr."_s, u"Straße/Hausnummer"_s, u"Straße/Hausnr."_s, u"Straße, Hausnummer"_s,
                    u"Straße, Hausnr."_s, u"Straße + Hausnr."_s}},
            {Field::OrgHouseNumber,
                {u"Hausnummer"_s, u"Hausnr."_s, u"Hausnr"_s, u"Haus-Nr."_s, u"House number"_s, u"House No."_s,
                    u"Street number"_s}},
            {Field::OrgPostalCode, {u"PLZ"_s, u"Postleitzahl"_s, u"Postal code"_s, u"Zip"_s, u"Zip code"_s}},
            {Field::OrgCity, {u"Ort"_s, u"Stadt"_s, u"City"_s}},
            {Field::OrgCountry, {u"Land"_s, u"Country"_s}},
            {Field::OrgPhone,
                {u"Telefon"_s, u"Phone"_s, u"Tel"_s, u"Tel."_s, u"Telefonnummer"_s, u"Zentrale"_s,
                    u"Telefon Zentrale"_s}},
            {Field::OrgEmail, {u"E-Mail"_s, u"EMail"_s, u"Email"_s, u"Mail"_s, u"E-Mail-Adresse"_s}},
            {Field::OrgWebsite,
                {u"Webseite"_s, u"Website"_s, u"Web Page"_s, u"Homepage"_s, u"Internet"_s, u"Internetadresse"_s}},
            {Field::OrgEmployees,
                {u"Beschäftigte"_s, u"Mitarbeiter"_s, u"Mitarbeitende"_s, u"Mitarbeiterzahl"_s, u"Anzahl Mitarbeiter"_s,
                    u"Employees"_s, u"Beschäftigtengrößenklasse"_s, u"Größenklasse"_s, u"Beschäftigtenklasse"_s,
                    u"Mitarbeitergrößenklasse"_s, u"Anzahl Beschäftigte"_s, u"Beschäftigtenzahl"_s}},
            {Field::OrgSme, {u"KMU"_s, u"SME"_s}},
            {Field::OrgPilot,
                {u"Pilot"_s, u"Pilotteilnehmer"_s, u"Pilotunternehmen"_s, u"Pilot participant"_s, u"Pilotteilnahme"_s}},
            {Field::OrgStage,
                {u"Stufe"_s, u"Ansprachestufe"_s, u"Kontaktstufe"_s, u"Betreuungsstand"_s, u"Outreach stage"_s,
                    u"Stage"_s}},
            {Field::OrgNeeds, {u"Bedarf"_s, u"Bedarfe"_s, u"Needs"_s}},
            {Field::OrgOffers, {u"Angebot"_s, u"Angebote"_s, u"Offers"_s}},
            {Field::OrgResponsible,
                {u"Zuständig"_s, u"Zuständige/r"_s, u"Zuständigkeit"_s, u"Betreut von"_s, u"Betreuer/in"_s,
                    u"Responsible"_s, u"Responsible staff member"_s}},
            {Field::Archived, {u"Archiviert"_s, u"Archived"_s}},
            {Field::Notes, {u"Notizen"_s, u"Notiz"_s, u"Bemerkung"_s, u"Bemerkungen"_s, u"Notes"_s}},
            // Our export's last contact is counted from the activities, not stored.
            {Field::Redundant, {u"Letzter Kontakt"_s, u"Last contact"_s}},
        };
        QHash<QString, Field> byName;
        for (const Alias& alias : list) {
            for (const QString& name : alias.names) {
                byName.insert(normalised(name), alias.field);
            }
        }
        return byName;
    }();
    Mapping mapping(header.size());
    for (int i = 0; i < header.size(); ++i) {
        mapping[i].field = table.value(normalised(header[i]), Field::Ignore);
    }
    return mapping;
}

bool namesOrganisations(const Mapping& mapping)
{
    for (const Column& c : mapping) {
        if (c.field == Field::Organisation) {
            return true;
        }
    }
    return false;
}

QString matchKey(const QString& name)
{
    QString key = similarity::nameKey(name);
    key.replace(u"ae"_s, u"a"_s).replace(u"oe"_s, u"o"_s).replace(u"ue"_s, u"u"_s);
    return key;
}

QStringList otherNames(const QString& name, const QString& shortName)
{
    static const QRegularExpression bracketed(u"\\s*\\([^()]*\\)\\s*$"_s);
    QStringList names;
    for (const QString& other : {shortName.trimmed(), QString(name).remove(bracketed).trimmed()}) {
        if (!other.isEmpty() && other != name.trimmed() && !names.contains(other)) {
            names << other;
        }
    }
    return names;
}

Mapping detect(const QStringList& header)
{
    Mapping mapping(header.size());
    QHash<QString, int> typeColumns; // Google group ("phone 1") → its type column
    QList<QString> groups(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString h = normalised(header[i]);
        const QRegularExpressionMatch m = googleColumn().match(h);
        if (m.hasMatch()) {
            const QString group = m.captured(1) + u' ' + m.captured(2);
            mapping[i].field = googleField(m.captured(1), m.captured(3));
            if (mapping[i].field == Field::Type) {
                typeColumns.insert(group, i);
            }
            groups[i] = group;
            continue;
        }
        mapping[i].field = aliases().value(h, Field::Ignore);
    }
    // Outlook's "Ort" beside "Ort geschäftlich" is the office's location ("Raum 3.12"), not a city.
    if (header.size() > 20) {
        const qsizetype business = header.indexOf(u"Ort geschäftlich"_s);
        const qsizetype location = header.indexOf(u"Ort"_s);
        if (business >= 0 && location >= 0) {
            mapping[location].field = Field::Ignore;
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        if (!groups[i].isEmpty() && mapping[i].field != Field::Type) {
            mapping[i].typeColumn = typeColumns.value(groups[i], -1);
        }
    }
    return mapping;
}

bool namesPersons(const Mapping& mapping)
{
    for (const Column& c : mapping) {
        if (c.field == Field::LastName || c.field == Field::FullName) {
            return true;
        }
    }
    return false;
}

QString wrongKind(const QStringList& header, Target target)
{
    const Mapping persons = detect(header);
    const auto names
        = [&](int i) { return persons[i].field == Field::FirstName || persons[i].field == Field::LastName; };
    QStringList telling;
    const auto quoted = [&telling] {
        return telling.size() <= 3 ? telling.join(u", "_s) : telling.mid(0, 3).join(u", "_s) + u", …"_s;
    };
    if (target == Target::Persons) {
        const Mapping organisations = detectOrganisations(header);
        static const QList<Field> ownFields{Field::OrgShortName, Field::OrgKind, Field::OrgParent,
            Field::OrgInstituteType, Field::OrgSector, Field::OrgEmployees, Field::OrgSme, Field::OrgPilot,
            Field::OrgStage, Field::OrgNeeds, Field::OrgOffers, Field::OrgResponsible, Field::Archived};
        for (int i = 0; i < header.size(); ++i) {
            if (names(i)) {
                return {};
            }
            if (ownFields.contains(organisations[i].field)) {
                telling << u"»"_s + header[i] + u"«"_s;
            }
        }
        // A full name ("Name") beside two columns of a company may still be a list of persons.
        const bool fullName
            = std::any_of(persons.cbegin(), persons.cend(), [](const Column& c) { return c.field == Field::FullName; });
        return telling.size() < (fullName ? 3 : 2)
            ? QString()
            : Tr::tr("The file looks like a list of organisations (columns %1), not of contact "
                     "persons: import it as organisations.")
                  .arg(quoted());
    }
    for (int i = 0; i < header.size(); ++i) {
        if (names(i)) {
            telling << u"»"_s + header[i] + u"«"_s;
        }
    }
    return telling.isEmpty() ? QString()
                             : Tr::tr("The file looks like a list of contact persons (columns %1): import it as "
                                      "contact persons, which creates their organisations too.")
                                   .arg(quoted());
}

std::optional<QStringList> twoRowHeader(const QStringList& upper, const QStringList& lower, Target target)
{
    const auto mapped = [target](const QStringList& row) {
        return target == Target::Persons ? detect(row) : detectOrganisations(row);
    };
    const auto known = [](const Mapping& m) {
        return std::count_if(m.cbegin(), m.cend(), [](const Column& c) { return c.field != Field::Ignore; });
    };
    // The lower row names columns itself: most of its cells are column names (a data row's are not).
    const Mapping own = mapped(lower);
    const auto filled
        = std::count_if(lower.cbegin(), lower.cend(), [](const QString& c) { return !c.trimmed().isEmpty(); });
    if (known(own) < 2 || known(own) * 2 < filled) {
        return std::nullopt;
    }
    QStringList combined = upper;
    for (int i = 0; i < lower.size(); ++i) {
        if (i >= combined.size()) {
            combined << lower[i];
        } else if (!lower[i].trimmed().isEmpty()) {
            combined[i] = lower[i];
        }
    }
    if (known(mapped(combined)) <= known(mapped(upper))) {
        return std::nullopt;
    }
    return combined;
}

bool namesTarget(const QStringList& row, Target target)
{
    return target == Target::Persons ? namesPersons(detect(row)) : namesOrganisations(detectOrganisations(row));
}

bool holdsList(const QStringList& row, Target target)
{
    return namesTarget(row, target) && wrongKind(row, target).isEmpty();
}

int headerRow(const QList<QStringList>& rows, Target target)
{
    for (int i = 0; i < rows.size() && i < 10; ++i) {
        if (namesTarget(rows[i], target)) {
            return i;
        }
    }
    return 0;
}

QString headerKey(const QStringList& header)
{
    QStringList folded;
    for (const QString& h : header) {
        folded << normalised(h);
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

namespace {

// Control characters (other than tab, line breaks and Ctrl-Z) in more than one byte of a hundred, in a
// file without the byte order mark of UTF-16: no text a table program writes. A stray NUL in a text
// file is a row to correct, with its line, not a binary file.
bool isBinary(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return false;
    }
    const auto control = std::count_if(head.cbegin(), head.cend(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A;
    });
    return control > 2 && control * 100 > head.size();
}

} // namespace

RowReader::RowReader(QIODevice* device, csv::Encoding encoding, Target target, const std::optional<Mapping>& mapping,
    qsizetype chunkSize)
{
    bool sheet = false;
    if (device->peek(4) == QByteArrayView("PK\x03\x04")) {
        // Perhaps an Excel workbook: its first sheet, read as a CSV file of it would be. A zip
        // archive is read whole.
        const QByteArray bytes = device->readAll();
        if (xlsx::isXlsx(bytes)) {
            sheet = true;
            // The sheet with the list: a workbook may begin with a cover sheet of notes.
            const xlsx::Sheet read = xlsx::readSheet(bytes, [target](const xlsx::Sheet& s) {
                return std::any_of(s.rows.cbegin(), s.rows.cbegin() + std::min<qsizetype>(s.rows.size(), 10),
                    [target](const QStringList& row) { return holdsList(row, target); });
            });
            if (!read.error.isEmpty()) {
                m_error = read.errorLine > 0
                    ? Tr::tr("The file cannot be read: %1 (line %2).").arg(read.error).arg(read.errorLine)
                    : Tr::tr("The file cannot be read: %1.").arg(read.error);
                return;
            }
            if (!read.passedOver.isEmpty()) {
                m_note = Tr::tr("The list was read from the sheet \"%1\"; the %n sheet(s) before it (%2) hold none.",
                    nullptr, int(read.passedOver.size()))
                             .arg(read.name, read.passedOver.join(u", "_s));
            }
            m_rows.reserve(read.rows.size());
            for (qsizetype i = 0; i < read.rows.size(); ++i) {
                m_rows.append({read.lines.value(i), read.rows[i]});
            }
        } else {
            // A zip archive that is no workbook, or a workbook cut off: not to be read as text.
            m_error = Tr::tr("The file is a packed (zip) archive, not a table: an Excel workbook that is damaged or "
                             "incomplete, or another kind of file. Save it again from Excel, or as CSV.");
            return;
        }
    }
    if (!sheet && isBinary(device->peek(4096))) {
        m_error = Tr::tr("The file is not a table: it holds binary data (a database, a picture, a program). "
                         "Import a CSV or XLSX file.");
        return;
    }
    if (!sheet) {
        m_csv = std::make_unique<csv::Reader>(device, encoding, QChar(), chunkSize);
    }
    // The header is among the first rows (LinkedIn writes notes before it).
    QList<QStringList> first;
    csv::Record record;
    while (first.size() < 10 && fetch(&record)) {
        first << record.fields;
        m_ahead << std::move(record);
        record = {};
    }
    if (!m_error.isEmpty()) {
        return;
    }
    if (m_ahead.isEmpty()) {
        m_error = Tr::tr("The file is empty.");
        return;
    }
    const int row = headerRow(first, target);
    m_header = m_ahead[row].fields;
    m_nextAhead = row + 1;
    if (row + 1 < m_ahead.size()) {
        if (auto both = twoRowHeader(m_header, m_ahead[row + 1].fields, target)) {
            m_header = std::move(*both);
            m_nextAhead = row + 2;
        }
    }
    if (mapping && mapping->size() == m_header.size()) {
        m_mapping = *mapping;
    } else {
        m_mapping = target == Target::Persons ? detect(m_header) : detectOrganisations(m_header);
    }
}

RowReader::RowReader(Source source)
    : m_error(std::move(source.error))
    , m_header(std::move(source.header))
    , m_mapping(std::move(source.mapping))
    , m_rows(std::move(source.records))
{ }

RowReader::~RowReader() = default;

bool RowReader::fetch(csv::Record* record)
{
    // A row of empty cells is no row: Excel writes ";;;;" for every row that was ever formatted.
    const auto blank = [](const csv::Record& r) {
        return std::all_of(r.fields.cbegin(), r.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
    };
    for (;;) {
        if (!m_csv) {
            if (m_next >= m_rows.size()) {
                return false;
            }
            *record = std::move(m_rows[m_next++]); // the rows given back one by one, not held twice
        } else if (!m_csv->next(record) || !m_csv->error().isEmpty()) {
            // An unterminated quote comes with its record: the file is not read all the same.
            if (!m_csv->error().isEmpty()) {
                m_error = Tr::tr("The file cannot be read: %1 (line %2).").arg(m_csv->error()).arg(m_csv->errorLine());
            }
            return false;
        }
        if (!blank(*record)) {
            return true;
        }
    }
}

bool RowReader::next(csv::Record* record)
{
    if (!m_error.isEmpty()) {
        return false;
    }
    if (m_nextAhead < m_ahead.size()) {
        *record = std::move(m_ahead[m_nextAhead++]);
        if (m_nextAhead == m_ahead.size()) {
            m_ahead = {};
            m_nextAhead = 0;
        }
        return true;
    }
    return fetch(record);
}

double RowReader::progress() const
{
    if (m_csv) {
        return m_csv->size() > 0 ? double(m_csv->position()) / double(m_csv->size()) : 1.0;
    }
    return m_rows.isEmpty() ? 1.0 : double(m_next) / double(m_rows.size());
}

QString headerExcerpt(const QStringList& header, qsizetype limit)
{
    constexpr char32_t replacement = 0xFFFD;
    QString excerpt;
    qsizetype shown = 0;
    bool replaced = false;
    QStringList named; // empty cells (a cover sheet's, a row of notes) say nothing
    for (const QString& cell : header) {
        if (!cell.trimmed().isEmpty()) {
            named << cell.trimmed();
        }
    }
    for (const char32_t c : named.join(u", "_s).toUcs4()) {
        if (shown == limit) {
            excerpt += u'…';
            break;
        }
        const bool printable = c != replacement && (c == u' ' || QChar::isPrint(c));
        if (!printable && replaced) {
            continue; // a run of them is one mark
        }
        replaced = !printable;
        excerpt += QString::fromUcs4(printable ? &c : &replacement, 1);
        ++shown;
    }
    return excerpt;
}

Source readCsv(const QByteArray& bytes, csv::Encoding encoding, Target target, const std::optional<Mapping>& mapping)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RowReader rows(&buffer, encoding, target, mapping);
    Source source;
    csv::Record record;
    while (rows.next(&record)) {
        source.records << std::move(record);
        record = {};
    }
    if (!rows.error().isEmpty()) {
        source = {};
        source.error = rows.error();
        return source;
    }
    source.header = rows.header();
    source.mapping = rows.mapping();
    source.note = rows.note();
    return source;
}

} // namespace kmuni::import
