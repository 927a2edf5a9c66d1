// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EFRE report (issue 7) on a hand-made data set whose every count is known, with the edges:
// first and last day, 23:30 on the last day in summer time, 00:30 the day after, an archived
// company, a deleted activity, a company supported by two partners, an activity outside the
// approved period. Then the same numbers in the PDF (pdftotext), the XLSX (openpyxl) and the CSV.
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "io/Csv.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "project/ProjectSettings.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"
#include "reports/ParticipantList.h"
#include "staff/Staff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::reports;

namespace {

QDateTime berlin(int y, int m, int d, int h, int min)
{
    return time::fromBerlin(QDate(y, m, d), QTime(h, min));
}

} // namespace

class TestEfreReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void periods_data();
    void periods();
    void indicators_data();
    void indicators();
    void periodCutToTheApprovedPeriod();
    void evidenceLists();
    void rowsBehindTheNumbers();
    void fingerprintFollowsTheData();
    void emptyDatabaseGivesZeros();
    void invalidPeriodGivesZeros();
    void csvHasTheNumbers();
    void pdfHasTheNumbers();
    void xlsxHasTheNumbers();
    void participantsList();
    void writesMeanwhileAreWhollyInOrOut(); // last: it adds data

private:
    Id company(const QString& name, bool sme, bool pilot, const QString& sector, const QString& city);
    Id person(Id organisation, const QString& first, const QString& last);
    Id event(const QString& type, const QDateTime& start, int minutes, Id logger, const QList<Participant>& with,
        const QString& subject);
    Id match(Id company, Id university, const QString& type, const QList<std::pair<QString, QDate>>& stages);

    test::TempDatabase m_t;
    EfreReport m_report;
    Period m_period{QDate(2026, 1, 1), QDate(2026, 6, 30)};
    QHash<QString, Id> m_id;
};

Id TestEfreReport::company(const QString& name, bool sme, bool pilot, const QString& sector, const QString& city)
{
    Organisation o;
    o.kind = u"company"_s;
    o.name = name;
    o.isSme = sme;
    o.isPilot = pilot;
    o.sector = sector;
    o.city = city;
    return test::saved<OrganisationRepository>(m_t.db(), o);
}

Id TestEfreReport::person(Id organisation, const QString& first, const QString& last)
{
    Person p;
    p.organisationId = organisation;
    p.firstName = first;
    p.lastName = last;
    return test::saved<PersonRepository>(m_t.db(), p);
}

Id TestEfreReport::event(const QString& type, const QDateTime& start, int minutes, Id logger,
    const QList<Participant>& with, const QString& subject)
{
    Event e;
    e.type = type;
    e.start = start;
    e.durationMin = 60;
    e.timeSpentMin = minutes;
    e.loggedByStaffId = logger;
    e.participants = with;
    e.subject = subject;
    return test::saved<EventRepository>(m_t.db(), e);
}

Id TestEfreReport::match(Id company, Id university, const QString& type, const QList<std::pair<QString, QDate>>& stages)
{
    Match m;
    m.companyId = company;
    m.universityId = university;
    m.type = type;
    m.title = type;
    QString error;
    for (const auto& [stage, on] : stages) {
        m.stage = stage;
        m.stageChangedOn = on;
        if (!m.startedOn.isValid()) {
            m.startedOn = on;
        }
        if (!MatchRepository(m_t.db()).save(m, &error)) {
            qWarning() << error;
        }
    }
    return m.id;
}

void TestEfreReport::initTestCase()
{
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    Database& db = m_t.db();
    QString error;
    ProjectSettings project;
    project.name = u"KMUni Testprojekt"_s;
    project.fundingReference = u"EFRE-0400999"_s;
    project.fundingLine = u"EFRE/JTF NRW 2021–2027"_s;
    project.approvedFrom = QDate(2026, 2, 1);
    project.approvedTo = QDate(2027, 7, 31);
    QVERIFY2(ProjectSettings::save(db, project, &error), qPrintable(error));

    // Two partners, staff of each, and one staff member without a partner.
    const auto partner = [&](const QString& name) {
        Organisation o;
        o.kind = u"partner"_s;
        o.name = name;
        o.isSme = false;
        OrganisationRepository(db).save(o, &error);
        return o.id;
    };
    m_id[u"P1"_s] = partner(u"Partner Eins"_s);
    m_id[u"P2"_s] = partner(u"Partner Zwei"_s);
    const auto staff = [&](Id partnerId, const QString& last) {
        StaffMember s;
        s.partnerId = partnerId;
        s.firstName = u"Sam"_s;
        s.lastName = last;
        StaffRepository(db).save(s, &error);
        return s.id;
    };
    m_id[u"s1"_s] = staff(m_id[u"P1"_s], u"Erster"_s);
    m_id[u"s2"_s] = staff(m_id[u"P2"_s], u"Zweiter"_s);
    m_id[u"s3"_s] = staff(0, u"Ohnepartner"_s);

    m_id[u"A"_s] = company(u"Alpha Software"_s, true, true, u"it"_s, u"Dortmund"_s);
    m_id[u"B"_s] = company(u"Beta Maschinenbau"_s, false, false, u"production"_s, u"Bochum"_s);
    m_id[u"C"_s] = company(u"Gamma Logistik"_s, true, false, u"logistics"_s, u"Dortmund"_s);
    m_id[u"D"_s] = company(u"Delta Nano"_s, true, false, u"biomicronano"_s, u"Dortmund"_s);
    m_id[u"E"_s] = company(u"Epsilon Lager"_s, true, false, u"logistics"_s, u"Dortmund"_s);
    m_id[u"F"_s] = company(u"Phi Gelöscht"_s, true, false, u"it"_s, u"Bochum"_s);
    Organisation university;
    university.kind = u"university"_s;
    university.name = u"Technische Universität Dortmund"_s;
    university.isSme = false;
    QVERIFY(OrganisationRepository(db).save(university, &error));
    m_id[u"U"_s] = university.id;

    m_id[u"a1"_s] = person(m_id[u"A"_s], u"Anna"_s, u"Ärger"_s);
    m_id[u"a2"_s] = person(m_id[u"A"_s], u"Arne"_s, u"Öhler"_s);
    m_id[u"b1"_s] = person(m_id[u"B"_s], u"Berta"_s, u"Brüning"_s);
    m_id[u"u1"_s] = person(m_id[u"U"_s], u"Uwe"_s, u"Uhlmann"_s);

    using K = Participant::Kind;
    const auto org = [&](const QString& key) { return Participant{K::Organisation, m_id[key], {}, {}, {}}; };
    const auto per = [&](const QString& key) { return Participant{K::Person, m_id[key], {}, {}, {}}; };
    const auto stf = [&](const QString& key) { return Participant{K::Staff, m_id[key], {}, {}, {}}; };

    // E1: the first day of the counted period (the approved period starts on 1 Feb).
    m_id[u"E1"_s]
        = event(u"meeting"_s, berlin(2026, 2, 1, 8, 0), 60, m_id[u"s1"_s], {per(u"a1"_s)}, u"Erstgespräch Alpha"_s);
    // E2: 23:30 on the last day, in summer time (21:30 UTC), is in the period.
    m_id[u"E2"_s]
        = event(u"company_visit"_s, berlin(2026, 6, 30, 23, 30), 120, m_id[u"s2"_s], {per(u"b1"_s)}, u"Besuch Beta"_s);
    // E3: 00:30 on the day after (22:30 UTC on the last day) is not.
    m_id[u"E3"_s]
        = event(u"meeting"_s, berlin(2026, 7, 1, 0, 30), 45, m_id[u"s1"_s], {org(u"C"_s)}, u"Gamma zu spät"_s);
    // E4: in the requested period but before the approved period: left out, counted as excluded.
    m_id[u"E4"_s] = event(u"meeting"_s, berlin(2026, 1, 20, 10, 0), 30, m_id[u"s1"_s], {org(u"D"_s)}, u"Delta vorab"_s);
    // E5: a workshop with two partners: Alpha is supported by both, counted once.
    m_id[u"E5"_s] = event(u"workshop"_s, berlin(2026, 3, 15, 10, 0), 240, m_id[u"s1"_s],
        {per(u"a1"_s), per(u"a2"_s), org(u"E"_s), per(u"u1"_s), stf(u"s2"_s)}, u"Workshop Fachkräfte"_s);
    // E6: deleted: Phi must not appear anywhere.
    m_id[u"E6"_s] = event(u"meeting"_s, berlin(2026, 4, 10, 10, 0), 90, m_id[u"s2"_s], {org(u"F"_s)}, u"Gelöscht"_s);
    QVERIFY2(EventRepository(db).remove(m_id[u"E6"_s], &error), qPrintable(error));
    // E8: logged by a staff member without a partner.
    m_id[u"E8"_s]
        = event(u"phone_call"_s, berlin(2026, 5, 5, 14, 0), 30, m_id[u"s3"_s], {per(u"a2"_s)}, u"Telefonat Alpha"_s);
    // Epsilon is archived after it was supported: it still counts.
    QVERIFY2(OrganisationRepository(db).archive(m_id[u"E"_s], u"Betrieb aufgegeben"_s, &error), qPrintable(error));

    // Research cooperation proposed and agreed in the period; an internship completed in it (its
    // proposal lies before); a thesis agreed after the period.
    m_id[u"M1"_s] = match(m_id[u"A"_s], m_id[u"U"_s], u"research_cooperation"_s,
        {{u"proposed"_s, QDate(2026, 2, 10)}, {u"agreed"_s, QDate(2026, 3, 20)}});
    m_id[u"M2"_s] = match(m_id[u"B"_s], m_id[u"U"_s], u"internship"_s,
        {{u"proposed"_s, QDate(2025, 12, 1)}, {u"completed"_s, QDate(2026, 6, 15)}});
    m_id[u"M3"_s] = match(m_id[u"E"_s], m_id[u"U"_s], u"thesis"_s, {{u"agreed"_s, QDate(2026, 8, 1)}});
    for (const QString& key : m_id.keys()) {
        QVERIFY2(m_id[key] > 0, qPrintable(key));
    }
    m_report = EfreReport::build(db, m_period).value();
}

void TestEfreReport::cleanupTestCase()
{
    time::setNowForTesting({});
}

void TestEfreReport::periods_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("quarterFrom");
    QTest::addColumn<QDate>("quarterTo");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addRow("november") << QDate(2026, 11, 26) << QDate(2026, 10, 1) << QDate(2026, 12, 31) << QDate(2026, 7, 1);
    QTest::addRow("new year") << QDate(2027, 1, 1) << QDate(2027, 1, 1) << QDate(2027, 3, 31) << QDate(2026, 10, 1);
    QTest::addRow("end of june") << QDate(2026, 6, 30) << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QDate(2026, 1, 1);
    QTest::addRow("leap february") << QDate(2028, 2, 29) << QDate(2028, 1, 1) << QDate(2028, 3, 31)
                                   << QDate(2027, 10, 1);
}

void TestEfreReport::periods()
{
    QFETCH(QDate, today);
    QFETCH(QDate, quarterFrom);
    QFETCH(QDate, quarterTo);
    QFETCH(QDate, previousFrom);
    QCOMPARE(Period::quarterOf(today), (Period{quarterFrom, quarterTo}));
    QCOMPARE(Period::previousQuarterOf(today).from, previousFrom);
    QCOMPARE(Period::previousQuarterOf(today).to, quarterFrom.addDays(-1));
    QVERIFY(Period::yearOf(today).contains(today));
}

void TestEfreReport::indicators_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("value");
    // Enterprises: Alpha, Beta and the archived Epsilon (Gamma too late, Delta before the approved
    // period, Phi's activity deleted).
    QTest::addRow("supported") << u"ENT_SUPPORTED"_s << qint64(3);
    QTest::addRow("SME") << u"ENT_SUPPORTED_SME"_s << qint64(2);
    QTest::addRow("pilot") << u"ENT_SUPPORTED_PILOT"_s << qint64(1);
    QTest::addRow("sector IT") << u"ENT_SUPPORTED_SECTOR_IT"_s << qint64(1);
    QTest::addRow("sector production") << u"ENT_SUPPORTED_SECTOR_PRODUCTION"_s << qint64(1);
    QTest::addRow("sector logistics") << u"ENT_SUPPORTED_SECTOR_LOGISTICS"_s << qint64(1);
    QTest::addRow("sector bio") << u"ENT_SUPPORTED_SECTOR_BIOMICRONANO"_s << qint64(0);
    QTest::addRow("Dortmund") << u"ENT_SUPPORTED_CITY_DORTMUND"_s << qint64(2);
    QTest::addRow("Bochum") << u"ENT_SUPPORTED_CITY_BOCHUM"_s << qint64(1);
    // Alpha with both partners, counted once in each.
    QTest::addRow("partner 1") << u"ENT_SUPPORTED_PARTNER_PARTNER_EINS"_s << qint64(2);
    QTest::addRow("partner 2") << u"ENT_SUPPORTED_PARTNER_PARTNER_ZWEI"_s << qint64(3);
    QTest::addRow("research cooperation (RCO10)") << u"ENT_RESEARCH_COOPERATION"_s << qint64(1);
    QTest::addRow("recruiting, not RCO10") << u"ENT_RECRUITING_COOPERATION"_s << qint64(1);
    QTest::addRow("activities") << u"EVT_TOTAL"_s << qint64(4);
    QTest::addRow("meetings") << u"EVT_TYPE_MEETING"_s << qint64(1);
    QTest::addRow("company visits") << u"EVT_TYPE_COMPANY_VISIT"_s << qint64(1);
    QTest::addRow("workshops") << u"EVT_TYPE_WORKSHOP"_s << qint64(1);
    QTest::addRow("phone calls") << u"EVT_TYPE_PHONE_CALL"_s << qint64(1);
    QTest::addRow("career fairs") << u"EVT_TYPE_CAREER_FAIR"_s << qint64(0);
    QTest::addRow("outside approved period") << u"EVT_OUTSIDE_APPROVED_PERIOD"_s << qint64(1);
    QTest::addRow("participants from enterprises") << u"PART_COMPANY"_s << qint64(3);
    QTest::addRow("participants from universities") << u"PART_UNIVERSITY"_s << qint64(1);
    QTest::addRow("participants from partners") << u"PART_PARTNER"_s << qint64(3);
    QTest::addRow("research cooperations moved") << u"MATCH_RESEARCH_COOPERATION"_s << qint64(1);
    QTest::addRow("research proposed") << u"MATCH_RESEARCH_COOPERATION_PROPOSED"_s << qint64(1);
    QTest::addRow("research agreed") << u"MATCH_RESEARCH_COOPERATION_AGREED"_s << qint64(1);
    QTest::addRow("internship completed") << u"MATCH_INTERNSHIP_COMPLETED"_s << qint64(1);
    QTest::addRow("internship proposed before") << u"MATCH_INTERNSHIP_PROPOSED"_s << qint64(0);
    QTest::addRow("thesis after the period") << u"MATCH_THESIS"_s << qint64(0);
    QTest::addRow("graduates placed") << u"GRAD_PLACED"_s << qint64(1);
    QTest::addRow("placed by internship") << u"GRAD_PLACED_INTERNSHIP"_s << qint64(1);
    // Staff time in minutes; the partners' codes from their names (none chosen).
    QTest::addRow("minutes") << u"HOURS_TOTAL"_s << qint64(450); // 60 + 120 + 240 + 30 minutes
    QTest::addRow("minutes partner 1") << u"HOURS_PARTNER_PARTNER_EINS"_s << qint64(300); // logged by s1: 60 + 240
    QTest::addRow("minutes partner 2") << u"HOURS_PARTNER_PARTNER_ZWEI"_s << qint64(120);
    QTest::addRow("minutes without partner") << u"HOURS_PARTNER_NONE"_s << qint64(30);
}

void TestEfreReport::indicators()
{
    QFETCH(QString, code);
    QFETCH(qint64, value);
    const Indicator* i = m_report.indicator(code);
    QVERIFY2(i, qPrintable(code));
    QCOMPARE(i->value, value);
    QVERIFY(!i->label.isEmpty());
    if (!i->isTime()) {
        QCOMPARE(i->rows.size(), qsizetype(value)); // the rows behind the number are the number
    }
}

void TestEfreReport::periodCutToTheApprovedPeriod()
{
    QCOMPARE(m_report.requested, m_period);
    QCOMPARE(m_report.counted, (Period{QDate(2026, 2, 1), QDate(2026, 6, 30)}));
    QCOMPARE(m_report.excludedEvents, 1);
    QVERIFY(!m_report.notes.filter(u"approved period"_s).isEmpty());
    // Without an approved period everything of the requested period counts.
    test::TempDatabase other;
    const EfreReport plain = EfreReport::build(other.db(), m_period).value();
    QCOMPARE(plain.counted, m_period);
    QVERIFY(!plain.notes.filter(u"No approved period"_s).isEmpty());
    // A period wholly outside the approved one counts nothing.
    const EfreReport before = EfreReport::build(m_t.db(), {QDate(2026, 1, 1), QDate(2026, 1, 31)}).value();
    QVERIFY(!before.counted.isValid());
    QCOMPARE(before.value(u"EVT_TOTAL"_s), 0);
    QCOMPARE(before.value(u"EVT_OUTSIDE_APPROVED_PERIOD"_s), 1);
}

void TestEfreReport::evidenceLists()
{
    QCOMPARE(m_report.events, (QList<Id>{m_id[u"E1"_s], m_id[u"E5"_s], m_id[u"E8"_s], m_id[u"E2"_s]}));
    QCOMPARE(m_report.companies.size(), 3);
    const SupportedCompany& alpha = m_report.companies.at(0);
    QCOMPARE(alpha.name, u"Alpha Software"_s);
    QCOMPARE(alpha.firstContact, QDate(2026, 2, 1));
    QCOMPARE(alpha.lastContact, QDate(2026, 5, 5));
    QCOMPARE(alpha.contacts, 3);
    QCOMPARE(alpha.partners, (QStringList{u"Partner Eins"_s, u"Partner Zwei"_s}));
    const SupportedCompany& beta = m_report.companies.at(1);
    QCOMPARE(beta.firstContact, QDate(2026, 6, 30)); // 23:30 Berlin, not the UTC day
    QCOMPARE(beta.lastContact, QDate(2026, 6, 30));
    const SupportedCompany& epsilon = m_report.companies.at(2);
    QVERIFY(epsilon.archived);
    QCOMPARE(m_report.eventsPerMonth.size(), 5); // February to June, empty April included
    QCOMPARE(m_report.eventsPerMonth.at(2), (std::pair<QString, int>{u"2026-04"_s, 0}));
    QCOMPARE(m_report.eventsPerMonth.at(5 - 1).second, 1);
    QCOMPARE(m_report.matchSteps.size(), 3); // research proposed and agreed, internship completed
    QCOMPARE(m_report.matchSteps.first().reachedOn, QDate(2026, 2, 10));
}

void TestEfreReport::rowsBehindTheNumbers()
{
    const Indicator* supported = m_report.indicator(u"ENT_SUPPORTED"_s);
    QVERIFY(supported);
    QVERIFY(supported->rows.contains(RowRef{RowKind::Organisation, m_id[u"E"_s]}));
    QVERIFY(!supported->rows.contains(RowRef{RowKind::Organisation, m_id[u"F"_s]}));
    QVERIFY(!supported->rows.contains(RowRef{RowKind::Organisation, m_id[u"D"_s]}));
    const Indicator* workshops = m_report.indicator(u"EVT_TYPE_WORKSHOP"_s);
    QCOMPARE(workshops->rows, (QList<RowRef>{{RowKind::Event, m_id[u"E5"_s]}}));
    const Indicator* partnerSide = m_report.indicator(u"PART_PARTNER"_s);
    QVERIFY(partnerSide->rows.contains(RowRef{RowKind::Staff, m_id[u"s3"_s]}));
}

void TestEfreReport::fingerprintFollowsTheData()
{
    const QString first = m_report.fingerprint();
    QCOMPARE(first.size(), 64);
    QCOMPARE(EfreReport::build(m_t.db(), m_period).value().fingerprint(), first); // same data, same fingerprint
    // A changed activity type changes what the report states.
    EventRepository events(m_t.db());
    auto e = events.find(m_id[u"E8"_s]);
    QVERIFY(e);
    e->type = u"email"_s;
    QString error;
    QVERIFY2(events.save(*e, &error), qPrintable(error));
    QVERIFY(EfreReport::build(m_t.db(), m_period).value().fingerprint() != first);
    e->type = u"phone_call"_s;
    QVERIFY(events.save(*e, &error));
    QCOMPARE(EfreReport::build(m_t.db(), m_period).value().fingerprint(), first);
}

void TestEfreReport::emptyDatabaseGivesZeros()
{
    test::TempDatabase empty;
    const EfreReport r = EfreReport::build(empty.db(), m_period).value();
    QVERIFY(!r.indicators.isEmpty());
    for (const Indicator& i : r.indicators) {
        QCOMPARE(i.value, 0);
    }
    QVERIFY(r.events.isEmpty());
    for (Format format : {Format::Pdf, Format::Xlsx, Format::Csv}) {
        const QString path = empty.folder() + u"/empty."_s + QString::number(int(format));
        QString error;
        QVERIFY2(write(empty.db(), r, path, format, &error), qPrintable(error));
        QVERIFY(QFile(path).size() > 0);
    }
}

void TestEfreReport::invalidPeriodGivesZeros()
{
    const EfreReport r = EfreReport::build(m_t.db(), {QDate(2026, 6, 30), QDate(2026, 1, 1)}).value();
    QVERIFY(!r.requested.isValid());
    QCOMPARE(r.value(u"EVT_TOTAL"_s), 0);
    QCOMPARE(r.value(u"ENT_SUPPORTED"_s), 0);
    QVERIFY(!r.notes.filter(u"not valid"_s).isEmpty());
}

void TestEfreReport::csvHasTheNumbers()
{
    const QByteArray bytes = indicatorsCsv(m_report);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with its BOM
    QVERIFY(bytes.contains("\r\n"));
    const csv::Table table = csv::parse(bytes);
    QCOMPARE(table.separator, u';');
    QCOMPARE(table.records.first().fields, (QStringList{u"code"_s, u"label"_s, u"value"_s, u"unit"_s, u"hours"_s}));
    QCOMPARE(table.records.size(), m_report.indicators.size() + 1);
    for (int i = 0; i < m_report.indicators.size(); ++i) {
        const Indicator& expected = m_report.indicators[i];
        const QStringList& fields = table.records[i + 1].fields;
        QCOMPARE(fields.value(0), expected.code);
        QCOMPARE(fields.value(1), expected.label);
        QCOMPARE(fields.value(2).toLongLong(), expected.value); // a count or whole minutes
        QCOMPARE(fields.value(3), expected.isTime() ? u"min"_s : u"count"_s);
    }
    QVERIFY(bytes.contains("HOURS_TOTAL;Staff time logged (hours:minutes);450;min;7:30\r\n"));
}

void TestEfreReport::pdfHasTheNumbers()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: packaging/dev.sh installs poppler-utils");
    const QString path = m_t.folder() + u"/report.pdf"_s;
    QString error;
    QVERIFY2(write(m_t.db(), m_report, path, Format::Pdf, &error), qPrintable(error));
    const QString text = test::runProgram(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(text.contains(u"KMUni Testprojekt"_s));
    QVERIFY(text.contains(u"EFRE-0400999"_s));
    QVERIFY(text.contains(u"01.01.2026 – 30.06.2026"_s));
    const QStringList groups = groupedFingerprint(m_report.fingerprint()).split(u"  "_s);
    QVERIFY(text.contains(groups.first()));
    // Each indicator with its number on the line of its label (short labels only: long ones wrap).
    const QStringList lines = text.split(u'\n');
    const auto valueOnLine = [&](const QString& label) -> QString {
        for (const QString& line : lines) {
            if (line.trimmed().startsWith(label)) {
                return line.simplified().section(u' ', -1);
            }
        }
        return {};
    };
    QCOMPARE(valueOnLine(u"Workshop"_s), u"1"_s);
    QCOMPARE(valueOnLine(u"Company visit"_s), u"1"_s);
    QCOMPARE(valueOnLine(u"Career fair"_s), u"0"_s);
    QCOMPARE(valueOnLine(u"Staff time logged (hours:minutes)"_s), u"7:30"_s);
    QCOMPARE(valueOnLine(u"by Partner Eins"_s), u"5:00"_s);
    QCOMPARE(valueOnLine(u"of them in Dortmund"_s), u"2"_s);
    QCOMPARE(valueOnLine(u"of them pilot participants"_s), u"1"_s);
    QVERIFY(text.contains(u"ENT_SUPPORTED"_s));
    // The evidence: the enterprises and activities, not the deleted one, not those outside.
    for (const QString& expected : {u"Alpha Software"_s, u"Beta Maschinenbau"_s, u"Epsilon Lager"_s,
             u"Workshop Fachkräfte"_s, u"Besuch Beta"_s, u"Anna Ärger"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    for (const QString& absent : {u"Phi Gelöscht"_s, u"Gamma zu spät"_s, u"Delta vorab"_s}) {
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    }
}

void TestEfreReport::xlsxHasTheNumbers()
{
    const QString interpreter = test::python();
    QVERIFY2(!interpreter.isEmpty(), "python3 is missing");
    const QString path = m_t.folder() + u"/report.xlsx"_s;
    QString error;
    QVERIFY2(write(m_t.db(), m_report, path, Format::Xlsx, &error), qPrintable(error));
    // openpyxl reads the file as Excel and LibreOffice would: numbers are numbers, dates are dates.
    const QString script = uR"(
import json, sys, datetime
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames, "values": {}, "types": {}, "dates": []}
for row in book["Indicators"].iter_rows(min_row=2, values_only=True):
    out["values"][row[0]] = row[3]
    out["types"][row[0]] = type(row[3]).__name__
for row in book["Enterprises"].iter_rows(min_row=2, values_only=True):
    out["dates"].append([row[1], row[7].isoformat() if isinstance(row[7], datetime.datetime) else str(row[7])])
act = book["Activities"]["B2"].value
out["firstActivity"] = act.isoformat() if isinstance(act, datetime.datetime) else str(act)
print(json.dumps(out))
)"_s;
    const QString json = test::runProgram(interpreter, {u"-c"_s, script, path});
    const QJsonObject result = QJsonDocument::fromJson(json.toUtf8()).object();
    QVERIFY2(!result.isEmpty(), "openpyxl could not read the file (Debian: python3-openpyxl)");
    const QJsonObject values = result.value(u"values"_s).toObject();
    const QJsonObject types = result.value(u"types"_s).toObject();
    QCOMPARE(values.size(), m_report.indicators.size());
    for (const Indicator& i : m_report.indicators) {
        QCOMPARE(qint64(values.value(i.code).toDouble(-1)), i.value);
        QVERIFY2(types.value(i.code).toString() == u"int"_s || types.value(i.code).toString() == u"float"_s,
            qPrintable(i.code)); // a number, not text
    }
    const QJsonArray dates = result.value(u"dates"_s).toArray();
    QCOMPARE(dates.size(), 3);
    QCOMPARE(dates.at(0).toArray().at(0).toString(), u"Alpha Software"_s);
    QCOMPARE(dates.at(0).toArray().at(1).toString(), u"2026-02-01T00:00:00"_s);
    // The activity's date and time in Berlin wall time.
    QCOMPARE(result.value(u"firstActivity"_s).toString(), u"2026-02-01T08:00:00"_s);
}

void TestEfreReport::participantsList()
{
    QString title;
    const auto document = participantlist::build(m_t.db(), m_id[u"E5"_s], &title).value();
    QVERIFY(document);
    QVERIFY(title.contains(u"15.03.2026"_s));
    const QString text = document->toPlainText();
    for (const QString& expected : {u"KMUni Testprojekt"_s, u"EFRE-0400999"_s, u"Workshop Fachkräfte"_s,
             u"Anna Ärger"_s, u"Arne Öhler"_s, u"Uwe Uhlmann"_s, u"Technische Universität Dortmund"_s, u"Sam Zweiter"_s,
             u"Partner Zwei"_s, u"Epsilon Lager"_s, u"Signature"_s, u"15.03.2026 10:00"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY(!participantlist::build(m_t.db(), 999999).value());
    const QString path = m_t.folder() + u"/participants.pdf"_s;
    QString error;
    QVERIFY2(participantlist::writePdf(m_t.db(), m_id[u"E5"_s], path, &error), qPrintable(error));
    QVERIFY(!participantlist::writePdf(m_t.db(), 999999, m_t.folder() + u"/none.pdf"_s, &error));
    QVERIFY(!QFile::exists(m_t.folder() + u"/none.pdf"_s));
}

// A company and its first activity saved from another connection while the report reads: the
// report reads one snapshot, so neither the company nor the activity's participants are in it.
void TestEfreReport::writesMeanwhileAreWhollyInOrOut()
{
    DbStatus status;
    auto other = Database::open(m_t.path(), Database::Mode::OpenExisting, &status);
    QVERIFY2(other, qPrintable(status.message));
    bool written = false;
    const EfreReport report = EfreReport::build(m_t.db(), m_period, [&](int step, int) {
        if (step == 2 && !written) { // the activities are read, their participants not yet
            written = true;
            Organisation o;
            o.kind = u"company"_s;
            o.name = u"Zwischendurch GmbH"_s;
            QString error;
            if (OrganisationRepository(*other).save(o, &error)) {
                Event e;
                e.type = u"meeting"_s;
                e.start = QDateTime(QDate(2026, 2, 10), QTime(10, 0), QTimeZone("Europe/Berlin"));
                e.durationMin = 30;
                e.participants = {Participant{Participant::Kind::Organisation, o.id, {}, {}, {}}};
                written = EventRepository(*other).save(e, &error);
            }
            if (!written) {
                qWarning() << error;
            }
        }
        return true;
    }).value();
    QVERIFY(written);
    QCOMPARE(report.value(u"ENT_SUPPORTED"_s), m_report.value(u"ENT_SUPPORTED"_s));
    QCOMPARE(report.value(u"EVT_TOTAL"_s), m_report.value(u"EVT_TOTAL"_s));
    for (const SupportedCompany& c : report.companies) {
        QVERIFY2(c.firstContact >= m_period.from && c.lastContact <= m_period.to, qPrintable(c.name));
    }
    // The next report has both.
    const EfreReport after = EfreReport::build(m_t.db(), m_period).value();
    QCOMPARE(after.value(u"ENT_SUPPORTED"_s), m_report.value(u"ENT_SUPPORTED"_s) + 1);
    QCOMPARE(after.value(u"EVT_TOTAL"_s), m_report.value(u"EVT_TOTAL"_s) + 1);
}

QTEST_MAIN(TestEfreReport)
#include "TestEfreReport.moc"
