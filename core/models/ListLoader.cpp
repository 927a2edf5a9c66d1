// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListLoader.h"

#include "db/Database.h"
#include "db/SharedReader.h"
#include "db/Sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

QString selectList(const ListQuery& q)
{
    return (q.columns + q.orderBy).join(u", "_s);
}

// The listed table alone: counting and jumping read its index and nothing joined to it.
QString baseFrom(const ListQuery& q)
{
    return q.baseFrom.isEmpty() ? q.from : q.baseFrom;
}

QString whereClause(const ListQuery& q, const QString& extra = {})
{
    QStringList parts = q.condition.clauses;
    if (!extra.isEmpty()) {
        parts << extra;
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

QString orderClause(const ListQuery& q, bool reverse)
{
    const bool descending = q.descending != reverse;
    QStringList keys;
    for (const QString& k : q.orderBy) {
        keys << (descending ? k + u" DESC"_s : k);
    }
    return u" ORDER BY "_s + keys.join(u", "_s);
}

// (k1, k2, id) > (?, ?, ?): the rows after a key in list order; an index on the keys makes it a range.
QString keyComparison(const ListQuery& q, bool before, bool inclusive = false)
{
    const bool greater = q.descending == before;
    const QString op = greater ? (inclusive ? u">="_s : u">"_s) : (inclusive ? u"<="_s : u"<"_s);
    return u"("_s + q.orderBy.join(u", "_s) + u") "_s + op + u" ("_s + sql::placeholders(q.orderBy.size()) + u')';
}

} // namespace

ListLoader::ListLoader(QString databasePath, std::shared_ptr<LoaderShared> shared)
    : m_path(std::move(databasePath))
    , m_shared(std::move(shared))
{ }

ListLoader::ListLoader(SharedReader* reader, std::shared_ptr<LoaderShared> shared)
    : m_shared(std::move(shared))
    , m_reader(reader)
{ }

ListLoader::~ListLoader()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->reader = nullptr;
}

bool ListLoader::ensureOpen(int generation)
{
    if (m_db) {
        return true;
    }
    DbStatus status;
    if (m_reader) {
        m_db = m_reader->connection(&status);
        if (!m_db) {
            emit failed(generation, status.message);
        }
        return m_db != nullptr;
    }
    auto db = Database::open(m_path, Database::Mode::Reader, &status);
    if (!db) {
        emit failed(generation, status.message);
        return false;
    }
    std::lock_guard lock(m_shared->mutex);
    m_own = std::move(db);
    m_db = m_own.get();
    m_shared->reader = m_db;
    return true;
}

bool ListLoader::fetch(int generation, const QString& statement, const QVariantList& values, Rows* rows)
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QString error;
    if (!sql::run(q, statement, values, &error)) {
        if (current(generation)) {
            emit failed(generation, error);
        }
        return false;
    }
    const int width = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i) {
            row << q.value(i);
        }
        rows->append(std::move(row));
    }
    if (q.lastError().isValid() && current(generation)) {
        emit failed(generation, sql::message(q.lastError()));
        return false;
    }
    return true;
}

bool ListLoader::fetchKept(int generation, const ListQuery& query, qsizetype from, qsizetype count, Rows* rows)
{
    const qsizetype to = std::min(m_keys.size(), from + count);
    if (from >= to) {
        return true;
    }
    QVariantList ids;
    for (qsizetype i = from; i < to; ++i) {
        ids << m_keys[i].constLast();
    }
    Rows unordered;
    if (!fetch(generation,
            u"SELECT "_s + selectList(query) + u" FROM "_s + query.from + u" WHERE "_s + query.orderBy.constLast()
                + u" IN ("_s + sql::placeholders(ids.size()) + u')',
            ids, &unordered)) {
        return false;
    }
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < unordered.size(); ++i) {
        at.insert(unordered[i].constLast().toLongLong(), i);
    }
    for (const QVariant& id : std::as_const(ids)) {
        const auto it = at.constFind(id.toLongLong());
        if (it != at.cend()) {
            rows->append(unordered[*it]);
        }
    }
    return true;
}

void ListLoader::loadFirst(int generation, const ListQuery& query, int blockSize)
{
    if (!current(generation) || !ensureOpen(generation)) {
        return;
    }
    Rows rows;
    if (query.condition.keepKeys) {
        // A text search: look its hits up and sort them once; the count and every page follow.
        Rows keys;
        if (!fetch(generation,
                u"SELECT "_s + query.orderBy.join(u", "_s) + u" FROM "_s + baseFrom(query) + whereClause(query)
                    + orderClause(query, false),
                query.condition.values, &keys)) {
            return;
        }
        m_keys = std::move(keys);
        m_keysGeneration = generation;
        if (!fetchKept(generation, query, 0, blockSize, &rows)) {
            return;
        }
        const bool complete = m_keys.size() <= blockSize;
        emit firstBlockReady(generation, rows, complete);
        if (!complete) {
            emit countReady(generation, int(m_keys.size()));
        }
        return;
    }
    const QString statement = u"SELECT "_s + selectList(query) + u" FROM "_s + query.from + whereClause(query)
        + orderClause(query, false) + u" LIMIT ?"_s;
    if (!fetch(generation, statement, query.condition.values + QVariantList{blockSize}, &rows)) {
        return;
    }
    const bool complete = rows.size() < blockSize;
    emit firstBlockReady(generation, rows, complete);
    if (complete || !current(generation)) {
        return;
    }
    QSqlQuery q(m_db->connection());
    QString error;
    if (!sql::run(q, u"SELECT count(*) FROM "_s + baseFrom(query) + whereClause(query), query.condition.values, &error)
        || !q.next()) {
        if (current(generation)) {
            emit failed(generation, error.isEmpty() ? q.lastError().text() : error);
        }
        return;
    }
    emit countReady(generation, q.value(0).toInt());
}

void ListLoader::loadBlock(
    int generation, const ListQuery& query, int block, int blockSize, const QVariantList& anchor, bool backwards)
{
    if (!current(generation) || !ensureOpen(generation)) {
        return;
    }
    Rows rows;
    if (query.condition.keepKeys && m_keysGeneration == generation) {
        if (fetchKept(generation, query, qsizetype(block) * blockSize, blockSize, &rows)) {
            emit blockReady(generation, block, rows);
        }
        return;
    }
    QString statement = u"SELECT "_s + selectList(query) + u" FROM "_s + query.from;
    QVariantList values = query.condition.values;
    if (anchor.isEmpty()) {
        // A jump: find the block's first key in the index alone (SQLite computes every row an OFFSET
        // skips, joins included), then read the block from that key on.
        Rows first;
        if (!fetch(generation,
                u"SELECT "_s + query.orderBy.join(u", "_s) + u" FROM "_s + baseFrom(query) + whereClause(query)
                    + orderClause(query, false) + u" LIMIT 1 OFFSET ?"_s,
                query.condition.values + QVariantList{qint64(block) * blockSize}, &first)) {
            return;
        }
        if (first.isEmpty()) {
            emit blockReady(generation, block, rows);
            return;
        }
        statement += whereClause(query, keyComparison(query, false, true)) + orderClause(query, false) + u" LIMIT ?"_s;
        values << first.first() << blockSize;
    } else {
        statement
            += whereClause(query, keyComparison(query, backwards)) + orderClause(query, backwards) + u" LIMIT ?"_s;
        values << anchor << blockSize;
    }
    if (!fetch(generation, statement, values, &rows)) {
        return;
    }
    if (backwards) {
        std::reverse(rows.begin(), rows.end());
    }
    emit blockReady(generation, block, rows);
}

void ListLoader::locate(int generation, const ListQuery& query, qint64 id)
{
    if (!current(generation) || !ensureOpen(generation)) {
        return;
    }
    if (query.condition.keepKeys && m_keysGeneration == generation) {
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i].constLast().toLongLong() == id) {
                emit located(generation, id, int(i));
                return;
            }
        }
        emit located(generation, id, -1);
        return;
    }
    const QString idColumn = query.orderBy.constLast();
    Rows key;
    if (!fetch(generation,
            u"SELECT "_s + query.orderBy.join(u", "_s) + u" FROM "_s + baseFrom(query)
                + whereClause(query, idColumn + u" = ?"_s),
            query.condition.values + QVariantList{id}, &key)) {
        return;
    }
    if (key.isEmpty()) {
        emit located(generation, id, -1);
        return;
    }
    QSqlQuery q(m_db->connection());
    const auto row
        = sql::row(q, u"SELECT count(*) FROM "_s + baseFrom(query) + whereClause(query, keyComparison(query, true)),
            query.condition.values + key.first(), [](const QSqlQuery& r) { return r.value(0).toInt(); });
    if (row.failed()) {
        emit failed(generation, row.error());
    } else if (row) {
        emit located(generation, id, *row);
    }
}

} // namespace kmuni
