// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// kmuni-load: simulated staff working at once against one server database (issue 16). Each client
// has its own connection, as each PC has, and for the given time searches (40 %), opens records
// (30 %), logs activities (20 %) and edits a company's notes (10 %, the same twenty companies for
// everyone, so that edits meet). A save over a version another client saved meanwhile is a
// conflict: the client loads the record again and saves once more (as a user choosing in the
// conflict dialog). Afterwards it counts what is in the database: every logged activity exactly
// once, every edit's text in its company's notes, no conflict left unresolved.
//
//   kmuni-load --db postgresql://USER@HOST:PORT/DB [--clients 20] [--seconds 120]
//   (the database gets the demo network when it is empty)
#include "db/Database.h"
#include "demo/DemoNetwork.h"
#include "events/EventRepository.h"
#include "organisations/OrganisationFilter.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "search/Search.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

struct Tally
{
    qint64 searches = 0, opens = 0, activities = 0, edits = 0, conflicts = 0, unresolved = 0, failures = 0;
    std::vector<double> saveMs;
    QStringList editTexts; ///< what each successful edit appended
};

const QStringList terms = {u"müller"_s, u"sensor"_s, u"dortmund"_s, u"logistik"_s, u"isas"_s, u"rob"_s,
    u"universität"_s, u"bochum"_s, u"schmidt"_s, u"it-sicherheit"_s};

void client(
    const QString& address, int index, int seconds, const QList<Id>& companies, const QList<Id>& persons, Tally* tally)
{
    DbStatus status;
    auto db = Database::open(address, Database::Mode::OpenExisting, &status);
    if (!db) {
        std::fprintf(stderr, "client %d: %s\n", index, qPrintable(status.message));
        ++tally->failures;
        return;
    }
    QRandomGenerator random(quint32(index + 1));
    OrganisationRepository orgs(*db);
    PersonRepository people(*db);
    EventRepository events(*db);
    const Search search(*db);
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        const int dice = int(random.bounded(100));
        QString error;
        if (dice < 40) {
            const auto hits = search.run(terms[int(random.bounded(qsizetype(terms.size())))]);
            hits.failed() ? ++tally->failures : ++tally->searches;
        } else if (dice < 70) {
            const auto p = people.find(persons[int(random.bounded(qsizetype(persons.size())))]);
            const auto o = orgs.find(companies[int(random.bounded(qsizetype(companies.size())))]);
            (p.failed() || o.failed()) ? ++tally->failures : ++tally->opens;
        } else if (dice < 90) {
            Event e;
            e.type = u"phone_call"_s;
            e.start = QDateTime::currentDateTimeUtc();
            e.subject = u"Lasttest %1/%2"_s.arg(index).arg(++n);
            e.timeSpentMin = 15;
            e.participants << Participant{Participant::Kind::Organisation,
                companies[int(random.bounded(qsizetype(companies.size())))], {}, {}, {}};
            QElapsedTimer save;
            save.start();
            const bool ok = events.save(e, &error);
            tally->saveMs.push_back(double(save.nsecsElapsed()) / 1e6);
            ok ? ++tally->activities : ++tally->failures;
            if (!ok) {
                std::fprintf(stderr, "client %d: %s\n", index, qPrintable(error));
            }
        } else {
            // The same twenty companies for all: edits meet.
            const Id id = companies[int(random.bounded(qsizetype(std::min<qsizetype>(20, companies.size()))))];
            const QString text = u" [c%1#%2]"_s.arg(index).arg(++n);
            bool saved = false;
            for (int attempt = 0; attempt < 5 && !saved; ++attempt) {
                auto o = orgs.find(id);
                if (!o) {
                    break;
                }
                o->notes += text;
                bool conflict = false;
                QElapsedTimer save;
                save.start();
                saved = orgs.save(*o, &error, &conflict);
                tally->saveMs.push_back(double(save.nsecsElapsed()) / 1e6);
                if (conflict) {
                    ++tally->conflicts; // loaded again, the user's text added to the newer version
                } else if (!saved) {
                    break;
                }
            }
            if (saved) {
                ++tally->edits;
                tally->editTexts << QString::number(id) + u'|' + text;
            } else {
                ++tally->unresolved;
            }
        }
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[size_t(p * double(values.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The server database."_s, u"ADDRESS"_s});
    parser.addOption({u"clients"_s, u"Simulated staff."_s, u"N"_s, u"20"_s});
    parser.addOption({u"seconds"_s, u"How long."_s, u"S"_s, u"120"_s});
    parser.process(app);
    const QString address = parser.value(u"db"_s);
    const int clients = parser.value(u"clients"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();

    DbStatus status;
    auto db = Database::open(address, Database::Mode::Create, &status);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(status.message));
        return 3;
    }
    QSqlQuery q(db->connection());
    if (q.exec(u"SELECT count(*) FROM organisations"_s) && q.next() && q.value(0).toInt() == 0) {
        QString error;
        if (!loadDemoNetwork(*db, QDate::currentDate(), nullptr, &error)) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(error));
            return 3;
        }
    }
    QList<Id> companies;
    QList<Id> persons;
    q.exec(u"SELECT id FROM organisations WHERE kind = 'company' ORDER BY id"_s);
    while (q.next()) {
        companies << q.value(0).toLongLong();
    }
    q.exec(u"SELECT id FROM persons ORDER BY id"_s);
    while (q.next()) {
        persons << q.value(0).toLongLong();
    }
    q.exec(
        u"DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE subject LIKE 'Lasttest %')"_s);
    q.exec(u"DELETE FROM events WHERE subject LIKE 'Lasttest %'"_s);
    q.exec(u"UPDATE organisations SET notes = '' WHERE kind = 'company'"_s);

    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back(client, address, i, seconds, companies, persons, &tallies[size_t(i)]);
    }
    for (auto& t : threads) {
        t.join();
    }
    const double elapsed = double(wall.elapsed()) / 1000.0;

    Tally all;
    for (const Tally& t : tallies) {
        all.searches += t.searches;
        all.opens += t.opens;
        all.activities += t.activities;
        all.edits += t.edits;
        all.conflicts += t.conflicts;
        all.unresolved += t.unresolved;
        all.failures += t.failures;
        all.saveMs.insert(all.saveMs.end(), t.saveMs.begin(), t.saveMs.end());
        all.editTexts << t.editTexts;
    }
    // What is stored: every activity once, every edit's text in its company's notes.
    q.exec(u"SELECT count(*), count(DISTINCT subject) FROM events WHERE subject LIKE 'Lasttest %'"_s);
    q.next();
    const qint64 stored = q.value(0).toLongLong();
    const qint64 distinct = q.value(1).toLongLong();
    qint64 lostEdits = 0;
    for (const QString& e : std::as_const(all.editTexts)) {
        const Id id = e.section(u'|', 0, 0).toLongLong();
        QSqlQuery n(db->connection());
        n.prepare(u"SELECT strpos(notes, ?) > 0 FROM organisations WHERE id = ?"_s);
        n.addBindValue(e.section(u'|', 1));
        n.addBindValue(id);
        if (!n.exec() || !n.next() || !n.value(0).toBool()) {
            ++lostEdits;
        }
    }
    const qint64 operations = all.searches + all.opens + all.activities + all.edits;
    std::printf("| clients | seconds | operations | per second | searches | opens | activities logged | edits "
                "| conflicts (resolved) | save p50 ms | save p95 ms | lost | doubled | unresolved | failures |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    std::printf(
        "| %d | %.0f | %lld | %.0f | %lld | %lld | %lld | %lld | %lld | %.1f | %.1f | %lld | %lld | %lld | %lld |\n",
        clients, elapsed, operations, double(operations) / elapsed, all.searches, all.opens, all.activities, all.edits,
        all.conflicts, percentile(all.saveMs, 0.5), percentile(all.saveMs, 0.95),
        (all.activities - stored > 0 ? all.activities - stored : 0) + lostEdits, stored - distinct, all.unresolved,
        all.failures);
    const bool ok
        = stored == all.activities && distinct == stored && lostEdits == 0 && all.unresolved == 0 && all.failures == 0;
    return ok ? 0 : 1;
}
