// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace kmuni {

class SharedReader;

/** Why a database could not be used. The command line maps these to its exit codes. */
enum class DbError
{
    None,
    NotFound, ///< no file at the path (and not asked to create one)
    NotADatabase, ///< the file is not an SQLite database, or not a KMUni one
    Damaged, ///< SQLite reports corruption
    NewerSchema, ///< written by a newer KMUni; left untouched
    ReadOnly, ///< the file or its folder cannot be written
    Locked, ///< another program holds the database
    Unreachable, ///< the database server does not answer
    LoginFailed, ///< the server refused the user name or password (or wants a password)
    Other,
};

/** The outcome of a database operation: a code and a message for the user (translated). */
struct DbStatus
{
    DbError code = DbError::None;
    QString message;
    bool ok() const { return code == DbError::None; }
};

/** Where the data lives: a file on this desk, or a PostgreSQL server shared by the offices. */
enum class Engine
{
    SQLite,
    PostgreSQL,
};

/**
 * One connection to a KMUni database: an SQLite file (with the project's pragmas, the German
 * collation and the search-folding function registered) or a shared PostgreSQL server
 * (ServerAddress), the schema migrated to the version this program knows. A connection belongs to
 * the thread that opened it: list loaders open their own with Mode::Reader.
 */
class Database final
{
public:
    enum class Mode
    {
        OpenExisting, ///< the file must exist and be a KMUni database
        Create, ///< create folder (0700) and file (0600) when missing, then migrate
        Reader, ///< read-only second connection for a worker thread; no migration
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens (and in Create mode creates) the database at @p path: a file name, or a server address
     * "postgresql://user@host:port/dbname" (on a server, Create makes the schema in an empty database;
     * the database itself is the administrator's).
     * @return nullptr with @p status set when the file cannot be used; the file is then left as it was.
     */
    static std::unique_ptr<Database> open(const QString& path, Mode mode, DbStatus* status);

    /** The schema version this build writes; databases of a higher version are refused. */
    static int latestSchemaVersion();
    /** The application_id stamped in every KMUni database ("KMUn"). */
    static constexpr int applicationId = 0x4B4D556E;

    QSqlDatabase connection() const;
    /** The file name, or the server address (without a password). */
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    /**
     * Keeps @p password for connections to the server @p address (ServerAddress::toString()) for the
     * rest of this process, in memory only: the window asks once, worker threads connect with it.
     */
    static void rememberPassword(const QString& address, const QString& password);
    /**
     * On a server, every committed write notifies this channel (LISTEN/NOTIFY); the window's
     * connection listens to it (QSqlDriver::notification), so that lists refresh when another
     * window or office saved.
     */
    static constexpr QLatin1StringView changesChannel{"kmuni_changes"};
    /**
     * Subscribes this connection to changesChannel (a server only; the thread needs an event loop, as
     * the window's has): its driver's notification() signal then tells of every commit elsewhere.
     */
    void listenForChanges();
    bool isReader() const { return m_mode == Mode::Reader; }
    /**
     * On a server, the read-only connection that this window's lists share (made on first use, kept
     * while anyone holds it); nullptr for a file and for a Reader.
     */
    std::shared_ptr<SharedReader> sharedReader() const;
    int schemaVersion() const;
    /** The SQLite connection; nullptr on a server. */
    sqlite3* handle() const { return m_handle; }

    /** Who is recorded in the audit log: KMUNI_USER, else the OS login, unless set. */
    QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name; }

    /** PRAGMA integrity_check and foreign_key_check; @p problems lists what SQLite found. */
    bool checkIntegrity(QStringList* problems) const;

    /**
     * Damage found before it spreads, cheaply enough to run before every command: PRAGMA
     * quick_check(1) for files up to quickCheckLimit (about 1 s at that size; 3.2 s measured for
     * the 300 MB town benchmark), above it the header's page count against the file's size and the
     * free-list. Empty when nothing was found, else what SQLite reported.
     */
    QString quickCheck() const;
    static constexpr qint64 quickCheckLimit = qint64(128) * 1024 * 1024;
    /** Consistent copy into @p target (SQLite online backup), safe while others write. */
    bool backupTo(const QString& target, QString* error) const;
    /**
     * Copies the write-ahead journal back into the database file as far as no reader needs it
     * (a passive checkpoint), for after a bulk write. @return the journal's pages not yet copied.
     */
    int checkpoint() const;
    /** checkpoint() on a connection of its own, on a worker thread: after a bulk write, beside the work. */
    static void checkpointLater(const QString& path);

    /** Asks a running statement on this connection to stop (callable from any thread). */
    void interrupt() const;

    int transactionDepth() const { return m_depth; }

    /**
     * The default database file: KMUNI_DB, else kmuni.sqlite in the portable folder beside the
     * program (location::portableFolder), else in the user's app-data folder (%APPDATA% on Windows).
     */
    static QString defaultPath();

private:
    // Writes begin, commit and roll back only through a Transaction (RAII): nobody can leave one open.
    friend class Transaction;
    bool beginWrite(QString* error);
    bool commitWrite(QString* error);
    void rollbackWrite();

    Database(QString path, Mode mode, QString connectionName);
    bool initialise(DbStatus* status);
    bool migrate(DbStatus* status);
    // The server's side (ServerDatabase.cpp).
    bool initialiseServer(DbStatus* status);
    bool migrateServer(DbStatus* status);
    int serverSchemaVersion() const;
    void interruptServer() const;
    bool openServerConnection(QString* error) const;
    /** True when the server closed the connection (restarted, the backend ended) between transactions. */
    bool serverConnectionLost() const;
    /** Opens the server connection again; what failed before it is reported, nothing is repeated. */
    bool reconnectServer() const;
    bool exec(const QString& sql, QString* error);

    QString m_path;
    Mode m_mode;
    Engine m_engine = Engine::SQLite;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    bool m_listening = false;
    mutable void* m_server = nullptr; ///< libpq's PGconn of a server connection
    QString m_userName;
    int m_depth = 0;
    mutable std::shared_ptr<SharedReader> m_sharedReader;
};

} // namespace kmuni
