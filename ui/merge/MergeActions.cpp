// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeActions.h"

#include "DuplicatesDialog.h"
#include "Session.h"
#include "models/PagedListModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace kmuni {

MergeActions::MergeActions(Session& session, MergeDialog::Kind kind, QTreeView* view, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
    , m_view(view)
{
    m_merge = new QAction(tr("&Merge …"), this);
    m_merge->setObjectName(u"mergeAction"_s);
    m_merge->setToolTip(tr("Merge the two selected duplicates (select them with Ctrl+click; Ctrl+Shift+M)"));
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_merge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_merge->setEnabled(false);
    connect(m_merge, &QAction::triggered, this, &MergeActions::mergeSelected);
    m_duplicates = new QAction(tr("Possible &duplicates …"), this);
    m_duplicates->setObjectName(u"duplicatesAction"_s);
    connect(m_duplicates, &QAction::triggered, this, &MergeActions::showDuplicates);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The view's model (and so its selection model) is replaced with every database.
    const auto follow = [this] {
        if (m_view->selectionModel()) {
            connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MergeActions::updateEnabled, Qt::UniqueConnection);
        }
        updateEnabled();
    };
    connect(&session, &Session::databaseChanged, this, follow);
    follow();
}

void MergeActions::updateEnabled()
{
    const QItemSelectionModel* selection = m_view->selectionModel();
    m_merge->setEnabled(m_session.isOpen() && selection && selection->selectedRows().size() == 2);
    m_duplicates->setEnabled(m_session.isOpen());
}

void MergeActions::mergeSelected()
{
    const QItemSelectionModel* selection = m_view->selectionModel();
    if (!selection || !m_session.isOpen()) {
        return;
    }
    QModelIndexList rows = selection->selectedRows();
    if (rows.size() != 2) {
        return;
    }
    // The current row (the one last clicked) goes; the other one stays.
    if (rows.first() == m_view->currentIndex().siblingAtColumn(0)) {
        std::swap(rows[0], rows[1]);
    }
    Id kept = 0;
    if (MergeDialog::run(m_view->window(), m_session.db(), m_kind, rows.at(0).data(PagedListModel::IdRole).toLongLong(),
            rows.at(1).data(PagedListModel::IdRole).toLongLong(), &kept)) {
        announce(kept);
    }
}

void MergeActions::showDuplicates()
{
    if (!m_session.isOpen()) {
        return;
    }
    DuplicatesDialog dialog(m_session.db(), m_kind, m_view->window());
    connect(&dialog, &DuplicatesDialog::merged, this, &MergeActions::announce);
    dialog.exec();
}

void MergeActions::announce(Id kept)
{
    m_session.notifyChanged(m_kind == MergeDialog::Kind::Persons ? EntityKind::Person : EntityKind::Organisation, kept);
    emit merged(kept);
}

} // namespace kmuni
