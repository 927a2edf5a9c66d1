// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/ListPage.h"

#include <QDate>

class QAction;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QSplitter;

namespace kmuni {

class EntityPicker;
struct Event;
struct Match;
class MatchBoard;
class MatchDetail;
class MatchListModel;

/**
 * Matches (Vermittlungen): filter by type, stage, organisation, staff member, stalled weeks and
 * open/closed; the list or the board (Vermittlungstafel, Ctrl+B) beside the detail. A match moves
 * one stage on or back with Alt+Right / Alt+Left, to any stage on any past date with Ctrl+M, or by
 * dragging its card to another column of the board.
 */
class MatchesPage final : public ListPage
{
    Q_OBJECT
public:
    explicit MatchesPage(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Matches"); }
    QIcon icon() const override;
    bool createItem() override;
    void refresh() override;
    void focusMain() override;

    /** Opens the form for a new match with organisation @p organisationId on its side; @return the new id or 0. */
    Id createFor(Id organisationId);
    /**
     * Opens the match form for activity @p event: its first company and first university or
     * institute, started on its day, the activity linked. The new match's id, or 0.
     */
    Id createFromActivity(const Event& event);
    /** Moves match @p id to @p stage reached on @p reachedOn through the core; shows the core's refusal. */
    bool moveTo(Id id, const QString& stage, const QDate& reachedOn);
    /** Moves the current match one stage on (+1) or back (-1), reached today. */
    bool moveCurrent(int direction);
    /** Asks the stage and the date, then moves the current match. */
    void askMove();

    void setBoardShown(bool shown);
    bool isBoardShown() const { return m_boardShown; }
    MatchBoard* board() const { return m_board; }
    MatchDetail* detail() const { return m_detail; }
    QAction* boardAction() const { return m_boardAction; }
    QAction* moveOnAction() const { return m_moveOn; }
    QAction* moveBackAction() const { return m_moveBack; }
    QAction* moveToAction() const { return m_moveTo; }

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
    /** Opens the form for new match @p m, for the staff member logged in; @return the new id, 0 if cancelled. */
    Id create(Match m);
    void applyFilter();
    void reloadBoard();
    void onDatabaseChanged();
    void reloadStaffChoices();
    Id currentMatchId() const;
    void updateActions();
    void tell(const QString& message);
    MatchListModel* listModel() const;

    Session& m_session;
    MatchDetail* m_detail = nullptr;
    MatchBoard* m_board = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_listPane = nullptr;
    QList<int> m_listSizes;
    bool m_boardShown = false;
    QLineEdit* m_text = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_state = nullptr;
    EntityPicker* m_organisation = nullptr;
    QComboBox* m_staff = nullptr;
    QSpinBox* m_stalled = nullptr;
    QAction* m_boardAction = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_moveOn = nullptr;
    QAction* m_moveBack = nullptr;
    QAction* m_moveTo = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace kmuni
