// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QTreeView;
class QLabel;

namespace kmuni {

class Database;
class OrganisationListModel;

/** The main window: navigation, lists and details of the KMUni network. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path, or the default database (created when missing) for an empty path. */
    void openInitialDatabase(const QString& path);
    /** Opens @p path; on failure shows the reason and keeps the current database. */
    bool openDatabase(const QString& path, bool create);
    Database* database() const { return m_db.get(); }

private:
    std::unique_ptr<Database> m_db;
    OrganisationListModel* m_organisations = nullptr;
    QTreeView* m_list = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace kmuni
