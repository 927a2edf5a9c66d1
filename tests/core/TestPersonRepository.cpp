// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "events/EventRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestPersonRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saveAndLoad();
    void consentNeedsADate();
    void validation_data();
    void validation();
    void sortsGermanAndFindsUmlauts();
    void deleteRefusedWhenTookPart();
    void archive();
    void similarPersons_data();
    void similarPersons();

private:
    Person person(const QString& first, const QString& last);
    std::unique_ptr<test::TempDatabase> m_t;
    Id m_org = 0;
};

void TestPersonRepository::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    Organisation o;
    o.name = u"Mikrowerk Sensorik"_s;
    QVERIFY(OrganisationRepository(m_t->db()).save(o, nullptr));
    m_org = o.id;
}

void TestPersonRepository::cleanup()
{
    m_t.reset();
}

Person TestPersonRepository::person(const QString& first, const QString& last)
{
    Person p;
    p.organisationId = m_org;
    p.salutation = u"ms"_s;
    p.firstName = first;
    p.lastName = last;
    p.function = u"Geschäftsführerin"_s;
    p.email = first.toLower() + u"@mikrowerk.example"_s;
    p.phone = u"0231 / 755-1234"_s;
    return p;
}

void TestPersonRepository::saveAndLoad()
{
    PersonRepository repo(m_t->db());
    Person p = person(u"Anna-Lena"_s, u"Meyer-Lüdenscheidt"_s);
    p.title = u"Dr."_s;
    p.doNotContact = true;
    p.notes = u"Zeile 1\nZeile 2"_s;
    QString error;
    QVERIFY2(repo.save(p, &error), qPrintable(error));
    const auto loaded = repo.find(p.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->displayName(), u"Dr. Anna-Lena Meyer-Lüdenscheidt"_s);
    QCOMPARE(loaded->phone, u"+492317551234"_s);
    QVERIFY(loaded->doNotContact);
    QCOMPARE(loaded->notes, u"Zeile 1\nZeile 2"_s);
    QCOMPARE(loaded->legalBasis, u"legitimate_interest"_s);
    QCOMPARE(audit::forEntity(m_t->db(), u"person"_s, p.id).value().size(), 1);
}

void TestPersonRepository::consentNeedsADate()
{
    PersonRepository repo(m_t->db());
    Person p = person(u"Jonas"_s, u"Weiß"_s);
    p.legalBasis = u"consent"_s;
    QVERIFY(!repo.save(p, nullptr));
    p.consentDate = time::today().addDays(1);
    QVERIFY(!repo.save(p, nullptr));
    p.consentDate = QDate(2026, 6, 12);
    QVERIFY(repo.save(p, nullptr));
    QCOMPARE(repo.find(p.id)->consentDate, QDate(2026, 6, 12));
}

void TestPersonRepository::validation_data()
{
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("errorField");
    QTest::addRow("no last name") << QString() << QString() << QString() << u"lastName"_s;
    QTest::addRow("bad e-mail") << u"Krüger"_s << u"krueger@"_s << QString() << u"email"_s;
    QTest::addRow("bad mobile") << u"Krüger"_s << QString() << u"0171-abc"_s << u"mobile"_s;
}

void TestPersonRepository::validation()
{
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, mobile);
    QFETCH(QString, errorField);
    PersonRepository repo(m_t->db());
    Person p = person(u"Jan"_s, last);
    p.email = email;
    p.mobile = mobile;
    const FieldErrors errors = repo.check(p);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, errorField);
}

void TestPersonRepository::sortsGermanAndFindsUmlauts()
{
    PersonRepository repo(m_t->db());
    for (const auto& [first, last] : {std::pair{u"Eva"_s, u"Peters"_s}, std::pair{u"Can"_s, u"Özdemir"_s},
             std::pair{u"Ute"_s, u"Otto"_s}, std::pair{u"Frank"_s, u"Müller"_s}, std::pair{u"Tim"_s, u"Strauß"_s}}) {
        Person p = person(first, last);
        QVERIFY(repo.save(p, nullptr));
    }
    QStringList order;
    for (const Person& p : repo.list({}).value()) {
        order << p.lastName;
    }
    QCOMPARE(order, (QStringList{u"Müller"_s, u"Otto"_s, u"Özdemir"_s, u"Peters"_s, u"Strauß"_s}));
    for (const QString& query : {u"müller"_s, u"MÜLLER"_s, u"mueller"_s, u"muller"_s, u"Frank Mü"_s}) {
        PersonFilter f;
        f.text = query;
        const QList<Person> found = repo.list(f).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().lastName, u"Müller"_s);
    }
    PersonFilter f;
    f.text = u"strauss"_s;
    QCOMPARE(repo.list(f).value().size(), 1);
}

void TestPersonRepository::deleteRefusedWhenTookPart()
{
    PersonRepository repo(m_t->db());
    Person p = person(u"Ida"_s, u"Böhm"_s);
    QVERIFY(repo.save(p, nullptr));
    Event e;
    e.start = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
    e.participants << Participant{Participant::Kind::Person, p.id, {}, {}, {}};
    QVERIFY(EventRepository(m_t->db()).save(e, nullptr));
    QString error;
    QVERIFY(!repo.remove(p.id, &error));
    QVERIFY(error.contains(u"Archive"_s));
    QCOMPARE(repo.eventCount(p.id).value(), 1);
    Person q = person(u"Max"_s, u"Falsch"_s);
    QVERIFY(repo.save(q, nullptr));
    QVERIFY(repo.remove(q.id, &error));
    QVERIFY(!repo.find(q.id));
}

void TestPersonRepository::archive()
{
    PersonRepository repo(m_t->db());
    Person p = person(u"Lea"_s, u"Schäfer"_s);
    QVERIFY(repo.save(p, nullptr));
    QVERIFY(repo.setArchived(p.id, true, nullptr));
    QCOMPARE(repo.list({}).value().size(), 0);
    PersonFilter all;
    all.includeArchived = true;
    QCOMPARE(repo.list(all).value().size(), 1);
}

void TestPersonRepository::similarPersons_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("warned");
    QTest::addRow("same") << u"Frank"_s << u"Müller"_s << QString() << true;
    QTest::addRow("written out") << u"Frank"_s << u"Mueller"_s << QString() << true;
    QTest::addRow("typo in first") << u"Franck"_s << u"Müller"_s << QString() << true;
    QTest::addRow("other first name") << u"Petra"_s << u"Müller"_s << QString() << false;
    QTest::addRow("same e-mail") << u"Xaver"_s << u"Yilmaz"_s << u"FRANK@mikrowerk.example"_s << true;
}

void TestPersonRepository::similarPersons()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(bool, warned);
    PersonRepository repo(m_t->db());
    Person p = person(u"Frank"_s, u"Müller"_s);
    QVERIFY(repo.save(p, nullptr));
    QCOMPARE(!repo.findSimilar(first, last, email).value().isEmpty(), warned);
}

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "TestPersonRepository.moc"
