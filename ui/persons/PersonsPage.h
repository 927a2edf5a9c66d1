// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/ListPage.h"

class QAction;
class QCheckBox;
class QLineEdit;

namespace kmuni {

class PersonDetail;
class PersonListModel;

/** Contact persons: filter by text and do-not-contact; detail beside. */
class PersonsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit PersonsPage(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Contact persons"); }
    QIcon icon() const override;
    bool createItem() override;
    /** Opens the form for a new contact person at @p organisationId; @return the new id, 0 if cancelled. */
    Id createFor(Id organisationId);
    PersonDetail* detail() const { return m_detail; }
    QAction* logActivityAction() const { return m_logActivity; }
    QAction* exportDataAction() const { return m_exportData; }
    QAction* eraseAction() const { return m_erase; }

protected:
    void showDetail(Id id) override;
    void editItem(Id id) override;
    void removeItem(Id id) override;
    QString emptyText(bool filtered) const override;
    bool isFiltered() const override;
    std::optional<exports::Selection> exportSelection() const override;
    bool clearFilters() override;

private:
    void applyFilter();
    void onDatabaseChanged();
    /** Writes what is stored about the shown person into a JSON file (access request). */
    void exportPersonalData();
    /** Asks, then erases (anonymises) the shown person (erasure request). */
    void erasePerson();
    PersonListModel* listModel() const;

    Session& m_session;
    PersonDetail* m_detail = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_blocked = nullptr;
    QCheckBox* m_archived = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_archive = nullptr;
    QAction* m_mail = nullptr;
    QAction* m_logActivity = nullptr;
    QAction* m_exportData = nullptr;
    QAction* m_erase = nullptr;
};

} // namespace kmuni
