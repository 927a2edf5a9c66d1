// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace kmuni {
enum class Engine; // Database.h
}

namespace kmuni::migrations {

/** One numbered schema step, an SQL script embedded as a resource (:/kmuni/sql/NNN_name.sql). */
struct Migration
{
    int version = 0;
    QByteArray sql;
};

/** All migrations of SQLite files in ascending order of version. */
const QList<Migration>& all();

/**
 * The migrations of @p engine: for SQLite all(); for PostgreSQL the baseline of version 7 (the
 * schema of 001-007 in one script, :/kmuni/sql/postgresql/) and every later step's server version,
 * numbered as the SQLite one. Both lists end at the same version (TestDatabase checks it).
 */
const QList<Migration>& all(Engine engine);

/** The highest version among all(). */
int latestVersion();

} // namespace kmuni::migrations
