// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFile.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace kmuni::io {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PrivateFile)
};

} // namespace

QString cannotWrite(const QString& path, const QString& reason)
{
    return reason.isEmpty() ? Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path))
                            : Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

PrivateFile::PrivateFile(const QString& path)
    : m_path(path)
    , m_file(path)
{ }

PrivateFile::~PrivateFile()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
    }
}

bool PrivateFile::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return fail(error, cannotWrite(m_path, m_file.errorString()));
    }
#ifdef Q_OS_UNIX
    // The temporary file, before anything is in it: the rename keeps its mode.
    if (::fchmod(m_file.handle(), S_IRUSR | S_IWUSR) != 0) {
        m_file.cancelWriting();
        return fail(error, cannotWrite(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    }
#else
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    return true;
}

bool PrivateFile::commit(QString* error)
{
    // QSaveFile remembers a failed write and then refuses to commit.
    if (!m_file.commit()) {
        return fail(error, cannotWrite(m_path, m_file.errorString()));
    }
    return true;
}

void PrivateFile::cancel()
{
    m_file.cancelWriting();
}

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
{
    PrivateFile file(path);
    if (!file.open(error)) {
        return false;
    }
    if (file.device()->write(bytes) != bytes.size()) {
        const QString reason = file.device()->errorString();
        file.cancel();
        return fail(error, cannotWrite(path, reason));
    }
    return file.commit(error);
}

bool makePrivate(const QString& path, QString* error)
{
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
        return fail(error, cannotWrite(path, Tr::tr("its permissions cannot be set")));
    }
    return true;
}

} // namespace kmuni::io
