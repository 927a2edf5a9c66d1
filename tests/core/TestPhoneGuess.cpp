// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Validation.h"
#include "io/PersonImport.h"
#include "io/PhoneGuess.h"
#include "persons/PersonRepository.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

// The guesses a test makes wrong on purpose; every other text is guessed as the import guesses it.
QHash<QString, QString> g_wrong;

QString wrongForSome(const QString& text)
{
    return g_wrong.contains(text) ? g_wrong.value(text) : import::detail::guessGermanPhone(text);
}

QString exact(const QString& text)
{
    bool ok = false;
    const QString e164 = phone::normalise(text, &ok, u"DE"_s);
    return ok ? e164 : u"(not a number)"_s;
}

int count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
}

// What a report says, to compare an import with guesses with one without.
QString said(const ImportReport& r)
{
    QStringList lines{u"created %1 updated %2 unchanged %3 written %4"_s.arg(r.created)
                          .arg(r.updated)
                          .arg(r.unchanged)
                          .arg(r.written)};
    for (const auto& row : r.rejected) {
        lines << u"rejected %1: %2"_s.arg(row.line).arg(row.message);
    }
    for (const auto& note : r.notes) {
        lines << u"note %1: %2"_s.arg(note.line).arg(note.message);
    }
    return lines.join(u'\n');
}

} // namespace

/**
 * The import guesses German phone numbers while it reads a file and confirms them with
 * libphonenumber while it writes (io/PhoneGuess.h): the guesses must be right where they are made,
 * and a wrong one must change nothing of what the import stores or says.
 */
class TestPhoneGuess : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void guessesAsLibphonenumber_data();
    void guessesAsLibphonenumber();
    void guessesAgreeAcrossTheirShapes();
    void aWrongGuessIsImportedAgain_data();
    void aWrongGuessIsImportedAgain();
    void aWrongGuessIsReadAgainFromTheFile();
};

void TestPhoneGuess::cleanup()
{
    import::detail::guessPhone = import::detail::guessGermanPhone;
    g_wrong.clear();
}

void TestPhoneGuess::guessesAsLibphonenumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guessed");
    QTest::newRow("area code and number") << u"0231 7551234"_s << true;
    QTest::newRow("mobile with slash") << u"0171/2345678"_s << true;
    QTest::newRow("area code in brackets") << u"(0231) 75 51-234"_s << true;
    QTest::newRow("dots") << u"0231.7551234"_s << true;
    QTest::newRow("country code") << u"+49 231 7551234"_s << true;
    QTest::newRow("country code, zero in brackets") << u"+49 (0)231 7551234"_s << true;
    QTest::newRow("spaces around") << u"  0234 32-26789 "_s << true;
    QTest::newRow("five digits after the zero") << u"0231 12"_s << true;
    QTest::newRow("thirteen digits after the zero") << u"0231 1234567890"_s << true;
    // Left to libphonenumber, as read:
    QTest::newRow("four digits after the zero") << u"0231 1"_s << false;
    QTest::newRow("fourteen digits after the zero") << u"0231 12345678901"_s << false;
    QTest::newRow("abroad") << u"+31 20 1234567"_s << false;
    QTest::newRow("abroad, German way of dialling") << u"0031 20 1234567"_s << false;
    QTest::newRow("Germany dialled from abroad") << u"0049 231 7551234"_s << false;
    QTest::newRow("country code and trunk zero") << u"+49 0231 7551234"_s << false;
    QTest::newRow("zero in brackets without a country") << u"(0)231 7551234"_s << false;
    QTest::newRow("without the area code's zero") << u"231 7551234"_s << false;
    QTest::newRow("letters") << u"0800 FLOWERS"_s << false;
    QTest::newRow("extension") << u"0231 755-1234 ext. 5"_s << false;
    QTest::newRow("Arabic-Indic digits") << u"٠٢٣١ ٧٥٥١٢٣٤"_s << false;
    QTest::newRow("plus inside") << u"0231+7551234"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPhoneGuess::guessesAsLibphonenumber()
{
    QFETCH(QString, text);
    QFETCH(bool, guessed);
    const QString guess = import::detail::guessGermanPhone(text);
    QCOMPARE(!guess.isNull(), guessed);
    if (guessed) {
        QCOMPARE(guess, exact(text));
    }
}

// Numbers of every length the guess takes, in the ways people write them: each guess is what
// libphonenumber says.
void TestPhoneGuess::guessesAgreeAcrossTheirShapes()
{
    QRandomGenerator random(20261201);
    const QString separators = u" /-.  "_s;
    for (int i = 0; i < 20000; ++i) {
        const int length = 5 + int(random.bounded(9));
        QString digits = QString::number(1 + random.bounded(9));
        while (digits.size() < length) {
            digits += QString::number(random.bounded(10));
        }
        const int split = 1 + int(random.bounded(4));
        QString text;
        switch (random.bounded(4)) {
        case 0:
            text = u"0"_s + digits.left(split) + separators[random.bounded(separators.size())] + digits.mid(split);
            break;
        case 1:
            text = u"(0"_s + digits.left(split) + u") "_s + digits.mid(split);
            break;
        case 2:
            text = u"+49 "_s + digits.left(split) + u' ' + digits.mid(split);
            break;
        default:
            text = u"+49 (0)"_s + digits.left(split) + u'/' + digits.mid(split, 3) + u'-' + digits.mid(split + 3);
            break;
        }
        const QString guess = import::detail::guessGermanPhone(text);
        QVERIFY2(!guess.isNull(), qPrintable(text));
        QVERIFY2(guess == exact(text), qPrintable(text + u": "_s + guess + u" ≠ "_s + exact(text)));
    }
}

// A guess libphonenumber does not confirm: the import reads the file again, without guesses, and
// stores and says what it would have without them (the dry run guesses nothing).
void TestPhoneGuess::aWrongGuessIsImportedAgain_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("wrongGuess");
    QTest::addColumn<QString>("stored");
    const QByteArray file = "Nachname;Vorname;E-Mail;Telefon\n"
                            "Krüger;Jan;jan@example.org;0231 7551234\n"
                            "Böhm;Ida;ida@example.org;0 1\n"
                            "Kaya;Can;can@example.org;0171 2345678\n";
    QTest::newRow("a number of other digits") << file << u"0231 7551234"_s << u"+49231999"_s << u"+492317551234"_s;
    // libphonenumber finds no number: the person is imported, the number said and left out.
    QTest::newRow("no number at all") << file << u"0 1"_s << u"+491"_s << QString();
    // The other rows must be corrected first: what they say must be all of it.
    QTest::newRow("a row to correct") << QByteArray(file + "Lang;Eva;kein-at;call me\n") << u"call me"_s << u"+4922"_s
                                      << QString();
}

void TestPhoneGuess::aWrongGuessIsImportedAgain()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, text);
    QFETCH(QString, wrongGuess);
    QFETCH(QString, stored);
    test::TempDatabase t;
    PersonImport::Options dryRun;
    dryRun.dryRun = true;
    const QString expected = said(PersonImport(t.db()).run(csv, dryRun));

    g_wrong.insert(text, wrongGuess);
    import::detail::guessPhone = wrongForSome;
    const ImportReport report = PersonImport(t.db()).run(csv, {});
    QCOMPARE(said(report).replace(u"written 1"_s, u"written 0"_s), expected);
    if (!report.rejected.isEmpty()) {
        QVERIFY(!report.written);
        QCOMPARE(count(t.db(), u"persons"_s), 0);
        return;
    }
    QVERIFY(report.written);
    QCOMPARE(count(t.db(), u"persons"_s), 3);
    QCOMPARE(count(t.db(), u"audit_log"_s), 3); // the first pass is rolled back, not written twice
    PersonFilter all;
    QStringList phones;
    for (const Person& p : PersonRepository(t.db()).list(all).value()) {
        phones << p.phone;
    }
    QVERIFY2(phones.contains(stored), qPrintable(phones.join(u", "_s)));
    QVERIFY(!phones.contains(wrongGuess));
}

// From a file on disk (read a chunk at a time): the second pass starts where the first did.
void TestPhoneGuess::aWrongGuessIsReadAgainFromTheFile()
{
    QTemporaryDir folder;
    QFile file(folder.filePath(u"persons.csv"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray csv = "Nachname;Vorname;Telefon\n";
    for (int i = 0; i < 300; ++i) {
        csv += "Person" + QByteArray::number(i) + ";Anna;0231 " + QByteArray::number(7000000 + i) + "\n";
    }
    QVERIFY(file.write(csv) == csv.size());
    QVERIFY(file.seek(0));
    g_wrong.insert(u"0231 7000299"_s, u"+49231"_s);
    import::detail::guessPhone = wrongForSome;
    test::TempDatabase t;
    PersonImport::Options options;
    options.batchRows = 64; // a pass of several batches
    options.chunkSize = 512;
    const ImportReport report = PersonImport(t.db()).run(file, options);
    QVERIFY2(report.ok() && report.written, qPrintable(report.describe()));
    QCOMPARE(report.created, 300);
    QCOMPARE(count(t.db(), u"persons"_s), 300);
    PersonFilter last;
    last.text = u"Person299"_s;
    const auto found = PersonRepository(t.db()).list(last).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().phone, u"+492317000299"_s);
}

QTEST_GUILESS_MAIN(TestPhoneGuess)
#include "TestPhoneGuess.moc"
