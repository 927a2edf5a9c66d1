// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The organisation page's suggestions: reasons on screen, accept makes a proposed match, reject
// hides the pair and the "Rejected" menu takes it back; the needs editor changes what is suggested.
#include "GuiTestSupport.h"
#include "Session.h"
#include "TestSupport.h"
#include "matches/MatchRepository.h"
#include "matches/NeedsOffers.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/SuggestionsPanel.h"

#include <QCheckBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestSuggestionsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsReasons();
    void reasonsAreWholeInANarrowPane_data();
    void reasonsAreWholeInANarrowPane();
    void acceptCreatesAProposedMatch();
    void rejectHidesAndMenuTakesBack();
    void needsEditorChangesTheSuggestions();

private:
    Id idOf(const QString& name);
    QStringList shownNames() const;

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SuggestionsPanel> m_panel;
    Id m_company = 0;
};

void TestSuggestionsPanel::initTestCase()
{
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::loadDemo(m_t->db()));
    m_session = test::sessionOn(*m_t);
    QVERIFY(m_session);
    m_panel = std::make_unique<SuggestionsPanel>(*m_session);
    m_panel->resize(900, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_company = idOf(u"Kreuzweg Intralogistik"_s);
    QVERIFY(m_company > 0);
    m_panel->showOrganisation(m_company, u"company"_s);
}

void TestSuggestionsPanel::cleanupTestCase()
{
    m_panel.reset();
    m_session.reset();
    m_t.reset();
}

Id TestSuggestionsPanel::idOf(const QString& name)
{
    OrganisationFilter f;
    f.text = name;
    const auto list = OrganisationRepository(m_session->db()).list(f, 1).value();
    return list.isEmpty() ? 0 : list.first().id;
}

QStringList TestSuggestionsPanel::shownNames() const
{
    QStringList names;
    for (int i = 0; i < m_panel->list()->topLevelItemCount(); ++i) {
        names << m_panel->list()->topLevelItem(i)->text(0).section(u'\n', 0, 0);
    }
    return names;
}

void TestSuggestionsPanel::showsReasons()
{
    QTreeWidget* list = m_panel->list();
    QVERIFY(list->topLevelItemCount() > 0);
    const QString why = list->topLevelItem(0)->text(1);
    QVERIFY2(why.contains(u"Lagerautomatisierung"_s), qPrintable(why));
    QVERIFY(m_panel->findChild<QLabel*>(u"needsOffersSummary"_s)->text().contains(u"Lagerautomatisierung"_s));
    test::saveScreenshot(m_panel.get(), u"suggestions"_s);
}

void TestSuggestionsPanel::reasonsAreWholeInANarrowPane_data()
{
    QTest::addColumn<int>("width");
    QTest::addRow("900 px") << 900;
    QTest::addRow("560 px (the detail pane)") << 560;
    QTest::addRow("480 px") << 480;
}

void TestSuggestionsPanel::reasonsAreWholeInANarrowPane()
{
    // Staff act on a suggestion only when they can read why it is there: every line of every
    // reason fits its row, wrapped, never cut with "…".
    QFETCH(int, width);
    m_panel->resize(width, 520);
    QTRY_COMPARE(m_panel->width(), width);
    QTreeWidget* list = m_panel->list();
    QTRY_VERIFY(list->header()->sectionSize(1) < width);
    QCoreApplication::processEvents(); // the rows measured again for the new width
    QVERIFY(list->topLevelItemCount() > 0);
    QVERIFY(list->textElideMode() == Qt::ElideNone);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        for (int column = 0; column < 2; ++column) {
            const QRect cell = list->visualItemRect(item);
            const int columnWidth = list->header()->sectionSize(column) - 8;
            const QRect needed = list->fontMetrics().boundingRect(
                QRect(0, 0, columnWidth, 1 << 20), Qt::AlignLeft | Qt::TextWordWrap, item->text(column));
            QVERIFY2(needed.height() <= cell.height(),
                qPrintable(u"row %1, column %2: %3 px of text in a %4 px row: %5"_s.arg(i)
                               .arg(column)
                               .arg(needed.height())
                               .arg(cell.height())
                               .arg(item->text(column))));
        }
    }
    test::saveScreenshot(m_panel.get(), u"suggestions-%1"_s.arg(width));
    m_panel->resize(900, 520);
}

void TestSuggestionsPanel::acceptCreatesAProposedMatch()
{
    const QString first = shownNames().first();
    const Id partner = m_panel->list()->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong();
    QSignalSpy shown(m_session.get(), &Session::showRequested);
    m_panel->list()->setCurrentItem(m_panel->list()->topLevelItem(0));
    QTest::mouseClick(m_panel->findChild<QPushButton*>(u"acceptSuggestion"_s), Qt::LeftButton);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(qvariant_cast<EntityKind>(shown.first().at(0)), EntityKind::Match);
    const auto m = MatchRepository(m_session->db()).find(shown.first().at(1).toLongLong());
    QVERIFY(m);
    QCOMPARE(m->companyId, m_company);
    QCOMPARE(m->universityId, partner);
    QCOMPARE(m->stage, u"proposed"_s);
    // With an open match the pair is no longer suggested.
    m_panel->showOrganisation(m_company, u"company"_s);
    QVERIFY(!shownNames().contains(first));
}

void TestSuggestionsPanel::rejectHidesAndMenuTakesBack()
{
    // A software company with several institutes to choose from.
    const Id software = idOf(u"Zechenlicht Software"_s);
    m_panel->showOrganisation(software, u"company"_s);
    const QStringList before = shownNames();
    QVERIFY(before.size() >= 3);
    m_panel->list()->setCurrentItem(m_panel->list()->topLevelItem(0));
    QTest::mouseClick(m_panel->findChild<QPushButton*>(u"rejectSuggestion"_s), Qt::LeftButton);
    QVERIFY(!shownNames().contains(before.first()));
    auto* rejected = m_panel->findChild<QToolButton*>(u"rejectedSuggestions"_s);
    QMenu* menu = rejected->menu();
    emit menu->aboutToShow();
    QAction* takeBack = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->text().contains(before.first())) {
            takeBack = a;
        }
    }
    QVERIFY(takeBack);
    takeBack->trigger();
    QCOMPARE(shownNames(), before);
    m_panel->showOrganisation(m_company, u"company"_s);
}

void TestSuggestionsPanel::needsEditorChangesTheSuggestions()
{
    // Clear every topic and kind in the editor: no suggestions, and the panel says what to do.
    test::onNextModal([](QWidget* dialog) {
        auto* topics = dialog->findChild<QListWidget*>(u"topicList"_s);
        for (int i = 0; i < topics->count(); ++i) {
            topics->item(i)->setCheckState(Qt::Unchecked);
        }
        for (QCheckBox* box : dialog->findChildren<QCheckBox*>()) {
            box->setChecked(false);
        }
        // A new topic typed and Enter: added to the vocabulary and checked.
        auto* filter = dialog->findChild<QLineEdit*>(u"topicFilter"_s);
        test::type(filter, u"Wasserstofflogistik"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        test::saveScreenshot(dialog, u"needs-editor"_s);
        static_cast<QDialog*>(dialog)->accept();
    });
    m_panel->editNeedsOffers();
    const NeedsOffers needs = NeedsOffersRepository(m_session->db()).of(m_company, NeedsOffers::Side::Need).value();
    QCOMPARE(needs.topics.size(), 1);
    QCOMPARE(needs.topics.first().name, u"Wasserstofflogistik"_s);
    QVERIFY(needs.types.isEmpty());
    QCOMPARE(m_panel->list()->topLevelItemCount(), 1);
    QVERIFY(!m_panel->findChild<QPushButton*>(u"acceptSuggestion"_s)->isEnabled());
}

QTEST_MAIN(TestSuggestionsPanel)
#include "TestSuggestionsPanel.moc"
