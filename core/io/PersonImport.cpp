// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImport.h"

#include "PersonImportRows.h"
#include "PersonImportWriter.h"
#include "PersonVCard.h"
#include "PhoneGuess.h"
#include "common/Similarity.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "persons/Person.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

using import::Field;
using import::detail::inParallel;
using import::detail::OrganisationCache;
using import::detail::OrganisationCells;
using import::detail::Organisations;
using import::detail::personOf;
using import::detail::Plan;
using import::detail::readRows;
using import::detail::Row;
using import::detail::Slot;
using import::detail::StoredPersons;
using import::detail::workerCount;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

using import::matchKey;

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

} // namespace

PersonImport::PersonImport(Database& db)
    : m_db(db)
{ }

bool PersonImport::isVCard(const QByteArray& bytes)
{
    QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF")) {
        start = start.mid(3).trimmed();
    }
    return start.toUpper().startsWith("BEGIN:VCARD");
}

namespace {

// The text of a person the plan holds from row to row, packed into one buffer: the plan of a file
// of 500,000 rows holds as many persons, and a Person of QStrings takes several times the memory.
// Latin-1 text (German names) takes a byte a character, other text two; a null string stays null.
constexpr QString Person::*packedText[] = {&Person::salutation, &Person::title, &Person::firstName, &Person::lastName,
    &Person::function, &Person::email, &Person::phone, &Person::mobile, &Person::notes, &Person::legalBasis};

bool isLatin1(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x100; });
}

// A size as 7 bits a byte, the last byte's high bit clear.
char* putSize(char* out, quint32 size)
{
    while (size >= 0x80) {
        *out++ = char(size | 0x80);
        size >>= 7;
    }
    *out++ = char(size);
    return out;
}

quint32 getSize(const char*& in)
{
    quint32 size = 0;
    for (int shift = 0;; shift += 7) {
        const auto b = quint8(*in++);
        size |= quint32(b & 0x7F) << shift;
        if (b < 0x80) {
            return size;
        }
    }
}

// Each text: 0 for a null string, else (length << 1 | two bytes a character) + 1, then the characters.
QByteArray pack(const Person& p)
{
    std::array<quint32, std::size(packedText)> heads{};
    qsizetype size = 0;
    for (size_t i = 0; i < std::size(packedText); ++i) {
        const QString& text = p.*packedText[i];
        if (!text.isNull()) {
            const bool wide = !isLatin1(text);
            heads[i] = (quint32(text.size()) << 1 | (wide ? 1 : 0)) + 1;
            size += text.size() * (wide ? 2 : 1);
        }
        char scratch[5];
        size += putSize(scratch, heads[i]) - scratch;
    }
    QByteArray packed(size, Qt::Uninitialized);
    char* out = packed.data();
    for (size_t i = 0; i < std::size(packedText); ++i) {
        const QString& text = p.*packedText[i];
        out = putSize(out, heads[i]);
        if (heads[i] == 0) {
            continue;
        }
        if ((heads[i] - 1) & 1) {
            std::memcpy(out, text.constData(), size_t(text.size()) * 2);
            out += text.size() * 2;
        } else {
            for (const QChar c : text) {
                *out++ = char(c.unicode());
            }
        }
    }
    return packed;
}

void unpack(const QByteArray& packed, Person& p)
{
    const char* in = packed.constData();
    for (QString Person::*member : packedText) {
        const quint32 head = getSize(in);
        if (head == 0) {
            p.*member = QString();
            continue;
        }
        const qsizetype length = (head - 1) >> 1;
        if ((head - 1) & 1) {
            QString text(length, Qt::Uninitialized);
            std::memcpy(text.data(), in, size_t(length) * 2);
            p.*member = std::move(text);
            in += length * 2;
        } else {
            p.*member = QString::fromLatin1(in, length); // not null when empty
            in += length;
        }
    }
}

} // namespace

namespace import::detail {

// The person as the slot holds them: what pack() took, and the rest.
Person personOf(const Slot& s)
{
    Person p;
    unpack(s.text, p);
    p.id = s.id;
    p.organisationId = s.organisationId;
    p.consentDate = s.consentDate;
    p.doNotContact = s.doNotContact;
    return p;
}

} // namespace import::detail

namespace {

void keep(Slot& s, const Person& p)
{
    s.text = pack(p);
    s.organisationId = p.organisationId;
    s.consentDate = p.consentDate;
    s.doNotContact = p.doNotContact;
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

bool readStored(Database& db, Plan& plan, QString* error)
{
    // The raw connection of a file: Qt SQL's cost per value would be most of the time at city scale.
    sqlite::Statement organisations(
        db, "SELECT id, name, legal_form, street, postal_code, city, phone, website FROM organisations");
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
    while (organisations.next()) {
        ids << organisations.int64(0);
        all << OrganisationCells{organisations.text(1), organisations.text(2), organisations.text(3),
            organisations.text(4), organisations.text(5), organisations.text(6), organisations.text(7)};
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
        if (!plan.organisations.storedByKey.contains(keys[i])) {
            plan.organisations.storedByKey.insert(keys[i], i);
        }
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

// The organisation @p row names: its id, or -(index + 1) of one to create; 0 for none. Of two stored
// organisations of one name (the career service of each university), the one the person is at
// (@p current) is meant, not the first one stored; it is the one the row's address completes.
Id organisationOf(const Row& row, Plan& plan, ImportReport& report, Id current = 0)
{
    if (row.organisationKey.isEmpty()) {
        return 0;
    }
    Organisations& all = plan.organisations;
    if (const auto it = all.storedByKey.constFind(row.organisationKey); it != all.storedByKey.cend()) {
        qsizetype index = *it;
        if (current > 0 && current != all.storedIds[index]
            && plan.organisationKeyOf.value(current) == row.organisationKey) {
            index = all.storedIds.indexOf(current); // rare: a linear search is cheaper than a hash of all
        }
        if (complete(all.stored[index], row.organisation, all, &report.organisationNotes)) {
            all.completed.insert(index);
        }
        return all.storedIds[index];
    }
    auto it = all.createdByKey.constFind(row.organisationKey);
    if (it == all.createdByKey.cend()) {
        it = all.createdByKey.insert(row.organisationKey, all.created.size());
        all.created << row.organisation;
    } else {
        complete(all.created[*it], row.organisation, all, &report.organisationNotes);
    }
    return -(*it + 1);
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
        if (!(from.*member).isEmpty() && (to.*member).compare(from.*member, cs) != 0) {
            to.*member = from.*member;
            changed << label(text);
        }
    };
    take(&Person::salutation, QT_TRANSLATE_NOOP("kmuni::PersonImport", "salutation"), Qt::CaseSensitive);
    take(&Person::title, QT_TRANSLATE_NOOP("kmuni::PersonImport", "title"), Qt::CaseSensitive);
    take(&Person::firstName, QT_TRANSLATE_NOOP("kmuni::PersonImport", "first name"), Qt::CaseSensitive);
    take(&Person::lastName, QT_TRANSLATE_NOOP("kmuni::PersonImport", "last name"), Qt::CaseSensitive);
    take(&Person::function, QT_TRANSLATE_NOOP("kmuni::PersonImport", "function"), Qt::CaseSensitive);
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

    // A row planned; false with @p error when a stored person cannot be read.
    bool planRow(const Row& row)
    {
        if (!row.skipped.isEmpty()) {
            return true;
        }
        if (row.organisationOnly) {
            organisationOf(row, plan, report);
            ++report.organisationRows;
            return true;
        }
        const Person& p = row.person;
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

    bool sameName(const Row& row, const QString& email, qsizetype candidate) const
    {
        const Person& p = row.person;
        return personKeyText(known, plan.people[candidate].organisationKey) == personKeyText(p, row.organisationKey)
            && sameByName(email);
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

// Decides for every row of a batch: a new person, a change to a stored one (or one further up),
// or nothing. What a later batch needs of this one is in @p plan.
bool plan(Database& db, const QList<Row>& rows, Plan& plan, ImportReport& report, QString* error)
{
    Planner planner{db, plan, report, error, {}};
    for (const Row& row : rows) {
        if (!planner.planRow(row)) {
            return false;
        }
    }
    report.organisationsCreated = int(plan.organisations.created.size());
    report.organisationsUpdated = int(plan.organisations.completed.size());
    return true;
}

} // namespace

ImportPreview PersonImport::preview(const QByteArray& bytes, csv::Encoding encoding, int sampleRows)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return preview(buffer, encoding, sampleRows);
}

ImportPreview PersonImport::preview(QIODevice& file, csv::Encoding encoding, int sampleRows)
{
    kmuni::import::RowReader rows(&file, encoding, import::Target::Persons, std::nullopt);
    return ImportPreview::of(rows, sampleRows);
}

namespace {

// A file without the columns of a name: why, for the user.
QString headerError(import::RowReader& rows)
{
    // A file that cannot be read says so first, as when it was read whole.
    csv::Record record;
    while (rows.next(&record)) { }
    return !rows.error().isEmpty()
        ? rows.error()
        : Tr::tr("The first line must name the columns, one of them the last name (\"Nachname\", "
                 "\"last name\") or the full name (\"Name\"); found: %1.")
              .arg(import::headerExcerpt(rows.header()));
}

/**
 * One run of the import, one method per step: the rows planned a batch at a time, the plan checked,
 * then written. What it finds goes into the report.
 */
class Importer
{
public:
    Importer(Database& db, import::RowReader& rows, const PersonImport::Options& options,
        const PersonImport::Progress& progress, ImportReport& report, bool guessPhones)
        : m_db(db)
        , m_rows(rows)
        , m_options(options)
        , m_progress(progress)
        , m_report(report)
        , m_planning(readStored(db, m_planned, &m_readError))
        , m_plannedOk(m_planning)
        , m_guessing(guessPhones)
    { }

    bool planBatches();
    bool checkPlan();
    void write();
    /** A guessed phone number was wrong: the file is to be imported again, without guesses. */
    bool mustRedo() const { return m_redo; }

private:
    void planBatch(const QList<Row>& read);

    Database& m_db;
    import::RowReader& m_rows;
    const PersonImport::Options& m_options;
    const PersonImport::Progress& m_progress;
    ImportReport& m_report;
    // What is stored already. A read that fails here must not look like "nobody yet" (they would be
    // created again); rows to correct are said first all the same. (Read as the members are made:
    // m_planned and m_readError first.)
    Plan m_planned;
    QString m_readError;
    bool m_planning;
    bool m_plannedOk;
    int m_total = 0;
    // Phone numbers guessed while the rows are read: confirmed before anything is reported or written.
    const bool m_guessing;
    import::detail::PhoneGuesses m_guesses;
    bool m_redo = false;
};

// The rows a batch at a time: read, checked and planned, then forgotten but for the plan. A row
// to correct stops the planning (nothing is imported then), not the checking of the others.
// False when the user cancels.
bool Importer::planBatches()
{
    const auto workers = size_t(workerCount());
    std::vector<OrganisationCache> caches(workers);
    QList<csv::Record> batch;
    while (true) {
        batch.clear();
        csv::Record record;
        while (batch.size() < std::max(1, m_options.batchRows) && m_rows.next(&record)) {
            m_report.countValues(record.fields);
            batch << std::move(record);
            record = {};
        }
        if (batch.isEmpty()) {
            break;
        }
        const QList<Row> read = readRows(batch, m_rows.mapping(), caches, m_guessing);
        planBatch(read);
        const double through = m_rows.progress();
        if (m_progress && !m_progress(m_total / 3, through > 0 ? std::max(m_total, int(m_total / through)) : m_total)) {
            m_report.cancelled = true;
            return false;
        }
    }
    return true;
}

void Importer::planBatch(const QList<Row>& read)
{
    m_total += int(read.size());
    for (const Row& row : read) {
        for (const QString& number : row.guessedPhones) {
            m_guesses.add(number);
        }
        for (int i : row.notTaken) {
            ++m_report.columns[i].notTaken;
        }
        if (!row.skipped.isEmpty()) {
            m_report.skipped.append({row.line, row.skipped});
        }
        for (const QString& note : row.notes) {
            m_report.notes.append({row.line, note});
        }
        if (!row.problems.isEmpty()) {
            m_report.rejected.append({row.line, row.problems.join(u' ')});
        }
    }
    m_planning = m_planning && m_report.rejected.isEmpty();
    if (m_planning && !plan(m_db, read, m_planned, m_report, &m_readError)) {
        m_planning = m_plannedOk = false;
    }
}

// The whole file read: true when its plan can be written (or tried out); else the report says why.
bool Importer::checkPlan()
{
    m_report.rows = m_total;
    if (!m_report.rejected.isEmpty() && m_guessing) {
        m_guesses.startConfirming(); // on both cores
    }
    if (!m_report.rejected.isEmpty() && m_guessing && !m_guesses.confirmed()) {
        m_redo = true; // what the rows to correct say may be wrong
        return false;
    }
    if (!m_report.rejected.isEmpty()) {
        // Nothing is planned for a file with rows to correct: only they are said.
        m_report.created = m_report.updated = m_report.unchanged = 0;
        m_report.organisationsCreated = m_report.organisationsUpdated = m_report.organisationRows = 0;
        m_report.changes.clear();
        m_report.organisationNotes.clear();
        return false;
    }
    if (!m_plannedOk) {
        m_report.error = Tr::tr("The stored persons and organisations cannot be read: %1").arg(m_readError);
        m_report.databaseFailed = true;
        return false;
    }
    if (m_progress && !m_progress(m_total / 3, m_total)) {
        m_report.cancelled = true;
        return false;
    }
    return true;
}

// The plan written, all or nothing.
void Importer::write()
{
    m_planned.forgetLookups();
    // The commit does not copy the journal back into the file (checkpoint) as its last step: that
    // happens afterwards, beside the work (Database::checkpointLater()), not while the user waits.
    // (Put back before the commit, the setting made the commit do it all the same.)
    const sqlite::ScopedPragma checkpoints(m_db.handle(), "wal_autocheckpoint", 0);
    sqlite::ScopedBulkIndex searchIndex(m_db.handle(), "person_search"); // put back after the commit
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_report.error = tx.error();
        m_report.databaseFailed = true;
        return;
    }
    m_guesses.startConfirming(); // on the core the writer leaves idle
    if (!import::detail::writePlan(m_db, m_planned, m_report, m_options, m_progress, m_total, &searchIndex)) {
        return; // the transaction rolls back
    }
    if (!m_guesses.confirmed()) {
        m_redo = true; // the transaction rolls back
        return;
    }
    QString error;
    if (!tx.commit(&error)) {
        m_report.error = error;
        m_report.databaseFailed = true;
        return;
    }
    m_report.written = true;
    if (m_progress) {
        m_progress(m_total, m_total);
    }
}

} // namespace

ImportReport PersonImport::run(const QByteArray& bytes, const Options& options, const Progress& progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return run(buffer, options, progress);
}

ImportReport PersonImport::run(QIODevice& file, const Options& options, const Progress& progress)
{
    const bool vcard = options.format == Format::VCard || (options.format == Format::Auto && isVCard(file.peek(64)));
    // A big file's German phone numbers are guessed while it is read and confirmed while it is
    // written. Where a guess was wrong (none is known), the file is read again from the start, the
    // numbers checked as they are read. Not on a dry run: it writes nothing to overlap with.
    const bool guess = !vcard && !options.dryRun && !file.isSequential();
    const qint64 start = file.pos();
    bool redo = false;
    ImportReport report = runOnce(file, vcard, guess, options, progress, &redo);
    if (redo) {
        if (!file.seek(start)) {
            ImportReport unreadable;
            unreadable.error = Tr::tr("The file cannot be read a second time: %1").arg(file.errorString());
            return unreadable;
        }
        report = runOnce(file, vcard, false, options, progress, &redo);
    }
    return report;
}

ImportReport PersonImport::runOnce(
    QIODevice& file, bool vcard, bool guessPhones, const Options& options, const Progress& progress, bool* redo)
{
    ImportReport report;
    // vCards are read whole (a file of contacts from a phone, not of a city); CSV a chunk at a time.
    const std::unique_ptr<import::RowReader> rows = vcard
        ? std::make_unique<import::RowReader>(exports::vcardSource(file.readAll()))
        : std::make_unique<import::RowReader>(
            &file, options.encoding, import::Target::Persons, options.mapping, options.chunkSize);
    if (!rows->error().isEmpty()) {
        report.error = rows->error();
        return report;
    }
    if (!import::namesPersons(rows->mapping())) {
        report.error = headerError(*rows);
        return report;
    }
    if (!options.mapping && !vcard) {
        // The columns chosen by the user are theirs; detected ones must fit.
        if (QString wrong = import::wrongKind(rows->header(), import::Target::Persons); !wrong.isEmpty()) {
            report.error = std::move(wrong);
            return report;
        }
    }
    report.countColumns(rows->header(), rows->mapping());
    Importer importer(m_db, *rows, options, progress, report, guessPhones);
    if (!importer.planBatches()) {
        return report;
    }
    if (!rows->error().isEmpty()) {
        // As when the file was read whole: a file that cannot be read has no rows.
        ImportReport unreadable;
        unreadable.error = rows->error();
        return unreadable;
    }
    if (!importer.checkPlan() || options.dryRun) {
        *redo = importer.mustRedo();
        return report;
    }
    importer.write();
    *redo = importer.mustRedo();
    return report;
}

} // namespace kmuni
