// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar files and contact cards in the window (issue 15, items 6 and 7): File › Import activities from an
// .ics file (trial run, confirmation with what would change, import, message), the persons list exported as
// CSV and vCards, the activities list as an iCalendar file, each with the page's filter.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "common/Time.h"
#include "events/EventRepository.h"
#include "events/EventsPage.h"
#include "io/EventImport.h"
#include "io/ExportList.h"
#include "io/ICalendar.h"
#include "io/ImportEvents.h"
#include "io/VCard.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "persons/PersonsPage.h"
#include "staff/Staff.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using test::saveScreenshot;

namespace {

QString sample(const QString& name)
{
    return QStringLiteral(KMUNI_TEST_DATA) + u"/ics/"_s + name;
}

/**
 * Runs @p action on the next message box once it is shown. Unlike onNextModal(), a progress dialog
 * that a slow trial run brings up in between is passed over.
 */
void onNextBox(std::function<void(QMessageBox*)> action)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        action(box);
        if (QTest::currentTestFailed() && box->isVisible()) {
            box->done(QMessageBox::Cancel);
        }
    });
    timer->start();
}

/** The same for the next file dialog. */
void onNextFileDialog(std::function<void(QFileDialog*)> action)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        action(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    timer->start();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuOffersTheCalendarImport();
    void importsActivitiesAfterConfirmation();
    void declinedConfirmationWritesNothing();
    void otherPeriodTakesMoreOfASeries();
    void reimportHasNothingNew();
    void brokenFileIsRefused();

    void personsExportAsCsvAndVCard();
    void personsSaveDialogOffersVCard();
    void activitiesExportAsIcs();
    void activitiesSaveDialogOffersICalendar();

private:
    Database& db() { return m_session->db(); }
    int activities(const QString& where = u"1"_s);

    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QWidget> m_window;
    Id m_anna = 0;
    Id m_meyer = 0;
};

void TestImportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The widget file dialog, not the desktop's: it can be driven by the test.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

int TestImportExport::activities(const QString& where)
{
    QSqlQuery q(db().connection());
    return q.exec(u"SELECT count(*) FROM events WHERE "_s + where) && q.next() ? q.value(0).toInt() : -1;
}

void TestImportExport::init()
{
    time::setNowForTesting(QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
    m_t = std::make_unique<test::TempDatabase>();
    m_session = test::sessionOn(*m_t);
    QVERIFY(m_session);

    // The network the sample calendar talks about (as in TestICalendar): Anna and Prof. Meyer are
    // persons, Kai Wagner the staff member who organised the meetings.
    test::CalendarNetwork network;
    QVERIFY(test::makeCalendarNetwork(db(), network));
    m_anna = network.anna;
    m_meyer = network.meyer;

    // Recurring events are taken within the approved project period: January 2026 only.
    QString error;
    ProjectSettings project = m_session->project();
    project.name = u"KMUni Dortmund"_s;
    project.approvedFrom = QDate(2026, 1, 1);
    project.approvedTo = QDate(2026, 1, 31);
    QVERIFY2(m_session->saveProject(project, &error), qPrintable(error));

    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportExport::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_t.reset();
    time::setNowForTesting({});
}

void TestImportExport::menuOffersTheCalendarImport()
{
    // File › Import activities … beside the person import, asking for a calendar file.
    MainWindow window;
    QVERIFY(window.openDatabase(m_t->path(), false));
    auto* action = window.findChild<QAction*>(u"importEventsAction"_s);
    QVERIFY(action);
    QVERIFY2(action->text().contains(u".ics"_s), qPrintable(action->text()));
    QStringList filters;
    onNextFileDialog([&](QFileDialog* dialog) {
        filters = dialog->nameFilters();
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFile);
        dialog->reject();
    });
    action->trigger();
    QVERIFY2(!filters.isEmpty() && filters.first().contains(u"*.ics"_s), qPrintable(filters.join(u" | "_s)));
    QCOMPARE(activities(), 0);
}

void TestImportExport::importsActivitiesAfterConfirmation()
{
    QSignalSpy changed(m_session.get(), &Session::changed);
    QString confirmText;
    QString confirmDetails;
    QString doneText;
    onNextBox([&](QMessageBox* confirm) {
        confirmText = confirm->text();
        confirmDetails = confirm->detailedText();
        QCOMPARE(confirm->icon(), QMessageBox::Question);
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Yes));
        QCOMPARE(confirm->button(QMessageBox::Yes)->text(), u"Import"_s);
        saveScreenshot(confirm, u"import-events-confirm"_s);
        for (QPushButton* button : confirm->findChildren<QPushButton*>()) {
            if (button->text().startsWith(u"Show Details"_s)) {
                button->click();
            }
        }
        saveScreenshot(confirm, u"import-events-confirm-details"_s);
        onNextBox([&](QMessageBox* done) {
            doneText = done->text();
            QCOMPARE(done->icon(), QMessageBox::Information);
            saveScreenshot(done, u"import-events-done"_s);
            done->accept();
        });
        confirm->button(QMessageBox::Yes)->click();
    });
    importEvents(m_window.get(), *m_session, sample(u"outlook-de.ics"_s));

    // The trial run: the meeting with Anna, the jour fixe with Prof. Meyer on the four Wednesdays of
    // January (the project period), the fair; the attendee nobody knows is named.
    // (%n forms come from the translation, which the test does not load: "6 activity(ies)".)
    QVERIFY2(confirmText.startsWith(u"6 activit"_s), qPrintable(confirmText));
    QVERIFY2(confirmText.contains(u"created, 0 updated, 0 unchanged (trial run"_s), qPrintable(confirmText));
    QVERIFY2(confirmText.contains(u"max@unbekannt.example"_s), qPrintable(confirmText));
    QVERIFY2(confirmText.contains(u"Import outlook-de.ics now?"_s), qPrintable(confirmText));
    QVERIFY2(confirmDetails.contains(u"from 01.01.2026 to 31.01.2026, the approved project period"_s),
        qPrintable(confirmDetails));
    QVERIFY2(doneText.startsWith(u"6 activit"_s), qPrintable(doneText));
    QVERIFY2(doneText.contains(u"created, 0 updated, 0 unchanged."_s), qPrintable(doneText));

    QCOMPARE(activities(), 6);
    QCOMPARE(activities(u"subject = 'Jour fixe Transfer'"_s), 4);
    QCOMPARE(activities(u"source_uid IS NOT NULL"_s), 6);
    // Anna took part in the meeting and the fair; the lists and details were told.
    EventFilter withAnna;
    withAnna.personId = m_anna;
    QCOMPARE(EventRepository(db()).count(withAnna).value(), 2);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<EntityKind>(), EntityKind::Event);
}

void TestImportExport::declinedConfirmationWritesNothing()
{
    QSignalSpy changed(m_session.get(), &Session::changed);
    bool asked = false;
    onNextBox([&](QMessageBox* confirm) {
        asked = true;
        confirm->button(QMessageBox::No)->click();
    });
    importEvents(m_window.get(), *m_session, sample(u"outlook-de.ics"_s));
    QVERIFY(asked);
    QCOMPARE(activities(), 0);
    QVERIFY(changed.isEmpty());
}

void TestImportExport::otherPeriodTakesMoreOfASeries()
{
    // The jour fixe repeats every Wednesday until 1 April; the approved period (January) takes four.
    // "Other period …" asks for the period, the trial runs again, and the import takes ten of them
    // (11 February is excluded, 4 March moved into an event of its own).
    QString first;
    QString second;
    QString secondDetails;
    bool asked = false;
    onNextBox([&](QMessageBox* confirm) {
        first = confirm->text();
        auto* other = confirm->findChild<QPushButton*>(u"otherPeriodButton"_s);
        QVERIFY(other);
        test::onNextModal([&](QWidget* dialog) {
            asked = true;
            QCOMPARE(dialog->objectName(), u"importPeriodDialog"_s);
            auto* from = dialog->findChild<QDateEdit*>(u"periodFrom"_s);
            auto* to = dialog->findChild<QDateEdit*>(u"periodTo"_s);
            QVERIFY(from && to);
            QCOMPARE(from->date(), QDate(2026, 1, 1));
            QCOMPARE(to->date(), QDate(2026, 1, 31));
            to->setDate(QDate(2026, 3, 31));
            saveScreenshot(dialog, u"import-events-period"_s);
            onNextBox([&](QMessageBox* again) {
                second = again->text();
                secondDetails = again->detailedText();
                onNextBox([](QMessageBox* done) { done->accept(); });
                again->button(QMessageBox::Yes)->click();
            });
            qobject_cast<QDialog*>(dialog)->accept();
        });
        other->click();
    });
    importEvents(m_window.get(), *m_session, sample(u"outlook-de.ics"_s));
    QVERIFY(asked);
    QVERIFY2(first.startsWith(u"6 activit"_s), qPrintable(first));
    QVERIFY2(second.startsWith(u"13 activit"_s), qPrintable(second));
    QVERIFY2(secondDetails.contains(u"from 01.01.2026 to 31.03.2026."_s), qPrintable(secondDetails));
    QCOMPARE(activities(u"subject = 'Jour fixe Transfer'"_s), 10);
    QCOMPARE(activities(), 13);
}

void TestImportExport::reimportHasNothingNew()
{
    EventImport::Options options;
    options.from = QDate(2026, 1, 1);
    options.to = QDate(2026, 1, 31);
    QVERIFY(EventImport(db()).run(contents(sample(u"outlook-de.ics"_s)), options).written);
    QCOMPARE(activities(), 6);
    // The same file again: nothing to confirm, a message says so.
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    onNextBox([&](QMessageBox* box) {
        text = box->text();
        icon = box->icon();
        saveScreenshot(box, u"import-events-nothing-new"_s);
        box->accept();
    });
    importEvents(m_window.get(), *m_session, sample(u"outlook-de.ics"_s));
    QCOMPARE(icon, QMessageBox::Information);
    QVERIFY2(text.startsWith(u"0 activit"_s), qPrintable(text));
    QVERIFY2(text.contains(u"created, 0 updated, 6 unchanged"_s), qPrintable(text));
    QVERIFY2(text.contains(u"nothing new"_s), qPrintable(text));
    QCOMPARE(activities(), 6);
}

void TestImportExport::brokenFileIsRefused()
{
    const QString file = m_t->folder() + u"/not-a-calendar.ics"_s;
    QVERIFY(test::writeFile(file, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\nEND:VCARD\r\n"));
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    onNextBox([&](QMessageBox* box) {
        text = box->text();
        icon = box->icon();
        saveScreenshot(box, u"import-events-refused"_s);
        box->accept();
    });
    importEvents(m_window.get(), *m_session, file);
    QCOMPARE(icon, QMessageBox::Warning);
    QVERIFY2(text.startsWith(u"The calendar cannot be read"_s), qPrintable(text));
    QVERIFY2(text.contains(u"line 1"_s), qPrintable(text));
    QCOMPARE(activities(), 0);
}

void TestImportExport::personsExportAsCsvAndVCard()
{
    // The persons page filtered to Prof. Meyer: both files hold what the list shows.
    PersonsPage page(*m_session);
    page.findChild<QLineEdit*>(u"personFilterText"_s)->setText(u"Meyer"_s);
    exports::Selection selection;
    selection.list = exports::List::Persons;
    selection.persons.text = u"Meyer"_s;

    const QString csvFile = m_t->folder() + u"/persons.csv"_s;
    exportList(m_window.get(), *m_session, selection, csvFile);
    const QString csv = QString::fromUtf8(contents(csvFile));
    QVERIFY2(csv.contains(u"Meyer-Lüdenscheidt"_s), qPrintable(csv));
    QVERIFY(!csv.contains(u"Schmidt"_s));
    QVERIFY(csv.contains(u';')); // German Excel

    const QString vcfFile = m_t->folder() + u"/persons.vcf"_s;
    exportList(m_window.get(), *m_session, selection, vcfFile);
    const vcard::ParseResult cards = vcard::parse(contents(vcfFile));
    QVERIFY2(cards.error.isEmpty(), qPrintable(cards.error));
    QCOMPARE(cards.contacts.size(), 1);
    QVERIFY(contents(vcfFile).contains("VERSION:4.0"));
    QVERIFY(contents(vcfFile).contains("Juergen.Meyer@tu-dortmund.de"));
    QCOMPARE(QFile(vcfFile).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestImportExport::personsSaveDialogOffersVCard()
{
    // Through the page: its filter, its action, the save dialog with the vCard choice.
    PersonsPage page(*m_session);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.findChild<QLineEdit*>(u"personFilterText"_s)->setText(u"Schmidt"_s);
    auto* action = page.findChild<QAction*>(u"personsExportAction"_s);
    QVERIFY(action);
    const QString file = m_t->folder() + u"/kontakte.vcf"_s;
    QStringList filters;
    onNextFileDialog([&](QFileDialog* dialog) {
        filters = dialog->nameFilters();
        dialog->selectNameFilter(u"vCard (*.vcf)"_s);
        // The suggested name follows the chosen type.
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        QVERIFY2(name->text().endsWith(u".vcf"_s), qPrintable(name->text()));
        saveScreenshot(dialog, u"export-persons-save-dialog"_s);
        // Typed as a user would (selectFile() leaves a focused name field alone).
        dialog->setDirectory(m_t->folder());
        name->setText(QFileInfo(file).fileName());
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    });
    action->trigger();
    QVERIFY2(filters.contains(u"vCard (*.vcf)"_s), qPrintable(filters.join(u" | "_s)));
    QVERIFY(!filters.contains(u"iCalendar (*.ics)"_s));
    const vcard::ParseResult cards = vcard::parse(contents(file));
    QVERIFY2(cards.error.isEmpty(), qPrintable(cards.error));
    QCOMPARE(cards.contacts.size(), 1);
    QVERIFY(contents(file).contains("anna.schmidt@zollern-robotik.de"));
    QVERIFY(contents(file).contains("VERSION:4.0"));

    // For desktop Outlook, which reads vCards up to 3.0, the same contact as 3.0.
    onNextFileDialog([&](QFileDialog* dialog) {
        dialog->selectNameFilter(u"vCard 3.0, for Outlook (*.vcf)"_s);
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        dialog->setDirectory(m_t->folder());
        name->setText(u"outlook"_s);
        static_cast<QDialog*>(dialog)->accept();
    });
    action->trigger();
    const QByteArray outlook = contents(m_t->folder() + u"/outlook.vcf"_s);
    QVERIFY2(outlook.contains("BEGIN:VCARD\r\nVERSION:3.0\r\n"), outlook.constData());
    QVERIFY(!outlook.contains("VALUE=uri"));
    QCOMPARE(vcard::parse(outlook).contacts.size(), 1);
}

void TestImportExport::activitiesExportAsIcs()
{
    EventImport::Options options;
    options.from = QDate(2026, 1, 1);
    options.to = QDate(2026, 1, 31);
    QVERIFY(EventImport(db()).run(contents(sample(u"outlook-de.ics"_s)), options).written);
    QCOMPARE(activities(), 6);

    // The activities of January 2026 only: the meeting and the jour fixes, not the fair.
    exports::Selection selection;
    selection.list = exports::List::Activities;
    selection.activities.from = QDate(2026, 1, 1);
    selection.activities.to = QDate(2026, 1, 31);
    const QString file = m_t->folder() + u"/aktivitaeten.ics"_s;
    exportList(m_window.get(), *m_session, selection, file);
    ical::ReadOptions read;
    read.from = QDate(2026, 1, 1);
    read.to = QDate(2026, 12, 31);
    const ical::Calendar calendar = ical::read(contents(file), read);
    QVERIFY2(calendar.error.isEmpty(), qPrintable(calendar.error));
    QCOMPARE(calendar.events.size(), 5);
    for (const ical::CalendarEvent& e : calendar.events) {
        QVERIFY2(e.summary != u"Karrieremesse Ruhr"_s, qPrintable(e.summary));
        // Ours, or Outlook's with our uuid beside it (the meeting: Outlook finds it again).
        QVERIFY2(e.uid.endsWith(u"@kmuni"_s) || !e.kmuniUuid.isEmpty(), qPrintable(e.uid));
    }
    QCOMPARE(QFile(file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    // Importing the export again finds the same activities.
    const EventImportReport again = EventImport(db()).run(contents(file), options);
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(again.created, 0);
    QCOMPARE(activities(), 6);
}

void TestImportExport::activitiesSaveDialogOffersICalendar()
{
    EventsPage page(*m_session);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* action = page.findChild<QAction*>(u"eventsExportAction"_s);
    QVERIFY(action);
    QStringList filters;
    onNextFileDialog([&](QFileDialog* dialog) {
        filters = dialog->nameFilters();
        saveScreenshot(dialog, u"export-activities-save-dialog"_s);
        dialog->reject();
    });
    action->trigger();
    QVERIFY2(filters.contains(u"iCalendar (*.ics)"_s), qPrintable(filters.join(u" | "_s)));
    QVERIFY(!filters.contains(u"vCard (*.vcf)"_s));
    QVERIFY(filters.contains(u"Excel workbook (*.xlsx)"_s));
}

QTEST_MAIN(TestImportExport)
#include "TestImportExport.moc"
