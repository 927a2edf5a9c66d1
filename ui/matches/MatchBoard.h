// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "matches/Match.h"

#include <QListWidget>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace kmuni {

/** One column of the board: the cards of one stage; cards are dragged out and dropped in. */
class MatchBoardColumn final : public QListWidget
{
    Q_OBJECT
public:
    MatchBoardColumn(const QString& stage, QWidget* parent = nullptr);
    const QString& stage() const { return m_stage; }

    static constexpr auto mimeType = "application/x-kmuni-match";

signals:
    /** A card of match @p id was dropped here. */
    void dropped(kmuni::Id id, const QString& stage);
    /** Left/Right without modifier: go to the neighbouring column. */
    void neighbourRequested(int direction);
    void editRequested(kmuni::Id id);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_stage;
};

/**
 * The match board (Vermittlungstafel): one column per stage, a card per match (company,
 * university or institute, type, title). Moving a card to another column asks the page to move
 * the match; the board itself never writes.
 */
class MatchBoard final : public QWidget
{
    Q_OBJECT
public:
    enum
    {
        IdRole = Qt::UserRole + 1,
        StageRole
    };

    explicit MatchBoard(QWidget* parent = nullptr);

    /** Shows @p matches (any order; each in its stage's column, most recently moved first). */
    void setMatches(const QList<Match>& matches);
    /** Makes match @p id's card current (and focused when @p focus). */
    bool select(Id id, bool focus = false);
    Id currentId() const;
    MatchBoardColumn* column(const QString& stage) const;
    QList<MatchBoardColumn*> columns() const { return m_columns; }
    /** The column that holds match @p id, or nullptr. */
    MatchBoardColumn* columnOf(Id id) const;
    void focusBoard();
    /** The columns in a scroll area: sideways scrolling when the board is narrower than six columns. */
    QScrollArea* scrollArea() const { return m_scroll; }

signals:
    void currentChanged(kmuni::Id id);
    /** A click on the card of match @p id (a narrow page opens its detail). */
    void openRequested(kmuni::Id id);
    void moveRequested(kmuni::Id id, const QString& stage);
    void editRequested(kmuni::Id id);

private:
    /** Scrolls the board sideways so that @p column is seen whole. */
    void reveal(MatchBoardColumn* column);

    QScrollArea* m_scroll = nullptr;
    QList<MatchBoardColumn*> m_columns;
    QList<QLabel*> m_headers;
    Id m_current = 0;
};

} // namespace kmuni
