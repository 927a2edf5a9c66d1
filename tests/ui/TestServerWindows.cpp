// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Two offices' windows on one server database (PostgreSQL, the CTest fixture "postgresql"): what one
// saves appears in the other's list without F5, and a save over a record the other changed meanwhile
// is refused, nothing overwritten.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "organisations/OrganisationFilter.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

class TestServerWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveInOneOfficeAppearsInTheOther();
    void conflictingSaveIsRefused();

private:
    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_bochum;
};

void TestServerWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(TempDatabase::onServer());
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(loadDemo(m_t->db()));
    m_bochum = std::make_unique<MainWindow>();
    m_bochum->resize(1400, 860);
    m_bochum->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bochum.get()));
    QVERIFY(m_bochum->openDatabase(m_t->path(), false));
    QVERIFY(m_bochum->windowTitle().contains(u"postgresql://"_s));
}

void TestServerWindows::cleanupTestCase()
{
    m_bochum.reset();
    m_t.reset();
}

void TestServerWindows::saveInOneOfficeAppearsInTheOther()
{
    OrganisationsPage* page = m_bochum->organisationsPage();
    m_bochum->showPage(1);
    auto* filter = page->findChild<QLineEdit*>(u"organisationFilterText"_s);
    QVERIFY(filter);
    type(filter, u"Phoenixsee"_s);
    QTRY_COMPARE(page->view()->model()->rowCount(), 0);
    QTest::qWait(1500); // the filter's own reload is done: what comes now comes from the notification

    // Dortmund's program (here: a connection of its own, as another PC has) saves a company.
    Organisation o;
    o.name = u"Phoenixsee Laseroptik GmbH"_s;
    o.city = u"Dortmund"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_t->db()).save(o, &error), qPrintable(error));

    // Bochum's window shows it without anyone pressing F5.
    QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), 1, 10000);
    QCOMPARE(page->view()->model()->index(0, 0).data().toString(), o.name);
    saveScreenshot(m_bochum.get(), u"server-two-offices"_s);
    filter->clear();
}

void TestServerWindows::conflictingSaveIsRefused()
{
    // Both offices loaded the same company; Dortmund saves first, Bochum's save over the old version
    // is refused and Dortmund's change stays.
    OrganisationFilter f;
    f.text = u"Phoenixsee"_s;
    const auto listed = OrganisationRepository(m_t->db()).list(f);
    QVERIFY(listed && listed->size() == 1);
    Organisation dortmund = listed->first();
    Organisation bochum = listed->first();
    dortmund.phone = u"+49 231 555 0100"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_t->db()).save(dortmund, &error), qPrintable(error));
    bochum.notes = u"Besuch in Bochum vereinbart"_s;
    bool conflict = false;
    QVERIFY(!OrganisationRepository(m_bochum->session().db()).save(bochum, &error, &conflict));
    QVERIFY(conflict);
    QVERIFY2(error.contains(u"Nothing was overwritten"_s), qPrintable(error));
    const auto stored = OrganisationRepository(m_t->db()).find(dortmund.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->phone, dortmund.phone);
    QVERIFY(stored->notes.isEmpty());
}

QTEST_MAIN(TestServerWindows)
#include "TestServerWindows.moc"
