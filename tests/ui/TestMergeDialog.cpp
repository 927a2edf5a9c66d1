// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The merge dialog (issue 15, item 4): both records side by side, a choice per differing field, what moves,
// a confirmation before anything is deleted; reached from two selected rows of the persons page and from the
// list of possible duplicates; a change meanwhile is shown, not overwritten.
#include "GuiTestSupport.h"
#include "Session.h"
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "merge/DuplicatesDialog.h"
#include "merge/MergeDialog.h"
#include "models/PagedListModel.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "persons/PersonsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestMergeDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsBothSidesAndMergesTheChoice();
    void mergeNeedsTheConfirmation();
    void swapKeepsTheOther();
    void changeMeanwhileIsShown();
    void refusedPairSaysWhy();
    void duplicatesListOpensTheMerge();
    void pageMergesTwoSelectedRows();

private:
    Database& db() { return m_session->db(); }
    Id person(const QString& first, const QString& last, const QString& email, const QString& function);
    void confirmAndMerge(QWidget* dialog);

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<Session> m_session;
    Id m_company = 0;
    Id m_keep = 0;
    Id m_other = 0;
};

Id TestMergeDialog::person(const QString& first, const QString& last, const QString& email, const QString& function)
{
    Person p;
    p.organisationId = m_company;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    p.function = function;
    return test::saved<PersonRepository>(db(), p);
}

void TestMergeDialog::init()
{
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    m_t = std::make_unique<test::TempDatabase>();
    m_session = test::sessionOn(*m_t);
    QVERIFY(m_session);
    Organisation company;
    company.name = u"Zyklotron Mikrofluidik"_s;
    company.legalForm = u"GmbH"_s;
    QString error;
    QVERIFY2(OrganisationRepository(db()).save(company, &error), qPrintable(error));
    m_company = company.id;
    m_keep = person(u"Anna"_s, u"Müller"_s, u"anna.mueller@zyklotron.example"_s, QString());
    m_other = person(u"Anna"_s, u"Mueller"_s, u"a.mueller@zyklotron.example"_s, u"Laborleiterin"_s);
    QVERIFY(m_keep > 0 && m_other > 0);
    for (int day : {3, 10}) {
        Event e;
        e.start = time::fromBerlin(QDate(2026, 3, day), QTime(10, 0));
        e.subject = u"Gespräch"_s;
        e.participants = {{Participant::Kind::Person, m_other, {}, {}, {}}};
        if (day == 10) {
            e.participants.append({Participant::Kind::Person, m_keep, {}, {}, {}});
        }
        QVERIFY2(EventRepository(db()).save(e, &error), qPrintable(error));
    }
}

void TestMergeDialog::cleanup()
{
    m_session.reset();
    m_t.reset();
    time::setNowForTesting({});
}

void TestMergeDialog::confirmAndMerge(QWidget* dialog)
{
    auto* confirm = dialog->findChild<QCheckBox*>(u"confirmMerge"_s);
    auto* merge = dialog->findChild<QPushButton*>(u"mergeButton"_s);
    QVERIFY(confirm && merge);
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Space);
    QVERIFY(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
}

void TestMergeDialog::showsBothSidesAndMergesTheChoice()
{
    MergeDialog dialog(db(), MergeDialog::Kind::Persons, m_keep, m_other);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel*>(u"mergeTitle"_s)->text().contains(u"Anna Mueller"_s));
    // Only the fields that differ are offered; KEEP's value is the default, OTHER's where KEEP has none.
    for (const QString& field : {u"last_name"_s, u"email"_s, u"function"_s}) {
        QVERIFY2(dialog.findChild<QRadioButton*>(field + u"Keep"_s), qPrintable(field));
        QVERIFY2(dialog.findChild<QRadioButton*>(field + u"Other"_s), qPrintable(field));
    }
    QVERIFY(!dialog.findChild<QRadioButton*>(u"first_nameKeep"_s));
    QVERIFY(dialog.findChild<QRadioButton*>(u"last_nameKeep"_s)->isChecked());
    QVERIFY(dialog.findChild<QRadioButton*>(u"functionOther"_s)->isChecked());
    QCOMPARE(dialog.findChild<QRadioButton*>(u"functionKeep"_s)->text(), u"(empty)"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"move_activities"_s)->text(), u"Activities: 2"_s);

    // By keyboard: from KEEP's e-mail to OTHER's with an arrow key.
    auto* keepEmail = dialog.findChild<QRadioButton*>(u"emailKeep"_s);
    keepEmail->setFocus();
    QTest::keyClick(keepEmail, Qt::Key_Right);
    QVERIFY(dialog.findChild<QRadioButton*>(u"emailOther"_s)->isChecked());
    test::saveScreenshot(&dialog, u"merge-dialog"_s);

    confirmAndMerge(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto merged = PersonRepository(db()).find(m_keep);
    QVERIFY(merged);
    QCOMPARE(merged->email, u"a.mueller@zyklotron.example"_s);
    QCOMPARE(merged->lastName, u"Müller"_s);
    QCOMPARE(merged->function, u"Laborleiterin"_s);
    QVERIFY(!PersonRepository(db()).find(m_other));
}

void TestMergeDialog::mergeNeedsTheConfirmation()
{
    MergeDialog dialog(db(), MergeDialog::Kind::Persons, m_keep, m_other);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* merge = dialog.findChild<QPushButton*>(u"mergeButton"_s);
    QVERIFY(!merge->isEnabled());
    QVERIFY(!merge->isDefault());
    QVERIFY(dialog.findChild<QCheckBox*>(u"confirmMerge"_s)->text().contains(u"cannot be undone"_s));
    // Enter does not merge; Esc cancels.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(PersonRepository(db()).find(m_other));
}

void TestMergeDialog::swapKeepsTheOther()
{
    MergeDialog dialog(db(), MergeDialog::Kind::Persons, m_keep, m_other);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"swapButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.plan().keepId, m_other);
    QVERIFY(dialog.findChild<QRadioButton*>(u"functionKeep"_s)->isChecked());
    confirmAndMerge(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!PersonRepository(db()).find(m_keep));
    QCOMPARE(PersonRepository(db()).find(m_other)->lastName, u"Mueller"_s);
}

void TestMergeDialog::changeMeanwhileIsShown()
{
    MergeDialog dialog(db(), MergeDialog::Kind::Persons, m_keep, m_other);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto changed = PersonRepository(db()).find(m_other);
    changed->function = u"Geschäftsführerin"_s;
    QString error;
    QVERIFY2(PersonRepository(db()).save(*changed, &error), qPrintable(error));
    confirmAndMerge(&dialog);
    QVERIFY(dialog.isVisible());
    auto* message = dialog.findChild<QLabel*>(u"mergeError"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"changed meanwhile"_s));
    QVERIFY(PersonRepository(db()).find(m_other));
    // The current values are shown; confirming again merges them.
    QCOMPARE(dialog.findChild<QRadioButton*>(u"functionOther"_s)->text(), u"Geschäftsführerin"_s);
    confirmAndMerge(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(PersonRepository(db()).find(m_keep)->function, u"Geschäftsführerin"_s);
}

void TestMergeDialog::refusedPairSaysWhy()
{
    MergeDialog dialog(db(), MergeDialog::Kind::Persons, m_keep, m_keep);
    QVERIFY(dialog.plan().refused());
    QVERIFY(!dialog.findChild<QCheckBox*>(u"confirmMerge"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(u"mergeButton"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(u"mergeError"_s)->text(), dialog.plan().refusal);
}

void TestMergeDialog::duplicatesListOpensTheMerge()
{
    DuplicatesDialog dialog(db(), MergeDialog::Kind::Persons);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget* list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(0).contains(u"Anna Müller"_s));
    QVERIFY(list->topLevelItem(0)->text(2).contains(u"similar name"_s));
    test::saveScreenshot(&dialog, u"merge-duplicates"_s);
    QSignalSpy merged(&dialog, &DuplicatesDialog::merged);
    test::onNextModal([this](QWidget* modal) {
        QCOMPARE(modal->objectName(), u"mergeDialog"_s);
        confirmAndMerge(modal);
    });
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(merged.size(), 1);
    QCOMPARE(merged.first().first().toLongLong(), m_keep);
    QCOMPARE(list->topLevelItemCount(), 0);
}

void TestMergeDialog::pageMergesTwoSelectedRows()
{
    PersonsPage page(*m_session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTreeView* view = page.view();
    QTRY_VERIFY(view->model() && view->model()->rowCount() == 2);
    auto* mergeAction = page.findChild<QAction*>(u"mergeAction"_s);
    QVERIFY(mergeAction);
    QVERIFY(!mergeAction->isEnabled());
    // Select the second Anna, then Ctrl+click the first: the one clicked last goes.
    const auto rowOf = [&](Id id) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(PagedListModel::IdRole).toLongLong() == id) {
                return index;
            }
        }
        return QModelIndex();
    };
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rowOf(m_keep)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(rowOf(m_other)).center());
    QVERIFY(mergeAction->isEnabled());
    Id offeredKeep = 0;
    test::onNextModal([&](QWidget* modal) {
        offeredKeep = static_cast<MergeDialog*>(modal)->plan().keepId;
        confirmAndMerge(modal);
    });
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!PersonRepository(db()).find(m_other));
    QCOMPARE(offeredKeep, m_keep);
    QTRY_COMPARE(view->model()->rowCount(), 1);
}

QTEST_MAIN(TestMergeDialog)
#include "TestMergeDialog.moc"
