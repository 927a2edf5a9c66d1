// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImportPlan.h"
#include "PersonImportOrganisations.h"

#include "ImportCells.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "persons/Person.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

using import::matchKey;
using import::detail::keep;
using import::detail::organisationOf;
using import::detail::personOf;
using import::detail::Plan;
using import::detail::Row;
using import::detail::Slot;
using import::detail::storedKey;
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

} // namespace

namespace import::detail {

bool readStored(Database& db, Plan& plan, QString* error)
{
    // The raw connection of a file: Qt SQL's cost per value would be most of the time at city scale.
    sqlite::Statement persons(db, "SELECT id, organisation_id, email, sort_key FROM persons WHERE erased = 0");
    if (!persons.isValid()) {
        *error = persons.error();
        return false;
    }
    QList<QString> keys;
    if (!readStoredOrganisations(db, plan.organisations, &keys, error)) {
        return false;
    }
    const QList<Id>& ids = plan.organisations.storedIds;
    plan.organisationKeyOf.reserve(ids.size());
    plan.organisationHashOf.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        plan.organisationKeyOf.insert(ids[i], keys[i]);
        plan.organisationHashOf.insert(ids[i], organisationHash(keys[i]));
    }
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

// The fields of a person a row of the file gave, as bits of Slot::fromFile.
enum FileField : quint16
{
    SalutationBit = 1 << 0,
    TitleBit = 1 << 1,
    FirstNameBit = 1 << 2,
    LastNameBit = 1 << 3,
    FunctionBit = 1 << 4,
    EmailBit = 1 << 5,
    PhoneBit = 1 << 6,
    MobileBit = 1 << 7,
    NotesBit = 1 << 8,
    ConsentBit = 1 << 9,
    OrganisationBit = 1 << 10,
    AllFields = (1 << 11) - 1,
};

// What taking a row's values found beside the fields that changed.
struct Taking
{
    QStringList differing; ///< fields a row further up gave otherwise: kept as that row gave them
    bool blockKept = false; ///< the row says "may be contacted" of a person blocked: an import lifts no block
};

// Takes the row's values into @p to; the names of the fields that changed. A field a row further up in
// the file gave (@p fromFile) keeps that row's value, what this row says otherwise is named in @p taking.
QStringList takeValues(const Row& row, Id organisationId, Person& to, QHash<const char*, QString>& labels,
    quint16& fromFile, Taking& taking)
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
    // False when the value stays as a row further up gave it (@p toHasOne); the field is the file's from now on.
    const auto mayTake = [&](quint16 bit, bool toHasOne, const char* text) {
        const bool earlier = (fromFile & bit) != 0 && toHasOne;
        fromFile |= bit;
        if (earlier) {
            taking.differing << label(text);
        }
        return !earlier;
    };
    const auto take = [&](QString Person::*member, quint16 bit, const char* text, Qt::CaseSensitivity cs) {
        if ((from.*member).isEmpty()) {
            return;
        }
        if ((to.*member).compare(from.*member, cs) == 0 || fold::isTransliteration(from.*member, to.*member)
            || import::cutOffInACell(from.*member, to.*member)) {
            fromFile |= bit;
        } else if (mayTake(bit, !(to.*member).isEmpty(), text)) {
            to.*member = from.*member;
            changed << label(text);
        }
    };
    take(&Person::salutation, SalutationBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "salutation"), Qt::CaseSensitive);
    take(&Person::title, TitleBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "title"), Qt::CaseSensitive);
    take(&Person::firstName, FirstNameBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "first name"), Qt::CaseSensitive);
    take(&Person::lastName, LastNameBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "last name"), Qt::CaseSensitive);
    if (!row.functionIsDepartment || to.function.isEmpty()) {
        take(&Person::function, FunctionBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "function"), Qt::CaseSensitive);
    }
    take(&Person::email, EmailBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "e-mail"), Qt::CaseInsensitive);
    take(&Person::phone, PhoneBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "phone"), Qt::CaseSensitive);
    take(&Person::mobile, MobileBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "mobile"), Qt::CaseSensitive);
    take(&Person::notes, NotesBit, QT_TRANSLATE_NOOP("kmuni::PersonImport", "notes"), Qt::CaseSensitive);
    if (from.consentDate.isValid()) {
        if (to.consentDate == from.consentDate && to.legalBasis == from.legalBasis) {
            fromFile |= ConsentBit;
        } else if (mayTake(ConsentBit, to.consentDate.isValid(), QT_TRANSLATE_NOOP("kmuni::PersonImport", "consent"))) {
            to.consentDate = from.consentDate;
            to.legalBasis = from.legalBasis;
            changed << label(QT_TRANSLATE_NOOP("kmuni::PersonImport", "consent"));
        }
    }
    // A block is set by any row that says so; none lifts one (that is for the form, where it is audited):
    // the safer reading, and the same on every import of the file.
    if (row.doNotContact && *row.doNotContact && !to.doNotContact) {
        to.doNotContact = true;
        changed << label(QT_TRANSLATE_NOOP("kmuni::PersonImport", "do not contact"));
    } else if (row.doNotContact && !*row.doNotContact && to.doNotContact) {
        taking.blockKept = true;
    }
    if (organisationId != 0) {
        if (to.organisationId == organisationId) {
            fromFile |= OrganisationBit;
        } else if (mayTake(OrganisationBit, to.organisationId != 0,
                       QT_TRANSLATE_NOOP("kmuni::PersonImport", "organisation"))) {
            to.organisationId = organisationId;
            changed << label(QT_TRANSLATE_NOOP("kmuni::PersonImport", "organisation"));
        }
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
        if (const QString key = storedKey(plan.organisations, row.organisationKey);
            key != row.organisationKey && row.organisation.parent.isEmpty()) {
            Row named = row;
            named.organisationKey = key;
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
        s.fromFile = AllFields; // what it gives the rows below keep; what it leaves empty they may fill
        const qsizetype index = plan.people.size();
        plan.people << std::move(s);
        change.outcome = ImportReport::Outcome::Created;
        ++report.created;
        return index;
    }

    // True when stored organisation @p institute is an institute of @p university.
    bool isInstituteOf(Id institute, Id university) const
    {
        if (institute <= 0 || university <= 0 || institute == university) {
            return false;
        }
        const qsizetype i = plan.organisations.storedIds.indexOf(institute);
        return i >= 0 && plan.organisations.stored[i].parentId == university;
    }

    // The row's values taken into the person of slot @p index.
    void updated(const Row& row, Id organisationId, qsizetype index, ImportReport::Change& change)
    {
        const Person& p = row.person;
        Slot& s = plan.people[index];
        // Named by a row further up (Outlook exports a contact of two address books twice): what that row
        // gave stands, this one only completes it, and what it says differently is named.
        Taking taking;
        if (isInstituteOf(known.organisationId, organisationId)) {
            organisationId
                = known.organisationId; // the file names the university, the person is at one of its institutes
        }
        change.fields = takeValues(row, organisationId, known, plan.labels, s.fromFile, taking);
        if (!taking.differing.isEmpty()) {
            report.notes.append({row.line,
                Tr::tr("%1 is in line %2 already; what this line says differently is not taken over (%3).")
                    .arg(p.displayName())
                    .arg(s.namedOnLine)
                    .arg(taking.differing.join(u", "_s))});
        }
        if (taking.blockKept) {
            report.notes.append({row.line,
                Tr::tr("%1 is blocked from contact; an import does not lift a block (the person's form does).")
                    .arg(p.displayName())});
        }
        change.name = p.displayName(); // not for new rows: a name per row of a big file adds up
        if (!row.organisationKey.isEmpty() && known.organisationId == organisationId) {
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
        if (plan.people[index].namedOnLine == 0) {
            plan.people[index].namedOnLine = row.line;
        }
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
