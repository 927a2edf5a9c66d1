// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Speed must not cost correctness: on a generated network (the benchmark's data, small), every
// search and filter answer is compared with a brute-force scan of the same rows.
#include "Generator.h"

#include "common/TextFold.h"
#include "db/Database.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "search/Search.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestGeneratedSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void filterMatchesBruteForce_data();
    void filterMatchesBruteForce();
    void prefixMatchesBruteForce_data();
    void prefixMatchesBruteForce();
    void searchHitsAreRelevant_data();
    void searchHitsAreRelevant();
    void listOrderIsGerman();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    struct Row
    {
        Id id;
        QString first, last, email, function;
    };
    QList<Row> m_persons;
    /** The ids of the generated persons for which @p matches is true. */
    QSet<Id> personsWhere(const std::function<bool(const Row&)>& matches) const;
    /** The ids of the persons that the list shows for the filter text @p text. */
    QSet<Id> listed(const QString& text) const;
};

QSet<Id> TestGeneratedSearch::personsWhere(const std::function<bool(const Row&)>& matches) const
{
    QSet<Id> ids;
    for (const Row& r : m_persons) {
        if (matches(r)) {
            ids.insert(r.id);
        }
    }
    return ids;
}

QSet<Id> TestGeneratedSearch::listed(const QString& text) const
{
    PersonFilter f;
    f.text = text;
    QSet<Id> ids;
    for (const Person& p : PersonRepository(*m_db).list(f).value()) {
        ids.insert(p.id);
    }
    return ids;
}

void TestGeneratedSearch::initTestCase()
{
    const QString path = m_dir.path() + u"/generated.sqlite"_s;
    QString error;
    QVERIFY2(bench::generate(path, bench::Scale::tiny(), QDate(2026, 11, 26), 7, {}, &error), qPrintable(error));
    DbStatus status;
    m_db = Database::open(path, Database::Mode::OpenExisting, &status);
    QVERIFY(m_db);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id, first_name, last_name, email, function FROM persons WHERE archived = 0"_s));
    while (q.next()) {
        m_persons.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()});
    }
    QCOMPARE(m_persons.size(), bench::Scale::tiny().persons);
}

void TestGeneratedSearch::cleanupTestCase()
{
    m_db.reset();
}

void TestGeneratedSearch::filterMatchesBruteForce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("umlaut") << u"müller"_s;
    QTest::addRow("umlaut written out") << u"MUELLER"_s;
    QTest::addRow("umlaut dropped") << u"muller"_s;
    QTest::addRow("sharp s") << u"weiß"_s;
    QTest::addRow("ss for ß") << u"strauss"_s;
    QTest::addRow("Turkish") << u"ozdemir"_s;
    QTest::addRow("Polish") << u"wisniewski"_s;
    QTest::addRow("double name") << u"meyer-lü"_s;
    QTest::addRow("inside a name") << u"mann"_s;
    QTest::addRow("first and last") << u"jürgen k"_s;
}

// The list filter finds exactly the persons whose name, e-mail or function contains the text,
// compared the way a German reader would (fold::forIndex on both sides).
void TestGeneratedSearch::filterMatchesBruteForce()
{
    QFETCH(QString, text);
    const QStringList alternatives = fold::forQuery(text);
    const QSet<Id> expected = personsWhere([&](const Row& r) {
        const QString name = fold::forIndex(QString(r.first + u' ' + r.last));
        const QString other = fold::forIndex(QString(r.email + u' ' + r.function));
        return std::any_of(alternatives.begin(), alternatives.end(),
            [&](const QString& a) { return name.contains(a) || other.contains(a); });
    });
    const QSet<Id> found = listed(text);
    QVERIFY2(!expected.isEmpty(), "the generated data has such names");
    QCOMPARE(found.size(), expected.size());
    QCOMPARE(found, expected);
}

void TestGeneratedSearch::prefixMatchesBruteForce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("M") << u"M"_s;
    QTest::addRow("Ö") << u"Ö"_s;
    QTest::addRow("mü") << u"mü"_s;
    QTest::addRow("gr") << u"gr"_s;
    QTest::addRow("Ç") << u"Ç"_s;
}

// One or two letters: the persons whose last name starts with them (umlauts folded).
void TestGeneratedSearch::prefixMatchesBruteForce()
{
    QFETCH(QString, text);
    const QString prefix = fold::sortKey(text);
    const QSet<Id> expected = personsWhere([&](const Row& r) { return fold::sortKey(r.last).startsWith(prefix); });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(listed(text), expected);
}

void TestGeneratedSearch::searchHitsAreRelevant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedInTitle"); // folded
    QTest::addRow("Müller") << u"müller"_s << u"muller"_s;
    QTest::addRow("MUELLER") << u"MUELLER"_s << u"muller"_s;
    QTest::addRow("Straße") << u"strasse"_s << QString();
    QTest::addRow("Weiß") << u"WEISS"_s << u"weiss"_s;
    QTest::addRow("prefix Ö") << u"Ö"_s << QString();
}

void TestGeneratedSearch::searchHitsAreRelevant()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedInTitle);
    const QList<SearchHit> hits = Search(*m_db).run(text, 10).value();
    QVERIFY(!hits.isEmpty());
    int persons = 0;
    for (const SearchHit& h : hits) {
        if (h.kind != SearchHit::Kind::Person) {
            continue;
        }
        ++persons;
        const QString title = fold::simple(h.title);
        if (!expectedInTitle.isEmpty() && h.rank < 2) {
            QVERIFY2(title.contains(expectedInTitle), qPrintable(h.title));
        }
        if (text.size() <= 2) {
            QVERIFY2(fold::sortKey(h.title.section(u' ', -1)).startsWith(fold::sortKey(text)) || h.rank > 0,
                qPrintable(h.title));
        }
    }
    if (!expectedInTitle.isEmpty()) {
        QVERIFY(persons > 0);
    }
}

// The list order (by sort key) is German dictionary order: Ö with O, ß as ss, case ignored.
void TestGeneratedSearch::listOrderIsGerman()
{
    const QList<Person> persons = PersonRepository(*m_db).list({}, 3000).value();
    for (qsizetype i = 1; i < persons.size(); ++i) {
        const QString a = fold::personSortKey(persons[i - 1].lastName, persons[i - 1].firstName);
        const QString b = fold::personSortKey(persons[i].lastName, persons[i].firstName);
        QVERIFY2(a <= b, qPrintable(a + u" > "_s + b));
    }
    OrganisationFilter all;
    all.kind = u"company"_s;
    const QList<Organisation> orgs = OrganisationRepository(*m_db).list(all, 500).value();
    QVERIFY(!orgs.isEmpty());
}

QTEST_GUILESS_MAIN(TestGeneratedSearch)
#include "TestGeneratedSearch.moc"
