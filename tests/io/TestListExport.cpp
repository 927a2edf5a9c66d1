// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// List exports (issue 15): every list in both CSV dialects and as XLSX (read back with openpyxl),
// the columns, umlauts, dates and numbers, formula-like text neutralised, cancel, private files;
// the EFRE report's CSV and XLSX neutralised as well.
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "io/Csv.h"
#include "io/ListExport.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

Q_DECLARE_METATYPE(kmuni::exports::List)

namespace {

constexpr int Csv = 0;
constexpr int Rfc = 1;
constexpr int Xlsx = 2;

exports::Options optionsFor(int kind)
{
    exports::Options o;
    o.format = kind == Xlsx ? io::TableFormat::Xlsx : io::TableFormat::Csv;
    o.dialect = kind == Rfc ? csv::Dialect::Rfc4180 : csv::Dialect::ExcelGerman;
    return o;
}

exports::Selection all(exports::List list)
{
    exports::Selection s;
    s.list = list;
    s.followUps.openOnly = false;
    return s;
}

/** The sheet of an XLSX file as openpyxl reads it: rows of values (dates ISO), and the cell types. */
QJsonObject readXlsx(const QString& path)
{
    const QString script = uR"(
import json, sys, datetime
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
sheet = book.worksheets[0]
rows, types, formulas = [], [], 0
for row in sheet.iter_rows():
    values, kinds = [], []
    for cell in row:
        if cell.data_type == 'f':
            formulas += 1
        v = cell.value
        if isinstance(v, datetime.datetime):
            v = v.isoformat()
        values.append(v)
        kinds.append(cell.data_type + ':' + type(cell.value).__name__)
    rows.append(values)
    types.append(kinds)
print(json.dumps({"sheets": book.sheetnames, "rows": rows, "types": types, "formulas": formulas}))
)"_s;
    const QString out = test::runProgram(test::python(), {u"-c"_s, script, path});
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

/** The row of @p rows whose column @p column is @p value. */
QStringList rowWith(const QList<csv::Record>& rows, int column, const QString& value)
{
    for (const csv::Record& r : rows) {
        if (r.fields.value(column) == value) {
            return r.fields;
        }
    }
    return {};
}

QJsonArray rowWith(const QJsonArray& rows, int column, const QString& value)
{
    for (const QJsonValue& r : rows) {
        if (r.toArray().at(column).toString() == value) {
            return r.toArray();
        }
    }
    return {};
}

} // namespace

class TestListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyList_data();
    void everyList();
    void values_data();
    void values();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void neutraliseRule_data();
    void neutraliseRule();
    void filterIsTheList();
    void periodNarrows();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void manyRowsStreamInOrder_data();
    void manyRowsStreamInOrder();
    void badPathIsSaid();
    void efreCsvNeutralised();
    void efreXlsxHasNoFormula();

private:
    QString file(const QString& name) const { return m_t.folder() + u'/' + name; }
    test::TempDatabase m_t;
    Id m_company = 0;
    Id m_person = 0;
};

void TestListExport::initTestCase()
{
    QVERIFY(test::loadDemo(m_t.db()));
    QString error;
    Organisation o;
    o.name = u"=HYPERLINK(\"http://evil.example\",\"Klick\")"_s;
    o.legalForm = u"GmbH"_s;
    o.sector = u"it"_s;
    o.street = u"Königswall 1"_s;
    o.postalCode = u"44137"_s;
    o.city = u"Dortmund"_s;
    o.phone = u"0231 123456"_s;
    o.email = u"info@boese.example"_s;
    o.employees = 42;
    o.isPilot = true;
    o.stage = u"contacted"_s;
    o.notes = u"-1+2 Notiz mit Umlauten: äöüß; und \"Zitat\"\nzweite Zeile"_s;
    QVERIFY2(OrganisationRepository(m_t.db()).save(o, &error), qPrintable(error));
    m_company = o.id;

    Person p;
    p.organisationId = o.id;
    p.salutation = u"mr"_s;
    p.title = u"Dr."_s;
    p.firstName = u"Jürgen"_s;
    p.lastName = u"Müller-Lüdenscheidt"_s;
    p.function = u"@Geschäftsführer"_s;
    p.email = u"jm@boese.example"_s;
    p.phone = u"0231 9876543"_s;
    p.mobile = u"0170 1234567"_s;
    p.legalBasis = u"consent"_s;
    p.consentDate = QDate(2026, 3, 5);
    p.doNotContact = true;
    QVERIFY2(PersonRepository(m_t.db()).save(p, &error), qPrintable(error));
    m_person = p.id;

    Event e;
    e.type = u"company_visit"_s;
    e.start = time::fromBerlin(QDate(2026, 3, 5), QTime(14, 30));
    e.durationMin = 120;
    e.timeSpentMin = 90;
    e.subject = u"+Besuch bei Müller"_s;
    e.location = u"Königswall"_s;
    e.participants
        = {{Participant::Kind::Organisation, o.id, {}, {}, {}}, {Participant::Kind::Person, p.id, {}, {}, {}}};
    FollowUp f;
    f.title = u"Angebot nachfassen"_s;
    f.dueDate = QDate(2026, 3, 19);
    f.organisationId = o.id;
    e.followUps = {f};
    QVERIFY2(EventRepository(m_t.db()).save(e, &error), qPrintable(error));

    Match m;
    m.companyId = o.id;
    OrganisationFilter universities;
    universities.kind = u"university"_s;
    m.universityId = OrganisationRepository(m_t.db()).list(universities, 1).value().value(0).id;
    m.type = u"thesis"_s;
    m.title = u"Abschlussarbeit Größenmessung"_s;
    m.startedOn = QDate(2026, 3, 6);
    m.graduatesHired = 2;
    QVERIFY2(MatchRepository(m_t.db()).save(m, &error), qPrintable(error));
}

void TestListExport::everyList_data()
{
    QTest::addColumn<exports::List>("list");
    QTest::addColumn<int>("kind");
    for (exports::List list : {exports::List::Organisations, exports::List::Persons, exports::List::Activities,
             exports::List::FollowUps, exports::List::Matches}) {
        QTest::addRow("%s excel-de", qPrintable(exports::listName(list))) << list << Csv;
        QTest::addRow("%s rfc4180", qPrintable(exports::listName(list))) << list << Rfc;
        QTest::addRow("%s xlsx", qPrintable(exports::listName(list))) << list << Xlsx;
    }
}

void TestListExport::everyList()
{
    QFETCH(exports::List, list);
    QFETCH(int, kind);
    const exports::Selection selection = all(list);
    const int expected = exports::count(m_t.db(), selection).value();
    QVERIFY(expected > 0);
    const QString path = file(exports::listName(list) + (kind == Xlsx ? u".xlsx"_s : u".csv"_s));
    QString error;
    io::Failure failure = io::Failure::None;
    int rows = -1;
    int lastDone = -1;
    QVERIFY2(exports::write(
                 m_t.db(), selection, path, optionsFor(kind), &error,
                 [&](int done, int total) {
                     lastDone = done;
                     return done <= total;
                 },
                 &failure, &rows),
        qPrintable(error));
    QCOMPARE(rows, expected);
    QCOMPARE(lastDone, expected);
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());

    const QStringList headers = exports::headers(list);
    if (kind == Xlsx) {
        const QJsonObject book = readXlsx(path);
        QCOMPARE(book[u"sheets"_s].toArray().first().toString(), exports::listTitle(list));
        const QJsonArray sheetRows = book[u"rows"_s].toArray();
        QCOMPARE(sheetRows.size(), expected + 1);
        QStringList titles;
        for (const QJsonValue& v : sheetRows.first().toArray()) {
            titles << v.toString();
        }
        QCOMPARE(titles, headers);
        QCOMPARE(book[u"formulas"_s].toInt(), 0);
        return;
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), kind == Csv);
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n') + 1);
    QVERIFY(firstLine.endsWith("\r\n"));
    QCOMPARE(firstLine.count(kind == Csv ? ';' : ','), headers.size() - 1);
    const csv::Table table = csv::parse(bytes);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.separator, kind == Csv ? QChar(u';') : QChar(u','));
    QCOMPARE(table.records.size(), expected + 1);
    QCOMPARE(table.records.first().fields, headers);
    for (const csv::Record& r : table.records) {
        QCOMPARE(r.fields.size(), headers.size());
    }
}

void TestListExport::values_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("excel-de") << Csv;
    QTest::addRow("rfc4180") << Rfc;
    QTest::addRow("xlsx") << Xlsx;
}

void TestListExport::values()
{
    QFETCH(int, kind);
    QString error;
    // Read back as rows of strings (CSV) or JSON values (XLSX), and compare cell by cell.
    const auto exported = [&](exports::List list) {
        const QString path = file(u"values-"_s + exports::listName(list) + (kind == Xlsx ? u".xlsx"_s : u".csv"_s));
        if (!exports::write(m_t.db(), all(list), path, optionsFor(kind), &error)) {
            qWarning("%s", qPrintable(error));
        }
        return path;
    };
    const bool german = kind == Csv;
    if (kind == Xlsx) {
        const QJsonArray persons = readXlsx(exported(exports::List::Persons))[u"rows"_s].toArray();
        const QJsonArray p = rowWith(persons, 3, u"Müller-Lüdenscheidt"_s);
        QCOMPARE(p.at(2).toString(), u"Jürgen"_s);
        QCOMPARE(p.at(4).toString(), u"@Geschäftsführer"_s); // text as text, no quote in XLSX
        QCOMPARE(p.at(7).toString(), u"+492319876543"_s);
        QCOMPARE(p.at(10).toString(), u"2026-03-05T00:00:00"_s); // a real date
        const QJsonObject book = readXlsx(exported(exports::List::Activities));
        const QJsonArray rows = book[u"rows"_s].toArray();
        int at = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].toArray().at(2).toString() == u"+Besuch bei Müller"_s) {
                at = i;
            }
        }
        QVERIFY(at > 0);
        QCOMPARE(rows[at].toArray().at(0).toString(), u"2026-03-05T14:30:00"_s);
        QCOMPARE(rows[at].toArray().at(7).toDouble(), 120.0);
        QCOMPARE(rows[at].toArray().at(8).toDouble(), 1.5);
        const QJsonArray types = book[u"types"_s].toArray()[at].toArray();
        QCOMPARE(types.at(0).toString(), u"d:datetime"_s);
        QCOMPARE(types.at(2).toString(), u"s:str"_s);
        QCOMPARE(types.at(7).toString(), u"n:int"_s);
        QCOMPARE(types.at(8).toString(), u"n:float"_s);
        const QJsonArray orgs = readXlsx(exported(exports::List::Organisations))[u"rows"_s].toArray();
        bool found = false;
        for (const QJsonValue& r : orgs) {
            if (r.toArray().at(0).toString().startsWith(u"=HYPERLINK"_s)) {
                found = true;
                QCOMPARE(r.toArray().at(11).toInt(), 42);
                QCOMPARE(r.toArray().at(5).toString(), u"Königswall 1"_s);
            }
        }
        QVERIFY(found);
        return;
    }
    const auto table = [&](exports::List list) {
        QFile f(exported(list));
        f.open(QIODevice::ReadOnly);
        return csv::parse(f.readAll()).records;
    };
    const QStringList p = rowWith(table(exports::List::Persons), 3, u"Müller-Lüdenscheidt"_s);
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.at(1), u"Dr."_s);
    QCOMPARE(p.at(2), u"Jürgen"_s);
    QCOMPARE(p.at(4), u"'@Geschäftsführer"_s);
    QCOMPARE(p.at(7), u"'+492319876543"_s); // E.164 starts with '+': neutralised, as intended
    QCOMPARE(p.at(10), german ? u"05.03.2026"_s : u"2026-03-05"_s);
    QCOMPARE(p.at(11), u"yes"_s);

    const QStringList e = rowWith(table(exports::List::Activities), 2, u"'+Besuch bei Müller"_s);
    QVERIFY(!e.isEmpty());
    QCOMPARE(e.at(0), german ? u"05.03.2026 14:30"_s : u"2026-03-05 14:30"_s);
    QCOMPARE(e.at(3), u"Königswall"_s);
    QVERIFY(e.at(5).contains(u"Jürgen Müller-Lüdenscheidt"_s));
    QCOMPARE(e.at(7), u"120"_s);
    QCOMPARE(e.at(8), german ? u"1,5"_s : u"1.5"_s);

    const QStringList f = rowWith(table(exports::List::FollowUps), 1, u"Angebot nachfassen"_s);
    QCOMPARE(f.value(0), german ? u"19.03.2026"_s : u"2026-03-19"_s);
    QCOMPARE(f.value(6), u"no"_s);

    const QStringList m = rowWith(table(exports::List::Matches), 4, u"Abschlussarbeit Größenmessung"_s);
    QCOMPARE(m.value(5), german ? u"06.03.2026"_s : u"2026-03-06"_s);
    QCOMPARE(m.value(10), u"2"_s);

    const QStringList o
        = rowWith(table(exports::List::Organisations), 0, u"'=HYPERLINK(\"http://evil.example\",\"Klick\")"_s);
    QVERIFY(!o.isEmpty());
    QCOMPARE(o.at(1), u"GmbH"_s);
    QCOMPARE(o.at(6), u"44137"_s);
    QCOMPARE(o.at(11), u"42"_s);
    QCOMPARE(o.at(13), u"yes"_s);
    QCOMPARE(o.at(18), u"'-1+2 Notiz mit Umlauten: äöüß; und \"Zitat\"\nzweite Zeile"_s);
}

void TestListExport::formulasAreNeutralised_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("excel-de") << Csv;
    QTest::addRow("rfc4180") << Rfc;
}

void TestListExport::formulasAreNeutralised()
{
    QFETCH(int, kind);
    // No text field of any row of any list begins with a character a spreadsheet runs.
    for (exports::List list : {exports::List::Organisations, exports::List::Persons, exports::List::Activities,
             exports::List::FollowUps, exports::List::Matches}) {
        const QString path = file(u"formulas.csv"_s);
        QString error;
        QVERIFY2(exports::write(m_t.db(), all(list), path, optionsFor(kind), &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const csv::Record& r : csv::parse(f.readAll()).records) {
            for (const QString& field : r.fields) {
                QVERIFY2(!csv::isFormulaLike(field), qPrintable(field));
            }
        }
    }
}

void TestListExport::neutraliseRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::addRow("plus") << u"+49231"_s << u"'+49231"_s;
    QTest::addRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::addRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::addRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::addRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
    QTest::addRow("plain") << u"Müller"_s << u"Müller"_s;
    QTest::addRow("inside") << u"a=b"_s << u"a=b"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestListExport::neutraliseRule()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(csv::neutralise(text), expected);
    // Written and read back, the cell holds the neutralised text in both dialects.
    for (csv::Dialect d : {csv::Dialect::ExcelGerman, csv::Dialect::Rfc4180}) {
        const csv::Table t = csv::parse(csv::write({{u"a"_s, u"b"_s}, {text, u"x"_s}}, d));
        if (!text.isEmpty()) {
            QCOMPARE(t.records.value(1).fields.value(0), expected);
        }
    }
}

void TestListExport::filterIsTheList()
{
    // The selection is the list page's filter: the same rows the list shows.
    exports::Selection s = all(exports::List::Persons);
    s.persons.organisationId = m_company;
    QCOMPARE(exports::count(m_t.db(), s).value(), 1);
    const QString path = file(u"filtered.csv"_s);
    QString error;
    int rows = 0;
    QVERIFY2(exports::write(m_t.db(), s, path, {}, &error, {}, nullptr, &rows), qPrintable(error));
    QCOMPARE(rows, 1);
    exports::Selection orgs = all(exports::List::Organisations);
    orgs.organisations.pilot = true;
    orgs.organisations.city = u"dortmund"_s;
    const int pilots = exports::count(m_t.db(), orgs).value();
    QVERIFY(pilots >= 1);
    QVERIFY2(exports::write(m_t.db(), orgs, path, {}, &error, {}, nullptr, &rows), qPrintable(error));
    QCOMPARE(rows, pilots);
    // As a list page makes it from its filter: the list that filter belongs to, with the filter.
    QCOMPARE(exports::Selection::of(s.persons).list, exports::List::Persons);
    QCOMPARE(exports::Selection::of(s.persons).persons.organisationId, m_company);
    QCOMPARE(exports::Selection::of(orgs.organisations).list, exports::List::Organisations);
    QCOMPARE(exports::Selection::of(orgs.organisations).organisations.city, u"dortmund"_s);
    QCOMPARE(exports::Selection::of(EventFilter()).list, exports::List::Activities);
    QCOMPARE(exports::Selection::of(FollowUpFilter()).list, exports::List::FollowUps);
    QCOMPARE(exports::Selection::of(MatchFilter()).list, exports::List::Matches);
}

void TestListExport::periodNarrows()
{
    exports::Selection s = all(exports::List::Activities);
    s.activities.from = QDate(2026, 3, 5);
    s.activities.to = QDate(2026, 3, 5);
    QVERIFY(exports::count(m_t.db(), s).value() >= 1);
    exports::Selection m = all(exports::List::Matches);
    m.from = QDate(2026, 3, 6);
    m.to = QDate(2026, 3, 6);
    QCOMPARE(exports::count(m_t.db(), m).value(), 1);
    exports::Selection f = all(exports::List::FollowUps);
    f.from = QDate(2026, 3, 19);
    f.to = QDate(2026, 3, 19);
    QVERIFY(exports::count(m_t.db(), f).value() >= 1);
    f.to = QDate(2026, 3, 18);
    QCOMPARE(exports::count(m_t.db(), f).value(), 0);
}

void TestListExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("csv") << Csv;
    QTest::addRow("xlsx") << Xlsx;
}

void TestListExport::cancelLeavesNoFile()
{
    QFETCH(int, kind);
    const QString path = file(kind == Xlsx ? u"cancel.xlsx"_s : u"cancel.csv"_s);
    QString error;
    io::Failure failure = io::Failure::None;
    QVERIFY(!exports::write(
        m_t.db(), all(exports::List::Activities), path, optionsFor(kind), &error, [](int, int) { return false; },
        &failure));
    QCOMPARE(failure, io::Failure::Cancelled);
    QVERIFY(!QFile::exists(path));
    // An older file of that name stays as it was.
    QVERIFY(io::writePrivateFile(path, "old", &error));
    QVERIFY(!exports::write(
        m_t.db(), all(exports::List::Activities), path, optionsFor(kind), &error, [](int, int) { return false; },
        &failure));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
    const QStringList left = QDir(m_t.folder()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left) {
        QVERIFY2(!name.contains(u"cancel.csv."_s) && !name.contains(u"cancel.xlsx."_s), qPrintable(name));
    }
}

void TestListExport::manyRowsStreamInOrder_data()
{
    cancelLeavesNoFile_data();
}

// More rows than the writing thread takes at a time and than progress is told about: every row
// arrives, in the list's order, and a cancel in the middle of the stream leaves no file.
void TestListExport::manyRowsStreamInOrder()
{
    QFETCH(int, kind);
    constexpr int count = 5000;
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    QVERIFY2(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO persons (uuid, first_name, last_name, consent_date, sort_key, created_at, updated_at) "
                    "SELECT 'p' || i, 'Vorname', 'Person ' || substr(CAST(100000 + i AS TEXT), 2), '2026-03-05', "
                    "'person ' || substr(CAST(100000 + i AS TEXT), 2), "
                    "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"_s.arg(count)),
        qPrintable(q.lastError().text()));
    const QString path = t.folder() + (kind == Xlsx ? u"/many.xlsx"_s : u"/many.csv"_s);
    QString error;
    io::Failure failure = io::Failure::None;
    int rows = -1;
    QList<int> told;
    QVERIFY2(exports::write(
                 t.db(), all(exports::List::Persons), path, optionsFor(kind), &error,
                 [&](int done, int) {
                     told << done;
                     return true;
                 },
                 &failure, &rows),
        qPrintable(error));
    QCOMPARE(rows, count);
    QCOMPARE(told, QList<int>({2000, 4000, count}));
    QStringList lastNames;
    QStringList consent;
    if (kind == Xlsx) {
        const QJsonArray sheetRows = readXlsx(path)[u"rows"_s].toArray();
        for (qsizetype i = 1; i < sheetRows.size(); ++i) {
            lastNames << sheetRows[i].toArray().at(3).toString();
            consent << sheetRows[i].toArray().at(10).toString();
        }
        QCOMPARE(consent.first(), u"2026-03-05T00:00:00"_s);
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const csv::Table table = csv::parse(f.readAll());
        for (qsizetype i = 1; i < table.records.size(); ++i) {
            lastNames << table.records[i].fields.value(3);
            consent << table.records[i].fields.value(10);
        }
        QCOMPARE(consent.first(), u"05.03.2026"_s);
    }
    QCOMPARE(lastNames.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(lastNames[i], u"Person %1"_s.arg(i + 1, 5, 10, QChar(u'0')));
        QCOMPARE(consent[i], consent.first());
    }

    QFile::remove(path);
    QVERIFY(!exports::write(
        t.db(), all(exports::List::Persons), path, optionsFor(kind), &error, [](int, int) { return false; }, &failure));
    QCOMPARE(failure, io::Failure::Cancelled);
    QVERIFY(!QFile::exists(path));
    for (const QString& name : QDir(t.folder()).entryList(QDir::Files | QDir::Hidden)) {
        QVERIFY2(!name.startsWith(u"many."_s), qPrintable(name));
    }
}

void TestListExport::badPathIsSaid()
{
    QString error;
    io::Failure failure = io::Failure::None;
    QVERIFY(!exports::write(
        m_t.db(), all(exports::List::Persons), file(u"no/such/folder/x.csv"_s), {}, &error, {}, &failure));
    QCOMPARE(failure, io::Failure::Path);
    QVERIFY(error.contains(u"x.csv"_s));
}

void TestListExport::efreCsvNeutralised()
{
    auto built = reports::EfreReport::build(m_t.db(), {QDate(2026, 1, 1), QDate(2026, 12, 31)});
    QVERIFY(built);
    reports::EfreReport report = *built;
    QVERIFY(!report.indicators.isEmpty());
    report.indicators.first().label = u"=HYPERLINK(\"x\")"_s;
    report.indicators.last().label = u"-1+1"_s;
    const csv::Table table = csv::parse(reports::indicatorsCsv(report));
    QCOMPARE(table.records.value(1).fields.value(1), u"'=HYPERLINK(\"x\")"_s);
    QCOMPARE(table.records.last().fields.value(1), u"'-1+1"_s);
    for (const csv::Record& r : table.records) {
        for (const QString& field : r.fields) {
            QVERIFY2(!csv::isFormulaLike(field), qPrintable(field));
        }
    }
}

void TestListExport::efreXlsxHasNoFormula()
{
    auto built = reports::EfreReport::build(m_t.db(), {QDate(2026, 1, 1), QDate(2026, 12, 31)});
    QVERIFY(built);
    reports::EfreReport report = *built;
    QVERIFY(!report.companies.isEmpty());
    report.companies.first().name = u"=HYPERLINK(\"http://evil.example\")"_s;
    report.companies.first().city = u"-1+1"_s;
    const QString path = file(u"efre.xlsx"_s);
    QString error;
    QVERIFY2(reports::write(m_t.db(), report, path, reports::Format::Xlsx, &error), qPrintable(error));
    const QString script = uR"(
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
formulas, hyperlink = 0, ''
for sheet in book.worksheets:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == 'f':
                formulas += 1
            if isinstance(cell.value, str) and cell.value.startswith('=HYPERLINK'):
                hyperlink = cell.data_type
print(formulas, hyperlink)
)"_s;
    // The enterprise named "=HYPERLINK(…)" is a string cell, not a formula.
    QCOMPARE(test::runProgram(test::python(), {u"-c"_s, script, path}).trimmed(), u"0 s"_s);
}

QTEST_GUILESS_MAIN(TestListExport)
#include "TestListExport.moc"
