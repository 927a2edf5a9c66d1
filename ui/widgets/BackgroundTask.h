// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace kmuni {

class Database;

/** What long work can tell the window while it runs on its own thread. */
struct TaskContext
{
    /** Reports progress; returns false once the user cancelled (the work then stops and undoes). */
    std::function<bool(int done, int total)> progress;
};

/**
 * Runs @p work on a thread of its own with its own connection to the database at @p path, while a
 * progress dialog with Cancel keeps the window responsive. Returns when the work is done.
 * @return false when the database could not be opened (the reason is in @p error).
 */
/** Whether the work writes to the database (a migrating writer) or only reads (a reader connection). */
enum class Access
{
    Write,
    Read
};

bool runInBackground(QWidget* parent, const QString& title, const QString& label, const QString& path,
    const std::function<void(Database& db, const TaskContext& context)>& work, QString* error,
    Access access = Access::Write);

} // namespace kmuni
