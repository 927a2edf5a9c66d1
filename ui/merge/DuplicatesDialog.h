// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeDialog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kmuni {

/**
 * "Possible duplicates": the likely pairs of persons or organisations the finder sees, with why; Enter (or
 * "Merge …") opens the merge dialog for the selected pair.
 */
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)
public:
    DuplicatesDialog(Database& db, MergeDialog::Kind kind, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /** Reads the pairs again. */
    void reload();

signals:
    /** A pair was merged; @p kept stays. */
    void merged(kmuni::Id kept);

private:
    void mergeSelected();

    Database& m_db;
    MergeDialog::Kind m_kind;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace kmuni
