// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni import persons|organisations|events FILE [--format csv|vcard|ics] [--encoding
// auto|utf-8|windows-1252|mac-roman]
// [--dry-run]
#include "Cli.h"

#include "db/Database.h"
#include "io/OrganisationImport.h"
#include "io/PersonImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

// The format the file's name says, when none is given.
QString formatOf(const QString& file, const QString& given)
{
    if (!given.isEmpty()) {
        return given;
    }
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == u"vcf"_s || suffix == u"vcard"_s) {
        return u"vcard"_s;
    }
    if (suffix == u"ics"_s || suffix == u"ical"_s || suffix == u"ifb"_s) {
        return u"ics"_s;
    }
    return suffix == u"xlsx"_s ? u"xlsx"_s : u"csv"_s;
}

// The report: rejected rows to stderr (exit 2), else counts and, for a trial run, the columns.
int finish(Context& ctx, const ImportReport& report, bool dryRun)
{
    if (!report.error.isEmpty()) {
        return ctx.error(report.error, report.databaseFailed ? DatabaseProblem : BadInput);
    }
    if (!report.rejected.isEmpty()) {
        ctx.err << report.describe() << '\n';
        return BadInput;
    }
    ctx.out << report.describe() << '\n';
    if (dryRun) {
        // The mapping, so that a trial run shows how every column would be read.
        ctx.out << Tr::tr("Columns:") << '\n';
        for (const QString& line : report.describeColumns()) {
            ctx.out << "  " << line << '\n';
        }
    }
    return Ok;
}

// The file's bytes and the database to import into; null with *exit set when either fails.
std::unique_ptr<Database> readAndOpen(Context& ctx, const QString& path, QByteArray* bytes, int* exit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exit = ctx.error(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()), BadInput);
        return nullptr;
    }
    *bytes = file.readAll();
    return ctx.open(false, exit);
}

int importPersons(Context& ctx, const QString& path, const QString& format, csv::Encoding encoding)
{
    // The file is read by the import a chunk at a time: a CSV file of a city's contacts is not held.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.error(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()), BadInput);
    }
    int exit = Ok;
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    PersonImport::Options options;
    options.encoding = encoding;
    options.dryRun = ctx.parser.isSet(u"dry-run"_s);
    options.source = QFileInfo(path).fileName();
    options.format = format == u"vcard"_s ? PersonImport::Format::VCard : PersonImport::Format::Csv;
    return finish(ctx, PersonImport(*db).run(file, options), options.dryRun);
}

int importOrganisations(Context& ctx, const QString& path, csv::Encoding encoding)
{
    QByteArray bytes;
    int exit = Ok;
    auto db = readAndOpen(ctx, path, &bytes, &exit);
    if (!db) {
        return exit;
    }
    OrganisationImport::Options options;
    options.encoding = encoding;
    options.dryRun = ctx.parser.isSet(u"dry-run"_s);
    options.source = QFileInfo(path).fileName();
    return finish(ctx, OrganisationImport(*db).run(bytes, options), options.dryRun);
}

} // namespace

int import(const QStringList& arguments)
{
    Context ctx(u"import"_s,
        Tr::tr("Imports contact persons from a CSV or vCard file, organisations from a CSV file, or activities "
               "from an iCalendar file: all rows or none. What was imported before is updated, not added again. "
               "Every rejected row is reported with its line number, every column not taken over by its name."));
    ctx.parser.addPositionalArgument(
        u"what"_s, Tr::tr("What to import: persons, organisations or events."), u"persons|organisations|events"_s);
    ctx.parser.addPositionalArgument(u"file"_s,
        Tr::tr("The file: CSV (German Excel, RFC 4180, Outlook, Google, …), vCard or iCalendar."), Tr::tr("FILE"));
    ctx.parser.addOption({u"format"_s,
        Tr::tr("The file format: csv or xlsx (persons, organisations), vcard (persons) or ics (events); by "
               "default the file name's suffix decides."),
        Tr::tr("FORMAT")});
    ctx.parser.addOption({u"encoding"_s,
        Tr::tr("CSV: auto (default), utf-8, windows-1252 or mac-roman (Excel for Mac's \"CSV (Macintosh)\")."),
        Tr::tr("ENCODING"), u"auto"_s});
    ctx.parser.addOption(
        {u"dry-run"_s, Tr::tr("Check the file and report what would change, without changing anything.")});
    addImportEventsOptions(ctx.parser);
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 2) {
        return ctx.error(Tr::tr("import needs what to import and a file: kmuni import persons FILE"), Usage);
    }
    const QString format = formatOf(args[1], ctx.parser.value(u"format"_s));
    if (args[0] == u"events"_s || args[0] == u"activities"_s) {
        if (format != u"ics"_s) {
            return ctx.error(Tr::tr("events are imported from iCalendar files (--format ics)"), Usage);
        }
        return importEvents(ctx, args[1], ctx.parser.isSet(u"dry-run"_s));
    }
    const QString encodingName = ctx.parser.value(u"encoding"_s);
    csv::Encoding encoding = csv::Encoding::Auto;
    if (encodingName == u"utf-8"_s) {
        encoding = csv::Encoding::Utf8;
    } else if (encodingName == u"windows-1252"_s) {
        encoding = csv::Encoding::Windows1252;
    } else if (encodingName == u"mac-roman"_s) {
        encoding = csv::Encoding::MacRoman;
    } else if (encodingName != u"auto"_s) {
        return ctx.error(Tr::tr("unknown encoding \"%1\"").arg(encodingName), Usage);
    }
    if (args[0] == u"organisations"_s) {
        if (format != u"csv"_s && format != u"xlsx"_s) {
            return ctx.error(Tr::tr("organisations are imported from csv or xlsx files"), Usage);
        }
        return importOrganisations(ctx, args[1], encoding);
    }
    if (args[0] != u"persons"_s) {
        return ctx.error(
            Tr::tr("\"%1\" cannot be imported: import persons, organisations or events.").arg(args[0]), Usage);
    }
    if (format != u"csv"_s && format != u"xlsx"_s && format != u"vcard"_s) {
        return ctx.error(
            Tr::tr("unknown format \"%1\"; persons are imported from csv, xlsx or vcard").arg(format), Usage);
    }
    return importPersons(ctx, args[1], format, encoding);
}

} // namespace kmuni::cli
