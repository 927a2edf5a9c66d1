// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "db/Database.h"
#include "db/SharedReader.h"

#include <QSettings>
#include <QSqlDriver>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kmuni {

Session::Session(QObject* parent)
    : QObject(parent)
{ }

Session::~Session() = default;

namespace {

// Who works: on a server the login is the person (and the audit log's name, and through the staff
// member of that login their office); a file's user may say who they are in the settings.
void takeLogin(Database& db)
{
    const QString login = QSettings().value(u"user/login"_s).toString();
    if (!login.isEmpty() && !db.isServer()) {
        db.setUserName(login);
    }
}

} // namespace

void Session::setDatabase(std::unique_ptr<Database> db)
{
    // Pages drop their models (and the models their loader threads) before the old database goes.
    m_staff.reset();
    m_project = {};
    std::unique_ptr<Database> old = std::move(m_db);
    m_db = std::move(db);
    if (m_db) {
        takeLogin(*m_db);
        if (m_db->isServer()) {
            listenForChanges();
            // The lists' connection logs in beside the window's, while the window is built.
            m_db->sharedReader()->warm();
        }
        m_staff = reported(StaffRepository(*m_db).findByLogin(m_db->userName())).optional();
        m_project = reported(ProjectSettings::load(*m_db)).valueOr({});
    }
    emit databaseChanged();
}

void Session::listenForChanges()
{
    // Another window or office committed a write: the pages refresh, once for a burst of saves.
    if (!m_changedElsewhere) {
        m_changedElsewhere = new QTimer(this);
        m_changedElsewhere->setSingleShot(true);
        m_changedElsewhere->setInterval(300);
        connect(m_changedElsewhere, &QTimer::timeout, this, [this] {
            if (m_db) {
                emit changed(EntityKind::Organisation, 0);
            }
        });
    }
    m_db->listenForChanges();
    QSqlDriver* driver = m_db->connection().driver();
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
            if (name == Database::changesChannel && source == QSqlDriver::OtherSource) {
                m_changedElsewhere->start();
            }
        });
}

bool Session::saveProject(const ProjectSettings& settings, QString* error)
{
    if (!m_db || !ProjectSettings::save(*m_db, settings, error)) {
        return false;
    }
    m_project = reported(ProjectSettings::load(*m_db)).valueOr(settings);
    emit projectChanged();
    return true;
}

void Session::reloadStaff()
{
    if (!m_db) {
        return;
    }
    takeLogin(*m_db);
    m_staff = reported(StaffRepository(*m_db).findByLogin(m_db->userName())).optional();
    emit staffChanged();
}

} // namespace kmuni
