// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni search TEXT [--limit N] [--json]
#include "Cli.h"

#include "db/Database.h"
#include "search/Search.h"

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

} // namespace

int search(const QStringList& arguments)
{
    Context ctx(u"search"_s,
        Tr::tr("Searches like the window's search field: names, e-mail, city, minutes; case and "
               "umlauts do not matter."));
    ctx.parser.addPositionalArgument(u"text"_s, Tr::tr("What to look for."), Tr::tr("TEXT"));
    ctx.parser.addOption({u"limit"_s, Tr::tr("At most N results of each kind (default 10)."), Tr::tr("N"), u"10"_s});
    ctx.parser.addOption({u"json"_s, Tr::tr("Print the results as JSON.")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QString text = ctx.parser.positionalArguments().join(u' ').trimmed();
    if (text.isEmpty()) {
        return ctx.error(Tr::tr("search needs a text to look for"), Usage);
    }
    bool ok = false;
    const int limit = ctx.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0) {
        return ctx.error(Tr::tr("--limit needs a positive number"), Usage);
    }
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    const auto result = Search(*db).run(text, limit);
    if (result.failed()) {
        return ctx.error(Tr::tr("the search failed: %1").arg(result.error()), DatabaseProblem);
    }
    const QList<SearchHit>& hits = *result;
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit& h : hits) {
            array.append(QJsonObject{{u"kind"_s, entityCode(h.kind)}, {u"id"_s, h.id}, {u"title"_s, h.title},
                {u"subtitle"_s, h.subtitle}, {u"rank"_s, h.rank}});
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (hits.isEmpty()) {
        ctx.out << Tr::tr("Nothing found for \"%1\".").arg(text) << '\n';
        return Ok;
    }
    std::optional<SearchHit::Kind> group;
    for (const SearchHit& h : hits) {
        if (group != h.kind) {
            group = h.kind;
            ctx.out << entityPluralName(h.kind) << '\n';
        }
        ctx.out << "  " << QString::number(h.id).rightJustified(6) << "  " << h.title;
        if (!h.subtitle.isEmpty()) {
            ctx.out << "  (" << h.subtitle << ')';
        }
        ctx.out << '\n';
    }
    return Ok;
}

} // namespace kmuni::cli
