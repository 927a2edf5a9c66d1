// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The match page driven as a user would: a match created through the form, moved on by keyboard,
// seen on the board, moved by dropping its card, back-dated with Ctrl+M. Set KMUNI_SCREENSHOT_DIR
// to save pictures of list, board and form.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/EventDetail.h"
#include "events/EventRepository.h"
#include "events/EventsPage.h"
#include "matches/MatchBoard.h"
#include "matches/MatchDetail.h"
#include "matches/MatchRepository.h"
#include "matches/MatchesPage.h"
#include "models/ListModels.h"
#include "models/PagedListModel.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"
#include "organisations/SuggestionsPanel.h"
#include "widgets/EmphasisDelegate.h"
#include "widgets/EntityPicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

namespace {

// Takes the first suggestion for @p text: the picker holds its id.
bool pick(EntityPicker* picker, const QString& text)
{
    picker->setFocus();
    return pickFirstSuggestion(picker, text, [picker] { return picker->id() > 0; });
}

} // namespace

class TestMatchesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageIsReachedByKeyboard();
    void createMatchThroughTheForm();
    void altRightMovesThroughThreeStages();
    void boardShowsItInItsColumn();
    void droppingACardMovesTheMatch();
    void moveToStageIsBackDated();
    void refusedMoveChangesNothing();
    void escOnAChangedFormAsks();
    void newMatchFromTheOrganisationPage();
    void suggestionsOfTheCompanyOnTheMatchPage();
    void fromAnActivityAndOnBothOrganisationPages();
    void shortcutsAreListedInHelp();
    void boardFitsTheWindow();
    void narrowBoardScrollsToTheCard();
    void stagesAndTypesShowWholeInGerman();
    void shortenedCellHasItsTextInTheTooltip();

private:
    Result<Match> findInCore(Id id);

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    MatchesPage* m_page = nullptr;
    Id m_match = 0;
};

Result<Match> TestMatchesPage::findInCore(Id id)
{
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    if (!db) {
        return Result<Match>::failure(status.message);
    }
    return MatchRepository(*db).find(id);
}

void TestMatchesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_t = std::make_unique<test::TempDatabase>();
    m_window = test::windowOnDemo(*m_t);
    QVERIFY(m_window);
    m_page = m_window->matchesPage();
    QVERIFY(m_page);
}

void TestMatchesPage::cleanupTestCase()
{
    m_window.reset();
    m_t.reset();
}

void TestMatchesPage::pageIsReachedByKeyboard()
{
    activate(m_window.get());
    // After Activities (Ctrl+4): Matches is Ctrl+5.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), static_cast<Page*>(m_page));
    QTRY_VERIFY(m_page->view()->model()->rowCount() >= 16); // the demo network's matches
    QVERIFY(!m_page->isBoardShown());
}

void TestMatchesPage::createMatchThroughTheForm()
{
    bool filled = false;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), u"matchDialog"_s);
        QVERIFY(pick(dialog->findChild<EntityPicker*>(u"companyPicker"_s), u"Zechenlicht"_s));
        QVERIFY(pick(dialog->findChild<EntityPicker*>(u"universityPicker"_s), u"Technische Universität Dortmund"_s));
        auto* typeBox = dialog->findChild<QComboBox*>(u"typeComboBox"_s);
        typeBox->setCurrentIndex(typeBox->findData(u"internship"_s));
        type(dialog->findChild<QLineEdit*>(u"titleLineEdit"_s), u"Praktikum Bildverarbeitung Förderband"_s);
        filled = true;
        saveScreenshot(dialog, u"match-form"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(filled);
    QTRY_VERIFY(m_page->detail()->match().has_value());
    const Match shown = *m_page->detail()->match();
    QCOMPARE(shown.title, u"Praktikum Bildverarbeitung Förderband"_s);
    QCOMPARE(shown.companyName, u"Zechenlicht Software"_s);
    QCOMPARE(shown.universityName, u"Technische Universität Dortmund"_s);
    QCOMPARE(shown.stage, u"proposed"_s);
    m_match = shown.id;
    // Selected in the list (newest first).
    QTRY_COMPARE(m_page->currentId(), m_match);
    m_page->view()->setFocus();
    saveScreenshot(m_window.get(), u"match-list"_s);
}

void TestMatchesPage::altRightMovesThroughThreeStages()
{
    QVERIFY(m_match > 0);
    activate(m_window.get());
    m_page->view()->setFocus();
    for (const QString& stage : {u"introduced"_s, u"in_talks"_s, u"agreed"_s}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(m_page->detail()->match()->stage, stage);
    }
    const auto m = findInCore(m_match);
    QVERIFY2(m, qPrintable(m.error()));
    QCOMPARE(m->stage, u"agreed"_s);
    QCOMPARE(m->history.size(), 4);
    const QStringList expected = {u"proposed"_s, u"introduced"_s, u"in_talks"_s, u"agreed"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(m->history[i].stage, expected[i]);
        QCOMPARE(m->history[i].reachedOn, time::today());
    }
    // The timeline on the detail shows them with their dates.
    QTreeWidget* history = m_page->detail()->history();
    QCOMPARE(history->topLevelItemCount(), 4);
    QCOMPARE(history->topLevelItem(3)->data(1, Qt::UserRole).toString(), u"agreed"_s);
    QCOMPARE(history->topLevelItem(3)->text(0), time::today().toString(u"dd.MM.yyyy"_s));
}

void TestMatchesPage::boardShowsItInItsColumn()
{
    activate(m_window.get());
    m_page->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_page->isBoardShown());
    MatchBoard* board = m_page->board();
    QVERIFY(board->isVisible());
    QVERIFY(board->columnOf(m_match));
    QCOMPARE(board->columnOf(m_match)->stage(), u"agreed"_s);
    QCOMPARE(board->currentId(), m_match);
    // Every stage has its column, and the demo's matches fill more than one.
    QCOMPARE(board->columns().size(), 6);
    int filled = 0;
    for (const MatchBoardColumn* column : board->columns()) {
        filled += column->count() > 0 ? 1 : 0;
    }
    QVERIFY(filled >= 4);
    QTest::qWait(50);
    saveScreenshot(m_window.get(), u"match-board"_s);

    // On the board, Alt+Left moves back a stage and the card follows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(m_page->detail()->match()->stage, u"in_talks"_s);
    QTRY_COMPARE(board->columnOf(m_match)->stage(), u"in_talks"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(board->columnOf(m_match)->stage(), u"agreed"_s);
}

void TestMatchesPage::droppingACardMovesTheMatch()
{
    MatchBoard* board = m_page->board();
    MatchBoardColumn* target = board->column(u"completed"_s);
    QVERIFY(target);
    QMimeData mime;
    mime.setData(QString::fromLatin1(MatchBoardColumn::mimeType), QByteArray::number(m_match));
    const QPoint at = target->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    QTRY_COMPARE(m_page->detail()->match()->stage, u"completed"_s);
    QCOMPARE(board->columnOf(m_match), target);
    QCOMPARE(findInCore(m_match)->history.size(), 7); // proposed … agreed, back, on, completed
    // Completed is the end of the line: Alt+Right says so and changes nothing.
    QVERIFY(!m_page->moveOnAction()->isEnabled());
    // Ctrl+B again: back to the list, the match still current.
    activate(m_window.get());
    board->focusBoard();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!m_page->isBoardShown());
    QVERIFY(m_page->view()->isVisible());
    QTRY_COMPARE(m_page->currentId(), m_match);
}

void TestMatchesPage::moveToStageIsBackDated()
{
    // A demo match, agreed 70 days ago: completed 10 days ago, entered today.
    const auto all = [&] {
        DbStatus status;
        auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
        MatchFilter f;
        f.stage = u"agreed"_s;
        return MatchRepository(*db).list(f).value();
    }();
    QVERIFY(!all.isEmpty());
    const auto it = std::find_if(
        all.cbegin(), all.cend(), [](const Match& m) { return m.stageChangedOn < time::today().addDays(-10); });
    QVERIFY(it != all.cend());
    const Match demo = *it;
    m_window->session().show(EntityKind::Match, demo.id);
    QTRY_COMPARE(m_page->detail()->match()->id, demo.id);
    bool asked = false;
    onNextModal([&](QWidget* dialog) {
        asked = true;
        auto* stage = dialog->findChild<QComboBox*>(u"stageComboBox"_s);
        auto* date = dialog->findChild<QDateEdit*>(u"reachedOnDateEdit"_s);
        QVERIFY(stage && date);
        QCOMPARE(stage->currentData().toString(), u"completed"_s); // the next stage is offered
        QCOMPARE(date->maximumDate(), time::today()); // never in the future
        QCOMPARE(date->displayFormat(), u"dd.MM.yyyy"_s);
        QVERIFY(date->calendarPopup());
        date->setDate(time::today().addDays(-10));
        saveScreenshot(dialog, u"match-move"_s);
        dialog->findChild<QPushButton*>(u"moveButton"_s)->click();
    });
    activate(m_window.get());
    m_page->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(asked);
    const auto m = findInCore(demo.id);
    QCOMPARE(m->stage, u"completed"_s);
    QCOMPARE(m->stageChangedOn, time::today().addDays(-10));
    QCOMPARE(m->history.last().stage, u"completed"_s);
    QCOMPARE(m->history.last().reachedOn, time::today().addDays(-10));
}

void TestMatchesPage::refusedMoveChangesNothing()
{
    // Before the match started: the core refuses, the window shows its reason, nothing moves.
    m_window->session().show(EntityKind::Match, m_match);
    QTRY_COMPARE(m_page->detail()->match()->id, m_match);
    const Match before = *findInCore(m_match);
    QString warning;
    onNextModal([&](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        QVERIFY(message);
        warning = message->text();
        message->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!m_page->moveTo(m_match, u"declined"_s, time::today().addDays(-30)));
    QVERIFY(!warning.isEmpty());
    const Match after = *findInCore(m_match);
    QCOMPARE(after.stage, before.stage);
    QCOMPARE(after.history.size(), before.history.size());
    QCOMPARE(m_page->detail()->match()->stage, before.stage);
}

void TestMatchesPage::escOnAChangedFormAsks()
{
    activate(m_window.get());
    int asked = 0;
    onNextModal([&](QWidget* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(u"titleLineEdit"_s);
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        type(title, u"Geänderter Titel"_s);
        onNextModal([&](QWidget* box) {
            ++asked;
            auto* message = qobject_cast<QMessageBox*>(box);
            QVERIFY(message);
            message->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Return); // Enter edits
    QCOMPARE(asked, 1);
    QCOMPARE(findInCore(m_match)->title, u"Praktikum Bildverarbeitung Förderband"_s);
    // Unchanged: Esc closes without asking.
    onNextModal([&](QWidget* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QCOMPARE(asked, 1);
}

void TestMatchesPage::newMatchFromTheOrganisationPage()
{
    // The university's page: "New match" opens the form with it on the university side.
    const Id university = findInCore(m_match)->universityId;
    m_window->session().show(EntityKind::Organisation, university);
    OrganisationsPage* organisations = m_window->organisationsPage();
    QTRY_COMPARE(organisations->detail()->organisation()->id, university);
    QVERIFY(organisations->newMatchAction()->isEnabled());
    bool checked = false;
    onNextModal([&](QWidget* dialog) {
        auto* company = dialog->findChild<EntityPicker*>(u"companyPicker"_s);
        auto* side = dialog->findChild<EntityPicker*>(u"universityPicker"_s);
        QCOMPARE(side->id(), university);
        QCOMPARE(side->text(), u"Technische Universität Dortmund"_s);
        QCOMPARE(company->id(), Id(0));
        checked = true;
        QTest::keyClick(dialog, Qt::Key_Escape); // unchanged: closes without asking
    });
    organisations->newMatchAction()->trigger();
    QVERIFY(checked);
}

void TestMatchesPage::suggestionsOfTheCompanyOnTheMatchPage()
{
    // A demo match of a software company: its tab lists institutes with their reasons.
    MatchFilter f;
    f.text = u"Zechenlicht"_s;
    const auto matches = MatchRepository(m_window->session().db()).list(f).value();
    QVERIFY(!matches.isEmpty());
    m_window->session().show(EntityKind::Match, matches.first().id);
    MatchDetail* detail = m_page->detail();
    QTRY_VERIFY(detail->match() && detail->match()->id == matches.first().id);
    for (int i = 0; i < detail->tabs()->count(); ++i) {
        if (detail->tabs()->widget(i)->isAncestorOf(detail->suggestions())) {
            detail->tabs()->setCurrentIndex(i);
        }
    }
    QTreeWidget* list = detail->suggestions()->list();
    QVERIFY(list->topLevelItemCount() > 0);
    QVERIFY2(!list->topLevelItem(0)->text(1).isEmpty(), "a suggestion without its reasons");
    QVERIFY(detail->suggestions()->findChild<QPushButton*>(u"acceptSuggestion"_s)->isEnabled());
    saveScreenshot(m_window.get(), u"match-suggestions"_s);
    detail->tabs()->setCurrentIndex(0);
}

void TestMatchesPage::fromAnActivityAndOnBothOrganisationPages()
{
    // An activity with a company and an institute: "New match from this activity" opens the form
    // with both sides and the activity linked; the match then shows on both organisations' pages.
    Database& db = m_window->session().db();
    OrganisationFilter companies;
    companies.text = u"Kanalkai"_s;
    const Id company = OrganisationRepository(db).list(companies, 1).value().first().id;
    OrganisationFilter institutes;
    institutes.text = u"Fachbereich Informatik"_s;
    const Id institute = OrganisationRepository(db).list(institutes, 1).value().first().id;
    Event e;
    e.type = u"meeting"_s;
    e.subject = u"Abstimmung Abschlussarbeit Tourenplanung"_s;
    e.start = QDateTime(time::today().addDays(-2), QTime(10, 0), time::berlin());
    e.durationMin = 60;
    e.participants = {Participant{Participant::Kind::Organisation, company, {}, {}, {}},
        Participant{Participant::Kind::Organisation, institute, {}, {}, {}}};
    QString error;
    QVERIFY2(EventRepository(db).save(e, &error), qPrintable(error));
    m_window->session().show(EntityKind::Event, e.id);
    QTRY_VERIFY(m_window->eventsPage()->detail()->event() && m_window->eventsPage()->detail()->event()->id == e.id);
    onNextModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), u"matchDialog"_s);
        type(dialog->findChild<QLineEdit*>(u"titleLineEdit"_s), u"Abschlussarbeit Tourenplanung"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    m_window->eventsPage()->newMatchAction()->trigger();
    QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_page));
    QTRY_VERIFY(m_page->detail()->match() && m_page->detail()->match()->title == u"Abschlussarbeit Tourenplanung"_s);
    const Match m = *m_page->detail()->match();
    QCOMPARE(m.companyId, company);
    QCOMPARE(m.universityId, institute);
    QCOMPARE(m.eventIds, QList<Id>{e.id});
    QCOMPARE(m.startedOn, time::today().addDays(-2));
    // On both organisations' pages, matches tab.
    for (Id side : {company, institute}) {
        OrganisationDetail* detail = m_window->organisationsPage()->detail();
        detail->showOrganisation(side);
        detail->tabs()->setCurrentIndex(4);
        auto* list = detail->tabs()->widget(4)->findChild<QTreeWidget*>();
        if (!list) {
            list = qobject_cast<QTreeWidget*>(detail->tabs()->widget(4));
        }
        QVERIFY(list);
        bool there = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            there = there || list->topLevelItem(i)->text(4).contains(u"Tourenplanung"_s);
        }
        QVERIFY2(there, qPrintable(u"not on the page of organisation %1"_s.arg(side)));
    }
}

void TestMatchesPage::shortcutsAreListedInHelp()
{
    QStringList keys;
    onNextModal([&keys](QWidget* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(u"shortcutsList"_s);
        QVERIFY(list);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            keys << list->topLevelItem(i)->text(0);
        }
        static_cast<QDialog*>(dialog)->accept();
    });
    QAction* help = m_window->findChild<QAction*>(u"keyboardShortcutsAction"_s);
    QVERIFY(help);
    help->trigger();
    for (const QString& key : {u"Ctrl+B"_s, u"Ctrl+M"_s, u"Alt+Right"_s, u"Alt+Left"_s, u"Ctrl+F"_s}) {
        QVERIFY2(keys.contains(key), qPrintable(key));
    }
}

void TestMatchesPage::boardFitsTheWindow()
{
    // The reviewer's window of 1400 px and a smaller one: the board shares the width it has (six
    // columns side by side, each seen whole) instead of widening the window, and the window keeps its
    // width on the board and back on the list.
    for (const int width : {1400, 1280}) {
        m_window->resize(width, 860);
        QTRY_COMPARE(m_window->width(), width);
        m_window->session().show(EntityKind::Match, m_match);
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page*>(m_page));
        activate(m_window.get());
        m_page->view()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(m_page->isBoardShown());
        QTest::qWait(50);
        QCOMPARE(m_window->width(), width);
        QVERIFY2(m_page->minimumSizeHint().width() <= width,
            qPrintable(u"the page needs %1 px"_s.arg(m_page->minimumSizeHint().width())));
        MatchBoard* board = m_page->board();
        QVERIFY(board->isVisible());
        QVERIFY(m_page->rect().contains(QRect(board->mapTo(m_page, QPoint(0, 0)), board->size())));
        for (MatchBoardColumn* column : board->columns()) {
            QCOMPARE(column->visibleRegion().boundingRect().width(), column->width());
        }
        saveScreenshot(m_window.get(), u"match-board-%1"_s.arg(width));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!m_page->isBoardShown());
        QTest::qWait(50);
        QCOMPARE(m_window->width(), width);
    }
    m_window->resize(1400, 860);
}

void TestMatchesPage::narrowBoardScrollsToTheCard()
{
    // Narrower than six columns: the board scrolls sideways, and a card chosen in the last column
    // (Declined) is brought into view.
    const QList<Match> matches = MatchRepository(m_window->session().db()).list(MatchFilter{}).value();
    const auto declined
        = std::find_if(matches.cbegin(), matches.cend(), [](const Match& m) { return m.stage == u"declined"_s; });
    QVERIFY(declined != matches.cend());
    MatchBoard board;
    board.resize(420, 500);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QVERIFY2(board.minimumSizeHint().width() <= 420, qPrintable(QString::number(board.minimumSizeHint().width())));
    QCOMPARE(board.width(), 420);
    board.setMatches(matches);
    MatchBoardColumn* first = board.columns().first();
    MatchBoardColumn* last = board.columns().last();
    QCOMPARE(first->visibleRegion().boundingRect().width(), first->width());
    QVERIFY(last->visibleRegion().isEmpty());
    QVERIFY(board.select(declined->id, true));
    QTRY_COMPARE(last->visibleRegion().boundingRect().width(), last->width());
    QVERIFY(last->hasFocus() || !board.isActiveWindow());
    saveScreenshot(&board, u"match-board-narrow"_s);
}

void TestMatchesPage::stagesAndTypesShowWholeInGerman()
{
    // On first use, the stage and type columns are as wide as their longest label in the language
    // shown: "Abgeschlossen", "Forschungskooperation" whole, not "Abgeschlos…".
    const test::German german(QStringLiteral(KMUNI_DE_QM));
    QVERIFY2(german.loaded(), KMUNI_DE_QM);
    QCOMPARE(vocab::label(vocab::List::MatchStage, u"completed"_s), u"Abgeschlossen"_s);
    QSettings().remove(u"pages/matches/header"_s); // first use
    MatchesPage page(m_window->session());
    page.resize(1200, 700);
    page.show();
    QTRY_VERIFY(page.view()->model() && page.view()->model()->rowCount() > 0);
    const QFontMetrics metrics = page.view()->fontMetrics();
    for (const auto& [column, list] : {std::pair{int(MatchListModel::Stage), vocab::List::MatchStage},
             std::pair{int(MatchListModel::Type), vocab::List::MatchType}}) {
        for (const QString& code : vocab::codes(list)) {
            const QString label = vocab::label(list, code);
            QVERIFY2(page.view()->header()->sectionSize(column) >= metrics.horizontalAdvance(label) + 8,
                qPrintable(u"%1 in %2 px"_s.arg(label).arg(page.view()->header()->sectionSize(column))));
        }
    }
}

void TestMatchesPage::shortenedCellHasItsTextInTheTooltip()
{
    // A column made narrow shortens its cells with "…"; hovering one shows its whole text.
    m_window->showPage(4);
    m_page->setBoardShown(false);
    QTreeView* view = m_page->view();
    QTRY_VERIFY(view->isVisible() && view->model()->rowCount() > 0);
    auto* delegate = qobject_cast<EmphasisDelegate*>(view->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex title = view->model()->index(0, MatchListModel::Title);
    const QString text = title.data().toString();
    QVERIFY(text.size() > 10);
    const int wide = view->header()->sectionSize(MatchListModel::Title);
    const auto restore = qScopeGuard([&] { view->header()->resizeSection(MatchListModel::Title, wide); });
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    view->header()->resizeSection(MatchListModel::Title, view->fontMetrics().horizontalAdvance(text) + 40);
    option.rect = view->visualRect(title);
    QCOMPARE(delegate->toolTip(option, title, view), QString()); // whole: no tooltip
    view->header()->resizeSection(MatchListModel::Title, 40);
    option.rect = view->visualRect(title);
    QCOMPARE(delegate->toolTip(option, title, view), text);
}

QTEST_MAIN(TestMatchesPage)
#include "TestMatchesPage.moc"
