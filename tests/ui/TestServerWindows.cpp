// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Two offices' windows on one server database (PostgreSQL, the CTest fixture "postgresql"): what one
// saves appears in the other's list without F5, and a save over a record the other changed meanwhile
// is refused, nothing overwritten, until the user has chosen field by field what to keep.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Keyring.h"
#include "organisations/OrganisationDetail.h"
#include "organisations/OrganisationFilter.h"
#include "organisations/OrganisationRepository.h"
#include "organisations/OrganisationsPage.h"
#include "staff/Staff.h"
#include "widgets/LoginDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace kmuni;
using namespace kmuni::test;

namespace {

/** Runs @p action on the next modal dialog, which must be the login dialog; @p asked then becomes true. */
void onNextLogin(bool& asked, std::function<void(LoginDialog*)> action)
{
    onNextModal([&asked, action](QWidget* modal) {
        auto* dialog = qobject_cast<LoginDialog*>(modal);
        QVERIFY(dialog);
        asked = true;
        action(dialog);
    });
}

} // namespace

class TestServerWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveInOneOfficeAppearsInTheOther();
    void conflictingSaveIsRefused();
    void conflictInTheFormIsSettledFieldByField();
    void openRecordFollowsTheOtherOffice();
    void loginNamesTheOffice();
    void passwordIsAskedAndKeptWhenChosen();
    void keptPasswordLogsInWithoutAsking();
    void refusedKeptPasswordIsAskedAgain();

private:
    /**
     * The test database's address for "keyring_user", a role that logs in with keyringPassword; no
     * password for it in this process's memory (as at a new start of the program).
     */
    QString keyringAddress() const;
    static constexpr auto keyringPassword = "Hoesch-Westfalenhütte-1871";
    /** The company the first test saved in Dortmund, as stored now (none when it is not there once). */
    std::optional<Organisation> company() const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_bochum;
};

void TestServerWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(TempDatabase::onServer());
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(loadDemo(m_t->db()));
    m_bochum = windowOn(m_t->path());
    QVERIFY(m_bochum);
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

std::optional<Organisation> TestServerWindows::company() const
{
    OrganisationFilter f;
    f.text = u"Phoenixsee"_s;
    const auto listed = OrganisationRepository(m_t->db()).list(f);
    return listed && listed->size() == 1 ? std::optional(listed->first()) : std::nullopt;
}

void TestServerWindows::conflictingSaveIsRefused()
{
    // Both offices loaded the same company; Dortmund saves first, Bochum's save over the old version
    // is refused and Dortmund's change stays.
    QVERIFY(company().has_value());
    Organisation dortmund = *company();
    Organisation bochum = dortmund;
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

void TestServerWindows::conflictInTheFormIsSettledFieldByField()
{
    // Bochum has the company's form open; Dortmund saves a new phone number and city meanwhile; Bochum
    // changes the notes and the phone too and saves: the conflict dialog shows the three fields, Bochum
    // takes Dortmund's phone, keeps its notes, and the server holds both offices' work.
    QVERIFY(company().has_value());
    const Id id = company()->id;
    OrganisationsPage* page = m_bochum->organisationsPage();
    m_bochum->showPage(1);
    m_bochum->session().show(EntityKind::Organisation, id);
    QTRY_VERIFY(page->detail()->organisation() && page->detail()->organisation()->id == id);
    OrganisationRepository dortmund(m_t->db());
    Organisation saved;
    QStringList rows;
    QString error;
    onNextModal([&](QWidget* form) {
        saved = dortmund.find(id).value();
        saved.phone = u"+49 231 5550303"_s;
        saved.city = u"Dortmund-Hörde"_s;
        QVERIFY2(dortmund.save(saved, &error), qPrintable(error));
        saved = dortmund.find(id).value();
        form->findChild<QPlainTextEdit*>(u"notesTextEdit"_s)->setPlainText(u"Besuch in Bochum vereinbart"_s);
        form->findChild<QLineEdit*>(u"phoneLineEdit"_s)->setText(u"+49 234 5550404"_s);
        onNextModal([&](QWidget* conflict) {
            for (QRadioButton* radio : conflict->findChildren<QRadioButton*>()) {
                if (radio->objectName().endsWith(u"Mine"_s)) {
                    rows << radio->objectName().chopped(4);
                }
            }
            auto* phoneTheirs = conflict->findChild<QRadioButton*>(u"phoneTheirs"_s);
            QVERIFY(phoneTheirs);
            phoneTheirs->click();
            saveScreenshot(conflict, u"server-edit-conflict"_s);
            conflict->findChild<QPushButton*>(u"saveChosenButton"_s)->click();
        });
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
        if (form->isVisible()) {
            qobject_cast<QDialog*>(form)->done(QDialog::Rejected);
        }
    });
    page->editAction()->trigger();
    rows.sort();
    QCOMPARE(rows, QStringList({u"city"_s, u"notes"_s, u"phone"_s}));
    const Organisation stored = dortmund.find(id).value();
    QCOMPARE(stored.phone, saved.phone);
    QCOMPARE(stored.city, saved.city);
    QCOMPARE(stored.notes, u"Besuch in Bochum vereinbart"_s);
    QVERIFY(stored.version > saved.version);
    // Bochum's page shows what is stored now.
    QTRY_COMPARE(page->detail()->organisation()->notes, stored.notes);
}

void TestServerWindows::openRecordFollowsTheOtherOffice()
{
    // Bochum looks at the company; Dortmund changes its phone number: Bochum's page shows it.
    QVERIFY(company().has_value());
    Organisation o = *company();
    OrganisationsPage* page = m_bochum->organisationsPage();
    m_bochum->showPage(1);
    m_bochum->session().show(EntityKind::Organisation, o.id);
    QTRY_VERIFY(page->detail()->organisation() && page->detail()->organisation()->id == o.id);
    o.phone = u"+49 231 5550909"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_t->db()).save(o, &error), qPrintable(error));
    const QString stored = OrganisationRepository(m_t->db()).find(o.id).value().phone; // as normalised
    QTRY_COMPARE_WITH_TIMEOUT(page->detail()->organisation()->phone, stored, 10000);
}

void TestServerWindows::loginNamesTheOffice()
{
    // The staff member whose login is the server login ("testuser" here) is who works, with their
    // office, whatever the settings say; the audit log names the login.
    const auto partners = OrganisationRepository(m_t->db()).list([] {
        OrganisationFilter f;
        f.kind = u"partner"_s;
        return f;
    }());
    QVERIFY(partners && !partners->isEmpty());
    StaffRepository staff(m_t->db());
    StaffMember me;
    me.firstName = u"Kai"_s;
    me.lastName = u"Wagner"_s;
    me.login = u"testuser"_s;
    me.partnerId = partners->first().id;
    QString error;
    const auto existing = staff.findByLogin(u"testuser"_s);
    QVERIFY(!existing.failed());
    if (existing) {
        me = *existing;
    } else {
        QVERIFY2(staff.save(me, &error), qPrintable(error));
    }
    QSettings().setValue(u"user/login"_s, u"jemand.anders"_s);
    m_bochum->session().reloadStaff();
    QSettings().remove(u"user/login"_s);
    QCOMPARE(m_bochum->session().db().userName(), u"testuser"_s);
    auto* status = m_bochum->findChild<QLabel*>(u"userStatus"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(partners->first().name), qPrintable(status->text()));
}

QString TestServerWindows::keyringAddress() const
{
    // The cluster asks this role for a password (tests/support/pg-cluster.sh); ~/.pgpass is not asked.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    const QString admin = qEnvironmentVariable("KMUNI_TEST_SERVER"); // its "postgres" database
    execOnServer(
        admin, u"DO $$BEGIN CREATE ROLE keyring_user LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$"_s);
    execOnServer(admin, u"ALTER ROLE keyring_user PASSWORD '%1'"_s.arg(QString::fromUtf8(keyringPassword)));
    execOnServer(m_t->path(), u"GRANT ALL ON ALL TABLES IN SCHEMA public TO keyring_user"_s);
    execOnServer(m_t->path(), u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO keyring_user"_s);
    QUrl url(m_t->path());
    url.setUserName(u"keyring_user"_s);
    // As at a new start of the program: no password in memory.
    Database::rememberPassword(url.toString(), {});
    return url.toString();
}

void TestServerWindows::passwordIsAskedAndKeptWhenChosen()
{
    // A first login: nothing in the keyring, so the window asks, and keeps the password in the
    // keyring because the user ticked it.
    const QString address = keyringAddress();
    QString error;
    QVERIFY2(keyring::forget(address, &error), qPrintable(error));
    const auto window = shownWindow();
    QVERIFY(window);
    bool asked = false;
    onNextLogin(asked, [](LoginDialog* dialog) {
        auto* reason = dialog->findChild<QLabel*>(u"loginReason"_s);
        QVERIFY2(reason->text().contains(u"asks for the password"_s), qPrintable(reason->text()));
        auto* keep = dialog->findChild<QCheckBox*>(u"loginKeep"_s);
        QVERIFY(keep->isEnabled());
        QVERIFY(!keep->isChecked());
        type(dialog->findChild<QLineEdit*>(u"loginPassword"_s), QString::fromUtf8(keyringPassword));
        keep->setChecked(true);
        saveScreenshot(dialog, u"server-login"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QVERIFY(window->openDatabase(address, false));
    QVERIFY(asked);
    QCOMPARE(window->session().db().userName(), u"keyring_user"_s);
    const auto kept = keyring::password(address);
    QVERIFY2(kept.has_value(), qPrintable(kept.error()));
    QCOMPARE(*kept, QString::fromUtf8(keyringPassword));
}

void TestServerWindows::keptPasswordLogsInWithoutAsking()
{
    // The next start of the program (nothing in memory): the keyring's password logs in, nobody is asked.
    const QString address = keyringAddress();
    QString error;
    QVERIFY2(keyring::keep(address, QString::fromUtf8(keyringPassword), &error), qPrintable(error));
    const auto window = shownWindow();
    QVERIFY(window);
    bool asked = false;
    QTimer guard; // any dialog now is a failure: noted and closed, so that the test goes on
    guard.setInterval(20);
    connect(&guard, &QTimer::timeout, this, [&asked] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    guard.start();
    QVERIFY(window->openDatabase(address, false));
    guard.stop();
    QVERIFY(!asked);
    QCOMPARE(window->session().db().userName(), u"keyring_user"_s);
}

void TestServerWindows::refusedKeptPasswordIsAskedAgain()
{
    // The password was changed on the server: the kept one is refused, the window says so and asks;
    // the new one replaces it in the keyring.
    const QString address = keyringAddress();
    QString error;
    QVERIFY2(keyring::keep(address, u"Kokerei-Hansa"_s, &error), qPrintable(error));
    const auto window = shownWindow();
    QVERIFY(window);
    bool asked = false;
    onNextLogin(asked, [](LoginDialog* dialog) {
        const QString reason = dialog->findChild<QLabel*>(u"loginReason"_s)->text();
        QVERIFY2(reason.contains(u"wrong user name or password"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"kept in the system keyring was refused"_s), qPrintable(reason));
        QVERIFY(dialog->findChild<QCheckBox*>(u"loginKeep"_s)->isChecked());
        type(dialog->findChild<QLineEdit*>(u"loginPassword"_s), QString::fromUtf8(keyringPassword));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QVERIFY(window->openDatabase(address, false));
    QVERIFY(asked);
    const auto kept = keyring::password(address);
    QVERIFY2(kept.has_value(), qPrintable(kept.error()));
    QCOMPARE(*kept, QString::fromUtf8(keyringPassword));
}

QTEST_MAIN(TestServerWindows)
#include "TestServerWindows.moc"
