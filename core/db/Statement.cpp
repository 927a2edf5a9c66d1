// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <utility>

namespace kmuni::sqlite {

namespace {

// Bound as an integer; anything else that is not NULL as text.
bool isInteger(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return true;
    default:
        return false;
    }
}

} // namespace

Statement::Statement(sqlite3* db, const char* sql, QString* firstError)
    : m_db(db)
    , m_firstError(firstError)
{
    prepare(sql);
}

void Statement::prepare(const char* sql)
{
    if (m_db == nullptr) { // a server database, and a step without a server form yet
        m_error = QStringLiteral("This step works on an SQLite database file only, not yet on a server.");
        if (m_firstError && m_firstError->isEmpty()) {
            *m_firstError = m_error;
        }
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        setError();
    }
}

Statement::Statement(const Database& db, const char* sql, QString* firstError)
    : m_db(db.handle())
    , m_firstError(firstError)
{
    if (!db.isServer()) {
        prepare(sql);
        return;
    }
    m_server = std::make_unique<QSqlQuery>(db.connection());
    m_server->setForwardOnly(true);
    if (!m_server->prepare(QString::fromUtf8(sql))) {
        setServerError();
        m_server.reset();
    }
}

void Statement::setServerError()
{
    m_error = sql::message(m_server->lastError());
    if (m_firstError && m_firstError->isEmpty()) {
        *m_firstError = m_error;
    }
}

// Runs the statement at the first step after its bindings, then steps through its rows; after the
// last (or an error) it is ready for the next bindings, as an SQLite statement after its reset.
bool Statement::serverStep()
{
    if (!m_serverRunning) {
        if (!m_server->exec()) {
            setServerError();
            return false;
        }
        m_serverRunning = true;
    }
    if (m_server->next()) {
        return true;
    }
    if (m_server->lastError().isValid()) {
        setServerError();
    }
    m_server->finish();
    m_serverRunning = false;
    return false;
}

void Statement::setError()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("unknown SQLite error");
    }
    if (m_firstError && m_firstError->isEmpty()) {
        *m_firstError = m_error;
    }
}

bool Statement::check(int rc)
{
    if (rc != SQLITE_OK) {
        setError();
        return false;
    }
    return true;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

// A failed bind (an index out of range, too much text) is kept as the statement's error, and the
// next exec() or next() fails with it: a row is never written or read with a value left out.
Statement& Statement::bind(int index, qint64 value)
{
    if (m_server) {
        m_server->bindValue(index - 1, value);
        return *this;
    }
    m_bindFailed |= m_stmt && !check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (m_server) {
        m_server->bindValue(index - 1, value.isNull() ? QString(QStringLiteral("")) : value);
        return *this;
    }
    if (value.isEmpty()) {
        m_bindFailed |= m_stmt && !check(sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC));
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    m_bindFailed
        |= m_stmt && !check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Null:
        return bindNull(index);
    case Cell::Kind::Integer:
        return bind(index, cell.number);
    case Cell::Kind::Text:
        break;
    }
    if (m_server) {
        return bind(index, QString::fromUtf8(cell.text));
    }
    m_bindFailed |= m_stmt
        && !check(sqlite3_bind_text(m_stmt, index, cell.text.constData(), int(cell.text.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_server) {
        m_server->bindValue(index - 1, QVariant(QMetaType(QMetaType::LongLong)));
        return *this;
    }
    m_bindFailed |= m_stmt && !check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    return isInteger(value) ? bind(index, value.toLongLong()) : bind(index, value.toString());
}

Cell Cell::of(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return isInteger(value) ? Cell{Kind::Integer, value.toLongLong(), {}}
                            : Cell{Kind::Text, 0, value.toString().toUtf8()};
}

bool Statement::takeBindFailure()
{
    if (!m_bindFailed) {
        return false;
    }
    m_bindFailed = false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return true;
}

bool Statement::exec()
{
    if (m_server) {
        m_serverRunning = false;
        const bool ok = m_server->exec();
        if (!ok) {
            setServerError();
        }
        m_server->finish();
        return ok;
    }
    if (!m_stmt || takeBindFailure()) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE) {
        setError(); // before the reset, which may change the connection's message
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

bool Statement::next()
{
    if (m_server) {
        return serverStep();
    }
    if (!m_stmt || takeBindFailure()) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        setError();
    }
    sqlite3_reset(m_stmt);
    return false;
}

void Statement::reset()
{
    if (m_server) {
        m_server->finish();
        m_serverRunning = false;
    }
    if (m_stmt) {
        sqlite3_reset(m_stmt);
    }
}

qint64 Statement::int64(int column) const
{
    if (m_server) {
        return m_server->value(column).toLongLong();
    }
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    if (m_server) {
        return m_server->value(column).isNull();
    }
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    if (m_server) {
        return m_server->value(column).toString();
    }
    const QByteArrayView raw = bytes(column);
    return QString::fromUtf8(raw);
}

QByteArrayView Statement::bytes(int column) const
{
    if (m_server) {
        if (m_serverBytes.size() <= column) {
            m_serverBytes.resize(column + 1);
        }
        m_serverBytes[column] = m_server->value(column).toString().toUtf8();
        return m_serverBytes[column];
    }
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

ScopedPragma::ScopedPragma(sqlite3* db, const char* name, qint64 value)
    : m_db(db)
    , m_name(name)
{
    if (db == nullptr) {
        return; // a server tunes itself
    }
    Statement read(db, QByteArray("PRAGMA " + m_name).constData());
    if (read.next()) {
        m_old = read.int64(0);
        read.reset();
    } else {
        m_error = read.error();
        return;
    }
    if (set(value)) {
        m_restore = true;
    }
}

bool ScopedPragma::set(qint64 value)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, QByteArray("PRAGMA " + m_name + " = " + QByteArray::number(value)).constData(),
        nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    }
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

ScopedPragma::~ScopedPragma()
{
    // A pragma that cannot be put back (the connection is going away) only costs speed, and a
    // destructor has nobody to tell: the error stays in error() for whoever still holds it.
    if (m_restore) {
        set(m_old);
    }
}

namespace {
// FTS5's own defaults (sqlite3 ext/fts5: FTS5_DEFAULT_AUTOMERGE, FTS5_DEFAULT_HASHSIZE).
constexpr qint64 defaultAutomerge = 4;
constexpr qint64 defaultHashSize = 1024 * 1024;
constexpr qint64 bulkHashSize = 64 * 1024 * 1024;
} // namespace

ScopedBulkIndex::ScopedBulkIndex(sqlite3* db, QByteArray table)
    : m_db(db)
    , m_table(std::move(table))
{ }

void ScopedBulkIndex::begin()
{
    if (m_db != nullptr && !m_begun) {
        m_begun = configure(0, bulkHashSize);
    }
}

bool ScopedBulkIndex::configure(qint64 automerge, qint64 hashSize)
{
    // The table's name is ours (a constant), never user text; the values are bound.
    Statement set(m_db, QByteArray("INSERT INTO " + m_table + "(" + m_table + ", rank) VALUES (?, ?)").constData());
    const std::pair<const char*, qint64> settings[] = {{"automerge", automerge}, {"hashsize", hashSize}};
    for (const auto& [name, value] : settings) {
        set.bind(1, QString::fromLatin1(name));
        set.bind(2, value);
        if (!set.exec()) {
            m_error = set.error();
            return false;
        }
    }
    return true;
}

bool ScopedBulkIndex::stillTuned()
{
    // The table's name is ours (a constant), never user text.
    Statement read(m_db, QByteArray("SELECT v FROM " + m_table + "_config WHERE k = 'hashsize'").constData());
    return read.next() && read.int64(0) == bulkHashSize;
}

ScopedBulkIndex::~ScopedBulkIndex()
{
    // Put back after a commit only: a rollback took the tuning back with the rows, and the file
    // stays exactly as it was. What cannot be put back (the connection is going away) costs speed
    // later, not data, and a destructor has nobody to tell.
    if (m_begun && stillTuned()) {
        configure(defaultAutomerge, defaultHashSize);
    }
}

} // namespace kmuni::sqlite
