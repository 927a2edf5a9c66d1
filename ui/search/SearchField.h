// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "search/Search.h"

#include <QLineEdit>

class QTreeWidget;
class QTreeWidgetItem;

namespace kmuni {

/**
 * The global search (Ctrl+F): searches organisations, persons, activities and matches through
 * core::Search as you type and drops down the results grouped by kind, the match in bold. Arrow
 * keys move, Enter opens, Esc closes.
 */
class SearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(Session& session, QWidget* parent = nullptr);
    ~SearchField() override;

    /** The drop-down with the results (for tests). */
    QTreeWidget* popup() const { return m_popup; }
    /** Runs the search for the current text now. */
    void runSearch();

signals:
    void openRequested(kmuni::EntityKind kind, kmuni::Id id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPopup();
    void openItem(QTreeWidgetItem* item);
    void moveSelection(int delta);

    Session& m_session;
    QTreeWidget* m_popup = nullptr;
};

} // namespace kmuni
