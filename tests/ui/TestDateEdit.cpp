// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The date field of every form: a word typed as far as it is unique sets the day; digits, arrows
// and shortcuts work as in any date field; a day outside the field's range is not set.
#include "TestSupport.h"
#include "common/Time.h"
#include "widgets/DateEdit.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestDateEdit : public QObject
{
    Q_OBJECT
private slots:
    void wordsSetTheDay_data();
    void wordsSetTheDay();
    void germanWords_data();
    void germanWords();
    void digitsStillEdit();
    void staysInItsRange();
    void aPauseStartsANewWord();
};

void TestDateEdit::wordsSetTheDay_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("days"); // from today; 99: the date stays as it was
    // The English words are always understood (the tests run in English; German adds its own).
    QTest::newRow("t: today or tomorrow") << u"t"_s << 99;
    QTest::newRow("tod") << u"tod"_s << 0;
    QTest::newRow("tom") << u"tom"_s << 1;
    QTest::newRow("y") << u"y"_s << -1;
    QTest::newRow("whole word, any case") << u"Tomorrow"_s << 1;
    QTest::newRow("a letter of no word") << u"q"_s << 99;
    QTest::newRow("a new word after a wrong letter") << u"tomx"_s << 1;
    QTest::newRow("yesterday, then today") << u"ytod"_s << 0;
}

void TestDateEdit::wordsSetTheDay()
{
    QFETCH(QString, typed);
    QFETCH(int, days);
    const QDate start(2020, 2, 29);
    DateEdit edit(start);
    QCOMPARE(edit.displayFormat(), u"dd.MM.yyyy"_s);
    QVERIFY(edit.calendarPopup());
    QSignalSpy changed(&edit, &QDateEdit::userDateChanged);
    QTest::keyClicks(&edit, typed);
    const QDate expected = days == 99 ? start : time::today().addDays(days);
    QCOMPARE(edit.date(), expected);
    QCOMPARE(changed.isEmpty(), days == 99);
    if (!changed.isEmpty()) {
        QCOMPARE(changed.last().first().toDate(), expected);
    }
}

void TestDateEdit::germanWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("days");
    QTest::newRow("h") << u"h"_s << 0;
    QTest::newRow("heute") << u"heute"_s << 0;
    QTest::newRow("m") << u"m"_s << 1;
    QTest::newRow("g") << u"g"_s << -1;
    QTest::newRow("English still: tom") << u"tom"_s << 1;
}

void TestDateEdit::germanWords()
{
    QFETCH(QString, typed);
    QFETCH(int, days);
    const test::German german(QStringLiteral(KMUNI_DE_QM));
    QVERIFY2(german.loaded(), KMUNI_DE_QM);
    DateEdit edit(QDate(2020, 2, 29));
    QVERIFY(edit.toolTip().contains(u"„morgen“"_s));
    QTest::keyClicks(&edit, typed);
    QCOMPARE(edit.date(), time::today().addDays(days));
}

void TestDateEdit::digitsStillEdit()
{
    DateEdit edit(QDate(2026, 1, 1));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    edit.setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(&edit, u"24"_s);
    QCOMPARE(edit.date(), QDate(2026, 1, 24));
    QTest::keyClick(&edit, Qt::Key_Up); // two digits went on to the month
    QCOMPARE(edit.date(), QDate(2026, 2, 24));
}

void TestDateEdit::staysInItsRange()
{
    DateEdit edit(QDate(2020, 1, 1));
    edit.setMaximumDate(time::today()); // a consent date: never in the future
    QTest::keyClicks(&edit, u"tom"_s);
    QCOMPARE(edit.date(), QDate(2020, 1, 1));
    QTest::keyClicks(&edit, u"y"_s);
    QCOMPARE(edit.date(), time::today().addDays(-1));
}

void TestDateEdit::aPauseStartsANewWord()
{
    DateEdit edit(QDate(2020, 1, 1));
    QTest::keyClicks(&edit, u"to"_s);
    QCOMPARE(edit.date(), QDate(2020, 1, 1)); // today or tomorrow: not yet
    QTest::qWait(1600);
    QTest::keyClicks(&edit, u"m"_s); // not "tom": "m" alone names nothing in English
    QCOMPARE(edit.date(), QDate(2020, 1, 1));
}

QTEST_MAIN(TestDateEdit)
#include "TestDateEdit.moc"
