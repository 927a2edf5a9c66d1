// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kmuni {

/**
 * Where a shared database lives on a PostgreSQL server: "postgresql://user@host:port/dbname" (also
 * "postgres://"), with libpq's query parameters sslmode, sslrootcert and connect_timeout. A password
 * in the address is refused: it would stand in the shell history, the process list and the settings
 * file. libpq reads ~/.pgpass (and PGPASSWORD), the window asks.
 */
struct ServerAddress
{
    QString user; ///< empty: the login name (libpq's default)
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    /**
     * TLS: verify-full (the server's certificate and name checked) unless the host is this machine,
     * where libpq's "prefer" is the default. The address may ask for another mode.
     */
    QString sslMode;
    QString sslRootCert;
    int connectTimeout = 10; ///< seconds

    /** True when @p text is a server address rather than a file name. */
    static bool looks(const QString& text);
    /**
     * True when @p text has the form of an address of any kind, a scheme of two letters or more
     * followed by ":/" ("mysql://…", "file:///…", "postgresql:/…"), rather than a file name ("C:/…"
     * is a Windows drive).
     */
    static bool looksLikeUrl(const QString& text);
    /**
     * Whether @p text can name a database (--db, KMUNI_DB): a file path, or a server address that
     * parse() takes. An address of another kind, or one of ours that does not parse, is refused with
     * @p error (translated, naming what is taken), so that it never becomes a file name and folders.
     */
    static bool isDatabaseName(const QString& text, QString* error);
    /** Parses @p text; on failure returns false with @p error (translated). */
    static bool parse(const QString& text, ServerAddress* address, QString* error);

    bool isLocal() const;
    /** The address as shown and stored (no password, defaults left out). */
    QString toString() const;
    /** Options for Qt's QPSQL driver (QSqlDatabase::setConnectOptions). */
    QString connectOptions() const;
};

} // namespace kmuni
