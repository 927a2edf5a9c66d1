// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedListModel.h"
#include "events/EventFilter.h"
#include "events/FollowUpRepository.h"
#include "matches/MatchFilter.h"
#include "organisations/OrganisationFilter.h"
#include "persons/PersonFilter.h"

namespace kmuni {

class Database;

/**
 * What the lists below share: the rows of @p db that a filter of type @p Filter selects, in a
 * fixed number of columns. setFilter() runs the list again through rebuild(), which the subclass
 * implements (and calls from its constructor).
 */
template <class Filter> class FilteredListModel : public PagedListModel
{
public:
    void setFilter(const Filter& filter)
    {
        m_filter = filter;
        rebuild();
    }
    const Filter& filter() const { return m_filter; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    FilteredListModel(Database& db, int columns, QObject* parent)
        : PagedListModel(db, parent)
        , m_db(db)
        , m_columns(columns)
    { }
    /** Runs the list query for m_filter (and the sort, where the list has one). */
    virtual void rebuild() = 0;

    Database& m_db;
    Filter m_filter;

private:
    int m_columns;
};

/** The organisation list: name, kind, sector, city, outreach stage, last contact. */
class OrganisationListModel final : public FilteredListModel<OrganisationFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Sector,
        City,
        Stage,
        LastContact,
        ColumnCount
    };
    explicit OrganisationListModel(Database& db, QObject* parent = nullptr);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild() override;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

/** The person list: name, function, organisation, e-mail, phone. */
class PersonListModel final : public FilteredListModel<PersonFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Function,
        Organisation,
        Email,
        Phone,
        ColumnCount
    };
    explicit PersonListModel(Database& db, QObject* parent = nullptr);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild() override;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

/** The activity list: date, type, subject, organisations, time spent, logged by. */
class EventListModel final : public FilteredListModel<EventFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        Start,
        Type,
        Subject,
        Organisations,
        TimeSpent,
        LoggedBy,
        ColumnCount
    };
    explicit EventListModel(Database& db, QObject* parent = nullptr);
    /** Activities outside [@p from, @p to] are marked (grey, with a tooltip): the report leaves them out. */
    void setApprovedPeriod(const QDate& from, const QDate& to);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::DescendingOrder) override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild() override;
    QString m_approvedFrom; ///< "2026-07-04": compared with the stored Berlin wall time
    QString m_approvedEnd; ///< the day after the approved period
    int m_sortColumn = Start;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

/** The match list: company, university, type, stage, since. */
class MatchListModel final : public FilteredListModel<MatchFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        Company,
        University,
        Type,
        Stage,
        Title,
        Since,
        ColumnCount
    };
    explicit MatchListModel(Database& db, QObject* parent = nullptr);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild() override;
};

/** The follow-up list: due date (overdue marked), what, organisation, who. */
class FollowUpListModel final : public FilteredListModel<FollowUpFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        Title,
        Organisation,
        Person,
        Staff,
        ColumnCount
    };
    explicit FollowUpListModel(Database& db, QObject* parent = nullptr);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild() override;
};

} // namespace kmuni
