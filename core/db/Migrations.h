// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace kmuni::migrations {

/** One numbered schema step, an SQL script embedded as a resource (:/kmuni/sql/NNN_name.sql). */
struct Migration
{
    int version = 0;
    QByteArray sql;
};

/** All migrations in ascending order of version. */
const QList<Migration>& all();

/** The highest version among all(). */
int latestVersion();

} // namespace kmuni::migrations
