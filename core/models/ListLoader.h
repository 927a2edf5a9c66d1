// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ListQuery.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <mutex>

namespace kmuni {

class Database;
class SharedReader;

/** State shared by a PagedListModel and its loader: the current request generation and the reader. */
struct LoaderShared
{
    std::atomic<int> generation{0};
    std::mutex mutex;
    Database* reader = nullptr; ///< guarded by mutex; lives in the loader's thread (a file's own only)
};

using Rows = QList<QVariantList>;

/**
 * Runs a PagedListModel's queries on its own thread and its own read-only connection, so that no
 * list query ever blocks the window. Each row is the query's columns followed by its order key.
 * Requests of an older generation than the model's current one are dropped unrun.
 */
class ListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListLoader)

public:
    /** Reads the file @p databasePath on a connection of its own. */
    ListLoader(QString databasePath, std::shared_ptr<LoaderShared> shared);
    /** Reads on @p reader's connection (on its thread), shared with the window's other lists. */
    ListLoader(SharedReader* reader, std::shared_ptr<LoaderShared> shared);
    ~ListLoader() override;

    /** First block, then the total count (skipped when the first block already holds every row). */
    void loadFirst(int generation, const ListQuery& query, int blockSize);
    /**
     * Block @p block: after @p anchor (the order key of the last row before it), before @p anchor
     * (the first row after it) when @p backwards, or by offset when @p anchor is empty.
     */
    void loadBlock(
        int generation, const ListQuery& query, int block, int blockSize, const QVariantList& anchor, bool backwards);
    /** The row number of the row whose id (last order key) is @p id, or -1. */
    void locate(int generation, const ListQuery& query, qint64 id);

signals:
    void firstBlockReady(int generation, const kmuni::Rows& rows, bool complete);
    void countReady(int generation, int count);
    void blockReady(int generation, int block, const kmuni::Rows& rows);
    void located(int generation, qint64 id, int row);
    void failed(int generation, const QString& message);

private:
    bool current(int generation) const { return generation == m_shared->generation.load(); }
    bool ensureOpen(int generation);
    bool fetch(int generation, const QString& statement, const QVariantList& values, Rows* rows);
    /** The rows of keys [from, from + count) of the kept keys, in their order. */
    bool fetchKept(int generation, const ListQuery& query, qsizetype from, qsizetype count, Rows* rows);

    QString m_path;
    std::shared_ptr<LoaderShared> m_shared;
    SharedReader* m_reader = nullptr; ///< outlives this loader (the model holds it)
    std::unique_ptr<Database> m_own; ///< a file's connection
    Database* m_db = nullptr; ///< the one in use: m_own's, or m_reader's
    // The sorted keys of every row of a text-searched list (SqlCondition::keepKeys).
    int m_keysGeneration = -1;
    Rows m_keys;
};

} // namespace kmuni
