// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni export organisations|persons|activities|follow-ups|matches -o FILE [--format csv|xlsx|vcard|ics]
//              [--from D] [--to D] [--dialect excel-de|rfc4180]
#include "Cli.h"

#include "db/Database.h"
#include "io/ListExport.h"
#include "io/PersonVCard.h"
#include "io/PrivateFile.h"

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

/** The date of option @p name (YYYY-MM-DD), invalid when not given; false with the exit code set. */
bool dateOf(Context& ctx, const QString& name, QDate* date, int* exit)
{
    if (!ctx.parser.isSet(name)) {
        return true;
    }
    *date = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
    if (!date->isValid()) {
        *exit = ctx.error(Tr::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(name, ctx.parser.value(name)), BadInput);
        return false;
    }
    return true;
}

/** What the command line asks for: the list and its rows, the file and its format. */
struct Request
{
    exports::Selection selection;
    exports::Options options;
    QString output;
    bool vcard = false;
    bool ics = false;
};

/** Declares the command's list argument and its options. */
void addOptions(Context& ctx)
{
    ctx.parser.addPositionalArgument(
        u"list"_s, Tr::tr("The list to export."), u"organisations|persons|activities|follow-ups|matches"_s);
    ctx.parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("The file to write."), Tr::tr("FILE")});
    ctx.parser.addOption({u"format"_s,
        Tr::tr("csv, xlsx, vcard (persons) or ics (activities); default: from the file name's extension."),
        Tr::tr("FORMAT")});
    ctx.parser.addOption({u"dialect"_s,
        Tr::tr("CSV: excel-de (';', UTF-8 with BOM, DD.MM.YYYY, decimal comma; the default) or rfc4180 (',', ISO "
               "dates, decimal point)."),
        Tr::tr("DIALECT")});
    ctx.parser.addOption(
        {u"vcard-version"_s, Tr::tr("vCard: 4.0 (RFC 6350, the default) or 3.0 (RFC 2426)."), Tr::tr("VERSION")});
    ctx.parser.addOption({u"from"_s,
        Tr::tr("Activities, follow-ups (due) and matches (started) from this day on, YYYY-MM-DD."), Tr::tr("DATE")});
    ctx.parser.addOption({u"to"_s, Tr::tr("… up to this day, YYYY-MM-DD."), Tr::tr("DATE")});
}

/** The list named by the one positional argument; false with the exit code set. */
bool listOf(Context& ctx, exports::List* list, int* exit)
{
    const QStringList positional = ctx.parser.positionalArguments();
    if (positional.size() != 1 || !exports::listFromName(positional.first(), list)) {
        *exit = ctx.error(positional.isEmpty()
                ? Tr::tr("export needs a list: organisations, persons, activities, follow-ups or matches")
                : Tr::tr("unknown list \"%1\": use organisations, persons, activities, follow-ups or matches")
                      .arg(positional.join(u' ')),
            Usage);
        return false;
    }
    return true;
}

/**
 * The file (-o) and its format (--format, else the file's extension), which must suit the list of
 * @p r; false with the exit code set.
 */
bool fileOf(Context& ctx, Request* r, int* exit)
{
    if (!ctx.parser.isSet(u"output"_s)) {
        *exit = ctx.error(Tr::tr("-o FILE is required"), Usage);
        return false;
    }
    r->output = ctx.parser.value(u"output"_s);
    const QString formatName
        = (ctx.parser.isSet(u"format"_s) ? ctx.parser.value(u"format"_s) : QFileInfo(r->output).suffix()).toLower();
    r->vcard = formatName == u"vcard"_s || formatName == u"vcf"_s;
    r->ics = formatName == u"ics"_s || formatName == u"ical"_s;
    if (!r->vcard && !r->ics && !exports::formatFromName(formatName, &r->options.format)) {
        *exit = ctx.error(Tr::tr("unknown format \"%1\": use csv, xlsx, vcard (persons) or ics (activities)")
                              .arg(formatName.isEmpty() ? QFileInfo(r->output).fileName() : formatName),
            Usage);
        return false;
    }
    if (r->vcard && r->selection.list != exports::List::Persons) {
        *exit = ctx.error(Tr::tr("vCard is for persons: kmuni export persons -o FILE.vcf"), Usage);
        return false;
    }
    if (r->ics && r->selection.list != exports::List::Activities) {
        *exit = ctx.error(Tr::tr("iCalendar is for activities: kmuni export activities -o FILE.ics"), Usage);
        return false;
    }
    return true;
}

/** The CSV dialect of --dialect, left as it is when not given; false with the exit code set. */
bool dialectOf(Context& ctx, csv::Dialect* dialect, int* exit)
{
    if (!ctx.parser.isSet(u"dialect"_s)) {
        return true;
    }
    const QString name = ctx.parser.value(u"dialect"_s).trimmed().toLower();
    if (name == u"excel-de"_s) {
        *dialect = csv::Dialect::ExcelGerman;
    } else if (name == u"rfc4180"_s) {
        *dialect = csv::Dialect::Rfc4180;
    } else {
        *exit = ctx.error(Tr::tr("unknown dialect \"%1\": use excel-de or rfc4180").arg(name), Usage);
        return false;
    }
    return true;
}

/** The period of --from and --to, for the lists that have one; false with the exit code set. */
bool periodOf(Context& ctx, exports::List list, QDate* from, QDate* to, int* exit)
{
    if (!dateOf(ctx, u"from"_s, from, exit) || !dateOf(ctx, u"to"_s, to, exit)) {
        return false;
    }
    if (from->isValid() && to->isValid() && *to < *from) {
        *exit = ctx.error(Tr::tr("the period ends (%1) before it starts (%2)")
                              .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)),
            BadInput);
        return false;
    }
    if ((from->isValid() || to->isValid())
        && (list == exports::List::Organisations || list == exports::List::Persons)) {
        *exit = ctx.error(Tr::tr("--from and --to are for activities, follow-ups and matches"), Usage);
        return false;
    }
    return true;
}

/** Writes the file @p r asks for from @p db and says how many rows it has; @return the exit code. */
int writeFile(Context& ctx, Database& db, const Request& r)
{
    if (r.ics) {
        return exportEventsIcs(ctx, db, r.selection.activities, r.output);
    }
    QString error;
    io::Failure failure = io::Failure::None;
    int rows = 0;
    if (r.vcard) {
        const QString version = ctx.parser.value(u"vcard-version"_s);
        if (!version.isEmpty() && version != u"3.0"_s && version != u"4.0"_s) {
            return ctx.error(Tr::tr("unknown vCard version \"%1\": use 4.0 or 3.0").arg(version), Usage);
        }
        if (!exports::writeVCards(db, r.selection.persons, r.output,
                version == u"3.0"_s ? vcard::Version::V30 : vcard::Version::V40, &error, &failure, &rows)) {
            return ctx.error(error, exitFor(failure));
        }
        ctx.out << Tr::tr("%n vCard(s) written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(r.output)) << '\n';
        return Ok;
    }
    if (!exports::write(db, r.selection, r.output, r.options, &error, {}, &failure, &rows)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out << Tr::tr("%n row(s) written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(r.output)) << '\n';
    return Ok;
}

} // namespace

int exportList(const QStringList& arguments)
{
    Context ctx(u"export"_s,
        Tr::tr("Exports a list (all rows, or those of a period) as CSV (German Excel or RFC 4180) or XLSX; persons "
               "also as vCard, activities as iCalendar."));
    addOptions(ctx);
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    Request r;
    QDate from;
    QDate to;
    if (!listOf(ctx, &r.selection.list, &exit) || !fileOf(ctx, &r, &exit) || !dialectOf(ctx, &r.options.dialect, &exit)
        || !periodOf(ctx, r.selection.list, &from, &to, &exit)) {
        return exit;
    }
    if (!ctx.folderExists(r.output, &exit)) {
        return exit;
    }

    // Every row of the list: archived organisations and persons stay out as in the window's
    // default; every follow-up and every match, open or closed.
    r.selection.activities.from = from;
    r.selection.activities.to = to;
    r.selection.followUps.openOnly = false;
    r.selection.from = from;
    r.selection.to = to;

    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    return writeFile(ctx, *db, r);
}

} // namespace kmuni::cli
