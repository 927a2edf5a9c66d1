// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "db/SharedReader.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"
#include "models/ListModels.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestListModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyModelPassesTheTester();
    void countsMatchRepositories();
    void pagesThroughLargeLists();
    void jumpsAndScrollsBack();
    void sortsInGermanOrder();
    void personNamesPutTheTitleFirst_data();
    void personNamesPutTheTitleFirst();
    void filterResetsAndCounts();
    void locatesARow();
    void keepsOldRowsWhileLoading();
    void marksActivitiesOutsideTheApprovedPeriod();
    void listsOfAServerShareOneConnection();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    QStringList m_sortedNames; // all organisations in German order
};

void TestListModels::initTestCase()
{
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::loadDemo(m_t->db()));
    OrganisationRepository repo(m_t->db());
    Transaction tx(m_t->db());
    const QStringList stems = {u"Äquator"_s, u"Zeche"_s, u"Özgür"_s, u"Oberhausen"_s, u"Müller"_s, u"Mueller"_s};
    for (int i = 0; i < 1000; ++i) {
        Organisation o;
        o.name = u"%1 Technik %2"_s.arg(stems[i % stems.size()]).arg(i, 4, 10, QChar(u'0'));
        o.city = i % 2 ? u"Bochum"_s : u"Dortmund"_s;
        o.sector = i % 3 ? u"it"_s : u"logistics"_s;
        QVERIFY(repo.save(o, nullptr));
    }
    QVERIFY(tx.commit());
    for (const Organisation& o : repo.list({}).value()) {
        m_sortedNames << o.displayName();
    }
}

void TestListModels::cleanupTestCase()
{
    m_t.reset();
}

void TestListModels::everyModelPassesTheTester()
{
    std::vector<std::unique_ptr<PagedListModel>> models;
    models.emplace_back(std::make_unique<OrganisationListModel>(m_t->db()));
    models.emplace_back(std::make_unique<PersonListModel>(m_t->db()));
    models.emplace_back(std::make_unique<EventListModel>(m_t->db()));
    models.emplace_back(std::make_unique<MatchListModel>(m_t->db()));
    models.emplace_back(std::make_unique<FollowUpListModel>(m_t->db()));
    for (auto& model : models) {
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->waitForLoaded());
        QVERIFY(model->rowCount() > 0);
        // Touch every row, so every block is fetched and announced through dataChanged.
        for (int row = 0; row < model->rowCount(); ++row) {
            model->data(model->index(row, 0));
        }
        QTRY_VERIFY(model->idAt(model->rowCount() - 1) > 0);
        for (int c = 0; c < model->columnCount(); ++c) {
            QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
        }
    }
}

void TestListModels::countsMatchRepositories()
{
    PersonListModel persons(m_t->db());
    QVERIFY(persons.waitForLoaded());
    QCOMPARE(persons.rowCount(), int(PersonRepository(m_t->db()).list({}).value().size()));
    EventListModel events(m_t->db());
    QVERIFY(events.waitForLoaded());
    QCOMPARE(events.rowCount(), EventRepository(m_t->db()).count({}).value());
}

void TestListModels::personNamesPutTheTitleFirst_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("shown");
    QTest::addRow("title and given name") << u"Prof. Dr."_s << u"Hendrik"_s << u"Zzaustermann, Prof. Dr. Hendrik"_s;
    QTest::addRow("given name only") << QString() << u"Hendrik"_s << u"Zzaustermann, Hendrik"_s;
    QTest::addRow("title only") << u"Dr."_s << QString() << u"Zzaustermann, Dr."_s;
    QTest::addRow("last name only") << QString() << QString() << u"Zzaustermann"_s;
}

// As the glossary says: academic titles before the name, also where the list is sorted by last name.
void TestListModels::personNamesPutTheTitleFirst()
{
    QFETCH(QString, title);
    QFETCH(QString, first);
    QFETCH(QString, shown);
    test::TempDatabase t;
    Person p;
    p.title = title;
    p.firstName = first;
    p.lastName = u"Zzaustermann"_s;
    QVERIFY(test::saved<PersonRepository>(t.db(), p) > 0);
    PersonListModel model(t.db());
    QVERIFY(model.waitForLoaded());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, PersonListModel::Name)).toString(), shown);
}

void TestListModels::pagesThroughLargeLists()
{
    OrganisationListModel model(m_t->db());
    QVERIFY(model.waitForLoaded());
    QCOMPARE(model.rowCount(), int(m_sortedNames.size())); // the scroll bar knows the total at once
    QVERIFY(model.rowCount() > 4 * PagedListModel::blockSize);
    QCOMPARE(model.data(model.index(0, OrganisationListModel::Name)).toString(), m_sortedNames.first());
    // Sequential scrolling: each block continues from the previous one (keyset paging).
    for (int row = 0; row < model.rowCount(); row += 50) {
        const QModelIndex index = model.index(row, OrganisationListModel::Name);
        QTRY_COMPARE(model.data(index).toString(), m_sortedNames.at(row));
    }
}

void TestListModels::jumpsAndScrollsBack()
{
    OrganisationListModel model(m_t->db());
    QVERIFY(model.waitForLoaded());
    const int last = model.rowCount() - 1;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.data(model.index(last, 0)).isValid()); // not loaded yet: placeholder
    QTRY_COMPARE(model.data(model.index(last, 0)).toString(), m_sortedNames.at(last));
    QVERIFY(changed.count() >= 1);
    // The block before the last one is fetched backwards from it.
    const int row = last - PagedListModel::blockSize;
    QTRY_COMPARE(model.data(model.index(row, 0)).toString(), m_sortedNames.at(row));
}

void TestListModels::sortsInGermanOrder()
{
    OrganisationListModel model(m_t->db());
    model.sort(OrganisationListModel::Name, Qt::DescendingOrder);
    QVERIFY(model.waitForLoaded());
    QCOMPARE(model.data(model.index(0, 0)).toString(), m_sortedNames.last());
    // Ö sorts with O, not after Z.
    const qsizetype oberhausen = m_sortedNames.indexOf(u"Oberhausen Technik 0003"_s);
    const qsizetype oezguer = m_sortedNames.indexOf(u"Özgür Technik 0002"_s);
    const qsizetype zeche = m_sortedNames.indexOf(u"Zeche Technik 0001"_s);
    QVERIFY(oberhausen >= 0 && oezguer >= 0 && zeche >= 0);
    QVERIFY(oberhausen < oezguer && oezguer < zeche);
    model.sort(OrganisationListModel::City, Qt::AscendingOrder);
    QVERIFY(model.waitForLoaded());
    QCOMPARE(model.data(model.index(0, OrganisationListModel::City)).toString(), u"Bochum"_s);
}

void TestListModels::filterResetsAndCounts()
{
    OrganisationListModel model(m_t->db());
    QVERIFY(model.waitForLoaded());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    OrganisationFilter f;
    f.text = u"müller"_s; // also finds Mueller
    model.setFilter(f);
    QVERIFY(model.waitForLoaded());
    QCOMPARE(reset.count(), 1);
    const int expected = int(OrganisationRepository(m_t->db()).list(f).value().size());
    QCOMPARE(model.rowCount(), expected);
    QVERIFY2(expected >= 332, qPrintable(QString::number(expected))); // 166 Müller + 166 Mueller
    f = {};
    f.kind = u"university"_s;
    model.setFilter(f);
    QVERIFY(model.waitForLoaded());
    QVERIFY(model.rowCount() >= 5 && model.rowCount() < 20);
    f.kind = u"no such kind"_s;
    model.setFilter(f);
    QVERIFY(model.waitForLoaded());
    QCOMPARE(model.rowCount(), 0);
}

void TestListModels::locatesARow()
{
    OrganisationListModel model(m_t->db());
    QVERIFY(model.waitForLoaded());
    const auto target = OrganisationRepository(m_t->db()).list({}).value().at(700);
    QSignalSpy located(&model, &PagedListModel::located);
    model.locate(target.id);
    QTRY_COMPARE(located.count(), 1);
    QCOMPARE(located.first().at(0).toLongLong(), target.id);
    QCOMPARE(located.first().at(1).toInt(), 700);
    model.locate(999999);
    QTRY_COMPARE(located.count(), 2);
    QCOMPARE(located.at(1).at(1).toInt(), -1);
}

void TestListModels::keepsOldRowsWhileLoading()
{
    OrganisationListModel model(m_t->db());
    QVERIFY(model.waitForLoaded());
    const int before = model.rowCount();
    OrganisationFilter f;
    f.city = u"Bochum"_s;
    model.setFilter(f); // asynchronous: the old rows stay until the new ones are in
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), before);
    QVERIFY(model.waitForLoaded());
    QVERIFY(model.rowCount() < before);
}

void TestListModels::marksActivitiesOutsideTheApprovedPeriod()
{
    EventListModel model(m_t->db());
    model.sort(EventListModel::Start, Qt::AscendingOrder);
    QVERIFY(model.waitForLoaded());
    QTRY_VERIFY(model.idAt(0) > 0);
    const QModelIndex first = model.index(0, EventListModel::Subject);
    const QModelIndex last = model.index(model.rowCount() - 1, EventListModel::Subject);
    QTRY_VERIFY(model.data(last).isValid());
    const auto emphasis = [](const QModelIndex& index) {
        return index.data(PagedListModel::EmphasisRole).value<PagedListModel::Emphasis>();
    };
    QCOMPARE(emphasis(first), PagedListModel::Emphasis::None); // no approved period: nothing marked
    // The demo's first activity (148 days before 2026-11-26) lies before its approved period.
    const QDate firstDay = QDate(2026, 11, 26).addDays(-148);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setApprovedPeriod(firstDay.addDays(1), firstDay.addMonths(18));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(emphasis(first), PagedListModel::Emphasis::OutsidePeriod);
    QVERIFY(model.data(first, Qt::ToolTipRole).toString().contains(u"approved period"_s));
    QCOMPARE(emphasis(last), PagedListModel::Emphasis::None);
    model.setApprovedPeriod({}, {});
    QCOMPARE(emphasis(first), PagedListModel::Emphasis::None);
}

// On a file each list reads on a connection of its own; on a server the window's lists share one, so
// that opening a list does not wait for a new backend and its login (about 45 ms measured locally).
void TestListModels::listsOfAServerShareOneConnection()
{
    Database& db = m_t->db();
    std::vector<std::unique_ptr<PagedListModel>> models;
    models.emplace_back(std::make_unique<OrganisationListModel>(db));
    models.emplace_back(std::make_unique<PersonListModel>(db));
    models.emplace_back(std::make_unique<EventListModel>(db));
    models.emplace_back(std::make_unique<MatchListModel>(db));
    for (auto& model : models) {
        QVERIFY(model->waitForLoaded());
        QVERIFY(model->rowCount() > 0);
    }
    if (!db.isServer()) {
        QVERIFY(!db.sharedReader());
        return;
    }
    QCOMPARE(db.sharedReader().get(), db.sharedReader().get());
    // The window's connection and the lists' one; connections closed a moment ago may take a moment
    // to leave the server's table.
    const auto backends = [&db] {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                      "AND backend_type = 'client backend'"_s)
                && q.next()
            ? q.value(0).toInt()
            : -1;
    };
    QTRY_COMPARE(backends(), 2);
    // Lists that go while their requests wait leave the others' requests and the connection alone.
    for (int i = 0; i < 20; ++i) {
        OrganisationListModel gone(db);
        gone.refresh();
        models[i % models.size()]->refresh();
    }
    for (auto& model : models) {
        QVERIFY(model->waitForLoaded());
        QVERIFY(model->rowCount() > 0);
    }
    QCOMPARE(backends(), 2);
}

QTEST_MAIN(TestListModels)
#include "TestListModels.moc"
