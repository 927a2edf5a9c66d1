// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImportRows.h"
#include "PhoneGuess.h"

#include "common/TextFold.h"
#include "common/Vocabulary.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace kmuni::import::detail {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

// A date as lists write it, German or ISO; a time after it (Outlook's and Excel's "14.03.2024 09:41:12",
// an ISO "2024-03-14T09:41:12") is not the date's and is left off.
QDate parseDate(const QString& text)
{
    static const QRegularExpression withTime(
        u"^(\\S+)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)$"_s);
    QString t = text.trimmed();
    if (const QRegularExpressionMatch m = withTime.match(t); m.hasMatch()) {
        t = m.captured(1);
    }
    for (const QString& format : {u"dd.MM.yyyy"_s, u"d.M.yyyy"_s, u"yyyy-MM-dd"_s, u"dd.MM.yy"_s}) {
        QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            if (format == u"dd.MM.yy"_s && d.year() < 1970) {
                d = d.addYears(100);
            }
            return d;
        }
    }
    return {};
}

using import::yesNo;

// "Frau", "Herr Dr.", "Prof. Dr.", "Mr." → the salutation's code and the academic title.
void parseNamePrefix(const QString& text, QString* salutation, QString* title)
{
    static const QHash<QString, QString> salutations
        = {{u"herr"_s, u"mr"_s}, {u"herrn"_s, u"mr"_s}, {u"hr."_s, u"mr"_s}, {u"hr"_s, u"mr"_s}, {u"mr"_s, u"mr"_s},
            {u"mr."_s, u"mr"_s}, {u"frau"_s, u"ms"_s}, {u"fr."_s, u"ms"_s}, {u"fr"_s, u"ms"_s}, {u"ms"_s, u"ms"_s},
            {u"ms."_s, u"ms"_s}, {u"mrs"_s, u"ms"_s}, {u"mrs."_s, u"ms"_s}};
    QStringList rest;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const auto it = salutations.constFind(fold::simple(word));
        if (it != salutations.cend()) {
            if (salutation->isEmpty()) {
                *salutation = *it;
            }
        } else {
            rest << word;
        }
    }
    if (title->isEmpty()) {
        *title = rest.join(u' ');
    }
}

bool isPrefixWord(const QString& word)
{
    const QString w = fold::simple(word);
    QString salutation;
    QString title;
    parseNamePrefix(word, &salutation, &title);
    return !salutation.isEmpty() || w.startsWith(u"dr."_s) || w.startsWith(u"prof."_s) || w.startsWith(u"dipl."_s)
        || w == u"dr"_s || w == u"prof"_s;
}

// Leading salutations and titles of @p words ("Herr Dr."), taken off; at least one word is left.
QString takePrefix(QStringList& words)
{
    QStringList prefix;
    while (words.size() > 1 && isPrefixWord(words.first())) {
        prefix << words.takeFirst();
    }
    return prefix.join(u' ');
}

// "Herr Dr. Jan van der Berg" or "Berg, Jan": prefix, first and last name.
void splitFullName(const QString& full, QString* prefix, QString* first, QString* last)
{
    const QString text = full.simplified();
    if (const qsizetype comma = text.indexOf(u','); comma > 0) {
        *last = text.left(comma).trimmed();
        QStringList words = text.mid(comma + 1).split(u' ', Qt::SkipEmptyParts);
        *prefix = takePrefix(words);
        *first = words.join(u' ');
        return;
    }
    static const QStringList particles
        = {u"von"_s, u"van"_s, u"de"_s, u"der"_s, u"den"_s, u"zu"_s, u"vom"_s, u"zum"_s, u"ter"_s, u"da"_s, u"di"_s};
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    *prefix = takePrefix(words);
    if (words.isEmpty()) {
        return;
    }
    qsizetype lastStart = words.size() - 1;
    while (lastStart > 1 && particles.contains(words[lastStart - 1])) {
        --lastStart;
    }
    *last = words.mid(lastStart).join(u' ');
    *first = words.mid(0, lastStart).join(u' ');
}

// A Google cell may hold several values: "+49 231 1 ::: +49 231 2".
QStringList values(const QString& cell)
{
    if (!cell.contains(u" ::: "_s)) {
        return {cell};
    }
    return cell.split(u" ::: "_s, Qt::SkipEmptyParts);
}

// The fields of one row, each cell put where its column says.
struct Cells
{
    std::array<QString, size_t(Field::Count)> v;
    std::array<int, size_t(Field::Count)> from = filled(-1); ///< the column each value came from
    std::array<int, size_t(Field::Count)> rank = filled(0); ///< how good it is (typeRank)
    QList<int> notTaken; ///< columns with a value this row could not take
    QString& operator[](Field f) { return v[size_t(f)]; }
    const QString& operator[](Field f) const { return v[size_t(f)]; }
    int column(Field f) const { return from[size_t(f)]; }

    static std::array<int, size_t(Field::Count)> filled(int value)
    {
        std::array<int, size_t(Field::Count)> a;
        a.fill(value);
        return a;
    }
};

// Of two e-mails, phones or websites a row has (Google: "E-mail 1 - Type: * Home", "E-mail 2 - Type:
// Work"), the business one is kept: work 2, without a type 1, private 0.
int typeRank(const QString& typeCell)
{
    const QString t = fold::simple(typeCell);
    for (const char16_t* w : {u"work", u"business", u"geschaft", u"dienst", u"arbeit", u"buro", u"office"}) {
        if (t.contains(QStringView(w))) {
            return 2;
        }
    }
    for (const char16_t* w : {u"home", u"privat", u"personal", u"other", u"andere"}) {
        if (t.contains(QStringView(w))) {
            return 0;
        }
    }
    return 1;
}

bool ranked(Field field)
{
    return field == Field::Email || field == Field::Phone || field == Field::Mobile || field == Field::OrgWebsite;
}

Field byType(Field field, const QString& typeCell)
{
    const QString t = fold::simple(typeCell);
    const auto has = [&t](std::initializer_list<const char16_t*> words) {
        for (const char16_t* w : words) {
            if (t.contains(QStringView(w))) {
                return true;
            }
        }
        return false;
    };
    const bool privat = has({u"home", u"privat", u"personal"});
    if (field == Field::Phone) {
        if (has({u"mobil", u"cell", u"handy"})) {
            return Field::Mobile;
        }
        if (has({u"zentrale", u"company main", u"telefon firma"})) {
            return Field::OrgPhone; // a label "Zentrale" (not "Main": a person's own main number)
        }
        return privat || has({u"fax", u"pager"}) ? Field::Ignore : Field::Phone;
    }
    if (field == Field::OrgStreet || field == Field::OrgHouseNumber || field == Field::OrgCity
        || field == Field::OrgPostalCode) {
        return privat ? Field::Ignore : field;
    }
    return field;
}

Cells readCells(const csv::Record& record, const import::Mapping& mapping)
{
    Cells cells;
    QList<int> exchangeOnly; // columns of Exchange's own addresses
    for (int i = 0; i < mapping.size() && i < record.fields.size(); ++i) {
        const import::Column& column = mapping[i];
        const QString cell = import::cellText(record.fields[i]);
        if (cell.isEmpty() || column.field == Field::Type || column.field == Field::Redundant) {
            continue;
        }
        Field field = column.field;
        int rank = 1;
        if (column.typeColumn >= 0 && column.typeColumn < record.fields.size()) {
            field = byType(field, record.fields[column.typeColumn]);
            rank = typeRank(record.fields[column.typeColumn]);
        }
        if (field == Field::Ignore) {
            if (!import::isPlaceholder(cell)) {
                cells.notTaken << i;
            }
            continue;
        }
        // Outlook of an Exchange account writes the address book's "/o=ExchangeLabs/…/cn=…" (type "EX") where
        // the address is, the SMTP address in another e-mail column: no address, left for the next one.
        if (field == Field::Email && cell.startsWith(u"/o="_s, Qt::CaseInsensitive)) {
            exchangeOnly << i;
            continue;
        }
        bool lost = false;
        for (const QString& value : values(cell)) {
            QString& target = cells[field];
            if (target.isEmpty()) {
                target = value;
                cells.from[size_t(field)] = i;
                cells.rank[size_t(field)] = rank;
            } else if (ranked(field) && rank > cells.rank[size_t(field)]) {
                cells.notTaken << cells.column(field); // a better one than the column's before
                target = value;
                cells.from[size_t(field)] = i;
                cells.rank[size_t(field)] = rank;
            } else if (field == Field::Notes) {
                target += u'\n' + value;
            } else if (field == Field::OrgStreet || field == Field::NamePrefix) {
                target += (field == Field::OrgStreet ? u", "_s : u" "_s) + value;
            } else if (target.compare(value, Qt::CaseInsensitive) != 0) {
                lost = true;
            }
        }
        if (lost) {
            cells.notTaken << i;
        }
    }
    if (cells[Field::Email].isEmpty()) {
        cells.notTaken << exchangeOnly; // no other address: said
    }
    // A university alone is the organisation; beside its own name, an institute's.
    if (cells[Field::Organisation].isEmpty() && !cells[Field::OrgParent].isEmpty()) {
        std::swap(cells[Field::Organisation], cells[Field::OrgParent]);
        std::swap(cells.from[size_t(Field::Organisation)], cells.from[size_t(Field::OrgParent)]);
    }
    // An address or a website without the organisation's name has nowhere to go.
    if (cells[Field::Organisation].isEmpty()) {
        for (int i = 0; i < mapping.size() && i < record.fields.size(); ++i) {
            const Field f = mapping[i].field;
            if ((f == Field::LegalForm || f == Field::OrgStreet || f == Field::OrgHouseNumber
                    || f == Field::OrgPostalCode || f == Field::OrgCity || f == Field::OrgCountry
                    || f == Field::OrgPhone || f == Field::OrgWebsite)
                && !cells[f].isEmpty()) {
                cells.notTaken << i;
            }
        }
        for (const Field f : {Field::LegalForm, Field::OrgStreet, Field::OrgHouseNumber, Field::OrgPostalCode,
                 Field::OrgCity, Field::OrgCountry, Field::OrgPhone, Field::OrgWebsite}) {
            cells[f].clear();
        }
    }
    return cells;
}

// Germany, or an address that does not say: a postal code is a German one.
bool inGermany(const QString& countryCode)
{
    return countryCode.isEmpty() || countryCode == u"DE"_s;
}

// True when @p text has @p word as a word of its own (case aside): "Leiter Entwicklung" has "Entwicklung",
// "Einkaufsleiterin" has not "Einkauf".
bool hasWord(const QString& text, const QString& word)
{
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetterOrNumber())
            && (end == text.size() || !text.at(end).isLetterOrNumber())) {
            return true;
        }
    }
    return false;
}

void readPerson(const Cells& c, Row& row, FieldErrors& errors, const QString& region, bool guessPhones)
{
    Person& p = row.person;
    p.lastName = c[Field::LastName];
    p.firstName = c[Field::FirstName];
    if (!c[Field::MiddleName].isEmpty()) {
        p.firstName = QString(p.firstName + u' ' + c[Field::MiddleName]).trimmed();
    }
    QString prefix = c[Field::NamePrefix];
    if (!c[Field::FullName].isEmpty() && (p.lastName.isEmpty() || p.firstName.isEmpty())) {
        QString fullPrefix;
        QString first;
        QString last;
        splitFullName(c[Field::FullName], &fullPrefix, &first, &last);
        if (p.lastName.isEmpty()) {
            p.lastName = last;
            if (p.firstName.isEmpty()) {
                p.firstName = first;
            }
        }
        if (prefix.isEmpty()) {
            prefix = fullPrefix;
        }
    }
    if (validate::text(errors, u"salutation"_s, Tr::tr("Salutation"), prefix, TextKind::Short)) {
        parseNamePrefix(prefix, &p.salutation, &p.title);
    }
    p.function = c[Field::Function];
    if (const QString& department = c[Field::Department]; !department.isEmpty()) {
        row.functionIsDepartment = p.function.isEmpty();
        // "Leiter Entwicklung" of the department "Entwicklung" says it already.
        if (p.function.isEmpty()) {
            p.function = department;
        } else if (!hasWord(p.function, department)) {
            p.function += u", "_s + department; // "Einkaufsleiterin, Einkauf"
        }
    }
    p.email = c[Field::Email];
    p.notes = c[Field::Notes];
    p.phone = c[Field::Phone]; // as written until they pass the text rules below
    p.mobile = c[Field::Mobile];
    const QString consent = c[Field::Consent];
    const QString doNotContact = c[Field::DoNotContact];
    if (validate::text(errors, u"consentDate"_s, Tr::tr("Consent date"), consent, TextKind::Short)
        && !consent.isEmpty()) {
        p.consentDate = parseDate(consent);
        p.legalBasis = u"consent"_s;
        if (!p.consentDate.isValid()) {
            errors.append({u"consentDate"_s, Tr::tr("\"%1\" is not a date (DD.MM.YYYY).").arg(consent)});
        }
    }
    if (validate::text(errors, u"doNotContact"_s, Tr::tr("Do not contact"), doNotContact, TextKind::Short)) {
        row.doNotContact = yesNo(doNotContact);
        p.doNotContact = row.doNotContact.value_or(false);
        if (!doNotContact.isEmpty() && !row.doNotContact) {
            // Not taken as "no": a block the file meant must not get lost.
            errors.append({u"doNotContact"_s,
                Tr::tr("%1: \"%2\" is neither yes nor no.").arg(import::label(Field::DoNotContact), doNotContact)});
        }
    }
    errors << p.validate();
    for (auto [field, name, target] :
        {std::tuple{Field::Phone, u"phone"_s, &p.phone}, std::tuple{Field::Mobile, u"mobile"_s, &p.mobile}}) {
        if (hasErrorFor(errors, name)) {
            continue; // too long or a control character: said already
        }
        const QString raw = *target;
        if (guessPhones && region == u"DE"_s) {
            if (QString guessed = guessPhone(raw); !guessed.isNull()) {
                *target = std::move(guessed);
                row.guessedPhones << raw;
                continue;
            }
        }
        const import::PhoneCell cell = import::phoneCell(import::label(field), raw, region);
        *target = cell.number;
        switch (cell.outcome) {
        case import::PhoneCell::Outcome::Kept:
            break;
        case import::PhoneCell::Outcome::KeptToCheck:
            row.toCheck << cell.note;
            break;
        case import::PhoneCell::Outcome::NotKept:
            row.notes << cell.note;
            row.notTaken << c.column(field);
            break;
        case import::PhoneCell::Outcome::NotANumber:
            errors.append({name, phone::notANumber(raw)}); // a word in a phone column: the wrong column?
            break;
        }
    }
}

OrganisationRead readOrganisation(const Cells& c, const QString& region)
{
    OrganisationRead read;
    Organisation o;
    o.name = c[Field::Organisation];
    o.legalForm = c[Field::LegalForm];
    if (o.legalForm.isEmpty()) {
        o.legalForm = import::splitLegalForm(&o.name); // "Zeche Zollern Robotik GmbH"
    }
    o.street = import::street(c[Field::OrgStreet], c[Field::OrgHouseNumber]);
    o.postalCode = c[Field::OrgPostalCode];
    o.city = c[Field::OrgCity];
    // The program keeps German addresses: abroad, street and city are kept, a postal code (not a German
    // one) and the country are said, not refused.
    if (const QString country = c[Field::OrgCountry].trimmed(); !country.isEmpty() && !inGermany(region)) {
        read.abroad = o.postalCode.isEmpty()
            ? Tr::tr("%1 lies in %2: the country is not kept.").arg(o.name, country)
            : Tr::tr("%1 lies in %2: the country and the postal code »%3« (not a German one) are not kept.")
                  .arg(o.name, country, o.postalCode);
        o.postalCode.clear();
    } else if (inGermany(region)) {
        o.postalCode = import::germanPostalCode(o.postalCode);
    }
    o.website = c[Field::OrgWebsite].trimmed();
    if (!o.website.isEmpty() && !o.website.contains(u"://"_s)) {
        o.website.prepend(u"https://"_s);
    }
    o.phone = c[Field::OrgPhone];
    o.email = c[Field::OrgEmail];
    FieldErrors errors = o.validate();
    if (!hasErrorFor(errors, u"phone"_s) && !o.phone.isEmpty()) {
        const import::PhoneCell cell
            = import::phoneCell(import::label(Field::OrgPhone), o.phone, inGermany(region) ? u"DE"_s : region);
        o.phone = cell.number;
        if (cell.outcome == import::PhoneCell::Outcome::KeptToCheck) {
            read.phoneCheck = cell.note;
        } else if (cell.outcome == import::PhoneCell::Outcome::NotKept) {
            read.phoneNote = cell.note;
        } else if (cell.outcome == import::PhoneCell::Outcome::NotANumber) {
            errors.append({u"phone"_s, phone::notANumber(cell.number)});
        }
    }
    for (const FieldError& e : std::as_const(errors)) {
        read.errors.append({e.field, Tr::tr("Organisation: %1").arg(e.message)});
    }
    read.key = matchKey(o.name);
    read.cells = {o.name, o.legalForm, o.street, o.postalCode, o.city, o.phone, o.website, o.email, {},
        matchKey(c[Field::OrgParent]) == read.key ? QString() : c[Field::OrgParent], 0};
    return read;
}

// The organisation the row names, with what it says about it, checked as the form checks it.
void readOrganisation(const Cells& c, Row& row, FieldErrors& errors, OrganisationCache& cache, const QString& region)
{
    QString name = c[Field::Organisation];
    if (!validate::text(errors, u"organisation"_s, Tr::tr("Organisation"), name, TextKind::Name) || name.isEmpty()) {
        return;
    }
    const QString cacheKey = QStringList{name, c[Field::LegalForm], c[Field::OrgStreet], c[Field::OrgHouseNumber],
        c[Field::OrgPostalCode], c[Field::OrgCity], c[Field::OrgCountry], c[Field::OrgPhone], c[Field::OrgWebsite],
        c[Field::OrgEmail], c[Field::OrgParent]}
                                 .join(u'\x1f');
    auto it = cache.constFind(cacheKey);
    if (it == cache.cend()) {
        it = cache.insert(cacheKey, readOrganisation(c, region));
    }
    errors << it->errors;
    row.organisation = it->cells;
    row.organisationKey = it->key;
    if (!it->phoneCheck.isEmpty()) {
        row.toCheck << it->phoneCheck;
    }
    if (!it->phoneNote.isEmpty()) {
        row.notes << it->phoneNote;
        row.notTaken << c.column(Field::OrgPhone);
    }
    if (!it->abroad.isEmpty()) {
        row.notes << it->abroad;
        for (const Field f : {Field::OrgCountry, Field::OrgPostalCode}) {
            if (!c[f].isEmpty()) {
                row.notTaken << c.column(f);
            }
        }
    }
}

// A row without a name: the organisation it names (its data taken over), or nothing (said, not refused).
void readWithoutName(Cells& c, Row& row)
{
    if (c[Field::Organisation].isEmpty()) {
        const QString what = QStringList{c[Field::Email], c[Field::Phone], c[Field::Mobile]}.join(u' ').simplified();
        row.skipped = what.isEmpty() ? Tr::tr("no name and no organisation: left out")
                                     : Tr::tr("no name and no organisation: left out (%1)").arg(what);
        row.notTaken.clear(); // said by the line
        return;
    }
    // A company's own card: its number and address are the company's; what only a person can have is said.
    row.organisationOnly = true;
    if (c[Field::OrgPhone].isEmpty() && !c[Field::Phone].isEmpty()) {
        c[Field::OrgPhone] = c[Field::Phone];
        c.from[size_t(Field::OrgPhone)] = c.column(Field::Phone);
        c[Field::Phone].clear();
    }
    if (c[Field::OrgEmail].isEmpty() && !c[Field::Email].isEmpty() && validate::email(c[Field::Email])) {
        c[Field::OrgEmail] = c[Field::Email];
        c.from[size_t(Field::OrgEmail)] = c.column(Field::Email);
        c[Field::Email].clear();
    }
    for (const Field f : {Field::NamePrefix, Field::Function, Field::Department, Field::Email, Field::Phone,
             Field::Mobile, Field::Notes, Field::Consent, Field::DoNotContact}) {
        if (!c[f].isEmpty()) {
            row.notTaken << c.column(f);
        }
    }
}

bool hasName(const Cells& c)
{
    return !c[Field::FirstName].isEmpty() || !c[Field::LastName].isEmpty() || !c[Field::FullName].isEmpty()
        || !c[Field::MiddleName].isEmpty();
}

} // namespace

// Reads and checks a batch of rows. Every row is read on its own, so the rows are shared out among
// the cores (checking phone numbers with libphonenumber is the slow part); each core keeps its
// organisations from batch to batch in caches[worker].
QList<Row> readRows(const QList<csv::Record>& records, const import::Mapping& mapping,
    std::vector<OrganisationCache>& caches, bool guessPhones)
{
    QList<Row> rows(records.size());
    inParallel(records.size(), int(caches.size()), [&](qsizetype from, qsizetype to, int worker) {
        OrganisationCache& organisations = caches[size_t(worker)];
        if (organisations.size() > 20000) {
            organisations.clear(); // a file of as many organisations as persons: the cache stays small
        }
        for (qsizetype i = from; i < to; ++i) {
            const csv::Record& record = records[i];
            Row& row = rows[i];
            row.line = record.line;
            if (import::isSummaryRow(record.fields)) {
                row.skipped = Tr::tr("a total or a note below the list, not a person: left out");
                continue;
            }
            Cells cells = readCells(record, mapping);
            row.notTaken = cells.notTaken;
            const QString country = country::code(cells[Field::OrgCountry]);
            const QString region = country.isEmpty() ? u"DE"_s : country;
            FieldErrors errors;
            if (hasName(cells)) {
                readPerson(cells, row, errors, region, guessPhones);
            } else {
                readWithoutName(cells, row);
                if (!row.skipped.isEmpty()) {
                    continue;
                }
            }
            readOrganisation(cells, row, errors, organisations, region);
            for (const FieldError& e : std::as_const(errors)) {
                row.problems << e.message;
            }
            row.sortKey = fold::personSortKey(row.person.lastName, row.person.firstName);
        }
    });
    return rows;
}

} // namespace kmuni::import::detail
