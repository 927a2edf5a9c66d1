// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Database)
};

const QStringList& sslModes()
{
    static const QStringList modes
        = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

} // namespace

bool ServerAddress::looks(const QString& text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

bool ServerAddress::looksLikeUrl(const QString& text)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]+:/"_s);
    return scheme.match(text).hasMatch();
}

bool ServerAddress::isDatabaseName(const QString& text, QString* error)
{
    if (looks(text)) {
        ServerAddress address;
        return parse(text, &address, error);
    }
    if (!looksLikeUrl(text)) {
        return true;
    }
    if (error) {
        *error = Tr::tr("%1 is not a database this program can open: give a file path, or a PostgreSQL server's "
                        "address postgresql://USER@HOST:PORT/DB.")
                     .arg(text);
    }
    return false;
}

bool ServerAddress::parse(const QString& text, ServerAddress* address, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error) {
            *error = Tr::tr("%1 is not a server address (%2). Expected: postgresql://user@host:port/database")
                         .arg(text, why);
        }
        return false;
    };
    if (!looks(text)) {
        return fail(Tr::tr("it does not start with postgresql://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(url.errorString());
    }
    const auto passwordRefused = [&] {
        if (error) {
            *error = Tr::tr("The server address holds a password. Leave it out: KMUni CRM asks for it, or reads it "
                            "from ~/.pgpass or the system keyring, so that it is not stored in settings or shown in "
                            "the list of programs.");
        }
        return false;
    };
    if (!url.password().isEmpty()) {
        return passwordRefused();
    }
    ServerAddress a;
    a.user = url.userName();
    if (!url.host().isEmpty()) {
        a.host = url.host();
    }
    a.port = url.port(5432);
    if (a.port <= 0 || a.port > 65535) {
        return fail(Tr::tr("the port is not a number from 1 to 65535"));
    }
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(u'/')) {
        return fail(Tr::tr("the database name is missing"));
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            if (!sslModes().contains(value)) {
                return fail(Tr::tr("sslmode must be one of %1").arg(sslModes().join(u", "_s)));
            }
            a.sslMode = value;
        } else if (key == u"sslrootcert"_s) {
            a.sslRootCert = value;
        } else if (key == u"connect_timeout"_s) {
            bool ok = false;
            a.connectTimeout = value.toInt(&ok);
            if (!ok || a.connectTimeout < 1) {
                return fail(Tr::tr("connect_timeout must be a number of seconds"));
            }
        } else if (key == u"password"_s) {
            return passwordRefused();
        } else {
            return fail(Tr::tr("unknown parameter »%1«").arg(key));
        }
    }
    if (a.sslMode.isEmpty()) {
        a.sslMode = a.isLocal() ? u"prefer"_s : u"verify-full"_s;
    }
    *address = a;
    return true;
}

bool ServerAddress::isLocal() const
{
    return host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s || host.startsWith(u'/');
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432) {
        url.setPort(port);
    }
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (sslMode != (isLocal() ? u"prefer"_s : u"verify-full"_s)) {
        query.addQueryItem(u"sslmode"_s, sslMode);
    }
    if (!sslRootCert.isEmpty()) {
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    }
    if (connectTimeout != 10) {
        query.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeout));
    }
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    QStringList options{
        u"sslmode=%1"_s.arg(sslMode), u"connect_timeout=%1"_s.arg(connectTimeout), u"application_name=kmuni"_s};
    if (!sslRootCert.isEmpty()) {
        options << u"sslrootcert=%1"_s.arg(sslRootCert);
    }
    return options.join(u';');
}

} // namespace kmuni
