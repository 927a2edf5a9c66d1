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

/** The organisation list: name, kind, sector, city, outreach stage, last contact. */
class OrganisationListModel final : public PagedListModel
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
    void setFilter(const OrganisationFilter& filter);
    const OrganisationFilter& filter() const { return m_filter; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild();
    Database& m_db;
    OrganisationFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

/** The person list: name, function, organisation, e-mail, phone. */
class PersonListModel final : public PagedListModel
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
    void setFilter(const PersonFilter& filter);
    const PersonFilter& filter() const { return m_filter; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild();
    Database& m_db;
    PersonFilter m_filter;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

/** The activity list: date, type, subject, organisations, time spent, logged by. */
class EventListModel final : public PagedListModel
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
    void setFilter(const EventFilter& filter);
    /** Activities outside [@p from, @p to] are marked (grey, with a tooltip): the report leaves them out. */
    void setApprovedPeriod(const QDate& from, const QDate& to);
    const EventFilter& filter() const { return m_filter; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::DescendingOrder) override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    void rebuild();
    Database& m_db;
    EventFilter m_filter;
    QString m_approvedFrom; ///< "2026-07-04": compared with the stored Berlin wall time
    QString m_approvedEnd; ///< the day after the approved period
    int m_sortColumn = Start;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

/** The match list: company, university, type, stage, since. */
class MatchListModel final : public PagedListModel
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
    void setFilter(const MatchFilter& filter);
    const MatchFilter& filter() const { return m_filter; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    Database& m_db;
    MatchFilter m_filter;
};

/** The follow-up list: due date (overdue marked), what, organisation, who. */
class FollowUpListModel final : public PagedListModel
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
    void setFilter(const FollowUpFilter& filter);
    const FollowUpFilter& filter() const { return m_filter; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList& values, int column, int role) const override;

private:
    Database& m_db;
    FollowUpFilter m_filter;
};

} // namespace kmuni
