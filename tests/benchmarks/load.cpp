// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// kmuni-load: simulated staff working at once against one server database (issue 16). Each client
// has its own connection, as each PC has, and for the given time searches (35 %), opens records
// (30 %), logs activities (15 %), edits a company's notes (10 %, the same twenty companies for
// everyone, so that edits meet) and moves a match to its next stage (10 %, the demo's sixteen for
// everyone). A save over a version another client saved meanwhile is a conflict: the client loads
// the record again and saves once more (as a user choosing in the conflict dialog). Afterwards it
// counts what is in the database: every logged activity exactly once, every edit's text in its
// company's notes, every move in its match's history and each match at the stage its history ends
// with, no conflict left unresolved.
//
// With --think-ms 0 every client works without a pause (the server saturated: a stress test); a
// member of staff pauses between actions, on average --think-ms milliseconds.
//
//   kmuni-load --db postgresql://USER@HOST:PORT/DB [--clients 20] [--seconds 120] [--think-ms 0]
//   (the database gets the demo network when it is empty)
#include "db/Database.h"
#include "demo/DemoNetwork.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
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
    qint64 searches = 0, opens = 0, activities = 0, edits = 0, moves = 0, conflicts = 0, unresolved = 0, failures = 0;
    std::vector<double> saveMs;
    QStringList editTexts; ///< what each successful edit appended
};

const QStringList terms = {u"müller"_s, u"sensor"_s, u"dortmund"_s, u"logistik"_s, u"isas"_s, u"rob"_s,
    u"universität"_s, u"bochum"_s, u"schmidt"_s, u"it-sicherheit"_s};

struct Work
{
    QString address;
    int seconds = 0;
    int thinkMs = 0;
    QList<Id> companies;
    QList<Id> persons;
    QList<Id> matches;
};

void client(const Work& work, int index, Tally* tally)
{
    const QString& address = work.address;
    const QList<Id>& companies = work.companies;
    const QList<Id>& persons = work.persons;
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
    MatchRepository matches(*db);
    const Search search(*db);
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    while (clock.elapsed() < qint64(work.seconds) * 1000) {
        if (work.thinkMs > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(random.bounded(2 * work.thinkMs)));
        }
        const int dice = int(random.bounded(100));
        QString error;
        if (dice < 35) {
            const auto hits = search.run(terms[int(random.bounded(qsizetype(terms.size())))]);
            hits.failed() ? ++tally->failures : ++tally->searches;
        } else if (dice < 70) {
            const auto p = people.find(persons[int(random.bounded(qsizetype(persons.size())))]);
            const auto o = orgs.find(companies[int(random.bounded(qsizetype(companies.size())))]);
            (p.failed() || o.failed()) ? ++tally->failures : ++tally->opens;
        } else if (dice < 80) {
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
        } else if (dice < 90 && !work.matches.isEmpty()) {
            // A match one stage on (or back from its last): moves of the same match meet.
            const Id id = work.matches[int(random.bounded(qsizetype(work.matches.size())))];
            const auto m = matches.find(id);
            if (!m) {
                ++tally->failures;
                continue;
            }
            QString stage = MatchRepository::nextStage(m->stage);
            if (stage.isEmpty()) {
                stage = MatchRepository::previousStage(m->stage);
            }
            if (stage.isEmpty()) { // declined or paused: taken up again
                stage = u"in_talks"_s;
            }
            QElapsedTimer save;
            save.start();
            const bool ok = matches.moveStage(id, stage, QDate(), &error);
            tally->saveMs.push_back(double(save.nsecsElapsed()) / 1e6);
            ok ? ++tally->moves : ++tally->failures;
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
    parser.addOption({u"think-ms"_s, u"Average pause between a client's actions (0: none)."_s, u"MS"_s, u"0"_s});
    parser.process(app);
    const QString address = parser.value(u"db"_s);
    const int clients = parser.value(u"clients"_s).toInt();
    Work work;
    work.address = address;
    work.seconds = parser.value(u"seconds"_s).toInt();
    work.thinkMs = parser.value(u"think-ms"_s).toInt();

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
    const auto ids = [&](const QString& statement) {
        QList<Id> result;
        q.exec(statement);
        while (q.next()) {
            result << q.value(0).toLongLong();
        }
        return result;
    };
    work.companies = ids(u"SELECT id FROM organisations WHERE kind = 'company' ORDER BY id"_s);
    work.persons = ids(u"SELECT id FROM persons ORDER BY id"_s);
    work.matches = ids(u"SELECT id FROM matches ORDER BY id"_s);
    q.exec(u"SELECT count(*) FROM match_stages"_s);
    q.next();
    const qint64 stagesBefore = q.value(0).toLongLong();
    q.exec(
        u"DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE subject LIKE 'Lasttest %')"_s);
    q.exec(u"DELETE FROM events WHERE subject LIKE 'Lasttest %'"_s);
    q.exec(u"UPDATE organisations SET notes = '' WHERE kind = 'company'"_s);

    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back(client, std::cref(work), i, &tallies[size_t(i)]);
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
        all.moves += t.moves;
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
    // Every move in the history, and every match at the stage its history ends with (two moves of one
    // match at once must not leave the history saying one thing and the match another).
    q.exec(u"SELECT count(*) FROM match_stages"_s);
    q.next();
    // (A move that found its match already moved there by another client writes no history: fewer
    // rows than moves is right, more would be wrong.)
    const qint64 recordedMoves = q.value(0).toLongLong() - stagesBefore;
    q.exec(u"SELECT count(*) FROM matches m WHERE m.stage <> (SELECT s.stage FROM match_stages s "
           "WHERE s.match_id = m.id ORDER BY s.reached_on DESC, s.id DESC LIMIT 1)"_s);
    q.next();
    const qint64 astray = q.value(0).toLongLong();
    const qint64 operations = all.searches + all.opens + all.activities + all.edits + all.moves;
    std::printf(
        "| clients | think ms | seconds | operations | per second | searches | opens | activities logged "
        "| edits | moves (in history) | conflicts (resolved) | save p50 ms | save p95 ms | lost | doubled | astray "
        "| unresolved | failures |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
                "| --- |\n");
    std::printf("| %d | %d | %.0f | %lld | %.0f | %lld | %lld | %lld | %lld | %lld (%lld) | %lld | %.1f | %.1f | %lld "
                "| %lld | %lld | %lld | %lld |\n",
        clients, work.thinkMs, elapsed, operations, double(operations) / elapsed, all.searches, all.opens,
        all.activities, all.edits, all.moves, recordedMoves, all.conflicts, percentile(all.saveMs, 0.5),
        percentile(all.saveMs, 0.95), (all.activities - stored > 0 ? all.activities - stored : 0) + lostEdits,
        stored - distinct, astray, all.unresolved, all.failures);
    const bool ok = stored == all.activities && distinct == stored && lostEdits == 0 && recordedMoves <= all.moves
        && astray == 0 && all.unresolved == 0 && all.failures == 0;
    return ok ? 0 : 1;
}
