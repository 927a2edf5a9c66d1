// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keyring.h"

#include "ServerAddress.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace kmuni::keyring {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Database)
};

const QString service = u"KMUni CRM"_s;

// The key of @p address: its canonical form, so that "…:5432/db" and "…/db" are one entry.
QString keyOf(const QString& address)
{
    ServerAddress a;
    return ServerAddress::parse(address, &a, nullptr) ? a.toString() : address;
}

// Runs @p job to its end. The keyring answers over D-Bus (or the OS's API) through signals; the
// wait leaves the user's input alone, so nothing else starts meanwhile.
void runToEnd(QKeychain::Job& job, const QString& address)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyOf(address));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString message(const QKeychain::Job& job)
{
    return Tr::tr("The system keyring cannot be used: %1").arg(job.errorString());
}

} // namespace

Result<QString> password(const QString& address)
{
    QKeychain::ReadPasswordJob job(service);
    runToEnd(job, address);
    switch (job.error()) {
    case QKeychain::NoError:
        return job.textData();
    case QKeychain::EntryNotFound:
        return std::nullopt;
    default:
        return Result<QString>::failure(message(job));
    }
}

bool keep(const QString& address, const QString& password, QString* error)
{
    QKeychain::WritePasswordJob job(service);
    job.setTextData(password);
    runToEnd(job, address);
    return job.error() == QKeychain::NoError || fail(error, message(job));
}

bool forget(const QString& address, QString* error)
{
    QKeychain::DeletePasswordJob job(service);
    runToEnd(job, address);
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound || fail(error, message(job));
}

} // namespace kmuni::keyring
