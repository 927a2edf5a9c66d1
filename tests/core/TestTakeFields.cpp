// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: an edit conflict is settled field by field, by taking the chosen fields of the other version into the
// form's (takeFields()). For every field of every kind of record that the conflict dialog can show (a key of
// toMap()), taking it copies that field and nothing else; taking all of them gives the other version's fields.
#include "events/Event.h"
#include "matches/Match.h"
#include "organisations/Organisation.h"
#include "persons/Person.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

// Two versions of each kind of record that differ in every field, so that a field copied by mistake shows.
Organisation organisationA()
{
    Organisation o;
    o.id = 6;
    o.uuid = u"org-a"_s;
    o.kind = u"company"_s;
    o.name = u"NanoFluid Analytik"_s;
    o.shortName = u"NanoFluid"_s;
    o.legalForm = u"GmbH"_s;
    o.sector = u"it"_s;
    o.street = u"Kampstraße 12"_s;
    o.postalCode = u"44137"_s;
    o.city = u"Dortmund"_s;
    o.website = u"https://nanofluid.example"_s;
    o.phone = u"+492315550101"_s;
    o.email = u"info@nanofluid.example"_s;
    o.employees = 42;
    o.stage = u"contacted"_s;
    o.responsibleStaffId = 1;
    o.needs = u"Absolventen"_s;
    o.offers = u"Praktika"_s;
    o.notes = u"Rückruf erbeten"_s;
    o.version = 3;
    return o;
}

Organisation organisationB()
{
    Organisation o;
    o.id = 6;
    o.uuid = u"org-b"_s;
    o.kind = u"institute"_s;
    o.parentId = 2;
    o.name = u"Lehrstuhl für Logistik"_s;
    o.shortName = u"LfL"_s;
    o.legalForm = u"e. V."_s;
    o.instituteType = u"chair"_s;
    o.street = u"Emil-Figge-Straße 50"_s;
    o.postalCode = u"44227"_s;
    o.city = u"Bochum"_s;
    o.website = u"https://lfl.example"_s;
    o.phone = u"+492345550202"_s;
    o.email = u"lfl@example.org"_s;
    o.isSme = false;
    o.isPilot = true;
    o.stage = u"cooperating"_s;
    o.responsibleStaffId = 2;
    o.needs = u"Projektpartner"_s;
    o.offers = u"Abschlussarbeiten"_s;
    o.notes = u"Ansprechpartnerin neu"_s;
    o.archived = true;
    o.archivedReason = u"Betrieb ruht"_s;
    o.version = 4;
    return o;
}

Person personA()
{
    Person p;
    p.id = 12;
    p.organisationId = 6;
    p.salutation = u"ms"_s;
    p.title = u"Dr."_s;
    p.firstName = u"Anna"_s;
    p.lastName = u"Müller"_s;
    p.function = u"Leitung"_s;
    p.email = u"anna@example.org"_s;
    p.phone = u"+492315550101"_s;
    p.mobile = u"+491705550101"_s;
    p.notes = u"Bevorzugt E-Mail"_s;
    p.legalBasis = u"consent"_s;
    p.consentDate = QDate(2026, 3, 1);
    p.version = 1;
    return p;
}

Person personB()
{
    Person p;
    p.id = 12;
    p.organisationId = 7;
    p.salutation = u"mr"_s;
    p.title = u"Prof."_s;
    p.firstName = u"Bernd"_s;
    p.lastName = u"Schulz"_s;
    p.function = u"Vertrieb"_s;
    p.email = u"bernd@example.org"_s;
    p.phone = u"+492345550202"_s;
    p.mobile = u"+491705550202"_s;
    p.notes = u"Nur vormittags"_s;
    p.legalBasis = u"legitimate_interest"_s;
    p.doNotContact = true;
    p.archived = true;
    p.erased = true;
    p.version = 2;
    return p;
}

Event eventA()
{
    Event e;
    e.id = 30;
    e.type = u"meeting"_s;
    e.start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    e.durationMin = 60;
    e.location = u"Dortmund"_s;
    e.subject = u"Erstgespräch"_s;
    e.minutes = u"Bedarf an Praktikanten"_s;
    e.outcome = u"Angebot folgt"_s;
    e.timeSpentMin = 90;
    e.loggedByStaffId = 1;
    e.participants = {{Participant::Kind::Organisation, 6, {}, {}, {}}};
    FollowUp f;
    f.title = u"Angebot senden"_s;
    f.dueDate = QDate(2026, 11, 20);
    e.followUps = {f};
    e.version = 5;
    return e;
}

Event eventB()
{
    Event e;
    e.id = 30;
    e.type = u"phone_call"_s;
    e.start = QDateTime(QDate(2026, 11, 3), QTime(14, 30), QTimeZone::utc());
    e.durationMin = 15;
    e.location = u"Bochum"_s;
    e.subject = u"Rückfrage"_s;
    e.minutes = u"Termin verschoben"_s;
    e.outcome = u"Neuer Termin"_s;
    e.timeSpentMin = 20;
    e.loggedByStaffId = 2;
    e.participants = {{Participant::Kind::Person, 12, u"Leitung"_s, {}, {}}, {Participant::Kind::Staff, 2, {}, {}, {}}};
    e.version = 6;
    return e;
}

Match matchA()
{
    Match m;
    m.id = 40;
    m.companyId = 6;
    m.universityId = 2;
    m.type = u"internship"_s;
    m.stage = u"proposed"_s;
    m.title = u"Praktikum Lagerrobotik"_s;
    m.companyPersonId = 12;
    m.universityPersonId = 13;
    m.staffId = 1;
    m.startedOn = QDate(2026, 10, 1);
    m.stageChangedOn = QDate(2026, 10, 1);
    m.outcome = u"offen"_s;
    m.notes = u"Sommersemester"_s;
    m.eventIds = {30};
    m.version = 7;
    return m;
}

Match matchB()
{
    Match m;
    m.id = 40;
    m.companyId = 7;
    m.universityId = 3;
    m.type = u"thesis"_s;
    m.stage = u"agreed"_s;
    m.title = u"Abschlussarbeit Sensorik"_s;
    m.companyPersonId = 14;
    m.universityPersonId = 15;
    m.staffId = 2;
    m.startedOn = QDate(2026, 9, 1);
    m.stageChangedOn = QDate(2026, 11, 15);
    m.outcome = u"vereinbart"_s;
    m.graduatesHired = 1;
    m.notes = u"Start im März"_s;
    m.eventIds = {30, 31};
    m.version = 8;
    return m;
}

/** Whether taking @p key from @p b into a copy of @p a changes exactly that field, to b's value, and nothing else. */
template <typename T> void takesOnly(const T& a, const T& b, const QString& key)
{
    const QVariantMap mapA = a.toMap();
    const QVariantMap mapB = b.toMap();
    QVERIFY2(mapA.contains(key), qPrintable(key));
    // The samples differ in this field, or the check below would prove nothing.
    QVERIFY2(mapA.value(key) != mapB.value(key), qPrintable(key));
    T taken = a;
    taken.takeFields(b, {key});
    QVariantMap expected = mapA;
    expected.insert(key, mapB.value(key));
    QCOMPARE(taken.toMap(), expected);
    // The row version and the identity stay the form's: the caller decides over which version it saves.
    QCOMPARE(taken.version, a.version);
    QCOMPARE(taken.id, a.id);
}

/** Taking every field gives b's fields; taking none, or a key that names no field, changes nothing. */
template <typename T> void takesAllOrNothing(const T& a, const T& b)
{
    T all = a;
    all.takeFields(b, b.toMap().keys());
    QCOMPARE(all.toMap(), b.toMap());
    QCOMPARE(all.version, a.version);
    T none = a;
    none.takeFields(b, {});
    none.takeFields(b, {u"version"_s, u"uuid"_s, u"no_such_field"_s});
    QCOMPARE(none.toMap(), a.toMap());
    QCOMPARE(none.version, a.version);
}

/** Runs @p check on the two samples of the record kind @p kind: "organisation", "person", "event", "match". */
template <typename Check> void withSamples(const QString& kind, Check check)
{
    if (kind == u"organisation"_s) {
        check(organisationA(), organisationB());
    } else if (kind == u"person"_s) {
        check(personA(), personB());
    } else if (kind == u"event"_s) {
        check(eventA(), eventB());
    } else {
        check(matchA(), matchB());
    }
}

} // namespace

class TestTakeFields : public QObject
{
    Q_OBJECT
private slots:
    void takesOnlyTheNamedField_data();
    void takesOnlyTheNamedField();
    void takesAllOrNothing_data();
    void takesAllOrNothing();
};

void TestTakeFields::takesOnlyTheNamedField_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    // One row per field of each kind: a field added to a record's table is tested without a change here.
    const std::pair<QString, QStringList> kinds[] = {
        {u"organisation"_s, organisationA().toMap().keys()},
        {u"person"_s, personA().toMap().keys()},
        {u"event"_s, eventA().toMap().keys()},
        {u"match"_s, matchA().toMap().keys()},
    };
    for (const auto& [kind, keys] : kinds) {
        for (const QString& key : keys) {
            QTest::addRow("%s %s", qPrintable(kind), qPrintable(key)) << kind << key;
        }
    }
}

void TestTakeFields::takesOnlyTheNamedField()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    withSamples(kind, [&](const auto& a, const auto& b) { takesOnly(a, b, key); });
}

void TestTakeFields::takesAllOrNothing_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"organisation", "person", "event", "match"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void TestTakeFields::takesAllOrNothing()
{
    QFETCH(QString, kind);
    withSamples(kind, [](const auto& a, const auto& b) { ::takesAllOrNothing(a, b); });
}

QTEST_GUILESS_MAIN(TestTakeFields)
#include "TestTakeFields.moc"
