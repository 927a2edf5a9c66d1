// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"
#include "common/Validation.h"

#include <QList>
#include <QString>

#include <optional>

namespace kmuni {

class Database;

/** A staff member (Mitarbeiter/in) of one of the network partners, who logs activities. */
struct StaffMember
{
    Id id = 0;
    QString uuid;
    Id partnerId = 0;
    QString partnerName; ///< filled when loaded
    QString firstName;
    QString lastName;
    QString login; ///< OS login name, to know who is logging
    QString email;
    QString phone;
    bool active = true;

    QString displayName() const;
    /** The last name is required; names, login, e-mail and phone are single lines of limited length. */
    FieldErrors validate() const;
};

/** All SQL for staff members. */
class StaffRepository final
{
public:
    explicit StaffRepository(Database& db);

    Result<StaffMember> find(Id id) const;
    /** The staff member whose login is @p login (case-insensitive), if any. */
    Result<StaffMember> findByLogin(const QString& login) const;
    /** All staff, active first, in German name order. */
    Result<QList<StaffMember>> list(bool activeOnly = true) const;
    bool save(StaffMember& member, QString* error);

private:
    Database& m_db;
};

} // namespace kmuni
