// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "db/Database.h"
#include "models/ListModels.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace kmuni {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("KMUni CRM"));
    m_list = new QTreeView(this);
    m_list->setObjectName(u"organisationList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    setCentralWidget(m_list);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_list->setModel(nullptr);
    delete m_organisations;
}

void MainWindow::openInitialDatabase(const QString& path)
{
    openDatabase(path.isEmpty() ? Database::defaultPath() : path, path.isEmpty());
}

bool MainWindow::openDatabase(const QString& path, bool create)
{
    DbStatus status;
    auto db = Database::open(path, create ? Database::Mode::Create : Database::Mode::OpenExisting, &status);
    if (!db) {
        QMessageBox::warning(this, tr("Open database"), status.message);
        return false;
    }
    m_list->setModel(nullptr);
    delete m_organisations;
    m_db = std::move(db);
    m_organisations = new OrganisationListModel(*m_db, this);
    m_list->setModel(m_organisations);
    m_list->sortByColumn(OrganisationListModel::Name, Qt::AscendingOrder);
    m_status->setText(tr("Database: %1 · User: %2").arg(QDir::toNativeSeparators(m_db->path()), m_db->userName()));
    return true;
}

} // namespace kmuni
