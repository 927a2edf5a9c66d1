// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the main window with QTest as a user would: keyboard first. Set KMUNI_SCREENSHOT_DIR to
// save pictures of the window at the interesting moments.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "db/Backup.h"
#include "events/EventsPage.h"
#include "events/FollowUpsPage.h"
#include "io/DailyBackup.h"
#include "io/ImportMappingDialog.h"
#include "io/ImportPersons.h"
#include "io/PersonImport.h"
#include "matches/MatchesPage.h"
#include "models/PagedListModel.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"
#include "pages/Page.h"
#include "persons/PersonDetail.h"
#include "persons/PersonRepository.h"
#include "persons/PersonsPage.h"
#include "reports/ReportsPage.h"
#include "search/SearchField.h"
#include "staff/Staff.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/EntityPicker.h"
#include "widgets/HeaderCard.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

namespace {

/**
 * Answers the next import as a user would: @p checkColumns looks at the column dialog, which is then
 * accepted; the trial run's confirmation (saved as the picture @p confirmPicture, if named) is answered
 * Yes and the closing message taken note of. The texts of both messages go to @p shown.
 */
void answerNextImport(
    QStringList& shown, std::function<void(ImportMappingDialog*)> checkColumns, const QString& confirmPicture = {})
{
    onNextModal([&shown, checkColumns, confirmPicture](QWidget* dialog) {
        auto* columns = qobject_cast<ImportMappingDialog*>(dialog);
        QVERIFY(columns);
        checkColumns(columns);
        if (QTest::currentTestFailed()) {
            return;
        }
        onNextModal([&shown, confirmPicture](QWidget* box) {
            shown << qobject_cast<QMessageBox*>(box)->text();
            if (!confirmPicture.isEmpty()) {
                saveScreenshot(box, confirmPicture);
            }
            onNextModal([&shown](QWidget* done) {
                shown << qobject_cast<QMessageBox*>(done)->text();
                qobject_cast<QMessageBox*>(done)->accept();
            });
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        columns->accept();
    });
}

// How many persons the database at @p path finds for @p text, read on a connection of its own.
qsizetype personsFound(const QString& path, const QString& text)
{
    DbStatus status;
    auto db = Database::open(path, Database::Mode::OpenExisting, &status);
    PersonFilter f;
    f.text = text;
    return db ? PersonRepository(*db).list(f).value().size() : -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheDemoDatabase();
    void keyboardSwitchesPages();
    void overviewReadsItsFiguresWhenShown();
    void searchFindsAndEnterOpens();
    void searchFindsOrganisationByShortText();
    void createCompanyThroughTheForm();
    void duplicateWarningShows();
    void dirtyFormAsksBeforeLeaving();
    void saveInTheQuestionSavesOrShowsTheErrors();
    void staleFormDoesNotUndoAnotherWindowsChange();
    void conflictIsSettledFieldByField();
    void damagedDatabaseOffersTheBackup();
    void secondWindowOnTheSameDatabaseIsTold();
    void createPersonThroughTheForm();
    void organisationPageShowsItsWorld();
    void personPageShowsDoNotContact();
    void ctrlPShowsThePrintPreview();
    void filterNarrowsTheList();
    void openingABadFileKeepsTheCurrent();
    void importsPersonsWithConfirmation();
    void aListOfOrganisationsIsNotTakenForPersons();
    void showsTheColumnsOfAnOutlookExport();
    void importsOrganisations();
    void failedReadsAreShownWithRetry();
    void enterInTheStaffFormSaves();
    void newStaffMemberAsksAboutUnsavedChanges();
    void archivingAsksInAWrappedDialog();
    void newIsOffWhereThereIsNothingToCreate();
    void shortcutsListEveryKeyOfTheWindow();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_t = std::make_unique<test::TempDatabase>();
    m_window = test::windowOnDemo(*m_t);
    QVERIFY(m_window);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_t.reset();
}

void TestMainWindow::opensOnTheDemoDatabase()
{
    // The file first, the program once: Qt adds the display name main() sets only to a title not ending with it.
    QCOMPARE(m_window->windowTitle(), u"test.sqlite — KMUni CRM"_s);
    const QString displayName = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(u"KMUni CRM"_s);
    QVERIFY(m_window->windowTitle().endsWith(QGuiApplication::applicationDisplayName()));
    QGuiApplication::setApplicationDisplayName(displayName);
    QCOMPARE(m_window->windowTitle().count(u"KMUni CRM"_s), 1);
    auto* status = m_window->findChild<QLabel*>(u"databaseStatus"_s);
    QVERIFY(status->text().contains(u"test.sqlite"_s));
    QVERIFY(m_window->findChild<QLabel*>(u"userStatus"_s)->text().contains(u"testuser"_s));
    m_window->showPage(0);
    QTest::qWait(50);
    saveScreenshot(m_window.get(), u"overview"_s);
}

void TestMainWindow::keyboardSwitchesPages()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), m_window->organisationsPage());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), m_window->personsPage());
    // The list has the focus and works with the arrow keys.
    QTreeView* list = m_window->personsPage()->view();
    QTRY_VERIFY(list->model()->rowCount() > 0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_VERIFY(m_window->personsPage()->detail()->person().has_value());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage()->objectName(), u"overviewPage"_s);
}

void TestMainWindow::overviewReadsItsFiguresWhenShown()
{
    // A save while another page is shown does not run the overview's queries; showing it does.
    auto* figures = m_window->findChild<QLabel*>(u"figures"_s);
    QVERIFY(figures);
    m_window->showPage(0);
    const QString before = figures->text();
    QVERIFY(before.contains(u"companies"_s));
    m_window->showPage(1);
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Zeche Hannover Sensorik"_s;
    o.city = u"Bochum"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_window->session().db()).save(o, &error), qPrintable(error));
    m_window->session().notifyChanged(EntityKind::Organisation, o.id);
    QCOMPARE(figures->text(), before); // hidden: not read again
    m_window->showPage(0);
    QVERIFY(figures->text() != before); // one company more
    QVERIFY2(OrganisationRepository(m_window->session().db()).remove(o.id, &error), qPrintable(error));
    m_window->session().notifyChanged(EntityKind::Organisation, o.id);
    QCOMPARE(figures->text(), before); // shown: read at once
}

void TestMainWindow::searchFindsAndEnterOpens()
{
    SearchField* search = m_window->searchField();
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    type(search, u"mueller"_s);
    QTreeWidget* popup = search->popup();
    QTRY_VERIFY(popup->isVisible());
    const auto found = popup->findItems(u"Frank Müller"_s, Qt::MatchStartsWith);
    QVERIFY2(!found.isEmpty(), "Frank Müller is among the results");
    saveScreenshot(m_window.get(), u"search"_s);
    // Enter opens the highlighted (first) result: the person.
    popup->setCurrentItem(found.first());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->personsPage());
    QVERIFY(m_window->personsPage()->detail()->person());
    QCOMPARE(m_window->personsPage()->detail()->person()->lastName, u"Müller"_s);
    QTRY_COMPARE(m_window->personsPage()->currentId(), m_window->personsPage()->detail()->person()->id);
}

void TestMainWindow::searchFindsOrganisationByShortText()
{
    SearchField* search = m_window->searchField();
    search->clear();
    search->setFocus();
    type(search, u"ruhr-uni"_s);
    QTRY_VERIFY(search->popup()->isVisible());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), m_window->organisationsPage());
    QCOMPARE(m_window->organisationsPage()->detail()->organisation()->name, u"Ruhr-Universität Bochum"_s);
}

void TestMainWindow::createCompanyThroughTheForm()
{
    m_window->showPage(1);
    bool filled = false;
    onNextModal([&](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        QVERIFY(name);
        QVERIFY(name->hasFocus() || dialog->focusWidget());
        type(name, u"Zeche Zollern Robotik"_s);
        auto* legal = dialog->findChild<QComboBox*>(u"legalFormComboBox"_s);
        legal->setCurrentText(u"GmbH"_s);
        auto* sector = dialog->findChild<QComboBox*>(u"sectorComboBox"_s);
        sector->setCurrentIndex(sector->findData(u"production"_s));
        type(dialog->findChild<QLineEdit*>(u"streetLineEdit"_s), u"Grubenweg 5"_s);
        type(dialog->findChild<QLineEdit*>(u"postalCodeLineEdit"_s), u"4437"_s); // one digit short
        type(dialog->findChild<QLineEdit*>(u"cityLineEdit"_s), u"Dortmund"_s);
        type(dialog->findChild<QLineEdit*>(u"phoneLineEdit"_s), u"+49 (0)231 7551234"_s);
        type(dialog->findChild<QLineEdit*>(u"emailLineEdit"_s), u"info@zollern-robotik.example"_s);
        saveScreenshot(dialog, u"organisation-form"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        // The wrong postal code is named beside its field; the dialog stays open.
        auto* error = dialog->findChild<QLabel*>(u"postalCodeError"_s);
        QVERIFY(error && error->isVisible());
        QVERIFY(dialog->isVisible());
        saveScreenshot(dialog, u"organisation-form-error"_s);
        type(dialog->findChild<QLineEdit*>(u"postalCodeLineEdit"_s), u"1"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        filled = true;
    });
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(filled);
    // In the database …
    OrganisationFilter f;
    f.text = u"Zollern Robotik"_s;
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    const auto saved = OrganisationRepository(*db).list(f).value();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().postalCode, u"44371"_s);
    QCOMPARE(saved.first().phone, u"+492317551234"_s);
    QCOMPARE(saved.first().sector, u"production"_s);
    // … shown, selected in the list, and found by its filter.
    OrganisationsPage* page = m_window->organisationsPage();
    QTRY_COMPARE(page->detail()->organisation()->id, saved.first().id);
    QTRY_COMPARE(page->currentId(), saved.first().id);
    auto* filter = page->findChild<QLineEdit*>(u"organisationFilterText"_s);
    type(filter, u"zollern"_s);
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    QTRY_COMPARE(page->view()->model()->index(0, 0).data().toString(), u"Zeche Zollern Robotik GmbH"_s);
    filter->clear();
}

void TestMainWindow::duplicateWarningShows()
{
    m_window->showPage(1);
    bool warned = false;
    onNextModal([&](QWidget* dialog) {
        type(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"Mikrowerk Sensorik"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        auto* warning = dialog->findChild<QWidget*>(u"duplicateWarning"_s);
        warned = warning->isVisible() && dialog->isVisible();
        saveScreenshot(dialog, u"duplicate-warning"_s);
        // Cancel: the form has changes, so it asks; discard them.
        onNextModal([](QWidget* box) {
            auto* message = qobject_cast<QMessageBox*>(box);
            QVERIFY(message);
            message->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(warned);
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    OrganisationFilter f;
    f.text = u"Mikrowerk"_s;
    QCOMPARE(OrganisationRepository(*db).list(f).value().size(), 1); // nothing new was saved
}

void TestMainWindow::dirtyFormAsksBeforeLeaving()
{
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->showPage(1);
    m_window->session().show(EntityKind::Organisation, 5);
    const QString before = page->detail()->organisation()->name;
    int asked = 0;
    onNextModal([&](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        name->selectAll();
        type(name, u"Geänderter Name"_s);
        // First Esc: asked, "Cancel" keeps the form open with the change.
        onNextModal([&](QWidget* box) {
            ++asked;
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_COMPARE(asked, 1);
        QVERIFY(dialog->isVisible());
        QCOMPARE(name->text(), u"Geänderter Name"_s);
        // Second Esc: "Discard" closes without saving.
        onNextModal([&](QWidget* box) {
            ++asked;
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    page->editAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(page->detail()->organisation()->name, before);
    // An unchanged form closes at once, without asking.
    onNextModal([&](QWidget* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    page->editAction()->trigger();
    QCOMPARE(asked, 2);
}

// Two windows on one database: the form was opened, then the organisation was archived from
// elsewhere; saving the form does not silently un-archive it. The user sees both versions: "Back to
// the form" saves nothing, "Keep the other version" closes the form, "Save with these choices" saves
// the form's name and, as preset, keeps the archiving (only the other version changed it).
void TestMainWindow::staleFormDoesNotUndoAnotherWindowsChange()
{
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->showPage(1);
    const Id id = 6;
    m_window->session().show(EntityKind::Organisation, id);
    QTRY_COMPARE(page->detail()->organisation()->id, id);
    DbStatus status;
    auto other = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QVERIFY2(other, qPrintable(status.message));
    const auto archiveElsewhere = [&] {
        QString error;
        QVERIFY2(OrganisationRepository(*other).archive(id, u"Betrieb ruht"_s, &error), qPrintable(error));
    };
    const auto unarchive = [&] {
        QString error;
        QVERIFY2(OrganisationRepository(*other).unarchive(id, &error), qPrintable(error));
    };
    for (const QString& button : {u"keepEditingButton"_s, u"takeTheirsButton"_s, u"saveChosenButton"_s}) {
        QStringList shown;
        onNextModal([&](QWidget* dialog) {
            archiveElsewhere(); // while the form is open
            auto* notes = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
            notes->setText(notes->text() + u" (neu)"_s);
            onNextModal([&](QWidget* conflict) {
                saveScreenshot(conflict, u"edit-conflict"_s);
                auto* fields = conflict->findChild<QWidget*>(u"conflictFields"_s);
                for (const QRadioButton* mine : fields->findChildren<QRadioButton*>()) {
                    if (mine->objectName().endsWith(u"Mine"_s)) {
                        shown << mine->objectName().chopped(4);
                    }
                }
                conflict->findChild<QPushButton*>(button)->click();
            });
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            if (dialog->isVisible()) {
                QCOMPARE(button, u"keepEditingButton"_s);
                dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(page->detail()->organisation()->name);
                qobject_cast<QDialog*>(dialog)->done(QDialog::Rejected);
            }
        });
        page->editAction()->trigger();
        QVERIFY2(shown.contains(u"archived"_s) && shown.contains(u"name"_s), qPrintable(shown.join(u' ')));
        const Organisation stored = OrganisationRepository(*other).find(id).value();
        QVERIFY(stored.archived); // never silently undone
        QCOMPARE(stored.name.endsWith(u" (neu)"_s), button == u"saveChosenButton"_s);
        if (button == u"saveChosenButton"_s) {
            OrganisationRepository repository(*other);
            Organisation renamed = stored;
            renamed.name.chop(6);
            QString error;
            QVERIFY2(repository.save(renamed, &error), qPrintable(error));
        }
        if (stored.archived) {
            unarchive();
        }
        m_window->session().show(EntityKind::Organisation, id);
        QTRY_VERIFY(!page->detail()->organisation()->archived);
    }
}

// Issue 16: two offices edit the same organisation. Office A saves a new phone number and city while
// office B's form is open; B changed the notes and the phone too. B's save meets the conflict dialog
// with a row for each differing field: the phone (changed by both) and the notes (only B) preset to
// B's version, the city (only A) to A's. B takes A's phone with the keyboard and saves: the record has
// A's phone and city and B's notes, at a new row version.
void TestMainWindow::conflictIsSettledFieldByField()
{
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->showPage(1);
    const Id id = 7;
    m_window->session().show(EntityKind::Organisation, id);
    QTRY_COMPARE(page->detail()->organisation()->id, id);
    DbStatus status;
    auto other = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QVERIFY2(other, qPrintable(status.message));
    OrganisationRepository repository(*other);
    const Organisation before = repository.find(id).value();
    Organisation officeA;
    QString responsible; // the name of the staff member office A makes responsible
    QMap<QString, bool> preset;
    QString error;
    onNextModal([&](QWidget* dialog) {
        // Office A, while B's form is open.
        officeA = repository.find(id).value();
        officeA.phone = u"+49 231 5550101"_s;
        officeA.city = before.city == u"Bochum"_s ? u"Dortmund"_s : u"Bochum"_s;
        for (const StaffMember& member : StaffRepository(*other).list().value()) {
            if (member.id != before.responsibleStaffId) {
                officeA.responsibleStaffId = member.id;
                responsible = member.displayName();
            }
        }
        QVERIFY2(repository.save(officeA, &error), qPrintable(error));
        officeA = repository.find(id).value(); // as stored: the phone normalised, the version raised
        // Office B.
        dialog->findChild<QPlainTextEdit*>(u"notesTextEdit"_s)->setPlainText(u"Rückruf von Frau Peters erbeten."_s);
        dialog->findChild<QLineEdit*>(u"phoneLineEdit"_s)->setText(u"+49 231 5550202"_s);
        onNextModal([&](QWidget* conflict) {
            saveScreenshot(conflict, u"edit-conflict-fields"_s);
            for (QRadioButton* radio : conflict->findChildren<QRadioButton*>()) {
                preset.insert(radio->objectName(), radio->isChecked());
            }
            // A link by the name of whom it points at.
            auto* responsibleTheirs = conflict->findChild<QRadioButton*>(u"responsible_staff_idTheirs"_s);
            QVERIFY(responsibleTheirs);
            QCOMPARE(responsibleTheirs->parentWidget()->findChild<QLabel*>()->text(), responsible);
            // The mouse: a click on a value chooses it, as one on its radio button does.
            auto* notesTheirs = conflict->findChild<QRadioButton*>(u"notesTheirs"_s);
            auto* notesMine = conflict->findChild<QRadioButton*>(u"notesMine"_s);
            QVERIFY(notesTheirs && notesMine);
            QTest::mouseClick(notesTheirs->parentWidget()->findChild<QLabel*>(), Qt::LeftButton);
            QVERIFY(notesTheirs->isChecked());
            QTest::mouseClick(notesMine->parentWidget()->findChild<QLabel*>(), Qt::LeftButton);
            QVERIFY(notesMine->isChecked());
            auto* phoneMine = conflict->findChild<QRadioButton*>(u"phoneMine"_s);
            auto* phoneTheirs = conflict->findChild<QRadioButton*>(u"phoneTheirs"_s);
            QVERIFY(phoneMine && phoneTheirs);
            // Keyboard: the arrow key switches the row to the other version.
            phoneMine->setFocus();
            QTest::keyClick(phoneMine, Qt::Key_Right);
            QVERIFY(phoneTheirs->isChecked());
            QVERIFY(!phoneMine->isChecked());
            saveScreenshot(conflict, u"edit-conflict-fields-chosen"_s);
            conflict->findChild<QPushButton*>(u"saveChosenButton"_s)->click();
        });
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        if (dialog->isVisible()) {
            qobject_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        }
    });
    page->editAction()->trigger();
    // Only the fields that differ have a row, each preset as described.
    QCOMPARE(preset.value(u"phoneMine"_s), true);
    QCOMPARE(preset.value(u"notesMine"_s), true);
    QCOMPARE(preset.value(u"cityTheirs"_s), true);
    QCOMPARE(preset.value(u"responsible_staff_idTheirs"_s), true);
    QVERIFY(!preset.contains(u"nameMine"_s));
    const Organisation stored = repository.find(id).value();
    QCOMPARE(stored.phone, officeA.phone);
    QCOMPARE(stored.city, officeA.city);
    QCOMPARE(stored.responsibleStaffId, officeA.responsibleStaffId);
    QCOMPARE(stored.notes, u"Rückruf von Frau Peters erbeten."_s);
    QVERIFY2(stored.version > officeA.version, qPrintable(u"%1 → %2"_s.arg(officeA.version).arg(stored.version)));
    // The window shows what was stored.
    QTRY_COMPARE(page->detail()->organisation()->notes, stored.notes);
    // Back as it was, for the tests after this one.
    Organisation restored = before;
    restored.version = stored.version;
    QVERIFY2(repository.save(restored, &error), qPrintable(error));
}

// Opening a database takes the daily backup (in the background); opened again after a few of its pages were damaged,
// the window says so and offers that backup, which restores the data (the damaged file kept beside).
void TestMainWindow::damagedDatabaseOffersTheBackup()
{
    const QString path = m_t->folder() + u"/office.sqlite"_s;
    {
        test::TempDatabase source;
        QVERIFY(test::loadDemo(source.db()));
        QString error;
        QVERIFY2(source.db().backupTo(path, &error), qPrintable(error));
    }
    const QString current = m_window->session().db().path();
    QVERIFY(m_window->openDatabase(path, false));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->dailyBackup()->isRunning(), 30000);
    QCOMPARE(backup::list(path).size(), 1); // the daily backup
    QVERIFY(m_window->openDatabase(current, false)); // let go of the file
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(32 * 1024, '\xee'));
    }
    bool offered = false;
    onNextModal([&](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        QVERIFY(message);
        for (QAbstractButton* button : message->buttons()) {
            if (button->text().startsWith(u"Restore the backup of"_s)) {
                offered = true;
                onNextModal(
                    [](QWidget* question) { qobject_cast<QMessageBox*>(question)->button(QMessageBox::Yes)->click(); });
                button->click();
                return;
            }
        }
        message->button(QMessageBox::Close)->click();
    });
    QVERIFY(m_window->openDatabase(path, false));
    QVERIFY(offered);
    QTRY_COMPARE(m_window->session().db().path(), path);
    QCOMPARE(m_window->session().db().quickCheck(), QString());
    QVERIFY(OrganisationRepository(m_window->session().db()).find(1).value().id == 1);
    QCOMPARE(QDir(m_t->folder()).entryList({u"office.sqlite.before-restore-*"_s}, QDir::Files).size(), 1);
    QVERIFY(m_window->openDatabase(current, false));
}

// Another window (here: its lock file) has the database open: this one asks before it opens it too.
void TestMainWindow::secondWindowOnTheSameDatabaseIsTold()
{
    const QString path = m_t->folder() + u"/shared.sqlite"_s;
    {
        test::TempDatabase source;
        QString error;
        QVERIFY2(source.db().backupTo(path, &error), qPrintable(error));
    }
    QLockFile other(path + u".lock"_s);
    QVERIFY(other.tryLock(0));
    const QString current = m_window->session().db().path();
    onNextModal([](QWidget* box) { qobject_cast<QMessageBox*>(box)->button(QMessageBox::No)->click(); });
    QVERIFY(!m_window->openDatabase(path, false));
    QCOMPARE(m_window->session().db().path(), current);
    onNextModal([](QWidget* box) {
        QVERIFY(qobject_cast<QMessageBox*>(box)->text().contains(u"already open in another KMUni window"_s));
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
    });
    QVERIFY(m_window->openDatabase(path, false));
    QCOMPARE(m_window->session().db().path(), QFileInfo(path).absoluteFilePath());
    other.unlock();
    // This window holds the lock now: another window would be told.
    QVERIFY(m_window->openDatabase(current, false));
    QVERIFY(m_window->openDatabase(path, false));
    QLockFile third(path + u".lock"_s);
    QVERIFY(!third.tryLock(0));
    QVERIFY(m_window->openDatabase(current, false));
    QVERIFY(third.tryLock(0)); // let go with the database
}

// "Save" in the question saves like the Save button: a wrong field keeps the form open and shows
// its error; a right one saves and closes.
void TestMainWindow::saveInTheQuestionSavesOrShowsTheErrors()
{
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->showPage(1);
    m_window->session().show(EntityKind::Organisation, 6);
    int asked = 0;
    onNextModal([&](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        onNextModal([&](QWidget* box) {
            ++asked;
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Save)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_COMPARE(asked, 1);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->findChild<QLabel*>(u"nameError"_s)->isVisible());
        type(name, u"Hansa Messtechnik Süd"_s);
        onNextModal([&](QWidget* box) {
            ++asked;
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Save)->click();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    page->editAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(page->detail()->organisation()->name, u"Hansa Messtechnik Süd"_s);
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    QCOMPARE(OrganisationRepository(*db).find(6)->name, u"Hansa Messtechnik Süd"_s);
}

void TestMainWindow::createPersonThroughTheForm()
{
    m_window->showPage(2);
    onNextModal([&](QWidget* dialog) {
        auto* picker = dialog->findChild<EntityPicker*>(u"organisationPicker"_s);
        picker->setFocus();
        type(picker, u"Zollern"_s);
        QAbstractItemView* suggestions = picker->completer()->popup();
        QTRY_VERIFY(suggestions->isVisible());
        QTest::keyClick(suggestions, Qt::Key_Down);
        QTest::keyClick(suggestions, Qt::Key_Return);
        QTRY_VERIFY(picker->id() > 0);
        type(dialog->findChild<QLineEdit*>(u"firstNameLineEdit"_s), u"Jürgen"_s);
        type(dialog->findChild<QLineEdit*>(u"lastNameLineEdit"_s), u"Großkötter"_s);
        type(dialog->findChild<QLineEdit*>(u"functionLineEdit"_s), u"Geschäftsführer"_s);
        type(dialog->findChild<QLineEdit*>(u"emailLineEdit"_s), u"j.grosskoetter@zollern.example"_s);
        type(dialog->findChild<QLineEdit*>(u"mobileLineEdit"_s), u"0171 2345678"_s);
        saveScreenshot(dialog, u"person-form"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    PersonsPage* page = m_window->personsPage();
    QTRY_VERIFY(page->detail()->person().has_value());
    QCOMPARE(page->detail()->person()->lastName, u"Großkötter"_s);
    QTRY_COMPARE(page->currentId(), page->detail()->person()->id);
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    PersonFilter f;
    f.text = u"grosskoetter"_s;
    const auto found = PersonRepository(*db).list(f).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().mobile, u"+491712345678"_s);
    const auto org = OrganisationRepository(*db).find(found.first().organisationId);
    QVERIFY(org);
    QCOMPARE(org->name, u"Zeche Zollern Robotik"_s);
}

void TestMainWindow::organisationPageShowsItsWorld()
{
    OrganisationsPage* page = m_window->organisationsPage();
    // The university of the demo with institutes, persons and activities.
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    OrganisationFilter f;
    f.text = u"Technische Universität Dortmund"_s;
    const Id tu = OrganisationRepository(*db).list(f).value().first().id;
    m_window->session().show(EntityKind::Organisation, tu);
    QCOMPARE(m_window->currentPage(), page);
    auto* tabs = page->detail()->findChild<QTabWidget*>(u"organisationTabs"_s);
    QVERIFY(tabs->isTabVisible(2)); // institutes
    auto* title = page->detail()->findChild<QLabel*>(u"headerTitle"_s);
    QCOMPARE(title->text(), u"Technische Universität Dortmund"_s);
    // A company: stage badge, timeline newest first.
    f.text = u"NanoFluid"_s;
    const Id company = OrganisationRepository(*db).list(f).value().first().id;
    m_window->session().show(EntityKind::Organisation, company);
    QVERIFY(page->detail()->findChild<QLabel*>(u"stageBadge"_s));
    tabs->setCurrentIndex(3); // the timeline loads when its tab is shown
    auto* timeline = page->detail()->findChild<QTreeWidget*>(u"organisationTimeline"_s);
    QVERIFY(timeline->topLevelItemCount() >= 2);
    const auto date
        = [&](int row) { return QDateTime::fromString(timeline->topLevelItem(row)->text(0), u"dd.MM.yyyy HH:mm"_s); };
    QVERIFY(date(0) >= date(1));
    QVERIFY(!tabs->isTabVisible(2));
    QTRY_COMPARE(page->currentId(), company);
    saveScreenshot(m_window.get(), u"organisation-page"_s);
    tabs->setCurrentIndex(3);
    saveScreenshot(m_window.get(), u"organisation-timeline"_s);
    tabs->setCurrentIndex(0);
}

void TestMainWindow::ctrlPShowsThePrintPreview()
{
    OrganisationsPage* page = m_window->organisationsPage();
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    OrganisationFilter f;
    f.text = u"NanoFluid"_s;
    const Id company = OrganisationRepository(*db).list(f).value().first().id;
    m_window->session().show(EntityKind::Organisation, company);
    QTRY_COMPARE(page->currentId(), company);
    activate(m_window.get());
    int pages = -1;
    QString title;
    onNextModal([&](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        QVERIFY(preview);
        title = preview->windowTitle();
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() >= 1);
        pages = widget->pageCount();
        saveScreenshot(preview, u"print-preview"_s);
        preview->reject();
    });
    page->view()->setFocus();
    QTest::keySequence(page->view(), QKeySequence::Print);
    QVERIFY(pages >= 1);
    QVERIFY2(title.contains(u"print preview"_s), qPrintable(title));
    activate(m_window.get());
}

void TestMainWindow::personPageShowsDoNotContact()
{
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    PersonFilter f;
    f.doNotContact = true;
    const auto blocked = PersonRepository(*db).list(f).value();
    QVERIFY(!blocked.isEmpty());
    m_window->session().show(EntityKind::Person, blocked.first().id);
    PersonsPage* page = m_window->personsPage();
    QCOMPARE(m_window->currentPage(), page);
    auto* banner = page->detail()->findChild<QLabel*>(u"doNotContactBanner"_s);
    QVERIFY(banner->isVisible());
    saveScreenshot(m_window.get(), u"person-page"_s);
}

void TestMainWindow::filterNarrowsTheList()
{
    m_window->showPage(1);
    OrganisationsPage* page = m_window->organisationsPage();
    auto* kind = page->findChild<QComboBox*>(u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"university"_s));
    QTRY_VERIFY(page->view()->model()->rowCount() >= 5 && page->view()->model()->rowCount() < 12);
    auto* pilots = page->findChild<QComboBox*>(u"sectorFilter"_s);
    Q_UNUSED(pilots);
    kind->setCurrentIndex(0);
    QTRY_VERIFY(page->view()->model()->rowCount() > 40);
}

void TestMainWindow::openingABadFileKeepsTheCurrent()
{
    const QString bad = m_t->folder() + u"/notes.txt"_s;
    QVERIFY(test::writeFile(bad, "keine Datenbank"));
    QString shown;
    onNextModal([&](QWidget* box) {
        shown = qobject_cast<QMessageBox*>(box)->text();
        qobject_cast<QMessageBox*>(box)->accept();
    });
    QVERIFY(!m_window->openDatabase(bad, false));
    QVERIFY(shown.contains(u"not a KMUni database"_s));
    QVERIFY(m_window->session().isOpen());
    QCOMPARE(m_window->session().db().path(), m_t->path());
}

void TestMainWindow::importsPersonsWithConfirmation()
{
    const QString file = m_t->folder() + u"/import.csv"_s;
    QVERIFY(test::writeFile(
        file, "Nachname;Vorname;Firma\nImportina;Ida;Zeche Zollern Robotik\nImportowski;Jan;Neue Firma GmbH\n"));
    QStringList shown;
    answerNextImport(
        shown,
        [](ImportMappingDialog* columns) {
            // First the columns and what they are taken over as; "Firma" is the organisation.
            auto* table = columns->findChild<QTableWidget*>();
            QCOMPARE(table->rowCount(), 3);
            QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(2, 2))->currentData().toInt(),
                int(import::Field::Organisation));
            QCOMPARE(columns->mapping().value(2).field, import::Field::Organisation);
            saveScreenshot(columns, u"import-columns"_s);
        },
        u"import-confirm"_s);
    importPersons(m_window.get(), m_window->session(), file);
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown[0].contains(u"contact persons: 2 new"_s), qPrintable(shown[0]));
    QVERIFY2(shown[0].contains(u"organisations: 1 new, 0 completed"_s), qPrintable(shown[0]));
    QCOMPARE(personsFound(m_t->path(), u"Import"_s), 2);
}

// A list of organisations chosen for the persons import: the program says so and offers to import
// it as organisations, where it lands; no organisation becomes a person.
void TestMainWindow::aListOfOrganisationsIsNotTakenForPersons()
{
    const QString file = m_t->folder() + u"/firmen.csv"_s;
    QVERIFY(
        test::writeFile(file, "Name;Art;KMU;Pilotunternehmen;Ort\nWerkhalle Wanne GmbH;Unternehmen;ja;nein;Herne\n"));
    QStringList shown;
    QString asked;
    onNextModal([&](QWidget* box) {
        auto* question = qobject_cast<QMessageBox*>(box);
        QVERIFY(question);
        asked = question->text();
        saveScreenshot(question, u"import-wrong-kind"_s);
        answerNextImport(shown,
            [](ImportMappingDialog* columns) { QCOMPARE(columns->mapping().value(1).field, import::Field::OrgKind); });
        question->button(QMessageBox::Open)->click();
    });
    importPersons(m_window.get(), m_window->session(), file);
    QVERIFY2(asked.contains(u"looks like a list of organisations"_s), qPrintable(asked));
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown[1].contains(u"1 new"_s), qPrintable(shown[1]));
    QCOMPARE(personsFound(m_t->path(), u"Werkhalle"_s), 0);
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    OrganisationFilter companies;
    companies.text = u"Werkhalle"_s;
    const auto found = OrganisationRepository(*db).list(companies).value();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().isSme);
}

void TestMainWindow::showsTheColumnsOfAnOutlookExport()
{
    QFile file(QStringLiteral(KMUNI_TEST_DATA) + u"/import/outlook-de.csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportPreview preview = PersonImport::preview(file.readAll(), csv::Encoding::Auto);
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.rows, 3);
    ImportMappingDialog dialog(u"outlook-de.csv"_s, preview, m_window.get());
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    const auto combo = [&](const QString& header) {
        return qobject_cast<QComboBox*>(table->cellWidget(int(preview.header.indexOf(header)), 2));
    };
    QCOMPARE(combo(u"Telefon geschäftlich"_s)->currentData().toInt(), int(import::Field::Phone));
    QCOMPARE(combo(u"Ort geschäftlich"_s)->currentData().toInt(), int(import::Field::OrgCity));
    QCOMPARE(combo(u"Telefon privat"_s)->currentData().toInt(), int(import::Field::Ignore));
    // The empty columns are hidden until asked for.
    QVERIFY(table->isRowHidden(int(preview.header.indexOf(u"Fax privat"_s))));
    QVERIFY(!table->isRowHidden(int(preview.header.indexOf(u"Telefon privat"_s))));
    saveScreenshot(&dialog, u"import-columns-outlook"_s);
    dialog.findChild<QCheckBox*>(u"showEmptyColumns"_s)->setChecked(true);
    QVERIFY(!table->isRowHidden(int(preview.header.indexOf(u"Fax privat"_s))));
    // The user takes the private phone over as the mobile number.
    QComboBox* privatePhone = combo(u"Telefon privat"_s);
    privatePhone->setCurrentIndex(privatePhone->findData(int(import::Field::Mobile)));
    QCOMPARE(dialog.mapping().value(int(preview.header.indexOf(u"Telefon privat"_s))).field, import::Field::Mobile);
    // Without a name column nothing can be checked.
    QComboBox* lastName = combo(u"Nachname"_s);
    lastName->setCurrentIndex(lastName->findData(int(import::Field::Ignore)));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.reject();
}

void TestMainWindow::importsOrganisations()
{
    const QString file = m_t->folder() + u"/organisations.csv"_s;
    QVERIFY(test::writeFile(file, "Firma;Ort;Branche;Kreis\nImportwerk Herne GmbH;Herne;Production;Herne\n"));
    QStringList shown;
    answerNextImport(shown, [](ImportMappingDialog* columns) {
        QCOMPARE(columns->mapping().value(0).field, import::Field::Organisation);
        QCOMPARE(columns->mapping().value(2).field, import::Field::OrgSector);
        // The organisations' fields to choose from, not the persons'.
        auto* combo = qobject_cast<QComboBox*>(columns->findChild<QTableWidget*>()->cellWidget(3, 2));
        QVERIFY(combo->findData(int(import::Field::OrgEmployees)) >= 0);
        QCOMPARE(combo->findData(int(import::Field::FirstName)), -1);
    });
    importOrganisations(m_window.get(), m_window->session(), file);
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown[0].contains(u"organisations: 1 new"_s), qPrintable(shown[0]));
    QVERIFY2(shown[0].contains(u"»Kreis«"_s), qPrintable(shown[0]));
    DbStatus status;
    auto db = Database::open(m_t->path(), Database::Mode::OpenExisting, &status);
    OrganisationFilter f;
    f.text = u"Importwerk"_s;
    const auto found = OrganisationRepository(*db).list(f).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().sector, u"production"_s);
}

void TestMainWindow::failedReadsAreShownWithRetry()
{
    // The persons table renamed under the window (another program, a damaged file): the list says
    // so with a way to try again, the search says it failed instead of "nothing found".
    PersonsPage* page = m_window->personsPage();
    m_window->showPage(2);
    QCOMPARE(m_window->currentPage(), page);
    auto* failure = page->findChild<QWidget*>(u"loadFailure"_s);
    QVERIFY(failure);
    QVERIFY(!failure->isVisible());
    QVERIFY(test::execBeside(m_t->path(), "ALTER TABLE persons RENAME TO persons_gone"));
    // View › Refresh (F5), as the menu triggers it: another test's box may hold the keyboard.
    QAction* refresh = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Refresh)) {
            refresh = action;
        }
    }
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_VERIFY(failure->isVisible());
    const QString message = page->findChild<QLabel*>(u"loadFailureText"_s)->text();
    QVERIFY2(message.contains(u"persons"_s), qPrintable(message));
    QVERIFY(!page->findChild<QLabel*>(u"emptyState"_s)->isVisible()); // not "no contact persons yet"
    saveScreenshot(m_window.get(), u"list-load-failed"_s);

    SearchField* search = m_window->searchField();
    search->clear();
    search->setFocus();
    type(search, u"müller"_s);
    QTRY_VERIFY(search->popup()->isVisible());
    QTRY_VERIFY(search->popup()->topLevelItemCount() > 0);
    const QString said = search->popup()->topLevelItem(0)->text(0);
    QVERIFY2(said.contains(u"failed"_s) && !said.contains(u"Nothing found"_s), qPrintable(said));
    QTest::keyClick(search, Qt::Key_Escape);

    QVERIFY(test::execBeside(m_t->path(), "ALTER TABLE persons_gone RENAME TO persons"));
    QTest::mouseClick(page->findChild<QPushButton*>(u"retryLoad"_s), Qt::LeftButton);
    QTRY_VERIFY(!failure->isVisible());
    QTRY_VERIFY(page->view()->model()->rowCount() > 0);
}

namespace {

QAction* windowAction(MainWindow* window, const QString& name)
{
    return window->findChild<QAction*>(name);
}

} // namespace

// Extras › Staff: Enter in the form saves the member shown (Save is the default button); the buttons beside
// it never take Enter over, so a form is not cleared by it.
void TestMainWindow::enterInTheStaffFormSaves()
{
    activate(m_window.get());
    Id id = 0;
    onNextModal([&](QWidget* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(u"staffList"_s);
        auto* phone = dialog->findChild<QLineEdit*>(u"phoneLineEdit"_s);
        auto* last = dialog->findChild<QLineEdit*>(u"lastNameLineEdit"_s);
        auto* save = dialog->findChild<QPushButton*>(u"saveStaffButton"_s);
        auto* add = dialog->findChild<QPushButton*>(u"newStaffButton"_s);
        auto* me = dialog->findChild<QPushButton*>(u"thisIsMeButton"_s);
        auto* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        QVERIFY(list && phone && last && save && add && me && close);
        QVERIFY(save->isDefault());
        for (QPushButton* other : {add, me, close}) {
            QVERIFY2(!other->autoDefault() && !other->isDefault(), qPrintable(other->text()));
        }
        QVERIFY(list->topLevelItemCount() > 1);
        list->setCurrentItem(list->topLevelItem(0));
        id = list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        const QString name = last->text();
        QVERIFY(!name.isEmpty());
        // Changed phone number, Enter in the field: saved, the form still shows the member.
        phone->setFocus();
        phone->selectAll();
        type(phone, u"+49 231 1234-0"_s);
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(StaffRepository(m_window->session().db()).find(id)->phone, u"+49 231 1234-0"_s);
        QCOMPARE(last->text(), name);
        QCOMPARE(phone->text(), u"+49 231 1234-0"_s);
        // Enter with the focus on "New": saved as well, nothing cleared.
        phone->selectAll();
        type(phone, u"+49 231 1234-1"_s);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(StaffRepository(m_window->session().db()).find(id)->phone, u"+49 231 1234-1"_s);
        QCOMPARE(last->text(), name);
        QVERIFY(dialog->isVisible());
        saveScreenshot(dialog, u"staff-dialog"_s);
        QTest::keyClick(dialog, Qt::Key_Escape); // nothing changed: closes without asking
    });
    windowAction(m_window.get(), u"staffAction"_s)->trigger();
    QVERIFY(id > 0);
}

// New, another row, Esc: with unsaved changes the form asks (save, discard, stay), as the other forms do.
void TestMainWindow::newStaffMemberAsksAboutUnsavedChanges()
{
    activate(m_window.get());
    const auto members = StaffRepository(m_window->session().db()).list(false).valueOr({}).size();
    QStringList asked;
    onNextModal([&](QWidget* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(u"staffList"_s);
        auto* phone = dialog->findChild<QLineEdit*>(u"phoneLineEdit"_s);
        auto* last = dialog->findChild<QLineEdit*>(u"lastNameLineEdit"_s);
        auto* add = dialog->findChild<QPushButton*>(u"newStaffButton"_s);
        QVERIFY(list && phone && last && add);
        list->setCurrentItem(list->topLevelItem(1));
        const Id id = list->topLevelItem(1)->data(0, Qt::UserRole).toLongLong();
        const QString name = last->text();
        const QString stored = StaffRepository(m_window->session().db()).find(id)->phone;
        const auto answer = [&](QMessageBox::StandardButton button) {
            onNextModal([&asked, button](QWidget* box) {
                auto* message = qobject_cast<QMessageBox*>(box);
                QVERIFY(message);
                asked << message->text();
                message->button(button)->click();
            });
        };
        phone->selectAll();
        type(phone, u"0231 99"_s);
        // New, Cancel: the form stays as it is.
        answer(QMessageBox::Cancel);
        add->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(last->text(), name);
        QCOMPARE(phone->text(), u"0231 99"_s);
        // Another row, Cancel: back on the member's row with the change.
        answer(QMessageBox::Cancel);
        list->setCurrentItem(list->topLevelItem(0));
        QTRY_COMPARE(asked.size(), 2);
        QTRY_COMPARE(list->currentItem()->data(0, Qt::UserRole).toLongLong(), id);
        QCOMPARE(phone->text(), u"0231 99"_s);
        // New, Discard: an empty form, nothing saved.
        answer(QMessageBox::Discard);
        add->click();
        QCOMPARE(asked.size(), 3);
        QVERIFY(last->text().isEmpty());
        QCOMPARE(StaffRepository(m_window->session().db()).find(id)->phone, stored);
        // Back to the member, changed again; New, Save: saved, then the empty form.
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(last->text(), name);
        phone->selectAll();
        type(phone, u"0231 98"_s);
        answer(QMessageBox::Save);
        add->click();
        QCOMPARE(asked.size(), 4);
        QVERIFY(last->text().isEmpty());
        QCOMPARE(StaffRepository(m_window->session().db()).find(id)->phone, u"0231 98"_s);
        // An empty new form left alone asks nothing; typed into, Esc asks.
        type(last, u"Neumann"_s);
        answer(QMessageBox::Discard);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked.size(), 5);
    });
    windowAction(m_window.get(), u"staffAction"_s)->trigger();
    QCOMPARE(asked.size(), 5);
    QCOMPARE(StaffRepository(m_window->session().db()).list(false).valueOr({}).size(), members);
}

// Delete on an organisation with history: a dialog of a reading width whose text wraps, the name as it is
// (an "&" is no mnemonic), the numbers in their singular; Enter on an empty reason and Esc cancel.
void TestMainWindow::archivingAsksInAWrappedDialog()
{
    OrganisationsPage* page = m_window->organisationsPage();
    m_window->showPage(1);
    const Id id = 7; // the demo's "Centrum für Entrepreneurship & Transfer (CET) der TU Dortmund": 1 of each
    m_window->session().show(EntityKind::Organisation, id);
    QTRY_COMPARE(page->detail()->organisation()->id, id);
    const QString name = page->detail()->organisation()->name;
    QVERIFY(name.contains(u'&'));
    const auto one
        = [](const char* text) { return QCoreApplication::translate("kmuni::OrganisationsPage", text, nullptr, 1); };
    int shown = 0;
    const auto archive = [&](const std::function<void(ConfirmDialog*)>& answer) {
        onNextModal([&shown, answer](QWidget* dialog) {
            ++shown;
            auto* confirm = qobject_cast<ConfirmDialog*>(dialog);
            QVERIFY(confirm);
            answer(confirm);
        });
        page->archiveAction()->trigger();
    };
    archive([&](ConfirmDialog* dialog) {
        QLabel* text = dialog->textLabel();
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY(text->wordWrap());
        QVERIFY(!text->buddy()); // no mnemonic in the name
        QVERIFY2(text->text().contains(name), qPrintable(text->text()));
        for (const char* count : {"%n activity(s)", "%n contact person(s)", "%n match(es)"}) {
            QVERIFY2(text->text().contains(one(count)), qPrintable(text->text()));
        }
        QVERIFY(!text->text().contains(u"1 activities"_s));
        QVERIFY2(dialog->width() < 800, qPrintable(QString::number(dialog->width())));
        QVERIFY(dialog->height() < 400);
        QVERIFY(dialog->actionButton()->isVisible() && dialog->cancelButton()->isVisible());
        QVERIFY(dialog->cancelButton()->isDefault() && !dialog->actionButton()->isDefault());
        QCOMPARE(QApplication::focusWidget(), dialog->field());
        saveScreenshot(dialog, u"archive-organisation"_s);
        QTest::keyClick(dialog->field(), Qt::Key_Return); // empty: cancels
    });
    QCOMPARE(shown, 1);
    QVERIFY(!OrganisationRepository(m_window->session().db()).find(id)->archived);
    archive([](ConfirmDialog* dialog) {
        type(dialog->field(), u"Kooperation beendet"_s);
        QTest::keyClick(dialog->field(), Qt::Key_Escape);
    });
    QCOMPARE(shown, 2);
    QVERIFY(!OrganisationRepository(m_window->session().db()).find(id)->archived);
    archive([](ConfirmDialog* dialog) {
        type(dialog->field(), u"Kooperation beendet"_s);
        QVERIFY(dialog->actionButton()->isDefault() && !dialog->cancelButton()->isDefault());
        QTest::keyClick(dialog->field(), Qt::Key_Return);
    });
    QCOMPARE(shown, 3);
    const auto archived = OrganisationRepository(m_window->session().db()).find(id);
    QVERIFY(archived->archived);
    QCOMPARE(archived->archivedReason, u"Kooperation beendet"_s);
    QString error;
    QVERIFY2(OrganisationRepository(m_window->session().db()).unarchive(id, &error), qPrintable(error));
    m_window->session().notifyChanged(EntityKind::Organisation, id);
}

// Ctrl+N creates the item of the page; where there is none to create, it is off.
void TestMainWindow::newIsOffWhereThereIsNothingToCreate()
{
    QAction* newItem = windowAction(m_window.get(), u"newItemAction"_s);
    QVERIFY(newItem);
    for (int i = 0; i < 7; ++i) {
        m_window->showPage(i);
        const bool creates = i != 0 && m_window->currentPage() != m_window->reportsPage();
        QVERIFY2(newItem->isEnabled() == creates, qPrintable(m_window->currentPage()->title()));
    }
    m_window->showPage(0);
    QVERIFY(!newItem->isEnabled());
}

// Hilfe › Tastenkürzel: every shortcut the window's actions have, the pages' real range, nothing invented.
void TestMainWindow::shortcutsListEveryKeyOfTheWindow()
{
    activate(m_window.get());
    QList<QStringList> rows;
    onNextModal([&](QWidget* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(u"shortcutsList"_s);
        QVERIFY(list);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = list->topLevelItem(i);
            rows << QStringList{item->text(0), item->text(1), item->text(2)};
        }
        saveScreenshot(dialog, u"keyboard-shortcuts"_s);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    windowAction(m_window.get(), u"keyboardShortcutsAction"_s)->trigger();
    QVERIFY(!rows.isEmpty());
    const auto keysOf = [](const QKeySequence& key) { return key.toString(QKeySequence::NativeText); };
    const auto rowsWith = [&rows](const QString& keys) {
        QList<QStringList> found;
        for (const QStringList& row : rows) {
            if (row[0] == keys) {
                found << row;
            }
        }
        return found;
    };
    const QString pages
        = keysOf(QKeySequence(Qt::CTRL | Qt::Key_1)) + u" … "_s + keysOf(QKeySequence(Qt::CTRL | Qt::Key_7));
    QCOMPARE(rowsWith(pages).size(), 1);
    for (const QStringList& row : rows) {
        QVERIFY2(!row[0].contains(u"9"_s), qPrintable(row.join(u" | "_s)));
    }
    // Every action of the window with a shortcut (and a widget it works in) has its line.
    for (const QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->associatedObjects().isEmpty()) {
            continue;
        }
        const QString keys = keysOf(action->shortcut());
        const bool page = action->shortcut()[0].key() >= Qt::Key_1 && action->shortcut()[0].key() <= Qt::Key_9
            && action->shortcut()[0].keyboardModifiers() == Qt::ControlModifier;
        QVERIFY2(page || !rowsWith(keys).isEmpty(), qPrintable(keys + u" "_s + action->text()));
    }
    // The ones the list missed, with where they work.
    const auto has = [&](const QKeySequence& key, const QString& what, const QString& where) {
        for (const QStringList& row : rowsWith(keysOf(key))) {
            if (row[1].contains(what) && row[2].contains(where)) {
                return true;
            }
        }
        return false;
    };
    const QString organisations = m_window->organisationsPage()->title();
    QVERIFY(has(QKeySequence::Print, u"contact sheet"_s, organisations));
    QVERIFY(has(QKeySequence::Print, u"participants list"_s, m_window->eventsPage()->title()));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), u"Export"_s, organisations));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), u"Merge"_s, organisations));
    QVERIFY(has(QKeySequence(Qt::ALT | Qt::Key_Right), u"next stage"_s, m_window->matchesPage()->title()));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_D), u"done"_s, m_window->followUpsPage()->title()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
