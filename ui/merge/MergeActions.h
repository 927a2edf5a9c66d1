// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeDialog.h"

#include <QObject>

class QAction;
class QTreeView;

namespace kmuni {

class Session;

/**
 * The merge actions of a list page: "Merge …" for two selected rows and "Possible duplicates …". After a
 * merge the session is told (every page refreshes) and merged() names the record that stays.
 */
class MergeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeActions)
public:
    /** Lets @p view select several rows (Ctrl/Shift) and follows its selection. */
    MergeActions(Session& session, MergeDialog::Kind kind, QTreeView* view, QObject* parent);

    QAction* mergeAction() const { return m_merge; }
    QAction* duplicatesAction() const { return m_duplicates; }

signals:
    void merged(kmuni::Id kept);

private:
    void updateEnabled();
    void mergeSelected();
    void showDuplicates();
    void announce(Id kept);

    Session& m_session;
    MergeDialog::Kind m_kind;
    QTreeView* m_view;
    QAction* m_merge = nullptr;
    QAction* m_duplicates = nullptr;
};

} // namespace kmuni
