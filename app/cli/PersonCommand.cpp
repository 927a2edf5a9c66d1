// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kmuni person export ID -o FILE.json     what is stored about a person (access request, Art. 15 GDPR)
// kmuni person erase ID --yes             anonymises the person (erasure request, Art. 17 GDPR)
// kmuni person stale [--months N] [--json]  persons without an activity for N months (storage limitation)
#include "Cli.h"

#include "common/Format.h"
#include "common/Time.h"
#include "db/Database.h"
#include "persons/PersonData.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace kmuni::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::cli)
};

/** The database, opened, and the person that an id on the command line names in it. */
struct PersonInDatabase
{
    std::unique_ptr<Database> db;
    Person person;
};

/**
 * Opens the database and reads the person @p idText names; on failure the exit code (2 no such
 * person, 3 the database).
 */
std::optional<PersonInDatabase> openPerson(Context& ctx, const QString& idText, int* exit)
{
    auto db = ctx.open(false, exit);
    if (!db) {
        return std::nullopt;
    }
    bool ok = false;
    const Id id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        *exit = ctx.error(Tr::tr("\"%1\" is not a person id").arg(idText), BadInput);
        return std::nullopt;
    }
    const auto person = PersonRepository(*db).find(id);
    if (person.failed()) {
        *exit = ctx.error(Tr::tr("the person cannot be read: %1").arg(person.error()), DatabaseProblem);
        return std::nullopt;
    }
    if (!person) {
        *exit = ctx.error(Tr::tr("there is no person with the id %1").arg(id), BadInput);
        return std::nullopt;
    }
    return PersonInDatabase{std::move(db), *person};
}

int exportData(Context& ctx, const QString& idText)
{
    int exit = Ok;
    const auto output = ctx.outputFile(Tr::tr("-o FILE.json is required"), &exit, u"json"_s);
    if (!output) {
        return exit;
    }
    const auto opened = openPerson(ctx, idText, &exit);
    if (!opened) {
        return exit;
    }
    const auto& [db, person] = *opened;
    const auto bytes = PersonData(*db).exportJson(person.id);
    if (!bytes) {
        return ctx.error(Tr::tr("the person's data cannot be read: %1").arg(bytes.error()), DatabaseProblem);
    }
    QString error;
    io::Failure failure = io::Failure::None;
    if (!io::writePrivateFile(*output, *bytes, &error, &failure)) {
        return ctx.error(error, exitFor(failure));
    }
    ctx.out << Tr::tr("The data stored about person %1 was written to %2.")
                   .arg(person.id)
                   .arg(QDir::toNativeSeparators(*output))
            << '\n';
    return Ok;
}

int erase(Context& ctx, const QString& idText)
{
    int exit = Ok;
    const auto opened = openPerson(ctx, idText, &exit);
    if (!opened) {
        return exit;
    }
    const auto& [db, person] = *opened;
    if (person.erased) {
        ctx.out << Tr::tr("Person %1 was erased before; nothing changed.").arg(person.id) << '\n';
        return Ok;
    }
    if (!ctx.parser.isSet(u"yes"_s)) {
        return ctx.error(Tr::tr("this erases %1 (id %2) for good: the name, e-mail, phone numbers, notes, title and "
                                "function go; where the person's activities, follow-ups, matches and their "
                                "organisation's notes name them, the name is masked; the audit log keeps no old "
                                "value. The activities, matches and report counts stay, with the person shown as "
                                "erased. Export the data first (person export) if it was asked for. Run again "
                                "with --yes to erase.")
                             .arg(person.displayName())
                             .arg(person.id),
            Usage);
    }
    QString error;
    ErasureSummary summary;
    if (!PersonRepository(*db).erase(person.id, &error, &summary)) {
        return ctx.error(Tr::tr("the person was not erased: %1").arg(error), DatabaseProblem);
    }
    ctx.out << Tr::tr("Person %1 erased. Masked: %2 activities, %3 matches, %4 follow-ups, %5 organisations' and "
                      "%6 other persons' notes, %7 audit-log entries.")
                   .arg(person.id)
                   .arg(summary.activities)
                   .arg(summary.matches)
                   .arg(summary.followUps)
                   .arg(summary.organisations)
                   .arg(summary.otherPersons)
                   .arg(summary.auditEntries)
            << '\n';
    if (!summary.journalCleared) {
        ctx.err << "kmuni: "
                << Tr::tr("warning: the database journal could not be emptied now (another program reads the "
                          "database); the old values leave it at its next checkpoint.")
                << '\n';
    }
    return Ok;
}

int stale(Context& ctx)
{
    bool ok = false;
    const int months = ctx.parser.value(u"months"_s).toInt(&ok);
    if (!ok || months <= 0) {
        return ctx.error(Tr::tr("--months needs a positive number"), Usage);
    }
    int exit = Ok;
    auto db = ctx.open(false, &exit);
    if (!db) {
        return exit;
    }
    const auto persons = PersonData(*db).stale(months);
    if (persons.failed()) {
        return ctx.error(Tr::tr("the persons cannot be read: %1").arg(persons.error()), DatabaseProblem);
    }
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const StalePerson& p : *persons) {
            array.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"organisation"_s, p.organisation},
                {u"last_activity"_s,
                    p.lastActivity.isValid() ? QJsonValue(time::dateToStorage(p.lastActivity)) : QJsonValue()},
                {u"created"_s, time::dateToStorage(p.created)}, {u"archived"_s, p.archived}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const StalePerson& p : *persons) {
        ctx.out << p.id << '\t'
                << (p.lastActivity.isValid() ? format::date(p.lastActivity)
                                             : Tr::tr("none since %1").arg(format::date(p.created)))
                << '\t' << p.name << '\t' << p.organisation << (p.archived ? u"\t"_s + Tr::tr("archived") : QString())
                << '\n';
    }
    if (persons->isEmpty()) {
        ctx.err << Tr::tr("Every person took part in an activity in the last %n month(s).", nullptr, months) << '\n';
    }
    return Ok;
}

} // namespace

int person(const QStringList& arguments)
{
    Context ctx(u"person"_s,
        Tr::tr("Data protection for contact persons: exports what is stored about a person (access request), "
               "erases a person by anonymising them (erasure request), lists the persons without an activity "
               "for long (review for storage limitation)."));
    ctx.parser.addPositionalArgument(
        u"action"_s, Tr::tr("export ID, erase ID or stale"), u"export ID -o FILE.json|erase ID --yes|stale"_s);
    ctx.parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("The JSON file to write (export)."), Tr::tr("FILE")});
    ctx.parser.addOption({u"yes"_s, Tr::tr("Erase without asking back (erase).")});
    ctx.parser.addOption(
        {u"months"_s, Tr::tr("Without an activity for N months (stale; default 24)."), Tr::tr("N"), u"24"_s});
    ctx.parser.addOption({u"json"_s, Tr::tr("Print the persons as JSON (stale).")});
    int exit = Ok;
    if (!ctx.parse(arguments, &exit)) {
        return exit;
    }
    const QStringList action = ctx.parser.positionalArguments();
    if (action.size() == 2 && action.first() == u"export"_s) {
        return exportData(ctx, action.at(1));
    }
    if (action.size() == 2 && action.first() == u"erase"_s) {
        return erase(ctx, action.at(1));
    }
    if (action == QStringList{u"stale"_s}) {
        return stale(ctx);
    }
    return ctx.error(Tr::tr("person needs what to do: kmuni person export ID -o FILE.json, kmuni person erase ID "
                            "--yes or kmuni person stale"),
        Usage);
}

} // namespace kmuni::cli
