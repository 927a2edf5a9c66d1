// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedReader.h"

#include "Database.h"

namespace kmuni {

SharedReader::SharedReader(QString path)
    : m_path(std::move(path))
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("shared list reader"));
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

SharedReader::~SharedReader()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    // The connection closes where it was opened; what the loaders queued before runs first.
    QMetaObject::invokeMethod(
        m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Database* SharedReader::connection(DbStatus* status)
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (!m_db) {
        m_db = Database::open(m_path, Database::Mode::Reader, status);
    }
    return m_db.get();
}

void SharedReader::warm()
{
    QMetaObject::invokeMethod(m_context, [this] {
        DbStatus status;
        connection(&status); // a failure is reported to the first list that asks
    });
}

} // namespace kmuni
