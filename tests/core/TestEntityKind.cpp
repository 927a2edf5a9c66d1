// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EntityKind.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestEntityKind : public QObject
{
    Q_OBJECT
private slots:
    void described_data();
    void described();
};

void TestEntityKind::described_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("name");
    // The numbers are stored in filed reports (their rows' kinds): they must never change.
    QTest::addRow("organisation") << EntityKind::Organisation << 0 << u"organisation"_s << u"nav-organisations"_s
                                  << u"Organisations"_s;
    QTest::addRow("person") << EntityKind::Person << 1 << u"person"_s << u"nav-persons"_s << u"Contact persons"_s;
    QTest::addRow("staff") << EntityKind::Staff << 2 << u"staff"_s << u"person-new"_s << u"Staff"_s;
    QTest::addRow("event") << EntityKind::Event << 3 << u"event"_s << u"nav-activities"_s << u"Activities"_s;
    QTest::addRow("match") << EntityKind::Match << 4 << u"match"_s << u"nav-matches"_s << u"Matches"_s;
    QTest::addRow("follow-up") << EntityKind::FollowUp << 5 << u"follow_up"_s << u"nav-follow-ups"_s << u"Follow-ups"_s;
}

// Code (as the audit log stores it), icon and name of each kind, and its stored number.
void TestEntityKind::described()
{
    QFETCH(EntityKind, kind);
    QFETCH(int, number);
    QFETCH(QString, code);
    QFETCH(QString, icon);
    QFETCH(QString, name);
    QCOMPARE(int(kind), number);
    QCOMPARE(entityCode(kind), code);
    QCOMPARE(entityIcon(kind), icon);
    QCOMPARE(entityPluralName(kind), name);
}

QTEST_GUILESS_MAIN(TestEntityKind)
#include "TestEntityKind.moc"
