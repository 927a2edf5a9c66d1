// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni match list [--stage S] [--type T] [--json]
// kmuni match move ID --stage S [--on YYYY-MM-DD]
// kmuni match suggest --organisation ID [--limit N] [--json]
#include "Cli.h"

#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "matches/MatchRepository.h"
#include "matches/Suggestions.h"
#include "organisations/OrganisationRepository.h"

#include <QCoreApplication>
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

/** "--stage S": a stage code (proposed, …) or, for people, its German or English label. */
QString stageCode(const QString& text)
{
    for (const QString& code : vocab::codes(vocab::List::MatchStage)) {
        if (text.compare(code, Qt::CaseInsensitive) == 0
            || text.compare(vocab::label(vocab::List::MatchStage, code), Qt::CaseInsensitive) == 0) {
            return code;
        }
    }
    return {};
}

QString typeCode(const QString& text)
{
    for (const QString& code : vocab::codes(vocab::List::MatchType)) {
        if (text.compare(code, Qt::CaseInsensitive) == 0
            || text.compare(vocab::label(vocab::List::MatchType, code), Qt::CaseInsensitive) == 0) {
            return code;
        }
    }
    return {};
}

QJsonObject toJson(const Match& m)
{
    QJsonArray history;
    for (const MatchStageChange& c : m.history) {
        history.append(QJsonObject{{u"stage"_s, c.stage}, {u"reached_on"_s, time::dateToStorage(c.reachedOn)}});
    }
    QJsonObject o{{u"id"_s, m.id}, {u"uuid"_s, m.uuid}, {u"company_id"_s, m.companyId}, {u"company"_s, m.companyName},
        {u"university_id"_s, m.universityId}, {u"university"_s, m.universityName}, {u"type"_s, m.type},
        {u"stage"_s, m.stage}, {u"title"_s, m.title}, {u"started_on"_s, time::dateToStorage(m.startedOn)},
        {u"stage_changed_on"_s, time::dateToStorage(m.stageChangedOn)}, {u"graduates_hired"_s, m.graduatesHired},
        {u"staff"_s, m.staffName}};
    if (!m.history.isEmpty()) {
        o.insert(u"history"_s, history);
    }
    return o;
}

int list(Context& ctx)
{
    MatchFilter filter;
    if (ctx.parser.isSet(u"stage"_s)) {
        filter.stage = stageCode(ctx.parser.value(u"stage"_s));
        if (filter.stage.isEmpty()) {
            return ctx.error(
                Tr::tr("unknown stage \"%1\" (one of %2)")
                    .arg(ctx.parser.value(u"stage"_s), vocab::codes(vocab::List::MatchStage).join(u", "_s)),
                BadInput);
        }
    }
    if (ctx.parser.isSet(u"type"_s)) {
        filter.type = typeCode(ctx.parser.value(u"type"_s));
        if (filter.type.isEmpty()) {
            return ctx.error(Tr::tr("unknown match type \"%1\" (one of %2)")
                                 .arg(ctx.parser.value(u"type"_s), vocab::codes(vocab::List::MatchType).join(u", "_s)),
                BadInput);
        }
    }
    int exit = Ok;
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    const auto matches = MatchRepository(*db).list(filter);
    if (matches.failed()) {
        return ctx.error(Tr::tr("the matches cannot be read: %1").arg(matches.error()), DatabaseProblem);
    }
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Match& m : *matches) {
            array.append(toJson(m));
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const Match& m : *matches) {
        ctx.out << m.id << '\t' << format::date(m.stageChangedOn) << '\t'
                << vocab::label(vocab::List::MatchStage, m.stage) << '\t'
                << vocab::label(vocab::List::MatchType, m.type) << '\t' << m.companyName << u" – "_s << m.universityName
                << (m.title.isEmpty() ? QString() : u" · "_s + m.title) << '\n';
    }
    if (matches->isEmpty()) {
        ctx.err << Tr::tr("No matches.") << '\n';
    }
    return Ok;
}

int move(Context& ctx, const QString& idText)
{
    bool ok = false;
    const Id id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        return ctx.error(Tr::tr("\"%1\" is not a match id").arg(idText), BadInput);
    }
    if (!ctx.parser.isSet(u"stage"_s)) {
        return ctx.error(Tr::tr("match move needs --stage STAGE"), Usage);
    }
    const QString stage = stageCode(ctx.parser.value(u"stage"_s));
    if (stage.isEmpty()) {
        return ctx.error(Tr::tr("unknown stage \"%1\" (one of %2)")
                             .arg(ctx.parser.value(u"stage"_s), vocab::codes(vocab::List::MatchStage).join(u", "_s)),
            BadInput);
    }
    QDate on = time::today();
    if (ctx.parser.isSet(u"on"_s)) {
        on = QDate::fromString(ctx.parser.value(u"on"_s), Qt::ISODate);
        if (!on.isValid()) {
            return ctx.error(Tr::tr("--on \"%1\" is not a date (YYYY-MM-DD)").arg(ctx.parser.value(u"on"_s)), BadInput);
        }
        if (on > time::today()) {
            return ctx.error(Tr::tr("a stage cannot be reached in the future (%1)").arg(format::date(on)), BadInput);
        }
    }
    int exit = Ok;
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    MatchRepository repository(*db);
    const auto before = repository.find(id);
    if (before.failed()) {
        return ctx.error(Tr::tr("the match cannot be read: %1").arg(before.error()), DatabaseProblem);
    }
    if (!before) {
        return ctx.error(Tr::tr("there is no match with the id %1").arg(id), BadInput);
    }
    // The dates are checked here too, so that what is left to fail is the database's (exit 3).
    if (on < before->startedOn) {
        return ctx.error(
            Tr::tr("the match started on %1; a stage cannot be reached before").arg(format::date(before->startedOn)),
            BadInput);
    }
    if (stage != before->stage && on < before->stageChangedOn) {
        return ctx.error(Tr::tr("the current stage was reached on %1; the next cannot be reached before")
                             .arg(format::date(before->stageChangedOn)),
            BadInput);
    }
    if (stage == before->stage) {
        ctx.out << Tr::tr("Match %1 (%2 – %3) is %4 since %5 already; nothing was changed.")
                       .arg(id)
                       .arg(before->companyName, before->universityName, vocab::label(vocab::List::MatchStage, stage),
                           format::date(before->stageChangedOn))
                << '\n';
        return Ok;
    }
    QString error;
    if (!repository.moveStage(id, stage, on, &error)) {
        return ctx.error(error, DatabaseProblem);
    }
    ctx.out << Tr::tr("Match %1 (%2 – %3): %4 since %5.")
                   .arg(id)
                   .arg(before->companyName, before->universityName, vocab::label(vocab::List::MatchStage, stage),
                       format::date(on))
            << '\n';
    return Ok;
}

int suggest(Context& ctx)
{
    bool ok = false;
    const Id id = ctx.parser.value(u"organisation"_s).toLongLong(&ok);
    if (!ctx.parser.isSet(u"organisation"_s)) {
        return ctx.error(Tr::tr("match suggest needs --organisation ID"), Usage);
    }
    if (!ok || id <= 0) {
        return ctx.error(Tr::tr("\"%1\" is not an organisation id").arg(ctx.parser.value(u"organisation"_s)), BadInput);
    }
    const int limit = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0) {
        return ctx.error(Tr::tr("--limit needs a positive number"), Usage);
    }
    int exit = Ok;
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    const auto organisation = OrganisationRepository(*db).find(id);
    if (organisation.failed()) {
        return ctx.error(organisation.error(), DatabaseProblem);
    }
    if (!organisation) {
        return ctx.error(Tr::tr("there is no organisation with the id %1").arg(id), BadInput);
    }
    if (organisation->kind == u"partner"_s) {
        return ctx.error(Tr::tr("%1 is a network partner; suggestions are for companies, universities and institutes")
                             .arg(organisation->name),
            BadInput);
    }
    const auto suggestions = Suggestions(*db).forOrganisation(id, limit);
    if (suggestions.failed()) {
        return ctx.error(Tr::tr("the suggestions cannot be read: %1").arg(suggestions.error()), DatabaseProblem);
    }
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Suggestion& s : *suggestions) {
            array.append(QJsonObject{{u"organisation_id"_s, s.organisationId}, {u"name"_s, s.name}, {u"kind"_s, s.kind},
                {u"city"_s, s.city}, {u"score"_s, s.score},
                {u"shared_topics"_s, QJsonArray::fromStringList(s.sharedTopics)},
                {u"types"_s, QJsonArray::fromStringList(s.types)}, {u"past_matches"_s, s.pastMatches},
                {u"reasons"_s, QJsonArray::fromStringList(s.reasons)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out << Tr::tr("Suggestions for %1:").arg(organisation->name) << '\n';
    int rank = 0;
    for (const Suggestion& s : *suggestions) {
        ctx.out << ++rank << ". " << s.name << (s.city.isEmpty() ? QString() : u" ("_s + s.city + u')') << '\n';
        for (const QString& reason : s.reasons) {
            ctx.out << "   – " << reason << '\n';
        }
    }
    if (suggestions->isEmpty()) {
        ctx.out << Tr::tr("None: record what the organisation looks for or offers (topics and match types).") << '\n';
    }
    return Ok;
}

} // namespace

int match(const QStringList& arguments)
{
    Context ctx(u"match"_s,
        Tr::tr("Lists matches, moves a match to another stage (with the date it was reached) and suggests "
               "partners for an organisation."));
    ctx.parser.addPositionalArgument(u"action"_s, Tr::tr("list, move ID or suggest"), u"list|move ID|suggest"_s);
    ctx.parser.addOption(
        {u"organisation"_s, Tr::tr("The organisation to suggest partners for (suggest)."), Tr::tr("ID")});
    ctx.parser.addOption({u"limit"_s, Tr::tr("At most N suggestions (default 10)."), Tr::tr("N"), u"10"_s});
    ctx.parser.addOption(
        {u"stage"_s, Tr::tr("A stage: %1.").arg(vocab::codes(vocab::List::MatchStage).join(u", "_s)), Tr::tr("STAGE")});
    ctx.parser.addOption(
        {u"type"_s, Tr::tr("A type: %1.").arg(vocab::codes(vocab::List::MatchType).join(u", "_s)), Tr::tr("TYPE")});
    ctx.parser.addOption({u"on"_s, Tr::tr("The day the stage was reached (default today)."), Tr::tr("YYYY-MM-DD")});
    ctx.parser.addOption({u"json"_s, Tr::tr("Print the matches as JSON.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList action = ctx.parser.positionalArguments();
    if (action == QStringList{u"list"_s}) {
        return list(ctx);
    }
    if (action.size() == 2 && action.first() == u"move"_s) {
        return move(ctx, action.at(1));
    }
    if (action == QStringList{u"suggest"_s}) {
        return suggest(ctx);
    }
    return ctx.error(Tr::tr("match needs what to do: kmuni match list …, kmuni match move ID --stage STAGE or kmuni "
                            "match suggest --organisation ID"),
        Usage);
}

} // namespace kmuni::cli
