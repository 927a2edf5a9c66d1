// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni merge persons|organisations KEEP OTHER [--dry-run] [--json]   OTHER's links move to KEEP, then OTHER goes
// kmuni merge persons|organisations --find [--limit N] [--json]        likely duplicate pairs, with the reason
#include "Cli.h"

#include "db/Database.h"
#include "merge/OrganisationMerge.h"
#include "merge/PersonMerge.h"

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

QJsonObject planJson(const merge::Plan& plan, bool merged)
{
    QJsonArray fields;
    for (const merge::Field& f : plan.fields) {
        if (f.differs()) {
            fields.append(QJsonObject{{u"field"_s, f.key}, {u"label"_s, f.label}, {u"keep"_s, f.keepText},
                {u"other"_s, f.otherText},
                {u"merged"_s, f.defaultSide == merge::Side::Keep ? f.keepText : f.otherText}});
        }
    }
    QJsonObject moves;
    for (const merge::Move& m : plan.moves) {
        moves.insert(m.kind, m.count);
    }
    return {{u"entity"_s, plan.entity}, {u"keep"_s, QJsonObject{{u"id"_s, plan.keepId}, {u"name"_s, plan.keepName}}},
        {u"other"_s, QJsonObject{{u"id"_s, plan.otherId}, {u"name"_s, plan.otherName}}},
        {u"differing_fields"_s, fields}, {u"moves"_s, moves}, {u"notes"_s, QJsonArray::fromStringList(plan.notes)},
        {u"merged"_s, merged}};
}

/** A value on one line, long ones shortened (--json gives them whole). */
QString oneLine(const QString& value)
{
    const QString line = value.simplified();
    return line.size() > 60 ? line.left(59) + u'…' : line;
}

void printPlan(Context& ctx, const merge::Plan& plan, bool merged)
{
    const bool persons = plan.entity == u"person"_s;
    if (merged) {
        ctx.out << (persons ? Tr::tr("Person %1 (%2) was merged into person %3 (%4).")
                            : Tr::tr("Organisation %1 (%2) was merged into organisation %3 (%4)."))
                       .arg(plan.otherId)
                       .arg(plan.otherName)
                       .arg(plan.keepId)
                       .arg(plan.keepName)
                << '\n';
    } else {
        ctx.out << (persons ? Tr::tr("Dry run: person %1 (%2) would be merged into person %3 (%4). Nothing was "
                                     "changed.")
                            : Tr::tr("Dry run: organisation %1 (%2) would be merged into organisation %3 (%4). "
                                     "Nothing was changed."))
                       .arg(plan.otherId)
                       .arg(plan.otherName)
                       .arg(plan.keepId)
                       .arg(plan.keepName)
                << '\n';
    }
    const QList<merge::Field> differing = plan.differing();
    ctx.out << (differing.isEmpty() ? Tr::tr("No field differs.")
                                    : Tr::tr("Fields that differ (KEEP | OTHER → merged):"))
            << '\n';
    for (const merge::Field& f : differing) {
        const QString result = f.defaultSide == merge::Side::Keep ? f.keepText : f.otherText;
        ctx.out << "  " << f.label << ": " << oneLine(f.keepText) << " | " << oneLine(f.otherText) << " → "
                << oneLine(result) << '\n';
    }
    ctx.out << (plan.moves.isEmpty() ? Tr::tr("Nothing is linked to %1.").arg(plan.otherId)
                                     : (merged ? Tr::tr("Moved to %1:") : Tr::tr("Would move to %1:")).arg(plan.keepId))
            << '\n';
    for (const merge::Move& m : plan.moves) {
        ctx.out << "  " << m.label << ": " << m.count << '\n';
    }
    for (const QString& note : plan.notes) {
        ctx.out << note << '\n';
    }
}

int find(Context& ctx, Database& db, bool persons)
{
    bool ok = false;
    const int limit = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0) {
        return ctx.error(Tr::tr("--limit needs a positive number"), Usage);
    }
    const auto pairs = persons ? PersonMerge(db).findDuplicates(limit) : OrganisationMerge(db).findDuplicates(limit);
    if (pairs.failed()) {
        return ctx.error(Tr::tr("the duplicates cannot be looked for: %1").arg(pairs.error()), DatabaseProblem);
    }
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const merge::DuplicatePair& p : *pairs) {
            array.append(QJsonObject{{u"keep"_s, QJsonObject{{u"id"_s, p.keepId}, {u"name"_s, p.keepName}}},
                {u"other"_s, QJsonObject{{u"id"_s, p.otherId}, {u"name"_s, p.otherName}}}, {u"detail"_s, p.detail},
                {u"reasons"_s, QJsonArray::fromStringList(p.reasons)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const merge::DuplicatePair& p : *pairs) {
        ctx.out << p.keepId << '\t' << p.otherId << '\t' << p.keepName << '\t' << p.otherName << '\t'
                << p.reasons.join(u", "_s) << (p.detail.isEmpty() ? QString() : u" ("_s + p.detail + u')') << '\n';
    }
    if (pairs->isEmpty()) {
        ctx.err << (persons ? Tr::tr("No likely duplicate persons.") : Tr::tr("No likely duplicate organisations."))
                << '\n';
    }
    return Ok;
}

int mergePair(Context& ctx, Database& db, bool persons, const QString& keepText, const QString& otherText)
{
    bool keepOk = false;
    bool otherOk = false;
    const Id keep = keepText.toLongLong(&keepOk);
    const Id other = otherText.toLongLong(&otherOk);
    if (!keepOk || !otherOk || keep <= 0 || other <= 0) {
        return ctx.error(Tr::tr("KEEP and OTHER are ids (numbers): \"%1\" \"%2\"").arg(keepText, otherText), BadInput);
    }
    const auto plan = persons ? PersonMerge(db).plan(keep, other) : OrganisationMerge(db).plan(keep, other);
    if (plan.failed()) {
        return ctx.error(Tr::tr("the records cannot be read: %1").arg(plan.error()), DatabaseProblem);
    }
    if (plan->refused()) {
        return ctx.error(plan->refusal, BadInput);
    }
    const bool json = ctx.parser.isSet(u"json"_s);
    if (ctx.parser.isSet(u"dry-run"_s)) {
        if (json) {
            ctx.out << QString::fromUtf8(QJsonDocument(planJson(*plan, false)).toJson(QJsonDocument::Indented));
        } else {
            printPlan(ctx, *plan, false);
        }
        return Ok;
    }
    QString error;
    merge::Outcome outcome = merge::Outcome::Failed;
    const merge::Request request = merge::Request::from(*plan);
    const bool merged = persons ? PersonMerge(db).merge(request, &error, &outcome)
                                : OrganisationMerge(db).merge(request, &error, &outcome);
    if (!merged) {
        return ctx.error(Tr::tr("nothing was merged: %1").arg(error),
            outcome == merge::Outcome::Refused ? BadInput : DatabaseProblem);
    }
    if (json) {
        ctx.out << QString::fromUtf8(QJsonDocument(planJson(*plan, true)).toJson(QJsonDocument::Indented));
    } else {
        printPlan(ctx, *plan, true);
    }
    return Ok;
}

} // namespace

int merge(const QStringList& arguments)
{
    Context ctx(u"merge"_s,
        Tr::tr("Merges duplicates: OTHER's activities, follow-ups, matches (and for organisations their persons, "
               "institutes and staff) and its audit-log history move to KEEP; KEEP keeps its values and takes "
               "OTHER's where it has none; then OTHER is deleted. --find lists likely duplicate pairs."));
    ctx.parser.addPositionalArgument(u"kind"_s, Tr::tr("persons or organisations"), u"persons|organisations"_s);
    ctx.parser.addPositionalArgument(u"keep"_s, Tr::tr("The id of the record that stays."), u"KEEP"_s);
    ctx.parser.addPositionalArgument(u"other"_s, Tr::tr("The id of the record that goes into KEEP."), u"OTHER"_s);
    ctx.parser.addOption({u"dry-run"_s, Tr::tr("Show what would change (fields, links) without changing anything.")});
    ctx.parser.addOption({u"find"_s, Tr::tr("List likely duplicate pairs (KEEP first) with the reason.")});
    ctx.parser.addOption({u"limit"_s, Tr::tr("At most N pairs (--find; default 1000)."), Tr::tr("N"), u"1000"_s});
    ctx.parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList args = ctx.parser.positionalArguments();
    const QString kind = args.value(0);
    if (kind != u"persons"_s && kind != u"organisations"_s) {
        return ctx.error(Tr::tr("merge needs what to merge: kmuni merge persons|organisations KEEP OTHER [--dry-run] "
                                "or kmuni merge persons|organisations --find"),
            Usage);
    }
    const bool finding = ctx.parser.isSet(u"find"_s);
    if (finding ? args.size() != 1 : args.size() != 3) {
        return ctx.error(finding ? Tr::tr("--find takes no ids")
                                 : Tr::tr("merge %1 needs two ids: KEEP (stays) and OTHER (goes)").arg(kind),
            Usage);
    }
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    const bool persons = kind == u"persons"_s;
    return finding ? find(ctx, *db, persons) : mergePair(ctx, *db, persons, args.at(1), args.at(2));
}

} // namespace kmuni::cli
