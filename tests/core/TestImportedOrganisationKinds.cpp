// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "io/PersonImport.h"
#include "organisations/Organisation.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

/**
 * A contact list names the organisations its persons are at; those it creates are companies unless
 * the name says a university or a research institute. A university taken for a company was counted
 * as a supported SME in the funding report.
 */
class TestImportedOrganisationKinds : public QObject
{
    Q_OBJECT
private slots:
    void kindByName_data();
    void kindByName();
    void contactListCreatesThem();
};

void TestImportedOrganisationKinds::kindByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("legalForm");
    QTest::addColumn<QString>("kind");
    QTest::newRow("Universität") << u"Universität Duisburg-Essen"_s << QString() << u"university"_s;
    QTest::newRow("hyphenated") << u"Ruhr-Universität Bochum"_s << QString() << u"university"_s;
    QTest::newRow("written out") << u"Ruhr-Universitaet Bochum"_s << QString() << u"university"_s;
    QTest::newRow("English") << u"University of Twente"_s << QString() << u"university"_s;
    QTest::newRow("Hochschule") << u"Hochschule Bochum"_s << QString() << u"university"_s;
    QTest::newRow("Fachhochschule") << u"Fachhochschule Dortmund"_s << QString() << u"university"_s;
    QTest::newRow("TU") << u"TU Dortmund"_s << QString() << u"university"_s;
    QTest::newRow("FH") << u"FH Münster"_s << QString() << u"university"_s;
    QTest::newRow("Fraunhofer") << u"Fraunhofer-Institut für Materialfluss und Logistik IML"_s << QString()
                                << u"partner"_s;
    QTest::newRow("Max Planck") << u"Max-Planck-Institut für molekulare Physiologie"_s << QString() << u"partner"_s;
    QTest::newRow("a university as KdöR") << u"Ruhr-Universität Bochum"_s << u"KdöR"_s << u"university"_s;
    QTest::newRow("a research society as e.V.") << u"Fraunhofer-Gesellschaft"_s << u"e.V."_s << u"partner"_s;
    QTest::newRow("a pharmacy") << u"Helmholtz-Apotheke"_s << QString() << QString();
    QTest::newRow("a company") << u"NanoFluid Analytik"_s << QString() << QString();
    QTest::newRow("a word inside") << u"Tubetech Dortmund"_s << QString() << QString();
    QTest::newRow("with a legal form") << u"Hochschulservice"_s << u"GmbH"_s << QString();
    QTest::newRow("a university's company") << u"Universitätsverlag Ruhr"_s << u"GmbH"_s << QString();
}

void TestImportedOrganisationKinds::kindByName()
{
    QFETCH(QString, name);
    QFETCH(QString, legalForm);
    QFETCH(QString, kind);
    QCOMPARE(Organisation::kindByName(name, legalForm), kind);
}

void TestImportedOrganisationKinds::contactListCreatesThem()
{
    test::TempDatabase t;
    const QByteArray csv = "Vorname;Nachname;Firma;E-Mail-Adresse\n"
                           "Jörg;Müller;Universität Duisburg-Essen;joerg.mueller@uni-due.example\n"
                           "Eva;Klein;NanoFluid Analytik GmbH;eva.klein@nanofluid.example\n"
                           "Timo;Roth;Fraunhofer-Institut für Materialfluss und Logistik IML;timo.roth@iml.example\n";
    const ImportReport report = PersonImport(t.db()).run(csv, {});
    QVERIFY2(report.error.isEmpty() && report.written, qPrintable(report.describe()));
    QCOMPARE(report.organisationsCreated, 3);
    QCOMPARE(report.organisationNotes.size(), 2); // the two that are no company are said
    QVERIFY2(report.organisationNotes[0].contains(u"Universität Duisburg-Essen"_s), qPrintable(report.describe()));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"SELECT name, kind, is_sme FROM organisations ORDER BY name"_s));
    QStringList rows;
    while (q.next()) {
        rows << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString();
    }
    QCOMPARE(rows,
        QStringList({u"Fraunhofer-Institut für Materialfluss und Logistik IML|partner|0"_s,
            u"NanoFluid Analytik|company|1"_s, u"Universität Duisburg-Essen|university|0"_s}));
}

QTEST_GUILESS_MAIN(TestImportedOrganisationKinds)
#include "TestImportedOrganisationKinds.moc"
