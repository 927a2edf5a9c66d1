// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisations/OrganisationFilter.h"
#include "pages/ListPage.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace kmuni {

class OrganisationDetail;
class OrganisationListModel;

/** Organisations: filter by kind, sector, city, stage, pilot, archived and text; detail beside. */
class OrganisationsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit OrganisationsPage(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Organisations"); }
    QIcon icon() const override;
    bool createItem() override;
    /** Creates an institute under university @p parentId. */
    void createInstitute(Id parentId);
    OrganisationDetail* detail() const { return m_detail; }
    QAction* editAction() const { return m_edit; }
    QAction* archiveAction() const { return m_archive; }
    QAction* newPersonAction() const { return m_newPerson; }
    /** "New match": MainWindow opens the match form with the organisation shown. */
    QAction* newMatchAction() const { return m_newMatch; }
    QAction* logActivityAction() const { return m_logActivity; }
    QAction* showActivitiesAction() const { return m_showActivities; }
    /** The ids of every organisation the list shows (its filter), for printing. */
    QList<Id> filteredIds() const;

protected:
    void showDetail(Id id) override;
    void editItem(Id id) override;
    void removeItem(Id id) override;
    QString emptyText(bool filtered) const override;
    bool isFiltered() const override;
    std::optional<exports::Selection> exportSelection() const override;
    bool clearFilters() override;
    int defaultColumnWidth(int column) const override;

private:
    QWidget* buildFilterBar();
    void applyFilter();
    void reloadChoices();
    void onDatabaseChanged();
    OrganisationListModel* listModel() const;

    Session& m_session;
    OrganisationDetail* m_detail = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_city = nullptr;
    QComboBox* m_stage = nullptr;
    QCheckBox* m_pilot = nullptr;
    QComboBox* m_archived = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_archive = nullptr;
    QAction* m_newInstitute = nullptr;
    QAction* m_newPerson = nullptr;
    QAction* m_newMatch = nullptr;
    QAction* m_logActivity = nullptr;
    QAction* m_showActivities = nullptr;
    QAction* m_stageAction = nullptr;
    QAction* m_print = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_printList = nullptr;
    QAction* m_pdfList = nullptr;
};

} // namespace kmuni
