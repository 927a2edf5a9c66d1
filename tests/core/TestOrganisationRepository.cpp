// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "db/AuditLog.h"
#include "events/EventRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {
Organisation company(const QString& name)
{
    Organisation o;
    o.kind = u"company"_s;
    o.name = name;
    o.legalForm = u"GmbH"_s;
    o.sector = u"it"_s;
    o.city = u"Dortmund"_s;
    o.postalCode = u"44137"_s;
    o.street = u"Kampstraße 12"_s;
    o.phone = u"0231 / 755-1234"_s;
    o.email = u"info@example.org"_s;
    o.stage = u"contacted"_s;
    return o;
}
} // namespace

class TestOrganisationRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saveAssignsIdUuidAndTimestamps();
    void updateWritesOnlyChangedFieldsToAudit();
    void normalisesPhoneNumbers_data();
    void normalisesPhoneNumbers();
    void validation_data();
    void validation();
    void institutesNeedAUniversity();
    void archiveNeedsAReasonAndIsAudited();
    void deleteRefusedWithHistory();
    void deleteWithoutHistory();
    void listFiltersAndSortsGerman();
    void similarNames_data();
    void similarNames();

private:
    std::unique_ptr<test::TempDatabase> m_t;
};

void TestOrganisationRepository::init()
{
    m_t = std::make_unique<test::TempDatabase>();
}

void TestOrganisationRepository::cleanup()
{
    m_t.reset();
}

void TestOrganisationRepository::saveAssignsIdUuidAndTimestamps()
{
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Ruhrcode Systeme"_s);
    QString error;
    QVERIFY2(repo.save(o, &error), qPrintable(error));
    QVERIFY(o.id > 0);
    QCOMPARE(o.uuid.size(), 36);
    const auto loaded = repo.find(o.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, u"Ruhrcode Systeme"_s);
    QCOMPARE(loaded->street, u"Kampstraße 12"_s);
    QCOMPARE(loaded->uuid, o.uuid);
    QVERIFY(loaded->createdAt.isValid());
    QCOMPARE(loaded->createdAt.timeSpec(), Qt::UTC);
    const auto entries = audit::forEntity(m_t->db(), u"organisation"_s, o.id).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"create"_s);
    QCOMPARE(entries.first().user, u"testuser"_s);
    QVERIFY(entries.first().changes.contains(u"name"_s));
}

void TestOrganisationRepository::updateWritesOnlyChangedFieldsToAudit()
{
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Ruhrcode Systeme"_s);
    QVERIFY(repo.save(o, nullptr));
    const QString uuid = o.uuid;
    o.city = u"Bochum"_s;
    o.postalCode = u"44787"_s;
    QString error;
    QVERIFY2(repo.save(o, &error), qPrintable(error));
    QCOMPARE(o.uuid, uuid);
    auto entries = audit::forEntity(m_t->db(), u"organisation"_s, o.id).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().action, u"update"_s);
    const QJsonObject changes = entries.first().changes;
    QCOMPARE(changes.keys(), (QStringList{u"city"_s, u"postal_code"_s}));
    QCOMPARE(changes.value(u"city"_s).toArray().at(0).toString(), u"Dortmund"_s);
    QCOMPARE(changes.value(u"city"_s).toArray().at(1).toString(), u"Bochum"_s);
    // Saving without a change writes no audit row.
    QVERIFY(repo.save(o, nullptr));
    QCOMPARE(audit::forEntity(m_t->db(), u"organisation"_s, o.id).value().size(), 2);
}

void TestOrganisationRepository::normalisesPhoneNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::addRow("slash and dash") << u"0231 / 755-1234"_s << u"+492317551234"_s << u"0231 7551234"_s;
    QTest::addRow("international with (0)") << u"+49 (0)231 7551234"_s << u"+492317551234"_s << u"0231 7551234"_s;
    QTest::addRow("mobile") << u"0171 2345678"_s << u"+491712345678"_s << u"0171 2345678"_s;
    QTest::addRow("Bochum") << u"0234 32-12345"_s << u"+492343212345"_s << u"0234 3212345"_s;
    QTest::addRow("abroad") << u"+31 20 123 4567"_s << u"+31201234567"_s << u"+31 20 123 4567"_s;
}

void TestOrganisationRepository::normalisesPhoneNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Telefonica Test"_s);
    o.phone = input;
    QString error;
    QVERIFY2(repo.save(o, &error), qPrintable(error));
    QCOMPARE(repo.find(o.id)->phone, stored);
    QCOMPARE(phone::display(stored), shown);
}

void TestOrganisationRepository::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::addRow("no name") << u"name"_s << u"  "_s << u"name"_s;
    QTest::addRow("postal code letters") << u"postalCode"_s << u"44A37"_s << u"postalCode"_s;
    QTest::addRow("postal code short") << u"postalCode"_s << u"4413"_s << u"postalCode"_s;
    QTest::addRow("e-mail without @") << u"email"_s << u"info.example.org"_s << u"email"_s;
    QTest::addRow("e-mail without domain") << u"email"_s << u"info@example"_s << u"email"_s;
    QTest::addRow("phone letters") << u"phone"_s << u"call me"_s << u"phone"_s;
    // Not a wrong +49 number: without its area code, or a number of abroad without its country code.
    QTest::addRow("phone without area code") << u"phone"_s << u"755-1234"_s << u"phone"_s;
    QTest::addRow("phone of abroad without country code") << u"phone"_s << u"(905) 555-1234"_s << u"phone"_s;
    QTest::addRow("unknown sector") << u"sector"_s << u"mining"_s << u"sector"_s;
}

void TestOrganisationRepository::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Valide GmbH"_s);
    if (field == u"name"_s) {
        o.name = value;
    } else if (field == u"postalCode"_s) {
        o.postalCode = value;
    } else if (field == u"email"_s) {
        o.email = value;
    } else if (field == u"phone"_s) {
        o.phone = value;
    } else if (field == u"sector"_s) {
        o.sector = value;
    }
    const FieldErrors errors = repo.check(o);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, errorField);
    QVERIFY(!errors.first().message.isEmpty());
    QString error;
    QVERIFY(!repo.save(o, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.list({}).value().size(), 0); // nothing written
}

void TestOrganisationRepository::institutesNeedAUniversity()
{
    OrganisationRepository repo(m_t->db());
    Organisation company1 = company(u"Firma"_s);
    QVERIFY(repo.save(company1, nullptr));
    Organisation institute;
    institute.kind = u"institute"_s;
    institute.name = u"Lehrstuhl für Logistik"_s;
    QVERIFY(!repo.save(institute, nullptr));
    institute.parentId = company1.id;
    QVERIFY(!repo.check(institute).isEmpty());
    Organisation tu;
    tu.kind = u"university"_s;
    tu.name = u"Technische Universität Dortmund"_s;
    QVERIFY(repo.save(tu, nullptr));
    institute.parentId = tu.id;
    QString error;
    QVERIFY2(repo.save(institute, &error), qPrintable(error));
    OrganisationFilter filter;
    filter.parentId = tu.id;
    QCOMPARE(repo.list(filter).value().size(), 1);
}

void TestOrganisationRepository::archiveNeedsAReasonAndIsAudited()
{
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Schläfer GmbH"_s);
    QVERIFY(repo.save(o, nullptr));
    QString error;
    QVERIFY(!repo.archive(o.id, u"  "_s, &error));
    QVERIFY(repo.archive(o.id, u"Betrieb eingestellt"_s, &error));
    QVERIFY(repo.find(o.id)->archived);
    QCOMPARE(repo.list({}).value().size(), 0);
    OrganisationFilter archived;
    archived.archived = OrganisationFilter::Archived::Archived;
    QCOMPARE(repo.list(archived).value().size(), 1);
    QCOMPARE(audit::forEntity(m_t->db(), u"organisation"_s, o.id).value().first().action, u"archive"_s);
    QVERIFY(repo.unarchive(o.id, &error));
    QVERIFY(!repo.find(o.id)->archived);
}

void TestOrganisationRepository::deleteRefusedWithHistory()
{
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Historisch GmbH"_s);
    QVERIFY(repo.save(o, nullptr));
    Event e;
    e.type = u"phone_call"_s;
    e.start = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    e.participants << Participant{Participant::Kind::Organisation, o.id, {}, {}, {}};
    QString error;
    QVERIFY2(EventRepository(m_t->db()).save(e, &error), qPrintable(error));
    QVERIFY(!repo.remove(o.id, &error));
    QVERIFY2(error.contains(u"Archive"_s), qPrintable(error));
    QVERIFY(repo.find(o.id));
    QCOMPARE(repo.usage(o.id).value().events, 1);
}

void TestOrganisationRepository::deleteWithoutHistory()
{
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Tippfehler GmbH"_s);
    QVERIFY(repo.save(o, nullptr));
    QString error;
    QVERIFY2(repo.remove(o.id, &error), qPrintable(error));
    QVERIFY(!repo.find(o.id));
    QCOMPARE(audit::forEntity(m_t->db(), u"organisation"_s, o.id).value().first().action, u"delete"_s);
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM organisation_search"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestOrganisationRepository::listFiltersAndSortsGerman()
{
    OrganisationRepository repo(m_t->db());
    for (const QString& name : {u"Peters Logistik"_s, u"Özdemir Feinmechanik"_s, u"Otto Sensorik"_s}) {
        Organisation o = company(name);
        QVERIFY(repo.save(o, nullptr));
    }
    Organisation b = company(u"Bochumer Bits"_s);
    b.city = u"Bochum"_s;
    b.sector = u"logistics"_s;
    QVERIFY(repo.save(b, nullptr));
    QStringList names;
    for (const Organisation& o : repo.list({}).value()) {
        names << o.name;
    }
    QCOMPARE(
        names, (QStringList{u"Bochumer Bits"_s, u"Otto Sensorik"_s, u"Özdemir Feinmechanik"_s, u"Peters Logistik"_s}));
    OrganisationFilter byCity;
    byCity.city = u"BOCHUM"_s;
    QCOMPARE(repo.list(byCity).value().size(), 1);
    OrganisationFilter bySector;
    bySector.sector = u"logistics"_s;
    QCOMPARE(repo.list(bySector).value().size(), 1);
    OrganisationFilter byText;
    byText.text = u"oezdemir"_s;
    QCOMPARE(repo.list(byText).value().size(), 1);
    byText.text = u"ö"_s; // one letter: names starting with it
    QCOMPARE(repo.list(byText).value().size(), 2); // Otto, Özdemir (o…)
    QCOMPARE(repo.cities().value(), (QStringList{u"Bochum"_s, u"Dortmund"_s}));
}

void TestOrganisationRepository::similarNames_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("warned");
    QTest::addRow("same") << u"Ruhrcode Systeme"_s << QString() << true;
    QTest::addRow("other legal form") << u"Ruhrcode Systeme UG (haftungsbeschränkt)"_s << QString() << true;
    QTest::addRow("case and typo") << u"ruhrcode systme"_s << QString() << true;
    QTest::addRow("same e-mail") << u"Ganz Anders AG"_s << u"INFO@ruhrcode.example"_s << true;
    QTest::addRow("different") << u"Ruhrpott Robotics"_s << QString() << false;
}

void TestOrganisationRepository::similarNames()
{
    QFETCH(QString, candidate);
    QFETCH(QString, email);
    QFETCH(bool, warned);
    OrganisationRepository repo(m_t->db());
    Organisation o = company(u"Ruhrcode Systeme"_s);
    o.email = u"info@ruhrcode.example"_s;
    QVERIFY(repo.save(o, nullptr));
    const QList<Organisation> similar = repo.findSimilar(candidate, email).value();
    QCOMPARE(!similar.isEmpty(), warned);
    QVERIFY(repo.findSimilar(candidate, email, o.id).value().isEmpty()); // itself does not count
}

QTEST_GUILESS_MAIN(TestOrganisationRepository)
#include "TestOrganisationRepository.moc"
