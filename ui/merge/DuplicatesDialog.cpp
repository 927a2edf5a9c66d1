// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatesDialog.h"

#include "merge/OrganisationMerge.h"
#include "merge/PersonMerge.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
constexpr int KeepRole = Qt::UserRole + 1;
constexpr int OtherRole = Qt::UserRole + 2;
} // namespace

DuplicatesDialog::DuplicatesDialog(Database& db, MergeDialog::Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(kind)
{
    setObjectName(u"duplicatesDialog"_s);
    setWindowTitle(kind == MergeDialog::Kind::Persons ? tr("Possible duplicate contact persons")
                                                      : tr("Possible duplicate organisations"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"duplicatesList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Stays"), tr("Goes"), tr("Why"), tr("Shared")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(windowTitle());
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_merge = buttons->addButton(tr("&Merge …"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(u"mergePairButton"_s);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicatesDialog::mergeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* current) { m_merge->setEnabled(current != nullptr); });
    layout->addWidget(buttons);
    resize(820, 480);
    reload();
}

void DuplicatesDialog::reload()
{
    m_list->clear();
    const auto pairs = m_kind == MergeDialog::Kind::Persons ? PersonMerge(m_db).findDuplicates()
                                                            : OrganisationMerge(m_db).findDuplicates();
    if (pairs.failed()) {
        m_status->setText(tr("The duplicates cannot be looked for: %1").arg(pairs.error()));
        m_merge->setEnabled(false);
        return;
    }
    for (const merge::DuplicatePair& p : *pairs) {
        auto* item = new QTreeWidgetItem(m_list,
            {tr("%1 (no. %2)").arg(p.keepName).arg(p.keepId), tr("%1 (no. %2)").arg(p.otherName).arg(p.otherId),
                p.reasons.join(u", "_s), p.detail});
        item->setData(0, KeepRole, p.keepId);
        item->setData(0, OtherRole, p.otherId);
    }
    m_status->setText(pairs->isEmpty()
            ? tr("No likely duplicates found.")
            : tr("%n likely duplicate pair(s). Select one and press Enter to compare and merge it.", nullptr,
                int(pairs->size())));
    for (int column = 0; column < 3; ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 16);
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_merge->setEnabled(m_list->currentItem() != nullptr);
    m_list->setFocus();
}

void DuplicatesDialog::mergeSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    Id kept = 0;
    if (MergeDialog::run(
            this, m_db, m_kind, item->data(0, KeepRole).toLongLong(), item->data(0, OtherRole).toLongLong(), &kept)) {
        emit merged(kept);
        reload();
    }
}

} // namespace kmuni
