// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListModels.h"

#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ListModels)
};

QVariant header(int section, Qt::Orientation orientation, int role, std::initializer_list<const char*> titles)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(titles.size())) {
        return {};
    }
    return Tr::tr(*(titles.begin() + section));
}

} // namespace

// --- organisations -------------------------------------------------------------------------------

OrganisationListModel::OrganisationListModel(Database& db, QObject* parent)
    : FilteredListModel(db, ColumnCount, parent)
{
    rebuild();
}

void OrganisationListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    rebuild();
}

void OrganisationListModel::rebuild()
{
    using Sort = OrganisationRepository::Sort;
    const Sort sort = m_sortColumn == City ? Sort::City
        : m_sortColumn == Sector           ? Sort::Sector
        : m_sortColumn == Kind             ? Sort::Kind
                                           : Sort::Name;
    setListQuery(OrganisationRepository(m_db).listQuery(m_filter, sort, m_order == Qt::DescendingOrder));
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(section, orientation, role,
        {QT_TRANSLATE_NOOP("kmuni::ListModels", "Name"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Kind"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Sector"), QT_TRANSLATE_NOOP("kmuni::ListModels", "City"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Outreach stage"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Last contact")});
}

QVariant OrganisationListModel::cell(const QVariantList& v, int column, int role) const
{
    using R = OrganisationRepository;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Name: {
            QString name = Organisation::displayName(v[R::ColName].toString(), v[R::ColLegalForm].toString());
            if (!v[R::ColParentName].isNull() && role == Qt::ToolTipRole) {
                name += u" (" + v[R::ColParentName].toString() + u')';
            }
            return name;
        }
        case Kind:
            return vocab::label(vocab::List::OrganisationKind, v[R::ColKind].toString());
        case Sector:
            return vocab::label(vocab::List::Sector, v[R::ColSector].toString());
        case City:
            return v[R::ColCity];
        case Stage:
            return vocab::label(vocab::List::OutreachStage, v[R::ColStage].toString());
        case LastContact:
            return format::localKey(v[R::ColLastContact].toString()).left(10);
        default:
            return {};
        }
    }
    if (role == EmphasisRole) {
        return QVariant::fromValue(v[R::ColArchived].toBool() ? Emphasis::Archived : Emphasis::None);
    }
    if (role == Qt::UserRole && column == Name) {
        return v[R::ColPilot].toBool();
    }
    return {};
}

// --- persons -------------------------------------------------------------------------------------

PersonListModel::PersonListModel(Database& db, QObject* parent)
    : FilteredListModel(db, ColumnCount, parent)
{
    rebuild();
}

void PersonListModel::sort(int, Qt::SortOrder order)
{
    m_order = order;
    rebuild();
}

void PersonListModel::rebuild()
{
    setListQuery(PersonRepository(m_db).listQuery(m_filter, m_order == Qt::DescendingOrder));
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(section, orientation, role,
        {QT_TRANSLATE_NOOP("kmuni::ListModels", "Name"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Function"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Organisation"), QT_TRANSLATE_NOOP("kmuni::ListModels", "E-mail"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Phone")});
}

QVariant PersonListModel::cell(const QVariantList& v, int column, int role) const
{
    using R = PersonRepository;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name: {
            const QString first = v[R::ColFirstName].toString();
            const QString last = v[R::ColLastName].toString();
            const QString title = v[R::ColTitle].toString();
            // Sorted by the last name, the title before the given name: "Müller, Prof. Dr. Hans".
            const QString given = QStringList{title, first}.join(u' ').trimmed();
            return given.isEmpty() ? last : last + u", "_s + given;
        }
        case Function:
            return v[R::ColFunction];
        case Organisation:
            return v[R::ColOrganisation];
        case Email:
            return v[R::ColEmail];
        case Phone:
            return phone::display(v[R::ColPhone].toString());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && v[R::ColDoNotContact].toBool()) {
        return Tr::tr("Do not contact");
    }
    if (role == Qt::UserRole && column == Name) {
        return v[R::ColDoNotContact].toBool();
    }
    return {};
}

// --- events --------------------------------------------------------------------------------------

EventListModel::EventListModel(Database& db, QObject* parent)
    : FilteredListModel(db, ColumnCount, parent)
{
    rebuild();
}

void EventListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    rebuild();
}

void EventListModel::rebuild()
{
    setListQuery(EventRepository(m_db).listQuery(m_filter,
        m_sortColumn == Type ? EventRepository::Sort::Type : EventRepository::Sort::Start,
        m_order == Qt::DescendingOrder));
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(section, orientation, role,
        {QT_TRANSLATE_NOOP("kmuni::ListModels", "Date"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Type"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Subject"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Organisations"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Time spent (h)"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Logged by")});
}

void EventListModel::setApprovedPeriod(const QDate& from, const QDate& to)
{
    m_approvedFrom = from.isValid() ? time::dateToStorage(from) : QString();
    m_approvedEnd = to.isValid() ? time::dateToStorage(to.addDays(1)) : QString();
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {EmphasisRole, Qt::ToolTipRole});
    }
}

QVariant EventListModel::cell(const QVariantList& v, int column, int role) const
{
    using R = EventRepository;
    const auto outside = [&] {
        const QString start = v[R::ColStart].toString();
        return !m_approvedFrom.isEmpty() && (start < m_approvedFrom || start >= m_approvedEnd);
    };
    if (role == EmphasisRole) {
        return QVariant::fromValue(outside() ? Emphasis::OutsidePeriod : Emphasis::None);
    }
    if (role == Qt::ToolTipRole && outside()) {
        return tr("Outside the approved period: not counted in the EFRE report.");
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Start:
            return format::localKey(v[R::ColStart].toString());
        case Type:
            return vocab::label(vocab::List::EventType, v[R::ColType].toString());
        case Subject:
            return v[R::ColSubject];
        case Organisations:
            return v[R::ColOrganisations];
        case TimeSpent:
            return format::hours(v[R::ColTimeSpent].toInt());
        case LoggedBy:
            return v[R::ColLoggedBy];
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Organisations) {
        return v[R::ColOrganisations];
    }
    if (role == Qt::TextAlignmentRole && column == TimeSpent) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

// --- matches -------------------------------------------------------------------------------------

MatchListModel::MatchListModel(Database& db, QObject* parent)
    : FilteredListModel(db, ColumnCount, parent)
{
    rebuild();
}

void MatchListModel::rebuild()
{
    setListQuery(MatchRepository(m_db).listQuery(m_filter));
}

QVariant MatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(section, orientation, role,
        {QT_TRANSLATE_NOOP("kmuni::ListModels", "Company"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "University / institute"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Type"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Stage"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Title"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Since")});
}

QVariant MatchListModel::cell(const QVariantList& v, int column, int role) const
{
    using R = MatchRepository;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Company:
            return v[R::ColCompany];
        case University:
            return v[R::ColUniversity];
        case Type:
            return vocab::label(vocab::List::MatchType, v[R::ColType].toString());
        case Stage:
            return vocab::label(vocab::List::MatchStage, v[R::ColStage].toString());
        case Title:
            return v[R::ColTitle];
        case Since:
            return format::date(time::dateFromStorage(v[R::ColStageChangedOn].toString()));
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && column == Stage) {
        return v[R::ColStage];
    }
    return {};
}

// --- follow-ups ----------------------------------------------------------------------------------

FollowUpListModel::FollowUpListModel(Database& db, QObject* parent)
    : FilteredListModel(db, ColumnCount, parent)
{
    rebuild();
}

void FollowUpListModel::rebuild()
{
    setListQuery(FollowUpRepository(m_db).listQuery(m_filter));
}

QVariant FollowUpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(section, orientation, role,
        {QT_TRANSLATE_NOOP("kmuni::ListModels", "Due"), QT_TRANSLATE_NOOP("kmuni::ListModels", "What"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Organisation"), QT_TRANSLATE_NOOP("kmuni::ListModels", "Person"),
            QT_TRANSLATE_NOOP("kmuni::ListModels", "Who")});
}

QVariant FollowUpListModel::cell(const QVariantList& v, int column, int role) const
{
    using R = FollowUpRepository;
    const QDate due = time::dateFromStorage(v[R::ColDueDate].toString());
    const bool done = v[R::ColDone].toBool();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Due:
            return format::date(due);
        case Title:
            return v[R::ColTitle];
        case Organisation:
            return v[R::ColOrganisation];
        case Person:
            return v[R::ColPerson];
        case Staff:
            return v[R::ColStaff];
        default:
            return {};
        }
    case EmphasisRole:
        if (done) {
            return QVariant::fromValue(Emphasis::Done);
        }
        if (due < time::today()) {
            return QVariant::fromValue(Emphasis::Overdue);
        }
        return QVariant::fromValue(due == time::today() ? Emphasis::DueToday : Emphasis::None);
    default:
        return {};
    }
}

} // namespace kmuni
