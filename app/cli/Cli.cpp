// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "db/DataLocation.h"
#include "db/Database.h"
#include "db/Keyring.h"
#include "db/ServerAddress.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

struct Command
{
    std::function<int(const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> list = {
        {u"init"_s,
            {&init, QT_TRANSLATE_NOOP("kmuni::cli", "create and migrate a database (--demo: with the demo network)")}},
        {u"check"_s, {&check, QT_TRANSLATE_NOOP("kmuni::cli", "check the database's integrity and schema version")}},
        {u"backup"_s,
            {&backup, QT_TRANSLATE_NOOP("kmuni::cli", "a consistent, checked copy of the database (-o FILE)")}},
        {u"restore"_s,
            {&restore,
                QT_TRANSLATE_NOOP(
                    "kmuni::cli", "check a backup, keep the current database beside it, restore the backup")}},
        {u"export"_s,
            {&exportList,
                QT_TRANSLATE_NOOP("kmuni::cli",
                    "export organisations, persons, activities, follow-ups or matches (CSV, XLSX; persons also as "
                    "vCard, activities as iCalendar)")}},
        {u"import"_s,
            {&import,
                QT_TRANSLATE_NOOP("kmuni::cli",
                    "import contact persons (CSV, XLSX, vCard), organisations (CSV, XLSX) or activities "
                    "(iCalendar), all rows or none")}},
        {u"match"_s,
            {&match, QT_TRANSLATE_NOOP("kmuni::cli", "list matches, move a match to another stage, suggest partners")}},
        {u"merge"_s,
            {&merge,
                QT_TRANSLATE_NOOP("kmuni::cli",
                    "merge two duplicate persons or organisations (--dry-run first), or list likely duplicates "
                    "(--find)")}},
        {u"migrate"_s,
            {&migrate,
                QT_TRANSLATE_NOOP("kmuni::cli",
                    "move an office's database file into the shared database (server), merging what both know")}},
        {u"person"_s,
            {&person,
                QT_TRANSLATE_NOOP("kmuni::cli",
                    "export what is stored about a person, erase (anonymise) a person, list persons not seen for "
                    "long")}},
        {u"print"_s,
            {&print,
                QT_TRANSLATE_NOOP(
                    "kmuni::cli", "print contact sheets or an activity's participants list into a PDF file")}},
        {u"report"_s,
            {&report, QT_TRANSLATE_NOOP("kmuni::cli", "write the EFRE funding report for a period (PDF, XLSX, CSV)")}},
        {u"search"_s,
            {&search, QT_TRANSLATE_NOOP("kmuni::cli", "search organisations, persons, activities and matches")}},
    };
    return list;
}

void printUsage(QTextStream& stream)
{
    stream << Tr::tr("Usage: kmuni [--db PATH]            open the window") << '\n'
           << Tr::tr("       kmuni COMMAND [OPTIONS]      work without a window") << "\n\n"
           << Tr::tr("Commands:") << '\n';
    for (const auto& [name, command] : commands()) {
        stream << "  " << name.leftJustified(10) << Tr::tr(command.summary) << '\n';
    }
    stream << '\n' << Tr::tr("\"kmuni COMMAND --help\" lists the options of a command.") << '\n';
}

} // namespace

int exitFor(io::Failure failure)
{
    switch (failure) {
    case io::Failure::Disk:
    case io::Failure::Database:
        return DatabaseProblem;
    case io::Failure::None:
    case io::Failure::Path:
    case io::Failure::Cancelled:
        break;
    }
    return BadInput;
}

QStringList subcommandFirst(const QStringList& arguments)
{
    const QString first = arguments.value(0);
    if (first == u"help"_s && arguments.size() == 2 && !arguments[1].startsWith(u'-')) {
        return {arguments[1], u"--help"_s}; // "kmuni help import" as "kmuni import --help"
    }
    const qsizetype skip = first == u"--db"_s ? 2 : first.startsWith(u"--db="_s) ? 1 : 0;
    const QString command = arguments.value(skip);
    const auto commands = commandSummaries();
    const bool known
        = std::any_of(commands.cbegin(), commands.cend(), [&](const auto& c) { return c.first == command; });
    if (skip == 0 || !known) {
        return arguments;
    }
    return QStringList{command} + arguments.mid(0, skip) + arguments.mid(skip + 1);
}

bool isSubcommand(const QStringList& arguments)
{
    // "kmuni FILE.kmuni", as a file manager starts it, opens the window on that database.
    const bool databaseFile = arguments.size() == 1 && location::isDatabaseArgument(arguments.first());
    return !arguments.isEmpty() && !arguments.first().startsWith(u'-') && !databaseFile;
}

bool needsGui(const QStringList& arguments)
{
    static const QStringList gui = {u"print"_s, u"report"_s};
    return !arguments.isEmpty() && gui.contains(arguments.first());
}

bool isGeneralHelp(const QStringList& arguments)
{
    static const QStringList help = {u"-h"_s, u"--help"_s, u"-?"_s, u"help"_s, u"-v"_s, u"--version"_s, u"--man"_s};
    return arguments.size() == 1 && help.contains(arguments.first());
}

int generalHelp(const QStringList& arguments)
{
    QTextStream out(stdout);
    if (arguments.first() == u"-v"_s || arguments.first() == u"--version"_s) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (arguments.first() == u"--man"_s) {
        return manPage();
    }
    out << Tr::tr("KMUni CRM: contacts, activities and matches of the KMUni network.") << "\n\n";
    printUsage(out);
    return Ok;
}

QList<std::pair<QString, const char*>> commandSummaries()
{
    QList<std::pair<QString, const char*>> list;
    for (const auto& [name, command] : commands()) {
        list.append({name, command.summary});
    }
    return list;
}

int run(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    const auto it = commands().find(name);
    if (it == commands().end()) {
        QTextStream err(stderr);
        err << "kmuni: " << Tr::tr("unknown command \"%1\"").arg(name) << "\n\n";
        printUsage(err);
        return Usage;
    }
    return it->second.run(arguments.mid(1));
}

Context::Context(const QString& command, const QString& description)
    : out(stdout)
    , err(stderr)
    , m_command(command)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({u"db"_s,
        Tr::tr("The database: a file, or a server's address postgresql://USER@HOST:PORT/DB (default: $KMUNI_DB, else "
               "%1).")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        Tr::tr("PATH")});
}

bool Context::parse(const QStringList& arguments, int* exit)
{
    // QCommandLineParser wants the program name first; ours is "kmuni COMMAND".
    QStringList args = arguments;
    args[0] = u"kmuni "_s + m_command;
    if (!parser.parse(args)) {
        *exit = error(parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out << helpText();
        out.flush();
        *exit = Ok;
        return false;
    }
    // An address of another kind (mysql://…, file:///…) is never taken for a file name.
    QString why;
    if (!ServerAddress::isDatabaseName(databasePath(), &why)) {
        *exit = error(why, Usage);
        return false;
    }
    return true;
}

QString Context::helpText() const
{
    // The parser's first line names the program as it was started ("Usage: /usr/bin/kmuni [options]",
    // "Aufruf: build/app/kmuni …"); say the whole command instead.
    const QString help = parser.helpText();
    const qsizetype firstBreak = help.indexOf(u'\n');
    QString usage = help.left(firstBreak);
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : usage.indexOf(program);
    if (at >= 0) {
        usage.replace(at, program.size(), u"kmuni "_s + m_command);
    } else {
        usage.replace(QCoreApplication::applicationName(), u"kmuni "_s + m_command);
    }
    return usage + help.mid(firstBreak);
}

int Context::error(const QString& message, int code)
{
    err << "kmuni: " << message << '\n';
    err.flush();
    return code;
}

bool Context::folderExists(const QString& file, int* exit)
{
    if (QFileInfo(QFileInfo(file).absolutePath()).isDir()) {
        return true;
    }
    *exit = error(Tr::tr("the folder of %1 does not exist").arg(QDir::toNativeSeparators(file)), BadInput);
    return false;
}

std::optional<QString> Context::outputFile(const QString& missing, int* exit, const QString& suffix)
{
    if (!parser.isSet(u"output"_s)) {
        *exit = error(missing, Usage);
        return std::nullopt;
    }
    QString file = parser.value(u"output"_s);
    // What is written is of one kind: a name that says another would open in the wrong program.
    if (!suffix.isEmpty() && QFileInfo(file).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        *exit = error(
            Tr::tr("%1 does not end in .%2, the kind of file written here").arg(QDir::toNativeSeparators(file), suffix),
            BadInput);
        return std::nullopt;
    }
    if (!folderExists(file, exit)) {
        return std::nullopt;
    }
    return file;
}

QString Context::databasePath() const
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
}

std::unique_ptr<Database> Context::openDatabase(const QString& path, Database::Mode mode, DbStatus* status)
{
    auto db = Database::open(path, mode, status);
    if (db || status->code != DbError::LoginFailed) {
        return db;
    }
    const Result<QString> kept = keyring::password(path);
    if (kept && !kept->isEmpty()) {
        Database::rememberPassword(path, *kept);
        db = Database::open(path, mode, status);
        if (!db && status->code == DbError::LoginFailed) {
            status->message += u' ' + Tr::tr("(The password kept in the system keyring was refused.)");
        }
        return db;
    }
    status->message += u' '
        + Tr::tr("The command line takes it from ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows) or "
                 "from the system keyring, where the window keeps it when you log in there once and ask it to.");
    return db;
}

std::unique_ptr<Database> Context::open(bool create, int* exit, bool checkFirst)
{
    DbStatus status;
    auto db = openDatabase(databasePath(), create ? Database::Mode::Create : Database::Mode::OpenExisting, &status);
    if (!db) {
        *exit = error(status.message, DatabaseProblem);
        return db;
    }
    // Damage is noticed before a command writes into the file or reports from it.
    if (checkFirst) {
        const QString damage = db->quickCheck().simplified();
        if (!damage.isEmpty()) {
            *exit = error(Tr::tr("The database %1 is damaged (%2); nothing was changed. \"kmuni check\" lists the "
                                 "damage; restore it from a backup.")
                              .arg(QDir::toNativeSeparators(db->path()), damage),
                DatabaseProblem);
            return nullptr;
        }
    }
    return db;
}

} // namespace kmuni::cli
