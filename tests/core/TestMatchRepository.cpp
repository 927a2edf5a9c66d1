// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"

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

private:
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
    QCOMPARE(audit::forEntity(m_t->db(), u"match"_s, m.id).value().first().action, u"delete"_s);
}

QTEST_GUILESS_MAIN(TestMatchRepository)
#include "TestMatchRepository.moc"
