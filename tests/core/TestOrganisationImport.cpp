// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Vocabulary.h"
#include "io/ListExport.h"
#include "io/OrganisationImport.h"
#include "io/PersonImport.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {
OrganisationImport::Options trial(bool dryRun = false)
{
    OrganisationImport::Options o;
    o.dryRun = dryRun;
    return o;
}

QList<Organisation> everyOrganisation(Database& db)
{
    OrganisationFilter all;
    all.archived = OrganisationFilter::Archived::All;
    return OrganisationRepository(db).list(all).value();
}

// The fields an export and an import carry, for comparing two databases.
QStringList fingerprint(Database& db)
{
    QStringList lines;
    QHash<Id, QString> names;
    const QList<Organisation> all = everyOrganisation(db);
    for (const Organisation& o : all) {
        names.insert(o.id, o.name);
    }
    QHash<Id, QString> staff;
    for (const StaffMember& m : StaffRepository(db).list(false).value()) {
        staff.insert(m.id, m.displayName());
    }
    for (const Organisation& o : all) {
        lines << QStringList{o.name, o.legalForm, o.kind, names.value(o.parentId), o.sector, o.street, o.postalCode,
            o.city, o.website, o.phone, o.email, o.employees ? QString::number(*o.employees) : QString(),
            o.isSme ? u"1"_s : u"0"_s, o.isPilot ? u"1"_s : u"0"_s, o.stage, o.needs, o.offers, o.notes,
            staff.value(o.responsibleStaffId), o.archived ? u"archived"_s : QString()}
                     .join(u'|');
    }
    lines.sort();
    return lines;
}
// A stored university: its id (0 after a warning when it cannot be saved).
Id storedUniversity(Database& db, const QString& name, const QString& shortName = {})
{
    Organisation university;
    university.kind = u"university"_s;
    university.name = name;
    university.shortName = shortName;
    return test::saved<OrganisationRepository>(db, university);
}
} // namespace

class TestOrganisationImport : public QObject
{
    Q_OBJECT
private slots:
    void importsAChamberList();
    void sameFileTwiceChangesNothing();
    void updatesWhatTheFileChanges();
    void institutesFindTheirUniversity();
    void otherNamesFindTheOrganisation_data();
    void otherNamesFindTheOrganisation();
    void otherNamesAsTheWholeFileSaysThem();
    void totalsBelowTheListAreLeftOut_data();
    void totalsBelowTheListAreLeftOut();
    void headerInTwoRows();
    void employeesAndSme_data();
    void employeesAndSme();
    void kindWordsOfLists_data();
    void kindWordsOfLists();
    void badRowsImportNothing_data();
    void badRowsImportNothing();
    void roundTripOfTheExport_data();
    void roundTripOfTheExport();
    void responsibleAndArchived_data();
    void responsibleAndArchived();
    void aListOfTheOtherKindIsQuestioned_data();
    void aListOfTheOtherKindIsQuestioned();
    void sectorsAndStagesAsPeopleShortenThem_data();
    void sectorsAndStagesAsPeopleShortenThem();
    void aSecondSiteChangesNothing();
    void germanWordsInAnEnglishWindow();
    void streetAndHouseNumber_data();
    void streetAndHouseNumber();
    void phonesAsListsWriteThem();
    void sizeClassClearsANumberOutsideIt();
};

void TestOrganisationImport::importsAChamberList()
{
    test::TempDatabase t;
    // As a chamber's Excel list comes: German headers, ';', Windows-1252, a legal form in the name.
    const QByteArray csv = "Firma;Stra\xdf"
                           "e;PLZ;Ort;Telefon;E-Mail;Internet;Branche;Mitarbeiter;KMU;Bemerkung;Kreis\r\n"
                           "Zeche Zollern Robotik GmbH;Grubenweg 5;44388;Dortmund;0231 755-0;info@zollern.example;"
                           "www.zollern.example;Production;1.250;nein;Kontakt \xfc"
                           "ber IHK;Dortmund\r\n";
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 1);
    QVERIFY(report.written);
    QVERIFY2(report.notTakenOver().size() == 1, qPrintable(report.notTakenOver().join(u' ')));
    QVERIFY(report.notTakenOver().first().startsWith(u"»Kreis«"_s));
    const QList<Organisation> all = everyOrganisation(t.db());
    QCOMPARE(all.size(), 1);
    const Organisation& o = all.first();
    QCOMPARE(o.name, u"Zeche Zollern Robotik"_s);
    QCOMPARE(o.legalForm, u"GmbH"_s);
    QCOMPARE(o.kind, u"company"_s);
    QCOMPARE(o.city, u"Dortmund"_s);
    QCOMPARE(o.postalCode, u"44388"_s);
    QCOMPARE(o.phone, u"+492317550"_s);
    QCOMPARE(o.website, u"https://www.zollern.example"_s);
    QCOMPARE(o.sector, u"production"_s);
    QCOMPARE(o.employees, std::optional<int>(1250));
    QVERIFY(!o.isSme);
    QCOMPARE(o.notes, u"Kontakt über IHK"_s);
}

void TestOrganisationImport::sameFileTwiceChangesNothing()
{
    test::TempDatabase t;
    const QByteArray csv = "Name;Rechtsform;Ort;Telefon;Webseite;Art\n"
                           "Logistik Ruhr;UG (haftungsbeschränkt);Bochum;0234 98765-0;logistik-ruhr.example;Company\n"
                           "Ruhr-Universität Bochum;;Bochum;;;university\n";
    QVERIFY(OrganisationImport(t.db()).run(csv, trial()).ok());
    const ImportReport again = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(everyOrganisation(t.db()).size(), 2);
    // Written another way (legal form in the name, umlauts spelt out): still the same organisations.
    const QByteArray other = "Firma;Ort\nLogistik Ruhr UG (haftungsbeschränkt);Bochum\nRuhr-Universitaet Bochum;\n";
    const ImportReport third = OrganisationImport(t.db()).run(other, trial());
    QCOMPARE(third.created, 0);
    QCOMPARE(third.unchanged, 2);
}

void TestOrganisationImport::updatesWhatTheFileChanges()
{
    test::TempDatabase t;
    QVERIFY(OrganisationImport(t.db())
                .run("Name;Ort;PLZ;Notizen\nNanoFluid Analytik GmbH;Dortmund;44227;alt\n", trial())
                .ok());
    const ImportReport report
        = OrganisationImport(t.db()).run("Name;Ort;PLZ;Notizen\nNanoFluid Analytik GmbH;Witten;;alt\n", trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.changes.first().fields, QStringList{import::label(import::Field::OrgCity)});
    const Organisation o = everyOrganisation(t.db()).first();
    QCOMPARE(o.city, u"Witten"_s);
    QCOMPARE(o.postalCode, u"44227"_s); // empty in the file: left as stored
    // A trial run says the same without writing.
    const ImportReport dry = OrganisationImport(t.db()).run("Name;Ort\nNanoFluid Analytik GmbH;Herne\n", trial(true));
    QCOMPARE(dry.updated, 1);
    QVERIFY(!dry.written);
    QCOMPARE(everyOrganisation(t.db()).first().city, u"Witten"_s);
}

void TestOrganisationImport::institutesFindTheirUniversity()
{
    test::TempDatabase t;
    // The institute comes first, its university further down: both are created, in the right order.
    const QByteArray csv = "Name;Art;Hochschule;Ort\n"
                           "Lehrstuhl für Förder- und Lagerwesen;Institute;Technische Universität Dortmund;Dortmund\n"
                           "Technische Universität Dortmund;University;;Dortmund\n"
                           "Lehrstuhl für Förder- und Lagerwesen;Institute;Ruhr-Universität Bochum;Bochum\n"
                           "Ruhr-Universität Bochum;University;;Bochum\n";
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 4);
    QCOMPARE(report.changes.first().line, 2);
    int institutes = 0;
    for (const Organisation& o : everyOrganisation(t.db())) {
        if (o.kind == u"institute"_s) {
            ++institutes;
            QVERIFY(o.parentId > 0);
        }
    }
    QCOMPARE(institutes, 2);
    QCOMPARE(OrganisationImport(t.db()).run(csv, trial()).unchanged, 4);
}

// A chamber's list names the university as people say it: "TU Dortmund", its short name.
void TestOrganisationImport::otherNamesFindTheOrganisation_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("unchanged");
    QTest::newRow("university by its short name") << QByteArray("Name;Art;University\n"
                                                                "Lehrstuhl für Logistik;Institute;TU Dortmund\n")
                                                  << 1 << 0;
    QTest::newRow("the university itself") << QByteArray("Name;Art\nTU Dortmund;University\n") << 0 << 1;
    QTest::newRow("institute without its abbreviation")
        << QByteArray("Name;Art;University\n"
                      "Lehrstuhl für Förder- und Lagerwesen;Institute;Technische Universität Dortmund\n")
        << 0 << 1;
    QTest::newRow("the row's name with its abbreviation")
        << QByteArray("Name;Art\nTechnische Universität Dortmund (TUD);University\n") << 0 << 1;
    QTest::newRow("an institute without its university")
        << QByteArray("Name\nLehrstuhl für Förder- und Lagerwesen (FLW)\n") << 0 << 1;
    QTest::newRow("an institute's name as a company's") << QByteArray("Name;Art\nLehrstuhl für Förder- und Lagerwesen "
                                                                      "(FLW);Company\n")
                                                        << 1 << 0;
    QTest::newRow("a short name given further up") << QByteArray("Name;Kurzname;Art;University\n"
                                                                 "Ruhr-Universität Bochum;RUB;University;\n"
                                                                 "Lehrstuhl für Produktionssysteme;;Institute;RUB\n")
                                                   << 2 << 0;
}

void TestOrganisationImport::otherNamesFindTheOrganisation()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, created);
    QFETCH(int, unchanged);
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    const Id tu = storedUniversity(t.db(), u"Technische Universität Dortmund"_s, u"TU Dortmund"_s);
    QVERIFY(tu != 0);
    Organisation flw;
    flw.kind = u"institute"_s;
    flw.instituteType = u"chair"_s;
    flw.name = u"Lehrstuhl für Förder- und Lagerwesen (FLW)"_s;
    flw.parentId = tu;
    QVERIFY(repo.save(flw, nullptr));
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, created);
    QCOMPARE(report.unchanged, unchanged);
    QCOMPARE(repo.find(tu)->name, u"Technische Universität Dortmund"_s);
    for (const Organisation& o : everyOrganisation(t.db())) {
        QVERIFY2(o.kind != u"institute"_s || o.parentId > 0, qPrintable(o.name));
    }
    QCOMPARE(OrganisationImport(t.db()).run(csv, trial()).created, 0);
}

// What another name means is decided by the whole file and the stored organisations, not by the order
// of the rows: a name two organisations could have names neither, a short name the file gives a
// stored university is known to the rows after it, a company is not found by a university's short name.
void TestOrganisationImport::otherNamesAsTheWholeFileSaysThem()
{
    {
        test::TempDatabase t;
        const QByteArray csv = "Name\nA (Dortmund)\nA\nA (Bochum)\n";
        const ImportReport first = OrganisationImport(t.db()).run(csv, trial());
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        QCOMPARE(first.created, 3);
        const ImportReport again = OrganisationImport(t.db()).run(csv, trial());
        QCOMPARE(again.created, 0);
        QCOMPARE(again.unchanged, 3);
    }
    {
        test::TempDatabase t;
        const Id rub = storedUniversity(t.db(), u"Ruhr-Universität Bochum"_s);
        QVERIFY(rub != 0);
        const QByteArray csv = "Name;Kurzname;Art;University\n"
                               "Lehrstuhl für Produktionssysteme;;Institute;RUB\n"
                               "Ruhr-Universität Bochum;RUB;University;\n";
        const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
        QVERIFY2(report.ok(), qPrintable(report.describe()));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.updated, 1);
        for (const Organisation& o : everyOrganisation(t.db())) {
            QCOMPARE(o.kind == u"institute"_s ? o.parentId : rub, rub);
        }
    }
    {
        // Two institutes of one name beside their sites, their university named by its short name: two.
        test::TempDatabase t;
        const QByteArray csv = "Name;Kurzname;Art;Hochschule\n"
                               "Technische Universität Dortmund;TU Dortmund;University;\n"
                               "Lehrstuhl A (Campus Nord);;Institute;TU Dortmund\n"
                               "Lehrstuhl A (Campus Süd);;Institute;TU Dortmund\n";
        const ImportReport first = OrganisationImport(t.db()).run(csv, trial());
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        QCOMPARE(first.created, 3);
        QCOMPARE(OrganisationImport(t.db()).run(csv, trial()).unchanged, 3);
    }
    {
        // A row naming the stored university by another name, and giving its short name: one owner of it.
        test::TempDatabase t;
        QVERIFY(storedUniversity(t.db(), u"Technische Universität Dortmund"_s, u"TU Dortmund"_s) != 0);
        const QByteArray csv = "Name;Kurzname;Art;Hochschule\n"
                               "Technische Universität Dortmund (TUD);TU Dortmund;University;\n"
                               "Lehrstuhl B;;Institute;TU Dortmund\n";
        const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
        QVERIFY2(report.ok(), qPrintable(report.describe()));
        QCOMPARE(report.created, 1);
        QCOMPARE(everyOrganisation(t.db()).size(), 2);
    }
    {
        test::TempDatabase t;
        const Id hrw = storedUniversity(t.db(), u"Hochschule Ruhr West"_s, u"HRW"_s);
        QVERIFY(hrw != 0);
        const ImportReport report = OrganisationImport(t.db()).run("Name;Art;Ort\nHRW GmbH;Company;Mülheim\n", trial());
        QVERIFY2(report.ok(), qPrintable(report.describe()));
        QCOMPARE(report.created, 1);
        QCOMPARE(OrganisationRepository(t.db()).find(hrw)->kind, u"university"_s);
    }
}

// A chamber's list ends with its sum and its source: they are no organisations, left out and named.
void TestOrganisationImport::totalsBelowTheListAreLeftOut_data()
{
    QTest::addColumn<QByteArray>("footer");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("skipped");
    QTest::newRow("sum in the name column") << QByteArray("Summe;;;1262\n") << 2 << 1;
    QTest::newRow("sum beside an empty name") << QByteArray(";;Summe:;1262\n") << 2 << 1;
    QTest::newRow("count and source") << QByteArray("Anzahl Unternehmen: 2;;;\n;;;\nQuelle: IHK zu Dortmund;;;\n") << 2
                                      << 2;
    QTest::newRow("English total") << QByteArray("Total;;;1262\n") << 2 << 1;
    QTest::newRow("a company named so is one") << QByteArray("Summerfield Logistik GmbH;Dortmund;;\n") << 3 << 0;
    QTest::newRow("a company Total with its city") << QByteArray("Total;Berlin;Mitte;120\n") << 3 << 0;
}

void TestOrganisationImport::totalsBelowTheListAreLeftOut()
{
    QFETCH(QByteArray, footer);
    QFETCH(int, created);
    QFETCH(int, skipped);
    test::TempDatabase t;
    const QByteArray csv = "Firma;Ort;Stadtteil;Mitarbeiter\n"
                           "Zeche Zollern Robotik GmbH;Dortmund;Bövinghausen;1250\n"
                           "Logistik Ruhr UG;Dortmund;Hafen;12\n"
        + footer;
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, created);
    QCOMPARE(int(report.skipped.size()), skipped);
    QCOMPARE(everyOrganisation(t.db()).size(), created);
    QCOMPARE(OrganisationImport(t.db()).run(csv, trial()).created, 0);
}

// A list with merged header cells: "Anschrift" above "Straße und Hausnr.", "PLZ", "Ort", "Unternehmen" over
// both rows (its name in the upper cell only). The two rows are the header, the data begins below them.
void TestOrganisationImport::headerInTwoRows()
{
    test::TempDatabase t;
    const QByteArray csv
        = "Wirtschaftsförderung Dortmund – Unternehmensliste;;;;;;\n"
          "Unternehmen;Rechtsform;Anschrift;;;Kontakt;\n"
          ";;Straße und Hausnr.;PLZ;Ort;Telefon;E-Mail\n"
          "Kanalkai Logistik;GmbH;Lagerhausstraße 12;44147;Dortmund;0231 849110;info@kanalkai.example\n";
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok() && report.created == 1, qPrintable(report.describe()));
    const Organisation o = everyOrganisation(t.db()).value(0);
    QCOMPARE(o.name, u"Kanalkai Logistik"_s);
    QCOMPARE(o.legalForm, u"GmbH"_s);
    QCOMPARE(o.street, u"Lagerhausstraße 12"_s);
    QCOMPARE(o.postalCode, u"44147"_s);
    QCOMPARE(o.city, u"Dortmund"_s);
    QCOMPARE(o.phone, u"+49231849110"_s);
    // A data row under a one-row header is data, though a cell of it is a column's name too.
    const ImportReport second
        = OrganisationImport(t.db()).run("Unternehmen;Ort;Branche\nLogistik Ruhr;Dortmund;Logistik\n", trial());
    QVERIFY2(second.ok() && second.created == 1, qPrintable(second.describe()));
}

void TestOrganisationImport::employeesAndSme_data()
{
    QTest::addColumn<QByteArray>("cells"); // Mitarbeiter;KMU
    QTest::addColumn<int>("employees"); // -1: the row is refused; -2: none stored
    QTest::addColumn<bool>("sme");
    QTest::addColumn<int>("notes");
    QTest::newRow("few") << QByteArray("12;") << 12 << true << 0;
    QTest::newRow("German thousands") << QByteArray("1.250;") << 1250 << false << 0;
    QTest::newRow("spaced thousands") << QByteArray("1 250;") << 1250 << false << 0;
    QTest::newRow("exactly 250") << QByteArray("250;") << 250 << false << 0;
    QTest::newRow("given as SME with 300") << QByteArray("300;ja") << 300 << true << 1;
    QTest::newRow("given as no SME") << QByteArray("40;nein") << 40 << false << 0;
    QTest::newRow("full-time posts from Excel") << QByteArray("6.5;") << -1 << true << 0;
    QTest::newRow("size class of SMEs") << QByteArray("50-249;") << -2 << true << 1;
    QTest::newRow("size class of SMEs, not one") << QByteArray("10 bis 49 Beschäftigte;nein") << -2 << false << 1;
    QTest::newRow("open size class") << QByteArray("250 und mehr;") << -2 << false << 1;
    QTest::newRow("open size class given as SME") << QByteArray("über 249;ja") << -2 << true << 2;
    QTest::newRow("words") << QByteArray("viele;") << -1 << true << 0;
}

// A number of employees is a whole number; 250 or more is no SME, the EFRE report counts by it.
void TestOrganisationImport::employeesAndSme()
{
    QFETCH(QByteArray, cells);
    QFETCH(int, employees);
    QFETCH(bool, sme);
    QFETCH(int, notes);
    test::TempDatabase t;
    const ImportReport report
        = OrganisationImport(t.db()).run("Firma;Mitarbeiter;KMU\nRuhr Robotik GmbH;" + cells + "\n", trial());
    if (employees == -1) {
        QVERIFY2(!report.written && report.rejected.size() == 1, qPrintable(report.describe()));
        return;
    }
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(int(report.notes.size()), notes);
    const Organisation o = everyOrganisation(t.db()).value(0);
    QCOMPARE(o.employees, employees == -2 ? std::nullopt : std::optional<int>(employees));
    QCOMPARE(o.isSme, sme);
}

void TestOrganisationImport::kindWordsOfLists_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("type"); // of the institute
    QTest::newRow("Lehrstuhl") << u"Lehrstuhl"_s << u"chair"_s;
    QTest::newRow("Fakultät") << u"Fakultät"_s << u"faculty"_s;
    QTest::newRow("Fachbereich") << u"Fachbereich"_s << u"faculty"_s;
    QTest::newRow("Transferstelle") << u"Transferstelle"_s << u"transfer_office"_s;
    QTest::newRow("Forschungsinstitut") << u"Forschungsinstitut"_s << u"research_institute"_s;
    QTest::newRow("English type") << u"Career service"_s << u"career_service"_s;
    QTest::newRow("Institut") << u"Institut"_s << QString();
}

// A university's list says "Fachhochschule", "Fakultät", "Transferstelle" in its column of kinds: the
// university, and institutes of their type.
void TestOrganisationImport::kindWordsOfLists()
{
    QFETCH(QString, word);
    QFETCH(QString, type);
    test::TempDatabase t;
    const QByteArray csv = "Name;Art;Hochschule\nFachhochschule Dortmund;Fachhochschule;\nEinheit X;" + word.toUtf8()
        + ";Fachhochschule Dortmund\n";
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 2);
    for (const Organisation& o : everyOrganisation(t.db())) {
        if (o.name == u"Fachhochschule Dortmund"_s) {
            QCOMPARE(o.kind, u"university"_s);
        } else {
            QCOMPARE(o.kind, u"institute"_s);
            QCOMPARE(o.instituteType, type);
            QVERIFY(o.parentId > 0);
        }
    }
}

void TestOrganisationImport::badRowsImportNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown kind") << QByteArray("Name;Art\nA GmbH;Firma\nB GmbH;Bergwerk\n") << 3;
    QTest::newRow("no name") << QByteArray("Name;Ort\nA GmbH;Bochum\n;Herne\n") << 3;
    QTest::newRow("employees") << QByteArray("Name;Mitarbeiter\nA GmbH;viele\n") << 2;
    QTest::newRow("unknown university") << QByteArray("Name;Hochschule\nLehrstuhl X;Uni Nirgendwo\n") << 2;
    QTest::newRow("bad phone") << QByteArray("Name;Telefon\nA GmbH;call me\n") << 2;
    QTest::newRow("yes or no") << QByteArray("Name;KMU\nA GmbH;vielleicht\n") << 2;
}

void TestOrganisationImport::badRowsImportNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    test::TempDatabase t;
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY(!report.ok());
    QVERIFY(!report.written);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, line);
    QVERIFY(everyOrganisation(t.db()).isEmpty());
}

void TestOrganisationImport::roundTripOfTheExport_data()
{
    test::addExportFormats();
}

void TestOrganisationImport::roundTripOfTheExport()
{
    QFETCH(int, dialect);
    test::TempDatabase demo;
    QVERIFY(test::loadDemo(demo.db()));
    OrganisationRepository repo(demo.db());
    QVERIFY(repo.archive(everyOrganisation(demo.db()).constLast().id, u"Insolvenz"_s, nullptr));
    QTemporaryDir dir;
    const QByteArray bytes
        = test::exported(demo.db(), exports::List::Organisations, csv::Dialect(dialect), dir.path(), true);
    QVERIFY(!bytes.isEmpty());
    // Into the same database: nothing changes.
    const ImportReport same = OrganisationImport(demo.db()).run(bytes, trial());
    QVERIFY2(same.ok(), qPrintable(same.describe()));
    QVERIFY2(same.created + same.updated == 0, qPrintable(same.describe()));
    // Into a new one with the same staff: every organisation comes back with its fields.
    test::TempDatabase fresh;
    for (StaffMember m : StaffRepository(demo.db()).list(false).value()) {
        m.id = m.partnerId = 0;
        QVERIFY(StaffRepository(fresh.db()).save(m, nullptr));
    }
    const ImportReport report = OrganisationImport(fresh.db()).run(bytes, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(fingerprint(fresh.db()), fingerprint(demo.db()));
}

// The responsible staff member by name (umlauts and order aside), the archived flag as yes or no;
// a name nobody has is said and left out, a word that is neither yes nor no refuses the file.
void TestOrganisationImport::responsibleAndArchived_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("responsible");
    QTest::addColumn<bool>("archived");
    QTest::addColumn<QString>("said");
    QTest::newRow("name as the export writes it")
        << QByteArray("Ruhr Robotik;Jens Große-Wächter;nein") << u"Jens Große-Wächter"_s << false << QString();
    QTest::newRow("umlauts written out, last name first")
        << QByteArray("Ruhr Robotik;Grosse-Waechter, Jens;") << u"Jens Große-Wächter"_s << false << QString();
    QTest::newRow("archived") << QByteArray("Ruhr Robotik;;ja") << QString() << true << QString();
    QTest::newRow("nobody of that name") << QByteArray("Ruhr Robotik;Erika Mustermann;nein") << QString() << false
                                         << u"Responsible staff member \"Erika Mustermann\" not kept"_s;
    QTest::newRow("neither yes nor no") << QByteArray("Ruhr Robotik;;vielleicht") << QString() << false
                                        << u"Archived: \"vielleicht\" is neither yes nor no."_s;
}

void TestOrganisationImport::responsibleAndArchived()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, responsible);
    QFETCH(bool, archived);
    QFETCH(QString, said);
    test::TempDatabase t;
    StaffMember jens;
    jens.firstName = u"Jens"_s;
    jens.lastName = u"Große-Wächter"_s;
    QVERIFY(StaffRepository(t.db()).save(jens, nullptr));
    OrganisationImport::Options options = trial();
    options.source = u"/home/anna/Firmen.csv"_s;
    const QByteArray csv = "Name;Zuständig;Archiviert\n" + rows + "\n";
    const ImportReport report = OrganisationImport(t.db()).run(csv, options);
    QVERIFY2(report.describe().contains(said), qPrintable(report.describe()));
    if (said.contains(u"neither"_s)) {
        QVERIFY(!report.written);
        QVERIFY(everyOrganisation(t.db()).isEmpty());
        return;
    }
    QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
    QCOMPARE(report.notTakenOver().isEmpty(), said.isEmpty());
    const Organisation o = everyOrganisation(t.db()).value(0);
    QCOMPARE(o.responsibleStaffId != 0 ? StaffRepository(t.db()).find(o.responsibleStaffId)->displayName() : QString(),
        responsible);
    QCOMPARE(o.archived, archived);
    QCOMPARE(o.archivedReason, archived ? u"Archived in the imported file Firmen.csv."_s : QString());
    // Once more: nothing changes. Then the other way round: archived → not, and back.
    QCOMPARE(OrganisationImport(t.db()).run(csv, options).unchanged, 1);
    const QByteArray flipped = "Name;Archiviert\nRuhr Robotik;" + QByteArray(archived ? "nein" : "ja") + "\n";
    const ImportReport flip = OrganisationImport(t.db()).run(flipped, options);
    QCOMPARE(flip.updated, 1);
    QCOMPARE(flip.changes.value(0).fields, QStringList{u"Archived"_s});
    QCOMPARE(everyOrganisation(t.db()).value(0).archived, !archived);
}

// A list of organisations given to the persons import would make every organisation a person; a
// list of persons given to this import would make their e-mail, phone and notes the organisation's.
// Both are refused with the columns that tell, unless the user chose the columns.
void TestOrganisationImport::aListOfTheOtherKindIsQuestioned_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("telling"); // empty: imported
    const int persons = int(import::Target::Persons);
    const int organisations = int(import::Target::Organisations);
    QTest::newRow("our organisations export as persons")
        << persons
        << QByteArray("Name;Rechtsform;Art;Branche;Ort;E-Mail;KMU;Pilotunternehmen;Notizen\n"
                      "Zeche Zollern Robotik;GmbH;Unternehmen;Produktion;Dortmund;info@zzr.example;ja;nein;\n")
        << u"»Art«, »Branche«, »KMU«, …"_s;
    QTest::newRow("a chamber's list of contacts as persons")
        << persons
        << QByteArray("Firma;Branche;KMU;Vorname;Nachname;E-Mail\nZeche Zollern Robotik;Produktion;ja;Anna;Krüger;"
                      "a.krueger@zzr.example\n")
        << QString();
    QTest::newRow("names and one column of a company as persons")
        << persons << QByteArray("Name;E-Mail;Branche\nAnna Krüger;a.krueger@zzr.example;IT\n") << QString();
    QTest::newRow("our persons export as organisations")
        << organisations
        << QByteArray("Anrede;Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon\n"
                      "Frau;;Anna;Krüger;Leitung;Zeche Zollern Robotik;a.krueger@zzr.example;0231 7551234\n")
        << u"»Vorname«, »Nachname«"_s;
    QTest::newRow("Outlook as organisations")
        << organisations
        << QByteArray("First Name;Last Name;Company;Business Phone\nAnna;Krüger;Zeche Zollern Robotik;0231 7551234\n")
        << u"»First Name«, »Last Name«"_s;
    QTest::newRow("a chamber's list of companies as organisations")
        << organisations
        << QByteArray("Firma;Straße;PLZ;Ort;Branche\nZeche Zollern Robotik;Grubenweg 5;44388;Dortmund;IT\n")
        << QString();
}

void TestOrganisationImport::aListOfTheOtherKindIsQuestioned()
{
    QFETCH(int, target);
    QFETCH(QByteArray, csv);
    QFETCH(QString, telling);
    test::TempDatabase t;
    const auto run = [&](std::optional<import::Mapping> mapping) {
        if (import::Target(target) == import::Target::Persons) {
            PersonImport::Options options;
            options.mapping = mapping;
            return PersonImport(t.db()).run(csv, options);
        }
        OrganisationImport::Options options;
        options.mapping = mapping;
        return OrganisationImport(t.db()).run(csv, options);
    };
    const QStringList header = QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(u';');
    const QString wrong = import::wrongKind(header, import::Target(target));
    QVERIFY2(telling.isEmpty() ? wrong.isEmpty() : wrong.contains(telling), qPrintable(wrong));
    const ImportReport report = run(std::nullopt);
    if (telling.isEmpty()) {
        QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
        return;
    }
    QVERIFY2(report.error.contains(telling), qPrintable(report.error));
    QVERIFY(!report.written);
    QCOMPARE(everyOrganisation(t.db()).size(), 0);
    // The user's own choice of columns (the import dialog's) is taken as it is.
    const import::Mapping chosen = import::Target(target) == import::Target::Persons
        ? import::detect(header)
        : import::detectOrganisations(header);
    const ImportReport chosenReport = run(chosen);
    QVERIFY2(chosenReport.ok() && chosenReport.written, qPrintable(chosenReport.describe()));
}

// A chamber's list writes "Produktion" for "Produktionswirtschaft": a label's beginning or one of its
// words names it, where it names only one; a WZ 2008 code names the sector it belongs to. Fewer than four
// letters, or a sector the project does not serve, leave the organisation without a sector, said.
void TestOrganisationImport::sectorsAndStagesAsPeopleShortenThem_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("expected"); // sector|stage; empty: no sector, a note says why
    QTest::newRow("labels") << false << u"Production"_s << u"First meeting"_s << u"production|first_meeting"_s;
    QTest::newRow("beginnings") << false << u"Logistic"_s << u"Coop"_s << u"logistics|cooperating"_s;
    QTest::newRow("words") << false << u"nano"_s << u"meeting"_s << u"biomicronano|first_meeting"_s;
    QTest::newRow("German beginnings") << true << u"Produktion"_s << u"Erstgespräch"_s << u"production|first_meeting"_s;
    QTest::newRow("German words") << true << u"Nanotechnologie"_s << u"ermittelt"_s << u"biomicronano|needs_assessed"_s;
    QTest::newRow("too short") << false << u"Pro"_s << QString() << QString();
    QTest::newRow("no such sector") << true << u"Landwirtschaft"_s << QString() << QString();
    QTest::newRow("some of its words") << true << u"Mikro- und Nanotechnologie"_s << QString() << u"biomicronano|"_s;
    QTest::newRow("a word of two letters") << true << u"IT-Sicherheit"_s << QString() << u"it|"_s;
    QTest::newRow("words of two sectors") << true << u"Logistik-IT"_s << QString() << QString();
    QTest::newRow("a generic word") << false << u"Medical technology"_s << QString() << QString();
    QTest::newRow("WZ code before its title's words")
        << false << u"62.09 Other information technology service activities"_s << QString() << u"it|"_s;
    QTest::newRow("WZ code and title") << true << u"62.01 Programmierungstätigkeiten"_s << QString() << u"it|"_s;
    QTest::newRow("WZ 2008 class") << false << u"WZ 2008: 49.41"_s << QString() << u"logistics|"_s;
    QTest::newRow("WZ section and class") << false << u"C 26.11"_s << QString() << u"biomicronano|"_s;
    QTest::newRow("WZ pharmaceuticals") << false << u"21.20"_s << QString() << u"health|"_s;
    QTest::newRow("WZ machinery") << false << u"28.41"_s << QString() << u"production|"_s;
    QTest::newRow("WZ agriculture") << true << u"01.11 Anbau von Getreide"_s << QString() << QString();
}

void TestOrganisationImport::sectorsAndStagesAsPeopleShortenThem()
{
    QFETCH(bool, german);
    QFETCH(QString, sector);
    QFETCH(QString, stage);
    QFETCH(QString, expected);
    std::optional<test::German> translation;
    if (german) {
        translation.emplace(QStringLiteral(KMUNI_DE_QM));
        QVERIFY2(translation->loaded(), KMUNI_DE_QM);
    }
    test::TempDatabase t;
    const QByteArray csv
        = "Name;Branche;Betreuungsstand\nRuhr Robotik;" + sector.toUtf8() + ";" + stage.toUtf8() + "\n";
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
    const Organisation o = everyOrganisation(t.db()).value(0);
    if (expected.isEmpty()) {
        QVERIFY(o.sector.isEmpty());
        QCOMPARE(report.notes.size(), 1);
        QVERIFY2(report.notes.first().message.contains(sector), qPrintable(report.describe()));
        return;
    }
    QCOMPARE(o.sector + u'|' + o.stage, expected);
}

// The window speaks English, the chamber's list German: its sectors and stages are read all the same.
void TestOrganisationImport::germanWordsInAnEnglishWindow()
{
    const QByteArray csv = "Name;Branche;Betreuungsstand\nRuhr Robotik;Logistik;Erstgespräch\n";
    {
        test::TempDatabase t;
        QVERIFY(!OrganisationImport(t.db()).run(csv, trial()).ok()); // English alone does not know them
    }
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral(KMUNI_DE_QM)), KMUNI_DE_QM);
    vocab::setOtherLanguage(&german);
    const auto unset = qScopeGuard([] { vocab::setOtherLanguage(nullptr); });
    test::TempDatabase t;
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
    const Organisation o = everyOrganisation(t.db()).value(0);
    QCOMPARE(o.sector + u'|' + o.stage, u"logistics|first_meeting"_s);
}

// A chamber lists a company once per site: the first line stands, the others are said, and importing
// the same file again changes nothing (it used to flip the address back and forth).
void TestOrganisationImport::aSecondSiteChangesNothing()
{
    test::TempDatabase t;
    const QByteArray csv = "Firma;Straße;PLZ;Ort\n"
                           "Zeche Zollern Robotik GmbH;Grubenweg 5;44388;Dortmund\n"
                           "Zeche Zollern Robotik GmbH;Hafenstraße 12;44147;Dortmund\n";
    const ImportReport first = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QCOMPARE(first.created, 1);
    QCOMPARE(first.unchanged, 1);
    QCOMPARE(first.changes.size(), 2);
    QCOMPARE(first.changes[1].sameAsLine, 2);
    QCOMPARE(first.notes.size(), 1);
    QCOMPARE(first.notes.first().line, 3);
    QVERIFY2(first.notes.first().message.contains(u"line 2"_s), qPrintable(first.notes.first().message));
    QList<Organisation> all = everyOrganisation(t.db());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().street, u"Grubenweg 5"_s);
    QCOMPARE(all.first().postalCode, u"44388"_s);

    const ImportReport again = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 2);
    all = everyOrganisation(t.db());
    QCOMPARE(all.first().street, u"Grubenweg 5"_s);
}

void TestOrganisationImport::streetAndHouseNumber_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("street");
    QTest::newRow("house number column") << QByteArray("Firma;Straße;Hausnummer;PLZ;Ort\n"
                                                       "Logistik Ruhr;Hafenstraße;12a;44147;Dortmund\n")
                                         << u"Hafenstraße 12a"_s;
    QTest::newRow("number already in the street") << QByteArray("Firma;Strasse;Hausnr.;PLZ;Ort\n"
                                                                "Logistik Ruhr;Hafenstraße 12 a;12a;44147;Dortmund\n")
                                                  << u"Hafenstraße 12 a"_s;
    QTest::newRow("range") << QByteArray("Firma;Straße;Haus-Nr.\nLogistik Ruhr;Hafenstraße;12-14\n")
                           << u"Hafenstraße 12-14"_s;
    QTest::newRow("two lines in the cell") << QByteArray("Firma;Straße;Ort\n"
                                                         "Logistik Ruhr;\"Hafenstraße 12\r\nGebäude B\";Dortmund\n")
                                           << u"Hafenstraße 12, Gebäude B"_s;
    QTest::newRow("two lines and a house number") << QByteArray("Firma;Straße;Hausnummer\n"
                                                                "Logistik Ruhr;\"Grubenweg\nHalle 3\";5\n")
                                                  << u"Grubenweg 5, Halle 3"_s;
    QTest::newRow("English") << QByteArray("Name,Street,House number,City\nLogistik Ruhr,Harbour Road,7,Dortmund\n")
                             << u"Harbour Road 7"_s;
}

void TestOrganisationImport::streetAndHouseNumber()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, street);
    test::TempDatabase t;
    const ImportReport report = OrganisationImport(t.db()).run(csv, trial());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QVERIFY2(report.notTakenOver().isEmpty(), qPrintable(report.notTakenOver().join(u' ')));
    const QList<Organisation> all = everyOrganisation(t.db());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().street, street);
    // Imported again, nothing changes.
    const ImportReport again = OrganisationImport(t.db()).run(csv, trial());
    QCOMPARE(again.unchanged, 1);
}

// A chamber's list with Excel's numbers: a phone's lost zero is put back and named, one without its area
// code or in exponent form left out and named; the file is imported, not refused (a stored phone stays).
void TestOrganisationImport::phonesAsListsWriteThem()
{
    test::TempDatabase t;
    QVERIFY(OrganisationImport(t.db())
                .run("Firma;Telefon\nRuhr Robotik GmbH;0231 555-10\nEmscher Daten GmbH;0234 777-20\n", trial())
                .written);
    const ImportReport report
        = OrganisationImport(t.db()).run("Firma;Telefon\nRuhr Robotik GmbH;2319876500\nEmscher Daten GmbH;4,92347E+11\n"
                                         "Lippe Logistik GmbH;755-1234\nHellweg Sensorik GmbH;+49 231 755-0 Zentrale\n",
            trial());
    QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
    QCOMPARE(report.created, 2);
    QCOMPARE(int(report.toCheck.size()), 2); // the zero put back, the word beside the number
    QCOMPARE(int(report.notes.size()), 2); // exponent form, no area code
    QHash<QString, QString> phones;
    for (const Organisation& o : everyOrganisation(t.db())) {
        phones.insert(o.name, o.phone);
    }
    QCOMPARE(phones.value(u"Ruhr Robotik"_s), u"+492319876500"_s);
    QCOMPARE(phones.value(u"Emscher Daten"_s), u"+4923477720"_s); // stored, not overwritten with nothing
    QCOMPARE(phones.value(u"Lippe Logistik"_s), QString());
    QCOMPARE(phones.value(u"Hellweg Sensorik"_s), u"+492317550"_s);
}

// 110 employees stored, "250 und mehr" in a chamber's list: the number no longer holds and is cleared; one
// inside the class stays.
void TestOrganisationImport::sizeClassClearsANumberOutsideIt()
{
    test::TempDatabase t;
    QVERIFY(OrganisationImport(t.db())
                .run("Firma;Beschäftigte\nRuhr Robotik GmbH;110\nEmscher Daten GmbH;60\n", trial())
                .written);
    const ImportReport report = OrganisationImport(t.db()).run(
        "Firma;Beschäftigte\nRuhr Robotik GmbH;250 und mehr\nEmscher Daten GmbH;50-249\n", trial());
    QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1); // Emscher Daten: 60 is in the class, an SME as before
    QHash<QString, Organisation> byName;
    for (const Organisation& o : everyOrganisation(t.db())) {
        byName.insert(o.name, o);
    }
    QCOMPARE(byName.value(u"Ruhr Robotik"_s).employees, std::nullopt);
    QVERIFY(!byName.value(u"Ruhr Robotik"_s).isSme);
    QCOMPARE(byName.value(u"Emscher Daten"_s).employees, std::optional<int>(60));
}

QTEST_GUILESS_MAIN(TestOrganisationImport)
#include "TestOrganisationImport.moc"
