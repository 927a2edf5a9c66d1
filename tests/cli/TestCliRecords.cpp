// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The records on the demo network: "kmuni search", "match", "person" (data protection) and "merge".
#include "CliSupport.h"
#include "common/Format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni::cli_test;

class TestCliRecords : public CliTestCase
{
    Q_OBJECT
private slots:
    void searchFindsDortmundUniversities();
    void searchIsUmlautAware();
    void searchJson();
    void matchList();
    void matchExitCodes_data();
    void matchExitCodes();
    void matchMoveBackDated();
    void matchSuggest();
    void personExportEraseStale();
    void mergeExitCodes_data();
    void mergeExitCodes();
    void mergeFindDryRunAndMerge();
};

void TestCliRecords::searchFindsDortmundUniversities()
{
    const Result r = kmuni({u"search"_s, u"--db"_s, m_demo, u"dortmund"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Technische Universität Dortmund"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Fachhochschule Dortmund"_s));
}

void TestCliRecords::searchIsUmlautAware()
{
    for (const QString& text : {u"MUELLER"_s, u"müller"_s, u"Muller"_s}) {
        const Result r = kmuni({u"search"_s, u"--db"_s, m_demo, text});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Müller"_s), qPrintable(text + u": "_s + r.out));
    }
}

void TestCliRecords::searchJson()
{
    const Result r = kmuni({u"search"_s, u"--db"_s, m_demo, u"--json"_s, u"--limit"_s, u"2"_s, u"Bochum"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().toObject().contains(u"title"_s));
    QVERIFY(hits.size() <= 8);
}

void TestCliRecords::matchList()
{
    const Result all = kmuni({u"match"_s, u"list"_s, u"--db"_s, m_demo, u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray matches = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(matches.size() >= 10);
    const Result agreed = kmuni({u"match"_s, u"list"_s, u"--db"_s, m_demo, u"--stage"_s, u"agreed"_s, u"--json"_s});
    QCOMPARE(agreed.exitCode, 0);
    const QJsonArray some = QJsonDocument::fromJson(agreed.out.toUtf8()).array();
    QVERIFY(!some.isEmpty() && some.size() < matches.size());
    for (const QJsonValue& m : some) {
        QCOMPARE(m[u"stage"_s].toString(), u"agreed"_s);
    }
    const Result theses = kmuni({u"match"_s, u"list"_s, u"--db"_s, m_demo, u"--type"_s, u"thesis"_s});
    QCOMPARE(theses.exitCode, 0);
    QVERIFY2(theses.out.contains(u"Thesis"_s) || theses.out.contains(u"Abschlussarbeit"_s), qPrintable(theses.out));
}

void TestCliRecords::matchExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QStringList base = {u"match"_s, u"--db"_s, m_demo};
    QTest::addRow("what to do") << base << 1;
    QTest::addRow("unknown action") << base + QStringList{u"marry"_s} << 1;
    QTest::addRow("move without stage") << base + QStringList{u"move"_s, u"1"_s} << 1;
    QTest::addRow("unknown stage") << base + QStringList{u"list"_s, u"--stage"_s, u"married"_s} << 2;
    QTest::addRow("unknown type") << base + QStringList{u"list"_s, u"--type"_s, u"dance"_s} << 2;
    QTest::addRow("unknown id") << base + QStringList{u"move"_s, u"999999"_s, u"--stage"_s, u"agreed"_s} << 2;
    QTest::addRow("not an id") << base + QStringList{u"move"_s, u"x"_s, u"--stage"_s, u"agreed"_s} << 2;
    QTest::addRow("move to unknown stage") << base + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"married"_s} << 2;
    QTest::addRow("future") << base
            + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"completed"_s, u"--on"_s,
                QDate::currentDate().addDays(2).toString(Qt::ISODate)}
                            << 2;
    QTest::addRow("not a date") << base
            + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"completed"_s, u"--on"_s, u"1.2.2026"_s}
                                << 2;
    QTest::addRow("before the start") << base
            + QStringList{u"move"_s, u"1"_s, u"--stage"_s, u"completed"_s, u"--on"_s, u"2001-01-01"_s}
                                      << 2;
    QTest::addRow("database missing") << QStringList{u"match"_s, u"list"_s, u"--db"_s, m_dir.path() + u"/none.sqlite"_s}
                                      << 3;
}

void TestCliRecords::matchExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QByteArray before = hashOf(m_demo);
    const Result r = kmuni(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    QCOMPARE(hashOf(m_demo), before); // nothing changed
}

void TestCliRecords::matchMoveBackDated()
{
    const QString copy = m_dir.path() + u"/moves.sqlite"_s;
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    const Result listed = kmuni({u"match"_s, u"list"_s, u"--db"_s, copy, u"--stage"_s, u"proposed"_s, u"--json"_s});
    const QJsonArray proposed = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QVERIFY(!proposed.isEmpty());
    const QJsonObject m = proposed.first().toObject();
    const QString id = QString::number(m[u"id"_s].toInteger());
    const QDate changed = QDate::fromString(m[u"stage_changed_on"_s].toString(), Qt::ISODate);
    const QString on = std::min(changed.addDays(1), QDate::currentDate()).toString(Qt::ISODate);
    const Result moved
        = kmuni({u"match"_s, u"move"_s, id, u"--stage"_s, u"introduced"_s, u"--on"_s, on, u"--db"_s, copy});
    QCOMPARE(moved.exitCode, 0);
    const Result after = kmuni({u"match"_s, u"list"_s, u"--db"_s, copy, u"--stage"_s, u"introduced"_s, u"--json"_s});
    bool found = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(after.out.toUtf8()).array()) {
        if (QString::number(v[u"id"_s].toInteger()) == id) {
            found = true;
            QCOMPARE(v[u"stage_changed_on"_s].toString(), on);
        }
    }
    QVERIFY(found);

    // The same stage again, with another day: nothing changes, and the output says so rather than
    // naming the day given.
    const QString other = changed.toString(Qt::ISODate);
    const Result again
        = kmuni({u"match"_s, u"move"_s, id, u"--stage"_s, u"introduced"_s, u"--on"_s, other, u"--db"_s, copy});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"nothing was changed"_s), qPrintable(again.out));
    QVERIFY2(again.out.contains(kmuni::format::date(QDate::fromString(on, Qt::ISODate))), qPrintable(again.out));
    if (other != on) {
        QVERIFY2(!again.out.contains(kmuni::format::date(changed)), qPrintable(again.out));
    }
}

void TestCliRecords::matchSuggest()
{
    // The demo's needs and offers are data: a logistics company gets institutes, with reasons.
    const Result found = kmuni({u"search"_s, u"--db"_s, m_demo, u"Kreuzweg Intralogistik"_s, u"--json"_s});
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QVERIFY(!hits.isEmpty());
    const QString id = QString::number(hits.first()[u"id"_s].toInteger());
    const Result r = kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, id, u"--db"_s, m_demo, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray suggestions = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY2(!suggestions.isEmpty(), qPrintable(r.out));
    for (const QJsonValue& s : suggestions) {
        QVERIFY(!s[u"reasons"_s].toArray().isEmpty());
        QVERIFY(s[u"kind"_s].toString() != u"company"_s);
    }
    const Result text
        = kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, id, u"--db"_s, m_demo, u"--limit"_s, u"1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"1. "_s) && !text.out.contains(u"2. "_s), qPrintable(text.out));
    QCOMPARE(kmuni({u"match"_s, u"suggest"_s, u"--db"_s, m_demo}).exitCode, 1);
    QCOMPARE(kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, u"999999"_s, u"--db"_s, m_demo}).exitCode, 2);
    QCOMPARE(
        kmuni({u"match"_s, u"suggest"_s, u"--organisation"_s, id, u"--limit"_s, u"0"_s, u"--db"_s, m_demo}).exitCode,
        1);
}

// Data protection (issue 14): the access export, the erasure only with --yes, the review list; exit codes.
void TestCliRecords::personExportEraseStale()
{
    const QString db = m_dir.path() + u"/privacy.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, db}).exitCode, 0);
    const auto findPerson = [&](const QString& text) {
        const Result r = kmuni({u"search"_s, u"--db"_s, db, u"--json"_s, text});
        for (const QJsonValue& hit : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (hit.toObject().value(u"kind"_s).toString() == u"person"_s) {
                return hit.toObject().value(u"id"_s).toInteger();
            }
        }
        return qint64(0);
    };
    const qint64 id = findPerson(u"Brüggemann"_s);
    QVERIFY(id > 0);
    const QString idText = QString::number(id);
    QCOMPARE(kmuni({u"person"_s, u"--help"_s}).exitCode, 0);

    const QString json = m_dir.path() + u"/auskunft.json"_s;
    Result r = kmuni({u"person"_s, u"export"_s, idText, u"-o"_s, json, u"--db"_s, db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QFile::permissions(json) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(data.value(u"person"_s).toObject().value(u"last_name"_s).toString(), u"Brüggemann"_s);
    QVERIFY(!data.value(u"activities"_s).toArray().isEmpty());
    QCOMPARE(
        kmuni({u"person"_s, u"export"_s, idText, u"-o"_s, m_dir.path() + u"/no/such/folder/a.json"_s, u"--db"_s, db})
            .exitCode,
        2);
    QCOMPARE(kmuni({u"person"_s, u"export"_s, u"987654"_s, u"-o"_s, json, u"--db"_s, db}).exitCode, 2);
    QCOMPARE(kmuni({u"person"_s, u"export"_s, idText, u"--db"_s, db}).exitCode, 1);

    // Without --yes: what would happen, and nothing happens.
    r = kmuni({u"person"_s, u"erase"_s, idText, u"--db"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"--yes"_s));
    QCOMPARE(findPerson(u"Brüggemann"_s), id);
    r = kmuni({u"person"_s, u"erase"_s, idText, u"--yes"_s, u"--db"_s, db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(findPerson(u"Brüggemann"_s), qint64(0));
    QCOMPARE(kmuni({u"person"_s, u"erase"_s, idText, u"--yes"_s, u"--db"_s, db}).exitCode, 0);
    QCOMPARE(kmuni({u"person"_s, u"erase"_s, u"987654"_s, u"--yes"_s, u"--db"_s, db}).exitCode, 2);
    QCOMPARE(kmuni({u"check"_s, u"--db"_s, db}).exitCode, 0);

    r = kmuni({u"person"_s, u"stale"_s, u"--months"_s, u"3"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parse;
    const QJsonArray stale = QJsonDocument::fromJson(r.out.toUtf8(), &parse).array();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    for (const QJsonValue& p : stale) {
        QVERIFY(p.toObject().value(u"id"_s).toInteger() != id); // erased persons are not listed
    }
    QCOMPARE(kmuni({u"person"_s, u"stale"_s, u"--months"_s, u"0"_s, u"--db"_s, db}).exitCode, 1);
    QCOMPARE(kmuni({u"person"_s, u"frobnicate"_s, u"--db"_s, db}).exitCode, 1);
}

void TestCliRecords::mergeExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString missing = m_dir.path() + u"/missing/none.sqlite"_s;
    QTest::addRow("no kind") << QStringList{u"merge"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("unknown kind") << QStringList{u"merge"_s, u"events"_s, u"1"_s, u"2"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("one id") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"--db"_s, m_demo} << 1;
    QTest::addRow("ids with --find") << QStringList{u"merge"_s, u"persons"_s, u"--find"_s, u"1"_s, u"2"_s} << 1;
    QTest::addRow("unknown option") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"2"_s, u"--force"_s} << 1;
    QTest::addRow("not ids") << QStringList{u"merge"_s, u"persons"_s, u"anna"_s, u"bert"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("with itself") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"1"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("unknown person") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"999999"_s, u"--dry-run"_s,
        u"--db"_s, m_demo} << 2;
    QTest::addRow("unknown organisation")
        << QStringList{u"merge"_s, u"organisations"_s, u"999999"_s, u"1"_s, u"--db"_s, m_demo} << 2;
    QTest::addRow("no database") << QStringList{u"merge"_s, u"persons"_s, u"1"_s, u"2"_s, u"--db"_s, missing} << 3;
    QTest::addRow("help") << QStringList{u"merge"_s, u"--help"_s} << 0;
}

void TestCliRecords::mergeExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QByteArray before = hashOf(m_demo);
    const Result r = kmuni(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err + r.out));
    if (exitCode != 0) {
        QVERIFY2(r.err.startsWith(u"kmuni: "_s), qPrintable(r.err));
    }
    QCOMPARE(hashOf(m_demo), before);
}

void TestCliRecords::mergeFindDryRunAndMerge()
{
    const QString db = m_dir.path() + u"/merge.sqlite"_s;
    QCOMPARE(kmuni({u"init"_s, u"--demo"_s, u"--db"_s, db}).exitCode, 0);
    const auto idOf = [&](const QString& text, const QString& kind) {
        const Result r = kmuni({u"search"_s, u"--db"_s, db, u"--json"_s, text});
        for (const QJsonValue& hit : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (hit.toObject().value(u"kind"_s).toString() == kind) {
                return hit.toObject().value(u"id"_s).toInteger();
            }
        }
        return qint64(0);
    };
    const qint64 keep = idOf(u"Brüggemann"_s, u"person"_s);
    QVERIFY(keep > 0);
    // The same person entered again, with the e-mail in capitals and a mobile number.
    QVERIFY(execOn(db,
        u"INSERT INTO persons(uuid, organisation_id, first_name, last_name, email, mobile, sort_key, created_at, "
        "updated_at) SELECT 'dup-0001', organisation_id, first_name, last_name, upper(email), '+491715550123', "
        "sort_key, created_at, updated_at FROM persons WHERE id = %1"_s.arg(keep)));
    const qint64 other = [&] {
        const Result r = kmuni({u"merge"_s, u"persons"_s, u"--find"_s, u"--json"_s, u"--db"_s, db});
        for (const QJsonValue& pair : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (pair[u"keep"_s][u"id"_s].toInteger() == keep) {
                return pair[u"other"_s][u"id"_s].toInteger();
            }
        }
        return qint64(0);
    }();
    QVERIFY(other > keep);
    Result r = kmuni({u"merge"_s, u"persons"_s, u"--find"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(u"same e-mail"_s) && r.out.contains(u"same name in the same organisation"_s), qPrintable(r.out));

    // The dry run says what differs and what would move, and writes nothing.
    const QByteArray before = hashOf(db);
    const QStringList pair{u"merge"_s, u"persons"_s, QString::number(keep), QString::number(other), u"--db"_s, db};
    r = kmuni(pair + QStringList{u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"+491715550123"_s), qPrintable(r.out));
    r = kmuni(pair + QStringList{u"--dry-run"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(plan[u"merged"_s].toBool(), false);
    QCOMPARE(plan[u"keep"_s][u"id"_s].toInteger(), keep);
    QVERIFY(plan[u"moves"_s].toObject().isEmpty() || plan[u"moves"_s].isObject());
    QCOMPARE(hashOf(db), before);

    // The merge: KEEP takes OTHER's mobile; OTHER is gone; a second merge finds no OTHER.
    r = kmuni(pair);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"was merged into"_s), qPrintable(r.out));
    r = kmuni({u"search"_s, u"--db"_s, db, u"--json"_s, u"Brüggemann"_s});
    int persons = 0;
    for (const QJsonValue& hit : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        persons += hit.toObject().value(u"kind"_s).toString() == u"person"_s ? 1 : 0;
    }
    QCOMPARE(persons, 1);
    r = kmuni(pair);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QString::number(other)), qPrintable(r.err));

    // Organisations: a university is not merged into a company.
    const qint64 university = idOf(u"Technische Universität Dortmund"_s, u"organisation"_s);
    const qint64 company = idOf(u"NanoFluid"_s, u"organisation"_s);
    QVERIFY(university > 0 && company > 0);
    const QByteArray beforeRefusal = hashOf(db);
    r = kmuni({u"merge"_s, u"organisations"_s, QString::number(company), QString::number(university), u"--db"_s, db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"same kind"_s), qPrintable(r.err));
    QCOMPARE(hashOf(db), beforeRefusal);
    r = kmuni({u"merge"_s, u"organisations"_s, u"--find"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
}

QTEST_GUILESS_MAIN(TestCliRecords)
#include "TestCliRecords.moc"
