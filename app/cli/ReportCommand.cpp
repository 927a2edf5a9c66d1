// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni report efre [--from D --to D | --project] -o FILE [--format pdf|xlsx|csv]
#include "Cli.h"

#include "common/Format.h"
#include "common/Time.h"
#include "db/Database.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};
} // namespace

int report(const QStringList& arguments)
{
    Context ctx(u"report"_s,
        Tr::tr("Writes the EFRE funding report for a period (default: the current quarter) as PDF, XLSX or CSV."));
    ctx.parser.addPositionalArgument(u"what"_s, Tr::tr("Which report: efre."), u"efre"_s);
    ctx.parser.addOption({u"from"_s, Tr::tr("First day of the period, YYYY-MM-DD."), Tr::tr("DATE")});
    ctx.parser.addOption({u"to"_s, Tr::tr("Last day of the period, YYYY-MM-DD."), Tr::tr("DATE")});
    ctx.parser.addOption({u"project"_s, Tr::tr("The whole approved period of the project.")});
    ctx.parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("The file to write."), Tr::tr("FILE")});
    ctx.parser.addOption(
        {u"format"_s, Tr::tr("pdf, xlsx or csv (default: from the file name's extension)."), Tr::tr("FORMAT")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    if (ctx.parser.positionalArguments() != QStringList{u"efre"_s}) {
        return ctx.error(Tr::tr("report needs which report: kmuni report efre …"), Usage);
    }
    if (!ctx.parser.isSet(u"output"_s)) {
        return ctx.error(Tr::tr("-o FILE is required"), Usage);
    }
    const QString output = ctx.parser.value(u"output"_s);
    reports::Format format = reports::Format::Pdf;
    const QString formatName
        = ctx.parser.isSet(u"format"_s) ? ctx.parser.value(u"format"_s) : QFileInfo(output).suffix();
    if (!reports::formatFromName(formatName, &format)) {
        return ctx.error(Tr::tr("unknown format \"%1\": use pdf, xlsx or csv").arg(formatName), Usage);
    }
    if (ctx.parser.isSet(u"project"_s) && (ctx.parser.isSet(u"from"_s) || ctx.parser.isSet(u"to"_s))) {
        return ctx.error(Tr::tr("give either --project or --from and --to"), Usage);
    }
    reports::Period period = reports::Period::quarterOf(time::today());
    for (const QString& name : {u"from"_s, u"to"_s}) {
        if (!ctx.parser.isSet(name)) {
            continue;
        }
        const QDate date = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
        if (!date.isValid()) {
            return ctx.error(
                Tr::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(name, ctx.parser.value(name)), BadInput);
        }
        (name == u"from"_s ? period.from : period.to) = date;
    }
    if (!period.isValid()) {
        return ctx.error(Tr::tr("the period ends (%1) before it starts (%2)")
                             .arg(format::date(period.to), format::date(period.from)),
            BadInput);
    }
    if (!QFileInfo(QFileInfo(output).absolutePath()).isDir()) {
        return ctx.error(Tr::tr("the folder of %1 does not exist").arg(QDir::toNativeSeparators(output)), BadInput);
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
        const ProjectSettings& project = *loaded;
        if (!project.hasApprovedPeriod()) {
            return ctx.error(
                Tr::tr("the project has no approved period yet (Extras → Project and funding in the window)"),
                BadInput);
        }
        period = {project.approvedFrom, project.approvedTo};
    }
    const auto result = reports::EfreReport::build(*db, period);
    if (!result) {
        // No report rather than one with lower numbers, and no file.
        return ctx.error(Tr::tr("the report cannot be built: the database could not be read (%1)").arg(result.error()),
            DatabaseProblem);
    }
    const reports::EfreReport& built = *result;
    QString error;
    bool databaseFailed = false;
    if (!reports::write(*db, built, output, format, &error, {}, &databaseFailed)) {
        return ctx.error(error, databaseFailed ? DatabaseProblem : BadInput);
    }
    ctx.out << Tr::tr("EFRE report %1 – %2 written to %3: %n enterprise(s) supported, fingerprint %4.", nullptr,
        int(built.value(u"ENT_SUPPORTED"_s)))
                   .arg(format::date(period.from), format::date(period.to), QDir::toNativeSeparators(output),
                       built.fingerprint().left(16))
            << '\n';
    return Ok;
}

} // namespace kmuni::cli
