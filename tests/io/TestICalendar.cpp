// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "io/EventIcsExport.h"
#include "io/EventImport.h"
#include "io/ICalendar.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(KMUNI_TEST_DATA) + u"/ics/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

ical::ReadOptions range(QDate from, QDate to)
{
    ical::ReadOptions o;
    o.from = from;
    o.to = to;
    return o;
}

const ical::CalendarEvent* bySummary(const ical::Calendar& c, const QString& summary)
{
    for (const ical::CalendarEvent& e : c.events) {
        if (e.summary == summary) {
            return &e;
        }
    }
    return nullptr;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

int count(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    return q.exec(statement) && q.next() ? q.value(0).toInt() : -1;
}

/** Everything of the activities that an import and an export carry, one line per activity. */
QStringList snapshot(Database& db)
{
    QStringList lines;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id FROM events ORDER BY starts_at, subject"_s);
    EventRepository repo(db);
    while (q.next()) {
        const Event e = repo.find(q.value(0).toLongLong()).value();
        QStringList participants;
        for (const Participant& p : e.participants) {
            participants << QString::number(int(p.kind)) + u':' + p.name;
        }
        participants.sort();
        lines << QStringList{e.type, time::toStorage(e.start), QString::number(e.durationMin),
            QString::number(e.timeSpentMin), e.subject, e.location, e.minutes, e.outcome, participants.join(u',')}
                     .join(u" | "_s);
    }
    return lines;
}

const QDate from2026(2026, 1, 1);
const QDate to2026(2026, 4, 30);

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // The reader.
    void readsOutlook();
    void expandsWithinTheRange_data();
    void expandsWithinTheRange();
    void countIncludesAStartOffTheRule_data();
    void countIncludesAStartOffTheRule();
    void readsGoogle();
    void readsThunderbird();
    void readsRfcExamples();
    void windowsZoneWithoutVtimezone();
    void microsoftZoneAddresses_data();
    void microsoftZoneAddresses();
    void capsEndlessRecurrences();
    void foldInsideACharacter_data();
    void foldInsideACharacter();
    void movedOccurrenceKeepsTheSeriesAttendees();
    void thisAndFutureChangesTheLaterOccurrences();
    void thisAndFutureKeepsTheClock_data();
    void thisAndFutureKeepsTheClock();
    void tasksAreSaidNotDropped();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void unknownZoneIsAProblemWithItsLine();
    void impossibleDateIsAProblem_data();
    void impossibleDateIsAProblem();
    void unreadableStartIsSaidInWords();
    void allDaySeriesMovedByExchange_data();
    void allDaySeriesMovedByExchange();
    void microsoftAllDayMidnightsAreDays_data();
    void microsoftAllDayMidnightsAreDays();
    void attendeeAddressAsParameter();
    void seriesOutsideTheRangeIsNamed_data();
    void seriesOutsideTheRangeIsNamed();
    void outlookWebAppZoneLabels_data();
    void outlookWebAppZoneLabels();
    void readsOutlookWebApp();
    void labelWithVtimezoneTakesTheFilesRules_data();
    void labelWithVtimezoneTakesTheFilesRules();
    void unreadableRepetitionDateIsANote_data();
    void unreadableRepetitionDateIsANote();
    void reportCountsEventsNotProblems_data();
    void reportCountsEventsNotProblems();

    // The writer.
    void foldsAt75Octets();
    void escapesText_data();
    void escapesText();

    // The import.
    void importsOutlook();
    void importsGoogleAndThunderbird();
    void declinedAndCalendarAddresses();
    void reimportChangesNothing_data();
    void reimportChangesNothing();
    void changedEventUpdates();
    void reimportKeepsWhatStaffChanged();
    void cancelledAfterImportIsSaid();
    void privateEventsAreSaid_data();
    void privateEventsAreSaid();
    void occurrenceDroppedAfterImportIsSaid();
    void invitationBoilerplateLeftOut_data();
    void invitationBoilerplateLeftOut();
    void dryRunWritesNothing();
    void cancelledImportWritesNothing();
    void badFileLeavesDatabaseUnchanged_data();
    void badFileLeavesDatabaseUnchanged();

    // The export.
    void roundTrip();
    void exportReimportsIntoTheSameActivities();
    void independentReaderReadsExport();

private:
    EventImportReport import(const QByteArray& bytes, bool dryRun = false);
    std::unique_ptr<test::TempDatabase> m_t;
    test::CalendarNetwork m_n;
};

void TestICalendar::init()
{
    time::setNowForTesting(utc(2026, 3, 1, 10, 0));
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::makeCalendarNetwork(m_t->db(), m_n));
}

void TestICalendar::cleanup()
{
    m_t.reset();
    time::setNowForTesting({});
}

EventImportReport TestICalendar::import(const QByteArray& bytes, bool dryRun)
{
    EventImport::Options o;
    o.from = from2026;
    o.to = to2026;
    o.dryRun = dryRun;
    o.source = u"test.ics"_s;
    return EventImport(m_t->db()).run(bytes, o);
}

void TestICalendar::readsOutlook()
{
    const ical::Calendar c = ical::read(sample(u"outlook-de.ics"_s), range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY(c.problems.isEmpty());
    QCOMPARE(c.events.size(), 1 + 12 + 1);
    const ical::CalendarEvent* e = bySummary(c, u"Bedarfsgespräch Zeche Zollern Robotik"_s);
    QVERIFY(e);
    QCOMPARE(e->start, utc(2026, 1, 14, 9, 0)); // 10:00 in "W. Europe Standard Time" (winter)
    QCOMPARE(e->durationMin, 90);
    QVERIFY(e->durationKnown);
    QVERIFY(!e->allDay);
    QCOMPARE(e->location, u"Besprechungsraum 2, Emil-Figge-Straße 42, Dortmund"_s);
    QVERIFY(
        e->description.startsWith(u"Themen:\n- Praktikumsplätze für Studierende der Logistik (Sommersemester)\n"_s));
    QVERIFY(e->description.contains(u"Abschlussarbeiten; Ansprechpartnerin"_s));
    QVERIFY(e->description.endsWith(u"EFRE, Nachweise an die Wirtschaftsförderung\n\nBitte Unterlagen mitbringen."_s));
    QCOMPARE(e->organiser.email, u"kai.wagner@wirtschaftsfoerderung-dortmund.de"_s);
    QCOMPARE(e->organiser.name, u"Wagner, Kai"_s);
    QCOMPARE(e->attendees.size(), 2);
    QCOMPARE(e->attendees[0].email, u"Anna.Schmidt@Zollern-Robotik.de"_s);
    QCOMPARE(e->attendees[0].name, u"Anna Schmidt"_s);
    QCOMPARE(e->key, e->uid);
    QCOMPARE(e->line, 32); // BEGIN:VEVENT

    const ical::CalendarEvent* fair = bySummary(c, u"Karrieremesse Ruhr"_s);
    QVERIFY(fair);
    QVERIFY(fair->allDay);
    QCOMPARE(fair->start, utc(2026, 2, 19, 23, 0)); // midnight in Berlin
    QCOMPARE(fair->durationMin, 24 * 60);

    // The weekly series: EXDATE left out, the override moved, the hour kept across the DST change.
    QStringList starts;
    for (const ical::CalendarEvent& o : c.events) {
        if (o.summary.startsWith(u"Jour fixe"_s)) {
            starts << o.start.toString(Qt::ISODate);
            QVERIFY(o.key.startsWith(o.uid + u'#'));
        }
    }
    QCOMPARE(starts.size(), 12);
    QVERIFY(!starts.contains(u"2026-02-11T13:00:00Z"_s));
    QVERIFY(!starts.contains(u"2026-03-04T13:00:00Z"_s));
    QVERIFY2(starts.contains(u"2026-03-05T15:00:00Z"_s), qPrintable(starts.join(u' ')));
    QVERIFY(starts.contains(u"2026-01-07T13:00:00Z"_s));
    QVERIFY(starts.contains(u"2026-04-01T12:00:00Z"_s)); // 14:00 summer time
    const ical::CalendarEvent* moved = bySummary(c, u"Jour fixe Transfer (verschoben)"_s);
    QVERIFY(moved);
    QCOMPARE(moved->key, moved->uid + u"#20260304T130000Z"_s);
    QCOMPARE(moved->durationMin, 60);
}

void TestICalendar::expandsWithinTheRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("occurrences");
    QTest::newRow("whole series") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 12;
    QTest::newRow("January") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << 4;
    QTest::newRow("February without the EXDATE") << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 3;
    QTest::newRow("one day") << QDate(2026, 1, 14) << QDate(2026, 1, 14) << 1;
    QTest::newRow("override moved into the range") << QDate(2026, 3, 5) << QDate(2026, 3, 5) << 1;
    QTest::newRow("before the series") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << 0;
    QTest::newRow("after the series") << QDate(2026, 5, 1) << QDate(2027, 5, 1) << 0;
}

void TestICalendar::expandsWithinTheRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, occurrences);
    const ical::Calendar c = ical::read(sample(u"outlook-de.ics"_s), range(from, to));
    QVERIFY(c.error.isEmpty());
    int found = 0;
    for (const ical::CalendarEvent& e : c.events) {
        found += e.summary.startsWith(u"Jour fixe"_s) ? 1 : 0;
    }
    QCOMPARE(found, occurrences);
}

void TestICalendar::readsGoogle()
{
    const ical::Calendar c = ical::read(sample(u"google.ics"_s), range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const ical::CalendarEvent* e = bySummary(c, u"Abschlussarbeiten mit Zollern Robotik"_s);
    QVERIFY(e);
    QCOMPARE(e->start, utc(2026, 1, 22, 13, 0));
    QCOMPARE(e->durationMin, 60);
    QCOMPARE(e->location, u"TU Dortmund, Otto-Hahn-Straße 12, 44227 Dortmund"_s);
    QCOMPARE(e->organiser.name, u"Kai Wagner"_s);
    QCOMPARE(e->attendees.size(), 4);
    QCOMPARE(e->attendees[0].email, u"juergen.meyer@tu-dortmund.de"_s);
    QCOMPARE(e->attendees[0].partstat, u"ACCEPTED"_s);
    QCOMPARE(e->attendees[1].name, u"Lena Fischer"_s);
    QCOMPARE(e->attendees[1].partstat, u"NEEDS-ACTION"_s);
    QCOMPARE(e->attendees[2].cutype, u"RESOURCE"_s);
    QCOMPARE(e->attendees[2].name, u"TU Dortmund-OH12-1.23 (8)"_s);
    // First Tuesday of the month, no end: February, March and April within the range.
    int monthly = 0;
    for (const ical::CalendarEvent& o : c.events) {
        if (o.summary == u"Telefonat Praktikumsplätze"_s) {
            ++monthly;
            QCOMPARE(o.start.toTimeZone(time::berlin()).time(), QTime(9, 0));
        }
    }
    QCOMPARE(monthly, 3);
    const ical::CalendarEvent* workshop = bySummary(c, u"Workshop Fördermittel"_s);
    QVERIFY(workshop && workshop->allDay);
    QCOMPARE(workshop->durationMin, 2 * 24 * 60);
    const ical::CalendarEvent* cancelled = bySummary(c, u"Abgesagt: Rundgang Labor"_s);
    QVERIFY(cancelled && cancelled->cancelled);
}

void TestICalendar::readsThunderbird()
{
    const ical::Calendar c = ical::read(sample(u"thunderbird.ics"_s), range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.events.size(), 2);
    const ical::CalendarEvent& visit = c.events[0];
    QCOMPARE(visit.uid, u"7a1c2f4e-3b5d-4e6f-8a9b-0c1d2e3f4a5b"_s);
    QCOMPARE(visit.start, utc(2026, 1, 28, 7, 30));
    QCOMPARE(visit.durationMin, 210);
    QCOMPARE(visit.categories, QStringList{u"Company visit"_s});
    QCOMPARE(visit.description, u"Rundgang durch die Fertigung, danach Gespräch über Werkstudentenstellen."_s);
    QCOMPARE(visit.attendees[1].partstat, u"DECLINED"_s);
    QCOMPARE(visit.attendees[1].name, u"Jürgen Meyer-Lüdenscheidt"_s);
    const ical::CalendarEvent& call = c.events[1];
    QCOMPARE(call.start, utc(2026, 2, 12, 14, 0)); // floating: Berlin
    QCOMPARE(call.durationMin, 45);
}

void TestICalendar::readsRfcExamples()
{
    const ical::Calendar c = ical::read(sample(u"rfc5545.ics"_s), range(QDate(1997, 1, 1), QDate(1997, 12, 31)));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const ical::CalendarEvent* conference = bySummary(c, u"Networld+Interop Conference"_s);
    QVERIFY(conference);
    QCOMPARE(conference->description,
        u"Networld+Interop Conference and Exhibit\nAtlanta World Congress Center\nAtlanta, Georgia"_s);
    QCOMPARE(conference->start, utc(1996, 9, 18, 14, 30));
    QCOMPARE(conference->durationMin, (2 * 24 + 7) * 60 + 30);
    QCOMPARE(conference->categories, QStringList{u"CONFERENCE"_s});
    int daily = 0;
    for (const ical::CalendarEvent& e : c.events) {
        if (e.summary == u"Daily for 10 occurrences"_s) {
            QCOMPARE(e.start.time(), QTime(13, 0)); // 09:00 in New York (EDT), no VTIMEZONE in the file
            QCOMPARE(e.durationMin, 60);
            ++daily;
        }
    }
    QCOMPARE(daily, 10);
    const ical::CalendarEvent* anniversary = bySummary(c, u"Our Blissful Anniversary"_s);
    QVERIFY(anniversary && anniversary->allDay);
    QCOMPARE(anniversary->categories, (QStringList{u"ANNIVERSARY"_s, u"PERSONAL"_s, u"SPECIAL OCCASION"_s}));
}

void TestICalendar::windowsZoneWithoutVtimezone()
{
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:w1\n"
                                 "DTSTART;TZID=\"W. Europe Standard Time\":20260714T100000\n"
                                 "DTEND;TZID=\"W. Europe Standard Time\":20260714T110000\nSUMMARY:Sommer\n"
                                 "END:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY(c.problems.isEmpty());
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.events[0].start, utc(2026, 7, 14, 8, 0));
}

// Published calendars of Exchange 2010 and Outlook.com name their zone as an address, without a VTIMEZONE.
void TestICalendar::microsoftZoneAddresses_data()
{
    QTest::addColumn<QString>("tzid");
    QTest::addColumn<QDateTime>("start");
    QTest::newRow("UTC") << u"tzone://Microsoft/Utc"_s << utc(2026, 7, 14, 10, 0);
    QTest::newRow("a Windows zone") << u"tzone://Microsoft/W. Europe Standard Time"_s << utc(2026, 7, 14, 8, 0);
}

void TestICalendar::microsoftZoneAddresses()
{
    QFETCH(QString, tzid);
    QFETCH(QDateTime, start);
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:w1\nDTSTART;TZID=\"" + tzid.toUtf8()
        + "\":20260714T100000\nDTEND;TZID=\"" + tzid.toUtf8()
        + "\":20260714T110000\nSUMMARY:Sommer\nEND:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.value(0).message));
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.events[0].start, start);
}

void TestICalendar::foldInsideACharacter_data()
{
    // A writer that folds every 75 octets splits a character now and then; RFC 5545 3.1 asks the
    // reader to join it again. Read as it stands the file is no UTF-8, and every umlaut came out
    // as Windows-1252 ("Ãœberblick").
    QTest::addColumn<QByteArray>("summary"); // the SUMMARY line as written, folded
    QTest::addRow("Ü after its first byte") << QByteArray("SUMMARY:Jour fixe \xE2\x80\x93 \xC3\r\n \x9C"
                                                          "berblick");
    QTest::addRow("– after its first byte") << QByteArray("SUMMARY:Jour fixe \xE2\r\n \x80\x93 \xC3\x9C"
                                                          "berblick");
    QTest::addRow("– after its second byte") << QByteArray("SUMMARY:Jour fixe \xE2\x80\r\n \x93 \xC3\x9C"
                                                           "berblick");
    QTest::addRow("LF and a tab") << QByteArray("SUMMARY:Jour fixe \xE2\x80\x93 \xC3\n\t\x9C"
                                                "berblick");
    QTest::addRow("whole characters") << QByteArray("SUMMARY:Jour fixe \xE2\x80\x93 \r\n \xC3\x9C"
                                                    "berblick");
}

void TestICalendar::foldInsideACharacter()
{
    QFETCH(QByteArray, summary);
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:fold\nDTSTART:20260310T090000Z\n")
        + summary + crlf("\nEND:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.events[0].summary, u"Jour fixe – Überblick"_s);
}

void TestICalendar::movedOccurrenceKeepsTheSeriesAttendees()
{
    // Outlook writes a moved occurrence of a series without its attendees: it has the series'.
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\n"
                                 "BEGIN:VEVENT\nUID:jf\nDTSTART:20260302T090000Z\nDTEND:20260302T100000Z\n"
                                 "RRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:Jour fixe\n"
                                 "ORGANIZER;CN=Anna Muster:mailto:anna@example.org\n"
                                 "ATTENDEE;CN=Ben Beispiel:mailto:ben@example.org\nEND:VEVENT\n"
                                 "BEGIN:VEVENT\nUID:jf\nRECURRENCE-ID:20260309T090000Z\n"
                                 "DTSTART:20260310T140000Z\nDTEND:20260310T150000Z\nSUMMARY:Jour fixe (verschoben)\n"
                                 "END:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.events.size(), 3);
    const auto moved = std::find_if(c.events.cbegin(), c.events.cend(),
        [](const ical::CalendarEvent& e) { return e.summary.endsWith(u"(verschoben)"_s); });
    QVERIFY(moved != c.events.cend());
    QCOMPARE(moved->start, utc(2026, 3, 10, 14, 0));
    QCOMPARE(moved->organiser.email, u"anna@example.org"_s);
    QCOMPARE(moved->attendees.size(), 1);
    QCOMPARE(moved->attendees[0].email, u"ben@example.org"_s);
}

// "This and all following" (RANGE=THISANDFUTURE): the occurrence and every later one move and change.
void TestICalendar::thisAndFutureChangesTheLaterOccurrences()
{
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\n"
                                 "BEGIN:VEVENT\nUID:jf\nDTSTART:20260302T090000Z\nDTEND:20260302T100000Z\n"
                                 "RRULE:FREQ=WEEKLY;COUNT=5\nSUMMARY:Jour fixe\nEND:VEVENT\n"
                                 "BEGIN:VEVENT\nUID:jf\nRECURRENCE-ID;RANGE=THISANDFUTURE:20260316T090000Z\n"
                                 "DTSTART:20260317T140000Z\nDTEND:20260317T153000Z\nSUMMARY:Jour fixe (dienstags)\n"
                                 "END:VEVENT\n"
                                 // a single change after it still wins over the range for its occurrence
                                 "BEGIN:VEVENT\nUID:jf\nRECURRENCE-ID:20260330T090000Z\n"
                                 "DTSTART:20260401T080000Z\nDTEND:20260401T090000Z\nSUMMARY:Jour fixe (Mittwoch)\n"
                                 "END:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList got;
    for (const ical::CalendarEvent& e : c.events) {
        got << e.start.toUTC().toString(Qt::ISODate) + u' ' + QString::number(e.durationMin) + u' ' + e.summary;
    }
    got.sort();
    QCOMPARE(got,
        (QStringList{u"2026-03-02T09:00:00Z 60 Jour fixe"_s, u"2026-03-09T09:00:00Z 60 Jour fixe"_s,
            u"2026-03-17T14:00:00Z 90 Jour fixe (dienstags)"_s, u"2026-03-24T14:00:00Z 90 Jour fixe (dienstags)"_s,
            u"2026-04-01T08:00:00Z 60 Jour fixe (Mittwoch)"_s}));
    QSet<QString> keys;
    for (const ical::CalendarEvent& e : c.events) {
        keys.insert(e.key);
    }
    QCOMPARE(keys.size(), 5); // one activity per occurrence, also on re-import
    QVERIFY(c.notes.isEmpty()); // COUNT: it ends
    // Without COUNT or UNTIL, what is read up to the end of the range is said.
    const ical::Calendar endless = ical::read(QByteArray(file).replace(";COUNT=5", ""), range(from2026, to2026));
    QCOMPARE(endless.notes.size(), 1);
    QVERIFY2(endless.notes.first().message.contains(u"without an end"_s), qPrintable(endless.notes.first().message));
    QVERIFY2(endless.notes.first().message.contains(u"2026-04-30"_s), qPrintable(endless.notes.first().message));
}

// Moved "this and all following" before the change to summer time (29 March 2026): the later meetings
// stay at their hour in Berlin, the all-day ones on their day.
void TestICalendar::thisAndFutureKeepsTheClock_data()
{
    QTest::addColumn<QByteArray>("series");
    QTest::addColumn<QStringList>("expected"); // Berlin time
    QTest::newRow("meeting") << QByteArray("DTSTART;TZID=Europe/Berlin:20260302T090000\nDURATION:PT1H\n"
                                           "RRULE:FREQ=WEEKLY;COUNT=6\nEND:VEVENT\nBEGIN:VEVENT\nUID:jf\n"
                                           "RECURRENCE-ID;TZID=Europe/Berlin;RANGE=THISANDFUTURE:20260316T090000\n"
                                           "DTSTART;TZID=Europe/Berlin:20260317T140000\nDURATION:PT1H\n")
                             << QStringList{u"2026-03-02T09:00:00"_s, u"2026-03-09T09:00:00"_s,
                                    u"2026-03-17T14:00:00"_s, u"2026-03-24T14:00:00"_s, u"2026-03-31T14:00:00"_s,
                                    u"2026-04-07T14:00:00"_s};
    QTest::newRow("all day") << QByteArray("DTSTART;VALUE=DATE:20260301\nDTEND;VALUE=DATE:20260302\n"
                                           "RRULE:FREQ=WEEKLY;COUNT=6\nEND:VEVENT\nBEGIN:VEVENT\nUID:jf\n"
                                           "RECURRENCE-ID;VALUE=DATE;RANGE=THISANDFUTURE:20260315\n"
                                           "DTSTART;VALUE=DATE:20260316\nDTEND;VALUE=DATE:20260317\n")
                             << QStringList{u"2026-03-01T00:00:00"_s, u"2026-03-08T00:00:00"_s,
                                    u"2026-03-16T00:00:00"_s, u"2026-03-23T00:00:00"_s, u"2026-03-30T00:00:00"_s,
                                    u"2026-04-06T00:00:00"_s};
}

void TestICalendar::thisAndFutureKeepsTheClock()
{
    QFETCH(QByteArray, series);
    QFETCH(QStringList, expected);
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:jf\nSUMMARY:Jour fixe\n" + series
        + "SUMMARY:Jour fixe (neu)\nEND:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty() && c.problems.isEmpty(), qPrintable(c.error));
    QStringList got;
    for (const ical::CalendarEvent& e : c.events) {
        got << e.start.toTimeZone(time::berlin()).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    }
    got.sort();
    QCOMPARE(got, expected);
}

// Thunderbird keeps its tasks in the calendar it exports: they are named, not lost without a word.
void TestICalendar::tasksAreSaidNotDropped()
{
    const QByteArray file
        = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\n"
               "BEGIN:VEVENT\nUID:a\nDTSTART:20260302T090000Z\nDTEND:20260302T100000Z\n"
               "SUMMARY:Besuch\nEND:VEVENT\n"
               "BEGIN:VTODO\nUID:t1\nSUMMARY:Angebot schicken\nDUE:20260305T120000Z\nEND:VTODO\n"
               "BEGIN:VTODO\nUID:t2\nSUMMARY:Rückruf\nEND:VTODO\n"
               "BEGIN:VJOURNAL\nUID:j1\nSUMMARY:Notiz\nEND:VJOURNAL\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.notes.size(), 2);
    QCOMPARE(c.notes.first().line, 10);
    QVERIFY2(c.notes.first().message.contains(u"2 task"_s), qPrintable(c.notes.first().message));
    QCOMPARE(c.notes.last().line, 19);
    QVERIFY2(c.notes.last().message.contains(u"1 journal entr"_s), qPrintable(c.notes.last().message));
}

void TestICalendar::capsEndlessRecurrences()
{
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:often\n"
                                 "DTSTART:20200101T000000Z\nDURATION:PT1M\nRRULE:FREQ=MINUTELY\nSUMMARY:Oft\n"
                                 "END:VEVENT\nEND:VCALENDAR\n");
    ical::ReadOptions o = range(QDate(2026, 1, 1), QDate(2026, 12, 31));
    o.maxOccurrences = 50;
    QElapsedTimer timer;
    timer.start();
    const ical::Calendar c = ical::read(file, o);
    QCOMPARE(c.events.size(), 50);
    QCOMPARE(c.events[0].start, utc(2025, 12, 31, 23, 0)); // the range starts at midnight in Berlin
    QCOMPARE(c.notes.size(), 1);
    QVERIFY(timer.elapsed() < 5000);
}

void TestICalendar::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \r\n") << 0;
    QTest::newRow("a CSV file") << QByteArray("Name;E-Mail\nSchmidt;anna@example.org\n") << 1;
    QTest::newRow("a vCard") << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Anna\nEND:VCARD\n") << 1;
    QTest::newRow("binary") << QByteArray("BEGIN:VCALENDAR\0\x01\x02", 18) << 0;
    QTest::newRow("cut off") << crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\n")
                             << 5;
    QTest::newRow("END without BEGIN") << crlf("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VEVENT\nEND:VCALENDAR\n") << 3;
    QTest::newRow("END of the wrong component")
        << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VTODO\nEND:VCALENDAR\n") << 4;
    QTest::newRow("a line that is no property") << crlf(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\nthis is "
        "text\nEND:VEVENT\nEND:VCALENDAR\n") << 6;
    QTest::newRow("two calendars") << crlf(
        "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\nBEGIN:VCALENDAR\nEND:VCALENDAR\n")
                                   << 4;
}

void TestICalendar::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const ical::Calendar c = ical::read(bytes, range(from2026, to2026));
    QVERIFY(!c.error.isEmpty());
    QCOMPARE(c.errorLine, line);
    QVERIFY(c.events.isEmpty());
}

void TestICalendar::unknownZoneIsAProblemWithItsLine()
{
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:z1\nSUMMARY:Irgendwo\n"
                                 "DTSTART;TZID=Mittelerde Standard Time:20260114T100000\n"
                                 "END:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY(c.error.isEmpty());
    QVERIFY(c.events.isEmpty());
    QCOMPARE(c.problems.size(), 1);
    QCOMPARE(c.problems[0].line, 6);
    QVERIFY(c.problems[0].message.contains(u"Mittelerde Standard Time"_s));
}

void TestICalendar::impossibleDateIsAProblem_data()
{
    // Found by fuzz_icalendar (tests/fuzz): libical takes any eight digits as a date, and the event
    // came out with an invalid start instead of as a problem.
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("month 18, day 36, UTC") << QByteArray("DTSTART:39921836T143000Z");
    QTest::newRow("floating") << QByteArray("DTSTART:20261399T100000");
    QTest::newRow("all day") << QByteArray("DTSTART;VALUE=DATE:20260230");
}

void TestICalendar::impossibleDateIsAProblem()
{
    QFETCH(QByteArray, start);
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:bad\nSUMMARY:Nie\n") + start
        + crlf("\nDTEND:19960920T220000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:good\nSUMMARY:Gut\n"
               "DTSTART:20260114T090000Z\nEND:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.events[0].summary, u"Gut"_s);
    QCOMPARE(c.problems.size(), 1);
    QCOMPARE(c.problems[0].line, 6);
    QVERIFY2(c.problems[0].message.contains(u"Nie"_s), qPrintable(c.problems[0].message));
    // The import names it and writes nothing.
    const EventImportReport report = import(file);
    QCOMPARE(report.rejected.size(), 1);
    QVERIFY(!report.written);
}

void TestICalendar::unreadableStartIsSaidInWords()
{
    // libical's own text ("Can't parse as DATE-TIME value in DTSTART property. Removing entire
    // property") is English whatever the user's language: the problem names the property itself.
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:bad\nSUMMARY:Nie\n"
                                 "DTSTART:gestern\nEND:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QCOMPARE(c.problems.size(), 1);
    QCOMPARE(c.problems[0].line, 6);
    QVERIFY2(c.problems[0].message.contains(u"its start (DTSTART)"_s), qPrintable(c.problems[0].message));
    QVERIFY2(!c.problems[0].message.contains(u"parse"_s), qPrintable(c.problems[0].message));
}

/** The days (Berlin) of the events called @p summary, in order. */
QStringList daysOf(const ical::Calendar& c, const QString& summary)
{
    QStringList days;
    for (const ical::CalendarEvent& e : c.events) {
        if (e.summary == summary) {
            days << e.start.toTimeZone(time::berlin()).date().toString(Qt::ISODate);
        }
    }
    days.sort();
    return days;
}

void TestICalendar::countIncludesAStartOffTheRule_data()
{
    // RFC 5545 3.3.10: "The DTSTART property value always counts as the first occurrence", also on a
    // Tuesday for a series on Mondays and Wednesdays.
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QStringList>("days");
    QTest::newRow("start off the rule") << QByteArray("20261103T090000Z")
                                        << QByteArray("FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE")
                                        << QStringList{
                                               u"2026-11-03"_s, u"2026-11-04"_s, u"2026-11-09"_s, u"2026-11-11"_s};
    QTest::newRow("start on the rule") << QByteArray("20261102T090000Z")
                                       << QByteArray("FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE")
                                       << QStringList{
                                              u"2026-11-02"_s, u"2026-11-04"_s, u"2026-11-09"_s, u"2026-11-11"_s};
    QTest::newRow("one, off the rule") << QByteArray("20261103T090000Z") << QByteArray("FREQ=WEEKLY;COUNT=1;BYDAY=MO")
                                       << QStringList{u"2026-11-03"_s};
    QTest::newRow("until, off the rule") << QByteArray("20261103T090000Z")
                                         << QByteArray("FREQ=WEEKLY;UNTIL=20261111T235959Z;BYDAY=MO,WE")
                                         << QStringList{
                                                u"2026-11-03"_s, u"2026-11-04"_s, u"2026-11-09"_s, u"2026-11-11"_s};
    QTest::newRow("all-day, off the rule")
        << QByteArray("VALUE=DATE:20261103") << QByteArray("FREQ=MONTHLY;COUNT=2;BYMONTHDAY=1")
        << QStringList{u"2026-11-03"_s, u"2026-12-01"_s};
}

void TestICalendar::countIncludesAStartOffTheRule()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, rule);
    QFETCH(QStringList, days);
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:series\nSUMMARY:Sprechstunde\nDTSTART"
        + QByteArray(start.startsWith("VALUE") ? ";" : ":") + start + "\nRRULE:" + rule
        + "\nEND:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    QVERIFY2(c.error.isEmpty() && c.problems.isEmpty(), qPrintable(c.error));
    QCOMPARE(daysOf(c, u"Sprechstunde"_s), days);
}

void TestICalendar::allDaySeriesMovedByExchange_data()
{
    // Exchange writes the RECURRENCE-ID (and EXDATE) of an all-day series as midnight in a zone:
    // exchange-allday-moved.ics is jens-maus/node-ical test/fixtures/exchange_whole_day_moved_recurrence.ics,
    // exchange-allday-gmt.ics is niccokunzmann/python-recurring-ical-events
    // recurring_ical_events/test/calendars/issue_28_rrule_with_UTC_endinginZ.ics.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<QString>("movedDay");
    QTest::addColumn<QString>("movedKey");
    const QByteArray berlin = sample(u"exchange-allday-moved.ics"_s);
    const QByteArray london = sample(u"exchange-allday-gmt.ics"_s);
    const QString refuse = u"040000008200E00074C5B7101A82E00800000000017E1BADC42ED601000000000000000"
                           "010000000FBF1FBAE2E9FBC4D81F16854E2F4D51B"_s;
    QTest::newRow("W. Europe: the 26th moved to the 27th")
        << berlin << QDate(2026, 2, 1) << QDate(2026, 3, 8) << u"Exchange Recurring Test"_s
        << QStringList{u"2026-02-19"_s, u"2026-02-24"_s, u"2026-02-27"_s, u"2026-03-03"_s, u"2026-03-05"_s}
        << u"2026-02-27"_s << u"exchange-moved-recurrence#20260226"_s;
    QTest::newRow("GMT: two days moved") << london << QDate(2020, 4, 1) << QDate(2020, 6, 30) << u"Refuse black bin"_s
                                         << QStringList{u"2020-04-02"_s, u"2020-04-17"_s, u"2020-04-30"_s,
                                                u"2020-05-14"_s, u"2020-05-29"_s, u"2020-06-11"_s, u"2020-06-25"_s}
                                         << u"2020-05-29"_s << refuse + u"#20200528"_s;
    QByteArray exdate = berlin;
    exdate.replace("WKST=MO\n", "WKST=MO\nEXDATE;TZID=W. Europe Standard Time:20260303T000000\n");
    QTest::newRow("W. Europe: EXDATE written as a time")
        << exdate << QDate(2026, 2, 1) << QDate(2026, 3, 8) << u"Exchange Recurring Test"_s
        << QStringList{u"2026-02-19"_s, u"2026-02-24"_s, u"2026-02-27"_s, u"2026-03-05"_s} << u"2026-02-27"_s
        << u"exchange-moved-recurrence#20260226"_s;
    QByteArray exdateLondon = london;
    exdateLondon.replace("WKST=MO\r\nUID:040000008200E00074C5B7101A82E00800000000017E1",
        "WKST=MO\r\nEXDATE;TZID=GMT Standard "
        "Time:20200430T000000\r\nUID:040000008200E00074C5B7101A82E00800000000017E1");
    QTest::newRow("GMT: EXDATE written as a time (midnight in London is not in Berlin)")
        << exdateLondon << QDate(2020, 4, 1) << QDate(2020, 6, 30) << u"Refuse black bin"_s
        << QStringList{u"2020-04-02"_s, u"2020-04-17"_s, u"2020-05-14"_s, u"2020-05-29"_s, u"2020-06-11"_s,
               u"2020-06-25"_s}
        << u"2020-04-17"_s << refuse + u"#20200416"_s;
}

void TestICalendar::allDaySeriesMovedByExchange()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, summary);
    QFETCH(QStringList, days);
    QFETCH(QString, movedDay);
    QFETCH(QString, movedKey);
    const ical::Calendar c = ical::read(bytes, range(from, to));
    QVERIFY2(c.error.isEmpty() && c.problems.isEmpty(), qPrintable(c.error));
    QCOMPARE(daysOf(c, summary), days);
    QSet<QString> keys;
    for (const ical::CalendarEvent& e : c.events) {
        QVERIFY2(!keys.contains(e.key), qPrintable(e.key)); // the moved day is not there twice
        keys.insert(e.key);
        QVERIFY(e.allDay);
        if (e.start.toTimeZone(time::berlin()).date().toString(Qt::ISODate) == movedDay) {
            QCOMPARE(e.key, movedKey); // the occurrence it replaces, as the series names it
        }
    }
    QVERIFY(keys.contains(movedKey));
}

void TestICalendar::microsoftAllDayMidnightsAreDays_data()
{
    // Outlook 2016 and Exchange write some all-day events as midnight to midnight in their zone,
    // marked X-MICROSOFT-CDO-ALLDAYEVENT:TRUE: days, not 24 hours of work (nor 25 at the clock change).
    QTest::addColumn<QByteArray>("events");
    QTest::addColumn<bool>("allDay");
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<int>("durationMin");
    const QByteArray zone = "DTSTART;TZID=\"W. Europe Standard Time\":";
    const QByteArray end = "DTEND;TZID=\"W. Europe Standard Time\":";
    const auto event = [&](const char* uid, const char* from, const char* to, const char* marker) -> QByteArray {
        return "BEGIN:VEVENT\nUID:" + QByteArray(uid) + "\nSUMMARY:Messe\n" + zone + from + "\n" + end + to + "\n"
            + marker + "END:VEVENT\n";
    };
    const char* allDay = "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\n";
    QTest::newRow("one day") << event("a", "20261103T000000", "20261104T000000", allDay) << true
                             << QStringList{u"2026-11-03"_s} << 24 * 60;
    QTest::newRow("four days over the autumn clock change") << event("b", "20261023T000000", "20261027T000000", allDay)
                                                            << true << QStringList{u"2026-10-23"_s} << 4 * 24 * 60;
    QTest::newRow("two days over the spring clock change, Outlook.com's marker")
        << event("c", "20260328T000000", "20260330T000000", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\n") << true
        << QStringList{u"2026-03-28"_s} << 2 * 24 * 60;
    QTest::newRow("marked FALSE: a timed event from midnight")
        << event("d", "20261103T000000", "20261103T020000", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\n") << false
        << QStringList{u"2026-11-03"_s} << 120;
    QTest::newRow("marked but not at midnight: as written")
        << event("e", "20261103T090000", "20261103T100000", allDay) << false << QStringList{u"2026-11-03"_s} << 60;
    QByteArray series = event("f", "20261102T000000", "20261103T000000",
        "RRULE:FREQ=WEEKLY;COUNT=3\nEXDATE;TZID=\"W. Europe Standard Time\":20261109T000000\n"
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\n");
    series += "BEGIN:VEVENT\nUID:f\nSUMMARY:Messe\nRECURRENCE-ID;TZID=\"W. Europe Standard Time\":20261116T000000\n"
        + zone + "20261117T000000\n" + end + "20261118T000000\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\nEND:VEVENT\n";
    QTest::newRow("weekly, one week left out, one moved a day")
        << series << true << QStringList{u"2026-11-02"_s, u"2026-11-17"_s} << 24 * 60;
    // UNTIL as Outlook writes it for an all-day series: the last day's midnight in UTC (23:00 the day
    // before in winter, 22:00 in summer); the last day is part of it.
    const QStringList mondays{u"2026-11-02"_s, u"2026-11-09"_s, u"2026-11-16"_s};
    QTest::newRow("series until midnight in UTC, start at midnight") << event("g", "20261102T000000", "20261103T000000",
        "RRULE:FREQ=WEEKLY;UNTIL=20261115T230000Z\n"
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\n") << true << mondays << 24 * 60;
    const auto dated = [](const char* uid, const char* rule, const char* day = "20261102") -> QByteArray {
        return "BEGIN:VEVENT\nUID:" + QByteArray(uid) + "\nSUMMARY:Messe\nDTSTART;VALUE=DATE:" + day
            + "\nDURATION:P1D\nRRULE:" + rule + "\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\nEND:VEVENT\n";
    };
    QTest::newRow("series until midnight in UTC, start a date")
        << dated("h", "FREQ=WEEKLY;UNTIL=20261115T230000Z") << true << mondays << 24 * 60;
    QTest::newRow("series until midnight in UTC in summer")
        << dated("i", "FREQ=WEEKLY;UNTIL=20260614T220000Z", "20260601") << true
        << QStringList{u"2026-06-01"_s, u"2026-06-08"_s, u"2026-06-15"_s} << 24 * 60;
    QTest::newRow("series until the end of the last day in UTC")
        << dated("j", "FREQ=DAILY;UNTIL=20261104T235959Z") << true
        << QStringList{u"2026-11-02"_s, u"2026-11-03"_s, u"2026-11-04"_s} << 24 * 60;
    QTest::newRow("series until a date") << dated("k", "FREQ=WEEKLY;UNTIL=20261116") << true << mondays << 24 * 60;
}

void TestICalendar::microsoftAllDayMidnightsAreDays()
{
    QFETCH(QByteArray, events);
    QFETCH(bool, allDay);
    QFETCH(QStringList, days);
    QFETCH(int, durationMin);
    const QByteArray file
        = crlf(QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
                          "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\n"
                          "BEGIN:STANDARD\nDTSTART:16011028T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
                          "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\n"
                          "BEGIN:DAYLIGHT\nDTSTART:16010325T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
                          "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\n")
            + events + "END:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    QVERIFY2(c.error.isEmpty() && c.problems.isEmpty(), qPrintable(c.error));
    QCOMPARE(daysOf(c, u"Messe"_s), days);
    QSet<QString> keys;
    for (const ical::CalendarEvent& e : c.events) {
        QCOMPARE(e.allDay, allDay);
        QCOMPARE(e.durationMin, durationMin);
        QVERIFY2(!keys.contains(e.key), qPrintable(e.key)); // the moved day replaces its occurrence
        keys.insert(e.key);
    }
}

// Apple Calendar (iCloud) names an attendee by "urn:uuid:…" and gives the address as EMAIL=.
void TestICalendar::attendeeAddressAsParameter()
{
    const QByteArray file
        = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:icloud\n"
               "DTSTART:20260302T090000Z\nDTEND:20260302T100000Z\nSUMMARY:Abstimmung\n"
               "ORGANIZER;CN=Anna Muster;EMAIL=anna@example.org:urn:uuid:7e3a\n"
               "ATTENDEE;CN=J\xC3\xB6rg M\xC3\xBCller;CUTYPE=INDIVIDUAL;EMAIL=\"joerg@example.org\";\n"
               " PARTSTAT=ACCEPTED:urn:uuid:00000000-0000-0000-0000-000000000001\n"
               "ATTENDEE;CN=Ben;EMAIL=other@example.org:mailto:ben@example.org\n"
               "END:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, to2026));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.events.size(), 1);
    const ical::CalendarEvent& e = c.events[0];
    QCOMPARE(e.organiser.email, u"anna@example.org"_s);
    QCOMPARE(e.attendees.size(), 2);
    QCOMPARE(e.attendees[0].email, u"joerg@example.org"_s);
    QCOMPARE(e.attendees[0].name, u"Jörg Müller"_s);
    QCOMPARE(e.attendees[1].email, u"ben@example.org"_s); // an address as the value is the address
}

void TestICalendar::seriesOutsideTheRangeIsNamed_data()
{
    // apple-allday-daily.ics is tine20/tine20 tests/tine20/Calendar/Import/files/apple_caldendar_repeating_allday.ics,
    // exchange-weekly-2019.ics is bitfireAT/ical4android lib/src/androidTest/resources/events/outlook1.ics,
    // google-birthday.ics is kewisch/ical.js samples/google_birthday.ics (a series of one, COUNT=1).
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QDate>("first");
    QTest::newRow("Apple iCal 5, all day, 2011")
        << sample(u"apple-allday-daily.ics"_s) << from2026 << to2026 << 5
        << u"\"wdh.\" repeats from 2011-11-08 to 2011-11-12, but not between 2026-01-01 and 2026-04-30"_s
        << QDate(2011, 11, 8);
    QTest::newRow("Exchange 2010, weekly, 2019")
        << sample(u"exchange-weekly-2019.ics"_s) << from2026 << to2026 << 47
        << u"\"Weekly Meeting - Test\" repeats from 2019-10-23 to 2019-12-18, but not between 2026-01-01 and "
           "2026-04-30"_s
        << QDate(2019, 10, 23);
    QTest::newRow("Exchange 2010, weekly, before the range")
        << sample(u"exchange-weekly-2019.ics"_s) << QDate(2019, 1, 1) << QDate(2019, 6, 30) << 47
        << u"\"Weekly Meeting - Test\" repeats from 2019-10-23 to 2019-12-18, but not between 2019-01-01 and "
           "2019-06-30"_s
        << QDate(2019, 10, 23);
    QByteArray endless = sample(u"exchange-weekly-2019.ics"_s);
    endless.replace("UNTIL=20191218T080000Z;", "");
    QTest::newRow("without end, after the range")
        << endless << QDate(2019, 1, 1) << QDate(2019, 6, 30) << 47
        << u"\"Weekly Meeting - Test\" repeats from 2019-10-23 on, but not between 2019-01-01 and 2019-06-30"_s
        << QDate(2019, 10, 23);
    QTest::newRow("Google, a series of one day")
        << sample(u"google-birthday.ics"_s) << from2026 << to2026 << 8
        << u"\"PErson #2's birthday\" is on 2014-12-10 only, not between 2026-01-01 and 2026-04-30"_s
        << QDate(2014, 12, 10);
}

void TestICalendar::seriesOutsideTheRangeIsNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, line);
    QFETCH(QString, says);
    QFETCH(QDate, first);
    const auto outside = [](const ical::Calendar& c) {
        QList<ical::Problem> found;
        for (const ical::Problem& n : c.notes) {
            if (n.message.contains(u"--from and --to"_s)) {
                found << n;
            }
        }
        return found;
    };
    const ical::Calendar c = ical::read(bytes, range(from, to));
    QVERIFY2(c.error.isEmpty() && c.problems.isEmpty(), qPrintable(c.error));
    const QList<ical::Problem> notes = outside(c);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].line, line);
    QVERIFY2(notes[0].message.startsWith(says), qPrintable(notes[0].message));
    // One occurrence in the range: no such note.
    QVERIFY(outside(ical::read(bytes, range(first, first.addDays(7)))).isEmpty());
}

void TestICalendar::outlookWebAppZoneLabels_data()
{
    // Outlook Web App writes the display name of the Windows zone as TZID, without a VTIMEZONE
    // (jens-maus/node-ical test/fixtures/Office-2012-owa.ics); German Windows its German name.
    QTest::addColumn<QString>("tzid");
    QTest::addColumn<QByteArray>("wall");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("offsetOnly"); // the offset a note names; empty: no note
    const auto row = [](const char* name, const QString& tzid, const char* wall, const QDateTime& start,
                         const QString& offsetOnly = {}) {
        QTest::newRow(name) << tzid << QByteArray(wall) << start << offsetOnly;
    };
    row("German, Berlin, summer", u"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"_s, "20260714T100000",
        utc(2026, 7, 14, 8, 0));
    row("English, Berlin, winter", u"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"_s, "20260114T100000",
        utc(2026, 1, 14, 9, 0));
    row("German, Paris", u"(UTC+01:00) Brüssel, Kopenhagen, Madrid, Paris"_s, "20260714T100000",
        utc(2026, 7, 14, 8, 0));
    row("German, Prague, newer wording",
        u"(UTC+01:00) Belgrad, Bratislava (Pressburg), Budapest, Ljubljana "
        "(Laibach), Prag (Praha)"_s,
        "20260714T100000", utc(2026, 7, 14, 8, 0));
    row("London", u"(UTC+00:00) Dublin, Edinburgh, Lisbon, London"_s, "20260714T100000", utc(2026, 7, 14, 9, 0));
    row("Windows XP, London", u"(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London"_s, "20260114T100000",
        utc(2026, 1, 14, 10, 0));
    row("Eastern, English", u"(UTC-05:00) Eastern Time (US & Canada)"_s, "20260714T100000", utc(2026, 7, 14, 14, 0));
    row("Eastern, German", u"(UTC-05:00) Eastern Time (USA & Kanada)"_s, "20260114T100000", utc(2026, 1, 14, 15, 0));
    row("Pacific", u"(UTC-08:00) Pacific Time (US & Canada)"_s, "20260714T100000", utc(2026, 7, 14, 17, 0));
    row("Arizona: no summer time", u"(UTC-07:00) Arizona"_s, "20260714T100000", utc(2026, 7, 14, 17, 0));
    row("Sydney", u"(GMT+10:00) Canberra, Melbourne, Sydney"_s, "20260714T100000", utc(2026, 7, 14, 0, 0));
    row("not known: its offset", u"(UTC+03:30) Teheran"_s, "20260714T100000", utc(2026, 7, 14, 6, 30), u"UTC+03:30"_s);
    row("not known: no summer time", u"(UTC+01:00) Atlantis"_s, "20260714T100000", utc(2026, 7, 14, 9, 0),
        u"UTC+01:00"_s);
    row("a city of another offset", u"(UTC-02:00) Berlin"_s, "20260714T100000", utc(2026, 7, 14, 12, 0),
        u"UTC-02:00"_s);
}

void TestICalendar::outlookWebAppZoneLabels()
{
    QFETCH(QString, tzid);
    QFETCH(QByteArray, wall);
    QFETCH(QDateTime, start);
    QFETCH(QString, offsetOnly);
    const QByteArray file = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:owa\nSUMMARY:Termin\n")
        + "DTSTART;TZID=\"" + tzid.toUtf8() + "\":" + wall + "\r\nDURATION:PT1H\r\n"
        + crlf("END:VEVENT\nEND:VCALENDAR\n");
    const ical::Calendar c = ical::read(file, range(from2026, QDate(2026, 12, 31)));
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.value(0).message));
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.events[0].start, start);
    QCOMPARE(c.notes.size(), offsetOnly.isEmpty() ? 0 : 1);
    if (!offsetOnly.isEmpty()) {
        QCOMPARE(c.notes[0].line, 6);
        QVERIFY2(c.notes[0].message.contains(tzid) && c.notes[0].message.contains(offsetOnly),
            qPrintable(c.notes[0].message));
        QVERIFY(c.notes[0].message.contains(u"summer time"_s));
    }
}

void TestICalendar::readsOutlookWebApp()
{
    // jens-maus/node-ical test/fixtures/Office-2012-owa.ics: display names, no VTIMEZONE, no UID.
    const ical::Calendar c = ical::read(sample(u"owa-labels.ics"_s), range(QDate(2020, 10, 1), QDate(2020, 11, 30)));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.value(0).message));
    QVERIFY(c.notes.isEmpty());
    const ical::CalendarEvent* sydney = bySummary(c, u"TEST Syd"_s);
    QVERIFY(sydney);
    QCOMPARE(sydney->start, utc(2020, 10, 28, 2, 30)); // 13:30 summer time in Sydney
    QCOMPARE(sydney->durationMin, 90);
    QVERIFY(sydney->uid.startsWith(u"no-uid-"_s));
    QCOMPARE(bySummary(c, u"TEST"_s)->start, utc(2020, 10, 28, 17, 30)); // summer time in New York
    QCOMPARE(bySummary(c, u"TEST 3"_s)->start, utc(2020, 11, 2, 18, 30)); // winter time
    const QStringList weekly = daysOf(c, u"TEST2"_s);
    QCOMPARE(weekly.size(), 1 + 8); // DTSTART on a Monday, then Thursdays and Fridays
    QCOMPARE(weekly.first(), u"2020-11-02"_s);
    // The import is no longer refused: the events name no attendees and are skipped.
    const EventImportReport report = import(sample(u"owa-labels.ics"_s));
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QVERIFY(report.describe().contains(u"\"TEST2\" repeats from 2020-11-02 to 2021-08-27"_s));
}

void TestICalendar::labelWithVtimezoneTakesTheFilesRules_data()
{
    // Exchange 2007 with a VTIMEZONE named like the display name (emacs-mirror/emacs
    // test/lisp/calendar/icalendar-tests.el, bug#11473): libical finds it, its rules count, not the name.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDateTime>("start");
    const QByteArray file = sample(u"exchange2007-label.ics"_s);
    QTest::newRow("as written") << file << utc(2012, 5, 15, 13, 0);
    QByteArray other = file;
    other.replace("TZOFFSETFROM:+0100\nTZOFFSETTO:+0200", "TZOFFSETFROM:+0100\nTZOFFSETTO:+0300");
    QTest::newRow("the file's summer time, not Berlin's") << other << utc(2012, 5, 15, 12, 0);
}

void TestICalendar::labelWithVtimezoneTakesTheFilesRules()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QDateTime, start);
    const ical::Calendar c = ical::read(bytes, range(QDate(2012, 1, 1), QDate(2012, 12, 31)));
    QVERIFY2(c.error.isEmpty() && c.problems.isEmpty(), qPrintable(c.error + c.problems.value(0).message));
    QVERIFY(c.notes.isEmpty());
    QCOMPARE(c.events.size(), 1);
    QCOMPARE(c.events[0].summary, u"Query"_s);
    QCOMPARE(c.events[0].start, start);
    QCOMPARE(c.events[0].durationMin, 30);
}

void TestICalendar::unreadableRepetitionDateIsANote_data()
{
    // kewisch/ical.js samples/google_birthday.ics: Google writes "RDATE:20131210Z", which is no date.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("notes"); // "line: words of the note"
    const QByteArray google = sample(u"google-birthday.ics"_s);
    QTest::newRow("RDATE") << google
                           << QStringList{u"12: \"PErson #2's birthday\": the additional date \"20131210Z\" (RDATE)"_s,
                                  u"13: \"PErson #2's birthday\": the additional date \"20121210Z\" (RDATE)"_s};
    QByteArray exdate = google;
    exdate.replace("RDATE:20131210Z", "EXDATE:20131210Z");
    QTest::newRow("EXDATE") << exdate
                            << QStringList{u"12: \"PErson #2's birthday\": the excluded date \"20131210Z\" (EXDATE)"_s,
                                   u"13: \"PErson #2's birthday\": the additional date \"20121210Z\" (RDATE)"_s};
}

void TestICalendar::unreadableRepetitionDateIsANote()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, notes);
    const ical::Calendar c = ical::read(bytes, range(QDate(2012, 1, 1), QDate(2014, 12, 31)));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.value(0).message));
    QStringList found;
    for (const ical::Problem& n : c.notes) {
        QVERIFY2(!n.message.contains(u"Removing entire property"_s), qPrintable(n.message)); // not libical's words
        QCOMPARE(n.event, 8);
        found << QString::number(n.line) + u": "_s + n.message;
    }
    QCOMPARE(found.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        QVERIFY2(found[i].startsWith(notes[i]), qPrintable(found[i]));
    }
    // The birthdays of 2012, 2013 and 2014 are the file's own events (of another UID than the series).
    QCOMPARE(daysOf(c, u"PErson #2's birthday"_s),
        (QStringList{u"2012-12-10"_s, u"2013-12-10"_s, u"2014-12-10"_s, u"2014-12-10"_s}));

    // The import goes on: the dates are notes, not events that cannot be imported.
    EventImport::Options o;
    o.from = QDate(2012, 1, 1);
    o.to = QDate(2014, 12, 31);
    o.dryRun = true;
    const EventImportReport report = EventImport(m_t->db()).run(bytes, o);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.notes.size(), notes.size());
    QVERIFY(!report.describe().contains(u"cannot be imported"_s));
    QVERIFY2(report.describe().contains(u"  line 12: \"PErson #2's birthday\""_s), qPrintable(report.describe()));
    QVERIFY2(report.describe(1).contains(u"… and 1 more"_s), qPrintable(report.describe(1)));
}

void TestICalendar::reportCountsEventsNotProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("problems");
    QTest::newRow("one event, two times that cannot be read") << crlf(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Kaputt\nDTSTART:morgen\n"
        "DTEND:abends\nEND:VEVENT\nEND:VCALENDAR\n") << 1 << 2;
    QTest::newRow("two events, an unknown zone each") << crlf(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Eins\nDTSTART;TZID=Atlantis:20260114T100000\n"
        "END:VEVENT\nBEGIN:VEVENT\nUID:b\nSUMMARY:Zwei\nDTSTART;TZID=Lemuria:20260114T100000\nEND:VEVENT\n"
        "END:VCALENDAR\n") << 2 << 2;
}

void TestICalendar::reportCountsEventsNotProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, events);
    QFETCH(int, problems);
    const EventImportReport report = import(bytes, true);
    QCOMPARE(report.rejected.size(), problems);
    QVERIFY2(report.describe().startsWith(QString::number(events) + u" event"_s), qPrintable(report.describe()));
}

void TestICalendar::foldsAt75Octets()
{
    QString text;
    for (int i = 0; i < 40; ++i) {
        text += u"Größe ä€😀 "_s; // 1-, 2-, 3- and 4-byte sequences
    }
    const QByteArray line = "DESCRIPTION:" + text.toUtf8();
    const QByteArray folded = ical::foldLine(line);
    const QList<QByteArray> parts = folded.split('\n');
    QVERIFY(parts.size() > 5);
    QByteArray unfolded;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts[i];
        if (part.endsWith('\r')) {
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, part.constData());
        QVERIFY(i == 0 || part.startsWith(' '));
        QVERIFY(QString::fromUtf8(part).toUtf8() == part); // no sequence cut in two
        unfolded += i == 0 ? part : part.mid(1);
    }
    QCOMPARE(unfolded, line);
    QCOMPARE(ical::foldLine("SUMMARY:kurz"), QByteArray("SUMMARY:kurz"));
}

void TestICalendar::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"Jour fixe"_s << u"Jour fixe"_s;
    QTest::newRow("comma and semicolon") << u"Dortmund, Bochum; Essen"_s << u"Dortmund\\, Bochum\\; Essen"_s;
    QTest::newRow("backslash") << u"C:\\Daten"_s << u"C:\\\\Daten"_s;
    QTest::newRow("line breaks") << u"eins\nzwei\r\ndrei"_s << u"eins\\nzwei\\ndrei"_s;
}

void TestICalendar::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ical::escapeText(text), escaped);
}

void TestICalendar::importsOutlook()
{
    const EventImportReport report = import(sample(u"outlook-de.ics"_s));
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QVERIFY(report.written);
    QCOMPARE(report.events, 14);
    QCOMPARE(report.created, 14);
    QCOMPARE(report.unknownAttendees, QStringList{u"max@unbekannt.example"_s});
    QVERIFY(report.describe().contains(u"max@unbekannt.example"_s));
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 14);

    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(u"SELECT id FROM events WHERE subject = 'Bedarfsgespräch Zeche Zollern Robotik'"_s) && q.next());
    const Event e = EventRepository(m_t->db()).find(q.value(0).toLongLong()).value();
    QCOMPARE(e.type, u"meeting"_s);
    QCOMPARE(e.start, utc(2026, 1, 14, 9, 0));
    QCOMPARE(e.durationMin, 90);
    QCOMPARE(e.timeSpentMin, 90);
    QCOMPARE(e.location, u"Besprechungsraum 2, Emil-Figge-Straße 42, Dortmund"_s);
    QVERIFY(e.minutes.contains(u"Ansprechpartnerin Frau Schmidt\n- Förderung über EFRE"_s));
    QCOMPARE(e.loggedByStaffId, m_n.kai);
    QCOMPARE(e.participantIds(Participant::Kind::Person), QList<Id>{m_n.anna});
    QCOMPARE(e.participantIds(Participant::Kind::Organisation), QList<Id>{m_n.zollern}); // through Anna
    QCOMPARE(e.participantIds(Participant::Kind::Staff), QList<Id>{m_n.kai});
    // The audit log and the search index know the imported activities.
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM audit_log WHERE entity = 'event'"_s), 14);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM event_search WHERE event_search MATCH 'zollern'"_s), 1);

    QVERIFY(q.exec(u"SELECT id FROM events WHERE subject = 'Karrieremesse Ruhr'"_s) && q.next());
    const Event fair = EventRepository(m_t->db()).find(q.value(0).toLongLong()).value();
    QCOMPARE(fair.start.toTimeZone(time::berlin()), QDateTime(QDate(2026, 2, 20), QTime(0, 0), time::berlin()));
    QCOMPARE(fair.durationMin, 24 * 60);
    QCOMPARE(fair.timeSpentMin, 0); // all day: the time spent is not known
    QCOMPARE(fair.type, u"career_fair"_s); // its title names it; Outlook gave no category
}

void TestICalendar::importsGoogleAndThunderbird()
{
    const EventImportReport google = import(sample(u"google.ics"_s));
    QVERIFY2(google.ok(), qPrintable(google.describe()));
    // Abschlussarbeiten, 3 × Telefonat, Workshop; the cancelled and the private one skipped.
    QCOMPARE(google.created, 5);
    QCOMPARE(google.skipped.size(), 2);
    QCOMPARE(google.unknownAttendees, QStringList{u"lena.fischer@example.org"_s}); // not the room
    const EventImportReport thunderbird = import(sample(u"thunderbird.ics"_s));
    QVERIFY2(thunderbird.ok(), qPrintable(thunderbird.describe()));
    QCOMPARE(thunderbird.created, 2);
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(u"SELECT id FROM events WHERE subject = 'Firmenbesuch Zollern Robotik'"_s) && q.next());
    const Event visit = EventRepository(m_t->db()).find(q.value(0).toLongLong()).value();
    QCOMPARE(visit.type, u"company_visit"_s); // from CATEGORIES
    QCOMPARE(visit.participantIds(Participant::Kind::Person), QList<Id>{m_n.anna}); // Meyer declined
    QVERIFY(q.exec(u"SELECT id FROM events WHERE subject = 'Abschlussarbeiten mit Zollern Robotik'"_s) && q.next());
    const Event theses = EventRepository(m_t->db()).find(q.value(0).toLongLong()).value();
    QCOMPARE(theses.participantIds(Participant::Kind::Person), QList<Id>{m_n.meyer}); // e-mail case ignored
    QCOMPARE(theses.participantIds(Participant::Kind::Organisation), QList<Id>{m_n.tu});
    QCOMPARE(theses.start, utc(2026, 1, 22, 13, 0));
    QCOMPARE(theses.type, u"meeting"_s); // its title names no type
    // Google writes no categories: the title names the type.
    for (const auto& [subject, type] : {std::pair{u"Telefonat Praktikumsplätze"_s, u"phone_call"_s},
             std::pair{u"Workshop Fördermittel"_s, u"workshop"_s}}) {
        QVERIFY(q.prepare(u"SELECT type FROM events WHERE subject = ?"_s));
        q.addBindValue(subject);
        QVERIFY(q.exec());
        QVERIFY2(q.next(), qPrintable(subject));
        QCOMPARE(q.value(0).toString(), type);
    }
}

// An event whose only attendee declined is said so (not "names no attendees"); Google's shared calendar as
// organiser is no unknown attendee; Outlook's blank lines after a description are not the minutes'.
void TestICalendar::declinedAndCalendarAddresses()
{
    const QByteArray file
        = crlf("BEGIN:VCALENDAR\nVERSION:2.0\n"
               "BEGIN:VEVENT\nUID:d1\nDTSTART:20260302T090000Z\nDTEND:20260302T100000Z\nSUMMARY:Abgesagt\n"
               "ATTENDEE;CN=Anna Schmidt;PARTSTAT=DECLINED:mailto:anna.schmidt@zollern-robotik.de\nEND:VEVENT\n"
               "BEGIN:VEVENT\nUID:d2\nDTSTART:20260303T090000Z\nDTEND:20260303T100000Z\nSUMMARY:Besprechung\n"
               "ORGANIZER;CN=Transfer KMUni:mailto:c_1a2b3c4d5e@group.calendar.google.com\n"
               "ATTENDEE;CN=Anna Schmidt;PARTSTAT=ACCEPTED:mailto:anna.schmidt@zollern-robotik.de\n"
               "DESCRIPTION:Protokoll folgt\\n\\n\\n\nEND:VEVENT\nEND:VCALENDAR\n");
    const EventImportReport report = import(file);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 1);
    QCOMPARE(report.skipped.size(), 1);
    QVERIFY2(report.skipped.first().message.contains(u"declined"_s), qPrintable(report.skipped.first().message));
    QVERIFY2(report.unknownAttendees.isEmpty(), qPrintable(report.unknownAttendees.join(u' ')));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(u"SELECT minutes FROM events WHERE subject = 'Besprechung'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Protokoll folgt"_s);
}

void TestICalendar::reimportChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Outlook") << u"outlook-de.ics"_s;
    QTest::newRow("Google") << u"google.ics"_s;
    QTest::newRow("Thunderbird") << u"thunderbird.ics"_s;
}

void TestICalendar::reimportChangesNothing()
{
    QFETCH(QString, file);
    const EventImportReport first = import(sample(file));
    QVERIFY2(first.ok() && first.written, qPrintable(first.describe()));
    const QStringList before = snapshot(m_t->db());
    const int audit = count(m_t->db(), u"SELECT count(*) FROM audit_log"_s);
    const int versions = count(m_t->db(), u"SELECT sum(row_version) FROM events"_s);
    const EventImportReport second = import(sample(file));
    QVERIFY2(second.ok(), qPrintable(second.describe()));
    QCOMPARE(second.created, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, first.created);
    QCOMPARE(snapshot(m_t->db()), before);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(count(m_t->db(), u"SELECT sum(row_version) FROM events"_s), versions);
}

void TestICalendar::changedEventUpdates()
{
    QVERIFY(import(sample(u"thunderbird.ics"_s)).written);
    QByteArray changed = sample(u"thunderbird.ics"_s);
    changed.replace("DTEND;TZID=Europe/Berlin:20260128T120000", "DTEND;TZID=Europe/Berlin:20260128T130000");
    changed.replace("SUMMARY:Rückruf Frau Schmidt", "SUMMARY:Rückruf Frau Dr. Schmidt");
    const EventImportReport report = import(changed);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 2);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 2);
    QCOMPARE(
        count(m_t->db(), u"SELECT duration_min FROM events WHERE subject = 'Firmenbesuch Zollern Robotik'"_s), 270);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events WHERE subject = 'Rückruf Frau Dr. Schmidt'"_s), 1);
}

// Staff write into an imported activity (notes above all); the same calendar imported again keeps
// it. A field the calendar changed since (the meeting moved) is taken; staff's notes stay even then.
void TestICalendar::reimportKeepsWhatStaffChanged()
{
    const QByteArray file = sample(u"thunderbird.ics"_s);
    QVERIFY(import(file).written);
    const auto visit = [this] {
        QSqlQuery q(m_t->db().connection());
        q.exec(u"SELECT id FROM events WHERE subject LIKE 'Firmenbesuch Zollern Robotik%'"_s);
        return q.next() ? EventRepository(m_t->db()).find(q.value(0).toLongLong()).value() : Event();
    };
    Event e = visit();
    QVERIFY(e.id > 0);
    const QString notes = e.minutes + u"\nErgebnis: zwei Stellen ausgeschrieben."_s;
    e.minutes = notes;
    e.location = u"Werkhalle 2"_s;
    e.subject = u"Firmenbesuch Zollern Robotik (Werkstudenten)"_s;
    e.timeSpentMin = 300;
    QString error;
    QVERIFY2(EventRepository(m_t->db()).save(e, &error), qPrintable(error));

    EventImportReport report = import(file);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 2);
    Event again = visit();
    QCOMPARE(again.minutes, notes);
    QCOMPARE(again.location, u"Werkhalle 2"_s);
    QCOMPARE(again.subject, u"Firmenbesuch Zollern Robotik (Werkstudenten)"_s);
    QCOMPARE(again.timeSpentMin, 300);

    QByteArray moved = file;
    moved.replace("DTSTART;TZID=Europe/Berlin:20260128T083000", "DTSTART;TZID=Europe/Berlin:20260128T090000");
    moved.replace("LOCATION:Zeche Zollern\\, Grubenweg 5", "LOCATION:Zeche Zollern\\, Halle 7");
    moved.replace("DESCRIPTION:Rundgang durch", "DESCRIPTION:Neu: Rundgang durch");
    report = import(moved);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.updated, 1);
    again = visit();
    QCOMPARE(again.start, utc(2026, 1, 28, 8, 0));
    QCOMPARE(again.durationMin, 180);
    QCOMPARE(again.location, u"Zeche Zollern, Halle 7, 44388 Dortmund"_s);
    QCOMPARE(again.subject, u"Firmenbesuch Zollern Robotik (Werkstudenten)"_s);
    QCOMPARE(again.minutes, notes);
    QCOMPARE(again.timeSpentMin, 300); // staff's own, though the meeting is shorter now

    // Imported by a version that did not keep the file's fields: notes stay, the record is made.
    QVERIFY(QSqlQuery(m_t->db().connection()).exec(u"UPDATE events SET source_fields = NULL"_s));
    report = import(moved);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(visit().minutes, notes);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events WHERE source_fields IS NULL"_s), 0);
    QCOMPARE(import(moved).unchanged, 2);
}

// An invitation imported, then cancelled by the organiser (Outlook sends METHOD:CANCEL with the same
// UID): the activity is not deleted (staff may have written about it), but the report says it is there.
void TestICalendar::cancelledAfterImportIsSaid()
{
    const QByteArray invitation = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:kickoff-1\n"
                                       "DTSTART:20260309T130000Z\nDTEND:20260309T140000Z\nSUMMARY:Kick-off\n"
                                       "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@zollern-robotik.de\n"
                                       "END:VEVENT\nEND:VCALENDAR\n");
    QCOMPARE(import(invitation).created, 1);
    QByteArray cancel = invitation;
    cancel.replace("METHOD:REQUEST", "METHOD:CANCEL")
        .replace("SUMMARY:Kick-off", "SUMMARY:Abgesagt: Kick-off\r\nSTATUS:CANCELLED");
    const EventImportReport report = import(cancel);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped[0].message,
        u"\"Abgesagt: Kick-off\" was cancelled, but is an activity already (09.03.2026 14:00): delete it if it did not take place."_s);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 1);
    // Never imported: only cancelled.
    cancel.replace("UID:kickoff-1", "UID:kickoff-2");
    QCOMPARE(import(cancel).skipped.value(0).message, u"\"Abgesagt: Kick-off\" was cancelled."_s);
}

void TestICalendar::privateEventsAreSaid_data()
{
    QTest::addColumn<QByteArray>("classLine");
    QTest::addColumn<bool>("said");
    QTest::newRow("Outlook private") << QByteArray("CLASS:PRIVATE\n") << true;
    QTest::newRow("confidential") << QByteArray("CLASS:CONFIDENTIAL\n") << true;
    QTest::newRow("public") << QByteArray("CLASS:PUBLIC\n") << false;
    QTest::newRow("no class") << QByteArray() << false;
}

// Outlook's "Privat" (CLASS:PRIVATE) on an appointment with a company: imported as the activity it is,
// and the report says that every office sees it now.
void TestICalendar::privateEventsAreSaid()
{
    QFETCH(QByteArray, classLine);
    QFETCH(bool, said);
    const QByteArray ics = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:private-1\n" + classLine
        + "DTSTART:20260309T130000Z\nDTEND:20260309T140000Z\nSUMMARY:Gespräch Nachfolge\n"
          "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@zollern-robotik.de\nEND:VEVENT\nEND:VCALENDAR\n");
    const EventImportReport report = import(ics);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 1);
    QCOMPARE(report.notes.size(), said ? 1 : 0);
    if (said) {
        QCOMPARE(report.notes[0].message,
            u"\"Gespräch Nachfolge\" is marked private in the calendar: as an activity, every office sees it."_s);
    }
}

// A series imported, then one of its days taken out (EXDATE) and the series ended early: the
// activities of those days are said, not deleted; a series without such a day says nothing.
void TestICalendar::occurrenceDroppedAfterImportIsSaid()
{
    const QByteArray series = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:jour-fixe\n"
                                   "DTSTART:20260302T090000Z\nDTEND:20260302T100000Z\nSUMMARY:Jour fixe\n"
                                   "RRULE:FREQ=WEEKLY;COUNT=4\n"
                                   "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@zollern-robotik.de\n"
                                   "END:VEVENT\nEND:VCALENDAR\n");
    QCOMPARE(import(series).created, 4);
    QByteArray changed = series;
    changed.replace("COUNT=4", "COUNT=3\r\nEXDATE:20260309T090000Z");
    const EventImportReport report = import(changed);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.unchanged, 2);
    QStringList notes;
    for (const EventImportReport::Issue& i : report.notes) {
        notes << i.message;
    }
    QCOMPARE(notes,
        QStringList({u"\"Jour fixe\" on 09.03.2026 10:00 is no longer in the calendar, but is an activity already: "
                     "delete it if it did not take place."_s,
            u"\"Jour fixe\" on 23.03.2026 10:00 is no longer in the calendar, but is an activity already: delete "
            "it if it did not take place."_s}));
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 4); // nothing deleted
    QVERIFY(import(series).notes.isEmpty());
}

void TestICalendar::invitationBoilerplateLeftOut_data()
{
    // As Google Calendar and Outlook write an invitation with a video call, and Apple a place.
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("minutes");
    QTest::addColumn<QString>("place");
    const QByteArray google = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-";
    QTest::newRow("Google Meet after the agenda") << QByteArray("Agenda: Praktikumsplätze 2027\\n\\n" + google
        + "\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\\n\\nLearn more about Meet at: "
          "https://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this section.\\n"
        + google) << QByteArray("Raum 2.14") << u"Agenda: Praktikumsplätze 2027"_s
                                                  << u"Raum 2.14"_s;
    QTest::newRow("Google Meet only") << QByteArray(
        google + "\\nJoin with Google Meet: https://meet.google.com/x\\n" + google)
                                      << QByteArray() << QString() << QString();
    const QByteArray line(80, '_');
    QTest::newRow("Teams after the agenda, in German") << QByteArray("Bitte Unterlagen mitbringen.\\n\\n" + line
        + "\\nMicrosoft Teams-Besprechung\\nNehmen Sie von Ihrem Computer aus teil\\nHier klicken, um an der "
          "Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting>\\n"
        + line + "\\n") << QByteArray("Microsoft Teams-Besprechung")
                                                       << u"Bitte Unterlagen mitbringen."_s
                                                       << u"Microsoft Teams-Besprechung"_s;
    QTest::newRow("a line of underscores of staff's own")
        << QByteArray("Punkt 1\\n" + line + "\\nPunkt 2") << QByteArray()
        << u"Punkt 1\n"_s + QString(80, u'_') + u"\nPunkt 2"_s << QString();
    QTest::newRow("Apple: the place, then its address")
        << QByteArray() << QByteArray("Messe Dortmund\\nRheinlanddamm 200\\, 44139 Dortmund\\nDeutschland") << QString()
        << u"Messe Dortmund, Rheinlanddamm 200, 44139 Dortmund, Deutschland"_s;
}

void TestICalendar::invitationBoilerplateLeftOut()
{
    QFETCH(QByteArray, description);
    QFETCH(QByteArray, location);
    QFETCH(QString, minutes);
    QFETCH(QString, place);
    QByteArray file = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:call-1\nDTSTART:20260309T130000Z\n"
                      "DTEND:20260309T140000Z\nSUMMARY:Abstimmung\n"
                      "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@zollern-robotik.de\n";
    if (!description.isEmpty()) {
        file += "DESCRIPTION:" + description + "\n";
    }
    if (!location.isEmpty()) {
        file += "LOCATION:" + location + "\n";
    }
    file += "END:VEVENT\nEND:VCALENDAR\n";
    const EventImportReport report = import(crlf(file));
    QVERIFY2(report.ok() && report.created == 1, qPrintable(report.describe()));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(u"SELECT minutes, location FROM events"_s) && q.next());
    QCOMPARE(q.value(0).toString(), minutes);
    QCOMPARE(q.value(1).toString(), place);
}

void TestICalendar::dryRunWritesNothing()
{
    const EventImportReport report = import(sample(u"outlook-de.ics"_s), true);
    QVERIFY(report.ok());
    QVERIFY(!report.written);
    QCOMPARE(report.created, 14);
    QVERIFY(report.describe().contains(u"trial run"_s));
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 0);
}

void TestICalendar::cancelledImportWritesNothing()
{
    // Cancelled half-way through the writing (the window's Cancel): the transaction is rolled back.
    EventImport::Options o;
    o.from = from2026;
    o.to = to2026;
    int calls = 0;
    int total = 0;
    const EventImportReport report = EventImport(m_t->db()).run(sample(u"outlook-de.ics"_s), o, [&](int done, int all) {
        ++calls;
        total = all;
        return done < 20; // 14 checked, 6 written, then Cancel
    });
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QCOMPARE(total, 28);
    QCOMPARE(calls, 21);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 0);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM audit_log WHERE entity = 'event'"_s), 0);
    // Not cancelled: every step reported, up to all of them.
    QVector<int> steps;
    QVERIFY(EventImport(m_t->db())
                .run(sample(u"outlook-de.ics"_s), o,
                    [&](int done, int) {
                        steps << done;
                        return true;
                    })
                .written);
    QCOMPARE(steps.size(), 29);
    QCOMPARE(steps.last(), 28);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 14);
}

void TestICalendar::badFileLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("wholeFile");
    const QByteArray good = sample(u"thunderbird.ics"_s);
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("not iCalendar") << QByteArray("Hallo Welt\n") << true;
    QTest::newRow("cut off") << good.left(good.size() / 2) << true;
    QByteArray zone = good;
    zone.replace("DTSTART:20260212T150000", "DTSTART;TZID=Atlantis:20260212T150000");
    QTest::newRow("unknown zone in one event") << zone << false;
    QByteArray tooLong = good;
    tooLong.replace("SUMMARY:Rückruf Frau Schmidt", QByteArray("SUMMARY:" + QByteArray(300, 'x')));
    QTest::newRow("summary too long") << tooLong << false;
}

void TestICalendar::badFileLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, wholeFile);
    const int audit = count(m_t->db(), u"SELECT count(*) FROM audit_log"_s);
    const EventImportReport report = import(bytes);
    QVERIFY(!report.ok());
    QVERIFY(!report.written);
    QCOMPARE(!report.error.isEmpty(), wholeFile);
    QCOMPARE(report.rejected.isEmpty(), wholeFile);
    QVERIFY(!report.describe().isEmpty());
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events"_s), 0);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM audit_log"_s), audit);
}

void TestICalendar::roundTrip()
{
    // Activities logged here, with what a calendar cannot say on its own: type, outcome, time spent.
    Event call;
    call.type = u"phone_call"_s;
    call.start = utc(2026, 6, 30, 22, 15); // 1 July, 00:15 in Berlin
    call.durationMin = 20;
    call.timeSpentMin = 35;
    call.subject = u"Rückfrage: Praktikum; Vertrag, Termin"_s;
    call.location = u"Telefon"_s;
    call.minutes = u"Vertrag liegt vor.\nBetreuer: Prof. Meyer-Lüdenscheidt\\Lehrstuhl\n\nZweiter Absatz."_s;
    call.outcome = u"Praktikum ab 1.9. vereinbart"_s;
    call.loggedByStaffId = m_n.kai;
    call.participants << Participant{Participant::Kind::Person, m_n.anna, {}, {}, {}}
                      << Participant{Participant::Kind::Person, m_n.meyer, {}, {}, {}};
    QVERIFY(EventRepository(m_t->db()).save(call, nullptr));
    Event visit;
    visit.type = u"university_visit"_s;
    visit.start = utc(2026, 2, 3, 8, 0);
    visit.durationMin = 120;
    visit.timeSpentMin = 120;
    visit.subject = u"Besuch Lehrstuhl"_s;
    visit.participants << Participant{Participant::Kind::Organisation, m_n.zollern, {}, {}, {}};
    QVERIFY(EventRepository(m_t->db()).save(visit, nullptr));
    Event fair; // two whole days from midnight: written as days
    fair.type = u"career_fair"_s;
    fair.start = utc(2026, 11, 9, 23, 0); // 10 November, 00:00 in Berlin
    fair.durationMin = 2 * 24 * 60;
    fair.timeSpentMin = 600;
    fair.subject = u"Firmenkontaktmesse"_s;
    fair.participants << Participant{Participant::Kind::Organisation, m_n.zollern, {}, {}, {}};
    QVERIFY(EventRepository(m_t->db()).save(fair, nullptr));
    Event talk; // an organisation without an e-mail address and staff only: named by their uuids
    talk.type = u"meeting"_s;
    talk.start = utc(2026, 3, 3, 9, 0);
    talk.durationMin = 60;
    talk.timeSpentMin = 60;
    talk.subject = u"Abstimmung mit der TU"_s;
    talk.loggedByStaffId = m_n.kai;
    talk.participants << Participant{Participant::Kind::Organisation, m_n.tu, {}, {}, {}}
                      << Participant{Participant::Kind::Staff, m_n.kai, {}, {}, {}};
    QVERIFY(EventRepository(m_t->db()).save(talk, nullptr));
    QVERIFY(import(sample(u"outlook-de.ics"_s)).written);
    const QStringList before = snapshot(m_t->db());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(writeEventsIcs(m_t->db(), EventFilter{}, &buffer, &error), qPrintable(error));
    const QByteArray ics = buffer.data();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260701T001500\r\n"));
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20261110\r\nDTEND;VALUE=DATE:20261112\r\n"));
    QVERIFY(ics.contains(QByteArray("UID:" + call.uuid.toUtf8() + "@kmuni\r\n")));
    const QByteArray unfolded = QByteArray(ics).replace("\r\n ", "");
    QVERIFY(unfolded.contains(
        "ATTENDEE;CUTYPE=GROUP;PARTSTAT=ACCEPTED;CN=Zeche Zollern Robotik:mailto:info@zollern-robotik.de\r\n"));
    QVERIFY(unfolded.contains("ORGANIZER;CN=Kai Wagner:mailto:kai.wagner@wirtschaftsfoerderung-dortmund.de\r\n"));
    QVERIFY(unfolded.contains("X-KMUNI-TYPE:phone_call\r\nX-KMUNI-OUTCOME:Praktikum ab 1.9. vereinbart\r\n"));
    QVERIFY(unfolded.contains("SUMMARY:Rückfrage: Praktikum\\; Vertrag\\, Termin\r\n"));
    for (const QByteArray& l : ics.split('\n')) {
        QVERIFY(l.size() <= 76); // 75 octets and the CR
    }
    QVERIFY(!ics.contains("\n\n"));

    QVERIFY(unfolded.contains("CN=Technische Universität Dortmund:urn:uuid:"));

    // The same database, the activities gone: the organisation found by its uuid.
    QVERIFY(QSqlQuery(m_t->db().connection()).exec(u"DELETE FROM events"_s));
    QCOMPARE(import(ics).created, 18);
    QCOMPARE(snapshot(m_t->db()), before);

    // Into a fresh database with the same persons (other uuids): the same activities, the organisation
    // without an address found by its name.
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::makeCalendarNetwork(m_t->db(), m_n));
    const EventImportReport report = import(ics);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 18);
    QCOMPARE(report.unknownAttendees, QStringList{});
    QCOMPARE(snapshot(m_t->db()), before);
    QCOMPARE(count(m_t->db(), u"SELECT count(*) FROM events WHERE uuid = '"_s + call.uuid + u'\''), 1);
    // And again: nothing changes.
    const EventImportReport again = import(ics);
    QCOMPARE(again.unchanged, 18);
    QCOMPARE(again.created + again.updated, 0);
    // A single event of the calendar they came from keeps its UID (our uuid beside it), so that the calendar
    // finds it again, here and in Outlook: Outlook's calendar into the fresh database adds only the series'
    // occurrences, which are written under our uuids.
    QVERIFY(unfolded.contains("UID:040000008200E00074C5B7101A82E00800000000D0B5E3C1A284DC01000000000000000"
                              "010000000A1B2C3D4E5F60718293A4B5C6D7E8F90\r\n"));
    QVERIFY(unfolded.contains("X-KMUNI-UUID:"));
    const EventImportReport original = import(sample(u"outlook-de.ics"_s));
    QVERIFY2(original.ok(), qPrintable(original.describe()));
    QCOMPARE(count(m_t->db(),
                 u"SELECT count(*) FROM events WHERE subject IN ('Bedarfsgespräch Zeche Zollern Robotik', "
                 "'Karrieremesse Ruhr')"_s),
        2);
}

void TestICalendar::exportReimportsIntoTheSameActivities()
{
    QVERIFY(import(sample(u"google.ics"_s)).written);
    const QStringList before = snapshot(m_t->db());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeEventsIcs(m_t->db(), EventFilter{}, &buffer, nullptr));
    const int versions = count(m_t->db(), u"SELECT sum(row_version) FROM events"_s);
    const EventImportReport report = import(buffer.data());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 5);
    QCOMPARE(snapshot(m_t->db()), before);
    QCOMPARE(count(m_t->db(), u"SELECT sum(row_version) FROM events"_s), versions);
}

void TestICalendar::independentReaderReadsExport()
{
    const QString python = test::python();
    if (python.isEmpty()
        || test::runProgram(python, {u"-c"_s, u"import icalendar; print('ok')"_s}).trimmed() != u"ok"_s) {
        QSKIP("python3-icalendar is not installed (packaging/dev.sh installs it)");
    }
    QVERIFY(import(sample(u"thunderbird.ics"_s)).written);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"aktivitaeten.ics"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(writeEventsIcs(m_t->db(), EventFilter{}, &file, nullptr));
    file.close();
    const QString script = uR"(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    print('|'.join([str(e['UID']), str(e['SUMMARY']), e.decoded('DTSTART').isoformat(),
                    e.decoded('DTEND').isoformat(), str(e['DTSTART'].params.get('TZID')),
                    str(e.get('LOCATION', '')), str(len(e.get('ATTENDEE', []) if isinstance(e.get('ATTENDEE'), list) else [e.get('ATTENDEE')]))]))
)"_s;
    const QStringList lines = test::runProgram(python, {u"-c"_s, script, path}).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QSqlQuery q(m_t->db().connection());
    // Imported from Thunderbird: written under Thunderbird's UID, for Thunderbird to find it again.
    QVERIFY(q.exec(u"SELECT source_uid FROM events WHERE subject = 'Firmenbesuch Zollern Robotik'"_s) && q.next());
    const QString uid = q.value(0).toString();
    QCOMPARE(lines[0],
        uid
            + u"|Firmenbesuch Zollern Robotik|2026-01-28T08:30:00+01:00|2026-01-28T12:00:00+01:00|Europe/Berlin|"
              "Zeche Zollern, Grubenweg 5, 44388 Dortmund|1"_s);
    QVERIFY(lines[1].contains(u"|Rückruf Frau Schmidt|2026-02-12T15:00:00+01:00|2026-02-12T15:45:00+01:00|"_s));
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "TestICalendar.moc"
