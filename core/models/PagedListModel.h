// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListLoader.h"
#include "db/ListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

#include <memory>

namespace kmuni {

/**
 * A table model over a sorted SQL list of any size. It holds only the blocks of rows that were
 * looked at (keyset paging, offset for jumps), loads them on a worker thread with its own
 * connection (on a server, the thread and connection the window's lists share: SharedReader), and
 * knows the total row count, so the scroll bar is right from the start. Until a
 * block arrives its rows show as empty; a new query keeps the old rows on screen until the first
 * block of the new one is in.
 *
 * Subclasses say which columns to show and how (cell()), and build the ListQuery from their filter.
 */
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    static constexpr int blockSize = 128;
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RowDataRole,
        /** What the row stands out for, an Emphasis (the same in every column); the window chooses the look. */
        EmphasisRole
    };
    enum class Emphasis
    {
        None,
        Archived, ///< an archived organisation, listed on request
        OutsidePeriod, ///< an activity outside the approved period: there, but not counted
        Overdue, ///< an open follow-up past its due date
        DueToday, ///< an open follow-up due today
        Done ///< a follow-up marked done
    };
    Q_ENUM(Emphasis)

    /** The list of @p db, read on a connection of its own (on a server, the window's SharedReader). */
    explicit PagedListModel(const Database& db, QObject* parent = nullptr);
    ~PagedListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;

    /** Runs @p query; the model resets when its first rows are in. */
    void setListQuery(const ListQuery& query);
    const ListQuery& listQuery() const { return m_query; }
    /** Runs the current query again (after an edit), keeping rows on screen meanwhile. */
    void refresh();

    /** The id (first column) of @p row, 0 while its block is not loaded. */
    qint64 idAt(int row) const;
    /** True between setListQuery() and the moment its first rows and count are in. */
    bool isLoading() const { return m_loading; }
    /** Asks for the row of @p id in the current list; answered by located(). */
    void locate(qint64 id);
    /** Blocks until loading finished or @p timeoutMs passed (tests, the command line). */
    bool waitForLoaded(int timeoutMs = 5000);

signals:
    /** The first rows and the count of the current query are in. */
    void loaded();
    void loadFailed(const QString& message);
    /** Answer to locate(): @p row is -1 when @p id is not in the list. */
    void located(qint64 id, int row);

protected:
    /** The raw values of @p row (query columns, then order key), or nullptr while not loaded. */
    const QVariantList* rowValues(int row) const;
    /** What to show for @p column of a loaded row. */
    virtual QVariant cell(const QVariantList& values, int column, int role) const = 0;

private:
    void requestBlock(int block) const;
    void onFirstBlock(int generation, const Rows& rows, bool complete);
    void onCount(int generation, int count);
    void onBlock(int generation, int block, const Rows& rows);
    void evictFarFrom(int block);

    std::shared_ptr<SharedReader> m_reader; ///< on a server: the thread and connection the lists share
    QThread m_thread; ///< on a file: this list's own
    ListLoader* m_loader = nullptr;
    std::shared_ptr<LoaderShared> m_shared;
    ListQuery m_query;
    int m_generation = 0;
    int m_rowCount = 0;
    bool m_loading = false;
    QHash<int, Rows> m_blocks;
    mutable QSet<int> m_pending;
};

} // namespace kmuni
