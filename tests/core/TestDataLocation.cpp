// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the database and the settings live: app-data folder, KMUNI_DB, portable mode beside the
// program (a USB stick on Windows, tested here with a fake program folder); which argument is a
// database to open.
#include "common/BundledFonts.h"
#include "db/DataLocation.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestDataLocation : public QObject
{
    Q_OBJECT
private slots:
    void appDataFolderWithoutMarker();
    void markerBesideTheProgramMakesItPortable_data();
    void markerBesideTheProgramMakesItPortable();
    void environmentWins();
    void aFolderNamedLikeTheMarkerIsNoMarker();
    void databaseArguments();
    void fontsBesideTheProgram();

private:
    static void touch(const QString& path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
};

void TestDataLocation::appDataFolderWithoutMarker()
{
    QTemporaryDir program;
    QCOMPARE(location::portableFolder(program.path()), QString());
    QCOMPARE(location::portableFolder(QString()), QString());
    QCOMPARE(location::defaultDatabasePath(program.path(), u"/home/anna/.local/share/KMUni/kmuni"_s, QString()),
        u"/home/anna/.local/share/KMUni/kmuni/kmuni.sqlite"_s);
    // Windows: QStandardPaths::AppDataLocation is %APPDATA%\KMUni\kmuni.
    QCOMPARE(location::defaultDatabasePath(
                 u"C:/Program Files/KMUni CRM"_s, u"C:/Users/anna/AppData/Roaming/KMUni/kmuni"_s, QString()),
        u"C:/Users/anna/AppData/Roaming/KMUni/kmuni/kmuni.sqlite"_s);
}

void TestDataLocation::markerBesideTheProgramMakesItPortable_data()
{
    QTest::addColumn<QString>("marker");
    QTest::newRow("portable") << u"portable"_s;
    QTest::newRow("kmuni.portable") << u"kmuni.portable"_s;
}

void TestDataLocation::markerBesideTheProgramMakesItPortable()
{
    QFETCH(QString, marker);
    QTemporaryDir stick;
    const QString program = stick.path() + u"/KMUni CRM"_s;
    QVERIFY(QDir().mkpath(program));
    touch(program + u'/' + marker);
    const QString folder = QDir(program).absoluteFilePath(u"kmuni-data"_s);
    QCOMPARE(location::portableFolder(program), folder);
    QCOMPARE(location::portableFolder(program + u"/"_s), folder);
    QCOMPARE(location::defaultDatabasePath(program, u"/home/anna/.local/share/KMUni/kmuni"_s, QString()),
        folder + u"/kmuni.sqlite"_s);
}

void TestDataLocation::environmentWins()
{
    QTemporaryDir program;
    touch(program.path() + u"/portable"_s);
    QCOMPARE(
        location::defaultDatabasePath(program.path(), u"/appdata"_s, u"/srv/office.kmuni"_s), u"/srv/office.kmuni"_s);
}

void TestDataLocation::aFolderNamedLikeTheMarkerIsNoMarker()
{
    QTemporaryDir program;
    QVERIFY(QDir(program.path()).mkdir(u"portable"_s));
    QCOMPARE(location::portableFolder(program.path()), QString());
}

void TestDataLocation::databaseArguments()
{
    QTemporaryDir dir;
    for (const QString& name :
        {u"office.kmuni"_s, u"office.sqlite"_s, u"office.db"_s, u"OFFICE.KMUNI"_s, u"notes.txt"_s, u"init"_s}) {
        touch(dir.filePath(name));
    }
    QVERIFY(location::isDatabaseArgument(dir.filePath(u"office.kmuni"_s)));
    QVERIFY(location::isDatabaseArgument(dir.filePath(u"office.sqlite"_s)));
    QVERIFY(location::isDatabaseArgument(dir.filePath(u"office.db"_s)));
    QVERIFY(location::isDatabaseArgument(dir.filePath(u"OFFICE.KMUNI"_s)));
    QVERIFY(!location::isDatabaseArgument(dir.filePath(u"notes.txt"_s)));
    QVERIFY(!location::isDatabaseArgument(dir.filePath(u"missing.kmuni"_s))); // a typo is no database
    QVERIFY(!location::isDatabaseArgument(dir.filePath(u"init"_s)));
    QVERIFY(!location::isDatabaseArgument(u"init"_s)); // the commands stay commands
    QVERIFY(!location::isDatabaseArgument(u"--db"_s));
    QVERIFY(!location::isDatabaseArgument(dir.path())); // a folder
}

// Windows has no DejaVu: the installer puts it in "fonts" beside the program, and the PDFs find it.
void TestDataLocation::fontsBesideTheProgram()
{
    QTemporaryDir program;
    QCOMPARE(registerBundledFonts(program.path()), 0);
    QVERIFY(QDir(program.path()).mkdir(u"fonts"_s));
    const QString dejaVu = u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s;
    if (!QFile::exists(dejaVu)) {
        QSKIP("fonts-dejavu-core is not installed");
    }
    QVERIFY(QFile::copy(dejaVu, program.path() + u"/fonts/DejaVuSans.ttf"_s));
    touch(program.path() + u"/fonts/readme.txt"_s);
    QCOMPARE(registerBundledFonts(program.path()), 1);
    QVERIFY(QFontDatabase::families().contains(u"DejaVu Sans"_s));
}

QTEST_MAIN(TestDataLocation)
#include "TestDataLocation.moc"
