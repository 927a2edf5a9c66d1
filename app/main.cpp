// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "cli/Cli.h"

#include "Icons.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "common/BundledFonts.h"
#include "db/DataLocation.h"
#include "db/Database.h"
#include "db/ServerAddress.h"

#include <QApplication>
#include <QFile>

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"KMUni"_s);
    QCoreApplication::setApplicationName(u"kmuni"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KMUNI_VERSION));
    kmuni::location::applyPortableMode(); // before the first QSettings
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        kmuni::registerBundledFonts(QCoreApplication::applicationDirPath()); // Windows: DejaVu for the PDFs
    }
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(u"KMUni CRM"_s);
    QGuiApplication::setDesktopFileName(u"de.kmuni.crm"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setWindowIcon(kmuni::Icons::application());
    kmuni::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "KMUni CRM: contacts, activities and matches of the KMUni network."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s,
        QCoreApplication::translate(
            "main", "The database to open: a file, or a server's address postgresql://USER@HOST:PORT/DB."),
        QCoreApplication::translate("main", "PATH")});
    parser.addPositionalArgument(u"file"_s,
        QCoreApplication::translate("main", "The database file to open (.kmuni, .sqlite, .db)."),
        QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);

    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : parser.positionalArguments().value(0);
    const QString initial = kmuni::MainWindow::initialDatabase(path);
    // As on the command line: an address of another kind (mysql://…, file:///…) is no file name.
    QString why;
    if (!kmuni::ServerAddress::isDatabaseName(initial, &why)) {
        // Said where it was typed, and in the window: started from the menu, nobody reads stderr.
        QTextStream(stderr) << "kmuni: " << why << '\n';
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), why);
        return kmuni::cli::Usage;
    }
    // Already open in a window of ours: that one comes to the front, and this start ends.
    if (kmuni::SingleInstance::activateRunning(initial)) {
        return 0;
    }
    kmuni::MainWindow window;
    window.show();
    window.openInitialDatabase(path);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    arguments = QStringList{arguments.value(0)} + kmuni::cli::subcommandFirst(arguments.mid(1));
    if (kmuni::cli::isGeneralHelp(arguments.mid(1))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        kmuni::installTranslations(app);
        return kmuni::cli::generalHelp(arguments.mid(1));
    }
    if (!kmuni::cli::isSubcommand(arguments.mid(1))) {
        return runWindow(argc, argv);
    }
    if (!kmuni::cli::needsGui(arguments.mid(1))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        kmuni::installTranslations(app);
        return kmuni::cli::run(arguments);
    }
    // Documents (PDF) need Qt Gui's fonts and painting, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#ifdef Q_OS_UNIX
    // Without a desktop session (cron, ssh) there is no runtime folder; make the one Qt would, quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + u"/runtime-kmuni-"_s + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
#endif
    QGuiApplication app(argc, argv);
    describeApplication();
    kmuni::installTranslations(app);
    return kmuni::cli::run(arguments);
}
