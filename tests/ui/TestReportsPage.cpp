// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page and the project settings, driven from the keyboard as a user would.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "organisations/OrganisationsPage.h"
#include "reports/ReportsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

namespace {

QTreeWidgetItem* itemWithCode(QTreeWidget* tree, const QString& code)
{
    const auto found = tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 2);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageBuildsTheReportWhenShown();
    void periodChoiceSetsTheDates();
    void activitiesOutsideTheApprovedPeriodAreNoted();
    void aNumberOpensTheRowsBehindIt();
    void exportsWriteTheFiles_data();
    void exportsWriteTheFiles();
    void projectSettingsAreChecked();
    void partnerCodesInTheProjectDialog();
    void filedReportButtonsAreOffWithoutFiledReports();
    void fileAReportAndSeeWhatChangedSince();
    void filedReportButtonsFollowTheSelection();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    ReportsPage* m_page = nullptr;
};

void TestReportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_t = std::make_unique<test::TempDatabase>();
    m_window = test::windowOnDemo(*m_t);
    QVERIFY(m_window);
    m_page = m_window->reportsPage();
}

void TestReportsPage::cleanupTestCase()
{
    m_window.reset();
    m_t.reset();
}

void TestReportsPage::pageBuildsTheReportWhenShown()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), m_page);
    QTRY_VERIFY(m_page->report().has_value());
    QTreeWidget* tree = m_page->indicatorTree();
    QVERIFY(tree->topLevelItemCount() >= 5); // enterprises, activities, participants, matches, time
    QTreeWidgetItem* supported = itemWithCode(tree, u"ENT_SUPPORTED"_s);
    QVERIFY(supported);
    QCOMPARE(supported->text(1).toInt(), int(m_page->report()->value(u"ENT_SUPPORTED"_s)));
    QVERIFY(itemWithCode(tree, u"ENT_RESEARCH_COOPERATION"_s));
    QVERIFY(itemWithCode(tree, u"HOURS_TOTAL"_s));
    saveScreenshot(m_window.get(), u"reports-page"_s);
}

void TestReportsPage::periodChoiceSetsTheDates()
{
    auto* choice = m_page->findChild<QComboBox*>(u"periodChoice"_s);
    auto* from = m_page->findChild<QDateEdit*>(u"reportFrom"_s);
    auto* to = m_page->findChild<QDateEdit*>(u"reportTo"_s);
    QVERIFY(choice && from && to);
    const QDate today = time::today();
    QCOMPARE(from->date(), reports::Period::quarterOf(today).from); // the default: the current quarter
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down); // previous quarter
    QCOMPARE(from->date(), reports::Period::previousQuarterOf(today).from);
    QTest::keyClick(choice, Qt::Key_Down); // this year
    QCOMPARE(from->date(), QDate(today.year(), 1, 1));
    QCOMPARE(to->date(), QDate(today.year(), 12, 31));
}

void TestReportsPage::activitiesOutsideTheApprovedPeriodAreNoted()
{
    // The demo's first activity lies two days before its approved period.
    QVERIFY(m_page->build({QDate(2026, 1, 1), QDate(2026, 12, 31)}));
    QCOMPARE(m_page->report()->value(u"EVT_OUTSIDE_APPROVED_PERIOD"_s), 1);
    auto* notes = m_page->findChild<QLabel*>(u"reportNotes"_s);
    QVERIFY(notes->text().contains(u"outside the approved period"_s));
    // An end before the start is refused with a message, the report stays.
    const QString fingerprint = m_page->report()->fingerprint();
    onNextModal([](QWidget* box) {
        auto* dialog = qobject_cast<QDialog*>(box);
        QVERIFY(dialog);
        dialog->accept();
    });
    QVERIFY(!m_page->build({QDate(2026, 12, 31), QDate(2026, 1, 1)}));
    QCOMPARE(m_page->report()->fingerprint(), fingerprint);
    activate(m_window.get());
}

void TestReportsPage::aNumberOpensTheRowsBehindIt()
{
    QTreeWidget* tree = m_page->indicatorTree();
    QTreeWidgetItem* supported = itemWithCode(tree, u"ENT_SUPPORTED"_s);
    QVERIFY(supported);
    tree->setCurrentItem(supported);
    tree->setFocus();
    int rows = -1;
    onNextModal([&](QWidget* modal) {
        auto* list = modal->findChild<QTreeWidget*>(u"indicatorRows"_s);
        QVERIFY(list);
        rows = list->topLevelItemCount();
        saveScreenshot(modal, u"report-rows"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return); // opens the first enterprise's page
    });
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(rows, supported->text(1).toInt());
    QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_window->organisationsPage()));
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
}

void TestReportsPage::exportsWriteTheFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("pdf") << int(reports::Format::Pdf) << u"report.pdf"_s << QByteArray("%PDF-");
    QTest::addRow("xlsx") << int(reports::Format::Xlsx) << u"report.xlsx"_s << QByteArray("PK");
    QTest::addRow("csv") << int(reports::Format::Csv) << u"report.csv"_s
                         << QByteArray("\xEF\xBB\xBF"
                                       "code;label;value");
}

void TestReportsPage::exportsWriteTheFiles()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    const QString path = m_t->folder() + u'/' + name;
    QString error;
    QVERIFY2(m_page->exportTo(path, reports::Format(format), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(start.size()) == start);
}

void TestReportsPage::projectSettingsAreChecked()
{
    auto* action = m_window->findChild<QAction*>(u"projectAction"_s);
    QVERIFY(action);
    bool rejectedFirst = false;
    onNextModal([&](QWidget* modal) {
        auto* name = modal->findChild<QLineEdit*>(u"projectNameLineEdit"_s);
        auto* from = modal->findChild<QDateEdit*>(u"approvedFromDateEdit"_s);
        auto* to = modal->findChild<QDateEdit*>(u"approvedToDateEdit"_s);
        auto* has = modal->findChild<QCheckBox*>(u"hasApprovedPeriodCheckBox"_s);
        QVERIFY(name && from && to && has);
        QVERIFY(has->isChecked()); // the demo has an approved period
        name->selectAll();
        type(name, u"KMUni Förderprojekt"_s);
        // An end before the start: Save keeps the dialog open with the reason beside the field.
        from->setDate(QDate(2026, 7, 1));
        to->setDate(QDate(2026, 6, 30));
        QTest::keyClick(modal, Qt::Key_S, Qt::ControlModifier);
        rejectedFirst = modal->isVisible();
        to->setDate(QDate(2027, 12, 31));
        QTest::keyClick(modal, Qt::Key_S, Qt::ControlModifier);
    });
    action->trigger();
    QVERIFY(rejectedFirst);
    QCOMPARE(m_window->session().project().name, u"KMUni Förderprojekt"_s);
    QCOMPARE(m_window->session().project().approvedTo, QDate(2027, 12, 31));
    activate(m_window.get());
    // The next report carries the new name.
    QVERIFY(m_page->build({QDate(2026, 7, 1), QDate(2026, 12, 31)}));
    QCOMPARE(m_page->report()->project.name, u"KMUni Förderprojekt"_s);
}

void TestReportsPage::partnerCodesInTheProjectDialog()
{
    auto* action = m_window->findChild<QAction*>(u"projectAction"_s);
    QVERIFY(action);
    bool refusedTwice = false;
    onNextModal([&](QWidget* modal) {
        auto* first = modal->findChild<QLineEdit*>(u"partnerCode0"_s);
        auto* second = modal->findChild<QLineEdit*>(u"partnerCode1"_s);
        QVERIFY(first && second);
        QCOMPARE(first->text(), u"BOWE"_s); // the demo's codes, in name order
        // The code of another partner: refused, the dialog stays open.
        first->selectAll();
        type(first, u"ihkdo"_s);
        QCOMPARE(first->text(), u"IHKDO"_s); // typed in capitals
        QTest::keyClick(modal, Qt::Key_S, Qt::ControlModifier);
        refusedTwice = modal->isVisible();
        first->selectAll();
        type(first, u"bo-2"_s); // the validator keeps the hyphen out
        QCOMPARE(first->text(), u"BO2"_s);
        QTest::keyClick(modal, Qt::Key_S, Qt::ControlModifier);
    });
    action->trigger();
    QVERIFY(refusedTwice);
    activate(m_window.get());
    QVERIFY(m_page->build({QDate(2026, 7, 1), QDate(2026, 12, 31)}));
    QVERIFY(m_page->report()->indicator(u"ENT_SUPPORTED_PARTNER_BO2"_s));
    QVERIFY(!m_page->report()->indicator(u"ENT_SUPPORTED_PARTNER_BOWE"_s));
}

// Nothing filed yet: "Show as filed" and "Changes since filing" have nothing to act on.
void TestReportsPage::filedReportButtonsAreOffWithoutFiledReports()
{
    m_window->showPage(6);
    QCOMPARE(m_window->currentPage(), m_page);
    QCOMPARE(m_page->filedList()->topLevelItemCount(), 0);
    auto* show = m_page->findChild<QPushButton*>(u"showFiledButton"_s);
    auto* changes = m_page->findChild<QPushButton*>(u"filedChangesButton"_s);
    QVERIFY(show && changes);
    QVERIFY(!show->isEnabled());
    QVERIFY(!changes->isEnabled());
}

void TestReportsPage::fileAReportAndSeeWhatChangedSince()
{
    const reports::Period period{QDate(2026, 7, 1), QDate(2026, 12, 31)};
    QVERIFY(m_page->build(period));
    QVERIFY(m_page->findChild<QPushButton*>(u"fileReportButton"_s)->isEnabled());
    QVERIFY(m_page->fileReport(period, u"Zwischenbericht 1"_s));
    QCOMPARE(m_page->filedList()->topLevelItemCount(), 1);
    QCOMPARE(m_page->filedList()->topLevelItem(0)->text(0), u"Zwischenbericht 1"_s);
    const Id filed = m_page->shownFiled();
    QVERIFY(filed > 0);
    QVERIFY(!m_page->findChild<QPushButton*>(u"printReportButton"_s)->isEnabled()); // printed from its PDF
    const QString first = m_t->folder() + u"/filed-1.xlsx"_s;
    QString error;
    QVERIFY2(m_page->exportTo(first, reports::Format::Xlsx, &error), qPrintable(error));

    // An activity logged afterwards in the period.
    Event e;
    e.type = u"phone_call"_s;
    e.start = time::fromBerlin(QDate(2026, 9, 15), QTime(10, 0));
    e.durationMin = 15;
    e.timeSpentMin = 20;
    e.participants = {Participant{Participant::Kind::Organisation, 1, {}, {}, {}}};
    QVERIFY2(EventRepository(m_window->session().db()).save(e, &error), qPrintable(error));

    // The filed report exports the same bytes; the report of the period now says what changed.
    QVERIFY(m_page->showFiled(filed));
    const QString second = m_t->folder() + u"/filed-2.xlsx"_s;
    QVERIFY2(m_page->exportTo(second, reports::Format::Xlsx, &error), qPrintable(error));
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    QVERIFY(m_page->build(period));
    QCOMPARE(m_page->shownFiled(), Id(0));
    auto* since = m_page->findChild<QLabel*>(u"sinceFiled"_s);
    QVERIFY(since->isVisible());
    QVERIFY2(since->text().contains(u"Zwischenbericht 1"_s) && since->text().contains(u"changes:"_s),
        qPrintable(since->text()));
    const QStringList changes = m_page->changesText(filed);
    QVERIFY2(!changes.filter(u"EVT_TOTAL"_s).isEmpty(), qPrintable(changes.join(u'\n')));
    QVERIFY(!changes.filter(u"logged"_s).isEmpty());
}

// With filed reports, the buttons act on the selected one, and are off while none is selected.
void TestReportsPage::filedReportButtonsFollowTheSelection()
{
    QTreeWidget* list = m_page->filedList();
    QVERIFY(list->topLevelItemCount() > 0);
    auto* show = m_page->findChild<QPushButton*>(u"showFiledButton"_s);
    auto* changes = m_page->findChild<QPushButton*>(u"filedChangesButton"_s);
    list->clearSelection();
    QVERIFY(!show->isEnabled());
    QVERIFY(!changes->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(show->isEnabled());
    QVERIFY(changes->isEnabled());
    QVERIFY(m_page->build({QDate(2026, 7, 1), QDate(2026, 12, 31)}));
    QCOMPARE(m_page->shownFiled(), Id(0));
    show->click();
    QCOMPARE(m_page->shownFiled(), list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong());
}

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
