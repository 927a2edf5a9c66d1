// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "staff/Staff.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestEventRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savesParticipantsAndFollowUps();
    void personsBringTheirOrganisation();
    void editReplacesParticipantsAndAudits();
    void needsAParticipant();
    void removeDeletesFollowUpsKeepsAudit();
    void followUpTakenOffIsAuditedAsDeleted();
    void followUpRemovedOnItsOwn();
    void followUpChangedAloneIsAChangeOfItsActivity();
    void timelineNewestFirst();
    void partnerContacts();
    void periodFilter_data();
    void periodFilter();
    void textFilterFindsMinutes();
    void followUpsOpenDoneAndOrder();

private:
    Event meeting(const QDateTime& start);
    /** A meeting with the follow-ups "Angebot schicken" and "Termin vereinbaren". */
    Event meetingWithTwoFollowUps();
    std::unique_ptr<test::TempDatabase> m_t;
    Id m_companyA = 0, m_companyB = 0, m_partner = 0, m_person = 0, m_staff = 0;
};

void TestEventRepository::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    OrganisationRepository orgs(m_t->db());
    Organisation a;
    a.name = u"Alpha Sensorik"_s;
    Organisation b;
    b.name = u"Beta Logistik"_s;
    Organisation partner;
    partner.kind = u"partner"_s;
    partner.name = u"Wirtschaftsförderung Dortmund"_s;
    QVERIFY(orgs.save(a, nullptr) && orgs.save(b, nullptr) && orgs.save(partner, nullptr));
    m_companyA = a.id;
    m_companyB = b.id;
    m_partner = partner.id;
    Person p;
    p.organisationId = m_companyB;
    p.firstName = u"Jörg"_s;
    p.lastName = u"Krüger"_s;
    QVERIFY(PersonRepository(m_t->db()).save(p, nullptr));
    m_person = p.id;
    StaffMember s;
    s.partnerId = m_partner;
    s.firstName = u"Katrin"_s;
    s.lastName = u"Schmidt"_s;
    s.login = u"kschmidt"_s;
    QVERIFY(StaffRepository(m_t->db()).save(s, nullptr));
    m_staff = s.id;
}

void TestEventRepository::cleanup()
{
    m_t.reset();
}

Event TestEventRepository::meeting(const QDateTime& start)
{
    Event e;
    e.type = u"meeting"_s;
    e.start = start;
    e.durationMin = 60;
    e.subject = u"Bedarfsgespräch"_s;
    e.minutes = u"Praktikumsplätze für Sommer besprochen.\nNächster Termin im Januar."_s;
    e.timeSpentMin = 90;
    e.loggedByStaffId = m_staff;
    e.participants << Participant{Participant::Kind::Organisation, m_companyA, u"host"_s, {}, {}};
    return e;
}

Event TestEventRepository::meetingWithTwoFollowUps()
{
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0)));
    for (const QString& title : {u"Angebot schicken"_s, u"Termin vereinbaren"_s}) {
        FollowUp f;
        f.title = title;
        f.dueDate = QDate(2026, 12, 1);
        e.followUps << f;
    }
    return e;
}

void TestEventRepository::savesParticipantsAndFollowUps()
{
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0)));
    e.participants << Participant{Participant::Kind::Organisation, m_companyB, {}, {}, {}};
    FollowUp f;
    f.title = u"Angebot schicken"_s;
    f.dueDate = QDate(2026, 12, 1);
    f.staffId = m_staff;
    e.followUps << f;
    QString error;
    QVERIFY2(repo.save(e, &error), qPrintable(error));
    const auto loaded = repo.find(e.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->start, e.start.toUTC());
    QCOMPARE(loaded->participantIds(Participant::Kind::Organisation), (QList<Id>{m_companyA, m_companyB}));
    QCOMPARE(loaded->participantIds(Participant::Kind::Staff), QList<Id>{m_staff}); // the logger took part
    QCOMPARE(loaded->participants.first().role, u"host"_s);
    QCOMPARE(loaded->participants.first().name, u"Alpha Sensorik"_s);
    QCOMPARE(loaded->followUps.size(), 1);
    QCOMPARE(loaded->followUps.first().title, u"Angebot schicken"_s);
    QCOMPARE(loaded->followUps.first().organisationId, m_companyA);
    QCOMPARE(loaded->minutes, e.minutes);
    const auto entries = audit::forEntity(m_t->db(), u"event"_s, e.id).value();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().changes.contains(u"participants"_s));
}

void TestEventRepository::personsBringTheirOrganisation()
{
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0)));
    e.participants << Participant{Participant::Kind::Person, m_person, {}, {}, {}};
    QVERIFY(repo.save(e, nullptr));
    QVERIFY(repo.find(e.id)->participantIds(Participant::Kind::Organisation).contains(m_companyB));
    QCOMPARE(repo.timeline(Participant::Kind::Organisation, m_companyB).value().size(), 1);
    QCOMPARE(repo.timeline(Participant::Kind::Person, m_person).value().first().persons, QStringList{u"Jörg Krüger"_s});
}

void TestEventRepository::editReplacesParticipantsAndAudits()
{
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0)));
    QVERIFY(repo.save(e, nullptr));
    e.participants = {Participant{Participant::Kind::Organisation, m_companyB, {}, {}, {}}};
    e.subject = u"Geändert"_s;
    QString error;
    QVERIFY2(repo.save(e, &error), qPrintable(error));
    QCOMPARE(repo.timeline(Participant::Kind::Organisation, m_companyA).value().size(), 0);
    QCOMPARE(repo.timeline(Participant::Kind::Organisation, m_companyB).value().size(), 1);
    const auto entries = audit::forEntity(m_t->db(), u"event"_s, e.id).value();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.first().changes.contains(u"subject"_s));
    QVERIFY(entries.first().changes.contains(u"participants"_s));
}

void TestEventRepository::needsAParticipant()
{
    EventRepository repo(m_t->db());
    Event e;
    e.start = time::now();
    e.loggedByStaffId = m_staff;
    QString error;
    QVERIFY(!repo.save(e, &error));
    QVERIFY(!error.isEmpty());
    e.participants << Participant{Participant::Kind::Organisation, 9999, {}, {}, {}};
    QVERIFY(!repo.save(e, &error)); // does not exist
    QCOMPARE(repo.count({}).value(), 0);
}

void TestEventRepository::removeDeletesFollowUpsKeepsAudit()
{
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 20), QTime(10, 0)));
    FollowUp f;
    f.title = u"Nachfassen"_s;
    f.dueDate = QDate(2026, 12, 1);
    e.followUps << f;
    QVERIFY(repo.save(e, nullptr));
    QString error;
    QVERIFY2(repo.remove(e.id, &error), qPrintable(error));
    QVERIFY(!repo.find(e.id));
    QCOMPARE(FollowUpRepository(m_t->db()).list({}).value().size(), 0);
    QCOMPARE(repo.timeline(Participant::Kind::Organisation, m_companyA).value().size(), 0);
    QCOMPARE(audit::forEntity(m_t->db(), u"event"_s, e.id).value().first().action, u"delete"_s);
}

void TestEventRepository::followUpTakenOffIsAuditedAsDeleted()
{
    EventRepository repo(m_t->db());
    Event e = meetingWithTwoFollowUps();
    QVERIFY(repo.save(e, nullptr));
    const FollowUp gone = e.followUps.takeFirst();
    QString error;
    QVERIFY2(repo.save(e, &error), qPrintable(error));
    QCOMPARE(repo.find(e.id)->followUps.size(), 1);
    // The follow-up that went has a history entry of its own ("delete", with its uuid and what it said);
    // the one that stayed has none.
    const auto entries = audit::forEntity(m_t->db(), u"follow_up"_s, gone.id).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"delete"_s);
    QSqlQuery q(m_t->db().connection());
    QVERIFY(
        q.exec(u"SELECT entity_uuid FROM audit_log WHERE entity = 'follow_up' AND action = 'delete'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), gone.uuid);
    QVERIFY(entries.first().changes.contains(u"title"_s));
    QVERIFY(audit::forEntity(m_t->db(), u"follow_up"_s, e.followUps.first().id).value().isEmpty());
    // Saved again unchanged, nothing more is said.
    QVERIFY2(repo.save(e, &error), qPrintable(error));
    QCOMPARE(audit::forEntity(m_t->db(), u"follow_up"_s, gone.id).value().size(), 1);
}

void TestEventRepository::followUpRemovedOnItsOwn()
{
    // One of an organisation, one of an activity: each goes alone, with its audit row.
    FollowUpRepository followUps(m_t->db());
    FollowUp own;
    own.title = u"Jahresgespräch vorbereiten"_s;
    own.dueDate = QDate(2026, 12, 10);
    own.organisationId = m_companyB;
    QString error;
    QVERIFY2(followUps.save(own, &error), qPrintable(error));
    EventRepository events(m_t->db());
    Event e = meetingWithTwoFollowUps();
    QVERIFY(events.save(e, nullptr));

    QVERIFY2(followUps.remove(own.id, &error), qPrintable(error));
    QVERIFY2(followUps.remove(e.followUps.first().id, &error), qPrintable(error));
    QVERIFY(!followUps.find(own.id));
    QCOMPARE(events.find(e.id)->followUps.size(), 1);
    const auto entries = audit::forEntity(m_t->db(), u"follow_up"_s, own.id).value();
    QCOMPARE(entries.first().action, u"delete"_s);
    QVERIFY(entries.first().changes.contains(u"title"_s));
    // Gone already: said, nothing written.
    QVERIFY(!followUps.remove(own.id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(audit::forEntity(m_t->db(), u"follow_up"_s, own.id).value().size(), entries.size());
}

void TestEventRepository::followUpChangedAloneIsAChangeOfItsActivity()
{
    // The activity's form was opened; meanwhile its follow-up is marked done on the follow-up page.
    // Saving the form must not undo that unseen: it is an edit conflict, as for any other change.
    EventRepository events(m_t->db());
    Event e = meetingWithTwoFollowUps();
    QVERIFY(events.save(e, nullptr));
    Event stale = *events.find(e.id);
    FollowUpRepository followUps(m_t->db());
    QString error;
    QVERIFY2(followUps.setDone(stale.followUps.first().id, true, &error), qPrintable(error));
    stale.subject = u"Geändert"_s;
    bool conflict = false;
    QVERIFY(!events.save(stale, &error, &conflict));
    QVERIFY(conflict);
    QVERIFY(followUps.find(stale.followUps.first().id)->done);
    // The activity's history says it, as when the follow-up is ticked in the activity's form.
    const auto history = audit::forEntity(m_t->db(), u"event"_s, e.id).value();
    QCOMPARE(history.first().action, u"update"_s);
    QCOMPARE(history.first().changes.value(u"follow_ups"_s).toArray().last().toString(),
        u"Angebot schicken (2026-12-01, done); Termin vereinbaren (2026-12-01)"_s);
    // The same for a follow-up deleted on its own.
    Event fresh = *events.find(e.id);
    QVERIFY2(followUps.remove(fresh.followUps.last().id, &error), qPrintable(error));
    conflict = false;
    QVERIFY(!events.save(fresh, &error, &conflict));
    QVERIFY(conflict);
    QCOMPARE(events.find(e.id)->followUps.size(), 1);
    QCOMPARE(audit::forEntity(m_t->db(), u"event"_s, e.id).value().size(), history.size() + 1);
    // Read again, the form saves.
    Event current = *events.find(e.id);
    current.subject = u"Geändert"_s;
    QVERIFY2(events.save(current, &error, &conflict), qPrintable(error));
}

void TestEventRepository::timelineNewestFirst()
{
    EventRepository repo(m_t->db());
    for (int day : {3, 17, 9}) {
        Event e = meeting(time::fromBerlin(QDate(2026, 10, day), QTime(9, 0)));
        QVERIFY(repo.save(e, nullptr));
    }
    const auto timeline = repo.timeline(Participant::Kind::Organisation, m_companyA).value();
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline[0].start.date(), QDate(2026, 10, 17));
    QCOMPARE(timeline[1].start.date(), QDate(2026, 10, 9));
    QCOMPARE(timeline[2].start.date(), QDate(2026, 10, 3));
    QCOMPARE(timeline[0].staff, QStringList{u"Katrin Schmidt"_s});
    QCOMPARE(repo.timeline(Participant::Kind::Organisation, m_companyA, 2).value().size(), 2);
}

void TestEventRepository::partnerContacts()
{
    EventRepository repo(m_t->db());
    Event first = meeting(time::fromBerlin(QDate(2026, 9, 1), QTime(9, 0)));
    Event second = meeting(time::fromBerlin(QDate(2026, 11, 2), QTime(9, 0)));
    QVERIFY(repo.save(first, nullptr) && repo.save(second, nullptr));
    const auto contacts = repo.partnerContacts(m_companyA).value();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().partnerName, u"Wirtschaftsförderung Dortmund"_s);
    QCOMPARE(contacts.first().events, 2);
    QCOMPARE(contacts.first().first, QDate(2026, 9, 1));
    QCOMPARE(contacts.first().last, QDate(2026, 11, 2));
}

void TestEventRepository::periodFilter_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("inside");
    // Summer time starts 29.03.2026 02:00 and ends 25.10.2026 03:00 in Berlin.
    QTest::addRow("first day 00:00") << QDate(2026, 4, 1) << QTime(0, 0) << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                                     << true;
    QTest::addRow("last day 23:30 summer")
        << QDate(2026, 6, 30) << QTime(23, 30) << QDate(2026, 4, 1) << QDate(2026, 6, 30) << true;
    QTest::addRow("day after 00:30 summer")
        << QDate(2026, 7, 1) << QTime(0, 30) << QDate(2026, 4, 1) << QDate(2026, 6, 30) << false;
    QTest::addRow("day before 23:59") << QDate(2026, 3, 31) << QTime(23, 59) << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                                      << false;
    QTest::addRow("spring change night, after")
        << QDate(2026, 3, 29) << QTime(3, 30) << QDate(2026, 3, 29) << QDate(2026, 3, 29) << true;
    QTest::addRow("spring change night, before")
        << QDate(2026, 3, 29) << QTime(1, 30) << QDate(2026, 3, 29) << QDate(2026, 3, 29) << true;
    QTest::addRow("autumn change 23:30 last day")
        << QDate(2026, 10, 25) << QTime(23, 30) << QDate(2026, 10, 1) << QDate(2026, 10, 25) << true;
    QTest::addRow("autumn change 02:30 (twice)")
        << QDate(2026, 10, 25) << QTime(2, 30) << QDate(2026, 10, 25) << QDate(2026, 10, 25) << true;
    QTest::addRow("new year in winter") << QDate(2027, 1, 1) << QTime(0, 15) << QDate(2026, 10, 1)
                                        << QDate(2026, 12, 31) << false;
    QTest::addRow("silvester in winter") << QDate(2026, 12, 31) << QTime(23, 45) << QDate(2026, 10, 1)
                                         << QDate(2026, 12, 31) << true;
}

void TestEventRepository::periodFilter()
{
    QFETCH(QDate, day);
    QFETCH(QTime, time);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, inside);
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(day, time));
    QString error;
    QVERIFY2(repo.save(e, &error), qPrintable(error));
    EventFilter f;
    f.from = from;
    f.to = to;
    QCOMPARE(repo.count(f).value() == 1, inside);
    // Stored as UTC, shown in Berlin time again.
    QCOMPARE(repo.find(e.id)->start.toTimeZone(time::berlin()).time().hour(), time.hour());
}

void TestEventRepository::textFilterFindsMinutes()
{
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 2), QTime(9, 0)));
    e.minutes = u"Gespräch über Förderprogramme und Praktikumsplätze"_s;
    QVERIFY(repo.save(e, nullptr));
    for (const QString& text : {u"foerder"_s, u"FÖRDER"_s, u"praktikum"_s, u"ge"_s, u"bedarf"_s}) {
        EventFilter f;
        f.text = text;
        QVERIFY2(repo.count(f).value() == 1, qPrintable(text));
    }
    EventFilter none;
    none.text = u"Messe"_s;
    QCOMPARE(repo.count(none).value(), 0);
}

void TestEventRepository::followUpsOpenDoneAndOrder()
{
    EventRepository repo(m_t->db());
    Event e = meeting(time::fromBerlin(QDate(2026, 11, 2), QTime(9, 0)));
    for (int day : {20, 5, 12}) {
        FollowUp f;
        f.title = u"Aufgabe %1"_s.arg(day);
        f.dueDate = QDate(2026, 12, day);
        f.staffId = m_staff;
        e.followUps << f;
    }
    QVERIFY(repo.save(e, nullptr));
    FollowUpRepository followUps(m_t->db());
    auto open = followUps.list({}).value();
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.first().followUp.dueDate, QDate(2026, 12, 5));
    QCOMPARE(open.first().organisationName, u"Alpha Sensorik"_s);
    QCOMPARE(open.first().staffName, u"Katrin Schmidt"_s);
    QString error;
    QVERIFY2(followUps.setDone(open.first().followUp.id, true, &error), qPrintable(error));
    open = followUps.list({}).value();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.first().followUp.dueDate, QDate(2026, 12, 12));
    FollowUpFilter all;
    all.openOnly = false;
    QCOMPARE(followUps.list(all).value().size(), 3);
    FollowUpFilter due;
    due.dueUntil = QDate(2026, 12, 12);
    QCOMPARE(followUps.list(due).value().size(), 1);
    // Saving the event again keeps the done flag.
    auto loaded = repo.find(e.id);
    QVERIFY(repo.save(*loaded, nullptr));
    QCOMPARE(followUps.list({}).value().size(), 2);
}

QTEST_GUILESS_MAIN(TestEventRepository)
#include "TestEventRepository.moc"
