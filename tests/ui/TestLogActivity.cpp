// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Logging a meeting with the keyboard alone, and finding it again everywhere it belongs.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Format.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "events/EventDetail.h"
#include "events/EventRepository.h"
#include "events/EventsPage.h"
#include "events/FollowUpRepository.h"
#include "events/FollowUpsPage.h"
#include "models/ListModels.h"
#include "models/PagedListModel.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"
#include "pages/OverviewPage.h"
#include "persons/PersonRepository.h"
#include "widgets/EmphasisDelegate.h"
#include "widgets/EntityPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

namespace {

// Tab until @p target has the focus (at most 20 times): it is reachable by keyboard.
bool tabTo(QWidget* dialog, QWidget* target)
{
    for (int i = 0; i < 20 && QApplication::focusWidget() != target; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

// Takes the first suggestion for @p text; the picker, having added it to the list beside it, is empty again.
bool pick(EntityPicker* picker, const QString& text)
{
    return pickFirstSuggestion(picker, text, [picker] { return picker->text().isEmpty(); });
}

} // namespace

class TestLogActivity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void logsAMeetingByKeyboard();
    void findsItInTheEventList();
    void findsItOnBothOrganisationPages();
    void longParticipantLineWraps();
    void followUpIsOpenThenDone();
    void overdueFollowUpsStandOut();
    void stageMovesAndIsAudited();
    void followUpDeletedWithConfirmation();
    void editAndDeleteWithConfirmation();

private:
    Id organisation(const QString& name);
    /** Opens the follow-up page with Ctrl+6; @return a connection of the test's own to the file. */
    std::unique_ptr<Database> openFollowUps();
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    Id m_event = 0;
    Id m_kanalkai = 0;
    Id m_kreuzweg = 0;
};

void TestLogActivity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::loadDemo(m_t->db()));
    m_kanalkai = organisation(u"Kanalkai"_s);
    m_kreuzweg = organisation(u"Kreuzweg"_s);
    m_t->close();
    m_window = test::windowOn(m_t->path());
    QVERIFY(m_window);
}

std::unique_ptr<Database> TestLogActivity::openFollowUps()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    if (!db) {
        qWarning("%s", qPrintable(status.message));
    }
    return db;
}

void TestLogActivity::cleanupTestCase()
{
    m_window.reset();
    m_t.reset();
}

Id TestLogActivity::organisation(const QString& name)
{
    OrganisationFilter f;
    f.text = name;
    const auto found = OrganisationRepository(m_t->db()).list(f).value();
    return found.isEmpty() ? 0 : found.first().id;
}

void TestLogActivity::logsAMeetingByKeyboard()
{
    QVERIFY(m_kanalkai > 0 && m_kreuzweg > 0);
    activate(m_window.get());
    bool saved = false;
    onNextModal([&](QWidget* dialog) {
        QVERIFY(dialog->objectName() == u"eventDialog"_s);
        QVERIFY(tabTo(dialog, dialog->findChild<QLineEdit*>(u"subjectLineEdit"_s)));
        type(QApplication::focusWidget(), u"Kooperation Hafenlogistik"_s);
        QVERIFY(tabTo(dialog, dialog->findChild<QLineEdit*>(u"locationLineEdit"_s)));
        type(QApplication::focusWidget(), u"Dortmunder Hafen"_s);
        auto* picker = dialog->findChild<EntityPicker*>(u"participantPicker"_s);
        QVERIFY(tabTo(dialog, picker));
        // Two organisations and three persons, each typed and taken from the suggestions.
        QVERIFY(pick(picker, u"Kanalkai"_s));
        QVERIFY(pick(picker, u"Kreuzweg Intra"_s));
        QVERIFY(pick(picker, u"Hüsken"_s));
        QVERIFY(pick(picker, u"Overbeck"_s));
        QVERIFY(pick(picker, u"Lübbers"_s));
        auto* list = dialog->findChild<QListWidget*>(u"participantList"_s);
        QCOMPARE(list->count(), 5);
        auto* minutes = dialog->findChild<QPlainTextEdit*>(u"minutesTextEdit"_s);
        QVERIFY(tabTo(dialog, minutes));
        type(minutes, u"Gemeinsames Projekt zur Umschlagsplanung besprochen."_s);
        QTest::keyClick(minutes, Qt::Key_Return);
        type(minutes, u"Zwei Masterarbeiten denkbar."_s);
        QVERIFY(tabTo(dialog, dialog->findChild<QLineEdit*>(u"outcomeLineEdit"_s)));
        type(QApplication::focusWidget(), u"Themen gehen an die TU"_s);
        QVERIFY(tabTo(dialog, dialog->findChild<QWidget*>(u"timeSpentSpinBox"_s)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(QApplication::focusWidget(), u"2"_s);
        auto* what = dialog->findChild<QLineEdit*>(u"followUpWhatLineEdit"_s);
        QVERIFY(tabTo(dialog, what));
        type(what, u"Themenvorschläge schicken"_s);
        QTest::keyClick(what, Qt::Key_Return); // Enter adds the follow-up
        QCOMPARE(dialog->findChild<QTreeWidget*>(u"followUpList"_s)->topLevelItemCount(), 1);
        // Every staff member's name whole in the follow-up's "who".
        const auto* who = dialog->findChild<QComboBox*>(u"followUpWhoComboBox"_s);
        for (int i = 0; i < who->count(); ++i) {
            QVERIFY2(showsWhole(who, who->itemText(i)), qPrintable(who->itemText(i)));
        }
        saveScreenshot(dialog, u"event-form"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        saved = !dialog->isVisible();
    });
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(saved);

    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT max(id) FROM events"_s) && q.next());
    m_event = q.value(0).toLongLong();
    const auto e = EventRepository(*db).find(m_event);
    QVERIFY(e);
    QCOMPARE(e->subject, u"Kooperation Hafenlogistik"_s);
    QCOMPARE(e->type, u"meeting"_s);
    QCOMPARE(e->minutes, u"Gemeinsames Projekt zur Umschlagsplanung besprochen.\nZwei Masterarbeiten denkbar."_s);
    QCOMPARE(e->timeSpentMin, 120);
    QCOMPARE(e->participantIds(Participant::Kind::Organisation).size(), 2);
    QVERIFY(e->participantIds(Participant::Kind::Organisation).contains(m_kanalkai));
    QVERIFY(e->participantIds(Participant::Kind::Organisation).contains(m_kreuzweg));
    QCOMPARE(e->participantIds(Participant::Kind::Person).size(), 3);
    QCOMPARE(e->followUps.size(), 1);
    QCOMPARE(e->followUps.first().title, u"Themenvorschläge schicken"_s);
    QCOMPARE(e->followUps.first().dueDate, time::today().addDays(7));
}

void TestLogActivity::findsItInTheEventList()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    EventsPage* page = m_window->eventsPage();
    QCOMPARE(m_window->currentPage(), page);
    // Newest first: the meeting just logged heads the list.
    QTRY_COMPARE(page->view()->model()->index(0, 0).data(PagedListModel::IdRole).toLongLong(), m_event);
    auto* text = page->findChild<QLineEdit*>(u"eventFilterText"_s);
    type(text, u"hafenlogistik"_s);
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Down);
    QTRY_VERIFY(page->detail()->event().has_value());
    QCOMPARE(page->detail()->event()->id, m_event);
    saveScreenshot(m_window.get(), u"event-page"_s);
    text->clear();
}

void TestLogActivity::findsItOnBothOrganisationPages()
{
    for (Id id : {m_kanalkai, m_kreuzweg}) {
        m_window->session().show(EntityKind::Organisation, id);
        OrganisationDetail* detail = m_window->organisationsPage()->detail();
        auto* tabs = detail->findChild<QTabWidget*>(u"organisationTabs"_s);
        tabs->setCurrentIndex(3);
        auto* timeline = detail->findChild<QTreeWidget*>(u"organisationTimeline"_s);
        QVERIFY(timeline->topLevelItemCount() > 0);
        QCOMPARE(timeline->topLevelItem(0)->text(2), u"Kooperation Hafenlogistik"_s);
        tabs->setCurrentIndex(0);
    }
}

void TestLogActivity::longParticipantLineWraps()
{
    // A participant whose name and organisation are longer than the list is wide wraps within it:
    // neither cut at the list's edge nor scrolled sideways.
    activate(m_window.get());
    bool checked = false;
    onNextModal([&](QWidget* dialog) {
        auto* picker = dialog->findChild<EntityPicker*>(u"participantPicker"_s);
        QVERIFY(pick(picker, u"Frohnhöfer"_s));
        auto* list = dialog->findChild<QListWidget*>(u"participantList"_s);
        QListWidgetItem* longest = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(u"Frohnhöfer"_s)) {
                longest = list->item(i);
            }
        }
        QVERIFY(longest);
        QVERIFY2(list->fontMetrics().horizontalAdvance(longest->text()) > list->viewport()->width(),
            qPrintable(longest->text())); // long enough to need it
        QTRY_VERIFY2(list->visualItemRect(longest).right() < list->viewport()->width(), qPrintable(longest->text()));
        QVERIFY(list->visualItemRect(longest).height() > list->fontMetrics().height() * 3 / 2); // two lines
        checked = true;
        qobject_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(checked);
}

void TestLogActivity::followUpIsOpenThenDone()
{
    const auto db = openFollowUps();
    QVERIFY(db);
    FollowUpsPage* page = m_window->followUpsPage();
    QCOMPARE(m_window->currentPage(), page);
    FollowUpFilter open;
    const auto before = FollowUpRepository(*db).list(open).value();
    Id followUp = 0;
    for (const FollowUpItem& item : before) {
        if (item.followUp.eventId == m_event) {
            followUp = item.followUp.id;
        }
    }
    QVERIFY(followUp > 0);
    QTRY_COMPARE(page->view()->model()->rowCount(), int(before.size()));
    page->showItem(followUp);
    QTRY_COMPARE(page->currentId(), followUp);
    saveScreenshot(m_window.get(), u"follow-ups"_s);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(page->view()->model()->rowCount(), int(before.size()) - 1);
    QVERIFY(FollowUpRepository(*db).find(followUp)->done);
}

void TestLogActivity::overdueFollowUpsStandOut()
{
    // What a row stands out for comes from the model, its look from the window: open follow-ups past
    // their date red, those due today amber, the others plain.
    FollowUpsPage* page = m_window->followUpsPage();
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QVERIFY2(db, qPrintable(status.message));
    const auto open = FollowUpRepository(*db).list(FollowUpFilter()).value();
    QHash<Id, QDate> due;
    for (const FollowUpItem& item : open) {
        due.insert(item.followUp.id, item.followUp.dueDate);
    }
    auto* model = qobject_cast<PagedListModel*>(page->view()->model());
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), int(open.size()));
    auto* delegate = qobject_cast<EmphasisDelegate*>(page->view()->itemDelegate());
    QVERIFY(delegate);
    const QColor plain = page->view()->palette().color(QPalette::Text);
    int late = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        QTRY_VERIFY(model->idAt(row) > 0);
        const QDate day = due.value(model->idAt(row));
        QVERIFY(day.isValid());
        QStyleOptionViewItem option;
        option.palette = page->view()->palette();
        delegate->initStyleOption(&option, model->index(row, FollowUpListModel::Title));
        const QColor expected = day < time::today() ? QColor(0xc0, 0x39, 0x2b)
            : day == time::today()                  ? QColor(0xb3, 0x6b, 0x00)
                                                    : plain;
        QCOMPARE(option.palette.color(QPalette::Text), expected);
        late += day < time::today();
    }
    QVERIFY(late > 0); // the demo has overdue follow-ups

    // The overview's list of what is due shows them alike: overdue red, due today amber.
    FollowUp dueToday = open.first().followUp;
    dueToday.id = 0;
    dueToday.uuid.clear();
    dueToday.title = u"Heute fällig"_s;
    dueToday.dueDate = time::today();
    if (const auto& staff = m_window->session().staff()) {
        dueToday.staffId = staff->id;
    }
    QString error;
    QVERIFY2(FollowUpRepository(*db).save(dueToday, &error), qPrintable(error));
    auto* overview = m_window->findChild<OverviewPage*>();
    QVERIFY(overview);
    overview->refresh();
    auto* list = overview->findChild<QTreeWidget*>(u"dueFollowUps"_s);
    QVERIFY(list);
    int todays = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = list->topLevelItem(i);
        const bool today = row->text(0) == format::date(time::today());
        todays += today;
        QCOMPARE(row->foreground(0).color(), today ? QColor(0xb3, 0x6b, 0x00) : QColor(0xc0, 0x39, 0x2b));
    }
    QVERIFY(todays > 0);
    dueToday.done = true; // out of the open lists again, for the tests that follow
    QVERIFY2(FollowUpRepository(*db).save(dueToday, &error), qPrintable(error));
}

void TestLogActivity::stageMovesAndIsAudited()
{
    m_window->session().show(EntityKind::Organisation, m_kanalkai);
    OrganisationsPage* page = m_window->organisationsPage();
    auto* menu = page->findChild<QMenu*>(u"stageMenu"_s);
    QVERIFY(menu);
    QAction* dormant = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->data().toString() == u"dormant"_s) {
            dormant = a;
        }
    }
    QVERIFY(dormant);
    dormant->trigger();
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QCOMPARE(OrganisationRepository(*db).find(m_kanalkai)->stage, u"dormant"_s);
    const auto entries = audit::forEntity(*db, u"organisation"_s, m_kanalkai).value();
    QCOMPARE(entries.first().action, u"update"_s);
    QVERIFY(entries.first().changes.contains(u"stage"_s));
}

void TestLogActivity::followUpDeletedWithConfirmation()
{
    const auto db = openFollowUps();
    QVERIFY(db);
    FollowUpsPage* page = m_window->followUpsPage();
    QCOMPARE(m_window->currentPage(), page);
    const auto open = FollowUpRepository(*db).list(FollowUpFilter()).value();
    QVERIFY(!open.isEmpty());
    const FollowUp gone = open.first().followUp;
    page->showItem(gone.id);
    QTRY_COMPARE(page->currentId(), gone.id);
    page->view()->setFocus();
    // Del asks first; "No" keeps it (before, Del opened the form: a follow-up could not be deleted).
    onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::No)->click(); });
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QVERIFY(FollowUpRepository(*db).find(gone.id));
    activate(m_window.get());
    page->view()->setFocus();
    onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QTRY_VERIFY(!FollowUpRepository(*db).find(gone.id));
    QTRY_COMPARE(page->view()->model()->rowCount(), int(open.size()) - 1);
    const auto entries = audit::forEntity(*db, u"follow_up"_s, gone.id).value();
    QCOMPARE(entries.first().action, u"delete"_s);
    QCOMPARE(entries.first().changes.value(u"title"_s).toArray().first().toString(), gone.title);
}

void TestLogActivity::editAndDeleteWithConfirmation()
{
    m_window->session().show(EntityKind::Event, m_event);
    EventsPage* page = m_window->eventsPage();
    QCOMPARE(m_window->currentPage(), page);
    QTRY_COMPARE(page->detail()->event()->id, m_event);
    // "No" keeps it.
    onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::No)->click(); });
    page->view()->setFocus();
    QTRY_COMPARE(page->currentId(), m_event);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QVERIFY(EventRepository(*db).find(m_event));
    // "Yes" deletes it, with its follow-up; the audit log keeps it. The window is active again
    // before the key goes to it, as after any closed dialog: shortcuts only reach an active window.
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    page->view()->setFocus();
    onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QTRY_VERIFY(!EventRepository(*db).find(m_event));
    QCOMPARE(audit::forEntity(*db, u"event"_s, m_event).value().first().action, u"delete"_s);
}

QTEST_MAIN(TestLogActivity)
#include "TestLogActivity.moc"
