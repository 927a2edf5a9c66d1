// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The daily backup when the window opens a database: of any size, in the background, with the
// window usable meanwhile; closing the window or opening another database stops it cleanly.
#include "MainWindow.h"
#include "TestSupport.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "io/DailyBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

/** A fresh database larger than Database::quickCheckLimit, the size the backup used to stop at. */
bool makeLarge(test::TempDatabase& t)
{
    t.close();
    const int megabytes = int(Database::quickCheckLimit / (1024 * 1024)) + 8;
    const QByteArray sql = "CREATE TABLE ballast(b BLOB);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        + QByteArray::number(megabytes) + ") INSERT INTO ballast SELECT zeroblob(1048576) FROM n";
    return test::execBeside(t.path(), sql.constData()) && QFileInfo(t.path()).size() > Database::quickCheckLimit;
}

/** What is in the backups folder of @p databasePath besides the finished backups (dot files too). */
QStringList leftovers(const QString& databasePath)
{
    const QDir folder(backup::defaultFolder(databasePath));
    QStringList rest = folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const backup::Copy& c : backup::list(databasePath)) {
        rest.removeAll(QFileInfo(c.path).fileName());
    }
    return rest;
}

} // namespace

class TestDailyBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void largeDatabaseIsBackedUpWhileTheWindowWorks();
    void closingTheWindowWhileItRunsLeavesNothing();
    void openingAnotherDatabaseStopsIt();
};

void TestDailyBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDailyBackup::largeDatabaseIsBackedUpWhileTheWindowWorks()
{
    test::TempDatabase t;
    QVERIFY(makeLarge(t));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.dailyBackup(), &DailyBackup::finished);
    int turnsWhileRunning = 0; // the window's event loop goes on while the backup runs
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] { turnsWhileRunning += window.dailyBackup()->isRunning() ? 1 : 0; });
    tick.start();

    QVERIFY(window.openDatabase(t.path(), false));
    QVERIFY2(window.dailyBackup()->isRunning(), "the window opened before the backup was done");
    QCOMPARE(window.statusBar()->currentMessage(), u"Making the daily backup …"_s);
    QVERIFY(window.session().db().quickCheck().isEmpty()); // the window's own connection is free to use

    QVERIFY(finished.wait(120000));
    QVERIFY2(turnsWhileRunning > 0, "events were processed while the backup ran");
    QCOMPARE(finished.size(), 1);
    const QString path = finished.first().at(0).toString();
    QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(backup::defaultFolder(t.path())).absoluteFilePath());
    const QList<backup::Copy> copies = backup::list(t.path());
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().path, path);
    const auto verified = backup::verify(path);
    QVERIFY2(verified, qPrintable(verified.error()));
    QVERIFY(QFileInfo(path).size() > Database::quickCheckLimit);
    QCOMPARE(leftovers(t.path()), QStringList());
    QCOMPARE(window.statusBar()->currentMessage(),
        u"Daily backup written to %1 and checked."_s.arg(QDir::toNativeSeparators(path)));

    // Opened again the same day: not due, nothing runs.
    QVERIFY(window.openDatabase(t.path(), false));
    QVERIFY(!window.dailyBackup()->isRunning());
    QCOMPARE(backup::list(t.path()).size(), 1);
}

void TestDailyBackup::closingTheWindowWhileItRunsLeavesNothing()
{
    test::TempDatabase t;
    QVERIFY(makeLarge(t));
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy finished(window->dailyBackup(), &DailyBackup::finished);
    QVERIFY(window->openDatabase(t.path(), false));
    QVERIFY(window->dailyBackup()->isRunning());
    QVERIFY(window->close());
    QVERIFY(!window->dailyBackup()->isRunning()); // cancelled, its thread finished
    QCOMPARE(window->statusBar()->currentMessage(), QString());
    window.reset();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(leftovers(t.path()), QStringList()); // no temporary file, no half backup
    QVERIFY(backup::list(t.path()).isEmpty());
    QVERIFY(backup::isDue(t.path())); // the next start makes it

    // Destroyed without closing (the program ends some other way): the same.
    window = std::make_unique<MainWindow>();
    QVERIFY(window->openDatabase(t.path(), false));
    QVERIFY(window->dailyBackup()->isRunning());
    window.reset();
    QCOMPARE(leftovers(t.path()), QStringList());
    QVERIFY(backup::list(t.path()).isEmpty());
}

void TestDailyBackup::openingAnotherDatabaseStopsIt()
{
    test::TempDatabase large;
    QVERIFY(makeLarge(large));
    test::TempDatabase small; // below the old limit: the same background path
    small.close();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.dailyBackup(), &DailyBackup::finished);
    QVERIFY(window.openDatabase(large.path(), false));
    QVERIFY(window.dailyBackup()->isRunning());
    QVERIFY(window.openDatabase(small.path(), false));
    QCOMPARE(leftovers(large.path()), QStringList());
    QVERIFY(backup::list(large.path()).isEmpty());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1); // the small one's; the stopped one says nothing
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(backup::list(small.path()).size(), 1);
    QVERIFY(backup::verify(backup::list(small.path()).first().path));
    QCOMPARE(leftovers(small.path()), QStringList());
}

QTEST_MAIN(TestDailyBackup)
#include "TestDailyBackup.moc"
