// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextFold.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void simple_data();
    void simple();
    void forIndexHoldsBothSpellings();
    void queryAlternatives_data();
    void queryAlternatives();
    void queryFindsIndexed_data();
    void queryFindsIndexed();
};

void TestTextFold::simple_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("ascii") << u"Dortmund"_s << u"dortmund"_s;
    QTest::addRow("umlaut") << u"Müller"_s << u"muller"_s;
    QTest::addRow("upper umlaut") << u"MÜLLER"_s << u"muller"_s;
    QTest::addRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::addRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::addRow("accent") << u"Café Élysée"_s << u"cafe elysee"_s;
    QTest::addRow("turkish") << u"Özdemir Çelik"_s << u"ozdemir celik"_s;
    QTest::addRow("polish") << u"Łukasz Wąsowski"_s << u"lukasz wasowski"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestTextFold::simple()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(fold::simple(input), expected);
}

void TestTextFold::forIndexHoldsBothSpellings()
{
    QCOMPARE(fold::forIndex(u"Müller"_s), u"muller / mueller"_s);
    QCOMPARE(fold::forIndex(u"Straße"_s), u"strasse"_s);
    QCOMPARE(fold::forIndex(u"Peters"_s), u"peters"_s);
}

void TestTextFold::queryAlternatives_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("umlaut") << u"müller"_s << QStringList{u"muller"_s, u"mueller"_s};
    QTest::addRow("written out") << u"MUELLER"_s << QStringList{u"mueller"_s};
    QTest::addRow("plain") << u"muller"_s << QStringList{u"muller"_s};
    QTest::addRow("trimmed") << u"  Straße "_s << QStringList{u"strasse"_s};
}

void TestTextFold::queryAlternatives()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(fold::forQuery(query), expected);
}

void TestTextFold::queryFindsIndexed_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("query");
    QTest::addRow("Müller by müller") << u"Müller"_s << u"müller"_s;
    QTest::addRow("Müller by MÜLLER") << u"Müller"_s << u"MÜLLER"_s;
    QTest::addRow("Müller by mueller") << u"Müller"_s << u"mueller"_s;
    QTest::addRow("Müller by muller") << u"Müller"_s << u"muller"_s;
    QTest::addRow("Mueller by müller") << u"Mueller"_s << u"müller"_s;
    QTest::addRow("Straße by strasse") << u"Straße"_s << u"strasse"_s;
    QTest::addRow("Strasse by straße") << u"Strasse"_s << u"Straße"_s;
    QTest::addRow("Jürgens by JUERGENS") << u"Jürgens"_s << u"JUERGENS"_s;
}

// What the search does: some query alternative is contained in the indexed text.
void TestTextFold::queryFindsIndexed()
{
    QFETCH(QString, stored);
    QFETCH(QString, query);
    const QString indexed = fold::forIndex(stored);
    const QStringList alternatives = fold::forQuery(query);
    QVERIFY2(
        std::any_of(alternatives.cbegin(), alternatives.cend(), [&](const QString& a) { return indexed.contains(a); }),
        qPrintable(indexed + u" / "_s + alternatives.join(u',')));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "TestTextFold.moc"
