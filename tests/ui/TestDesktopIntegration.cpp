// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The program on the desktop: a second start on an open database brings its window to the front
// (SingleInstance, two "starts" in one process: the second asks from a thread of its own, as a
// second process would); the database file type of packaging/de.kmuni.crm-mime.xml; the icon;
// the user guide behind Hilfe › Handbuch (F1).
#include "GuiTestSupport.h"
#include "Icons.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "TestSupport.h"
#include "UserGuide.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QMenuBar>
#include <QMimeDatabase>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

/** A second start asking for @p path, from a thread of its own (the first start's event loop must run). */
std::future<bool> secondStart(const QString& path)
{
    return std::async(std::launch::async, [path] { return SingleInstance::activateRunning(path, 5000); });
}

/** Waits for @p future while the event loop runs; @return its value. */
bool await(std::future<bool>& future)
{
    QElapsedTimer timer;
    timer.start();
    while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.get();
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secondStartReachesTheFirst();
    void nobodyListeningAnswersAtOnce();
    void aLiveWindowKeepsItsName();
    void aCrashedWindowsNameIsTakenOver();
    void oneNamePerFile();
    void mainWindowComesToTheFront();
    void databaseFileType();
    void ownIcon();
    void userGuideAction();
    void userGuideFound();

private:
    QTemporaryDir m_dir;
    bool m_mime = false;
};

void TestDesktopIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The system's MIME database with ours installed, as the package's trigger rebuilds it: one
    // cache for all types (before QMimeDatabase's first use).
    const QString updater = QStandardPaths::findExecutable(u"update-mime-database"_s);
    const QDir system(u"/usr/share/mime/packages"_s);
    if (updater.isEmpty() || !system.exists()) {
        return; // databaseFileType() is skipped
    }
    const QString packages = m_dir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    for (const QString& name : system.entryList({u"*.xml"_s}, QDir::Files)) {
        QVERIFY(QFile::copy(system.filePath(name), packages + u'/' + name));
    }
    QVERIFY(QFile::copy(
        QStringLiteral(KMUNI_SOURCE_DIR "/packaging/de.kmuni.crm-mime.xml"), packages + u"/kmuni-crm.xml"_s));
    QProcess update;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PKGSYSTEM_ENABLE_FSYNC"_s, u"0"_s); // a throw-away folder: 1 s instead of 5
    update.setProcessEnvironment(environment);
    update.start(updater, {m_dir.filePath(u"share/mime"_s)});
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitCode(), 0);
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(u"share"_s)));
    m_mime = true;
}

void TestDesktopIntegration::secondStartReachesTheFirst()
{
    const QString path = m_dir.filePath(u"office.kmuni"_s);
    SingleInstance first;
    QVERIFY(first.listen(path));
    QSignalSpy asked(&first, &SingleInstance::activationRequested);
    auto second = secondStart(path);
    QVERIFY(await(second));
    QCOMPARE(asked.count(), 1);
    // Another database's start does not reach it.
    auto other = secondStart(m_dir.filePath(u"other.kmuni"_s));
    QVERIFY(!await(other));
    QCOMPARE(asked.count(), 1);
}

void TestDesktopIntegration::nobodyListeningAnswersAtOnce()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SingleInstance::activateRunning(m_dir.filePath(u"nobody.kmuni"_s)));
    QVERIFY2(timer.elapsed() < 1000, "no window: the start goes on without waiting");
}

void TestDesktopIntegration::aLiveWindowKeepsItsName()
{
    const QString path = m_dir.filePath(u"shared.kmuni"_s);
    SingleInstance first;
    QVERIFY(first.listen(path));
    SingleInstance second; // opened anyway ("open it here as well"): the first stays the one asked
    QVERIFY(!second.listen(path));
    QSignalSpy firstAsked(&first, &SingleInstance::activationRequested);
    auto start = secondStart(path);
    QVERIFY(await(start));
    QCOMPARE(firstAsked.count(), 1);
    // When the first window goes, the second can take over.
    first.close();
    QVERIFY(second.listen(path));
    QCOMPARE(second.name(), SingleInstance::serverName(path));
}

void TestDesktopIntegration::aCrashedWindowsNameIsTakenOver()
{
#ifdef Q_OS_UNIX
    // A socket file nobody listens on any more, as a crashed window leaves it.
    const QString path = m_dir.filePath(u"crashed.kmuni"_s);
    const QByteArray socketPath = QFile::encodeName(QDir::tempPath() + u'/' + SingleInstance::serverName(path));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    ::unlink(socketPath.constData());
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QFile::decodeName(socketPath)));

    QVERIFY(!SingleInstance::activateRunning(path, 500));
    SingleInstance window;
    QVERIFY(window.listen(path));
    QSignalSpy asked(&window, &SingleInstance::activationRequested);
    auto start = secondStart(path);
    QVERIFY(await(start));
    QCOMPARE(asked.count(), 1);
#else
    QSKIP("Named pipes vanish with their process");
#endif
}

void TestDesktopIntegration::oneNamePerFile()
{
    const QString path = m_dir.filePath(u"office.kmuni"_s);
    QFile(path).open(QIODevice::WriteOnly);
    QVERIFY(QFile::link(path, m_dir.filePath(u"link.kmuni"_s)));
    QCOMPARE(SingleInstance::serverName(m_dir.filePath(u"sub/../office.kmuni"_s)), SingleInstance::serverName(path));
    QCOMPARE(SingleInstance::serverName(m_dir.filePath(u"link.kmuni"_s)), SingleInstance::serverName(path));
    QVERIFY(SingleInstance::serverName(m_dir.filePath(u"other.kmuni"_s)) != SingleInstance::serverName(path));
    QVERIFY(SingleInstance::serverName(path).size() < 40); // Unix sockets have short names
}

void TestDesktopIntegration::mainWindowComesToTheFront()
{
    test::TempDatabase t;
    t.close();
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(t.path(), false));
    QCOMPARE(MainWindow::initialDatabase(QString()), QFileInfo(t.path()).absoluteFilePath()); // the last one used
    QCOMPARE(MainWindow::initialDatabase(u"/x/y.kmuni"_s), u"/x/y.kmuni"_s);

    QWidget other; // the window the user works in when the second start comes
    other.resize(400, 300);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    test::activate(&other);
    window.showMinimized();
    QTRY_VERIFY(!window.isActiveWindow());

    auto start = secondStart(t.path()); // "kmuni office.sqlite" from the file manager
    QVERIFY(await(start));
    QTRY_VERIFY(window.isActiveWindow());
    QVERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());
    QCOMPARE(window.session().db().path(), t.path());
}

void TestDesktopIntegration::databaseFileType()
{
    if (!m_mime) {
        QSKIP("update-mime-database (shared-mime-info) is not installed");
    }
    test::TempDatabase t;
    t.close();
    const QString kmuni = m_dir.filePath(u"office.kmuni"_s);
    const QString sqlite = m_dir.filePath(u"kmuni.sqlite"_s);
    QFile::remove(kmuni);
    QVERIFY(QFile::copy(t.path(), kmuni));
    QVERIFY(QFile::copy(t.path(), sqlite));
    // Another program's SQLite file.
    const QString plain = m_dir.filePath(u"plain.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(plain);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);

    const QMimeDatabase mime;
    const QMimeType ours = mime.mimeTypeForName(u"application/x-kmuni-database"_s);
    QVERIFY2(ours.isValid(), "packaging/de.kmuni.crm-mime.xml is not read");
    QVERIFY(ours.inherits(u"application/vnd.sqlite3"_s));
    QCOMPARE(mime.mimeTypeForFile(kmuni).name(), ours.name());
    QCOMPARE(mime.mimeTypeForFile(sqlite).name(), ours.name()); // by the application id in the header
    QCOMPARE(mime.mimeTypeForFile(plain).name(), u"application/vnd.sqlite3"_s);
    QCOMPARE(mime.mimeTypeForFile(u"new.kmuni"_s, QMimeDatabase::MatchExtension).name(), ours.name());
}

void TestDesktopIntegration::ownIcon()
{
    const QIcon icon = Icons::application();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QVERIFY(icon.availableSizes().contains(QSize(size, size)));
        QCOMPARE(icon.pixmap(size).size(), QSize(size, size));
    }
    // 16 px is drawn on its own (no buildings inside the nodes), not scaled down from 256.
    const QImage small = icon.pixmap(16).toImage();
    QVERIFY(small.pixelColor(8, 8).alpha() > 0);
    MainWindow window;
    QCOMPARE(window.windowIcon().cacheKey(), icon.cacheKey());
}

void TestDesktopIntegration::userGuideAction()
{
    MainWindow window;
    auto* guide = window.findChild<QAction*>(u"userGuideAction"_s);
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(QKeySequence::keyBindings(QKeySequence::HelpContents).contains(QKeySequence(Qt::Key_F1)));
    // In the Help menu, the last one of the menu bar.
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty() && menus.last()->menu());
    QVERIFY(menus.last()->menu()->actions().contains(guide));
}

void TestDesktopIntegration::userGuideFound()
{
    // Run from the build folder: the guide of the source tree.
    const QString source = QDir::cleanPath(QStringLiteral(KMUNI_SOURCE_DIR "/docs/handbuch/handbuch.html"));
    QVERIFY2(QFile::exists(source), qPrintable(source));
    QCOMPARE(userguide::path(), source);
    QCOMPARE(userguide::find(m_dir.filePath(u"nowhere/bin"_s), QStringLiteral(KMUNI_SOURCE_DIR)), source);
    // Installed (/usr/bin/kmuni → /usr/share/doc/kmuni-crm/handbuch): that one first.
    const QString prefix = m_dir.filePath(u"usr"_s);
    QVERIFY(QDir().mkpath(prefix + u"/bin"_s));
    QVERIFY(QDir().mkpath(prefix + u"/share/doc/kmuni-crm/handbuch"_s));
    const QString installed = prefix + u"/share/doc/kmuni-crm/handbuch/handbuch.html"_s;
    QVERIFY(QFile::copy(source, installed));
    QCOMPARE(userguide::find(prefix + u"/bin"_s, QStringLiteral(KMUNI_SOURCE_DIR)), installed);
    QCOMPARE(userguide::candidates(prefix + u"/bin"_s, {}).constFirst(), installed);
    // Nowhere: nothing, and the window says where it belongs.
    QVERIFY(userguide::find(m_dir.filePath(u"nowhere/bin"_s), {}).isEmpty());
    QVERIFY(userguide::expectedPath().endsWith(u"handbuch.html"_s));
}

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
