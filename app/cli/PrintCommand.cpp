// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni print contact-sheet (--organisation ID | --pilot | --all) -o FILE.pdf
// kmuni print participants --event ID -o FILE.pdf
#include "Cli.h"

#include "db/Database.h"
#include "io/ContactSheet.h"
#include "organisations/OrganisationRepository.h"
#include "reports/ParticipantList.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

// The participants list (Teilnehmerliste) of one activity.
int printParticipants(Context& ctx)
{
    if (!ctx.parser.isSet(u"event"_s)) {
        return ctx.error(Tr::tr("choose the activity with --event ID"), Usage);
    }
    int exit = Ok;
    const auto output = ctx.outputFile(Tr::tr("-o FILE.pdf is required"), &exit, u"pdf"_s);
    if (!output) {
        return exit;
    }
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    bool ok = false;
    const Id id = ctx.parser.value(u"event"_s).toLongLong(&ok);
    QString error;
    if (!ok) {
        return ctx.error(Tr::tr("there is no activity with the id \"%1\"").arg(ctx.parser.value(u"event"_s)), BadInput);
    }
    io::Failure failure = io::Failure::None;
    if (!participantlist::writePdf(*db, id, *output, &error, &failure)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out << Tr::tr("Participants list written to %1.").arg(QDir::toNativeSeparators(*output)) << '\n';
    return Ok;
}

} // namespace

int print(const QStringList& arguments)
{
    Context ctx(u"print"_s,
        Tr::tr("Prints contact sheets (one organisation per page or more) or the participants list of an activity "
               "into a PDF file (A4)."));
    ctx.parser.addPositionalArgument(
        u"what"_s, Tr::tr("What to print: contact-sheet or participants."), u"contact-sheet|participants"_s);
    ctx.parser.addOption({u"event"_s, Tr::tr("The activity with this id (participants)."), Tr::tr("ID")});
    ctx.parser.addOption({u"organisation"_s, Tr::tr("The organisation with this id."), Tr::tr("ID")});
    ctx.parser.addOption({u"pilot"_s, Tr::tr("All pilot companies.")});
    ctx.parser.addOption({u"all"_s, Tr::tr("All active organisations.")});
    ctx.parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("The PDF file to write."), Tr::tr("FILE")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList what = ctx.parser.positionalArguments();
    if (what == QStringList{u"participants"_s}) {
        return printParticipants(ctx);
    }
    if (what != QStringList{u"contact-sheet"_s}) {
        return ctx.error(
            Tr::tr("print needs what to print: kmuni print contact-sheet … or kmuni print participants …"), Usage);
    }
    const int choices = int(ctx.parser.isSet(u"organisation"_s)) + int(ctx.parser.isSet(u"pilot"_s))
        + int(ctx.parser.isSet(u"all"_s));
    if (choices != 1) {
        return ctx.error(Tr::tr("choose one of --organisation ID, --pilot or --all"), Usage);
    }
    const auto output = ctx.outputFile(Tr::tr("-o FILE.pdf is required"), &exit, u"pdf"_s);
    if (!output) {
        return exit;
    }
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    QList<Id> ids;
    if (ctx.parser.isSet(u"organisation"_s)) {
        bool ok = false;
        const Id id = ctx.parser.value(u"organisation"_s).toLongLong(&ok);
        const auto organisation = ok ? OrganisationRepository(*db).find(id) : Result<Organisation>();
        if (organisation.failed()) {
            return ctx.error(organisation.error(), DatabaseProblem);
        }
        if (!organisation) {
            return ctx.error(
                Tr::tr("there is no organisation with the id \"%1\"").arg(ctx.parser.value(u"organisation"_s)),
                BadInput);
        }
        ids << id;
    } else {
        const auto chosen
            = ctx.parser.isSet(u"pilot"_s) ? contactsheet::pilotCompanies(*db) : contactsheet::allOrganisations(*db);
        if (chosen.failed()) {
            return ctx.error(chosen.error(), DatabaseProblem);
        }
        ids = *chosen;
    }
    QString error;
    io::Failure failure = io::Failure::None;
    if (!contactsheet::writePdf(*db, ids, *output, &error, {}, &failure)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out
        << Tr::tr("%n contact sheet(s) written to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(*output))
        << '\n';
    return Ok;
}

} // namespace kmuni::cli
