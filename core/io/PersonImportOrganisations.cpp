// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImportOrganisations.h"

#include "common/Vocabulary.h"
#include "db/Statement.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::import::detail {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

// The other names a file may give a stored organisation: its short name ("TU Dortmund"), its name without
// the abbreviation in brackets ("Lehrstuhl für Produktionssysteme" for "… (LPS)"). Only one of no other
// organisation's name and of one organisation only.
void addAliases(Organisations& all, const QList<QString>& keys, const QStringList& shortNames)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        for (const QString& name : import::otherNames(all.stored[i].name, shortNames[i])) {
            const QString alias = matchKey(name);
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

// The institute @p row names with its university (our export's "Hochschule (einer Einrichtung)", a
// card's "ORG:University;Institute"): the university found by its name or another name it has, else
// created; then of the organisations of the institute's name the one of that university, else a new
// institute of it.
Id instituteOf(const Row& row, Plan& plan, ImportReport& report)
{
    Organisations& all = plan.organisations;
    const QString universityKey = storedKey(all, matchKey(row.organisation.parent));
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
        const QString instituteKey = storedKey(all, row.organisationKey);
        QList<qsizetype> candidates = all.sameName.value(instituteKey);
        if (const auto it = all.storedByKey.constFind(instituteKey);
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

} // namespace

QString storedKey(const Organisations& all, const QString& key)
{
    if (all.storedByKey.contains(key)) {
        return key;
    }
    const QString alias = all.aliases.value(key);
    return alias.isEmpty() ? key : alias;
}

bool readStoredOrganisations(Database& db, Organisations& all, QList<QString>* keys, QString* error)
{
    // The raw connection of a file: Qt SQL's cost per value would be most of the time at city scale.
    sqlite::Statement organisations(db,
        "SELECT id, name, legal_form, street, postal_code, city, phone, website, email, kind, coalesce(parent_id, 0), "
        "short_name FROM organisations");
    if (!organisations.isValid()) {
        *error = organisations.error();
        return false;
    }
    sqlite::Statement count(db, "SELECT count(*) FROM organisations");
    const qsizetype expected = count.next() ? count.int64(0) : 0;
    count.reset();
    all.stored.reserve(expected);
    all.storedIds.reserve(expected);
    QStringList shortNames;
    shortNames.reserve(expected);
    while (organisations.next()) {
        all.storedIds << organisations.int64(0);
        OrganisationCells& o = all.stored.emplace_back();
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
    keys->resize(all.stored.size());
    inParallel(all.stored.size(), 2, [&](qsizetype from, qsizetype to, int) {
        for (qsizetype i = from; i < to; ++i) {
            (*keys)[i] = matchKey(all.stored[i].name);
        }
    });
    all.storedByKey.reserve(all.stored.size());
    for (qsizetype i = 0; i < all.stored.size(); ++i) {
        const QString& key = (*keys)[i];
        if (const auto first = all.storedByKey.constFind(key); first == all.storedByKey.cend()) {
            all.storedByKey.insert(key, i);
        } else {
            QList<qsizetype>& same = all.sameName[key];
            same << (same.isEmpty() ? QList<qsizetype>{*first, i} : QList<qsizetype>{i});
        }
    }
    addAliases(all, *keys, shortNames);
    return true;
}

// The organisation @p row names: its id, or -(index + 1) of one to create; 0 for none. Of two stored
// organisations of one name (the career service of each university), the one the person is at
// (@p current) is meant, not the first one stored, else the one of the row's postal code or city;
// it is the one the row's address completes.
Id organisationOf(const Row& row, Plan& plan, ImportReport& report, Id current)
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

} // namespace kmuni::import::detail
