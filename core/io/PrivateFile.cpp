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

bool PrivateFile::open(QString* error, Failure* failure)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        failed(failure, Failure::Path);
        return fail(error, cannotWrite(m_path, m_file.errorString()));
    }
#ifdef Q_OS_UNIX
    // The temporary file, before anything is in it: the rename keeps its mode.
    if (::fchmod(m_file.handle(), S_IRUSR | S_IWUSR) != 0) {
        m_file.cancelWriting();
        failed(failure, Failure::Path);
        return fail(error, cannotWrite(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    }
#else
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    m_device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return true;
}

qint64 PrivateFile::CheckedDevice::writeData(const char* data, qint64 length)
{
    if (!failed) {
        const int saved = errno;
        errno = 0;
        const qint64 n = m_file.write(data, length);
        if (n == length) {
            written += n;
        } else {
            failed = true;
            reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : m_file.errorString();
        }
        errno = saved;
    }
    return length;
}

bool PrivateFile::commit(QString* error, Failure* failure)
{
    // Every byte on the disk before the rename: the count of what was written against the file's
    // size (which flushes), then QSaveFile's own check, sync and rename.
    m_device.close();
    errno = 0;
    const bool flushed = !m_device.failed && m_file.flush();
    const int flushError = errno;
    if (!flushed || m_file.size() != m_device.written) {
        QString reason = m_device.reason;
        if (reason.isEmpty()) {
            reason = flushError != 0 ? QString::fromLocal8Bit(std::strerror(flushError))
                                     : Tr::tr("the disk is full or the file too large");
        }
        m_file.cancelWriting();
        failed(failure, Failure::Disk);
        return fail(error, cannotWrite(m_path, reason));
    }
    if (!m_file.commit()) {
        failed(failure, Failure::Disk);
        return fail(error, cannotWrite(m_path, m_file.errorString()));
    }
    return true;
}

void PrivateFile::cancel()
{
    m_device.close();
    m_file.cancelWriting();
}

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error, Failure* failure)
{
    PrivateFile file(path);
    if (!file.open(error, failure)) {
        return false;
    }
    if (file.device()->write(bytes) != bytes.size()) {
        const QString reason = file.device()->errorString();
        file.cancel();
        failed(failure, Failure::Disk);
        return fail(error, cannotWrite(path, reason));
    }
    return file.commit(error, failure);
}

bool makePrivate(const QString& path, QString* error)
{
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
        return fail(error, cannotWrite(path, Tr::tr("its permissions cannot be set")));
    }
    return true;
}

} // namespace kmuni::io
