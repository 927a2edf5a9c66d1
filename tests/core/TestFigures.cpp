// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The overview reads counts and monthly statistics that triggers keep; they must always equal
// counting the rows themselves.
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "project/Figures.h"
#include "reports/Dashboard.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestFigures : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countersFollowEveryChange();
    void monthlyStatisticsFollowEveryChange();

private:
    int count(const QString& sql);
    void compareFigures();
    std::unique_ptr<test::TempDatabase> m_t;
};

void TestFigures::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::loadDemo(m_t->db()));
}

void TestFigures::cleanup()
{
    m_t.reset();
}

int TestFigures::count(const QString& sql)
{
    QSqlQuery q(m_t->db().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestFigures::compareFigures()
{
    const Figures f = Figures::compute(m_t->db(), QDate(2026, 11, 26)).value();
    QCOMPARE(f.companies, count(u"SELECT count(*) FROM organisations WHERE archived = 0 AND kind = 'company'"_s));
    QCOMPARE(f.pilots,
        count(u"SELECT count(*) FROM organisations WHERE archived = 0 AND kind = 'company' AND is_pilot = 1"_s));
    QCOMPARE(f.universities, count(u"SELECT count(*) FROM organisations WHERE archived = 0 AND kind = 'university'"_s));
    QCOMPARE(f.institutes, count(u"SELECT count(*) FROM organisations WHERE archived = 0 AND kind = 'institute'"_s));
    QCOMPARE(f.persons, count(u"SELECT count(*) FROM persons WHERE archived = 0"_s));
    QCOMPARE(f.openMatches, count(u"SELECT count(*) FROM matches WHERE stage NOT IN ('completed', 'declined')"_s));
    QCOMPARE(f.eventsThisYear, count(u"SELECT count(*) FROM events WHERE starts_local LIKE '2026-%'"_s));
    QCOMPARE(f.minutesThisYear, count(u"SELECT sum(time_spent_min) FROM events WHERE starts_local LIKE '2026-%'"_s));
}

void TestFigures::countersFollowEveryChange()
{
    compareFigures();
    OrganisationRepository orgs(m_t->db());
    Organisation o;
    o.name = u"Zähler GmbH"_s;
    o.isPilot = true;
    QVERIFY(orgs.save(o, nullptr));
    compareFigures();
    QVERIFY(orgs.archive(o.id, u"Test"_s, nullptr));
    compareFigures();
    QVERIFY(orgs.unarchive(o.id, nullptr));
    o = *orgs.find(o.id);
    o.isPilot = false;
    QVERIFY(orgs.save(o, nullptr));
    compareFigures();
    QVERIFY(orgs.remove(o.id, nullptr));
    compareFigures();

    PersonRepository persons(m_t->db());
    Person p;
    p.lastName = u"Zählmann"_s;
    QVERIFY(persons.save(p, nullptr));
    compareFigures();
    QVERIFY(persons.setArchived(p.id, true, nullptr));
    compareFigures();
    QVERIFY(persons.setArchived(p.id, false, nullptr));
    QVERIFY(persons.remove(p.id, nullptr));
    compareFigures();

    MatchRepository matches(m_t->db());
    Match m = matches.list({}, 1).value().first();
    m.stage = m.stage == u"completed"_s ? u"in_talks"_s : u"completed"_s;
    QVERIFY(matches.save(m, nullptr));
    compareFigures();
    QVERIFY(matches.remove(m.id, nullptr));
    compareFigures();
}

void TestFigures::monthlyStatisticsFollowEveryChange()
{
    EventRepository events(m_t->db());
    const auto check = [&] {
        const Dashboard d = Dashboard::compute(m_t->db(), 2026).value();
        for (int month = 1; month <= 12; ++month) {
            const QString key = u"2026-%1"_s.arg(month, 2, 10, QChar(u'0'));
            QCOMPARE(
                d.countIn(month), count(u"SELECT count(*) FROM events WHERE starts_local LIKE '"_s + key + u"%'"_s));
        }
        QCOMPARE(d.total, count(u"SELECT count(*) FROM events WHERE starts_local LIKE '2026-%'"_s));
    };
    check();
    Event e = *events.find(1);
    e.start = time::fromBerlin(QDate(2026, 2, 14), QTime(9, 0)); // moved to another month
    e.type = u"workshop"_s;
    e.timeSpentMin += 30;
    QVERIFY(events.save(e, nullptr));
    check();
    QCOMPARE(Dashboard::compute(m_t->db(), 2026).value().counts[2].value(u"workshop"_s), 1);
    QVERIFY(events.remove(e.id, nullptr));
    check();
}

QTEST_GUILESS_MAIN(TestFigures)
#include "TestFigures.moc"
