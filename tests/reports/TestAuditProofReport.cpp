// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EFRE report as an auditor re-adds it (issue 13): staff time exact and the same in CSV, XLSX and
// PDF, the partner rows adding up to the total; the same codes in the same order for two periods and
// two databases; a filed report re-exported byte for byte after later changes, which the report of
// the period now shows.
#include "TestSupport.h"
#include "common/Format.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "io/Csv.h"
#include "io/PrivateFile.h"
#include "organisations/OrganisationRepository.h"
#include "project/ProjectSettings.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"
#include "reports/FiledReports.h"
#include "staff/Staff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::reports;

namespace {

/** A small network: partners created in @p order ("A" first or "B" first), a company in each of two cities. */
struct Network
{
    test::TempDatabase t;
    QHash<QString, Id> id;

    explicit Network(const QStringList& order, bool chooseCodes)
    {
        Database& db = t.db();
        QString error;
        for (const QString& key : order) {
            Organisation o;
            o.kind = u"partner"_s;
            o.name = key == u"A"_s ? u"Wirtschaftsförderung Dortmund"_s : u"IHK Mittleres Ruhrgebiet"_s;
            o.isSme = false;
            id[key] = test::saved<OrganisationRepository>(db, o);
            StaffMember s;
            s.partnerId = o.id;
            s.firstName = u"Sam"_s;
            s.lastName = key;
            id[u"staff "_s + key] = test::saved<StaffRepository>(db, s);
        }
        ProjectSettings project = ProjectSettings::load(db).value();
        project.name = u"Prüfprojekt"_s;
        for (auto& partner : project.partners) {
            if (chooseCodes) {
                partner.code = partner.organisationId == id[u"A"_s] ? u"WFDO"_s : u"IHKMR"_s;
            }
        }
        if (!ProjectSettings::save(db, project, &error)) {
            qWarning() << error;
        }
        for (const auto& [key, city] :
            {std::pair{u"Nord"_s, u"Dortmund"_s}, std::pair{u"Süd"_s, u"Mülheim an der Ruhr"_s}}) {
            Organisation c;
            c.kind = u"company"_s;
            c.name = key + u" Technik"_s;
            c.legalForm = u"GmbH"_s;
            c.city = city;
            c.sector = u"it"_s;
            id[key] = test::saved<OrganisationRepository>(db, c);
        }
    }

    Id log(const QDate& day, int minutes, const QString& partner, const QString& company)
    {
        Event e;
        e.type = u"meeting"_s;
        e.start = time::fromBerlin(day, QTime(10, 0));
        e.durationMin = 60;
        e.timeSpentMin = minutes;
        e.loggedByStaffId = partner.isEmpty() ? 0 : id[u"staff "_s + partner];
        e.participants = {Participant{Participant::Kind::Organisation, id[company], {}, {}, {}}};
        if (!partner.isEmpty()) {
            e.participants << Participant{Participant::Kind::Staff, id[u"staff "_s + partner], {}, {}, {}};
        }
        return test::saved<EventRepository>(t.db(), e);
    }
};

QStringList codes(const EfreReport& r)
{
    QStringList list;
    for (const Indicator& i : r.indicators) {
        list << i.code;
    }
    return list;
}

} // namespace

class TestAuditProofReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hoursMinutes_data();
    void hoursMinutes();
    void decimalHoursAsEntered_data();
    void decimalHoursAsEntered();
    void partnerRowsAddUpToTheTotal();
    void sameMinutesInCsvXlsxAndPdf_data();
    void sameMinutesInCsvXlsxAndPdf();
    void sameCodesForTwoPeriodsAndTwoDatabases();
    void namesCarryTheirLegalForm();
    void partnerCodesAreChecked_data();
    void partnerCodesAreChecked();
    void filedReportStaysAsFiled();
    void filedReportsAreReadOnly();
    void exportsArePrivate();

private:
    std::unique_ptr<Network> m_net;
    EfreReport m_report;
    Period m_period{QDate(2026, 1, 1), QDate(2026, 3, 31)};
};

void TestAuditProofReport::initTestCase()
{
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    m_net = std::make_unique<Network>(QStringList{u"A"_s, u"B"_s}, true);
    // Thirds and quarters of an hour: rounded to a tenth of an hour, these did not add up.
    m_net->log(QDate(2026, 1, 5), 20, u"A"_s, u"Nord"_s);
    m_net->log(QDate(2026, 1, 6), 20, u"A"_s, u"Nord"_s);
    m_net->log(QDate(2026, 1, 7), 40, u"A"_s, u"Süd"_s);
    m_net->log(QDate(2026, 2, 2), 15, u"B"_s, u"Süd"_s);
    m_net->log(QDate(2026, 2, 3), 45, u"B"_s, u"Nord"_s);
    m_net->log(QDate(2026, 2, 4), 25, u"B"_s, u"Nord"_s);
    m_net->log(QDate(2026, 3, 9), 10, QString(), u"Nord"_s); // logged by nobody's staff
    m_report = EfreReport::build(m_net->t.db(), m_period).value();
}

void TestAuditProofReport::cleanupTestCase()
{
    time::setNowForTesting({});
}

void TestAuditProofReport::hoursMinutes_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << qint64(0) << u"0:00"_s;
    QTest::addRow("a third") << qint64(20) << u"0:20"_s;
    QTest::addRow("an hour and a quarter") << qint64(75) << u"1:15"_s;
    QTest::addRow("more than a day") << qint64(1905) << u"31:45"_s;
    QTest::addRow("negative") << qint64(-5) << u"-0:05"_s;
}

void TestAuditProofReport::hoursMinutes()
{
    QFETCH(qint64, minutes);
    QFETCH(QString, text);
    QCOMPARE(format::hoursMinutes(minutes), text);
}

void TestAuditProofReport::decimalHoursAsEntered_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("german");
    QTest::addRow("a quarter hour") << 15 << u"0,25"_s;
    QTest::addRow("twenty minutes") << 20 << u"0,33"_s;
    QTest::addRow("an hour and a half") << 90 << u"1,5"_s;
    QTest::addRow("an hour") << 60 << u"1,0"_s;
    QTest::addRow("many hours") << 6045 << u"100,75"_s;
}

void TestAuditProofReport::decimalHoursAsEntered()
{
    // The list, the activity and the overview show the hours as the form took them (0,25, not 0,3).
    QFETCH(int, minutes);
    QFETCH(QString, german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = format::hours(minutes);
    QLocale::setDefault(before);
    QCOMPARE(text, german);
}

void TestAuditProofReport::partnerRowsAddUpToTheTotal()
{
    QCOMPARE(m_report.value(u"HOURS_TOTAL"_s), 175);
    QCOMPARE(m_report.value(u"HOURS_PARTNER_WFDO"_s), 80);
    QCOMPARE(m_report.value(u"HOURS_PARTNER_IHKMR"_s), 85);
    QCOMPARE(m_report.value(u"HOURS_PARTNER_NONE"_s), 10);
    qint64 sum = 0;
    for (const Indicator& i : m_report.indicators) {
        if (i.code.startsWith(u"HOURS_PARTNER_"_s)) {
            QVERIFY(i.isTime());
            sum += i.value;
        }
    }
    QCOMPARE(sum, m_report.value(u"HOURS_TOTAL"_s));
    QVERIFY(!m_report.notes.filter(u"add up exactly"_s).isEmpty()); // the rule is stated
}

void TestAuditProofReport::sameMinutesInCsvXlsxAndPdf_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text"); // h:mm
    QTest::addRow("total") << u"HOURS_TOTAL"_s << u"2:55"_s;
    QTest::addRow("WFDO") << u"HOURS_PARTNER_WFDO"_s << u"1:20"_s;
    QTest::addRow("IHKMR") << u"HOURS_PARTNER_IHKMR"_s << u"1:25"_s;
    QTest::addRow("none") << u"HOURS_PARTNER_NONE"_s << u"0:10"_s;
}

void TestAuditProofReport::sameMinutesInCsvXlsxAndPdf()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    const Indicator* indicator = m_report.indicator(code);
    QVERIFY(indicator);
    QCOMPARE(format::hoursMinutes(indicator->value), text);
    Database& db = m_net->t.db();
    const QString folder = m_net->t.folder();
    QString error;

    // CSV: minutes and h:mm.
    const csv::Table table = csv::parse(indicatorsCsv(m_report));
    bool inCsv = false;
    for (const csv::Record& record : table.records) {
        if (record.fields.value(0) == code) {
            QCOMPARE(record.fields.value(2).toLongLong(), indicator->value);
            QCOMPARE(record.fields.value(3), u"min"_s);
            QCOMPARE(record.fields.value(4), text);
            inCsv = true;
        }
    }
    QVERIFY(inCsv);

    // XLSX, read as Excel would: the minutes a number, the hours a duration of exactly those minutes.
    const QString xlsx = folder + u"/hours.xlsx"_s;
    QVERIFY2(write(db, m_report, xlsx, Format::Xlsx, &error), qPrintable(error));
    const QString script = uR"(
import json, sys, datetime
from openpyxl import load_workbook
out = {}
for row in load_workbook(sys.argv[1])["Indicators"].iter_rows(min_row=2, values_only=True):
    h = row[5]
    if isinstance(h, datetime.timedelta):
        h = round(h.total_seconds() / 60)
    elif isinstance(h, (int, float)):
        h = round(h * 1440)
    elif isinstance(h, datetime.time):
        h = h.hour * 60 + h.minute
    out[row[0]] = [row[3], row[4], h]
print(json.dumps(out))
)"_s;
    const QJsonObject values
        = QJsonDocument::fromJson(test::runProgram(test::python(), {u"-c"_s, script, xlsx}).toUtf8()).object();
    QVERIFY2(!values.isEmpty(), "openpyxl could not read the file (Debian: python3-openpyxl)");
    const QJsonArray row = values.value(code).toArray();
    QCOMPARE(row.at(0).toInteger(), indicator->value);
    QCOMPARE(row.at(1).toString(), u"min"_s);
    QCOMPARE(row.at(2).toInteger(), indicator->value);

    // PDF: the h:mm on the label's line, the minutes below it.
    const QString pdf = folder + u"/hours.pdf"_s;
    QVERIFY2(write(db, m_report, pdf, Format::Pdf, &error), qPrintable(error));
    const QString pdfText
        = test::runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    const QStringList lines = pdfText.split(u'\n');
    qsizetype at = -1;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (lines[l].trimmed().startsWith(indicator->label)) {
            at = l;
            break;
        }
    }
    QVERIFY2(at >= 0, qPrintable(indicator->label));
    QCOMPARE(lines[at].simplified().section(u' ', -1), text);
    QVERIFY2(lines.mid(at, 4).join(u' ').contains(u"%1 min"_s.arg(indicator->value)), qPrintable(lines[at + 1]));
}

void TestAuditProofReport::sameCodesForTwoPeriodsAndTwoDatabases()
{
    // The same partners created the other way round, their codes chosen the same.
    Network other({u"B"_s, u"A"_s}, true);
    other.log(QDate(2026, 5, 4), 30, u"B"_s, u"Süd"_s);
    const Period second{QDate(2026, 4, 1), QDate(2026, 6, 30)};
    const QStringList first = codes(m_report);
    QCOMPARE(codes(EfreReport::build(m_net->t.db(), second).value()), first); // nothing in it: zeros, same rows
    QCOMPARE(codes(EfreReport::build(other.t.db(), m_period).value()), first);
    QCOMPARE(codes(EfreReport::build(other.t.db(), second).value()), first);
    // Stable keys, never database ids; the city by its folded name; zeros included.
    QVERIFY(first.contains(u"ENT_SUPPORTED_PARTNER_WFDO"_s));
    QVERIFY(first.contains(u"ENT_SUPPORTED_CITY_MULHEIM_AN_DER_RUHR"_s));
    QVERIFY(first.contains(u"ENT_SUPPORTED_CITY_NONE"_s));
    QVERIFY(first.contains(u"ENT_SUPPORTED_SECTOR_NONE"_s));
    QVERIFY(first.contains(u"PART_OTHER"_s));
    for (const QString& code : first) {
        QVERIFY2(!QRegularExpression(u"_\\d+$"_s).match(code).hasMatch(), qPrintable(code));
    }
    // Without chosen codes, the partner's folded name is its code.
    Network plain({u"A"_s}, false);
    QVERIFY(codes(EfreReport::build(plain.t.db(), m_period).value())
                .contains(u"HOURS_PARTNER_WIRTSCHAFTSFORDERUNG_DORTMUND"_s));
}

void TestAuditProofReport::namesCarryTheirLegalForm()
{
    QCOMPARE(m_report.companies.size(), 2);
    for (const SupportedCompany& c : m_report.companies) {
        QVERIFY2(c.name.endsWith(u" GmbH"_s), qPrintable(c.name));
    }
    const auto lines = describe(m_net->t.db(), m_report.indicator(u"ENT_SUPPORTED"_s)->rows).value();
    QCOMPARE(lines.first().title, u"Nord Technik GmbH"_s);
    const auto events = EventRepository(m_net->t.db()).byIds(m_report.events.mid(0, 1)).value();
    QCOMPARE(events.first().organisations, QStringList{u"Nord Technik GmbH"_s});
}

void TestAuditProofReport::partnerCodesAreChecked_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("valid");
    QTest::addRow("two codes") << u"WFDO"_s << u"IHKMR"_s << true;
    QTest::addRow("none chosen") << QString() << QString() << true;
    QTest::addRow("lower case") << u"wfdo"_s << QString() << false;
    QTest::addRow("umlaut") << u"WFÖ"_s << QString() << false;
    QTest::addRow("too long") << u"ABCDEFGHIJKLMNOPQ"_s << QString() << false;
    QTest::addRow("twice") << u"IHK"_s << u"IHK"_s << false;
    QTest::addRow("as the other's default") << u"IHK_MITTLERES_RUHRGEBIET"_s << QString() << false;
}

void TestAuditProofReport::partnerCodesAreChecked()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, valid);
    ProjectSettings settings = ProjectSettings::load(m_net->t.db()).value();
    QCOMPARE(settings.partners.size(), 2);
    settings.partners[0].code = first;
    settings.partners[1].code = second;
    QCOMPARE(settings.validate().isEmpty(), valid);
}

void TestAuditProofReport::filedReportStaysAsFiled()
{
    Database& db = m_net->t.db();
    FiledReports filed(db);
    const auto report = filed.file(m_period, u"Zwischenbericht 1"_s);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->title, u"Zwischenbericht 1"_s);
    QCOMPARE(report->fingerprint, m_report.fingerprint());
    QByteArray before[3];
    const Format formats[3] = {Format::Pdf, Format::Xlsx, Format::Csv};
    for (int f = 0; f < 3; ++f) {
        before[f] = filed.bytes(report->id, formats[f]).value();
        QVERIFY(!before[f].isEmpty());
    }
    QCOMPARE(before[2], indicatorsCsv(m_report));
    QVERIFY(before[0].startsWith("%PDF-"));

    // A late activity in the filed period, logged afterwards.
    time::setNowForTesting(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    const Id late = m_net->log(QDate(2026, 3, 20), 50, u"B"_s, u"Süd"_s);

    // The filed report: unchanged, byte for byte, and its data checks against its fingerprint.
    for (int f = 0; f < 3; ++f) {
        QCOMPARE(filed.bytes(report->id, formats[f]).value(), before[f]);
    }
    const EfreReport kept = filed.report(report->id).value();
    QCOMPARE(kept.fingerprint(), report->fingerprint);
    QCOMPARE(kept.value(u"HOURS_TOTAL"_s), 175);
    // Written to a file through the CLI's path: the same bytes.
    const QString path = m_net->t.folder() + u"/filed.xlsx"_s;
    QString error;
    QVERIFY2(io::writePrivateFile(path, filed.bytes(report->id, Format::Xlsx).value(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before[1]);

    // The report of the period now differs, and says what changed since and who did it.
    const EfreReport now = EfreReport::build(db, m_period).value();
    QVERIFY(now.fingerprint() != report->fingerprint);
    QCOMPARE(now.value(u"HOURS_TOTAL"_s), 225);
    QCOMPARE(filed.forPeriod(m_period).value().size(), 1);
    const ChangesSinceFiling changes = filed.changesSince(report->id, now).value();
    QStringList changed;
    for (const IndicatorChange& c : changes.indicators) {
        changed << c.code;
        if (c.code == u"HOURS_TOTAL"_s) {
            QCOMPARE(c.filed, 175);
            QCOMPARE(c.now, 225);
        }
    }
    QVERIFY2(changed.contains(u"EVT_TOTAL"_s), qPrintable(changed.join(u' ')));
    QVERIFY(changed.contains(u"HOURS_PARTNER_IHKMR"_s));
    QVERIFY(!changed.contains(u"HOURS_PARTNER_WFDO"_s));
    QCOMPARE(changes.entries.size(), 1);
    QCOMPARE(changes.entries.first().entityId, late);
    QCOMPARE(changes.entries.first().action, u"create"_s);
    QCOMPARE(changes.entries.first().user, db.userName());
    QCOMPARE(changes.entries.first().at, time::now());
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
}

void TestAuditProofReport::filedReportsAreReadOnly()
{
    Database& db = m_net->t.db();
    const QList<FiledReport> all = FiledReports(db).list().value();
    QVERIFY(!all.isEmpty());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"UPDATE filed_reports SET title = 'anders' WHERE id = %1"_s.arg(all.first().id)));
    QVERIFY(!q.exec(u"DELETE FROM filed_reports WHERE id = %1"_s.arg(all.first().id)));
    QCOMPARE(FiledReports(db).find(all.first().id)->title, all.first().title);
    // An empty name is refused, nothing is kept.
    QVERIFY(FiledReports(db).file(m_period, u"  "_s).failed());
    QCOMPARE(FiledReports(db).list().value().size(), all.size());
}

void TestAuditProofReport::exportsArePrivate()
{
    const mode_t previous = ::umask(022);
    for (Format format : {Format::Pdf, Format::Xlsx, Format::Csv}) {
        const QString path = m_net->t.folder() + u"/private."_s + QString::number(int(format));
        QString error;
        QVERIFY2(write(m_net->t.db(), m_report, path, format, &error), qPrintable(error));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600); // whatever the umask
    }
    ::umask(previous);
    // A folder that does not exist: the message names the user's file, nothing is left behind.
    QString error;
    const QString missing = m_net->t.folder() + u"/none/report.xlsx"_s;
    QVERIFY(!write(m_net->t.db(), m_report, missing, Format::Xlsx, &error));
    QVERIFY2(error.contains(u"report.xlsx"_s) && !error.contains(u".kmuni-"_s), qPrintable(error));
}

QTEST_MAIN(TestAuditProofReport)
#include "TestAuditProofReport.moc"
