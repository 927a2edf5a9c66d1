// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni import persons FILE [--format csv] [--encoding auto|utf-8|windows-1252] [--dry-run]
#include "Cli.h"

#include "db/Database.h"
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
} // namespace

int import(const QStringList& arguments)
{
    Context ctx(u"import"_s,
        Tr::tr("Imports contact persons from a CSV file: all rows or none. Every rejected row is "
               "reported with its line number."));
    ctx.parser.addPositionalArgument(u"what"_s, Tr::tr("What to import: persons."), u"persons"_s);
    ctx.parser.addPositionalArgument(u"file"_s, Tr::tr("The CSV file (German Excel or RFC 4180)."), Tr::tr("FILE"));
    ctx.parser.addOption({u"format"_s, Tr::tr("The file format: csv."), Tr::tr("FORMAT"), u"csv"_s});
    ctx.parser.addOption(
        {u"encoding"_s, Tr::tr("auto (default), utf-8 or windows-1252."), Tr::tr("ENCODING"), u"auto"_s});
    ctx.parser.addOption(
        {u"dry-run"_s, Tr::tr("Check the file and report what would change, without changing anything.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList args = ctx.parser.positionalArguments();
    if (args.size() != 2) {
        return ctx.error(Tr::tr("import needs what to import and a file: kmuni import persons FILE"), Usage);
    }
    if (args[0] != u"persons"_s) {
        return ctx.error(Tr::tr("\"%1\" cannot be imported; this version imports persons.").arg(args[0]), Usage);
    }
    if (ctx.parser.value(u"format"_s) != u"csv"_s) {
        return ctx.error(
            Tr::tr("unknown format \"%1\"; persons are imported from csv").arg(ctx.parser.value(u"format"_s)), Usage);
    }
    const QString encodingName = ctx.parser.value(u"encoding"_s);
    csv::Encoding encoding = csv::Encoding::Auto;
    if (encodingName == u"utf-8"_s) {
        encoding = csv::Encoding::Utf8;
    } else if (encodingName == u"windows-1252"_s) {
        encoding = csv::Encoding::Windows1252;
    } else if (encodingName != u"auto"_s) {
        return ctx.error(Tr::tr("unknown encoding \"%1\"").arg(encodingName), Usage);
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.error(Tr::tr("%1 cannot be read: %2").arg(args[1], file.errorString()), BadInput);
    }
    const QByteArray bytes = file.readAll();
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    PersonImport::Options options;
    options.encoding = encoding;
    options.dryRun = ctx.parser.isSet(u"dry-run"_s);
    options.source = QFileInfo(args[1]).fileName();
    const ImportReport report = PersonImport(*db).run(bytes, options);
    if (!report.error.isEmpty()) {
        return ctx.error(report.error, report.databaseFailed ? DatabaseProblem : BadInput);
    }
    if (!report.rejected.isEmpty()) {
        ctx.err << report.describe() << '\n';
        return BadInput;
    }
    ctx.out << report.describe() << '\n';
    return Ok;
}

} // namespace kmuni::cli
