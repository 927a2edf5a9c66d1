// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ImportCells.h"

#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestImportCells : public QObject
{
    Q_OBJECT
private slots:
    void sizeClasses_data();
    void sizeClasses();
    void wzCodes_data();
    void wzCodes();
    void eventTypes_data();
    void eventTypes();
    void phoneCells_data();
    void phoneCells();
};

// The size classes of employees as the chambers' member lists and the Federal Employment Agency write them.
void TestImportCells::sizeClasses_data()
{
    constexpr int open = std::numeric_limits<int>::max();
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("from"); // -1: no size class
    QTest::addColumn<int>("to");
    QTest::newRow("range") << u"50-249"_s << 50 << 249;
    QTest::newRow("spaced en dash") << u"50 – 249"_s << 50 << 249;
    QTest::newRow("bis") << u"10 bis 49 Beschäftigte"_s << 10 << 49;
    QTest::newRow("von bis") << u"von 1 bis 9"_s << 1 << 9;
    QTest::newRow("bis unter") << u"50 bis unter 250"_s << 50 << 249;
    QTest::newRow("years") << u"2019-2021"_s << -1 << 0;
    QTest::newRow("thousands") << u"250 - 1.000 MA"_s << 250 << 1000;
    QTest::newRow("up to") << u"bis 9"_s << 0 << 9;
    QTest::newRow("below") << u"unter 10"_s << 0 << 9;
    QTest::newRow("less than sign") << u"< 10"_s << 0 << 9;
    QTest::newRow("at most sign") << u"<= 9"_s << 0 << 9;
    QTest::newRow("plus") << u"250+"_s << 250 << open;
    QTest::newRow("und mehr") << u"250 und mehr"_s << 250 << open;
    QTest::newRow("ab") << u"ab 250 Mitarbeiter"_s << 250 << open;
    QTest::newRow("über") << u"über 249"_s << 250 << open;
    QTest::newRow("greater sign") << u"> 249"_s << 250 << open;
    QTest::newRow("at least sign") << u"≥ 250"_s << 250 << open;
    QTest::newRow("English") << u"more than 249 employees"_s << 250 << open;
    QTest::newRow("a number") << u"120"_s << -1 << 0;
    QTest::newRow("reversed") << u"249-50"_s << -1 << 0;
    QTest::newRow("words") << u"viele"_s << -1 << 0;
    QTest::newRow("a date") << u"2024-05"_s << 2024 << 5; // reversed, so none
}

void TestImportCells::sizeClasses()
{
    QFETCH(QString, cell);
    QFETCH(int, from);
    QFETCH(int, to);
    const auto c = import::sizeClass(cell);
    if (from < 0 || from > to) {
        QVERIFY(!c);
        return;
    }
    QVERIFY(c);
    QCOMPARE(c->from, from);
    QCOMPARE(c->to, to);
}

void TestImportCells::wzCodes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("sector");
    QTest::newRow("class") << u"62.01"_s << u"it"_s;
    QTest::newRow("with title") << u"62.01 Programmierungstätigkeiten"_s << u"it"_s;
    QTest::newRow("WZ prefix") << u"WZ 2008: 63.11"_s << u"it"_s;
    QTest::newRow("section letter") << u"J62"_s << u"it"_s;
    QTest::newRow("Excel's decimal comma") << u"62,01"_s << u"it"_s;
    QTest::newRow("WZ08") << u"WZ08 62.01"_s << u"it"_s;
    QTest::newRow("WZ-2008:") << u"WZ-2008: 49.41"_s << u"logistics"_s;
    QTest::newRow("subclass") << u"62.011"_s << u"it"_s;
    QTest::newRow("software publishing") << u"58.29"_s << u"it"_s;
    QTest::newRow("book publishing") << u"58.11"_s << QString();
    QTest::newRow("freight") << u"49.41"_s << u"logistics"_s;
    QTest::newRow("warehousing") << u"H 52.10"_s << u"logistics"_s;
    QTest::newRow("pharmaceuticals") << u"21.20"_s << u"health"_s;
    QTest::newRow("medical instruments") << u"32.50"_s << u"health"_s;
    QTest::newRow("hospital") << u"86.10"_s << u"health"_s;
    QTest::newRow("electronic components") << u"C 26.11"_s << u"biomicronano"_s;
    QTest::newRow("biotechnology research") << u"72.11"_s << u"biomicronano"_s;
    QTest::newRow("other research") << u"72.19"_s << QString();
    QTest::newRow("machinery") << u"28.41"_s << u"production"_s;
    QTest::newRow("division only") << u"WZ 25"_s << u"production"_s;
    QTest::newRow("agriculture") << u"01.11 Anbau von Getreide"_s << QString();
    QTest::newRow("a postal code") << u"44227"_s << QString();
    QTest::newRow("words") << u"Maschinenbau"_s << QString();
}

void TestImportCells::wzCodes()
{
    QFETCH(QString, cell);
    QFETCH(QString, sector);
    QCOMPARE(import::sectorOfWz(cell), sector);
}

// Titles and categories of calendar entries as staff of the four offices write them.
void TestImportCells::eventTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addRow("workshop") << u"Workshop Industrie 4.0 mit TU Dortmund"_s << u"workshop"_s;
    QTest::addRow("kick-off workshop") << u"Kick-off-Workshop KMUni"_s << u"workshop"_s;
    QTest::addRow("seminar") << u"Seminar: Fördermittel für KMU"_s << u"workshop"_s;
    QTest::addRow("schulung") << u"Schulung CRM"_s << u"workshop"_s;
    QTest::addRow("job fair") << u"Jobmesse Bochum"_s << u"career_fair"_s;
    QTest::addRow("contact fair") << u"bonding Firmenkontaktmesse Dortmund"_s << u"career_fair"_s;
    QTest::addRow("career fair") << u"Career Fair RUB"_s << u"career_fair"_s;
    QTest::addRow("hyphenated") << u"Karriere-Messe"_s << u"career_fair"_s;
    QTest::addRow("info event") << u"Infoveranstaltung Praxissemester"_s << u"information_event"_s;
    QTest::addRow("info evening") << u"Info-Abend für Unternehmen"_s << u"information_event"_s;
    QTest::addRow("information event") << u"Informationsveranstaltung EFRE"_s << u"information_event"_s;
    QTest::addRow("company visit") << u"Betriebsbesuch Zeche Zollern Robotik"_s << u"company_visit"_s;
    QTest::addRow("firm visit") << u"Firmenbesuch bei Ruhrcode"_s << u"company_visit"_s;
    QTest::addRow("plant tour") << u"Betriebsbesichtigung"_s << u"company_visit"_s;
    QTest::addRow("university visit") << u"Hochschulbesuch FH Dortmund"_s << u"university_visit"_s;
    QTest::addRow("umlaut") << u"Universitätsbesuch RUB"_s << u"university_visit"_s;
    QTest::addRow("chair visit") << u"Lehrstuhlbesuch Prof. Böckmann"_s << u"university_visit"_s;
    QTest::addRow("phone call") << u"Telefonat mit Frau Schmidt"_s << u"phone_call"_s;
    QTest::addRow("telko") << u"Telko Projektteam"_s << u"phone_call"_s;
    QTest::addRow("callback") << u"Rückruf Herr Öztürk"_s << u"phone_call"_s;
    QTest::addRow("first named wins") << u"Telefonat wegen Workshop"_s << u"phone_call"_s;
    QTest::addRow("first named wins, other way") << u"Workshop-Vorbereitung, Telefonat"_s << u"workshop"_s;
    QTest::addRow("plain visit") << u"Besuch"_s << QString();
    QTest::addRow("trade fair") << u"Hannover Messe"_s << QString();
    QTest::addRow("meeting") << u"Jour fixe KMUni"_s << QString();
    QTest::addRow("training inside a word") << u"Retrainingskonzept"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestImportCells::eventTypes()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QCOMPARE(import::eventTypeOfWords(text), type);
}

// Phone cells as address books, Excel lists and chambers' lists write them.
void TestImportCells::phoneCells_data()
{
    using Outcome = import::PhoneCell::Outcome;
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("noteHas");
    QTest::addRow("number") << u"0231 755-7788"_s << int(Outcome::Kept) << u"+492317557788"_s << QString();
    QTest::addRow("international") << u"+49 (0) 231 / 98 76 54-0"_s << int(Outcome::Kept) << u"+492319876540"_s
                                   << QString();
    QTest::addRow("zero lost by Excel") << u"2319876500"_s << int(Outcome::KeptToCheck) << u"+492319876500"_s
                                        << u"drops the 0"_s;
    QTest::addRow("extension") << u"0231 755-7788 App. 12"_s << int(Outcome::KeptToCheck) << u"+492317557788"_s
                               << u"extension 12"_s;
    QTest::addRow("extension with a dash")
        << u"0231 12345 Durchwahl -22"_s << int(Outcome::KeptToCheck) << u"+4923112345"_s << u"extension 22"_s;
    QTest::addRow("word after") << u"+49 231 755-0 Zentrale"_s << int(Outcome::KeptToCheck) << u"+492317550"_s
                                << u"»Zentrale«"_s;
    QTest::addRow("word in brackets") << u"0231/755-2211 (Sekretariat)"_s << int(Outcome::KeptToCheck)
                                      << u"+492317552211"_s << u"»Sekretariat«"_s;
    QTest::addRow("label before") << u"Zentrale: 0231 755-0"_s << int(Outcome::KeptToCheck) << u"+492317550"_s
                                  << u"»Zentrale«"_s;
    QTest::addRow("no area code") << u"755-1234"_s << int(Outcome::NotKept) << QString() << u"755-1234"_s;
    QTest::addRow("exponent") << u"4,92319E+11"_s << int(Outcome::NotKept) << QString() << u"exponent"_s;
    QTest::addRow("words") << u"siehe Zentrale"_s << int(Outcome::NotANumber) << u"siehe Zentrale"_s << QString();
    QTest::addRow("words and a short number") << u"Raum 12"_s << int(Outcome::NotANumber) << u"Raum 12"_s << QString();
}

void TestImportCells::phoneCells()
{
    QFETCH(QString, cell);
    QFETCH(int, outcome);
    QFETCH(QString, number);
    QFETCH(QString, noteHas);
    const import::PhoneCell read = import::phoneCell(u"Telefon"_s, cell, u"DE"_s);
    QCOMPARE(int(read.outcome), outcome);
    QCOMPARE(read.number, number);
    QVERIFY2(noteHas.isEmpty() ? read.note.isEmpty() : read.note.contains(noteHas), qPrintable(read.note));
}

QTEST_GUILESS_MAIN(TestImportCells)
#include "TestImportCells.moc"
