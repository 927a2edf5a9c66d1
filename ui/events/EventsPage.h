// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"
#include "events/EventFilter.h"
#include "pages/ListPage.h"

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace kmuni {

class EntityPicker;
class EventDetail;
struct Event;
class EventListModel;

/** Aktivitäten: every logged contact, newest first; filter by period, type, organisation, staff, sector, text. */
class EventsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit EventsPage(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Activities"); }
    QIcon icon() const override;
    bool createItem() override;
    /** Opens the form for a new activity, @p with filled in as participant; @return its id or 0. */
    Id logActivity(const QList<Participant>& with = {});
    EventDetail* detail() const { return m_detail; }
    /** "New match from this activity": the window opens the match form with its organisations. */
    QAction* newMatchAction() const { return m_newMatch; }
    /** Shows the activities of organisation @p id (sets the filter). */
    void filterByOrganisation(Id id, const QString& name);

protected:
    void showDetail(Id id) override;
    void editItem(Id id) override;
    void removeItem(Id id) override;
    QString emptyText(bool filtered) const override;
    bool isFiltered() const override;
    std::optional<exports::Selection> exportSelection() const override;
    bool clearFilters() override;
    int defaultColumnWidth(int column) const override;
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }

private:
    QWidget* buildFilterBar();
    /** "Save participants list as PDF …" of @p e: asks where, then writes it. */
    void saveParticipantsList(const Event& e);
    void applyFilter();
    void applyPeriod();
    void onDatabaseChanged();
    EventListModel* listModel() const;
    void applyApprovedPeriod();

    Session& m_session;
    EventDetail* m_detail = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_type = nullptr;
    EntityPicker* m_organisation = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_sector = nullptr;
    QLineEdit* m_text = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_participantsList = nullptr;
    QAction* m_newMatch = nullptr;
};

} // namespace kmuni
