// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni init, kmuni check, kmuni backup, kmuni restore
#include "Cli.h"

#include "common/Time.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "demo/DemoNetwork.h"
#include "io/MoveIn.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

/**
 * "50 organisations, 82 contact persons, 47 activities, 16 matches": the rows of each table
 * (organisations, persons, events, matches) in the user's words, as check, backup and restore say them.
 */
QString countsText(const QList<std::pair<QString, qint64>>& counts)
{
    QStringList parts;
    for (const auto& [table, rows] : counts) {
        const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
        if (table == u"organisations"_s) {
            parts << Tr::tr("%n organisation(s)", nullptr, n);
        } else if (table == u"persons"_s) {
            parts << Tr::tr("%n contact person(s)", nullptr, n);
        } else if (table == u"events"_s) {
            parts << Tr::tr("%n activity(ies)", nullptr, n);
        } else if (table == u"matches"_s) {
            parts << Tr::tr("%n match(es)", nullptr, n);
        } else {
            parts << u"%1 %2"_s.arg(rows).arg(table);
        }
    }
    return parts.join(u", "_s);
}
} // namespace

int init(const QStringList& arguments)
{
    Context ctx(u"init"_s, Tr::tr("Creates a KMUni database (or brings an existing one to the current schema)."));
    ctx.parser.addOption({u"demo"_s, Tr::tr("Fill the new database with the demo network.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    if (!ctx.parser.positionalArguments().isEmpty()) {
        return ctx.error(Tr::tr("init takes no arguments besides its options"), Usage);
    }
    auto db = ctx.open(true, &exit);
    if (!db) {
        return exit;
    }
    const QString path = QDir::toNativeSeparators(db->path());
    if (ctx.parser.isSet(u"demo"_s)) {
        DemoSummary summary;
        QString error;
        if (!loadDemoNetwork(*db, time::today(), &summary, &error)) {
            return ctx.error(error, BadInput);
        }
        ctx.out << Tr::tr("Created %1 with the demo network: %2 organisations, %3 contact persons, %4 staff members, "
                          "%5 activities, %6 follow-ups, %7 matches.")
                       .arg(path)
                       .arg(summary.organisations)
                       .arg(summary.persons)
                       .arg(summary.staff)
                       .arg(summary.events)
                       .arg(summary.followUps)
                       .arg(summary.matches)
                << '\n';
    } else {
        ctx.out << Tr::tr("The database %1 is ready (schema %2).").arg(path).arg(db->schemaVersion()) << '\n';
    }
    return Ok;
}

int check(const QStringList& arguments)
{
    Context ctx(
        u"check"_s, Tr::tr("Checks the database's integrity and schema version. Exit code 0: healthy; 3: damaged."));
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    auto db = ctx.open(false, &exit, false); // the whole integrity check below, with every problem listed
    if (!db) {
        return exit;
    }
    QStringList problems;
    if (!db->checkIntegrity(&problems)) {
        ctx.err << "kmuni: " << Tr::tr("The database %1 is damaged:").arg(QDir::toNativeSeparators(db->path())) << '\n';
        for (const QString& p : std::as_const(problems)) {
            ctx.err << "  " << p << '\n';
        }
        return DatabaseProblem;
    }
    QSqlQuery q(db->connection());
    QList<std::pair<QString, qint64>> counts;
    for (const char* table : {"organisations", "persons", "events", "matches"}) {
        if (q.exec(u"SELECT count(*) FROM "_s + QLatin1StringView(table)) && q.next()) {
            counts.append({QString::fromLatin1(table), q.value(0).toLongLong()});
        }
    }
    ctx.out << Tr::tr("%1: healthy, schema %2 of %3; %4.")
                   .arg(QDir::toNativeSeparators(db->path()))
                   .arg(db->schemaVersion())
                   .arg(Database::latestSchemaVersion())
                   .arg(countsText(counts))
            << '\n';
    return Ok;
}

int backup(const QStringList& arguments)
{
    Context ctx(u"backup"_s,
        Tr::tr("Makes a consistent copy of the database while others may write, checks it and keeps it (0600)."));
    ctx.parser.addOption({{u"o"_s, u"output"_s},
        Tr::tr("The copy to write (default: backups/NAME-DATE_TIME.sqlite beside the database)."), Tr::tr("FILE")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    // -o into a folder that exists, as for every other file the commands write; backups/ beside the
    // database is made when needed.
    const bool given = ctx.parser.isSet(u"output"_s);
    if (given && !ctx.folderExists(ctx.parser.value(u"output"_s), &exit)) {
        return exit;
    }
    auto db = ctx.open(false, &exit); // a damaged database is not copied over a good backup
    if (!db) {
        return exit;
    }
    const QString output = given ? ctx.parser.value(u"output"_s) : backup::defaultPath(db->path());
    if (backup::isDatabaseFile(output, db->path())) {
        return ctx.error(Tr::tr("%1 is the database itself; write the backup into another file.")
                             .arg(QDir::toNativeSeparators(output)),
            BadInput);
    }
    // Another file of that name is replaced as a whole once the copy is checked (written beside it, then renamed).
    const auto made = backup::create(*db, output);
    if (!made) {
        return ctx.error(made.error(), DatabaseProblem);
    }
    ctx.out << Tr::tr("Backup written to %1 and checked: schema %2; %3.")
                   .arg(QDir::toNativeSeparators(output))
                   .arg(made->schemaVersion)
                   .arg(countsText(made->counts))
            << '\n';
    return Ok;
}

int restore(const QStringList& arguments)
{
    Context ctx(u"restore"_s,
        Tr::tr("Checks a backup, keeps the current database beside it, then puts the backup's data in its place."));
    ctx.parser.addPositionalArgument(u"file"_s, Tr::tr("The backup to restore."), u"FILE"_s);
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    if (ctx.parser.positionalArguments().size() != 1) {
        return ctx.error(Tr::tr("restore needs the backup file: kmuni restore FILE"), Usage);
    }
    const QString source = ctx.parser.positionalArguments().first();
    if (backup::isDatabaseFile(source, ctx.databasePath())) {
        return ctx.error(Tr::tr("%1 is the database itself, not a backup of it; nothing was restored.")
                             .arg(QDir::toNativeSeparators(source)),
            BadInput);
    }
    const auto verified = backup::verify(source);
    if (!verified) {
        return ctx.error(Tr::tr("Nothing was restored: %1").arg(verified.error()), BadInput);
    }
    const auto kept = backup::restore(source, ctx.databasePath());
    if (!kept) {
        return ctx.error(kept.error(), DatabaseProblem);
    }
    ctx.out << Tr::tr("%1 restored from %2 (%3); the database before is kept as %4.")
                   .arg(QDir::toNativeSeparators(ctx.databasePath()), QDir::toNativeSeparators(source),
                       countsText(verified->counts), QDir::toNativeSeparators(*kept))
            << '\n';
    return Ok;
}

int migrate(const QStringList& arguments)
{
    Context ctx(u"migrate"_s,
        Tr::tr("Moves an office's database file into the shared database (a PostgreSQL server, or another file): "
               "organisations, persons and staff that both know become one, everything else comes with its links "
               "and history. All or nothing; running it again changes nothing."));
    ctx.parser.addOption({u"from"_s, Tr::tr("The office's database file."), Tr::tr("FILE")});
    ctx.parser.addOption({u"to"_s, Tr::tr("The shared database (default: --db, KMUNI_DB)."), Tr::tr("ADDRESS")});
    ctx.parser.addOption({u"dry-run"_s, Tr::tr("Say what would be moved and merged, and write nothing.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    if (!ctx.parser.isSet(u"from"_s)) {
        return ctx.error(Tr::tr("migrate needs the file to move in: kmuni migrate --from FILE --to ADDRESS"), BadInput);
    }
    const QString to = ctx.parser.isSet(u"to"_s) ? ctx.parser.value(u"to"_s) : ctx.databasePath();
    for (const QString& name : {ctx.parser.value(u"from"_s), to}) {
        QString why;
        if (!ServerAddress::isDatabaseName(name, &why)) {
            return ctx.error(why, Usage);
        }
    }
    DbStatus status;
    auto source = Database::open(ctx.parser.value(u"from"_s), Database::Mode::OpenExisting, &status);
    if (!source) {
        return ctx.error(status.message, DatabaseProblem);
    }
    if (const QString damage = source->quickCheck().simplified(); !damage.isEmpty()) {
        return ctx.error(Tr::tr("The database %1 is damaged (%2); nothing was moved.")
                             .arg(QDir::toNativeSeparators(source->path()), damage),
            DatabaseProblem);
    }
    auto target = Context::openDatabase(to, Database::Mode::Create, &status);
    if (!target) {
        return ctx.error(status.message, DatabaseProblem);
    }
    if (target->path() == source->path()) {
        return ctx.error(Tr::tr("The file and the shared database are the same."), BadInput);
    }
    const auto moved = movein::moveIn(*source, *target, ctx.parser.isSet(u"dry-run"_s));
    if (!moved) {
        return ctx.error(Tr::tr("Nothing was moved: %1").arg(moved.error()), DatabaseProblem);
    }
    ctx.out << moved->text() << '\n';
    return Ok;
}

} // namespace kmuni::cli
