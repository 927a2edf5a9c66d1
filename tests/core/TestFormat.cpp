// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Format.h"
#include "common/Time.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestFormat : public QObject
{
    Q_OBJECT
private slots:
    void period_data();
    void period();
};

// When an activity is, as the participants list and the detail say it.
void TestFormat::period_data()
{
    QTest::addColumn<QDateTime>("start"); // Berlin time
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    const auto at = [](int d, int h, int m) { return time::fromBerlin(QDate(2026, 9, d), QTime(h, m)); };
    QTest::newRow("no duration") << at(10, 9, 30) << 0 << u"10.09.2026 09:30"_s;
    QTest::newRow("an afternoon") << at(10, 14, 30) << 90 << u"10.09.2026 14:30 – 16:00"_s;
    QTest::newRow("across midnight") << at(10, 20, 0) << 16 * 60 << u"10.09.2026 20:00 – 11.09.2026 12:00"_s;
    QTest::newRow("a whole day") << at(10, 0, 0) << 24 * 60 << u"10.09.2026"_s;
    QTest::newRow("a fair of three days") << at(10, 0, 0) << 3 * 24 * 60 << u"10.09.2026 – 12.09.2026"_s;
    QTest::newRow("the day summer time ends")
        << time::fromBerlin(QDate(2026, 10, 25), QTime(0, 0)) << 24 * 60 << u"25.10.2026"_s;
    QTest::newRow("a fair over the change")
        << time::fromBerlin(QDate(2026, 10, 24), QTime(0, 0)) << 3 * 24 * 60 << u"24.10.2026 – 26.10.2026"_s;
    QTest::newRow("a day from nine") << at(10, 9, 0) << 24 * 60 << u"10.09.2026 09:00 – 11.09.2026 09:00"_s;
}

void TestFormat::period()
{
    QFETCH(QDateTime, start);
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    QCOMPARE(format::period(start, minutes), expected);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "TestFormat.moc"
