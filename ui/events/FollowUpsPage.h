// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/ListPage.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace kmuni {

class FollowUpListModel;
class HeaderCard;

/** Wiedervorlagen: open follow-ups by due date, overdue ones red; mark done (Ctrl+D), create (Ctrl+N). */
class FollowUpsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit FollowUpsPage(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Follow-ups"); }
    QIcon icon() const override;
    bool createItem() override;
    /** Marks the follow-up shown done (or open again). */
    void toggleDone();
    QAction* doneAction() const { return m_done; }

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
    void applyFilter();
    void onDatabaseChanged();
    FollowUpListModel* listModel() const;

    Session& m_session;
    QStackedWidget* m_detailPage = nullptr;
    HeaderCard* m_header = nullptr;
    QLabel* m_body = nullptr;
    QCheckBox* m_mine = nullptr;
    QCheckBox* m_showDone = nullptr;
    QComboBox* m_due = nullptr;
    QAction* m_done = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_openOrganisation = nullptr;
    QAction* m_openEvent = nullptr;
    Id m_shown = 0;
    Id m_organisationId = 0;
    Id m_eventId = 0;
};

} // namespace kmuni
