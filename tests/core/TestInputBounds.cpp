// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "io/Csv.h"
#include "io/PersonImport.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "project/ProjectSettings.h"
#include "search/Search.h"
#include "staff/Staff.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

/**
 * Bounds on every input: no NUL or other control characters (line breaks and tabs only in
 * multi-line fields), length limits per kind of field, capped CSV records and search queries.
 */
class TestInputBounds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void textRules_data();
    void textRules();
    void personSaveRefuses_data();
    void personSaveRefuses();
    void personUpdateRefusedKeepsTheRow();
    void notesKeepTabsAndLineBreaks();
    void everyEntityRefuses_data();
    void everyEntityRefuses();
    void csvRefusesAHugeLineOfEmptyFields();
    void csvBounds_data();
    void csvBounds();
    void csvReportsInvalidUtf8_data();
    void csvReportsInvalidUtf8();
    void importRejectsRowsWithTheirLines();
    void importOfAHugeLineWritesNothing();
    void searchQueryIsCapped_data();
    void searchQueryIsCapped();
    void longSearchRunsCapped();

private:
    int count(const QString& table);
    std::unique_ptr<test::TempDatabase> m_t;
    Id m_company = 0, m_university = 0, m_staff = 0;
    QByteArray m_hugeLine; ///< "Nachname;Vorname\n" and 50 MB of ";", made once
};

namespace {
const QString nul = QString(QChar(0));
} // namespace

void TestInputBounds::initTestCase()
{
    m_hugeLine = "Nachname;Vorname\n";
    m_hugeLine.append(50 * 1024 * 1024, ';');
    m_hugeLine.append('\n');
}

void TestInputBounds::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    OrganisationRepository orgs(m_t->db());
    Organisation company;
    company.name = u"Zeche Zollern Robotik"_s;
    Organisation university;
    university.kind = u"university"_s;
    university.name = u"Technische Universität Dortmund"_s;
    QVERIFY(orgs.save(company, nullptr) && orgs.save(university, nullptr));
    m_company = company.id;
    m_university = university.id;
    StaffMember s;
    s.firstName = u"Katrin"_s;
    s.lastName = u"Schmidt"_s;
    QVERIFY(StaffRepository(m_t->db()).save(s, nullptr));
    m_staff = s.id;
}

void TestInputBounds::cleanup()
{
    m_t.reset();
}

int TestInputBounds::count(const QString& table)
{
    QSqlQuery q(m_t->db().connection());
    q.exec(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestInputBounds::textRules_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("says");

    const int name = int(TextKind::Name);
    const int text = int(TextKind::Text);
    QTest::addRow("plain name") << u"Müller-Lüdenscheidt"_s << name << true << QString();
    QTest::addRow("NUL in a name") << u"Mei"_s + nul + u"er"_s << name << false << u"U+0000"_s;
    QTest::addRow("bell in a name") << u"Mei\ar"_s << name << false << u"U+0007"_s;
    QTest::addRow("DEL in a name") << u"Mei\x7Fr"_s << name << false << u"U+007F"_s;
    QTest::addRow("C1 in a name") << u"Mei\u0085r"_s << name << false << u"U+0085"_s;
    QTest::addRow("tab in a name") << u"Mei\ter"_s << name << false << u"one line"_s;
    QTest::addRow("line feed in a name") << u"Mei\ner"_s << name << false << u"one line"_s;
    QTest::addRow("carriage return in a name") << u"Mei\rer"_s << name << false << u"one line"_s;
    QTest::addRow("name at the limit") << QString(limits::name, u'a') << name << true << QString();
    QTest::addRow("name one too long") << QString(limits::name + 1, u'a') << name << false << u"too long"_s;
    QTest::addRow("tab and line breaks in notes") << u"a\tb\r\nc\nd"_s << text << true << QString();
    QTest::addRow("NUL in notes") << u"a"_s + nul << text << false << u"U+0000"_s;
    QTest::addRow("notes at the limit") << QString(limits::text, u'a') << text << true << QString();
    QTest::addRow("notes one too long") << QString(limits::text + 1, u'a') << text << false << u"too long"_s;
    QTest::addRow("e-mail one too long") << QString(limits::email + 1, u'a') << int(TextKind::Email) << false
                                         << u"too long"_s;
    QTest::addRow("line break in a function")
        << u"Professorin\nLehrstuhl"_s << int(TextKind::Lines) << true << QString();
}

void TestInputBounds::textRules()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(bool, valid);
    QFETCH(QString, says);
    FieldErrors errors;
    QCOMPARE(validate::text(errors, u"field"_s, u"The field"_s, value, TextKind(kind)), valid);
    QCOMPARE(errors.size(), valid ? 0 : 1);
    if (!valid) {
        QCOMPARE(errors.first().field, u"field"_s);
        QVERIFY2(errors.first().message.startsWith(u"The field"_s), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.contains(says), qPrintable(errors.first().message));
    }
}

void TestInputBounds::personSaveRefuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");

    QTest::addRow("NUL in the last name") << u"lastName"_s << u"Mei"_s + nul + u"er"_s << u"Last name"_s;
    QTest::addRow("NUL inside the e-mail") << u"email"_s << u"a"_s + nul + u"b@example.org"_s << u"E-mail"_s;
    QTest::addRow("escape in the first name") << u"firstName"_s << u"Jan\x1B[31m"_s << u"First name"_s;
    QTest::addRow("bell in the phone") << u"phone"_s << u"0231\a123456"_s << u"Phone"_s;
    QTest::addRow("tab in the last name") << u"lastName"_s << u"Mei\ter"_s << u"Last name"_s;
    QTest::addRow("line break in the last name") << u"lastName"_s << u"Mei\ner"_s << u"Last name"_s;
    QTest::addRow("NUL in the notes") << u"notes"_s << u"ok"_s + nul + u"hidden"_s << u"Notes"_s;
    QTest::addRow("over-long last name") << u"lastName"_s << QString(limits::name + 1, u'x') << u"Last name"_s;
    QTest::addRow("over-long e-mail") << u"email"_s << QString(limits::email - 11, u'x') + u"@example.org"_s
                                      << u"E-mail"_s;
    QTest::addRow("over-long notes") << u"notes"_s << QString(limits::text + 1, u'x') << u"Notes"_s;
    QTest::addRow("over-long phone") << u"phone"_s << QString(limits::phone + 1, u'1') << u"Phone"_s;
}

void TestInputBounds::personSaveRefuses()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, label);
    Person p;
    p.organisationId = m_company;
    p.firstName = u"Lea"_s;
    p.lastName = u"Schäfer"_s;
    QHash<QString, QString*> fields = {{u"lastName"_s, &p.lastName}, {u"firstName"_s, &p.firstName},
        {u"email"_s, &p.email}, {u"phone"_s, &p.phone}, {u"notes"_s, &p.notes}};
    QVERIFY(fields.contains(field));
    *fields[field] = value;
    const int before = count(u"persons"_s);
    QString error;
    QVERIFY(!PersonRepository(m_t->db()).save(p, &error));
    QVERIFY2(error.contains(label), qPrintable(error.left(300)));
    QVERIFY2(error.size() < 500, "the message does not quote the value");
    QCOMPARE(count(u"persons"_s), before);
    QCOMPARE(count(u"person_search"_s), before);
    // The form shows it beside the field.
    const FieldErrors problems = PersonRepository(m_t->db()).check(p);
    QVERIFY(hasErrorFor(problems, field));
}

void TestInputBounds::personUpdateRefusedKeepsTheRow()
{
    PersonRepository repo(m_t->db());
    Person p;
    p.lastName = u"Meier"_s;
    QVERIFY(repo.save(p, nullptr));
    p.lastName = u"Mei"_s + nul + u"er"_s;
    QString error;
    QVERIFY(!repo.save(p, &error));
    QVERIFY(error.contains(u"Last name"_s));
    QCOMPARE(repo.find(p.id)->lastName, u"Meier"_s);
    QCOMPARE(count(u"persons"_s), 1);
}

void TestInputBounds::notesKeepTabsAndLineBreaks()
{
    PersonRepository repo(m_t->db());
    Person p;
    p.lastName = u"Meier"_s;
    p.notes = u"Erstkontakt:\tMesse\r\nZweiter Termin\nim Januar"_s;
    QString error;
    QVERIFY2(repo.save(p, &error), qPrintable(error));
    QCOMPARE(repo.find(p.id)->notes, p.notes);
    // The same text is no name.
    Person q;
    q.lastName = p.notes;
    QVERIFY(!repo.save(q, &error));
    QVERIFY(error.contains(u"Last name"_s));
    QCOMPARE(count(u"persons"_s), 1);
}

void TestInputBounds::everyEntityRefuses_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("table");

    const QString nulName = u"Mei"_s + nul + u"er"_s;
    QTest::addRow("organisation: NUL in the name")
        << u"organisation"_s << u"name"_s << nulName << u"Name"_s << u"organisations"_s;
    QTest::addRow("organisation: over-long website")
        << u"organisation"_s << u"website"_s << u"https://example.org/"_s + QString(limits::url, u'a') << u"Website"_s
        << u"organisations"_s;
    QTest::addRow("organisation: line break in the city")
        << u"organisation"_s << u"city"_s << u"Dort\nmund"_s << u"City"_s << u"organisations"_s;
    QTest::addRow("organisation: NUL in the notes")
        << u"organisation"_s << u"notes"_s << nulName << u"Notes"_s << u"organisations"_s;
    QTest::addRow("activity: line break in the subject")
        << u"event"_s << u"subject"_s << u"Bedarf\ngespräch"_s << u"Subject"_s << u"events"_s;
    QTest::addRow("activity: NUL in the minutes")
        << u"event"_s << u"minutes"_s << nulName << u"Minutes"_s << u"events"_s;
    QTest::addRow("activity: over-long outcome")
        << u"event"_s << u"outcome"_s << QString(limits::text + 1, u'x') << u"Outcome"_s << u"events"_s;
    QTest::addRow("match: NUL in the title") << u"match"_s << u"title"_s << nulName << u"Title"_s << u"matches"_s;
    QTest::addRow("match: over-long notes")
        << u"match"_s << u"notes"_s << QString(limits::text + 1, u'x') << u"Notes"_s << u"matches"_s;
    QTest::addRow("follow-up: over-long title")
        << u"followUp"_s << u"title"_s << QString(limits::title + 1, u'x') << u"Follow-up"_s << u"follow_ups"_s;
    QTest::addRow("follow-up: NUL in the title")
        << u"followUp"_s << u"title"_s << nulName << u"Follow-up"_s << u"follow_ups"_s;
    QTest::addRow("staff: NUL in the last name")
        << u"staff"_s << u"lastName"_s << nulName << u"Last name"_s << u"staff"_s;
    QTest::addRow("staff: over-long e-mail")
        << u"staff"_s << u"email"_s << QString(limits::email + 1, u'x') << u"E-mail"_s << u"staff"_s;
    QTest::addRow("project: NUL in the name")
        << u"project"_s << u"name"_s << nulName << u"Project name"_s << u"settings"_s;
    QTest::addRow("project: over-long funding reference")
        << u"project"_s << u"fundingReference"_s << QString(limits::shortText + 1, u'x') << u"Funding reference"_s
        << u"settings"_s;
}

void TestInputBounds::everyEntityRefuses()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, label);
    QFETCH(QString, table);
    const int before = count(table);
    QString error;
    bool saved = true;
    const auto set = [&](QHash<QString, QString*> fields) {
        QVERIFY2(fields.contains(field), qPrintable(field));
        *fields[field] = value;
    };
    if (entity == u"organisation"_s) {
        Organisation o;
        o.name = u"Beta Logistik"_s;
        set({{u"name"_s, &o.name}, {u"website"_s, &o.website}, {u"city"_s, &o.city}, {u"notes"_s, &o.notes}});
        saved = OrganisationRepository(m_t->db()).save(o, &error);
    } else if (entity == u"event"_s) {
        Event e;
        e.start = time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0));
        e.subject = u"Bedarfsgespräch"_s;
        e.participants << Participant{Participant::Kind::Organisation, m_company, {}, {}, {}};
        set({{u"subject"_s, &e.subject}, {u"minutes"_s, &e.minutes}, {u"outcome"_s, &e.outcome}});
        saved = EventRepository(m_t->db()).save(e, &error);
    } else if (entity == u"match"_s) {
        Match m;
        m.companyId = m_company;
        m.universityId = m_university;
        set({{u"title"_s, &m.title}, {u"notes"_s, &m.notes}});
        saved = MatchRepository(m_t->db()).save(m, &error);
    } else if (entity == u"followUp"_s) {
        FollowUp f;
        f.organisationId = m_company;
        f.dueDate = QDate(2026, 12, 1);
        set({{u"title"_s, &f.title}});
        saved = FollowUpRepository(m_t->db()).save(f, &error);
    } else if (entity == u"staff"_s) {
        StaffMember s;
        s.lastName = u"Yilmaz"_s;
        set({{u"lastName"_s, &s.lastName}, {u"email"_s, &s.email}});
        saved = StaffRepository(m_t->db()).save(s, &error);
    } else if (entity == u"project"_s) {
        ProjectSettings settings = ProjectSettings::load(m_t->db()).value();
        set({{u"name"_s, &settings.name}, {u"fundingReference"_s, &settings.fundingReference}});
        saved = ProjectSettings::save(m_t->db(), settings, &error);
    } else {
        QFAIL("unknown entity");
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(label), qPrintable(error.left(300)));
    QVERIFY2(error.size() < 500, "the message does not quote the value");
    QCOMPARE(count(table), before);
}

void TestInputBounds::csvRefusesAHugeLineOfEmptyFields()
{
    // 50 MB of ";" would be 50 million empty fields: the reader stops at the limit instead.
    const csv::Table table = csv::parse(m_hugeLine);
    QVERIFY(!table.error.isEmpty());
    QVERIFY2(table.error.contains(u"fields"_s), qPrintable(table.error));
    QCOMPARE(table.errorLine, 2);
    QCOMPARE(table.records.size(), 1); // the header before it
}

void TestInputBounds::csvBounds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("says");

    const auto fields = [](qsizetype n) {
        QByteArray line;
        for (qsizetype i = 0; i < n; ++i) {
            line += (i == 0 ? "" : ";") + QByteArray("f");
        }
        return line;
    };
    QTest::addRow("the most fields") << "a;b\n" + fields(csv::maxFields) + "\n" << 0 << QString();
    QTest::addRow("one field too many") << "a;b\nx;y\n" + fields(csv::maxFields + 1) + "\n" << 3 << u"fields"_s;
    QTest::addRow("empty fields, one too many") << "a;b\n" + QByteArray(csv::maxFields, ';') + "\n" << 2 << u"fields"_s;
    QTest::addRow("the longest line") << "a\n" + QByteArray(csv::maxRecordLength, 'x') + "\r\nb\n" << 0 << QString();
    QTest::addRow("the longest line at the end") << "a\n" + QByteArray(csv::maxRecordLength, 'x') << 0 << QString();
    QTest::addRow("one character too long") << "a\nb\n" + QByteArray(csv::maxRecordLength + 1, 'x') + "\n"
                                            << 3 << u"longer"_s;
    QTest::addRow("a quoted field over lines too long") << "a\n\"" + QByteArray(csv::maxRecordLength / 2, 'x') + "\n"
            + QByteArray(csv::maxRecordLength / 2, 'x')
            + "\"\n" << 2 << u"longer"_s;
}

void TestInputBounds::csvBounds()
{
    QFETCH(QByteArray, input);
    QFETCH(int, errorLine);
    QFETCH(QString, says);
    const csv::Table table = csv::parse(input);
    QCOMPARE(table.errorLine, errorLine);
    if (errorLine == 0) {
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    } else {
        QVERIFY2(table.error.contains(says), qPrintable(table.error));
    }
}

void TestInputBounds::csvReportsInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("errorLine");

    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBFNachname\nM\xC3\xBCller\nBad\xFF\n")
                                     << int(csv::Encoding::Auto) << 3;
    QTest::addRow("declared UTF-8") << QByteArray("Nachname\r\nM\xC3\xBCller\r\nKr\xFCger\r\n")
                                    << int(csv::Encoding::Utf8) << 3;
    QTest::addRow("cut short at the end") << QByteArray("Nachname\nM\xC3") << int(csv::Encoding::Utf8) << 2;
    QTest::addRow("detected: read as Windows-1252")
        << QByteArray("Nachname\nKr\xFCger\n") << int(csv::Encoding::Auto) << 0;
}

void TestInputBounds::csvReportsInvalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(int, errorLine);
    const csv::Table table = csv::parse(input, csv::Encoding(encoding));
    QCOMPARE(table.errorLine, errorLine);
    if (errorLine == 0) {
        QVERIFY(table.error.isEmpty());
        QCOMPARE(int(table.encoding), int(csv::Encoding::Windows1252));
        QCOMPARE(table.records.last().fields.first(), u"Krüger"_s);
    } else {
        QVERIFY2(table.error.contains(u"UTF-8"_s), qPrintable(table.error));
    }
}

void TestInputBounds::importRejectsRowsWithTheirLines()
{
    QByteArray csv = "Nachname;Vorname;E-Mail;Firma;Notizen\n"
                     "Krüger;Jan;jan@example.org;Neue Firma GmbH;\n";
    csv += "Mei";
    csv += '\0'; // line 3: a NUL byte in the last name
    csv += "er;Lea;;Neue Firma GmbH;\n";
    csv += "Böhm;Ida;ida@example.org;;erst\tdann\n"; // a tab in the notes is fine
    csv += "Kaya;" + QByteArray(limits::name + 1, 'c') + ";;;\n"; // line 5: the first name too long
    csv += "Yilmaz;Can;;;\"zwei\nZeilen\"\n"; // lines 6 and 7: notes may span lines
    const int persons = count(u"persons"_s);
    const int organisations = count(u"organisations"_s);
    const ImportReport report = PersonImport(m_t->db()).run(csv, {});
    QVERIFY(report.error.isEmpty());
    QVERIFY(!report.ok());
    QVERIFY(!report.written);
    QCOMPARE(report.rejected.size(), 2);
    QCOMPARE(report.rejected[0].line, 3);
    QVERIFY2(report.rejected[0].message.contains(u"Last name"_s), qPrintable(report.rejected[0].message));
    QVERIFY(report.rejected[0].message.contains(u"U+0000"_s));
    QCOMPARE(report.rejected[1].line, 5);
    QVERIFY2(report.rejected[1].message.contains(u"First name"_s), qPrintable(report.rejected[1].message));
    QVERIFY(report.rejected[1].message.contains(u"too long"_s));
    const QString said = report.describe();
    QVERIFY(said.contains(u"line 3"_s) && said.contains(u"line 5"_s));
    QCOMPARE(count(u"persons"_s), persons);
    QCOMPARE(count(u"organisations"_s), organisations);
}

void TestInputBounds::importOfAHugeLineWritesNothing()
{
    const ImportReport report = PersonImport(m_t->db()).run(m_hugeLine, {});
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"line 2"_s), qPrintable(report.error));
    QCOMPARE(count(u"persons"_s), 0);
}

void TestInputBounds::searchQueryIsCapped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");

    QTest::addRow("short") << u"  Müller  "_s << u"Müller"_s;
    QTest::addRow("28,000 characters") << QString(28000, u'a') << QString(Search::maxQueryLength, u'a');
    QTest::addRow("trimmed first") << QString(500, u' ') + QString(Search::maxQueryLength, u'b') + u" c"_s
                                   << QString(Search::maxQueryLength, u'b');
    QTest::addRow("no half surrogate pair")
        << QString(Search::maxQueryLength - 1, u'a') + u"😀😀"_s << QString(Search::maxQueryLength - 1, u'a');
}

void TestInputBounds::searchQueryIsCapped()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(Search::query(text), query);
}

void TestInputBounds::longSearchRunsCapped()
{
    // A name of the longest length, found by a query of 28,000 characters that starts with it.
    QString name;
    while (name.size() < limits::name) {
        name += u"Rheinisch Westfälische Technologie "_s;
    }
    name.truncate(limits::name);
    name[limits::name - 1] = u'x';
    Organisation o;
    o.name = name;
    QString error;
    QVERIFY2(OrganisationRepository(m_t->db()).save(o, &error), qPrintable(error));
    QString text = name + u' ';
    text += QString(28000 - text.size(), u'y');
    QCOMPARE(text.size(), 28000);
    const auto hits = Search(m_t->db()).run(text);
    QVERIFY2(!hits.failed(), qPrintable(hits.error()));
    QVERIFY(!hits->isEmpty());
    QCOMPARE(hits->first().id, o.id);
    // Without the cap nothing would match: the rest of the text is in no name.
    const auto tail = Search(m_t->db()).run(text.right(Search::maxQueryLength));
    QVERIFY(!tail.failed());
    QVERIFY(tail->isEmpty());
}

QTEST_GUILESS_MAIN(TestInputBounds)
#include "TestInputBounds.moc"
