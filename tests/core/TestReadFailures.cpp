// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every failure is heard: a read that fails (a table renamed under the program, a statement
// interrupted, a bad binding) reaches the caller as an error, never as "no rows" or lower numbers.
#include "TestSupport.h"
#include "db/Statement.h"
#include "events/EventRepository.h"
#include "io/ContactSheet.h"
#include "io/PersonImport.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "reports/EfreReport.h"
#include "search/Search.h"

#include <QtTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestReadFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void findFailsInsteadOfNotFound_data();
    void findFailsInsteadOfNotFound();
    void listFailsInsteadOfEmpty();
    void reportFailsWhenATableIsGone();
    void reportFailsWhenInterrupted();
    void searchFails();
    void contactSheetFails();
    void importSaysTheDatabaseFailed();
    void statementKeepsABindFailure();
    void writeChecksInsideItsTransaction();

private:
    /** Renames @p table away (another connection) for one test; cleanup() puts it back. */
    void hide(const QString& table);
    std::unique_ptr<test::TempDatabase> m_t;
    QStringList m_hidden;
    reports::Period m_year{QDate(2026, 1, 1), QDate(2026, 12, 31)};
};

void TestReadFailures::initTestCase()
{
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(test::loadDemo(m_t->db()));
}

void TestReadFailures::hide(const QString& table)
{
    QVERIFY(test::execBeside(m_t->path(), u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(table).toUtf8().constData()));
    m_hidden << table;
}

void TestReadFailures::cleanup()
{
    for (const QString& table : std::as_const(m_hidden)) {
        QVERIFY(test::execBeside(m_t->path(), u"ALTER TABLE %1_gone RENAME TO %1"_s.arg(table).toUtf8().constData()));
    }
    m_hidden.clear();
}

void TestReadFailures::findFailsInsteadOfNotFound_data()
{
    QTest::addColumn<QString>("table");
    QTest::addRow("organisation") << u"organisations"_s;
    QTest::addRow("person") << u"persons"_s;
    QTest::addRow("event") << u"events"_s;
    QTest::addRow("match") << u"matches"_s;
}

void TestReadFailures::findFailsInsteadOfNotFound()
{
    QFETCH(QString, table);
    Database& db = m_t->db();
    const auto find = [&](Id id) -> std::pair<bool, bool> { // found, failed
        if (table == u"organisations"_s) {
            const auto r = OrganisationRepository(db).find(id);
            return {r.has_value(), r.failed()};
        }
        if (table == u"persons"_s) {
            const auto r = PersonRepository(db).find(id);
            return {r.has_value(), r.failed()};
        }
        if (table == u"events"_s) {
            const auto r = EventRepository(db).find(id);
            return {r.has_value(), r.failed()};
        }
        const auto r = MatchRepository(db).find(id);
        return {r.has_value(), r.failed()};
    };
    // Before: id 1 is there, a huge id is "not found" without an error.
    QCOMPARE(find(1), std::make_pair(true, false));
    QCOMPARE(find(987654321), std::make_pair(false, false));
    hide(table);
    // After: neither is "not found": both failed.
    QCOMPARE(find(1), std::make_pair(false, true));
    QCOMPARE(find(987654321), std::make_pair(false, true));
}

void TestReadFailures::listFailsInsteadOfEmpty()
{
    Database& db = m_t->db();
    QVERIFY(!MatchRepository(db).list({}).value().isEmpty());
    hide(u"matches"_s);
    const auto matches = MatchRepository(db).list({});
    QVERIFY(matches.failed());
    QVERIFY2(matches.error().contains(u"matches"_s), qPrintable(matches.error()));
    QVERIFY(EventRepository(db).count({}).ok(nullptr)); // other tables still read
    cleanup();
    hide(u"event_participants"_s);
    QVERIFY(EventRepository(db).timeline(Participant::Kind::Organisation, 1).failed());
    QVERIFY(EventRepository(db).latest(5).failed());
    QVERIFY(EventRepository(db).partnerContacts(1).failed());
    QVERIFY(OrganisationRepository(db).usage(1).failed());
}

void TestReadFailures::reportFailsWhenATableIsGone()
{
    const auto good = reports::EfreReport::build(m_t->db(), m_year);
    QVERIFY(good && !good.failed());
    QVERIFY(good->value(u"ENT_SUPPORTED"_s) > 0);
    // The participants are what counts enterprises: without them the old code reported zero.
    hide(u"event_participants"_s);
    const auto broken = reports::EfreReport::build(m_t->db(), m_year);
    QVERIFY(!broken.has_value());
    QVERIFY(broken.failed());
    QVERIFY2(broken.error().contains(u"event_participants"_s), qPrintable(broken.error()));
}

void TestReadFailures::reportFailsWhenInterrupted()
{
    // A statement interrupted in the middle of its rows (as a closing window would): the loop that
    // reads it ends early, and that must be a failure, not a report with fewer activities. SQLite's
    // progress handler interrupts the first statement that runs long enough after the first step.
    sqlite3* h = m_t->db().handle();
    int calls = 0;
    const auto interrupted = reports::EfreReport::build(m_t->db(), m_year, [&](int, int) {
        if (++calls == 1) {
            sqlite3_progress_handler(
                h, 50, [](void*) { return 1; }, nullptr);
        }
        return true;
    });
    sqlite3_progress_handler(h, 0, nullptr, nullptr);
    QVERIFY(!interrupted.has_value());
    QVERIFY2(interrupted.failed(), "an interrupted report must fail");
    // The connection works again afterwards.
    QVERIFY(reports::EfreReport::build(m_t->db(), m_year).has_value());
}

void TestReadFailures::searchFails()
{
    QVERIFY(!Search(m_t->db()).run(u"Müller"_s).value().isEmpty());
    hide(u"persons"_s);
    const auto hits = Search(m_t->db()).run(u"Müller"_s);
    QVERIFY2(hits.failed(), "a failed search is not \"nothing found\"");
    QVERIFY(!hits.has_value());
}

void TestReadFailures::contactSheetFails()
{
    QVERIFY(contactsheet::build(m_t->db(), 1).value() != nullptr);
    hide(u"follow_ups"_s);
    QVERIFY(contactsheet::build(m_t->db(), 1).failed());
    QString error;
    io::Failure failure = io::Failure::None;
    const QString path = m_t->folder() + u"/sheet.pdf"_s;
    QVERIFY(!contactsheet::writePdf(m_t->db(), {1}, path, &error, {}, &failure));
    QCOMPARE(failure, io::Failure::Database);
    QVERIFY(!QFile::exists(path));
}

void TestReadFailures::importSaysTheDatabaseFailed()
{
    const QByteArray csv = "Nachname;Vorname;Firma\nTestmann;Tina;Neue Firma GmbH\n";
    hide(u"organisations"_s);
    const int before = int(PersonRepository(m_t->db()).list({}).value().size());
    const ImportReport report = PersonImport(m_t->db()).run(csv, {});
    QVERIFY(!report.written);
    QVERIFY(report.databaseFailed);
    QVERIFY2(report.error.contains(u"organisations"_s), qPrintable(report.error));
    cleanup();
    // Nothing was written: no person, no "Neue Firma" created for lack of the organisations.
    QCOMPARE(int(PersonRepository(m_t->db()).list({}).value().size()), before);
    OrganisationFilter created;
    created.text = u"Neue Firma"_s;
    QVERIFY(OrganisationRepository(m_t->db()).list(created).value().isEmpty());
}

void TestReadFailures::statementKeepsABindFailure()
{
    QString first;
    sqlite::Statement q(m_t->db().handle(), "SELECT ?1", &first);
    QVERIFY(q.isValid());
    q.bind(5, qint64(1)); // there is no fifth parameter
    QVERIFY(!q.next());
    QVERIFY(!q.error().isEmpty());
    QCOMPARE(first, q.error());
    // The failure is used up: bound right, the statement works.
    q.bind(1, qint64(7));
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 7);
    // A statement that cannot be prepared reports into the same sink only when it is empty.
    sqlite::Statement bad(m_t->db().handle(), "SELECT * FROM no_such_table", &first);
    QVERIFY(!bad.isValid());
    QVERIFY(first != bad.error());
}

void TestReadFailures::writeChecksInsideItsTransaction()
{
    // remove() reads the organisation's usage in its own write transaction: a failed read refuses
    // the delete instead of counting zero and deleting.
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Löschprobe"_s;
    QString error;
    QVERIFY2(OrganisationRepository(m_t->db()).save(o, &error), qPrintable(error));
    hide(u"follow_ups"_s);
    QVERIFY(!OrganisationRepository(m_t->db()).remove(o.id, &error));
    QVERIFY2(error.contains(u"follow_ups"_s), qPrintable(error));
    cleanup();
    QVERIFY(OrganisationRepository(m_t->db()).find(o.id).has_value());
    QVERIFY2(OrganisationRepository(m_t->db()).remove(o.id, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReadFailures)
#include "TestReadFailures.moc"
