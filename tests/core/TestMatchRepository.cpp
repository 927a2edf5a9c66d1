// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "reports/EfreReport.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestMatchRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keepsStageHistory();
    void sidesMustBeCompanyAndUniversity();
    void filters();
    void remove();
    void historyNamesTheLinkedRecords();
    void moveKeepsDatesInHistory();
    void badMoves_data();
    void badMoves();
    void badMatches_data();
    void badMatches();
    void backDatingChangesOnlyThatPeriod();
    void stallFilterAndDuplicates();
    void stageLine();
    void conflictLeavesTheFormsMatchAsItWas();

private:
    Id newMatch(const QString& type, const QDate& startedOn);
    std::unique_ptr<test::TempDatabase> m_t;
    Id m_company = 0, m_university = 0, m_institute = 0;
};

void TestMatchRepository::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    OrganisationRepository orgs(m_t->db());
    Organisation c;
    c.name = u"Kanalkai Logistik"_s;
    Organisation u;
    u.kind = u"university"_s;
    u.name = u"Fachhochschule Dortmund"_s;
    QVERIFY(orgs.save(c, nullptr) && orgs.save(u, nullptr));
    Organisation i;
    i.kind = u"institute"_s;
    i.parentId = u.id;
    i.name = u"Fachbereich Informatik"_s;
    QVERIFY(orgs.save(i, nullptr));
    m_company = c.id;
    m_university = u.id;
    m_institute = i.id;
}

void TestMatchRepository::cleanup()
{
    m_t.reset();
}

void TestMatchRepository::keepsStageHistory()
{
    MatchRepository repo(m_t->db());
    Match m;
    m.companyId = m_company;
    m.universityId = m_institute;
    m.type = u"thesis"_s;
    m.title = u"Bachelorarbeit Tourenplanung"_s;
    m.startedOn = QDate(2026, 9, 1);
    QString error;
    QVERIFY2(repo.save(m, &error), qPrintable(error));
    m.stage = u"introduced"_s;
    m.stageChangedOn = QDate(2026, 9, 15);
    QVERIFY(repo.save(m, &error));
    m.stage = u"agreed"_s;
    m.stageChangedOn = QDate(2026, 10, 20);
    QVERIFY(repo.save(m, &error));
    m.title = u"Bachelorarbeit Tourenplanung (Sommer)"_s; // no stage change
    QVERIFY(repo.save(m, &error));
    const auto loaded = repo.find(m.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->history.size(), 3);
    QCOMPARE(loaded->history[0].stage, u"proposed"_s);
    QCOMPARE(loaded->history[0].reachedOn, QDate(2026, 9, 1));
    QCOMPARE(loaded->history[2].stage, u"agreed"_s);
    QCOMPARE(loaded->history[2].reachedOn, QDate(2026, 10, 20));
    QCOMPARE(loaded->companyName, u"Kanalkai Logistik"_s);
    QCOMPARE(audit::forEntity(m_t->db(), u"match"_s, m.id).value().size(), 4);
}

// Another window saved the match since this one loaded it: the save is refused as a conflict, and the
// form's match is as the user left it (no stage date of today put in for the question that follows).
void TestMatchRepository::conflictLeavesTheFormsMatchAsItWas()
{
    MatchRepository repo(m_t->db());
    const Match m = repo.find(newMatch(u"thesis"_s, QDate(2026, 9, 1))).value();
    Match other = m;
    other.title = u"Masterarbeit Tourenplanung"_s;
    QString error;
    QVERIFY2(repo.save(other, &error), qPrintable(error));
    Match mine = m; // loaded before the other save
    mine.stage = u"introduced"_s;
    const QDate formDate = mine.stageChangedOn;
    QVERIFY(formDate != time::today());
    bool conflict = false;
    QVERIFY(!repo.save(mine, &error, &conflict));
    QVERIFY(conflict);
    QCOMPARE(mine.stageChangedOn, formDate);
    QCOMPARE(repo.find(m.id)->stage, u"proposed"_s);
}

void TestMatchRepository::sidesMustBeCompanyAndUniversity()
{
    MatchRepository repo(m_t->db());
    Match m;
    m.companyId = m_university;
    m.universityId = m_company;
    const FieldErrors errors = repo.check(m);
    QCOMPARE(errors.size(), 2);
    QVERIFY(!repo.save(m, nullptr));
}

void TestMatchRepository::filters()
{
    MatchRepository repo(m_t->db());
    for (const auto& [type, stage] : {std::pair{u"internship"_s, u"completed"_s}, std::pair{u"thesis"_s, u"in_talks"_s},
             std::pair{u"research_cooperation"_s, u"declined"_s}}) {
        Match m;
        m.companyId = m_company;
        m.universityId = m_university;
        m.type = type;
        m.stage = stage;
        QVERIFY(repo.save(m, nullptr));
    }
    MatchFilter open;
    open.openOnly = true;
    QCOMPARE(repo.list(open).value().size(), 1);
    MatchFilter byType;
    byType.type = u"internship"_s;
    QCOMPARE(repo.list(byType).value().size(), 1);
    MatchFilter byOrg;
    byOrg.organisationId = m_university;
    QCOMPARE(repo.list(byOrg).value().size(), 3);
    MatchFilter byText;
    byText.text = u"kanalkai"_s;
    QCOMPARE(repo.list(byText).value().size(), 3);
}

void TestMatchRepository::remove()
{
    MatchRepository repo(m_t->db());
    Match m;
    m.companyId = m_company;
    m.universityId = m_university;
    QVERIFY(repo.save(m, nullptr));
    QVERIFY(repo.remove(m.id, nullptr));
    QVERIFY(!repo.find(m.id));
    const audit::Entry deleted = audit::forEntity(m_t->db(), u"match"_s, m.id).value().first();
    QCOMPARE(deleted.action, u"delete"_s);
    // What was deleted stays readable in the history: the company it was with, going to nothing.
    QCOMPARE(deleted.changes.value(u"company_id"_s).toArray().first().toInteger(), m_company);
    QVERIFY(deleted.changes.value(u"company_id"_s).toArray().last().isNull());
}

void TestMatchRepository::historyNamesTheLinkedRecords()
{
    // A link in the history reads as the name of the record it points at: the match moved from the
    // university to its institute, and a record that is gone has no name.
    MatchRepository repo(m_t->db());
    Match m;
    m.companyId = m_company;
    m.universityId = m_university;
    QVERIFY(repo.save(m, nullptr));
    m.universityId = m_institute;
    QVERIFY(repo.save(m, nullptr));
    const auto entries = audit::forEntity(m_t->db(), u"match"_s, m.id);
    QVERIFY2(entries, qPrintable(entries.error()));
    const QJsonArray moved = entries->first().changes.value(u"university_id"_s).toArray();
    QCOMPARE(moved.size(), 2);
    const auto names = audit::linkNames(m_t->db(), *entries);
    QVERIFY2(names, qPrintable(names.error()));
    QCOMPARE(names->name(u"university_id"_s, moved.at(0).toVariant()), u"Fachhochschule Dortmund"_s);
    QCOMPARE(names->name(u"university_id"_s, moved.at(1).toVariant()), u"Fachbereich Informatik"_s);
    QCOMPARE(names->name(u"company_id"_s, m_company), u"Kanalkai Logistik"_s);
    QVERIFY(!names->knows(u"title"_s, m_company)); // not a link
    const auto gone = audit::linkNames(m_t->db(), QList<QVariantMap>{{{u"company_id"_s, 999999}}});
    QVERIFY2(gone, qPrintable(gone.error()));
    QVERIFY(!gone->knows(u"company_id"_s, 999999));
}

Id TestMatchRepository::newMatch(const QString& type, const QDate& startedOn)
{
    Match m;
    m.companyId = m_company;
    m.universityId = m_institute;
    m.type = type;
    m.startedOn = startedOn;
    return test::saved<MatchRepository>(m_t->db(), m);
}

void TestMatchRepository::moveKeepsDatesInHistory()
{
    MatchRepository repo(m_t->db());
    const Id id = newMatch(u"internship"_s, QDate(2026, 8, 3));
    QString error;
    QVERIFY2(repo.moveStage(id, u"introduced"_s, QDate(2026, 8, 10), &error), qPrintable(error));
    QVERIFY2(repo.moveStage(id, u"in_talks"_s, QDate(2026, 9, 1), &error), qPrintable(error));
    QVERIFY2(repo.moveStage(id, u"agreed"_s, {}, &error), qPrintable(error)); // today
    const auto m = repo.find(id);
    QVERIFY(m);
    QCOMPARE(m->stage, u"agreed"_s);
    QCOMPARE(m->stageChangedOn, time::today());
    QCOMPARE(m->history.size(), 4);
    QCOMPARE(m->history[1].stage, u"introduced"_s);
    QCOMPARE(m->history[1].reachedOn, QDate(2026, 8, 10));
    QCOMPARE(m->history[2].reachedOn, QDate(2026, 9, 1));
    QCOMPARE(m->history[3].reachedOn, time::today());
    // Each move has its audit row with the stage before and after.
    const auto entries = audit::forEntity(m_t->db(), u"match"_s, id).value();
    QCOMPARE(entries.size(), 4);
    QVERIFY(entries.first().changes.contains(u"stage"_s));
    // Moving to the stage it has changes nothing.
    QVERIFY(repo.moveStage(id, u"agreed"_s, {}, &error));
    QCOMPARE(repo.find(id)->history.size(), 4);
}

void TestMatchRepository::badMoves_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QDate>("on");
    QTest::addRow("unknown stage") << u"married"_s << QDate(2026, 9, 1);
    QTest::addRow("future") << u"introduced"_s << time::today().addDays(1);
    QTest::addRow("before the start") << u"in_talks"_s << QDate(2026, 7, 31);
    QTest::addRow("before the current stage") << u"agreed"_s << QDate(2026, 8, 15);
}

void TestMatchRepository::badMoves()
{
    QFETCH(QString, stage);
    QFETCH(QDate, on);
    MatchRepository repo(m_t->db());
    const Id id = newMatch(u"thesis"_s, QDate(2026, 8, 1));
    QString error;
    QVERIFY(repo.moveStage(id, u"introduced"_s, QDate(2026, 8, 20), &error));
    const auto before = repo.find(id);
    QVERIFY(!repo.moveStage(id, stage, on, &error));
    QVERIFY(!error.isEmpty());
    const auto after = repo.find(id);
    QCOMPARE(after->stage, before->stage);
    QCOMPARE(after->history.size(), before->history.size());
    QCOMPARE(audit::forEntity(m_t->db(), u"match"_s, id).value().size(), 2);
}

void TestMatchRepository::badMatches_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::addRow("same organisation") << u"same"_s << u"universityId"_s;
    QTest::addRow("company on the university side") << u"swapped"_s << u"universityId"_s;
    QTest::addRow("unknown stage") << u"stage"_s << u"stage"_s;
    QTest::addRow("stage before the start") << u"early"_s << u"stageChangedOn"_s;
    QTest::addRow("stage in the future") << u"future"_s << u"stageChangedOn"_s;
}

void TestMatchRepository::badMatches()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    Match m;
    m.companyId = m_company;
    m.universityId = m_institute;
    m.type = u"internship"_s;
    m.startedOn = QDate(2026, 9, 1);
    if (what == u"same"_s) {
        m.universityId = m_company;
    } else if (what == u"swapped"_s) {
        m.universityId = m_company;
        m.companyId = m_university;
    } else if (what == u"stage"_s) {
        m.stage = u"somewhere"_s;
    } else if (what == u"early"_s) {
        m.stageChangedOn = QDate(2026, 8, 1);
    } else if (what == u"future"_s) {
        m.stageChangedOn = time::today().addDays(3);
    }
    MatchRepository repo(m_t->db());
    const FieldErrors errors = repo.check(m);
    QVERIFY(std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError& e) { return e.field == field; }));
    QVERIFY(!repo.save(m, nullptr));
    QCOMPARE(repo.list({}).value().size(), 0);
}

void TestMatchRepository::backDatingChangesOnlyThatPeriod()
{
    // A research cooperation agreed, logged late and back-dated into the third quarter: the third
    // quarter counts the company for RCO10 and the agreed stage; the fourth counts nothing of it.
    const Id id = newMatch(u"research_cooperation"_s, QDate(2026, 7, 1));
    const reports::Period q3{QDate(2026, 7, 1), QDate(2026, 9, 30)};
    const reports::Period q4{QDate(2026, 10, 1), QDate(2026, 12, 31)};
    const auto count = [&](const reports::Period& p, const QString& code) {
        return reports::EfreReport::build(m_t->db(), p).value().value(code);
    };
    QCOMPARE(count(q3, u"ENT_RESEARCH_COOPERATION"_s), 0);
    const double q3Proposed = count(q3, u"MATCH_RESEARCH_COOPERATION_PROPOSED"_s);
    QCOMPARE(q3Proposed, 1);
    const double q4Before = count(q4, u"MATCH_RESEARCH_COOPERATION_AGREED"_s);
    QString error;
    QVERIFY2(MatchRepository(m_t->db()).moveStage(id, u"agreed"_s, QDate(2026, 9, 15), &error), qPrintable(error));
    QCOMPARE(count(q3, u"ENT_RESEARCH_COOPERATION"_s), 1);
    QCOMPARE(count(q3, u"MATCH_RESEARCH_COOPERATION_AGREED"_s), 1);
    QCOMPARE(count(q3, u"MATCH_RESEARCH_COOPERATION_PROPOSED"_s), q3Proposed);
    QCOMPARE(count(q4, u"MATCH_RESEARCH_COOPERATION_AGREED"_s), q4Before);
    QCOMPARE(count(q4, u"ENT_RESEARCH_COOPERATION"_s), 0);
}

void TestMatchRepository::stallFilterAndDuplicates()
{
    MatchRepository repo(m_t->db());
    const Id old = newMatch(u"internship"_s, QDate(2026, 9, 1));
    const Id recent = newMatch(u"thesis"_s, time::today().addDays(-3));
    MatchFilter stalled;
    stalled.stalledWeeks = 4;
    const auto hits = repo.list(stalled, -1).value();
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [&](const Match& m) { return m.id == old; }));
    QVERIFY(std::none_of(hits.cbegin(), hits.cend(), [&](const Match& m) { return m.id == recent; }));
    MatchFilter closed;
    closed.state = MatchFilter::State::Closed;
    QCOMPARE(repo.list(closed).value().size(), 0);
    QVERIFY(repo.moveStage(old, u"declined"_s, {}, nullptr));
    QCOMPARE(repo.list(closed).value().size(), 1);
    // Duplicates: the same pair and type, still open.
    Match again;
    again.companyId = m_company;
    again.universityId = m_institute;
    again.type = u"thesis"_s;
    QCOMPARE(repo.openDuplicates(again).value().size(), 1);
    again.type = u"internship"_s; // that one was declined
    QCOMPARE(repo.openDuplicates(again).value().size(), 0);
}

void TestMatchRepository::stageLine()
{
    QCOMPARE(MatchRepository::nextStage(u"proposed"_s), u"introduced"_s);
    QCOMPARE(MatchRepository::nextStage(u"agreed"_s), u"completed"_s);
    QCOMPARE(MatchRepository::nextStage(u"completed"_s), QString());
    QCOMPARE(MatchRepository::nextStage(u"declined"_s), QString());
    QCOMPARE(MatchRepository::previousStage(u"introduced"_s), u"proposed"_s);
    QCOMPARE(MatchRepository::previousStage(u"proposed"_s), QString());
    QCOMPARE(MatchRepository::previousStage(u"declined"_s), QString());
}

QTEST_GUILESS_MAIN(TestMatchRepository)
#include "TestMatchRepository.moc"
