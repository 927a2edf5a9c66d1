// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The detail panes (organisation, contact person, match) in the widths they get in the window:
// every tab readable and one click away, before and after switching tabs; empty tabs say what to
// do next. Set KMUNI_SCREENSHOT_DIR to save pictures of the panes.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "events/EventDetail.h"
#include "events/EventsPage.h"
#include "matches/MatchDetail.h"
#include "matches/MatchRepository.h"
#include "matches/MatchesPage.h"
#include "matches/NeedsOffers.h"
#include "models/PagedListModel.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"
#include "persons/PersonDetail.h"
#include "persons/PersonFilter.h"
#include "persons/PersonRepository.h"
#include "persons/PersonsPage.h"
#include "staff/Staff.h"
#include "widgets/DetailFrame.h"
#include "widgets/DetailLists.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

namespace {

/**
 * The tabs of @p tabs that cannot be read whole or reached without scrolling, each with the reason:
 * on a tab bar, a tab outside the bar, under its scroll arrows or behind a gap on the left (the bar
 * scrolled); on a detail tab strip, a button that is hidden, cut, outside the strip or on another.
 */
QStringList unreachableTabs(QTabWidget* tabs)
{
    QStringList problems;
    QTabBar* bar = tabs->tabBar();
    if (bar->isVisible()) {
        QList<QRect> arrows;
        for (const QToolButton* arrow : bar->findChildren<QToolButton*>()) {
            if (arrow->isVisible()) {
                arrows << arrow->geometry();
            }
        }
        bool first = true;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i)) {
                continue;
            }
            const QRect tab = bar->tabRect(i);
            if (first && tab.left() != 0) {
                problems << u"%1: starts at x = %2"_s.arg(tabs->tabText(i)).arg(tab.left());
            }
            first = false;
            if (!bar->rect().contains(tab)) {
                problems << u"%1: outside the tab bar"_s.arg(tabs->tabText(i));
            }
            for (const QRect& arrow : arrows) {
                if (arrow.intersects(tab)) {
                    problems << u"%1: under a scroll arrow"_s.arg(tabs->tabText(i));
                }
            }
        }
        return problems;
    }
    auto* strip = tabs->parentWidget()->findChild<DetailTabStrip*>();
    if (!strip || strip->tabs() != tabs || !strip->isVisible()) {
        return {u"neither a tab bar nor a tab strip shows the tabs"_s};
    }
    const QRect seen = strip->visibleRegion().boundingRect();
    QList<QRect> taken;
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i)) {
            continue;
        }
        const QAbstractButton* button = strip->button(i);
        const QString name = tabs->tabText(i);
        if (!button || !button->isVisible()) {
            problems << u"%1: no button"_s.arg(name);
            continue;
        }
        const QRect rect = button->geometry();
        if (QString(button->text()).replace(u"&&"_s, u"&"_s) != name) {
            problems << u"%1: the button says %2"_s.arg(name, button->text());
        }
        if (rect.width() < button->sizeHint().width()) {
            problems << u"%1: cut (%2 of %3 px)"_s.arg(name).arg(rect.width()).arg(button->sizeHint().width());
        }
        if (!seen.contains(rect)) {
            problems << u"%1: not seen whole"_s.arg(name);
        }
        for (const QRect& other : std::as_const(taken)) {
            if (other.intersects(rect)) {
                problems << u"%1: on another tab"_s.arg(name);
            }
        }
        taken << rect;
    }
    return problems;
}

/** unreachableTabs(@p tabs) with every visible tab current in turn (as a click would make it). */
QStringList unreachableWhileSwitching(QTabWidget* tabs)
{
    QStringList problems = unreachableTabs(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->isTabVisible(i)) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString& problem : unreachableTabs(tabs)) {
                problems << u"with %1 current: %2"_s.arg(tabs->tabText(i), problem);
            }
        }
    }
    tabs->setCurrentIndex(0);
    return problems;
}

/** The text of the only row of the list @p name in @p pane: its empty state. */
QString emptyState(QWidget* pane, const QString& name)
{
    const auto* list = pane->findChild<QTreeWidget*>(name);
    if (!list || list->topLevelItemCount() != 1 || list->topLevelItem(0)->flags() != Qt::NoItemFlags) {
        return {};
    }
    return list->topLevelItem(0)->text(0);
}

} // namespace

class TestDetailPanes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void organisationTabsInTheWindow();
    void organisationTabsInNarrowPanes_data();
    void organisationTabsInNarrowPanes();
    void stripSwitchesTabsByClickAndKeys();
    void stripReadsAsTabsToScreenReaders();
    void personAndMatchTabs();
    void activityTabsShowTheirCounts();
    void overviewNamesTheTopicsSuggestionsGoBy_data();
    void overviewNamesTheTopicsSuggestionsGoBy();
    void emptyOrganisationTabsSayWhatToDo();
    void emptyPersonTimelineSaysWhatToDo();
    void historyNamesFieldsAsTheFormsDo();
    void aRecordAddedBehindTheListIsMarked();

private:
    Id idOf(const QString& name);
    /** An organisation pane @p width px wide, shown, with TU Dortmund in it; null when it was not exposed. */
    std::unique_ptr<OrganisationDetail> universityAt(int width);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    Id m_empty = 0; ///< a company without persons, activities or matches
};

Id TestDetailPanes::idOf(const QString& name)
{
    OrganisationFilter f;
    f.text = name;
    const auto found = OrganisationRepository(m_window->session().db()).list(f, 1);
    return found && !found->isEmpty() ? found->first().id : 0;
}

std::unique_ptr<OrganisationDetail> TestDetailPanes::universityAt(int width)
{
    auto detail = std::make_unique<OrganisationDetail>(m_window->session());
    detail->resize(width, 640);
    detail->show();
    if (!QTest::qWaitForWindowExposed(detail.get())) {
        return nullptr;
    }
    detail->showOrganisation(idOf(u"Technische Universität Dortmund"_s));
    return detail;
}

void TestDetailPanes::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    m_window = windowOnDemo(*m_t);
    QVERIFY(m_window);
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Leerlauf Feinguss GmbH"_s;
    o.city = u"Herne"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_window->session().db()).save(o, &error), qPrintable(error));
    m_empty = o.id;
}

void TestDetailPanes::cleanupTestCase()
{
    m_window.reset();
    m_t.reset();
}

void TestDetailPanes::organisationTabsInTheWindow()
{
    // The reviewer's window (1400 × 860): a university shows eight tabs, a new company has
    // "Contact persons (0)"; every tab stays readable, also after clicking one.
    OrganisationsPage* page = m_window->organisationsPage();
    for (const Id id : {idOf(u"Technische Universität Dortmund"_s), m_empty}) {
        QVERIFY(id > 0);
        m_window->session().show(EntityKind::Organisation, id);
        QTRY_VERIFY(page->detail()->organisation() && page->detail()->organisation()->id == id);
        QTabWidget* tabs = page->detail()->tabs();
        QVERIFY(page->detail()->width() <= 600);
        const QStringList problems = unreachableWhileSwitching(tabs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }
    saveScreenshot(m_window.get(), u"organisation-tabs"_s);
}

void TestDetailPanes::organisationTabsInNarrowPanes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("width");
    for (const int width : {560, 480}) {
        QTest::addRow("university at %d px", width) << u"Technische Universität Dortmund"_s << width;
        QTest::addRow("company at %d px", width) << u"NanoFluid Analytik"_s << width;
    }
}

void TestDetailPanes::organisationTabsInNarrowPanes()
{
    QFETCH(QString, name);
    QFETCH(int, width);
    OrganisationDetail detail(m_window->session());
    detail.resize(width, 640);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    const Id id = idOf(name);
    QVERIFY(id > 0);
    detail.showOrganisation(id);
    QCoreApplication::processEvents();
    QCOMPARE(detail.width(), width);
    const QStringList problems = unreachableWhileSwitching(detail.tabs());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    // Opening another organisation keeps the tab row in order too.
    detail.tabs()->setCurrentIndex(1);
    detail.showOrganisation(m_empty);
    QCoreApplication::processEvents();
    QVERIFY2(unreachableTabs(detail.tabs()).isEmpty(), qPrintable(unreachableTabs(detail.tabs()).join(u"; "_s)));
    saveScreenshot(&detail, u"organisation-detail-%1"_s.arg(width));
}

void TestDetailPanes::stripSwitchesTabsByClickAndKeys()
{
    const auto shown = universityAt(520);
    QVERIFY(shown);
    OrganisationDetail& detail = *shown;
    DetailTabStrip* strip = detail.tabStrip();
    QVERIFY(strip);
    QVERIFY(!detail.tabs()->tabBar()->isVisible());
    // The counts of the tab widget are on the buttons.
    QCOMPARE(strip->button(1)->text(), detail.tabs()->tabText(1));
    QVERIFY(strip->button(1)->text().contains(u'('));
    // A click shows the tab (and loads it), Left and Right go to the neighbours.
    QTest::mouseClick(strip->button(3), Qt::LeftButton);
    QCOMPARE(detail.tabs()->currentIndex(), 3);
    QVERIFY(strip->button(3)->isChecked());
    QVERIFY(!strip->button(0)->isChecked());
    QVERIFY(detail.findChild<QTreeWidget*>(u"organisationTimeline"_s)->topLevelItemCount() > 0);
    strip->button(3)->setFocus();
    QTest::keyClick(strip->button(3), Qt::Key_Right);
    QCOMPARE(detail.tabs()->currentIndex(), 4);
    QTest::keyClick(strip->button(4), Qt::Key_Left);
    QTest::keyClick(strip->button(3), Qt::Key_Left);
    QCOMPARE(detail.tabs()->currentIndex(), 2);
    // Only the current tab's button is a stop of the Tab key.
    QCOMPARE(strip->button(2)->focusPolicy(), Qt::TabFocus);
    QCOMPARE(strip->button(1)->focusPolicy(), Qt::NoFocus);
    // A company has no institutes: their button goes, and Left skips it.
    detail.tabs()->setCurrentIndex(3);
    detail.showOrganisation(idOf(u"NanoFluid Analytik"_s));
    QVERIFY(!strip->button(2)->isVisible());
    strip->button(3)->setFocus();
    QTest::keyClick(strip->button(3), Qt::Key_Left);
    QCOMPARE(detail.tabs()->currentIndex(), 1);
}

void TestDetailPanes::stripReadsAsTabsToScreenReaders()
{
    const auto shown = universityAt(520);
    QVERIFY(shown);
    OrganisationDetail& detail = *shown;
    DetailTabStrip* strip = detail.tabStrip();
    QVERIFY(strip);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(strip);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::PageTabList);
    QAccessibleInterface* second = QAccessible::queryAccessibleInterface(strip->button(1));
    QVERIFY(second);
    QCOMPARE(second->role(), QAccessible::PageTab);
    QCOMPARE(second->text(QAccessible::Name), detail.tabs()->tabText(1));
    QVERIFY(!second->state().selected);
    QVERIFY(QAccessible::queryAccessibleInterface(strip->button(0))->state().selected);
    // A screen reader's "press" shows the tab.
    QVERIFY(second->actionInterface());
    second->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(detail.tabs()->currentIndex(), 1);
    QVERIFY(second->state().selected);
}

void TestDetailPanes::personAndMatchTabs()
{
    // A contact person with activities, and a match: on their pages and as narrow as the board
    // leaves the match detail (360 px).
    PersonFilter persons;
    persons.text = u"Böttcher"_s;
    const auto person = PersonRepository(m_window->session().db()).list(persons, 1);
    QVERIFY(person && !person->isEmpty());
    m_window->session().show(EntityKind::Person, person->first().id);
    PersonDetail* personDetail = m_window->personsPage()->detail();
    QTRY_VERIFY(personDetail->person() && personDetail->person()->id == person->first().id);
    QStringList problems = unreachableWhileSwitching(personDetail->tabs());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));

    const auto matches = MatchRepository(m_window->session().db()).list(MatchFilter{}, 1);
    QVERIFY(matches && !matches->isEmpty());
    for (const int width : {480, 360}) {
        MatchDetail detail(m_window->session());
        detail.resize(width, 640);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        detail.showMatch(matches->first().id);
        QCoreApplication::processEvents();
        QCOMPARE(detail.width(), width);
        problems = unreachableWhileSwitching(detail.tabs());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        saveScreenshot(&detail, u"match-detail-%1"_s.arg(width));
    }
}

void TestDetailPanes::activityTabsShowTheirCounts()
{
    // The activity pane has the same wrapping tab strip as the others, with the counts on it.
    EventsPage* page = m_window->eventsPage();
    QTRY_VERIFY(page->view()->model() && page->view()->model()->rowCount() > 0);
    const Id id = page->view()->model()->index(0, 0).data(PagedListModel::IdRole).toLongLong();
    QVERIFY(id > 0);
    EventDetail detail(m_window->session());
    detail.resize(480, 640);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showActivity(id);
    QVERIFY(detail.event());
    DetailTabStrip* strip = detail.tabStrip();
    QVERIFY(strip && strip->isVisible());
    QVERIFY(!detail.tabs()->tabBar()->isVisible());
    QCOMPARE(strip->button(1)->text(), u"Participants (%1)"_s.arg(detail.event()->participants.size()));
    QVERIFY(strip->button(2)->text().startsWith(u"Follow-ups ("_s));
    const QStringList problems = unreachableWhileSwitching(detail.tabs());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    saveScreenshot(&detail, u"activity-detail"_s);
}

void TestDetailPanes::overviewNamesTheTopicsSuggestionsGoBy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("company with topics") << u"Kreuzweg Intralogistik"_s << u"Topics sought"_s;
    QTest::addRow("institute offers") << u"Lehrstuhl für Produktionssysteme"_s << u"Topics offered"_s;
    QTest::addRow("company without") << u"Leerlauf Feinguss GmbH"_s << u"none yet"_s;
    QTest::addRow("partner: none") << u"IHK zu Dortmund"_s << QString();
}

void TestDetailPanes::overviewNamesTheTopicsSuggestionsGoBy()
{
    // The free-text needs and the topics that suggestions use stand side by side, each named.
    QFETCH(QString, name);
    QFETCH(QString, expected);
    OrganisationDetail detail(m_window->session());
    const Id id = idOf(name);
    QVERIFY(id > 0);
    detail.showOrganisation(id);
    const QString text = detail.findChild<QLabel*>(u"organisationOverview"_s)->text();
    if (expected.isEmpty()) {
        QVERIFY2(!text.contains(u"Topics"_s), qPrintable(text));
    } else {
        QVERIFY2(text.contains(expected), qPrintable(text));
    }
    const auto data
        = NeedsOffersRepository(m_window->session().db()).of(id, NeedsOffers::sideOf(detail.organisation()->kind));
    QVERIFY(data);
    for (const Topic& t : data->topics) {
        QVERIFY2(text.contains(t.name.toHtmlEscaped()), qPrintable(t.name));
    }
}

void TestDetailPanes::emptyOrganisationTabsSayWhatToDo()
{
    // Each empty tab names the action that fills it (the buttons of the header card above).
    OrganisationDetail detail(m_window->session());
    detail.resize(560, 640);
    detail.show();
    detail.showOrganisation(m_empty);
    detail.tabs()->setCurrentIndex(1);
    QCOMPARE(emptyState(&detail, u"organisationPersons"_s),
        u"No contact persons yet. “New contact person” above adds the first."_s);
    detail.tabs()->setCurrentIndex(4);
    QCOMPARE(emptyState(&detail, u"organisationMatches"_s), u"No matches yet. “New match” above records the first."_s);
    detail.tabs()->setCurrentIndex(3);
    QVERIFY(emptyState(&detail, u"organisationTimeline"_s).contains(u"Ctrl+L"_s));

    Organisation university;
    university.kind = u"university"_s;
    university.name = u"Hochschule Leerlauf"_s;
    university.city = u"Herne"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_window->session().db()).save(university, &error), qPrintable(error));
    detail.tabs()->setCurrentIndex(0);
    detail.showOrganisation(university.id);
    detail.tabs()->setCurrentIndex(2);
    QCOMPARE(emptyState(&detail, u"organisationInstitutes"_s),
        u"No institutes yet. “New institute” above adds the first."_s);
    saveScreenshot(&detail, u"organisation-empty-institutes"_s);
    // The actions named are the page's.
    QStringList actions;
    for (const QAction* action : m_window->organisationsPage()->findChildren<QAction*>()) {
        actions << action->text().remove(u'&');
    }
    for (const QString& action : {u"New contact person"_s, u"New match"_s, u"New institute"_s}) {
        QVERIFY2(actions.contains(action), qPrintable(action));
    }
}

void TestDetailPanes::emptyPersonTimelineSaysWhatToDo()
{
    Person p;
    p.firstName = u"Lena"_s;
    p.lastName = u"Leerlauf"_s;
    p.organisationId = m_empty;
    QString error;
    QVERIFY2(PersonRepository(m_window->session().db()).save(p, &error), qPrintable(error));
    m_window->session().show(EntityKind::Person, p.id);
    PersonDetail* detail = m_window->personsPage()->detail();
    QTRY_VERIFY(detail->person() && detail->person()->id == p.id);
    detail->tabs()->setCurrentIndex(1);
    QCOMPARE(emptyState(detail, u"personTimeline"_s), u"No activities with this person yet. Ctrl+L logs the first."_s);
    saveScreenshot(m_window.get(), u"person-empty-timeline"_s);
    detail->tabs()->setCurrentIndex(0);
}

void TestDetailPanes::historyNamesFieldsAsTheFormsDo()
{
    // The history tab says "City: Herne → Witten", not the database's "city", and yes/no, not true/false.
    OrganisationRepository repo(m_window->session().db());
    auto o = repo.find(m_empty);
    QVERIFY2(o.has_value(), qPrintable(o.error()));
    o->city = u"Witten"_s;
    o->isPilot = true;
    const auto staff = StaffRepository(m_window->session().db()).list();
    QVERIFY2(staff && !staff->isEmpty(), qPrintable(staff.error()));
    o->responsibleStaffId = staff->first().id;
    QString error;
    QVERIFY2(repo.save(*o, &error), qPrintable(error));
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->session().show(EntityKind::Organisation, m_empty);
    QTRY_VERIFY(page->detail()->organisation() && page->detail()->organisation()->id == m_empty);
    const DetailList* history = nullptr;
    for (const DetailList* list : page->detail()->findChildren<DetailList*>()) {
        if (list->headerItem()->text(3) == u"Changes"_s) {
            history = list;
        }
    }
    QVERIFY(history);
    page->detail()->tabs()->setCurrentIndex(6); // filled when shown
    QTRY_VERIFY(history->topLevelItemCount() >= 2);
    const QString latest = history->topLevelItem(0)->text(3);
    QVERIFY2(latest.contains(u"City: Herne → Witten"_s), qPrintable(latest));
    QVERIFY2(latest.contains(u"Pilot participant: no → yes"_s), qPrintable(latest));
    // A link by the name of whom it points at, not by a number.
    QVERIFY2(latest.contains(u"Responsible: — → "_s + staff->first().displayName()), qPrintable(latest));
    saveScreenshot(m_window.get(), u"organisation-history"_s);
    // The new record's row lists what it was created with, not every field it was created without.
    const QString created = history->topLevelItem(history->topLevelItemCount() - 1)->text(3);
    // In the order of the form, a code by its label.
    QVERIFY2(created.startsWith(u"Kind: Company; Name: Leerlauf Feinguss GmbH; "_s), qPrintable(created));
    QVERIFY2(created.contains(u"City: Herne"_s), qPrintable(created));
    QVERIFY2(!created.contains(u"Archived"_s) && !created.contains(u"Pilot participant"_s), qPrintable(created));
}

void TestDetailPanes::aRecordAddedBehindTheListIsMarked()
{
    // Added since the list was read (another window, the command line, another office): opened by
    // name, its own row is marked, not the one that stood at its place in the old list.
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->session().show(EntityKind::Organisation, idOf(u"Technische Universität Dortmund"_s));
    QTRY_VERIFY(page->currentId() > 0);
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Aachener Nachzügler GmbH"_s; // first in the list: every row below moves
    QString error;
    QVERIFY2(OrganisationRepository(m_window->session().db()).save(o, &error), qPrintable(error));
    m_window->session().show(EntityKind::Organisation, o.id);
    QTRY_COMPARE(page->currentId(), o.id);
    QCOMPARE(page->detail()->organisation()->id, o.id);
}

QTEST_MAIN(TestDetailPanes)
#include "TestDetailPanes.moc"
