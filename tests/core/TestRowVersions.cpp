// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Optimistic locking (issue 14): two copies of a record loaded, one saved; the other's save is
// refused as a conflict and changes nothing, whichever kind of record; a change from outside the
// program (another connection, raw SQL) raises the version too.
#include "TestSupport.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

/** Loads @p id twice, saves the first copy changed, then the second: @return whether the second was refused as a
 * conflict and the first change stayed. */
template <typename Repository, typename Change, typename Read>
bool secondSaveConflicts(Database& db, Id id, Change change, Read read)
{
    Repository repository(db);
    auto first = repository.find(id).value();
    auto second = first;
    change(first, u"erste"_s);
    QString error;
    if (!repository.save(first, &error)) {
        qWarning() << error;
        return false;
    }
    change(second, u"zweite"_s);
    bool conflict = false;
    const bool saved = repository.save(second, &error, &conflict);
    const QString stored = read(repository.find(id).value());
    if (saved || !conflict || !stored.contains(u"erste"_s)) {
        qWarning() << saved << conflict << stored;
        return false;
    }
    // Saved knowingly over the newer version: goes through.
    second.version = repository.find(id).value().version;
    return repository.save(second, &error) && read(repository.find(id).value()).contains(u"zweite"_s);
}

} // namespace

class TestRowVersions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(test::loadDemo(m_t.db())); }
    void secondSaveConflicts_data();
    void secondSaveConflicts();
    void anyUpdateRaisesTheVersion();

private:
    test::TempDatabase m_t;
};

void TestRowVersions::secondSaveConflicts_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"organisation", "person", "activity", "match"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void TestRowVersions::secondSaveConflicts()
{
    QFETCH(QString, kind);
    Database& db = m_t.db();
    bool ok = false;
    if (kind == u"organisation"_s) {
        ok = ::secondSaveConflicts<OrganisationRepository>(
            db, 3, [](Organisation& o, const QString& v) { o.notes = v; },
            [](const Organisation& o) { return o.notes; });
    } else if (kind == u"person"_s) {
        ok = ::secondSaveConflicts<PersonRepository>(
            db, 3, [](Person& p, const QString& v) { p.notes = v; }, [](const Person& p) { return p.notes; });
    } else if (kind == u"activity"_s) {
        ok = ::secondSaveConflicts<EventRepository>(
            db, 3, [](Event& e, const QString& v) { e.minutes = v; }, [](const Event& e) { return e.minutes; });
    } else {
        ok = ::secondSaveConflicts<MatchRepository>(
            db, 3, [](Match& m, const QString& v) { m.notes = v; }, [](const Match& m) { return m.notes; });
    }
    QVERIFY(ok);
}

void TestRowVersions::anyUpdateRaisesTheVersion()
{
    Database& db = m_t.db();
    const qint64 before = PersonRepository(db).find(4).value().version;
    QVERIFY(test::execBeside(m_t.path(), "UPDATE persons SET notes = 'von außen' WHERE id = 4"));
    QCOMPARE(PersonRepository(db).find(4).value().version, before + 1);
    QString error;
    QVERIFY2(OrganisationRepository(db).archive(5, u"ruht"_s, &error), qPrintable(error));
    Organisation stale = OrganisationRepository(db).find(5).value();
    stale.version -= 1; // loaded before the archive
    bool conflict = false;
    QVERIFY(!OrganisationRepository(db).save(stale, &error, &conflict));
    QVERIFY(conflict);
}

QTEST_GUILESS_MAIN(TestRowVersions)
#include "TestRowVersions.moc"
