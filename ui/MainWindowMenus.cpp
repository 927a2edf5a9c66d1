// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MainWindow's menus, tool bar and help (About, the user guide, the keyboard shortcuts); the
// window itself, its pages and its database are in MainWindow.cpp.
#include "MainWindow.h"

#include "Icons.h"
#include "UserGuide.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "events/EventDetail.h"
#include "events/EventsPage.h"
#include "events/FollowUpsPage.h"
#include "io/Backups.h"
#include "io/ImportEvents.h"
#include "io/ImportPersons.h"
#include "matches/MatchesPage.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationsPage.h"
#include "persons/PersonDetail.h"
#include "persons/PersonsPage.h"
#include "project/ProjectDialog.h"
#include "reports/ReportsPage.h"
#include "search/SearchField.h"
#include "staff/StaffDialog.h"
#include "widgets/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace kmuni {

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createExtrasMenu();
    createHelpMenu();
    createToolBar();
    updateRecentMenu();
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(Icons::get(u"database-new"_s), tr("&New database …"));
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newDb, &QAction::triggered, this, [this] { chooseDatabase(true); });
    QAction* openDb = file->addAction(Icons::get(u"database-open"_s), tr("&Open database …"));
    openDb->setShortcut(QKeySequence::Open);
    connect(openDb, &QAction::triggered, this, [this] { chooseDatabase(false); });
    QAction* openServer = file->addAction(Icons::get(u"database-server"_s), tr("Open &server database …"));
    connect(openServer, &QAction::triggered, this, &MainWindow::chooseServerDatabase);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    file->addSeparator();
    QAction* import = file->addAction(Icons::get(u"import"_s), tr("&Import contact persons (CSV, Excel, vCard) …"));
    connect(import, &QAction::triggered, this, [this] { importPersons(this, m_session); });
    QAction* importOrganisationsAction = file->addAction(Icons::get(u"import"_s), tr("Import &organisations …"));
    importOrganisationsAction->setObjectName(u"importOrganisationsAction"_s);
    connect(importOrganisationsAction, &QAction::triggered, this, [this] { importOrganisations(this, m_session); });
    QAction* importCalendar
        = file->addAction(Icons::get(u"import"_s), tr("Import &activities from a calendar file (.ics) …"));
    importCalendar->setObjectName(u"importEventsAction"_s);
    connect(importCalendar, &QAction::triggered, this, [this] { importEvents(this, m_session); });
    file->addSeparator();
    QAction* backupAction = file->addAction(tr("Create &backup …"));
    backupAction->setObjectName(u"createBackupAction"_s);
    connect(backupAction, &QAction::triggered, this, &MainWindow::createBackup);
    QAction* restoreAction = file->addAction(tr("Res&tore backup …"));
    restoreAction->setObjectName(u"restoreBackupAction"_s);
    connect(restoreAction, &QAction::triggered, this, [this] {
        if (!m_session.isOpen()) {
            return;
        }
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Restore backup"), backup::defaultFolder(m_session.db().path()), backups::databaseFilter());
        if (!path.isEmpty()) {
            restoreBackup(path);
        }
    });
    file->addSeparator();
    QAction* quit = file->addAction(Icons::get(u"quit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_newItem = edit->addAction(Icons::get(u"item-new"_s), tr("&New"));
    m_newItem->setObjectName(u"newItemAction"_s);
    m_newItem->setShortcut(QKeySequence::New);
    connect(m_newItem, &QAction::triggered, this, [this] {
        if (Page* page = currentPage()) {
            page->createItem();
        }
    });
    QAction* log = edit->addAction(Icons::get(u"activity-new"_s), tr("&Log activity …"));
    log->setObjectName(u"logActivityAction"_s);
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(log, &QAction::triggered, this, &MainWindow::logActivity);
    m_logActivity = log;
    QAction* find = edit->addAction(Icons::get(u"search"_s), tr("&Find …"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction* go = view->addAction(m_pages[i]->icon(), m_pages[i]->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << go;
        connect(go, &QAction::triggered, this, [this, i] {
            m_navigation->setCurrentRow(i);
            if (Page* page = currentPage()) {
                page->focusMain();
            }
        });
    }
    view->addSeparator();
    QAction* refresh = view->addAction(Icons::get(u"refresh"_s), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (Page* page = currentPage()) {
            page->refresh();
        }
    });
}

void MainWindow::createExtrasMenu()
{
    QMenu* extras = menuBar()->addMenu(tr("E&xtras"));
    QAction* project = extras->addAction(Icons::get(u"project"_s), tr("&Project and funding …"));
    project->setObjectName(u"projectAction"_s);
    connect(project, &QAction::triggered, this, [this] {
        if (m_session.isOpen()) {
            ProjectDialog(m_session, this).exec();
        }
    });
    QAction* staff = extras->addAction(Icons::get(u"nav-persons"_s), tr("&Staff of the partners …"));
    staff->setObjectName(u"staffAction"_s);
    connect(staff, &QAction::triggered, this, [this] {
        if (m_session.isOpen()) {
            StaffDialog(m_session, this).exec();
        }
    });
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"));
    guide->setObjectName(u"userGuideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction* about = help->addAction(Icons::get(u"about"_s), tr("&About KMUni CRM"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_newItem);
    tools->addAction(m_logActivity);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addWidget(m_search);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About KMUni CRM"),
        tr("<h3>KMUni CRM %1</h3>"
           "<p>Contacts, activities and matches of the KMUni network: the economic-development agencies of Dortmund "
           "and Bochum, the IHK zu Dortmund and the IHK Mittleres Ruhrgebiet connect small and medium-sized "
           "technology companies with the universities of the region.</p>"
           "<p>KMUni is funded by the European Union (European Regional Development Fund, EFRE/ERDF) and the state of "
           "North Rhine-Westphalia. All its offers are free of charge for companies.</p>"
           "<p>Qt %2 · SQLite</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showUserGuide()
{
    const QString path = userguide::path();
    if (path.isEmpty()) {
        QMessageBox::information(this, tr("User guide"),
            tr("The user guide was not found. It belongs at %1.")
                .arg(QDir::toNativeSeparators(userguide::expectedPath())));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::information(this, tr("User guide"),
            tr("No web browser could be started. Open %1 in a web browser.").arg(QDir::toNativeSeparators(path)));
    }
}

void MainWindow::showShortcuts()
{
    // Read from the actions themselves, so that the list cannot drift from the keys the window knows.
    ShortcutsDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    if (!m_pageActions.isEmpty()) {
        dialog.addRow(ShortcutsDialog::keysText(m_pageActions.constFirst()->shortcuts()) + u" … "_s
                + ShortcutsDialog::keysText(m_pageActions.constLast()->shortcuts()),
            tr("Pages"));
    }
    std::function<void(const QMenu*)> addMenu = [&](const QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu()) {
                addMenu(action->menu());
            } else if (!m_pageActions.contains(action)) {
                // Ctrl+N's tool tip names the new item of the page shown now.
                dialog.addShortcutOf(action, {}, action == m_newItem ? tr("New item of this page") : QString());
            }
        }
    };
    for (const QAction* action : menuBar()->actions()) {
        if (action->menu()) {
            addMenu(action->menu());
        }
    }
    for (const Page* page : std::as_const(m_pages)) {
        for (const QAction* action : ShortcutsDialog::actionsIn(page)) {
            dialog.addShortcutOf(action, page->title());
        }
    }
    // Keys that are no action of their own: the lists' and the forms'.
    dialog.addRow(tr("Enter"), tr("Edit the selected item"), tr("in the lists"));
    dialog.addRow(tr("Del"), tr("Archive or delete (asks first)"), tr("in the lists"));
    dialog.addRow(tr("Ctrl+S / Esc"), tr("Save / cancel a form"), tr("in the forms"));
    dialog.addRow(tr("today / tomorrow / yesterday"), tr("Set the day: the word, typed as far as it is clear"),
        tr("in date fields"));
    dialog.exec();
}

} // namespace kmuni
