// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "db/Database.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kmuni {

Session::Session(QObject* parent)
    : QObject(parent)
{ }

Session::~Session() = default;

void Session::setDatabase(std::unique_ptr<Database> db)
{
    // Pages drop their models (and the models their loader threads) before the old database goes.
    m_staff.reset();
    m_project = {};
    std::unique_ptr<Database> old = std::move(m_db);
    m_db = std::move(db);
    if (m_db) {
        const QString login = QSettings().value(u"user/login"_s).toString();
        if (!login.isEmpty()) {
            m_db->setUserName(login);
        }
        m_staff = reported(StaffRepository(*m_db).findByLogin(m_db->userName())).optional();
        m_project = reported(ProjectSettings::load(*m_db)).valueOr({});
    }
    emit databaseChanged();
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
    const QString login = QSettings().value(u"user/login"_s).toString();
    if (!login.isEmpty()) {
        m_db->setUserName(login);
    }
    m_staff = reported(StaffRepository(*m_db).findByLogin(m_db->userName())).optional();
    emit staffChanged();
}

} // namespace kmuni
