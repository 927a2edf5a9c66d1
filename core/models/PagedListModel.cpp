// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedListModel.h"

#include "db/Database.h"
#include "db/SharedReader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <algorithm>

namespace kmuni {
namespace {
constexpr int maxBlocks = 64; // 8,192 rows in memory at most
}

PagedListModel::PagedListModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(db.sharedReader())
    , m_shared(std::make_shared<LoaderShared>())
{
    qRegisterMetaType<kmuni::Rows>("kmuni::Rows");
    if (m_reader) {
        m_loader = new ListLoader(m_reader.get(), m_shared);
        m_loader->moveToThread(m_reader->thread());
    } else {
        m_thread.setObjectName(QStringLiteral("list loader"));
        m_loader = new ListLoader(db.path(), m_shared);
        m_loader->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    }
    connect(m_loader, &ListLoader::firstBlockReady, this, &PagedListModel::onFirstBlock);
    connect(m_loader, &ListLoader::countReady, this, &PagedListModel::onCount);
    connect(m_loader, &ListLoader::blockReady, this, &PagedListModel::onBlock);
    connect(m_loader, &ListLoader::located, this, [this](int generation, qint64 id, int row) {
        if (generation == m_generation) {
            emit located(id, row);
        }
    });
    connect(m_loader, &ListLoader::failed, this, [this](int generation, const QString& message) {
        if (generation == m_generation) {
            m_loading = false;
            emit loadFailed(message);
        }
    });
    if (!m_reader) {
        m_thread.start();
    }
}

PagedListModel::~PagedListModel()
{
    m_shared->generation = -1; // drop every queued request
    if (m_reader) {
        // The shared thread goes on for the other lists: the loader goes after what it has queued
        // (a query running now is another list's as likely as this one's, so nothing is interrupted).
        QMetaObject::invokeMethod(m_loader, [loader = m_loader] { delete loader; });
        return;
    }
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->reader) {
            m_shared->reader->interrupt();
        }
    }
    m_thread.quit();
    m_thread.wait();
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QModelIndex PagedListModel::index(int row, int column, const QModelIndex& parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

const QVariantList* PagedListModel::rowValues(int row) const
{
    const auto it = m_blocks.constFind(row / blockSize);
    if (it == m_blocks.cend()) {
        requestBlock(row / blockSize);
        return nullptr;
    }
    const int offset = row % blockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 PagedListModel::idAt(int row) const
{
    const QVariantList* values = rowValues(row);
    return values ? values->constFirst().toLongLong() : 0;
}

QVariant PagedListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QVariantList* values = rowValues(index.row());
    if (!values) {
        return {};
    }
    if (role == IdRole) {
        return values->constFirst();
    }
    if (role == RowDataRole) {
        return *values;
    }
    return cell(*values, index.column(), role);
}

void PagedListModel::setListQuery(const ListQuery& query)
{
    m_query = query;
    refresh();
}

void PagedListModel::refresh()
{
    m_generation = ++m_shared->generation;
    {
        // A query of the previous generation still running is of no use any more.
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->reader) {
            m_shared->reader->interrupt();
        }
    }
    m_pending.clear();
    m_loading = true;
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation = m_generation, query = m_query] {
        loader->loadFirst(generation, query, blockSize);
    });
}

void PagedListModel::requestBlock(int block) const
{
    if (m_pending.contains(block) || m_loading) {
        return;
    }
    m_pending.insert(block);
    QVariantList anchor;
    bool backwards = false;
    const int keys = int(m_query.orderBy.size());
    auto keyOf = [keys](const QVariantList& row) { return row.mid(row.size() - keys); };
    if (const auto before = m_blocks.constFind(block - 1); before != m_blocks.cend() && !before->isEmpty()) {
        anchor = keyOf(before->constLast());
    } else if (const auto after = m_blocks.constFind(block + 1); after != m_blocks.cend() && !after->isEmpty()) {
        anchor = keyOf(after->constFirst());
        backwards = true;
    }
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, generation = m_generation, query = m_query, block, anchor, backwards] {
            loader->loadBlock(generation, query, block, blockSize, anchor, backwards);
        });
}

void PagedListModel::onFirstBlock(int generation, const Rows& rows, bool complete)
{
    if (generation != m_generation) {
        return;
    }
    beginResetModel();
    m_blocks.clear();
    m_pending.clear();
    m_blocks.insert(0, rows);
    m_rowCount = int(rows.size());
    endResetModel();
    if (complete) {
        m_loading = false;
        emit loaded();
    }
}

void PagedListModel::onCount(int generation, int count)
{
    if (generation != m_generation) {
        return;
    }
    m_loading = false;
    if (count > m_rowCount) {
        beginInsertRows({}, m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    } else if (count < m_rowCount) {
        beginRemoveRows({}, count, m_rowCount - 1);
        m_rowCount = count;
        endRemoveRows();
    }
    emit loaded();
}

void PagedListModel::onBlock(int generation, int block, const Rows& rows)
{
    if (generation != m_generation) {
        return;
    }
    m_pending.remove(block);
    evictFarFrom(block);
    m_blocks.insert(block, rows);
    const int first = block * blockSize;
    const int last = std::min(m_rowCount, first + int(rows.size())) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

void PagedListModel::evictFarFrom(int block)
{
    while (m_blocks.size() >= maxBlocks) {
        int farthest = -1;
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            if (it.key() != 0 && (farthest < 0 || std::abs(it.key() - block) > std::abs(farthest - block))) {
                farthest = it.key();
            }
        }
        if (farthest < 0) {
            return;
        }
        m_blocks.remove(farthest);
    }
}

void PagedListModel::locate(qint64 id)
{
    QMetaObject::invokeMethod(m_loader,
        [loader = m_loader, generation = m_generation, query = m_query, id] { loader->locate(generation, query, id); });
}

bool PagedListModel::waitForLoaded(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_loading && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_loading) {
            QThread::msleep(1);
        }
    }
    return !m_loading;
}

} // namespace kmuni
