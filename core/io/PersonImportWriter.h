// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the person import (PersonImport.cpp): the plan it makes of a file, and the writing of
// that plan (PersonImportWriter.cpp).

#include "PersonImport.h"
#include "common/Ids.h"
#include "db/Statement.h"
#include "organisations/Organisation.h"
#include "persons/Person.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

namespace kmuni {
class Database;
}

namespace kmuni::import::detail {

// What a row says about its organisation (a whole Organisation per row would double an import's memory).
struct OrganisationCells
{
    QString name;
    QString legalForm;
    QString street;
    QString postalCode;
    QString city;
    QString phone;
    QString website;
    QString email; ///< an organisation's own address (a company's card), not a person's
    QString kind; ///< stored; of a new one by its name (Organisation::kindByName), empty: a company
    QString parent; ///< the university of an institute, as the row names it
    Id parentId = 0; ///< stored; of a new institute its university's id, or -(index + 1) of one created

    /** The organisation to create; @p createdIds the ids of those created before it. */
    Organisation toOrganisation(const QList<Id>& createdIds) const
    {
        Organisation o;
        if (!kind.isEmpty()) {
            o.kind = kind;
            o.isSme = false; // only companies are SMEs
        }
        o.parentId = parentId < 0 ? createdIds.value(-parentId - 1) : parentId;
        o.name = name;
        o.legalForm = legalForm;
        o.street = street;
        o.postalCode = postalCode;
        o.city = city;
        o.phone = phone;
        o.website = website;
        o.email = email;
        return o;
    }
};

// Runs @p work(from, to, worker) over [0, @p count) shared out among @p workers threads.
template <typename Work> void inParallel(qsizetype count, int workers, const Work& work)
{
    const qsizetype share = (count + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (int w = 1; w < workers && w * share < count; ++w) {
        threads.emplace_back(work, w * share, std::min<qsizetype>(count, (w + 1) * share), w);
    }
    work(0, std::min<qsizetype>(count, share), 0);
    for (std::thread& t : threads) {
        t.join();
    }
}

inline int workerCount()
{
    return std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
}

// A person as the import sees them: stored, or to be created by a row further up.
struct Slot
{
    QByteArray text; ///< the person's text, pack(); empty for a stored person no row changed (read again)
    Id id = 0; ///< stored persons; new ones once written
    Id organisationId = 0; ///< < 0: the new organisation -organisationId - 1
    QDate consentDate;
    QString organisationKey; ///< shared among the slots: one string per organisation
    int firstLine = 0;
    int namedOnLine = 0; ///< the first row of the file that names the person (stored or new)
    /// The fields rows of the file gave (PersonImportPlan's FileField bits); all of a new person's.
    quint16 fromFile = 0;
    bool stored = false;
    bool changed = false; ///< stored persons: a row changes them (the writer saves them)
    bool doNotContact = false;
};

} // namespace kmuni::import::detail

// The plan holds a Slot per person of the file: its list grows in place, not by a copy beside it.
Q_DECLARE_TYPEINFO(kmuni::import::detail::Slot, Q_RELOCATABLE_TYPE);

namespace kmuni::import::detail {

/** The person as @p s holds them (PersonImportSlots.cpp). */
Person personOf(const Slot& s);
/** The person @p p into @p s: their text packed (a plan of 500,000 rows holds as many), the rest as it is. */
void keep(Slot& s, const Person& p);

// The organisations the file names: the stored ones, and those it creates.
struct Organisations
{
    QList<Id> storedIds;
    QList<OrganisationCells> stored; ///< what the fields the file may complete hold, as storedIds
    QHash<QString, qsizetype> storedByKey;
    QHash<QString, QList<qsizetype>> sameName; ///< a name key of two or more stored → their indexes
    QHash<QString, QString> aliases; ///< a short name's key (or a name's without "(…)") → the name key; empty: two
    QList<OrganisationCells> created;
    QHash<QString, qsizetype> createdByKey;
    QSet<qsizetype> completed; ///< indexes into stored whose empty fields the file fills
    QSet<QString> noted;
};

// The stored persons, as few columns as tell them apart; a person's other fields are read only
// when a row names them (a city's 500,000 persons are read in well under a second this way).
struct StoredPersons
{
    QList<Id> ids;
    QHash<quint64, qsizetype> byEmail; ///< emailHash → index into ids
    QHash<quint64, qsizetype> byName; ///< personHash → index into ids
};

// Every key a hint, checked against the person it leads to: two different addresses of the same
// 64-bit hash in one file are left to chance (as the stored persons' are).
struct Plan
{
    QList<Slot> people; ///< stored persons a row names, and new ones
    QHash<quint64, qsizetype> byEmail; ///< emailHash of the lower-case address → index into people
    QHash<quint64, qsizetype> byName; ///< personHash → index into people
    QHash<qsizetype, qsizetype> slotOfStored; ///< index into stored.ids → index into people
    QSet<QString> organisationKeys; ///< each once, shared by the slots
    StoredPersons stored;
    Organisations organisations;
    QHash<Id, QString> organisationKeyOf;
    QHash<Id, quint64> organisationHashOf;
    std::unique_ptr<sqlite::Statement> readPerson; ///< prepared once, for readStoredPerson()
    QHash<const char*, QString> labels; ///< the names of fields, translated once: a row's list shares them

    // What found the persons and organisations of the rows: the writer needs only what it writes,
    // and the database's page cache takes the memory.
    void forgetLookups()
    {
        byEmail = {};
        byName = {};
        slotOfStored = {};
        organisationKeys = {};
        stored = {};
        organisations.storedByKey = {};
        organisations.createdByKey = {};
        organisations.noted = {};
        organisationKeyOf = {};
        organisationHashOf = {};
        readPerson.reset();
        for (Slot& s : people) {
            s.organisationKey.clear();
        }
    }
};

/**
 * Writes @p plan inside the caller's transaction: the organisations it creates and completes, the
 * stored persons it changes, the new ones. False when a write fails or the user cancels (@p report
 * says which); the caller rolls back then.
 */
bool writePlan(Database& db, Plan& plan, ImportReport& report, const PersonImport::Options& options,
    const PersonImport::Progress& progress, int total, sqlite::ScopedBulkIndex* searchIndex);

} // namespace kmuni::import::detail
