// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "search/Search.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void finds_data();
    void finds();
    void dortmundUniversities();
    void ranksPrefixBeforeContains();
    void groupsByKindAndLimits();
    void emptyAndOddInput_data();
    void emptyAndOddInput();
    void updatesAfterEdit();

private:
    QStringList titles(const QString& text, SearchHit::Kind kind);
    std::unique_ptr<test::TempDatabase> m_t;
};

void TestSearch::initTestCase()
{
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::loadDemo(m_t->db()));
}

void TestSearch::cleanupTestCase()
{
    m_t.reset();
}

QStringList TestSearch::titles(const QString& text, SearchHit::Kind kind)
{
    QStringList result;
    for (const SearchHit& h : Search(m_t->db()).run(text, 20).value()) {
        if (h.kind == kind) {
            result << h.title;
        }
    }
    return result;
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    const int org = int(SearchHit::Kind::Organisation);
    const int person = int(SearchHit::Kind::Person);
    QTest::addRow("Müller exact") << u"Müller"_s << person << u"Frank Müller"_s;
    QTest::addRow("müller lower") << u"müller"_s << person << u"Frank Müller"_s;
    QTest::addRow("MÜLLER upper") << u"MÜLLER"_s << person << u"Frank Müller"_s;
    QTest::addRow("mueller") << u"mueller"_s << person << u"Frank Müller"_s;
    QTest::addRow("MUELLER") << u"MUELLER"_s << person << u"Frank Müller"_s;
    QTest::addRow("muller") << u"muller"_s << person << u"Frank Müller"_s;
    QTest::addRow("Özdemir as oezdemir") << u"oezdemir"_s << person << u"Özdemir"_s;
    QTest::addRow("Weiß as weiss") << u"weiss"_s << person << u"Weiß"_s;
    QTest::addRow("two letters prefix") << u"Mü"_s << person << u"Müller"_s;
    QTest::addRow("one letter prefix") << u"Ö"_s << person << u"Özdemir"_s;
    QTest::addRow("inside a word") << u"universität"_s << org << u"Technische Universität Dortmund"_s;
    QTest::addRow("short name") << u"THGA"_s << org << u"Technische Hochschule Georg Agricola"_s;
    QTest::addRow("Straße in an address") << u"strasse"_s << org << QString();
}

void TestSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const QStringList found = titles(text, SearchHit::Kind(kind));
    if (expected.isEmpty()) {
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        return;
    }
    QVERIFY2(std::any_of(found.cbegin(), found.cend(), [&](const QString& t) { return t.contains(expected); }),
        qPrintable(text + u" → "_s + found.join(u" | "_s)));
}

void TestSearch::dortmundUniversities()
{
    const QStringList found = titles(u"dortmund"_s, SearchHit::Kind::Organisation);
    QVERIFY(found.contains(u"Technische Universität Dortmund"_s));
    QVERIFY(found.contains(u"Fachhochschule Dortmund"_s));
}

void TestSearch::ranksPrefixBeforeContains()
{
    const QList<SearchHit> hits = Search(m_t->db()).run(u"fach"_s, 20).value();
    QList<int> ranks;
    for (const SearchHit& h : hits) {
        if (h.kind == SearchHit::Kind::Organisation) {
            ranks << h.rank;
        }
    }
    QVERIFY(!ranks.isEmpty());
    QCOMPARE(ranks.first(), 0); // "Fachhochschule Dortmund" starts with it
    QVERIFY(std::is_sorted(ranks.cbegin(), ranks.cend()));
}

void TestSearch::groupsByKindAndLimits()
{
    const QList<SearchHit> hits = Search(m_t->db()).run(u"ruhr"_s, 3).value();
    QMap<int, int> perKind;
    int lastKind = -1;
    for (const SearchHit& h : hits) {
        QVERIFY(int(h.kind) >= lastKind); // grouped, in kind order
        lastKind = int(h.kind);
        ++perKind[int(h.kind)];
    }
    for (int count : perKind) {
        QVERIFY(count <= 3);
    }
    QVERIFY(perKind.value(int(SearchHit::Kind::Organisation)) > 0);
    QVERIFY(perKind.value(int(SearchHit::Kind::Event)) > 0);
    // One or two letters look for names only (every activity has words starting with "e").
    for (const SearchHit& h : Search(m_t->db()).run(u"e"_s, 3).value()) {
        QVERIFY(h.kind == SearchHit::Kind::Organisation || h.kind == SearchHit::Kind::Person);
    }
}

void TestSearch::emptyAndOddInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("spaces") << u"   "_s;
    QTest::addRow("quotes") << u"\"Tü"_s;
    QTest::addRow("fts syntax") << u"name: OR NEAR(*"_s;
    QTest::addRow("percent") << u"100%_x"_s;
    QTest::addRow("sql") << u"'; DROP TABLE persons; --"_s;
}

void TestSearch::emptyAndOddInput()
{
    QFETCH(QString, text);
    const QList<SearchHit> hits = Search(m_t->db()).run(text).value();
    Q_UNUSED(hits);
    // Nothing broke: the tables are still there and searchable.
    QVERIFY(!titles(u"Müller"_s, SearchHit::Kind::Person).isEmpty());
}

void TestSearch::updatesAfterEdit()
{
    PersonRepository persons(m_t->db());
    auto p = persons.list({}, 1).value().first();
    p.lastName = u"Zwölfhausen"_s;
    QVERIFY(persons.save(p, nullptr));
    QVERIFY(!titles(u"zwoelf"_s, SearchHit::Kind::Person).isEmpty());
    QVERIFY(!titles(u"wölfha"_s, SearchHit::Kind::Person).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
