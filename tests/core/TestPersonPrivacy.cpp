// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Data protection for contact persons (issue 14, item 5): the access export (Art. 15 GDPR), erasure by
// anonymising (Art. 17: the old values nowhere in the database files, the funding documentation whole)
// and the review list of persons not seen for long (storage limitation).
#include "TestSupport.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "events/EventRepository.h"
#include "io/EventIcsExport.h"
#include "io/PrivateFile.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonData.h"
#include "persons/PersonRepository.h"
#include "persons/PersonTraces.h"
#include "project/ProjectSettings.h"
#include "reports/EfreReport.h"
#include "search/Search.h"
#include "staff/Staff.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

// Distinctive values: none of them occurs in the database unless this person put it there.
const QString firstName = u"Ottilie"_s;
const QString lastName = u"Quarzwaldt-Yxe"_s;
const QString email = u"o.quarzwaldt@zyklotron.example"_s;
const QString phoneTyped = u"0231 / 987-6543"_s;
const QString phoneStored = u"+492319876543"_s;
const QString mobileTyped = u"0171 5550123"_s;
const QString note = u"Diagnose Rückenleiden, Termine nur vormittags"_s;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime berlin(int y, int m, int d, int h)
{
    return time::fromBerlin(QDate(y, m, d), QTime(h, 0));
}

} // namespace

class TestPersonPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void masking_data();
    void masking();
    void maskingUmlautsSpelledOut();
    void exportHasEverything();
    void exportOfUnknownPersonIsNothing();
    void erasureLeavesNoTrace_data();
    void erasureLeavesNoTrace();
    void erasureKeepsTheDocumentation();
    void erasedPersonIsNoAttendee();
    void erasureMasksTextAboutThePerson();
    void erasureScrubsTheAuditLog();
    void erasingTwiceIsHarmless();
    void erasingAnUnknownPersonFails();
    void erasedPersonCannotBeChanged();
    void stalePersons();

private:
    Id save(Person p);
    Database& db() { return m_t->db(); }
    QByteArray databaseBytes();
    reports::EfreReport report();

    std::unique_ptr<test::TempDatabase> m_t;
    Id m_company = 0;
    Id m_university = 0;
    Id m_staff = 0;
    Id m_person = 0; ///< Ottilie Quarzwaldt-Yxe, to be erased
    Id m_other = 0; ///< Bertram Keller, who stays
    Id m_meeting = 0; ///< both took part; the minutes name her
    Id m_workshop = 0; ///< she took part
    Id m_unrelated = 0; ///< she did not take part; the minutes name her in full
    Id m_match = 0; ///< she is the company's contact person
    reports::Period m_period{QDate(2026, 1, 1), QDate(2026, 6, 30)};
};

Id TestPersonPrivacy::save(Person p)
{
    return test::saved<PersonRepository>(db(), p);
}

void TestPersonPrivacy::init()
{
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    m_t = std::make_unique<test::TempDatabase>();
    QString error;
    ProjectSettings project;
    project.name = u"KMUni Testprojekt"_s;
    project.approvedFrom = QDate(2026, 1, 1);
    project.approvedTo = QDate(2027, 6, 30);
    QVERIFY2(ProjectSettings::save(db(), project, &error), qPrintable(error));

    Organisation company;
    company.kind = u"company"_s;
    company.name = u"Zyklotron Mikrofluidik"_s;
    company.notes = u"Ansprechpartnerin: "_s + firstName + u' ' + lastName + u", Tel. "_s + phoneTyped;
    QVERIFY2(OrganisationRepository(db()).save(company, &error), qPrintable(error));
    m_company = company.id;
    Organisation university;
    university.kind = u"university"_s;
    university.name = u"Technische Universität Dortmund"_s;
    university.isSme = false;
    QVERIFY2(OrganisationRepository(db()).save(university, &error), qPrintable(error));
    m_university = university.id;
    StaffMember staff;
    staff.firstName = u"Sam"_s;
    staff.lastName = u"Beraterin"_s;
    QVERIFY2(StaffRepository(db()).save(staff, &error), qPrintable(error));
    m_staff = staff.id;

    Person p;
    p.organisationId = m_company;
    p.salutation = u"ms"_s;
    p.title = u"Dr."_s;
    p.firstName = firstName;
    p.lastName = lastName;
    p.function = u"Laborleiterin"_s;
    p.email = email;
    p.phone = phoneTyped;
    p.notes = note;
    m_person = save(p);
    QVERIFY(m_person > 0);
    // An edit: the audit log keeps the old and the new values.
    auto stored = PersonRepository(db()).find(m_person);
    QVERIFY(stored);
    stored->mobile = mobileTyped;
    stored->function = u"Leiterin Entwicklung"_s;
    QVERIFY2(PersonRepository(db()).save(*stored, &error), qPrintable(error));

    Person other;
    other.organisationId = m_company;
    other.firstName = u"Bertram"_s;
    other.lastName = u"Keller"_s;
    other.email = u"b.keller@zyklotron.example"_s;
    other.notes = u"Vertritt "_s + firstName + u' ' + lastName + u" im Urlaub."_s;
    m_other = save(other);
    QVERIFY(m_other > 0);

    EventRepository events(db());
    Event meeting;
    meeting.type = u"company_visit"_s;
    meeting.start = berlin(2026, 3, 10, 10);
    meeting.durationMin = 90;
    meeting.timeSpentMin = 120;
    meeting.loggedByStaffId = m_staff;
    meeting.subject = u"Besuch bei Frau "_s + lastName;
    meeting.minutes = u"Frau "_s + lastName + u" (Tel. 0231 9876543, "_s + email
        + u") sucht zwei Werkstudierende. Herr Keller ergänzt den Bedarf."_s;
    meeting.outcome = u"Kontakt zum Career Service"_s;
    meeting.participants = {{Participant::Kind::Organisation, m_company, {}, {}, {}},
        {Participant::Kind::Person, m_person, u"Gastgeberin"_s, {}, {}},
        {Participant::Kind::Person, m_other, {}, {}, {}}};
    FollowUp followUp;
    followUp.title = u"Unterlagen an "_s + firstName + u' ' + lastName + u" schicken"_s;
    followUp.dueDate = QDate(2026, 3, 20);
    followUp.personId = m_person;
    meeting.followUps = {followUp};
    QVERIFY2(events.save(meeting, &error), qPrintable(error));
    m_meeting = meeting.id;
    // A second save: the audit log has an update of the minutes too.
    meeting.minutes += u" Nachtrag: Frau "_s + lastName + u" meldet sich."_s;
    QVERIFY2(events.save(meeting, &error), qPrintable(error));

    Event workshop;
    workshop.type = u"workshop"_s;
    workshop.start = berlin(2026, 4, 2, 14);
    workshop.timeSpentMin = 60;
    workshop.loggedByStaffId = m_staff;
    workshop.subject = u"Workshop Mikrofluidik"_s;
    workshop.participants = {{Participant::Kind::Person, m_person, u"Referentin"_s, {}, {}},
        {Participant::Kind::Organisation, m_university, {}, {}, {}}};
    QVERIFY2(events.save(workshop, &error), qPrintable(error));
    m_workshop = workshop.id;

    Event unrelated;
    unrelated.type = u"phone_call"_s;
    unrelated.start = berlin(2026, 5, 5, 9);
    unrelated.loggedByStaffId = m_staff;
    unrelated.subject = u"Telefonat mit Herrn Keller"_s;
    unrelated.minutes = u"Herr Keller vertritt "_s + firstName + u' ' + lastName + u" im Mai."_s;
    unrelated.participants = {{Participant::Kind::Person, m_other, {}, {}, {}}};
    QVERIFY2(events.save(unrelated, &error), qPrintable(error));
    m_unrelated = unrelated.id;

    Match match;
    match.companyId = m_company;
    match.universityId = m_university;
    match.type = u"internship"_s;
    match.stage = u"introduced"_s;
    match.title = u"Praktikum bei Frau "_s + lastName;
    match.companyPersonId = m_person;
    match.startedOn = QDate(2026, 3, 12);
    match.stageChangedOn = QDate(2026, 3, 12);
    QVERIFY2(MatchRepository(db()).save(match, &error), qPrintable(error));
    m_match = match.id;
}

void TestPersonPrivacy::cleanup()
{
    m_t.reset();
}

QByteArray TestPersonPrivacy::databaseBytes()
{
    // The file and its write-ahead journal as they are on disk.
    return fileBytes(m_t->path()) + fileBytes(m_t->path() + u"-wal"_s);
}

reports::EfreReport TestPersonPrivacy::report()
{
    const auto built = reports::EfreReport::build(db(), m_period);
    if (built.failed()) {
        qWarning() << built.error();
        return {};
    }
    return *built;
}

void TestPersonPrivacy::masking_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("aboutThePerson");
    QTest::addColumn<QString>("masked");

    const bool about = true;
    QTest::newRow("last name in text about her")
        << u"Besuch bei Frau Quarzwaldt-Yxe."_s << about << u"Besuch bei Frau (erased)."_s;
    QTest::newRow("last name elsewhere stays")
        << u"Besuch bei Frau Quarzwaldt-Yxe."_s << !about << u"Besuch bei Frau Quarzwaldt-Yxe."_s;
    QTest::newRow("full name anywhere") << u"Vertretung: Ottilie Quarzwaldt-Yxe."_s << !about
                                        << u"Vertretung: (erased)."_s;
    QTest::newRow("name as in lists, other case") << u"QUARZWALDT-YXE, ottilie"_s << !about << u"(erased)"_s;
    QTest::newRow("e-mail") << u"Mail an O.Quarzwaldt@Zyklotron.example!"_s << !about << u"Mail an (erased)!"_s;
    QTest::newRow("phone as typed") << u"Tel. 0231 / 987-6543."_s << !about << u"Tel. (erased)."_s;
    QTest::newRow("phone international") << u"+49 (0)231 9876543"_s << !about << u"(erased)"_s;
    QTest::newRow("phone stored") << u"+492319876543"_s << !about << u"(erased)"_s;
    QTest::newRow("mobile") << u"mobil 0171-555 01 23"_s << !about << u"mobil (erased)"_s;
    QTest::newRow("longer number stays") << u"Az. 023198765432"_s << about << u"Az. 023198765432"_s;
    QTest::newRow("longer word stays") << u"Quarzwaldt-Yxes Labor"_s << about << u"Quarzwaldt-Yxes Labor"_s;
    QTest::newRow("organisation named after her stays")
        << u"Auftrag an Quarzwaldt-Yxe Messtechnik GmbH, Frau Quarzwaldt-Yxe"_s << about
        << u"Auftrag an Quarzwaldt-Yxe Messtechnik GmbH, Frau (erased)"_s;
    QTest::newRow("nothing of hers") << u"Herr Keller ergänzt."_s << about << u"Herr Keller ergänzt."_s;
}

void TestPersonPrivacy::masking()
{
    QFETCH(QString, text);
    QFETCH(bool, aboutThePerson);
    QFETCH(QString, masked);
    Person p;
    p.firstName = firstName;
    p.lastName = lastName;
    p.email = email;
    p.phone = phoneStored;
    p.mobile = u"+491715550123"_s;
    const erasure::Traces traces
        = erasure::tracesOf(p, {u"Zyklotron Mikrofluidik"_s, u"Quarzwaldt-Yxe Messtechnik GmbH"_s});
    QCOMPARE(erasure::Masker(traces, u"(erased)"_s).apply(text, aboutThePerson), masked);
}

void TestPersonPrivacy::maskingUmlautsSpelledOut()
{
    Person p;
    p.firstName = u"Jürgen"_s;
    p.lastName = u"Müller-Lüdenscheidt"_s;
    const erasure::Masker masker(erasure::tracesOf(p, {}), u"(erased)"_s);
    QCOMPARE(masker.apply(u"Herr Mueller-Luedenscheidt und Herr MÜLLER-LÜDENSCHEIDT"_s, true),
        u"Herr (erased) und Herr (erased)"_s);
    QCOMPARE(masker.apply(u"Vertreten von Juergen Mueller-Luedenscheidt"_s, false), u"Vertreten von (erased)"_s);
    QCOMPARE(masker.apply(u"Herr Müller"_s, true), u"Herr Müller"_s);
}

void TestPersonPrivacy::exportHasEverything()
{
    const auto bytes = PersonData(db()).exportJson(m_person);
    QVERIFY2(!bytes.failed(), qPrintable(bytes.error()));
    QVERIFY(bytes);
    const QString path = m_t->folder() + u"/auskunft.json"_s;
    QString error;
    io::Failure failure = io::Failure::None;
    QVERIFY2(io::writePrivateFile(path, *bytes, &error, &failure), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);

    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path), &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"format"_s).toString(), u"kmuni-person-data"_s);

    const QJsonObject person = root.value(u"person"_s).toObject();
    QCOMPARE(person.value(u"id"_s).toInteger(), m_person);
    QCOMPARE(person.value(u"last_name"_s).toString(), lastName);
    QCOMPARE(person.value(u"first_name"_s).toString(), firstName);
    QCOMPARE(person.value(u"email"_s).toString(), email);
    QCOMPARE(person.value(u"phone"_s).toString(), phoneStored);
    QCOMPARE(person.value(u"notes"_s).toString(), note);
    QCOMPARE(person.value(u"title"_s).toString(), u"Dr."_s);
    // Every column of the table, also those the program does not show.
    for (const char* column : {"uuid", "salutation", "legal_basis", "consent_date", "do_not_contact", "archived",
             "erased", "created_at", "updated_at"}) {
        QVERIFY2(person.contains(QLatin1StringView(column)), column);
    }
    QCOMPARE(root.value(u"organisation"_s).toObject().value(u"name"_s).toString(), u"Zyklotron Mikrofluidik"_s);

    const QJsonArray activities = root.value(u"activities"_s).toArray();
    QCOMPARE(activities.size(), 2);
    QCOMPARE(activities.at(0).toObject().value(u"id"_s).toInteger(), m_meeting);
    QCOMPARE(activities.at(0).toObject().value(u"role"_s).toString(), u"Gastgeberin"_s);
    QCOMPARE(activities.at(0).toObject().value(u"date"_s).toString(), u"2026-03-10"_s);
    QCOMPARE(activities.at(0).toObject().value(u"type"_s).toString(), u"company_visit"_s);
    QVERIFY(activities.at(0).toObject().value(u"minutes"_s).toString().contains(u"Werkstudierende"_s));
    QCOMPARE(activities.at(1).toObject().value(u"id"_s).toInteger(), m_workshop);
    QCOMPARE(activities.at(1).toObject().value(u"role"_s).toString(), u"Referentin"_s);
    // Only the activity and her part in it: not who else took part.
    QVERIFY(!QString::fromUtf8(*bytes).contains(u"Bertram"_s));

    const QJsonArray matches = root.value(u"matches"_s).toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).toObject().value(u"id"_s).toInteger(), m_match);
    QCOMPARE(matches.at(0).toObject().value(u"contact_person_for"_s).toString(), u"company"_s);
    QCOMPARE(matches.at(0).toObject().value(u"university"_s).toString(), u"Technische Universität Dortmund"_s);

    const QJsonArray followUps = root.value(u"follow_ups"_s).toArray();
    QCOMPARE(followUps.size(), 1);
    QVERIFY(followUps.at(0).toObject().value(u"title"_s).toString().startsWith(u"Unterlagen an"_s));
    QCOMPARE(followUps.at(0).toObject().value(u"due_date"_s).toString(), u"2026-03-20"_s);

    const QJsonArray audit = root.value(u"audit_log"_s).toArray();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).toObject().value(u"action"_s).toString(), u"create"_s);
    QCOMPARE(audit.at(1).toObject().value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(audit.at(1).toObject().value(u"changes"_s).toObject().value(u"function"_s).toArray(),
        (QJsonArray{u"Laborleiterin"_s, u"Leiterin Entwicklung"_s}));
}

void TestPersonPrivacy::exportOfUnknownPersonIsNothing()
{
    const auto bytes = PersonData(db()).exportJson(987654);
    QVERIFY(!bytes.failed());
    QVERIFY(!bytes);
}

void TestPersonPrivacy::erasureLeavesNoTrace_data()
{
    QTest::addColumn<QByteArray>("trace");
    QTest::newRow("last name") << lastName.toUtf8();
    QTest::newRow("last name folded (search indexes)") << QByteArray("quarzwaldt");
    QTest::newRow("first name") << firstName.toUtf8();
    QTest::newRow("e-mail") << email.toUtf8();
    QTest::newRow("phone stored") << phoneStored.toUtf8();
    QTest::newRow("phone in the minutes") << QByteArray("9876543");
    QTest::newRow("mobile") << QByteArray("5550123");
    QTest::newRow("note") << u"Rückenleiden"_s.toUtf8();
    QTest::newRow("function") << QByteArray("Laborleiterin");
}

void TestPersonPrivacy::erasureLeavesNoTrace()
{
    QFETCH(QByteArray, trace);
    // The trace is there before, in the file or in its journal; otherwise the test would prove nothing.
    QVERIFY2(databaseBytes().contains(trace), trace.constData());
    QString error;
    ErasureSummary summary;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error, &summary), qPrintable(error));
    QVERIFY(summary.journalCleared);
    QCOMPARE(fileBytes(m_t->path() + u"-wal"_s).size(), 0);
    QVERIFY2(!databaseBytes().contains(trace), trace.constData());
    // Still not after the connection is closed (its last checkpoint) and the file opened again.
    m_t->close();
    QVERIFY2(!databaseBytes().contains(trace), trace.constData());
    QVERIFY(m_t->reopen());
    QStringList problems;
    QVERIFY2(db().checkIntegrity(&problems), qPrintable(problems.join(u'\n')));
}

// The calendar export names an attendee without an address by their uuid: an erased person's would link
// the anonymised record to the cards and calendars exported before.
void TestPersonPrivacy::erasedPersonIsNoAttendee()
{
    const auto calendar = [this] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const bool written = writeEventsIcs(db(), EventFilter(), &buffer, &error);
        // Unfolded: a long line goes on in the next one, after a space (RFC 5545, 3.1).
        return written ? QByteArray(buffer.data()).replace("\r\n ", "") : QByteArray("failed: " + error.toUtf8());
    };
    const QString uuid = PersonRepository(db()).find(m_person)->uuid;
    QVERIFY(!uuid.isEmpty());
    // A call with her alone: her company took part through her, and still does when she is erased.
    Event call;
    call.type = u"phone_call"_s;
    call.start = berlin(2026, 4, 2, 9);
    call.durationMin = 15;
    call.subject = u"Rückruf Zyklotron"_s;
    call.participants
        = {{Participant::Kind::Organisation, m_company, {}, {}, {}}, {Participant::Kind::Person, m_person, {}, {}, {}}};
    QString saveError;
    QVERIFY2(EventRepository(db()).save(call, &saveError), qPrintable(saveError));
    QVERIFY2(calendar().contains(email.toUtf8()), "the person is an attendee before");
    QString error;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error), qPrintable(error));
    const QByteArray after = calendar();
    QVERIFY2(!after.startsWith("failed"), after.constData());
    QVERIFY(!after.contains(uuid.toUtf8()));
    QVERIFY(!after.contains(email.toUtf8()));
    const qsizetype callAt = after.indexOf("SUMMARY:Rückruf Zyklotron");
    QVERIFY(callAt > 0);
    const QByteArray callEvent = after.mid(after.lastIndexOf("BEGIN:VEVENT", callAt));
    QVERIFY2(
        callEvent.left(callEvent.indexOf("END:VEVENT")).contains("CN=Zyklotron Mikrofluidik"), callEvent.constData());
}

void TestPersonPrivacy::erasureKeepsTheDocumentation()
{
    const reports::EfreReport before = report();
    QVERIFY(before.value(u"EVT_TOTAL"_s) == 3);
    QVERIFY(before.value(u"PART_COMPANY"_s) >= 2);
    QString error;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error), qPrintable(error));
    const reports::EfreReport after = report();
    for (const QString& code : {u"ENT_SUPPORTED"_s, u"PART_COMPANY"_s, u"EVT_TOTAL"_s}) {
        QCOMPARE(after.value(code), before.value(code));
    }
    QCOMPARE(after.events, before.events);

    // The person is kept, erased and archived, without a trace of who she was.
    const auto p = PersonRepository(db()).find(m_person);
    QVERIFY(p);
    QVERIFY(p->erased);
    QVERIFY(p->archived);
    QCOMPARE(p->lastName, PersonRepository::erasedName());
    for (const QString& field :
        {p->firstName, p->title, p->salutation, p->function, p->email, p->phone, p->mobile, p->notes}) {
        QVERIFY(field.isEmpty());
    }
    QCOMPARE(p->organisationId, m_company);

    // Her activities, her part in them, the follow-up and the match are there, with her shown as erased.
    const auto meeting = EventRepository(db()).find(m_meeting);
    QVERIFY(meeting);
    QCOMPARE(meeting->participants.size(), 4); // the logger takes part too
    bool found = false;
    for (const Participant& participant : meeting->participants) {
        if (participant.kind == Participant::Kind::Person && participant.refId == m_person) {
            found = true;
            QCOMPARE(participant.name, PersonRepository::erasedName());
            QCOMPARE(participant.role, u"Gastgeberin"_s);
        }
    }
    QVERIFY(found);
    QCOMPARE(meeting->followUps.size(), 1);
    QCOMPARE(meeting->followUps.at(0).personId, m_person);
    QVERIFY(EventRepository(db()).find(m_workshop));
    const auto match = MatchRepository(db()).find(m_match);
    QVERIFY(match);
    QCOMPARE(match->companyPersonId, m_person);
    QCOMPARE(match->stage, u"introduced"_s);

    // Not to be found by her name, e-mail or note any more; the other person is.
    const auto findsPerson = [&](const QString& text, Id id) {
        const auto hits = Search(db()).run(text, 20, Search::Persons);
        return std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit& h) { return h.id == id; });
    };
    for (const QString& text : {lastName, u"Quarzwaldt"_s, u"quarzw"_s, email, u"Ottilie"_s}) {
        QVERIFY2(!findsPerson(text, m_person), qPrintable(text));
    }
    QVERIFY(findsPerson(u"Keller"_s, m_other));
    PersonFilter filter;
    filter.text = u"Quarzwaldt"_s;
    filter.includeArchived = true;
    QVERIFY(PersonRepository(db()).list(filter)->isEmpty());
    const auto activityHits = Search(db()).run(u"Quarzwaldt"_s, 20, Search::Events | Search::Matches);
    QVERIFY(activityHits->isEmpty());
}

void TestPersonPrivacy::erasureMasksTextAboutThePerson()
{
    QString error;
    ErasureSummary summary;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error, &summary), qPrintable(error));
    QCOMPARE(summary.activities, 2); // the meeting (about her) and the call that names her in full
    QCOMPARE(summary.followUps, 1);
    QCOMPARE(summary.matches, 1);
    QCOMPARE(summary.organisations, 1);
    QCOMPARE(summary.otherPersons, 1);
    QCOMPARE(PersonRepository(db()).find(m_other)->notes, u"Vertritt (erased) im Urlaub."_s);
    const auto meeting = EventRepository(db()).find(m_meeting);
    QCOMPARE(meeting->subject, u"Besuch bei Frau (erased)"_s);
    QCOMPARE(meeting->minutes,
        u"Frau (erased) (Tel. (erased), (erased)) sucht zwei Werkstudierende. Herr Keller ergänzt den Bedarf. "
        "Nachtrag: Frau (erased) meldet sich."_s);
    QCOMPARE(meeting->followUps.at(0).title, u"Unterlagen an (erased) schicken"_s);
    QCOMPARE(EventRepository(db()).find(m_unrelated)->minutes, u"Herr Keller vertritt (erased) im Mai."_s);
    QCOMPARE(MatchRepository(db()).find(m_match)->title, u"Praktikum bei Frau (erased)"_s);
    QCOMPARE(OrganisationRepository(db()).find(m_company)->notes, u"Ansprechpartnerin: (erased), Tel. (erased)"_s);
    // The word index of the activities stays consistent: an edit after the erasure saves and is found.
    Event edited = *meeting;
    edited.minutes += u" Werkstudierende gefunden."_s;
    QVERIFY2(EventRepository(db()).save(edited, &error), qPrintable(error));
    const auto hits = Search(db()).run(u"Werkstudierende"_s, 20, Search::Events);
    QVERIFY(!hits->isEmpty());
    QStringList problems;
    QVERIFY2(db().checkIntegrity(&problems), qPrintable(problems.join(u'\n')));
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"INSERT INTO event_search(event_search) VALUES ('integrity-check')"_s));
}

void TestPersonPrivacy::erasureScrubsTheAuditLog()
{
    QString error;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error), qPrintable(error));
    // Her entries keep what changed when, not a value; the erasure is the last, without a name.
    const auto own = audit::forEntity(db(), u"person"_s, m_person);
    QVERIFY(own);
    QCOMPARE(own->size(), 3);
    QCOMPARE(own->at(0).action, u"erase"_s);
    QCOMPARE(own->at(0).changes.value(u"erased"_s).toArray(), (QJsonArray{false, true}));
    QCOMPARE(own->at(2).action, u"create"_s);
    QCOMPARE(own->at(2).changes.value(u"last_name"_s).toArray().at(1).toString(), u"•••"_s);
    QCOMPARE(own->at(1).changes.value(u"function"_s).toArray(), (QJsonArray{u"•••"_s, u"•••"_s}));
    QCOMPARE(own->at(1).changes.value(u"mobile"_s).toArray().at(1).toString(), u"•••"_s);
    // No entry of anything names her any more, nor holds her note; the others' names stay.
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"SELECT entity, entity_id, changes FROM audit_log"_s));
    int keller = 0;
    while (q.next()) {
        const QString changes = q.value(2).toString();
        const QString where = q.value(0).toString() + u' ' + q.value(1).toString() + u": "_s + changes;
        for (const QString& trace :
            {u"Quarzwaldt"_s, u"Ottilie"_s, u"9876543"_s, u"5550123"_s, u"Rückenleiden"_s, u"Laborleiterin"_s}) {
            QVERIFY2(!changes.contains(trace, Qt::CaseInsensitive), qPrintable(where));
        }
        keller += changes.contains(u"Keller"_s) ? 1 : 0;
    }
    QVERIFY(keller >= 3);
}

void TestPersonPrivacy::erasingTwiceIsHarmless()
{
    QString error;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error), qPrintable(error));
    const auto before = audit::forEntity(db(), u"person"_s, m_person);
    const auto p = PersonRepository(db()).find(m_person);
    ErasureSummary summary;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error, &summary), qPrintable(error));
    QVERIFY(summary.alreadyErased);
    QCOMPARE(summary.auditEntries, 0);
    QCOMPARE(audit::forEntity(db(), u"person"_s, m_person)->size(), before->size());
    QCOMPARE(PersonRepository(db()).find(m_person)->updatedAt, p->updatedAt);
}

void TestPersonPrivacy::erasingAnUnknownPersonFails()
{
    QString error;
    QVERIFY(!PersonRepository(db()).erase(987654, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(db().transactionDepth(), 0);
    // Nothing else changed.
    QCOMPARE(PersonRepository(db()).find(m_person)->lastName, lastName);
}

void TestPersonPrivacy::erasedPersonCannotBeChanged()
{
    QString error;
    QVERIFY2(PersonRepository(db()).erase(m_person, &error), qPrintable(error));
    auto p = PersonRepository(db()).find(m_person);
    p->lastName = lastName;
    QVERIFY(!PersonRepository(db()).save(*p, &error));
    QVERIFY(!PersonRepository(db()).setArchived(m_person, false, &error));
    QCOMPARE(PersonRepository(db()).find(m_person)->lastName, PersonRepository::erasedName());
}

void TestPersonPrivacy::stalePersons()
{
    // Created long ago and never in an activity; in an activity long ago; erased (left out).
    time::setNowForTesting(QDateTime(QDate(2023, 5, 2), QTime(9, 0), Qt::UTC));
    Person never;
    never.firstName = u"Nie"_s;
    never.lastName = u"Gesehen"_s;
    const Id neverId = save(never);
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    Person old;
    old.firstName = u"Lang"_s;
    old.lastName = u"Her"_s;
    const Id oldId = save(old);
    Event call;
    call.type = u"phone_call"_s;
    call.start = berlin(2024, 1, 15, 10);
    call.participants = {{Participant::Kind::Person, oldId, {}, {}, {}}};
    QString error;
    QVERIFY2(EventRepository(db()).save(call, &error), qPrintable(error));
    Person erased = old;
    erased.id = 0;
    erased.uuid.clear();
    erased.lastName = u"Geloescht"_s;
    const Id erasedId = save(erased);
    Event call2 = call;
    call2.id = 0;
    call2.uuid.clear();
    call2.participants = {{Participant::Kind::Person, erasedId, {}, {}, {}}};
    QVERIFY2(EventRepository(db()).save(call2, &error), qPrintable(error));
    QVERIFY2(PersonRepository(db()).erase(erasedId, &error), qPrintable(error));

    const auto stale = PersonData(db()).stale(24, QDate(2026, 11, 26));
    QVERIFY2(!stale.failed(), qPrintable(stale.error()));
    QCOMPARE(stale->size(), 2);
    QCOMPARE(stale->at(0).id, neverId);
    QVERIFY(!stale->at(0).lastActivity.isValid());
    QCOMPARE(stale->at(0).created, QDate(2023, 5, 2));
    QCOMPARE(stale->at(1).id, oldId);
    QCOMPARE(stale->at(1).lastActivity, QDate(2024, 1, 15));
    QCOMPARE(stale->at(1).name, u"Lang Her"_s);
    // Twelve months: those seen in 2026 (March, April, May) are still out; four years: nobody.
    const auto year = PersonData(db()).stale(12, QDate(2026, 11, 26));
    QCOMPARE(year->size(), 2);
    QVERIFY(PersonData(db()).stale(48, QDate(2026, 11, 26))->isEmpty());
    const auto months7 = PersonData(db()).stale(7, QDate(2026, 11, 26));
    QVERIFY(std::any_of(months7->cbegin(), months7->cend(), [&](const StalePerson& s) { return s.id == m_person; }));
}

QTEST_GUILESS_MAIN(TestPersonPrivacy)
#include "TestPersonPrivacy.moc"
