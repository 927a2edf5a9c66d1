// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni report efre [--from D --to D | --project] -o FILE [--format pdf|xlsx|csv] [--file-as NAME]
// kmuni report filed [--json]                      the filed reports
// kmuni report filed ID -o FILE [--format …]       one of them, byte for byte as filed
// kmuni report filed ID --changes                  what changed in its period since it was filed
#include "Cli.h"

#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "io/PrivateFile.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"
#include "reports/FiledReports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

/** The output file and its format from -o and --format; false with the exit code set. */
bool outputOf(Context& ctx, QString* output, reports::Format* format, int* exit)
{
    if (!ctx.parser.isSet(u"output"_s)) {
        *exit = ctx.error(Tr::tr("-o FILE is required"), Usage);
        return false;
    }
    *output = ctx.parser.value(u"output"_s);
    const QString name = ctx.parser.isSet(u"format"_s) ? ctx.parser.value(u"format"_s) : QFileInfo(*output).suffix();
    if (!reports::formatFromName(name, format)) {
        *exit = ctx.error(Tr::tr("unknown format \"%1\": use pdf, xlsx or csv").arg(name), Usage);
        return false;
    }
    return ctx.folderExists(*output, exit);
}

/** The period of --from/--to (both or neither: then the current quarter); false with the exit code set. */
bool periodOf(Context& ctx, reports::Period* period, int* exit)
{
    const bool from = ctx.parser.isSet(u"from"_s);
    const bool to = ctx.parser.isSet(u"to"_s);
    if (ctx.parser.isSet(u"project"_s) && (from || to)) {
        *exit = ctx.error(Tr::tr("give either --project or --from and --to"), Usage);
        return false;
    }
    if (from != to) {
        // Half a period is a mistake, not "until the end of this quarter".
        *exit = ctx.error(Tr::tr("give both --from and --to (or --project): the period has no %1")
                              .arg(from ? u"--to"_s : u"--from"_s),
            Usage);
        return false;
    }
    *period = reports::Period::quarterOf(time::today());
    for (const QString& name : {u"from"_s, u"to"_s}) {
        if (!ctx.parser.isSet(name)) {
            continue;
        }
        const QDate date = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
        if (!date.isValid()) {
            *exit = ctx.error(
                Tr::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(name, ctx.parser.value(name)), BadInput);
            return false;
        }
        (name == u"from"_s ? period->from : period->to) = date;
    }
    if (!period->isValid()) {
        *exit = ctx.error(Tr::tr("the period ends (%1) before it starts (%2)")
                              .arg(format::date(period->to), format::date(period->from)),
            BadInput);
        return false;
    }
    return true;
}

int efre(Context& ctx)
{
    QString output;
    reports::Format format = reports::Format::Pdf;
    reports::Period period;
    int exit = Ok;
    if (!outputOf(ctx, &output, &format, &exit) || !periodOf(ctx, &period, &exit)) {
        return exit;
    }
    const QString fileAs = ctx.parser.value(u"file-as"_s).simplified();
    if (ctx.parser.isSet(u"file-as"_s) && fileAs.isEmpty()) {
        return ctx.error(Tr::tr("--file-as needs a name, e.g. --file-as \"Zwischenbericht 1\""), Usage);
    }
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    if (ctx.parser.isSet(u"project"_s)) {
        const auto loaded = ProjectSettings::load(*db);
        if (loaded.failed()) {
            return ctx.error(loaded.error(), DatabaseProblem);
        }
        if (!loaded->hasApprovedPeriod()) {
            return ctx.error(
                Tr::tr("the project has no approved period yet (Extras → Project and funding in the window)"),
                BadInput);
        }
        period = {loaded->approvedFrom, loaded->approvedTo};
    }
    QString error;
    if (!fileAs.isEmpty()) {
        // Filed: the report and its three files kept in the database; the file written is the kept one.
        reports::FiledReports filedReports(*db);
        const auto filed = filedReports.file(period, fileAs);
        if (!filed) {
            return ctx.error(Tr::tr("the report cannot be filed: %1").arg(filed.error()), DatabaseProblem);
        }
        const auto bytes = filedReports.bytes(filed->id, format);
        if (!bytes) {
            return ctx.error(bytes.error(), DatabaseProblem);
        }
        io::Failure failure = io::Failure::None;
        if (!io::writePrivateFile(output, *bytes, &error, &failure)) {
            return ctx.error(error, exitFor(failure));
        }
        ctx.out << Tr::tr("EFRE report %1 – %2 filed as \"%3\" (no. %4) and written to %5, fingerprint %6.")
                       .arg(format::date(period.from), format::date(period.to), filed->title)
                       .arg(filed->id)
                       .arg(QDir::toNativeSeparators(output), filed->fingerprint.left(16))
                << '\n';
        return Ok;
    }
    const auto result = reports::EfreReport::build(*db, period);
    if (!result) {
        // No report rather than one with lower numbers, and no file.
        return ctx.error(Tr::tr("the report cannot be built: the database could not be read (%1)").arg(result.error()),
            DatabaseProblem);
    }
    const reports::EfreReport& built = *result;
    io::Failure failure = io::Failure::None;
    if (!reports::write(*db, built, output, format, &error, {}, &failure)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out << Tr::tr("EFRE report %1 – %2 written to %3: %n enterprise(s) supported, fingerprint %4.", nullptr,
        int(built.value(u"ENT_SUPPORTED"_s)))
                   .arg(format::date(period.from), format::date(period.to), QDir::toNativeSeparators(output),
                       built.fingerprint().left(16))
            << '\n';
    return Ok;
}

int listFiled(Context& ctx, Database& db)
{
    const auto all = reports::FiledReports(db).list();
    if (all.failed()) {
        return ctx.error(all.error(), DatabaseProblem);
    }
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const reports::FiledReport& f : *all) {
            list.append(QJsonObject{{u"id"_s, f.id}, {u"title"_s, f.title},
                {u"from"_s, f.period.from.toString(Qt::ISODate)}, {u"to"_s, f.period.to.toString(Qt::ISODate)},
                {u"filed_at"_s, f.filedAt.toUTC().toString(Qt::ISODate)}, {u"filed_by"_s, f.filedBy},
                {u"fingerprint"_s, f.fingerprint}});
        }
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (all->isEmpty()) {
        ctx.out << Tr::tr("No report has been filed yet (kmuni report efre … --file-as NAME).") << '\n';
    }
    for (const reports::FiledReport& f : *all) {
        ctx.out << Tr::tr("%1  %2  %3 – %4  filed %5 by %6  %7")
                       .arg(QString::number(f.id).rightJustified(4), f.title, format::date(f.period.from),
                           format::date(f.period.to), format::dateTime(f.filedAt), f.filedBy, f.fingerprint.left(16))
                << '\n';
    }
    return Ok;
}

int changes(Context& ctx, Database& db, const reports::FiledReport& filed)
{
    const auto now = reports::EfreReport::build(db, filed.period);
    if (!now) {
        return ctx.error(Tr::tr("the report cannot be built: the database could not be read (%1)").arg(now.error()),
            DatabaseProblem);
    }
    const auto found = reports::FiledReports(db).changesSince(filed.id, *now);
    if (!found) {
        return ctx.error(found.error(), DatabaseProblem);
    }
    ctx.out << Tr::tr("\"%1\" (%2 – %3), filed %4 by %5:")
                   .arg(filed.title, format::date(filed.period.from), format::date(filed.period.to),
                       format::dateTime(filed.filedAt), filed.filedBy)
            << '\n';
    if (found->isEmpty()) {
        ctx.out << Tr::tr("Nothing changed since: the report of the period states the same.") << '\n';
        return Ok;
    }
    for (const QString& line : reports::describe(*found)) {
        ctx.out << u"  "_s << line << '\n';
    }
    return Ok;
}

int filed(Context& ctx)
{
    const QStringList positional = ctx.parser.positionalArguments();
    int exit = Ok;
    if (positional.size() == 1) {
        auto db = ctx.open(false, &exit);
        return db ? listFiled(ctx, *db) : exit;
    }
    bool ok = false;
    const Id id = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok || id <= 0) {
        return ctx.error(
            Tr::tr("report filed takes the number of a filed report: kmuni report filed 3 -o FILE"), Usage);
    }
    QString output;
    reports::Format format = reports::Format::Pdf;
    const bool showChanges = ctx.parser.isSet(u"changes"_s);
    if (!showChanges && !outputOf(ctx, &output, &format, &exit)) {
        return exit;
    }
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    reports::FiledReports filedReports(*db);
    const auto report = filedReports.find(id);
    if (!report) {
        return report.failed()
            ? ctx.error(report.error(), DatabaseProblem)
            : ctx.error(Tr::tr("there is no filed report %1 (kmuni report filed lists them)").arg(id), BadInput);
    }
    if (showChanges) {
        return changes(ctx, *db, *report);
    }
    const auto bytes = filedReports.bytes(id, format);
    if (!bytes) {
        return ctx.error(bytes.error(), DatabaseProblem);
    }
    QString error;
    io::Failure failure = io::Failure::None;
    if (!io::writePrivateFile(output, *bytes, &error, &failure)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out << Tr::tr("\"%1\" as filed %2 written to %3.")
                   .arg(report->title, format::dateTime(report->filedAt), QDir::toNativeSeparators(output))
            << '\n';
    return Ok;
}

} // namespace

int report(const QStringList& arguments)
{
    Context ctx(u"report"_s,
        Tr::tr("Writes the EFRE funding report for a period (default: the current quarter) as PDF, XLSX or CSV, "
               "files it as handed in, and lists and re-exports the filed reports."));
    ctx.parser.addPositionalArgument(
        u"what"_s, Tr::tr("efre: the report; filed [ID]: the filed reports."), u"efre|filed [ID]"_s);
    ctx.parser.addOption({u"from"_s, Tr::tr("First day of the period, YYYY-MM-DD (with --to)."), Tr::tr("DATE")});
    ctx.parser.addOption({u"to"_s, Tr::tr("Last day of the period, YYYY-MM-DD (with --from)."), Tr::tr("DATE")});
    ctx.parser.addOption({u"project"_s, Tr::tr("The whole approved period of the project.")});
    ctx.parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("The file to write."), Tr::tr("FILE")});
    ctx.parser.addOption(
        {u"format"_s, Tr::tr("pdf, xlsx or csv (default: from the file name's extension)."), Tr::tr("FORMAT")});
    ctx.parser.addOption({u"file-as"_s,
        Tr::tr("Keep the report as handed in under this name (read-only, re-exported byte for byte later)."),
        Tr::tr("NAME")});
    ctx.parser.addOption({u"changes"_s, Tr::tr("With filed ID: what changed in its period since it was filed.")});
    ctx.parser.addOption({u"json"_s, Tr::tr("With filed: the list as JSON.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList positional = ctx.parser.positionalArguments();
    if (positional == QStringList{u"efre"_s}) {
        return efre(ctx);
    }
    if (positional.value(0) == u"filed"_s) {
        return filed(ctx);
    }
    return ctx.error(Tr::tr("report needs which report: kmuni report efre … or kmuni report filed"), Usage);
}

} // namespace kmuni::cli
