// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Vocabulary.h"
#include "demo/DemoNetwork.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestDemoNetwork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hasTheRealUniversities();
    void hasTheFourPartners();
    void hasPilotCompaniesInEverySector();
    void personsAreInventedAndValid();
    void activitiesFollowUpsAndMatches();
    void refusesANonEmptyDatabase();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    DemoSummary m_summary;
};

void TestDemoNetwork::initTestCase()
{
    m_t = std::make_unique<test::TempDatabase>();
    QString error;
    QVERIFY2(loadDemoNetwork(m_t->db(), QDate(2026, 11, 26), &m_summary, &error), qPrintable(error));
}

void TestDemoNetwork::cleanupTestCase()
{
    m_t.reset();
}

void TestDemoNetwork::hasTheRealUniversities()
{
    OrganisationFilter f;
    f.kind = u"university"_s;
    QStringList names;
    for (const Organisation& o : OrganisationRepository(m_t->db()).list(f).value()) {
        names << o.name;
    }
    for (const QString& expected : {u"Technische Universität Dortmund"_s, u"Ruhr-Universität Bochum"_s,
             u"Fachhochschule Dortmund"_s, u"Hochschule Bochum"_s, u"Technische Hochschule Georg Agricola"_s}) {
        QVERIFY2(names.contains(expected), qPrintable(expected));
    }
    f.kind = u"institute"_s;
    QVERIFY(OrganisationRepository(m_t->db()).list(f).value().size() >= 8);
}

void TestDemoNetwork::hasTheFourPartners()
{
    OrganisationFilter f;
    f.kind = u"partner"_s;
    QCOMPARE(OrganisationRepository(m_t->db()).list(f).value().size(), 4);
}

void TestDemoNetwork::hasPilotCompaniesInEverySector()
{
    OrganisationFilter f;
    f.kind = u"company"_s;
    f.pilot = true;
    const auto pilots = OrganisationRepository(m_t->db()).list(f).value();
    QVERIFY(pilots.size() >= 18 && pilots.size() <= 22);
    QSet<QString> sectors;
    for (const Organisation& o : pilots) {
        sectors.insert(o.sector);
        QVERIFY(o.phone.isEmpty() || o.phone.startsWith(u"+49"_s));
    }
    QCOMPARE(sectors.size(), int(vocab::codes(vocab::List::Sector).size()));
}

void TestDemoNetwork::personsAreInventedAndValid()
{
    PersonRepository repo(m_t->db());
    PersonFilter all;
    all.includeArchived = true;
    const auto persons = repo.list(all).value();
    QCOMPARE(persons.size(), m_summary.persons);
    int doNotContact = 0;
    for (Person p : persons) {
        // Invented people get addresses that cannot reach anyone.
        QVERIFY2(p.email.isEmpty() || p.email.endsWith(u".example"_s), qPrintable(p.email));
        QVERIFY2(repo.check(p).isEmpty(), qPrintable(p.displayName()));
        doNotContact += p.doNotContact ? 1 : 0;
    }
    QVERIFY(doNotContact >= 1);
}

void TestDemoNetwork::activitiesFollowUpsAndMatches()
{
    QVERIFY(m_summary.events >= 30);
    EventFilter lastMonths;
    lastMonths.from = QDate(2026, 6, 1);
    lastMonths.to = QDate(2026, 11, 26);
    QCOMPARE(EventRepository(m_t->db()).count(lastMonths).value(), m_summary.events);
    FollowUpFilter overdue;
    overdue.dueUntil = QDate(2026, 11, 25);
    QVERIFY(!FollowUpRepository(m_t->db()).list(overdue).value().isEmpty());
    const auto matches = MatchRepository(m_t->db()).list({}).value();
    QCOMPARE(matches.size(), m_summary.matches);
    QSet<QString> stages;
    for (const Match& m : matches) {
        stages.insert(m.stage);
    }
    QVERIFY(stages.size() >= 5);
}

void TestDemoNetwork::refusesANonEmptyDatabase()
{
    QString error;
    QVERIFY(!loadDemoNetwork(m_t->db(), QDate(2026, 11, 26), nullptr, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "TestDemoNetwork.moc"
