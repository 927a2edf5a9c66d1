// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

constexpr QByteArrayView request = "kmuni activate\n";
constexpr QByteArrayView confirmation = "ok\n";

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    QString canonical = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
#ifdef Q_OS_WIN
    canonical = canonical.toLower(); // one file, however it is spelled
#endif
    // Per user: a socket is per machine (Windows: per session), and another user's window is not ours to raise.
    const QByteArray key = QDir::homePath().toUtf8() + '\0' + canonical.toUtf8();
    return u"kmuni-"_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::activateRunning(const QString& databasePath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(timeoutMs)) {
        return false; // nobody listens (a name left by a crashed window refuses at once)
    }
    socket.write(request.data(), request.size());
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(timeoutMs)) {
        reply += socket.readAll();
    }
    return reply == confirmation;
}

bool SingleInstance::listen(const QString& databasePath)
{
    const QString wanted = serverName(databasePath);
    if (m_server && m_server->serverName() == wanted) {
        return true;
    }
    close();
    // A live window keeps the name (listen() would take it over: with access options Qt moves the
    // new socket over the old one); a name left by a crashed window refuses the probe and goes.
    QLocalSocket probe;
    probe.connectToServer(wanted);
    if (probe.waitForConnected(500)) {
        return false;
    }
    QLocalServer::removeServer(wanted);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(wanted)) {
        qWarning("kmuni: cannot listen on %s: %s", qPrintable(wanted), qPrintable(server->errorString()));
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
            answer(socket); // the request may have arrived with the connection
        }
    });
    m_server = server;
    return true;
}

void SingleInstance::close()
{
    delete m_server;
    m_server = nullptr;
}

QString SingleInstance::name() const
{
    return m_server ? m_server->serverName() : QString();
}

void SingleInstance::answer(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        return;
    }
    const QByteArray line = socket->readLine(256);
    if (line == request) {
        socket->write(confirmation.data(), confirmation.size());
        socket->flush();
        emit activationRequested();
    }
    socket->disconnectFromServer();
}

} // namespace kmuni
