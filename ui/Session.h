// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityKind.h"

#include "common/Ids.h"
#include "project/ProjectSettings.h"
#include "staff/Staff.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace kmuni {

class Database;

/**
 * The open database and who is working with it, shared by the window's pages. Pages announce
 * their writes with notifyChanged() so that every list and detail showing the item refreshes, and
 * ask for an item to be shown with show().
 */
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    bool isOpen() const { return m_db != nullptr; }
    Database& db() const { return *m_db; }
    /** Takes over @p db (closing the previous one) and announces it. */
    void setDatabase(std::unique_ptr<Database> db);

    /** The staff member logged in (by OS login, or as set in the settings), if known. */
    const std::optional<StaffMember>& staff() const { return m_staff; }
    /** Looks up who is working again (after the staff list or the login setting changed). */
    void reloadStaff();

    /** The funded project (name, reference, approved period) of the open database. */
    const ProjectSettings& project() const { return m_project; }
    /** Stores @p settings and announces them; false with @p error on failure. */
    bool saveProject(const ProjectSettings& settings, QString* error);

    void notifyChanged(EntityKind kind, Id id) { emit changed(kind, id); }
    void show(EntityKind kind, Id id) { emit showRequested(kind, id); }

signals:
    /** A read failed; the window shows @p message (see reportReadError()). */
    void readFailed(const QString& message);
    void databaseChanged();
    void staffChanged();
    void projectChanged();
    void changed(kmuni::EntityKind kind, kmuni::Id id);
    void showRequested(kmuni::EntityKind kind, kmuni::Id id);

private:
    template <typename T> const Result<T>& reported(const Result<T>& result)
    {
        if (result.failed()) {
            emit readFailed(result.error());
        }
        return result;
    }

    void listenForChanges();

    std::unique_ptr<Database> m_db;
    std::optional<StaffMember> m_staff;
    ProjectSettings m_project;
    QTimer* m_changedElsewhere = nullptr;
};

} // namespace kmuni
