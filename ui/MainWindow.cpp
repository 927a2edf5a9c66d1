// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Icons.h"
#include "SingleInstance.h"
#include "common/Format.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "events/EventDetail.h"
#include "events/EventsPage.h"
#include "events/FollowUpsPage.h"
#include "io/Backups.h"
#include "io/DailyBackup.h"
#include "matches/MatchesPage.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationsPage.h"
#include "pages/OverviewPage.h"
#include "persons/PersonDetail.h"
#include "persons/PersonsPage.h"
#include "reports/ReportsPage.h"
#include "search/SearchField.h"
#include "widgets/BackgroundTask.h"
#include "widgets/LoginDialog.h"
#include "widgets/ReadErrors.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
constexpr int maxRecent = 8;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("KMUni CRM"));
    setWindowIcon(Icons::application());
    m_instance = new SingleInstance(this);
    connect(m_instance, &SingleInstance::activationRequested, this, &MainWindow::bringToFront);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_stack = new QStackedWidget;

    m_overview = new OverviewPage(m_session);
    m_organisations = new OrganisationsPage(m_session);
    m_persons = new PersonsPage(m_session);
    m_events = new EventsPage(m_session);
    m_matches = new MatchesPage(m_session);
    m_followUps = new FollowUpsPage(m_session);
    m_reports = new ReportsPage(m_session);
    for (Page* page : std::initializer_list<Page*>{
             m_overview, m_organisations, m_persons, m_events, m_matches, m_followUps, m_reports}) {
        addPage(page);
    }
    m_navigationWidth = std::max(m_navigation->sizeHintForColumn(0) + 24, 170);
    m_compactNavigationWidth = m_navigation->iconSize().width() + 26;
    m_navigation->setFixedWidth(m_navigationWidth);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_search = new SearchField(m_session);
    connect(m_search, &SearchField::openRequested, this, &MainWindow::showEntity);
    connect(&m_session, &Session::showRequested, this, &MainWindow::showEntity);
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::readFailed, this, [this](const QString& message) { reportReadError(this, message); });

    // "New contact person" on an organisation's page: the form opens with that organisation.
    connect(m_organisations->newPersonAction(), &QAction::triggered, this, [this] {
        if (const auto& o = m_organisations->detail()->organisation()) {
            m_persons->createFor(o->id);
        }
    });
    // "New match" on an organisation's page: the form opens with it on its side (company or university).
    connect(m_organisations->newMatchAction(), &QAction::triggered, this, [this] {
        if (const auto& o = m_organisations->detail()->organisation()) {
            if (const Id id = m_matches->createFor(o->id)) {
                showEntity(EntityKind::Match, id);
            }
        }
    });
    // "New match from this activity": the form opens with the activity's company and university.
    connect(m_events->newMatchAction(), &QAction::triggered, this, [this] {
        if (const auto& e = m_events->detail()->event()) {
            if (const Id id = m_matches->createFromActivity(*e)) {
                showEntity(EntityKind::Match, id);
            }
        }
    });
    connect(m_organisations->logActivityAction(), &QAction::triggered, this, &MainWindow::logActivity);
    connect(m_persons->logActivityAction(), &QAction::triggered, this, &MainWindow::logActivity);
    connect(m_organisations->showActivitiesAction(), &QAction::triggered, this, [this] {
        if (const auto& o = m_organisations->detail()->organisation()) {
            showPage(int(m_pages.indexOf(m_events)));
            m_events->filterByOrganisation(o->id, o->name);
        }
    });
    connect(&m_session, &Session::staffChanged, this, &MainWindow::updateStatus);

    createMenus();
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(u"databaseStatus"_s);
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(u"userStatus"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    m_dailyBackup = new DailyBackup(statusBar(), this);

    QSettings settings;
    // Restored with the icons' smaller minimum width, then given the words if there is room: a
    // window the user made narrow comes back as narrow.
    setCompactNavigation(true);
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        resize(1400, 860);
    }
    updateNavigationWidth();
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_navigation->setCurrentRow(std::clamp(settings.value(u"window/page"_s, 0).toInt(), 0, int(m_pages.size()) - 1));
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The daily backup's thread is done or cancelled before the database and the window go.
    m_dailyBackup->stop();
    // Pages hold models with loader threads on the database: they go first.
    delete m_stack;
    m_stack = nullptr;
}

void MainWindow::addPage(Page* page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 34));
    item->setData(Qt::AccessibleTextRole, page->title()); // also when only the icon shows
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(m_pages.size()));
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    updateNavigationWidth();
}

void MainWindow::updateNavigationWidth()
{
    // The words go before the page is squeezed: a little before the window could not get narrower
    // with them (the user can drag on, and the page keeps its room).
    setCompactNavigation(width() < m_navigationWidth + m_stack->minimumSizeHint().width() + 60);
}

void MainWindow::setCompactNavigation(bool compact)
{
    if (compact == m_compactNavigation) {
        return;
    }
    m_compactNavigation = compact;
    for (int i = 0; i < m_navigation->count(); ++i) {
        m_navigation->item(i)->setText(compact ? QString() : m_pages[i]->title());
    }
    m_navigation->setFixedWidth(compact ? m_compactNavigationWidth : m_navigationWidth);
}

Page* MainWindow::currentPage() const
{
    return m_stack ? qobject_cast<Page*>(m_stack->currentWidget()) : nullptr;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size()) {
        return;
    }
    if (m_navigation->currentRow() != index) {
        m_navigation->setCurrentRow(index); // comes back here
        return;
    }
    m_stack->setCurrentIndex(index);
    Page* page = m_pages[index];
    // Ctrl+N creates the item of the page; pages that list nothing to create (the overview, the reports) have it off.
    const QString newTip = page == m_organisations ? tr("New organisation (Ctrl+N)")
        : page == m_persons                        ? tr("New contact person (Ctrl+N)")
        : page == m_events                         ? tr("Log activity (Ctrl+N)")
        : page == m_matches                        ? tr("New match (Ctrl+N)")
        : page == m_followUps                      ? tr("New follow-up (Ctrl+N)")
                                                   : QString();
    m_newItem->setEnabled(!newTip.isEmpty());
    m_newItem->setToolTip(newTip.isEmpty() ? tr("New (Ctrl+N)") : newTip);
    m_newItem->setIcon(Icons::get(page == m_persons                        ? u"person-new"_s
            : page == m_events || page == m_followUps || page == m_matches ? u"item-new"_s
                                                                           : u"organisation-new"_s));
}

void MainWindow::showEntity(EntityKind kind, Id id)
{
    switch (kind) {
    case EntityKind::Organisation:
        showPage(int(m_pages.indexOf(m_organisations)));
        m_organisations->showItem(id);
        break;
    case EntityKind::Person:
        showPage(int(m_pages.indexOf(m_persons)));
        m_persons->showItem(id);
        break;
    case EntityKind::Event:
        showPage(int(m_pages.indexOf(m_events)));
        m_events->showItem(id);
        break;
    case EntityKind::FollowUp:
        showPage(int(m_pages.indexOf(m_followUps)));
        m_followUps->showItem(id);
        break;
    case EntityKind::Match:
        showPage(int(m_pages.indexOf(m_matches)));
        m_matches->showItem(id);
        break;
    case EntityKind::Staff:
        break; // staff members have no page of their own
    }
}

void MainWindow::logActivity()
{
    if (!m_session.isOpen()) {
        return;
    }
    QList<Participant> with;
    if (currentPage() == m_organisations && m_organisations->detail()->organisation()) {
        with << Participant{Participant::Kind::Organisation, m_organisations->detail()->organisation()->id, {}, {}, {}};
    } else if (currentPage() == m_persons && m_persons->detail()->person()) {
        with << Participant{Participant::Kind::Person, m_persons->detail()->person()->id, {}, {}, {}};
    }
    const Id id = m_events->logActivity(with);
    if (id > 0 && currentPage() == m_events) {
        m_events->showItem(id);
    }
}

void MainWindow::openInitialDatabase(const QString& path)
{
    if (!path.isEmpty()) {
        openDatabase(path, false);
        return;
    }
    const QStringList recent = QSettings().value(u"recent/databases"_s).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && openDatabase(recent.first(), false)) {
        return;
    }
    openDatabase(Database::defaultPath(), true);
}

QString MainWindow::initialDatabase(const QString& path)
{
    if (!path.isEmpty()) {
        return path;
    }
    const QString last = QSettings().value(u"recent/databases"_s).toStringList().value(0);
    return !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    }
    show();
    raise();
    activateWindow();
    QApplication::alert(this); // where the window manager refuses the focus, the task bar entry asks
}

namespace {
// A database file's full path; a server address as it is.
QString databaseName(const QString& path)
{
    return ServerAddress::looks(path) ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

bool MainWindow::openDatabase(const QString& path, bool create)
{
    if (ServerAddress::looks(path)) {
        return openServerDatabase(path, create);
    }
    // One window per database on this desk: a second one is told, and opens it only when asked to
    // (what it saves is still protected by the records' versions).
    const QString canonical = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<QLockFile>(canonical + u".lock"_s);
    lock->setStaleLockTime(0); // stale only when its process is gone
    const bool ours = m_lock && m_lock->fileName() == lock->fileName();
    if (!ours && QFileInfo::exists(canonical) && !lock->tryLock(0)) {
        // The window that has it open comes to the front instead; asked only when it does not answer.
        if (SingleInstance::activateRunning(canonical)) {
            statusBar()->showMessage(tr("%1 is open in another KMUni window; that window is in front now.")
                                         .arg(QDir::toNativeSeparators(canonical)),
                15000);
            return false;
        }
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        const auto answer = QMessageBox::question(this, tr("Open database"),
            tr("%1 is already open in another KMUni window (process %2 on %3). Open it here as well? Changes made in "
               "both are not lost: a save over a newer version asks first.")
                .arg(QDir::toNativeSeparators(canonical))
                .arg(pid)
                .arg(host),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        lock.reset();
    }
    DbStatus status;
    auto db = openWithLogin(path, create ? Database::Mode::Create : Database::Mode::OpenExisting, &status, this);
    if (!db) {
        showOpenFailure(status);
        return false;
    }
    adopt(std::move(db), path);
    if (!ours) {
        if (lock && !lock->isLocked()) {
            lock->tryLock(0); // a database created just now
        }
        m_lock = std::move(lock); // the previous database's lock goes
    }
    m_instance->listen(m_session.db().path());
    checkAndBackUp();
    return true;
}

bool MainWindow::openServerDatabase(const QString& address, bool create)
{
    // Several windows and PCs on one server database are what it is for: no lock, the records'
    // versions keep one office from overwriting another's changes.
    DbStatus status;
    auto db = openWithLogin(address, create ? Database::Mode::Create : Database::Mode::OpenExisting, &status, this);
    if (!db) {
        showOpenFailure(status);
        return false;
    }
    adopt(std::move(db), address);
    m_lock.reset();
    checkAndBackUp();
    return true;
}

void MainWindow::showOpenFailure(const DbStatus& status)
{
    if (status.message.isEmpty()) {
        return; // the user cancelled the login
    }
    QMessageBox::warning(this, tr("Open database"),
        m_session.isOpen() ? status.message + u"\n\n"_s + tr("The current database stays open.") : status.message);
}

void MainWindow::adopt(std::unique_ptr<Database> db, const QString& path)
{
    if (m_session.isOpen()) {
        for (Page* page : std::as_const(m_pages)) {
            page->saveState();
        }
    }
    const bool sameAsLast = QSettings().value(u"recent/databases"_s).toStringList().value(0) == databaseName(path);
    m_dailyBackup->stop(); // of the database that goes now; the new one's starts after its check
    m_session.setDatabase(std::move(db));
    if (sameAsLast) {
        m_organisations->restoreCurrent();
        m_persons->restoreCurrent();
        m_matches->restoreCurrent();
    }
    rememberRecent(m_session.db().path());
    // The file first, then the program, as desktop programs do. The title ends with the program's name, so Qt
    // does not add the application display name (main()) a second time; dialogs get it added once.
    const bool server = m_session.db().isServer();
    const QString title = server ? m_session.db().path() : QFileInfo(m_session.db().path()).fileName();
    setWindowTitle(tr("%1 — KMUni CRM").arg(title));
    setWindowFilePath(server ? QString() : m_session.db().path());
}

void MainWindow::checkAndBackUp()
{
    const QString restore = backups::checkOpened(this, m_session.db(), *m_dailyBackup);
    if (!restore.isEmpty()) {
        restoreBackup(restore);
    }
}

void MainWindow::createBackup()
{
    if (m_session.isOpen()) {
        statusBar()->showMessage(backups::create(this, m_session), 15000);
    }
}

void MainWindow::restoreBackup(const QString& source)
{
    const QString path = m_session.db().path();
    const QString kept = backups::restore(this, path, source);
    if (!kept.isEmpty()) {
        openDatabase(path, false);
        statusBar()->showMessage(
            tr("Restored; the database before is kept as %1.").arg(QDir::toNativeSeparators(kept)), 15000);
    }
}

void MainWindow::chooseDatabase(bool create)
{
    const QString folder = m_session.isOpen() ? QFileInfo(m_session.db().path()).absolutePath()
                                              : QFileInfo(Database::defaultPath()).absolutePath();
    const QString path = create
        ? QFileDialog::getSaveFileName(this, tr("New database"), folder + u"/kmuni.sqlite"_s, backups::databaseFilter())
        : QFileDialog::getOpenFileName(this, tr("Open database"), folder, backups::databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    if (create && QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
            tr("%1 already exists. Choose a new file name, or open it with File › Open database.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, create);
}

void MainWindow::chooseServerDatabase()
{
    QSettings settings;
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Open server database"),
        tr("The shared database's address, as your IT department gives it (no password):\n"
           "postgresql://USER@HOST:PORT/DATABASE"),
        QLineEdit::Normal, settings.value(u"server/lastAddress"_s, u"postgresql://"_s).toString(), &ok)
                                .trimmed();
    if (!ok || address.isEmpty()) {
        return;
    }
    ServerAddress parsed;
    QString error;
    if (!ServerAddress::parse(address, &parsed, &error)) {
        QMessageBox::warning(this, tr("Open server database"), error);
        return;
    }
    settings.setValue(u"server/lastAddress"_s, parsed.toString());
    openDatabase(parsed.toString(), false);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recent/databases"_s).toStringList();
    const QString absolute = databaseName(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(u"recent/databases"_s, recent.mid(0, maxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recent/databases"_s).toStringList();
    int number = 1;
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(number++).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path, false); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_session.isOpen()) {
        m_databaseLabel->setText(tr("No database open. File › Open database (Ctrl+O)."));
        m_userLabel->clear();
        return;
    }
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session.db().path())));
    const auto& staff = m_session.staff();
    m_userLabel->setText(staff ? tr("User: %1 (%2)").arg(staff->displayName(), staff->partnerName)
                               : tr("User: %1").arg(m_session.db().userName()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, m_navigation->currentRow());
    for (Page* page : std::as_const(m_pages)) {
        page->saveState();
    }
    m_dailyBackup->stop(); // cancelled: the program may end now, and no half backup stays behind
    event->accept();
}

} // namespace kmuni
