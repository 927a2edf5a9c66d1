// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/Merge.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kmuni {

class Database;

/**
 * Merging two duplicates (Dubletten zusammenführen): both records side by side, a choice per field that
 * differs, what moves over, and a confirmation before OTHER is deleted. The merge itself is one core call
 * (PersonMerge, OrganisationMerge); a change of either record meanwhile is shown, not overwritten.
 */
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)
public:
    enum class Kind
    {
        Persons,
        Organisations
    };

    MergeDialog(Database& db, Kind kind, Id keep, Id other, QWidget* parent = nullptr);
    ~MergeDialog() override;

    /**
     * Asks to merge @p other into @p keep (the user may swap them); false when cancelled, refused (said in a
     * message) or failed. @p kept receives the id that stays.
     */
    static bool run(QWidget* parent, Database& db, Kind kind, Id keep, Id other, Id* kept = nullptr);

    /** The plan read, with its refusal when the two cannot be merged. */
    const merge::Plan& plan() const { return m_plan; }
    /** The failure of reading the plan, empty when it was read. */
    QString loadError() const { return m_loadError; }
    /** What the radio buttons say, field by field. */
    merge::Choices choices() const;

private:
    void load();
    void rebuild();
    void swapSides();
    void mergeNow();

    Database& m_db;
    Kind m_kind;
    Id m_keep;
    Id m_other;
    merge::Plan m_plan;
    QString m_loadError;
    merge::Choices m_chosen; ///< kept across a swap or a reload after a conflict
    QLabel* m_title = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QList<std::pair<QString, QButtonGroup*>> m_groups;
    QLabel* m_error = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_mergeButton = nullptr;
};

} // namespace kmuni
