// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "db/AuditLog.h"
#include "io/PersonImport.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestPersonImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importsAGermanExcelFile();
    void dryRunChangesNothing();
    void oneBadRowImportsNothing();
    void needsALastNameColumn();
    void cancelLeavesNothing();
    void importsManyRowsInOneGo();

private:
    int personCount();
    std::unique_ptr<test::TempDatabase> m_t;
};

void TestPersonImport::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    Organisation tu;
    tu.kind = u"university"_s;
    tu.name = u"Technische Universität Dortmund"_s;
    QVERIFY(OrganisationRepository(m_t->db()).save(tu, nullptr));
}

void TestPersonImport::cleanup()
{
    m_t.reset();
}

int TestPersonImport::personCount()
{
    QSqlQuery q(m_t->db().connection());
    q.exec(u"SELECT count(*) FROM persons"_s);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestPersonImport::importsAGermanExcelFile()
{
    QFile file(QStringLiteral(KMUNI_TEST_DATA) + u"/persons-excel-de-cp1252.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportReport report
        = PersonImport(m_t->db()).run(file.readAll(), {csv::Encoding::Auto, false, u"test.csv"_s});
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QVERIFY(report.written);
    QCOMPARE(report.created, 3);
    QCOMPARE(report.organisationsCreated, 1); // Zeche Zollern Robotik; the TU exists
    PersonRepository repo(m_t->db());
    PersonFilter f;
    f.text = u"mueller"_s;
    const auto mueller = repo.list(f).value();
    QCOMPARE(mueller.size(), 1);
    QCOMPARE(mueller.first().firstName, u"Jürgen"_s);
    QCOMPARE(mueller.first().salutation, u"ms"_s);
    QCOMPARE(mueller.first().phone, u"+492317551234"_s);
    QCOMPARE(mueller.first().legalBasis, u"consent"_s);
    QCOMPARE(mueller.first().consentDate, QDate(2026, 6, 12));
    const auto company = OrganisationRepository(m_t->db()).find(mueller.first().organisationId);
    QCOMPARE(company->name, u"Zeche Zollern Robotik"_s);
    QCOMPARE(company->legalForm, u"GmbH"_s);
    f.text = u"Meyer-Lüdenscheidt"_s;
    const auto professor = repo.list(f).value();
    QCOMPARE(professor.size(), 1);
    QVERIFY(professor.first().doNotContact);
    QCOMPARE(professor.first().function, u"Professorin;\r\nLehrstuhl für Logistik"_s);
    QCOMPARE(OrganisationRepository(m_t->db()).find(professor.first().organisationId)->kind, u"university"_s);
    QCOMPARE(audit::forEntity(m_t->db(), u"person"_s, professor.first().id).value().first().action, u"import"_s);
}

void TestPersonImport::dryRunChangesNothing()
{
    const QByteArray csv = "Nachname;Vorname\nSchäfer;Lea\n";
    const ImportReport report = PersonImport(m_t->db()).run(csv, {csv::Encoding::Auto, true, {}});
    QVERIFY(report.ok());
    QVERIFY(!report.written);
    QCOMPARE(report.created, 1);
    QCOMPARE(personCount(), 0);
    QVERIFY(report.describe().contains(u"nothing was changed"_s));
}

void TestPersonImport::oneBadRowImportsNothing()
{
    const QByteArray csv = "Nachname;Vorname;E-Mail;Telefon\n"
                           "Krüger;Jan;jan@example.org;0231 123456\n"
                           ";Ohne;;\n"
                           "Böhm;Ida;kein-at;\n"
                           "Kaya;Can;;call me\n";
    const ImportReport report = PersonImport(m_t->db()).run(csv, {});
    QVERIFY(!report.ok());
    QVERIFY(!report.written);
    QCOMPARE(report.rejected.size(), 3);
    QCOMPARE(report.rejected[0].line, 3);
    QCOMPARE(report.rejected[1].line, 4);
    QCOMPARE(report.rejected[2].line, 5);
    QCOMPARE(personCount(), 0);
    QVERIFY(report.describe().contains(u"line 4"_s));
}

void TestPersonImport::needsALastNameColumn()
{
    const ImportReport report = PersonImport(m_t->db()).run("Vorname;Ort\nLea;Bochum\n", {});
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(personCount(), 0);
}

void TestPersonImport::cancelLeavesNothing()
{
    QByteArray csv = "Nachname;Vorname\n";
    for (int i = 0; i < 5000; ++i) {
        csv += "Muster" + QByteArray::number(i) + ";Max\n";
    }
    int calls = 0;
    const ImportReport report = PersonImport(m_t->db()).run(csv, {}, [&](int done, int total) {
        Q_UNUSED(done);
        Q_UNUSED(total);
        return ++calls < 3; // cancel on the third report, during the writing
    });
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QCOMPARE(personCount(), 0);
}

void TestPersonImport::importsManyRowsInOneGo()
{
    QByteArray csv = "Nachname;Vorname;E-Mail;Firma\n";
    for (int i = 0; i < 20000; ++i) {
        csv += "Größ" + QByteArray::number(i) + ";Jörg;j" + QByteArray::number(i) + "@example.org;Firma "
            + QByteArray::number(i % 50) + "\n";
    }
    const ImportReport report = PersonImport(m_t->db()).run(csv, {});
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 20000);
    QCOMPARE(report.organisationsCreated, 50);
    QCOMPARE(personCount(), 20000);
    PersonFilter f;
    f.text = u"groess19999"_s;
    QCOMPARE(PersonRepository(m_t->db()).list(f).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestPersonImport)
#include "TestPersonImport.moc"
