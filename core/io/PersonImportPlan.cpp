// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImportPlan.h"

#include "common/Similarity.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "persons/Person.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

using import::matchKey;
using import::detail::inParallel;
using import::detail::keep;
using import::detail::OrganisationCells;
using import::detail::Organisations;
using import::detail::personOf;
using import::detail::Plan;
using import::detail::Row;
using import::detail::Slot;
using import::detail::StoredPersons;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

// Keys of the stored persons are hashed straight from SQLite's UTF-8, without a string for each of
// a city's half a million persons; a hit is checked against the person when it is read.
constexpr quint64 fnvBasis = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

// An e-mail address, ASCII letters in lower case.
quint64 emailHash(QByteArrayView utf8)
{
    quint64 h = fnvBasis;
    for (const char c : utf8) {
        h = (h ^ quint8(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * fnvPrime;
    }
    return h;
}

// A person's sort key ("muller\tanna") with umlauts written either way ("mueller" = "muller"), and
// the key of their organisation.
quint64 personHash(QByteArrayView sortKey, quint64 organisationHash)
{
    quint64 h = fnvBasis;
    for (qsizetype i = 0; i < sortKey.size(); ++i) {
        const char c = sortKey[i];
        h = (h ^ quint8(c)) * fnvPrime;
        if ((c == 'a' || c == 'o' || c == 'u') && i + 1 < sortKey.size() && sortKey[i + 1] == 'e') {
            ++i;
        }
    }
    return (h ^ organisationHash) * fnvPrime;
}

// The same key as text, to check a hit of personHash: folded names, umlauts either way, organisation.
QString personKeyText(const Person& p, const QString& organisationKey)
{
    QString key = fold::personSortKey(p.lastName, p.firstName);
    key.replace(u"ae"_s, u"a"_s).replace(u"oe"_s, u"o"_s).replace(u"ue"_s, u"u"_s);
    return key + u'|' + organisationKey;
}

quint64 organisationHash(const QString& organisationKey)
{
    return emailHash(organisationKey.toUtf8());
}

quint64 personHash(const QString& sortKey, const QString& organisationKey)
{
    return personHash(sortKey.toUtf8(), organisationHash(organisationKey));
}

QString shared(Plan& plan, const QString& organisationKey)
{
    if (organisationKey.isEmpty()) {
        return organisationKey;
    }
    auto it = plan.organisationKeys.constFind(organisationKey);
    if (it == plan.organisationKeys.cend()) {
        it = plan.organisationKeys.insert(organisationKey);
    }
    return *it;
}

// The other names a file may give a stored organisation: its short name ("TU Dortmund"), its name without
// the abbreviation in brackets ("Lehrstuhl für Produktionssysteme" for "… (LPS)"). Only one of no other
// organisation's name and of one organisation only.
void addAliases(import::detail::Organisations& all, const QList<QString>& keys, const QStringList& shortNames)
{
    static const QRegularExpression bracketed(u"\\s*\\([^()]*\\)\\s*$"_s);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        for (const QString& name : {shortNames[i], QString(all.stored[i].name).remove(bracketed)}) {
            const QString alias = name.isEmpty() ? QString() : matchKey(name);
            if (alias.isEmpty() || alias == keys[i] || all.storedByKey.contains(alias)) {
                continue;
            }
            const auto it = all.aliases.constFind(alias);
            if (it == all.aliases.cend()) {
                all.aliases.insert(alias, keys[i]);
            } else if (*it != keys[i]) {
                all.aliases[alias].clear(); // two organisations': it tells neither
            }
        }
    }
}

} // namespace

namespace import::detail {

bool readStored(Database& db, Plan& plan, QString* error)
{
    // The raw connection of a file: Qt SQL's cost per value would be most of the time at city scale.
    sqlite::Statement organisations(db,
        "SELECT id, name, legal_form, street, postal_code, city, phone, website, email, kind, coalesce(parent_id, 0), "
        "short_name FROM organisations");
    sqlite::Statement persons(db, "SELECT id, organisation_id, email, sort_key FROM persons WHERE erased = 0");
    if (!organisations.isValid() || !persons.isValid()) {
        *error = organisations.error() + persons.error();
        return false;
    }
    QList<OrganisationCells>& all = plan.organisations.stored;
    QList<Id>& ids = plan.organisations.storedIds;
    sqlite::Statement organisationCount(db, "SELECT count(*) FROM organisations");
    const qsizetype organisationsExpected = organisationCount.next() ? organisationCount.int64(0) : 0;
    organisationCount.reset();
    all.reserve(organisationsExpected);
    ids.reserve(organisationsExpected);
    QStringList shortNames;
    shortNames.reserve(organisationsExpected);
    while (organisations.next()) {
        ids << organisations.int64(0);
        OrganisationCells& o = all.emplace_back();
        o.name = organisations.text(1);
        o.legalForm = organisations.text(2);
        o.street = organisations.text(3);
        o.postalCode = organisations.text(4);
        o.city = organisations.text(5);
        o.phone = organisations.text(6);
        o.website = organisations.text(7);
        o.email = organisations.text(8);
        o.kind = organisations.text(9);
        o.parentId = organisations.int64(10);
        shortNames << organisations.text(11);
    }
    if (!organisations.error().isEmpty()) {
        *error = organisations.error();
        return false;
    }
    // The names' keys on two cores: folding a city's 100,000 names is most of this read.
    QList<QString> keys(all.size());
    inParallel(all.size(), 2, [&](qsizetype from, qsizetype to, int) {
        for (qsizetype i = from; i < to; ++i) {
            keys[i] = matchKey(all[i].name);
        }
    });
    plan.organisationKeyOf.reserve(all.size());
    plan.organisationHashOf.reserve(all.size());
    plan.organisations.storedByKey.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        plan.organisationKeyOf.insert(ids[i], keys[i]);
        plan.organisationHashOf.insert(ids[i], organisationHash(keys[i]));
        if (const auto first = plan.organisations.storedByKey.constFind(keys[i]);
            first == plan.organisations.storedByKey.cend()) {
            plan.organisations.storedByKey.insert(keys[i], i);
        } else {
            QList<qsizetype>& same = plan.organisations.sameName[keys[i]];
            same << (same.isEmpty() ? QList<qsizetype>{*first, i} : QList<qsizetype>{i});
        }
    }
    addAliases(plan.organisations, keys, shortNames);
    StoredPersons& stored = plan.stored;
    // Room for all of them at once: growing a hash of half a million keys step by step costs more.
    sqlite::Statement count(db, "SELECT count(*) FROM persons");
    const qsizetype expected = count.next() ? count.int64(0) : 0;
    count.reset();
    stored.ids.reserve(expected);
    stored.byEmail.reserve(expected);
    stored.byName.reserve(expected);
    const quint64 noOrganisation = organisationHash(QString());
    while (persons.next()) {
        const qsizetype index = stored.ids.size();
        stored.ids << persons.int64(0);
        const QByteArrayView email = persons.bytes(2);
        if (!email.isEmpty()) {
            stored.byEmail.insert(emailHash(email), index);
        }
        stored.byName.insert(
            personHash(persons.bytes(3), plan.organisationHashOf.value(persons.int64(1), noOrganisation)), index);
    }
    *error = persons.error();
    return error->isEmpty();
}

} // namespace import::detail

namespace {

// The stored person @p id as the import compares them (read now); false with @p error.
bool readStoredPerson(Database& db, Plan& plan, Id id, Person* person, QString* error)
{
    if (!plan.readPerson) {
        plan.readPerson = std::make_unique<sqlite::Statement>(db,
            "SELECT id, organisation_id, salutation, title, first_name, last_name, function, email, phone, mobile, "
            "notes, legal_basis, consent_date, do_not_contact FROM persons WHERE id = ?");
    }
    sqlite::Statement& q = *plan.readPerson;
    q.bind(1, id);
    if (!q.next()) {
        *error = q.error().isEmpty() ? Tr::tr("A person was removed during the import.") : q.error();
        return false;
    }
    Person& p = *person;
    p = Person();
    p.id = q.int64(0);
    p.organisationId = q.int64(1);
    p.salutation = q.text(2);
    p.title = q.text(3);
    p.firstName = q.text(4);
    p.lastName = q.text(5);
    p.function = q.text(6);
    p.email = q.text(7);
    p.phone = q.text(8);
    p.mobile = q.text(9);
    p.notes = q.text(10);
    p.legalBasis = q.text(11);
    p.consentDate = time::dateFromStorage(q.text(12));
    p.doNotContact = q.int64(13) != 0;
    q.reset();
    return true;
}

// The person of slot @p index as the plan has them so far; false with @p error.
bool load(Database& db, Plan& plan, qsizetype index, Person* person, QString* error)
{
    const Slot& s = plan.people[index];
    if (s.text.isEmpty()) {
        return readStoredPerson(db, plan, s.id, person, error);
    }
    *person = personOf(s);
    return true;
}

// The slot of the stored person @p index of plan.stored (made now when no row named them before),
// their person in @p person; -2 with @p error.
qsizetype storedSlot(Database& db, Plan& plan, qsizetype index, Person* person, QString* error)
{
    if (const auto it = plan.slotOfStored.constFind(index); it != plan.slotOfStored.cend()) {
        return load(db, plan, *it, person, error) ? *it : -2;
    }
    if (!readStoredPerson(db, plan, plan.stored.ids[index], person, error)) {
        return -2;
    }
    Slot s;
    s.id = person->id;
    s.organisationId = person->organisationId;
    s.consentDate = person->consentDate;
    s.doNotContact = person->doNotContact;
    s.organisationKey = plan.organisationKeyOf.value(person->organisationId);
    s.stored = true;
    const qsizetype slot = plan.people.size();
    plan.people << std::move(s);
    plan.slotOfStored.insert(index, slot);
    return slot;
}

// Fills @p to's empty fields from @p from; a different value is noted once, not taken.
bool complete(OrganisationCells& to, const OrganisationCells& from, Organisations& all, QStringList* notes)
{
    bool changed = false;
    struct Part
    {
        QString OrganisationCells::*member;
        const char* label;
    };
    static constexpr Part parts[] = {
        {&OrganisationCells::legalForm, QT_TRANSLATE_NOOP("kmuni::PersonImport", "legal form")},
        {&OrganisationCells::street, QT_TRANSLATE_NOOP("kmuni::PersonImport", "street")},
        {&OrganisationCells::postalCode, QT_TRANSLATE_NOOP("kmuni::PersonImport", "postal code")},
        {&OrganisationCells::city, QT_TRANSLATE_NOOP("kmuni::PersonImport", "city")},
        {&OrganisationCells::phone, QT_TRANSLATE_NOOP("kmuni::PersonImport", "phone")},
        {&OrganisationCells::website, QT_TRANSLATE_NOOP("kmuni::PersonImport", "website")},
        {&OrganisationCells::email, QT_TRANSLATE_NOOP("kmuni::PersonImport", "e-mail")},
    };
    for (const Part& part : parts) {
        const QString& value = from.*part.member;
        QString& target = to.*part.member;
        if (value.isEmpty() || target.compare(value, Qt::CaseInsensitive) == 0) {
            continue;
        }
        // "Leibniz-Institut … e.V." stored with its legal form in the name: nothing to complete.
        if (part.member == &OrganisationCells::legalForm && target.isEmpty() && to.name.endsWith(u' ' + value)) {
            continue;
        }
        if (target.isEmpty()) {
            target = value;
            changed = true;
        } else if (const QString label = Tr::tr(part.label); !all.noted.contains(to.name + label)) {
            all.noted.insert(to.name + label);
            *notes << Tr::tr("%1: %2 in the file »%3«, stored »%4« (left as stored)")
                          .arg(Organisation::displayName(to.name, to.legalForm), label, value, target);
        }
    }
    return changed;
}

// Of the stored organisations @p same of one name, the one whose postal code or city @p row gives;
// -1 when that does not tell, with a note (once a name) that the first is taken.
qsizetype byPlace(const QList<qsizetype>& same, const Row& row, Organisations& all, ImportReport& report)
{
    const OrganisationCells& given = row.organisation;
    for (const auto field : {&OrganisationCells::postalCode, &OrganisationCells::city}) {
        const QString wanted = matchKey(given.*field);
        if (wanted.isEmpty()) {
            continue;
        }
        const auto at = std::find_if(
            same.cbegin(), same.cend(), [&](qsizetype i) { return matchKey(all.stored[i].*field) == wanted; });
        if (at != same.cend() && std::none_of(at + 1, same.cend(), [&](qsizetype i) {
                return matchKey(all.stored[i].*field) == wanted;
            })) {
            return *at;
        }
    }
    const OrganisationCells& first = all.stored[same.first()];
    if (!all.noted.contains(u"same name|"_s + first.name)) {
        all.noted.insert(u"same name|"_s + first.name);
        report.organisationNotes << Tr::tr("%1 organisations are named \"%2\": persons of the file whose postal code "
                                           "or city does not tell which are put at the first (%3). Move them in the "
                                           "program where needed.")
                                        .arg(same.size())
                                        .arg(first.name, first.city.isEmpty() ? first.postalCode : first.city);
    }
    return -1;
}

// The organisation to create as @p cells, once for the key @p key: -(index + 1) of it in the plan. A new
// one's kind goes by its name, else @p kind; it is said.
Id toCreate(const QString& key, const OrganisationCells& cells, const QString& kind, Plan& plan, ImportReport& report)
{
    Organisations& all = plan.organisations;
    auto it = all.createdByKey.constFind(key);
    if (it != all.createdByKey.cend()) {
        complete(all.created[*it], cells, all, &report.organisationNotes);
        return -(*it + 1);
    }
    it = all.createdByKey.insert(key, all.created.size());
    OrganisationCells& created = all.created.emplace_back(cells);
    const QString byName
        = created.parentId != 0 ? QString() : Organisation::kindByName(created.name, created.legalForm);
    created.kind = byName.isEmpty() ? kind : byName;
    const QString label = vocab::label(vocab::List::OrganisationKind, created.kind);
    if (!byName.isEmpty()) {
        report.organisationNotes
            << Tr::tr("\"%1\" is created as: %2 (by its name), not as a company.").arg(created.name, label);
    } else if (created.parentId != 0) {
        report.organisationNotes << Tr::tr("\"%1\" is created as: %2 of %3.").arg(created.name, label, cells.parent);
    } else if (!created.kind.isEmpty()) {
        report.organisationNotes
            << Tr::tr("\"%1\" is created as: %2 (named as an institute's).").arg(created.name, label);
    }
    return -(*it + 1);
}

// The institute @p row names with its university (our export's "Hochschule" column, a card's
// "ORG:University;Institute"): the university found by name or created, then of the organisations of
// the institute's name the one of that university, else a new institute of it.
Id instituteOf(const Row& row, Plan& plan, ImportReport& report)
{
    Organisations& all = plan.organisations;
    const QString universityKey = matchKey(row.organisation.parent);
    Id universityId = 0;
    if (const auto it = all.storedByKey.constFind(universityKey); it != all.storedByKey.cend()) {
        universityId = all.storedIds[*it];
        for (const qsizetype i : all.sameName.value(universityKey)) {
            if (all.stored[i].kind == u"university"_s) {
                universityId = all.storedIds[i];
                break;
            }
        }
    } else {
        OrganisationCells university;
        university.name = row.organisation.parent;
        university.legalForm = import::splitLegalForm(&university.name);
        universityId = toCreate(universityKey, university, u"university"_s, plan, report);
    }
    if (universityId > 0) {
        QList<qsizetype> candidates = all.sameName.value(row.organisationKey);
        if (const auto it = all.storedByKey.constFind(row.organisationKey);
            candidates.isEmpty() && it != all.storedByKey.cend()) {
            candidates << *it;
        }
        for (const qsizetype i : std::as_const(candidates)) {
            if (all.stored[i].parentId == universityId) {
                if (complete(all.stored[i], row.organisation, all, &report.organisationNotes)) {
                    all.completed.insert(i);
                }
                return all.storedIds[i];
            }
        }
    }
    OrganisationCells institute = row.organisation;
    institute.parentId = universityId;
    return toCreate(universityKey + u'|' + row.organisationKey, institute, u"institute"_s, plan, report);
}

// The organisation @p row names: its id, or -(index + 1) of one to create; 0 for none. Of two stored
// organisations of one name (the career service of each university), the one the person is at
// (@p current) is meant, not the first one stored, else the one of the row's postal code or city;
// it is the one the row's address completes.
Id organisationOf(const Row& row, Plan& plan, ImportReport& report, Id current = 0)
{
    if (row.organisationKey.isEmpty()) {
        return 0;
    }
    if (!row.organisation.parent.isEmpty()) {
        return instituteOf(row, plan, report);
    }
    Organisations& all = plan.organisations;
    if (const auto it = all.storedByKey.constFind(row.organisationKey); it != all.storedByKey.cend()) {
        qsizetype index = *it;
        const auto same = all.sameName.constFind(row.organisationKey);
        if (current > 0 && plan.organisationKeyOf.value(current) == row.organisationKey) {
            index = current == all.storedIds[index] ? index : all.storedIds.indexOf(current); // rare: no hash
        } else if (same != all.sameName.cend()) {
            index = byPlace(*same, row, all, report);
            if (index < 0) {
                return all.storedIds[same->first()]; // not known which: none completed
            }
        }
        if (complete(all.stored[index], row.organisation, all, &report.organisationNotes)) {
            all.completed.insert(index);
        }
        return all.storedIds[index];
    }
    return toCreate(row.organisationKey, row.organisation, {}, plan, report);
}

// Takes the row's values into @p to; the names of the fields that changed.
QStringList takeValues(const Row& row, Id organisationId, Person& to, QHash<const char*, QString>& labels)
{
    QStringList changed;
    const Person& from = row.person;
    // Labels are translated once, for what changed, and shared by the rows that change it.
    const auto label = [&labels](const char* text) {
        auto it = labels.constFind(text);
        if (it == labels.cend()) {
            it = labels.insert(text, Tr::tr(text));
        }
        return *it;
    };
    const auto take = [&](QString Person::*member, const char* text, Qt::CaseSensitivity cs) {
        if (!(from.*member).isEmpty() && (to.*member).compare(from.*member, cs) != 0
            && !fold::isTransliteration(from.*member, to.*member)) {
            to.*member = from.*member;
            changed << label(text);
        }
    };
    take(&Person::salutation, QT_TRANSLATE_NOOP("kmuni::PersonImport", "salutation"), Qt::CaseSensitive);
    take(&Person::title, QT_TRANSLATE_NOOP("kmuni::PersonImport", "title"), Qt::CaseSensitive);
    take(&Person::firstName, QT_TRANSLATE_NOOP("kmuni::PersonImport", "first name"), Qt::CaseSensitive);
    take(&Person::lastName, QT_TRANSLATE_NOOP("kmuni::PersonImport", "last name"), Qt::CaseSensitive);
    if (!row.functionIsDepartment || to.function.isEmpty()) {
        take(&Person::function, QT_TRANSLATE_NOOP("kmuni::PersonImport", "function"), Qt::CaseSensitive);
    }
    take(&Person::email, QT_TRANSLATE_NOOP("kmuni::PersonImport", "e-mail"), Qt::CaseInsensitive);
    take(&Person::phone, QT_TRANSLATE_NOOP("kmuni::PersonImport", "phone"), Qt::CaseSensitive);
    take(&Person::mobile, QT_TRANSLATE_NOOP("kmuni::PersonImport", "mobile"), Qt::CaseSensitive);
    take(&Person::notes, QT_TRANSLATE_NOOP("kmuni::PersonImport", "notes"), Qt::CaseSensitive);
    if (from.consentDate.isValid() && (to.consentDate != from.consentDate || to.legalBasis != from.legalBasis)) {
        to.consentDate = from.consentDate;
        to.legalBasis = from.legalBasis;
        changed << label(QT_TRANSLATE_NOOP("kmuni::PersonImport", "consent"));
    }
    if (row.doNotContact && to.doNotContact != *row.doNotContact) {
        to.doNotContact = *row.doNotContact;
        changed << label(QT_TRANSLATE_NOOP("kmuni::PersonImport", "do not contact"));
    }
    if (organisationId != 0 && to.organisationId != organisationId) {
        to.organisationId = organisationId;
        changed << label(QT_TRANSLATE_NOOP("kmuni::PersonImport", "organisation"));
    }
    return changed;
}

// Decides for the rows of a batch one at a time, one method per step: the same person found (by
// e-mail, else by name and organisation), then a new person or a change to them, then the keys
// that find them for the rows below. What a later batch needs of this one is in @p plan.
struct Planner
{
    Database& db;
    Plan& plan;
    ImportReport& report;
    QString* error;
    Person known; ///< the person of the candidate in hand, as the plan has them so far
    QString namesake; ///< the e-mail address of a person of the row's name and organisation that is not the row's

    // A row planned; false with @p error when a stored person cannot be read.
    bool planRow(const Row& row)
    {
        if (!row.skipped.isEmpty()) {
            return true;
        }
        // A stored organisation by another name it has ("TU Dortmund"): the row as if it gave its name.
        if (const auto alias = plan.organisations.aliases.constFind(row.organisationKey);
            alias != plan.organisations.aliases.cend() && !alias->isEmpty() && row.organisation.parent.isEmpty()) {
            Row named = row;
            named.organisationKey = *alias;
            return planRow(named);
        }
        if (row.organisationOnly) {
            organisationOf(row, plan, report);
            ++report.organisationRows;
            return true;
        }
        const Person& p = row.person;
        namesake.clear();
        const quint64 nameKey = personHash(row.sortKey, row.organisationKey);
        const QString email = p.email.toLower();
        const quint64 emailKey = emailHash(email.toUtf8());
        // The same person: by e-mail, else by name and organisation; a row further up first.
        qsizetype index = -1;
        if (!email.isEmpty() && !findByEmail(email, emailKey, &index)) {
            return false;
        }
        if (index < 0 && !findByName(row, email, nameKey, &index)) {
            return false;
        }
        // Of a stored person, the organisation they are at is the one a name they share means.
        const bool stored = index >= 0 && plan.people[index].stored;
        const Id organisationId = organisationOf(row, plan, report, stored ? known.organisationId : 0);
        ImportReport::Change change;
        change.line = row.line;
        if (index < 0) {
            index = created(row, organisationId, change);
            if (!namesake.isEmpty()) {
                // Two addresses are two persons: a namesake with a new address is the user's to merge.
                report.toCheck.append({row.line,
                    Tr::tr("%1 is created: a person of the same name and organisation has another e-mail "
                           "address (»%2«). If they are one person, merge them (Ctrl+Shift+M).")
                        .arg(p.displayName(), namesake)});
            }
        } else {
            updated(row, organisationId, index, change);
        }
        remember(row, index);
        report.changes << change;
        return true;
    }

    // The candidate with the address @p email into @p index (left -1 without one); false with @p error.
    bool findByEmail(const QString& email, quint64 emailKey, qsizetype* index)
    {
        if (const qsizetype candidate = plan.byEmail.value(emailKey, -1); candidate >= 0) {
            if (!load(db, plan, candidate, &known, error)) {
                return false;
            }
            if (known.email.toLower() == email) {
                *index = candidate;
            }
        }
        if (*index < 0) {
            if (const qsizetype stored = plan.stored.byEmail.value(emailKey, -1); stored >= 0) {
                const qsizetype candidate = storedSlot(db, plan, stored, &known, error);
                if (candidate == -2) {
                    return false;
                }
                // A hash is a hint: the person read must have the address.
                if (known.email.compare(email, Qt::CaseInsensitive) == 0) {
                    *index = candidate;
                }
            }
        }
        return true;
    }

    // Two e-mail addresses that differ are two persons, whatever their names.
    bool sameByName(const QString& email) const
    {
        return email.isEmpty() || known.email.isEmpty() || known.email.compare(email, Qt::CaseInsensitive) == 0;
    }

    // The candidate has the row's name and organisation, and no other e-mail address (else they are
    // remembered as its namesake, to be said).
    bool sameName(const Row& row, const QString& email, qsizetype candidate)
    {
        const Person& p = row.person;
        if (personKeyText(known, plan.people[candidate].organisationKey) != personKeyText(p, row.organisationKey)) {
            return false;
        }
        if (!sameByName(email)) {
            namesake = known.email;
            return false;
        }
        return true;
    }

    // The candidate of the same name and organisation into @p index (left -1 without one); false with
    // @p error.
    bool findByName(const Row& row, const QString& email, quint64 nameKey, qsizetype* index)
    {
        if (const qsizetype candidate = plan.byName.value(nameKey, -1); candidate >= 0) {
            if (!load(db, plan, candidate, &known, error)) {
                return false;
            }
            if (sameName(row, email, candidate)) {
                *index = candidate;
            }
        }
        if (*index < 0) {
            if (const qsizetype stored = plan.stored.byName.value(nameKey, -1); stored >= 0) {
                const qsizetype candidate = storedSlot(db, plan, stored, &known, error);
                if (candidate == -2) {
                    return false;
                }
                // A hash is a hint: the person read must have the name and organisation.
                if (sameName(row, email, candidate)) {
                    *index = candidate;
                }
            }
        }
        return true;
    }

    // A new person: their slot's index.
    qsizetype created(const Row& row, Id organisationId, ImportReport::Change& change)
    {
        const Person& p = row.person;
        known = p;
        known.organisationId = organisationId;
        Slot s;
        keep(s, known);
        s.organisationKey = shared(plan, row.organisationKey);
        s.firstLine = row.line;
        const qsizetype index = plan.people.size();
        plan.people << std::move(s);
        change.outcome = ImportReport::Outcome::Created;
        ++report.created;
        return index;
    }

    // The row's values taken into the person of slot @p index.
    void updated(const Row& row, Id organisationId, qsizetype index, ImportReport::Change& change)
    {
        const Person& p = row.person;
        Slot& s = plan.people[index];
        change.fields = takeValues(row, organisationId, known, plan.labels);
        change.name = p.displayName(); // not for new rows: a name per row of a big file adds up
        if (!row.organisationKey.isEmpty()) {
            s.organisationKey = shared(plan, row.organisationKey);
        }
        change.sameAsLine = s.stored ? 0 : s.firstLine;
        change.outcome = change.fields.isEmpty() ? ImportReport::Outcome::Unchanged : ImportReport::Outcome::Updated;
        ++(change.fields.isEmpty() ? report.unchanged : report.updated);
        if (!change.fields.isEmpty()) {
            keep(s, known); // a stored person no row changes is read again when needed
            s.changed = true;
        }
    }

    // The keys that find the person of slot @p index for the rows below.
    void remember(const Row& row, qsizetype index)
    {
        const Person& p = row.person;
        if (!known.email.isEmpty()) {
            plan.byEmail.insert(emailHash(known.email.toLower().toUtf8()), index);
        }
        const bool asRead = known.lastName == p.lastName && known.firstName == p.firstName;
        plan.byName.insert(personHash(asRead ? row.sortKey : fold::personSortKey(known.lastName, known.firstName),
                               plan.people[index].organisationKey),
            index);
    }
};

} // namespace

namespace import::detail {

// Decides for every row of a batch: a new person, a change to a stored one (or one further up),
// or nothing. What a later batch needs of this one is in @p plan.
bool plan(Database& db, const QList<Row>& rows, Plan& plan, ImportReport& report, QString* error)
{
    Planner planner{db, plan, report, error, {}, {}};
    for (const Row& row : rows) {
        if (!planner.planRow(row)) {
            return false;
        }
    }
    report.organisationsCreated = int(plan.organisations.created.size());
    report.organisationsUpdated = int(plan.organisations.completed.size());
    return true;
}

} // namespace import::detail

} // namespace kmuni
