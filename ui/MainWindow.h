// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "Session.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

class QLockFile;

namespace kmuni {

class DailyBackup;
class Database;
struct DbStatus;
class EventsPage;
class FollowUpsPage;
class MatchesPage;
class ReportsPage;
class OrganisationsPage;
class OverviewPage;
class Page;
class PersonsPage;
class SearchField;
class SingleInstance;

/**
 * The main window, in the spirit of Outlook's three panes: navigation on the left (Ctrl+1…),
 * each page's list and detail beside it, the global search (Ctrl+F) in the tool bar, the database
 * and user in the status bar. It wires actions to the pages; the pages do the work.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path, or the default database (created when missing) for an empty path. */
    void openInitialDatabase(const QString& path);
    /** The database openInitialDatabase(@p path) opens: @p path, else the last one used, else the default. */
    static QString initialDatabase(const QString& path);
    /** Shows this window in front of the others (a second start on its database asked for it). */
    void bringToFront();
    /** Opens @p path; on failure shows the core's reason and keeps the current database. */
    bool openDatabase(const QString& path, bool create);

    Session& session() { return m_session; }
    SearchField* searchField() const { return m_search; }
    OrganisationsPage* organisationsPage() const { return m_organisations; }
    PersonsPage* personsPage() const { return m_persons; }
    EventsPage* eventsPage() const { return m_events; }
    MatchesPage* matchesPage() const { return m_matches; }
    FollowUpsPage* followUpsPage() const { return m_followUps; }
    ReportsPage* reportsPage() const { return m_reports; }
    /** The daily backup of the open database, running in the background after it was opened. */
    DailyBackup* dailyBackup() const { return m_dailyBackup; }
    /** Ctrl+L: the form for a new activity, with the organisation or person shown filled in. */
    void logActivity();
    /** Switches to the page at @p index of the navigation. */
    void showPage(int index);
    Page* currentPage() const;

    /** True when the navigation shows its icons only (a narrow window). */
    bool isNavigationCompact() const { return m_compactNavigation; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void addPage(Page* page);
    /** Icons only in the navigation when the window is too narrow for its words and the page. */
    void updateNavigationWidth();
    /** The navigation as icons only (@p compact) or with the pages' words. */
    void setCompactNavigation(bool compact);
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createExtrasMenu();
    void createHelpMenu();
    void createToolBar();
    void showEntity(EntityKind kind, Id id);
    void updateStatus();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void chooseDatabase(bool create);
    void chooseServerDatabase();
    bool openServerDatabase(const QString& address, bool create);
    void showOpenFailure(const DbStatus& status);
    /** Makes @p db the window's database (pages, recent list, title). */
    void adopt(std::unique_ptr<Database> db, const QString& path);
    /** After opening: damage is noticed (and the newest backup offered), else the daily backup. */
    void checkAndBackUp();
    void createBackup();
    void restoreBackup(const QString& source);
    void showAbout();
    void showShortcuts();
    /** Hilfe › Handbuch (F1): the user guide in the web browser, or where it belongs when it is missing. */
    void showUserGuide();

    Session m_session;
    /** "<database>.lock" while this window has the database open: a second window is told. */
    std::unique_ptr<QLockFile> m_lock;
    /** Answers a second start on the open database by bringing this window to the front. */
    SingleInstance* m_instance = nullptr;
    QListWidget* m_navigation = nullptr;
    int m_navigationWidth = 0; ///< with the pages' names
    int m_compactNavigationWidth = 0; ///< icons only
    bool m_compactNavigation = false;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    OverviewPage* m_overview = nullptr;
    OrganisationsPage* m_organisations = nullptr;
    PersonsPage* m_persons = nullptr;
    EventsPage* m_events = nullptr;
    MatchesPage* m_matches = nullptr;
    FollowUpsPage* m_followUps = nullptr;
    ReportsPage* m_reports = nullptr;
    SearchField* m_search = nullptr;
    DailyBackup* m_dailyBackup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_newItem = nullptr;
    /** View › the pages (Ctrl+1 …), in the order of the navigation. */
    QList<QAction*> m_pageActions;
    QAction* m_logActivity = nullptr;
};

} // namespace kmuni
