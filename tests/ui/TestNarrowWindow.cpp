// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on half a screen or a small notebook (UI.md: "the detail opens full width with Esc
// back on narrow ones"): list and detail take turns, and neither the window nor a page asks for
// more width than the screen has. Set KMUNI_SCREENSHOT_DIR to save pictures.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "events/EventsPage.h"
#include "events/FollowUpsPage.h"
#include "matches/MatchBoard.h"
#include "matches/MatchDetail.h"
#include "matches/MatchesPage.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"
#include "persons/PersonsPage.h"
#include "search/SearchField.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

class TestNarrowWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyListPageFitsHalfAScreen_data();
    void everyListPageFitsHalfAScreen();
    void clickOpensTheDetailEscGoesBack();
    void enterOpensTheDetail();
    void searchResultOpensTheDetail();
    void boardTakesTurnsWithTheDetail();
    void otherPagesFitHalfAScreen_data();
    void otherPagesFitHalfAScreen();
    void overviewListsShowEveryColumn_data();
    void overviewListsShowEveryColumn();
    void mainListsShowEveryColumn();
    void filterChoicesShowTheirTextInGerman();
    void navigationShowsIconsOnASmallNotebook();
    void wideAgainShowsBothAsBefore();
    void aNarrowWindowComesBackNarrow();

private:
    /** The list page at @p index of the navigation, shown and narrow; null when it is not. */
    ListPage* show(int index);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestNarrowWindow::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    m_window = windowOnDemo(*m_t);
    QVERIFY(m_window);
}

void TestNarrowWindow::cleanupTestCase()
{
    m_window.reset();
    m_t.reset();
}

void TestNarrowWindow::init()
{
    // Half of a 1920 px screen, less the window frame.
    m_window->resize(940, 760);
    QTRY_COMPARE(m_window->width(), 940);
}

ListPage* TestNarrowWindow::show(int index)
{
    m_window->showPage(index);
    auto* page = qobject_cast<ListPage*>(m_window->currentPage());
    // Laid out (and so narrow) once the window has handled the switch.
    return page && QTest::qWaitFor([page] { return page->isNarrow(); }, 2000) ? page : nullptr;
}

void TestNarrowWindow::everyListPageFitsHalfAScreen_data()
{
    QTest::addColumn<int>("index");
    QTest::addRow("organisations") << 1;
    QTest::addRow("contact persons") << 2;
    QTest::addRow("activities") << 3;
    QTest::addRow("matches") << 4;
    QTest::addRow("follow-ups") << 5;
}

void TestNarrowWindow::everyListPageFitsHalfAScreen()
{
    QFETCH(int, index);
    ListPage* page = show(index);
    QVERIFY(page);
    QVERIFY(page->isNarrow());
    // The list fills the page; the window did not grow past what it was given.
    QVERIFY(page->view()->isVisible());
    QVERIFY(!page->isDetailOpen());
    QCOMPARE(m_window->width(), 940);
    QVERIFY2(m_window->minimumSizeHint().width() <= 940,
        qPrintable(u"the window asks for %1 px"_s.arg(m_window->minimumSizeHint().width())));
    QVERIFY2(page->geometry().right() < m_window->centralWidget()->width(), "the page is cut on the right");
    saveScreenshot(m_window.get(), u"narrow-list-%1"_s.arg(index));
}

void TestNarrowWindow::clickOpensTheDetailEscGoesBack()
{
    auto* page = static_cast<OrganisationsPage*>(show(1));
    QVERIFY(page);
    QTreeView* view = page->view();
    QTRY_VERIFY(view->model() && view->model()->rowCount() > 2);
    view->setFocus();
    const QModelIndex second = view->model()->index(1, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QVERIFY(page->isDetailOpen());
    QVERIFY(!view->isVisible());
    QVERIFY(page->detail()->isVisible());
    QTRY_VERIFY(page->detail()->organisation());
    QCOMPARE(page->detail()->organisation()->id, page->currentId());
    // The detail has the whole page, less the way back.
    QTRY_VERIFY(page->detail()->width() > page->width() - 40);
    QVERIFY(page->backAction()->isEnabled());
    saveScreenshot(m_window.get(), u"narrow-detail"_s);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!page->isDetailOpen());
    QVERIFY(view->isVisible());
    QVERIFY(!page->detail()->isVisible());
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().row(), 1); // the row the user came from
    QVERIFY(!page->backAction()->isEnabled());
}

void TestNarrowWindow::enterOpensTheDetail()
{
    ListPage* page = show(2);
    QVERIFY(page);
    QTreeView* view = page->view();
    QTRY_VERIFY(view->model() && view->model()->rowCount() > 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down); // arrows only move in the list
    QVERIFY(!page->isDetailOpen());
    QTest::keyClick(view, Qt::Key_Return); // Enter opens, where it edits side by side
    QVERIFY(page->isDetailOpen());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // Back on this page from another one (Ctrl+1 … Ctrl+7): the focus where Esc works.
    m_window->searchField()->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_window->searchField());
    page->focusMain();
    QVERIFY(page->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(QApplication::focusWidget()->isVisible()); // not the hidden list
    page->backAction()->trigger();
    QVERIFY(!page->isDetailOpen());
}

void TestNarrowWindow::searchResultOpensTheDetail()
{
    auto* page = static_cast<OrganisationsPage*>(show(1));
    QVERIFY(page);
    OrganisationFilter f;
    f.text = u"Technische Universität Dortmund"_s;
    const auto found = OrganisationRepository(m_window->session().db()).list(f, 1);
    QVERIFY(found && found->size() == 1);
    m_window->showPage(0);
    m_window->session().show(EntityKind::Organisation, found->first().id);
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY(page->isDetailOpen());
    QTRY_VERIFY(page->detail()->organisation() && page->detail()->organisation()->id == found->first().id);
    page->backAction()->trigger();
}

void TestNarrowWindow::boardTakesTurnsWithTheDetail()
{
    auto* page = static_cast<MatchesPage*>(show(4));
    QVERIFY(page);
    page->boardAction()->trigger();
    QVERIFY(page->isBoardShown());
    QVERIFY(page->board()->isVisible());
    QVERIFY(!page->detail()->isVisible());
    // Arrows move on the board without leaving it; a click opens the card's detail.
    QListWidget* column = nullptr;
    for (QListWidget* c : page->board()->columns()) {
        if (c->count() > 0 && !column) {
            column = c;
        }
    }
    QVERIFY(column);
    column->setCurrentRow(0);
    QVERIFY(!page->isDetailOpen());
    QTest::mouseClick(column->viewport(), Qt::LeftButton, {}, column->visualItemRect(column->item(0)).center());
    QVERIFY(page->isDetailOpen());
    QVERIFY(!page->board()->isVisible());
    QTRY_VERIFY(page->detail()->isVisible() && page->detail()->match());
    page->backAction()->trigger();
    QVERIFY(page->board()->isVisible());
    // Back to the list while narrow: the list, not the detail, and never both.
    page->boardAction()->trigger();
    QVERIFY(!page->isBoardShown());
    QVERIFY(page->view()->isVisible());
    QVERIFY(!page->detail()->isVisible());
}

void TestNarrowWindow::otherPagesFitHalfAScreen_data()
{
    QTest::addColumn<int>("index");
    QTest::addRow("overview") << 0;
    QTest::addRow("reports") << 6;
}

void TestNarrowWindow::otherPagesFitHalfAScreen()
{
    QFETCH(int, index);
    m_window->showPage(index);
    QWidget* page = m_window->currentPage();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(m_window->width(), 940);
    QVERIFY2(m_window->minimumSizeHint().width() <= 940,
        qPrintable(u"the window asks for %1 px"_s.arg(m_window->minimumSizeHint().width())));
    // Every button whole on the page (the report's export buttons go to a second row).
    for (const QPushButton* button : page->findChildren<QPushButton*>()) {
        if (button->isVisible()) {
            const QRect rect(button->mapTo(page, QPoint(0, 0)), button->size());
            QVERIFY2(page->rect().contains(rect), qPrintable(button->text()));
        }
    }
    saveScreenshot(m_window.get(), u"narrow-page-%1"_s.arg(index));
}

void TestNarrowWindow::overviewListsShowEveryColumn_data()
{
    QTest::addColumn<int>("width");
    QTest::addRow("half a screen") << 940;
    QTest::addRow("default") << 1400;
}

void TestNarrowWindow::overviewListsShowEveryColumn()
{
    // The overview's lists show every column without scrolling sideways; the widest give way first,
    // so that dates stay whole while long names are shortened (their tool tips keep them).
    QFETCH(int, width);
    m_window->resize(width, 760);
    QTRY_COMPARE(m_window->width(), width);
    m_window->showPage(0);
    QTRY_VERIFY(m_window->currentPage()->isVisible());
    // Side by side in the default window, one below the other on half a screen.
    const auto* due = m_window->currentPage()->findChild<QTreeWidget*>(u"dueFollowUps"_s);
    const auto* latest = m_window->currentPage()->findChild<QTreeWidget*>(u"latestActivities"_s);
    QVERIFY(due && latest);
    const auto top = [](const QWidget* w) { return w->mapTo(w->window(), QPoint(0, 0)).y(); };
    if (width < 1000) {
        QTRY_VERIFY(top(latest) > top(due) + due->height());
    } else {
        QTRY_COMPARE(top(latest), top(due));
    }
    const QStringList names{u"dueFollowUps"_s, u"latestActivities"_s, u"stalledMatches"_s};
    for (const QString& name : names) {
        auto* list = m_window->currentPage()->findChild<QTreeWidget*>(name);
        QVERIFY2(list && list->topLevelItemCount() > 0, qPrintable(name));
        QTRY_VERIFY2(!list->horizontalScrollBar()->isVisible(), qPrintable(name));
        const QHeaderView* header = list->header();
        QVERIFY2(header->length() <= list->viewport()->width(), qPrintable(name));
        for (int c = 0; c < list->columnCount(); ++c) {
            QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(list->headerItem()->text(c)),
                qPrintable(u"%1: column %2 narrower than its header"_s.arg(name).arg(c)));
        }
        const int dateColumn = name == u"stalledMatches"_s ? 3 : 0;
        const QTreeWidgetItem* first = list->topLevelItem(0);
        QVERIFY2(header->sectionSize(dateColumn) >= list->fontMetrics().horizontalAdvance(first->text(dateColumn))
                    + (first->icon(dateColumn).isNull() ? 0 : 16),
            qPrintable(u"%1: the date %2 is cut"_s.arg(name, first->text(dateColumn))));
    }
    saveScreenshot(m_window.get(), u"overview-%1"_s.arg(width));
}

void TestNarrowWindow::mainListsShowEveryColumn()
{
    // Until the user sets a column's width, the five lists show all their columns in the default
    // window: no scrolling sideways, no column narrower than its header, a date and time whole.
    static const QStringList names{u"organisations"_s, u"persons"_s, u"events"_s, u"matches"_s, u"followups"_s};
    QSettings settings;
    for (const QString& name : names) {
        settings.remove(u"pages/"_s + name + u"/header"_s); // as on a first start
        settings.remove(u"pages/"_s + name + u"/splitter"_s);
    }
    test::TempDatabase other; // a second window on the same file would ask first
    auto window = test::windowOnDemo(other);
    QVERIFY(window);
    window->resize(1400, 760);
    QTRY_COMPARE(window->width(), 1400);
    for (int page = 1; page <= 5; ++page) {
        window->showPage(page);
        QTRY_VERIFY(window->currentPage()->isVisible());
        auto* list = window->currentPage()->findChild<QTreeView*>(names[page - 1] + u"List"_s);
        QVERIFY2(list && list->model(), qPrintable(names[page - 1]));
        QTRY_VERIFY2(list->model()->rowCount() > 0, qPrintable(list->objectName()));
        QTRY_VERIFY2(!list->horizontalScrollBar()->isVisible(), qPrintable(list->objectName()));
        const QHeaderView* header = list->header();
        for (int c = 0; c < header->count(); ++c) {
            const QString title = list->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(title),
                qPrintable(u"%1: column %2 narrower than its header"_s.arg(list->objectName(), title)));
        }
        if (page == 3) { // the activities: their date and time
            const QString first = list->model()->index(0, 0).data().toString();
            QVERIFY2(header->sectionSize(0) >= list->fontMetrics().horizontalAdvance(first), qPrintable(first));
        }
    }
    // Started again in a narrower window: the widths were the program's, so they fit again.
    window->close(); // saves the widths, as a user's closing does
    QVERIFY(QSettings().contains(u"pages/organisations/header"_s));
    window.reset();
    window = test::windowOn(other.path());
    QVERIFY(window);
    window->resize(1100, 760);
    QTRY_COMPARE(window->width(), 1100);
    window->showPage(1);
    auto* list = window->currentPage()->findChild<QTreeView*>(u"organisationsList"_s);
    QVERIFY(list);
    QTRY_VERIFY(list->model() && list->model()->rowCount() > 0);
    QTRY_VERIFY(!list->horizontalScrollBar()->isVisible());
}

void TestNarrowWindow::filterChoicesShowTheirTextInGerman()
{
    // The filters above each list show what they are set to whole ("Alle Mitarbeiter/innen", not
    // "Alle Mitarbeiter/i"), in the default window and in German, the longer language.
    const test::German german(QStringLiteral(KMUNI_DE_QM));
    QVERIFY2(german.loaded(), KMUNI_DE_QM);
    test::TempDatabase other; // a second window on the same file would ask first
    const auto window = test::windowOnDemo(other);
    QVERIFY(window);
    window->resize(1400, 860);
    for (int index = 1; index <= 5; ++index) {
        window->showPage(index);
        QWidget* page = window->currentPage();
        QTRY_VERIFY(page->isVisible());
        for (const QComboBox* combo : page->findChildren<QComboBox*>()) {
            if (!combo->isVisible()) {
                continue;
            }
            QVERIFY2(test::showsWhole(combo, combo->currentText()),
                qPrintable(u"page %1: \"%2\" in %3 px"_s.arg(index).arg(combo->currentText()).arg(combo->width())));
        }
    }
}

void TestNarrowWindow::navigationShowsIconsOnASmallNotebook()
{
    // Half of a 1366 px notebook screen, or a little more: the navigation keeps its icons (names in
    // tooltips and for screen readers), the page keeps its room.
    auto* navigation = m_window->findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation);
    QVERIFY(!m_window->isNavigationCompact());
    QCOMPARE(navigation->item(1)->text(), m_window->organisationsPage()->title());
    // Dragged narrower: first the names go (the window could not get narrower with them), then
    // the window follows.
    m_window->resize(760, 700);
    QTRY_VERIFY(m_window->isNavigationCompact());
    QTRY_VERIFY(m_window->minimumWidth() <= 760); // the window's new minimum, once its layouts have run
    m_window->resize(760, 700);
    QTRY_COMPARE(m_window->width(), 760);
    QVERIFY(m_window->isNavigationCompact());
    QVERIFY(navigation->width() < 60);
    for (int i = 0; i < navigation->count(); ++i) {
        QVERIFY(navigation->item(i)->text().isEmpty());
        QVERIFY(!navigation->item(i)->toolTip().isEmpty());
        QVERIFY(!navigation->item(i)->data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    for (const int index : {1, 4, 6}) {
        m_window->showPage(index);
        QWidget* page = m_window->currentPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(m_window->width(), 760);
        QVERIFY2(page->width() >= page->minimumSizeHint().width(),
            qPrintable(u"page %1: %2 of %3 px"_s.arg(index).arg(page->width()).arg(page->minimumSizeHint().width())));
        saveScreenshot(m_window.get(), u"notebook-page-%1"_s.arg(index));
    }
    m_window->resize(1400, 860);
    QTRY_VERIFY(!m_window->isNavigationCompact());
    QCOMPARE(navigation->item(1)->text(), m_window->organisationsPage()->title());
    QVERIFY(navigation->width() >= 170);
}

void TestNarrowWindow::wideAgainShowsBothAsBefore()
{
    ListPage* page = show(1);
    QVERIFY(page);
    m_window->resize(1400, 860);
    QTRY_VERIFY(!page->isNarrow());
    QVERIFY(page->view()->isVisible());
    auto* organisations = static_cast<OrganisationsPage*>(page);
    QVERIFY(organisations->detail()->isVisible());
    QVERIFY(!page->backAction()->isEnabled());
    // Side by side as before: neither pane squeezed.
    QVERIFY(page->view()->width() > 400);
    QVERIFY(organisations->detail()->width() > 400);
}

void TestNarrowWindow::aNarrowWindowComesBackNarrow()
{
    // Made narrow and closed: the next start restores that width, not the wider minimum the window
    // has while the navigation shows its words.
    m_window->resize(760, 700);
    QTRY_VERIFY(m_window->isNavigationCompact());
    QTRY_VERIFY(m_window->minimumWidth() <= 760);
    m_window->resize(760, 700);
    QTRY_COMPARE(m_window->width(), 760);
    QVERIFY(m_window->close());
    const auto again = std::make_unique<MainWindow>();
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QCOMPARE(again->width(), 760);
    QVERIFY(again->isNavigationCompact());
    again->resize(1400, 860);
    QTRY_VERIFY(!again->isNavigationCompact());
}

QTEST_MAIN(TestNarrowWindow)
#include "TestNarrowWindow.moc"
