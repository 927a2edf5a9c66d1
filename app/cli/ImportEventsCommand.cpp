// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni import events FILE.ics [--dry-run] [--from D] [--to D]
// kmuni export activities -o FILE.ics (the writing part, called by the export command)
#include "Cli.h"

#include "common/Time.h"
#include "db/Database.h"
#include "events/EventFilter.h"
#include "io/EventIcsExport.h"
#include "io/EventImport.h"
#include "io/ICalendar.h"
#include "project/ProjectSettings.h"
#include "staff/Staff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

/** The value of option @p name as a date; invalid when not given; false when it is no date. */
bool dateOption(Context& ctx, const QString& name, QDate* date)
{
    if (!ctx.parser.isSet(name)) {
        return true;
    }
    *date = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
    return date->isValid();
}
} // namespace

void addImportEventsOptions(QCommandLineParser& parser)
{
    parser.addOption({u"from"_s,
        Tr::tr("Events: first day (YYYY-MM-DD) for which recurring events are imported; default: the start of "
               "the approved project period, else a year ago."),
        Tr::tr("DATE")});
    parser.addOption({u"to"_s,
        Tr::tr("Events: last day (YYYY-MM-DD) for which recurring events are imported; default: the end of the "
               "approved project period, else a year from today."),
        Tr::tr("DATE")});
}

int importEvents(Context& ctx, const QString& file, bool dryRun)
{
    EventImport::Options options;
    for (auto [name, date] : {std::pair{u"from"_s, &options.from}, std::pair{u"to"_s, &options.to}}) {
        if (!dateOption(ctx, name, date)) {
            return ctx.error(
                Tr::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(name, ctx.parser.value(name)), BadInput);
        }
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return ctx.error(Tr::tr("%1 cannot be read: %2").arg(file, in.errorString()), BadInput);
    }
    if (in.size() > ical::maxFileSize) {
        return ctx.error(
            Tr::tr("%1 is too large for a calendar (more than %2 MB).").arg(file).arg(ical::maxFileSize / 1024 / 1024),
            BadInput);
    }
    const QByteArray bytes = in.readAll();
    int exit = Ok;
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    if (!options.from.isValid() || !options.to.isValid()) {
        const auto project = ProjectSettings::load(*db);
        if (project.failed()) {
            return ctx.error(project.error(), DatabaseProblem);
        }
        const bool period = project && project->approvedFrom.isValid() && project->approvedTo.isValid();
        if (!options.from.isValid()) {
            options.from = period ? project->approvedFrom : time::today().addYears(-1);
        }
        if (!options.to.isValid()) {
            options.to = period ? project->approvedTo : time::today().addYears(1);
        }
    }
    if (options.to < options.from) {
        return ctx.error(Tr::tr("--to must not lie before --from"), BadInput);
    }
    const auto me = StaffRepository(*db).findByLogin(db->userName());
    if (me.failed()) {
        return ctx.error(me.error(), DatabaseProblem);
    }
    options.loggedByStaffId = me ? me->id : 0;
    options.dryRun = dryRun;
    options.source = QFileInfo(file).fileName();
    const EventImportReport report = EventImport(*db).run(bytes, options);
    if (!report.error.isEmpty()) {
        return ctx.error(report.describe(), report.databaseFailed ? DatabaseProblem : BadInput);
    }
    if (!report.rejected.isEmpty()) {
        ctx.err << report.describe() << '\n';
        return BadInput;
    }
    ctx.out << report.describe() << '\n';
    return Ok;
}

int exportEventsIcs(Context& ctx, Database& db, const EventFilter& filter, const QString& file)
{
    QString error;
    io::Failure failure = io::Failure::None;
    int events = 0;
    if (!writeEventsIcs(db, filter, file, &error, &failure, &events)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out << Tr::tr("%n activity(ies) written to %1.", nullptr, events).arg(QDir::toNativeSeparators(file)) << '\n';
    return Ok;
}

} // namespace kmuni::cli
