// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Database on a PostgreSQL server: connecting (libpq first, so that "no answer", "wrong password"
// and "no such database" are told apart), the schema's version and application id in the table
// kmuni_schema, and the migrations under an advisory lock, so that two offices starting the new
// program at the same moment do not both migrate.
#include "Database.h"

#include "Migrations.h"
#include "ServerAddress.h"
#include "SharedReader.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Database)
};

QMutex passwordsLock;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}

QString rememberedPassword(const QString& address)
{
    const QMutexLocker lock(&passwordsLock);
    return passwords().value(address);
}

bool fail(DbStatus* status, DbError code, const QString& message)
{
    if (status) {
        *status = {code, message};
    }
    return false;
}

/** libpq's connection parameters for @p a (keys and values, each list ending in nullptr). */
struct LibpqParameters
{
    LibpqParameters(const ServerAddress& a, const QString& password)
        : host(a.host.toUtf8())
        , port(QByteArray::number(a.port))
        , user(a.user.toUtf8())
        , database(a.database.toUtf8())
        , secret(password.toUtf8())
        , sslMode(a.sslMode.toUtf8())
        , rootCert(a.sslRootCert.toUtf8())
        , timeout(QByteArray::number(a.connectTimeout))
    {
        keys = {"host", "port", "dbname", "sslmode", "connect_timeout", "application_name"};
        values = {host.constData(), port.constData(), database.constData(), sslMode.constData(), timeout.constData(),
            "kmuni"};
        if (!user.isEmpty()) {
            keys << "user";
            values << user.constData();
        }
        if (!secret.isEmpty()) {
            keys << "password";
            values << secret.constData();
        }
        if (!rootCert.isEmpty()) {
            keys << "sslrootcert";
            values << rootCert.constData();
        }
        keys << nullptr;
        values << nullptr;
    }

    QByteArray host, port, user, database, secret, sslMode, rootCert, timeout;
    QList<const char*> keys;
    QList<const char*> values;
};

/**
 * Whether the server at @p a answers at all (libpq's ping: the server's greeting, no login). Asked
 * before the connection, so that a server that does not answer is named after one wait.
 */
bool answers(const ServerAddress& a, DbStatus* status)
{
    // Whether the server answers, not whether it proves who it is: with verify-full, a certificate
    // that does not fit would look like silence. That check comes with the login, and says so.
    ServerAddress reachable = a;
    reachable.sslMode = u"prefer"_s;
    reachable.sslRootCert.clear();
    const LibpqParameters p(reachable, {});
    if (PQpingParams(p.keys.constData(), p.values.constData(), 0) == PQPING_NO_RESPONSE) {
        return fail(status, DbError::Unreachable,
            Tr::tr("The database server %1 does not answer. Check the address and the network, or ask your IT "
                   "department whether the server is running.")
                .arg(a.host + u':' + QString::number(a.port)));
    }
    return true;
}

/**
 * Why the login to @p a failed, asked of libpq itself after Qt's driver failed: the driver reports
 * every failure alike, libpq tells whether the server wanted a password or refused the one given.
 * True when libpq's login works after all (then the driver's own message stands).
 */
bool loginProblem(const ServerAddress& a, const QString& password, DbStatus* status)
{
    const LibpqParameters p(a, password);
    PGconn* conn = PQconnectdbParams(p.keys.constData(), p.values.constData(), 0);
    const bool ok = PQstatus(conn) == CONNECTION_OK;
    const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const bool needsPassword = !ok && PQconnectionNeedsPassword(conn);
    const bool usedPassword = !ok && PQconnectionUsedPassword(conn);
    PQfinish(conn);
    const QString where = a.toString();
    if (ok) {
        return true;
    }
    if (needsPassword) {
        return fail(
            status, DbError::LoginFailed, Tr::tr("The database server asks for the password of %1.").arg(where));
    }
    if (usedPassword) {
        return fail(status, DbError::LoginFailed,
            Tr::tr("The database server refused the login to %1: wrong user name or password.").arg(where));
    }
    QString message = Tr::tr("The database %1 cannot be used: %2").arg(where, detail);
    if (a.sslMode.startsWith(u"verify"_s)) {
        message += u' '
            + Tr::tr("(The server must prove who it is: its certificate must name the host of the address and be "
                     "signed by a certificate authority this PC trusts, or by the one given with ?sslrootcert=FILE.)");
    }
    return fail(status, DbError::Other, message);
}

// Gives @p db the server, database and login of @p a, with @p password when one is remembered.
void setLogin(QSqlDatabase& db, const ServerAddress& a, const QString& password)
{
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setDatabaseName(a.database);
    if (!a.user.isEmpty()) {
        db.setUserName(a.user);
    }
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    db.setConnectOptions(a.connectOptions());
}

// Refuses the KMUni schema of the database @p path (its table kmuni_schema) when it is another
// program's or of a newer version.
bool checkSchemaVersion(QSqlQuery& q, const QString& path, DbStatus* status)
{
    if (!q.exec(u"SELECT application_id, version FROM kmuni_schema"_s) || !q.next()) {
        return fail(status, DbError::NotADatabase, Tr::tr("%1 is not a KMUni database.").arg(path));
    }
    const int appId = q.value(0).toInt();
    const int version = q.value(1).toInt();
    q.finish();
    if (appId != Database::applicationId) {
        return fail(status, DbError::NotADatabase, Tr::tr("%1 is not a KMUni database.").arg(path));
    }
    if (version > Database::latestSchemaVersion()) {
        return fail(status, DbError::NewerSchema,
            Tr::tr("The database %1 was written by a newer version of KMUni CRM (schema %2; this program knows "
                   "%3). Please update the program; the database was left unchanged.")
                .arg(path)
                .arg(version)
                .arg(Database::latestSchemaVersion()));
    }
    return true;
}

// Whether the database @p path on the server can be migrated in @p mode: KMUni's tables of a version
// this program knows, or (in Create mode) no tables at all; another program's tables are never touched.
bool checkServerSchema(QSqlQuery& q, const QString& path, Database::Mode mode, DbStatus* status)
{
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'kmuni_schema'), "
                "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"_s)
        || !q.next()) {
        return fail(status, DbError::Other, sql::message(q.lastError()));
    }
    const bool ours = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    q.finish();
    if (!ours && tables > 0) {
        return fail(status, DbError::NotADatabase,
            Tr::tr("The database %1 holds tables of another program, not a KMUni database. Nothing was changed.")
                .arg(path));
    }
    if (!ours && mode != Database::Mode::Create) {
        return fail(status, DbError::NotFound,
            Tr::tr("The database %1 on the server is empty. Create the KMUni tables in it with \"kmuni init --db %1\".")
                .arg(path));
    }
    return !ours || checkSchemaVersion(q, path, status);
}

} // namespace

void Database::rememberPassword(const QString& address, const QString& password)
{
    ServerAddress a;
    const QString key = ServerAddress::parse(address, &a, nullptr) ? a.toString() : address;
    const QMutexLocker lock(&passwordsLock);
    passwords().insert(key, password);
}

bool Database::initialiseServer(DbStatus* status)
{
    ServerAddress a;
    QString error;
    if (!ServerAddress::parse(m_path, &a, &error)) {
        return fail(status, DbError::NotFound, error);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!db.isValid()) {
        return fail(status, DbError::Other,
            Tr::tr("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing "
                   "(Debian package libqt6sql6-psql)."));
    }
    const QString password = rememberedPassword(m_path);
    // A worker's second connection (list pages) follows one that worked: no round trip to ask.
    if (m_mode != Mode::Reader && !answers(a, status)) {
        return false;
    }
    setLogin(db, a, password);
    if (!openServerConnection(&error)) {
        if (m_mode != Mode::Reader && !loginProblem(a, password, status)) {
            return false;
        }
        return fail(status, DbError::Other, error);
    }
    QSqlQuery q(db);
    // The audit log names the person who logged in: on a server, each staff member has a role.
    if (!q.exec(u"SELECT current_user"_s) || !q.next()) {
        return fail(status, DbError::Other, sql::message(q.lastError()));
    }
    m_userName = q.value(0).toString();
    q.finish();
    if (m_mode == Mode::Reader) {
        return true; // a worker's connection beside one that found the schema (its first read would fail)
    }
    if (!checkServerSchema(q, m_path, m_mode, status)) {
        return false;
    }
    return migrateServer(status);
}

bool Database::openServerConnection(QString* error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_server = nullptr;
    if (!db.open()) {
        return fail(error, Tr::tr("The database %1 cannot be used: %2").arg(m_path, db.lastError().text()));
    }
    const QVariant handle = db.driver()->handle();
    // Qt names the type by libpq's struct: "pg_conn*" (older versions "PGconn*").
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        m_server = *static_cast<PGconn* const*>(handle.constData());
    }
    if (!m_server) {
        return fail(error,
            Tr::tr("The PostgreSQL driver did not provide its connection handle (%1).")
                .arg(QString::fromLatin1(handle.typeName())));
    }
    // Our statements' text and times as SQLite has them; notices (from IF NOT EXISTS) kept out of the log.
    // One round trip for all of them: a list page's reader connects when the page opens.
    QString settings = u"SET client_encoding = 'UTF8'; SET client_min_messages = warning; SET TIME ZONE 'UTC'"_s;
    if (m_mode == Mode::Reader) {
        settings += u"; SET default_transaction_read_only = on"_s;
    }
    QSqlQuery q(db);
    if (!q.exec(settings)) {
        return fail(error, sql::message(q.lastError()));
    }
    if (m_listening) { // again after a reconnect: the driver forgets it on close
        db.driver()->subscribeToNotification(changesChannel);
    }
    return true;
}

std::shared_ptr<SharedReader> Database::sharedReader() const
{
    if (!isServer() || m_mode == Mode::Reader) {
        return nullptr;
    }
    if (!m_sharedReader) {
        m_sharedReader = std::make_shared<SharedReader>(m_path);
    }
    return m_sharedReader;
}

void Database::listenForChanges()
{
    if (isServer() && !m_listening) {
        m_listening = true;
        connection().driver()->subscribeToNotification(changesChannel);
    }
}

bool Database::serverConnectionLost() const
{
    if (m_depth > 0) {
        return false; // inside a transaction the failure is the transaction's: it is reported, not repeated
    }
    // Qt's driver may close the connection itself when it notices the loss: its handle is then gone.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    m_server = handle.isValid() ? *static_cast<PGconn* const*>(handle.constData()) : nullptr;
    return m_server == nullptr || PQstatus(static_cast<PGconn*>(m_server)) == CONNECTION_BAD;
}

bool Database::reconnectServer() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    QString error;
    return openServerConnection(&error);
}

int Database::serverSchemaVersion() const
{
    QSqlQuery q(connection());
    // Asked of pg_tables, which reads the catalog with this statement's snapshot. to_regclass() looks
    // in the backend's catalog cache, which inside a transaction still holds "no such table" after
    // another program created it while this one waited for the migration lock (found by the race test).
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'kmuni_schema')"_s)
        || !q.next()) {
        return -1;
    }
    if (!q.value(0).toBool()) {
        return 0;
    }
    q.finish();
    if (q.exec(u"SELECT version FROM kmuni_schema"_s) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

bool Database::migrateServer(DbStatus* status)
{
    QString error;
    for (const migrations::Migration& m : migrations::all(Engine::PostgreSQL)) {
        if (m.version <= schemaVersion()) {
            continue;
        }
        if (!beginWrite(&error) || !exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(applicationId), &error)) {
            rollbackWrite();
            return fail(status, DbError::Locked, error);
        }
        // Under the lock: another program may have migrated meanwhile.
        const int current = schemaVersion();
        if (m.version <= current) {
            rollbackWrite();
            continue;
        }
        // The script runs through libpq: several statements and PL/pgSQL bodies in one go.
        PGresult* result = PQexec(static_cast<PGconn*>(m_server), m.sql.constData());
        const bool ran = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
        if (!ran) {
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
        QSqlQuery q(connection());
        const QString stamp = current == 0 ? u"INSERT INTO kmuni_schema(application_id, version) VALUES (?, ?)"_s
                                           : u"UPDATE kmuni_schema SET application_id = ?, version = ?"_s;
        if (!ran || !sql::run(q, stamp, {applicationId, m.version}, &error)) {
            rollbackWrite();
            return fail(status, DbError::Other,
                Tr::tr("Updating the database to schema %1 failed: %2").arg(m.version).arg(error));
        }
        if (!commitWrite(&error)) {
            return fail(status, DbError::Other, error);
        }
    }
    return true;
}

void Database::interruptServer() const
{
    PGcancel* cancel = m_server ? PQgetCancel(static_cast<PGconn*>(m_server)) : nullptr;
    if (cancel) {
        char message[256];
        PQcancel(cancel, message, sizeof message);
        PQfreeCancel(cancel);
    }
}

} // namespace kmuni
