// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Organisation.h"
#include "OrganisationFilter.h"
#include "common/Error.h"
#include "db/ListQuery.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kmuni::sql {
template <typename Record> struct RecordWrites;
} // namespace kmuni::sql

namespace kmuni {

class Database;

/** How much history hangs on an organisation; deleting is refused when any is non-zero. */
struct OrganisationUsage
{
    int events = 0;
    int persons = 0;
    int matches = 0;
    int institutes = 0;
    int followUps = 0;
    int openFollowUps = 0;
    bool any() const { return events + persons + matches + institutes + followUps > 0; }
};

/** All SQL for organisations: prepared statements, each write one transaction with its audit rows. */
class OrganisationRepository final
{
public:
    /** Columns of listQuery(), in this order. */
    enum ListColumn
    {
        ColId,
        ColName,
        ColLegalForm,
        ColKind,
        ColSector,
        ColCity,
        ColStage,
        ColPilot,
        ColArchived,
        ColParentName,
        ColLastContact,
        ListColumnCount
    };
    /** What a list can be sorted by (each backed by an index). */
    enum class Sort
    {
        Name,
        City,
        Sector,
        Kind
    };

    explicit OrganisationRepository(Database& db);

    Result<Organisation> find(Id id) const;
    Result<Organisation> findByUuid(const QString& uuid) const;
    /** Organisations matching @p filter in German name order; @p limit < 0 for all. */
    Result<QList<Organisation>> list(const OrganisationFilter& filter, int limit = -1) const;
    ListQuery listQuery(const OrganisationFilter& filter, Sort sort = Sort::Name, bool descending = false) const;
    /** Distinct cities in German order, for filters and completers. */
    Result<QStringList> cities() const;

    /**
     * Trims and normalises @p organisation (phone to E.164, website scheme) and checks it.
     * @return the problems, field by field; empty when it can be saved.
     */
    FieldErrors check(Organisation& organisation) const;
    /** Inserts (id 0) or updates; assigns id, uuid and timestamps. */
    bool save(Organisation& organisation, QString* error, bool* conflict = nullptr);
    /** Moves a company to outreach stage @p stage (vocab::List::OutreachStage), with an audit row. */
    bool setStage(Id id, const QString& stage, QString* error);
    bool archive(Id id, const QString& reason, QString* error);
    bool unarchive(Id id, QString* error);
    /** Deletes an organisation without history; refused with a reason otherwise (archive it instead). */
    bool remove(Id id, QString* error);
    Result<OrganisationUsage> usage(Id id) const;

    /**
     * Organisations whose name is nearly @p name (same folded name once legal forms and punctuation
     * are set aside) or that have the e-mail @p email, except @p exceptId. For the duplicate warning.
     */
    Result<QList<Organisation>> findSimilar(const QString& name, const QString& email, Id exceptId = 0) const;

    /** Rebuilds the search index row of @p organisation (inside the caller's transaction). */
    bool reindex(const Organisation& organisation, QString* error);

private:
    bool setArchived(Id id, bool archived, const QString& reason, QString* error);
    /** What saving and deleting a record of this kind adds to saveRecord() and removeRecord(). */
    sql::RecordWrites<Organisation> writes();
    /** Refuses to delete @p organisation while it is needed, else deletes its search index entry. */
    bool removeBeside(const Organisation& organisation, QString* error);
    Database& m_db;
};

} // namespace kmuni
