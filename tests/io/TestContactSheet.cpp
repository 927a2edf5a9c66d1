// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contact sheets (issue 6): what is on a sheet, page breaks, A4, and the PDF's own text.
#include "TestSupport.h"
#include "common/Format.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "io/ContactSheet.h"
#include "io/PagedDocument.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

Id organisationNamed(Database& db, const QString& name)
{
    OrganisationFilter f;
    f.text = name;
    for (const Organisation& o : OrganisationRepository(db).list(f).value()) {
        if (o.name == name) {
            return o.id;
        }
    }
    return 0;
}

/** The text of a PDF as poppler reads it (what a user copies out of the file). */
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, path, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Page count and page sizes straight from the PDF's page objects. */
QList<QString> pdfPageBoxes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString raw = QString::fromLatin1(f.readAll());
    QList<QString> boxes;
    static const QRegularExpression box(u"/MediaBox \\[([^\\]]*)\\]"_s);
    for (auto it = box.globalMatch(raw); it.hasNext();) {
        boxes << it.next().captured(1).simplified();
    }
    return boxes;
}

} // namespace

class TestContactSheet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sheetShowsWhatAVisitNeeds();
    void lastContactsAndFollowUpsComeFromTheDatabase();
    void doNotContactIsMarked();
    void unknownOrganisationHasNoSheet();
    void everySheetStartsOnANewPage();
    void longSheetsFlowOntoFurtherPages();
    void pilotBatchPdf();
    void failedWriteLeavesNoFile();
    void cancelStopsAndLeavesNoFile();

private:
    test::TempDatabase m_temp;
    Id m_company = 0;
};

void TestContactSheet::initTestCase()
{
    QVERIFY(test::loadDemo(m_temp.db()));
    m_company = organisationNamed(m_temp.db(), u"Brückner & Öztürk Softwarehaus"_s);
    QVERIFY(m_company > 0);
}

void TestContactSheet::sheetShowsWhatAVisitNeeds()
{
    QString title;
    const auto document = contactsheet::build(m_temp.db(), m_company, &title).value();
    QVERIFY(document);
    QCOMPARE(title, u"Brückner & Öztürk Softwarehaus OHG"_s);
    const QString text = document->toPlainText();
    for (const QString& expected : {u"Brückner & Öztürk Softwarehaus OHG"_s, u"Saarlandstraße 42"_s,
             u"44139 Dortmund"_s, u"Michael Brückner"_s, u"Cem Öztürk"_s, u"Geschäftsführender Gesellschafter"_s,
             u"michael.brueckner@brueckner-oeztuerk.example"_s, u"0231 13972451"_s, u"Contact persons"_s,
             u"Last contacts"_s, u"Open follow-ups"_s, u"Matches"_s, u"IHK zu Dortmund"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
}

void TestContactSheet::lastContactsAndFollowUpsComeFromTheDatabase()
{
    Database& db = m_temp.db();
    const auto document = contactsheet::build(db, m_company).value();
    QVERIFY(document);
    const QString text = document->toPlainText();
    const QList<EventSummary> events
        = EventRepository(db).timeline(Participant::Kind::Organisation, m_company, 1).value();
    QVERIFY(!events.isEmpty());
    QVERIFY2(text.contains(events.first().subject), qPrintable(events.first().subject));
    QVERIFY(text.contains(format::date(events.first().start.date())));
    QVERIFY(format::date(events.first().start.date()).contains(u'.')); // German dates: 25.11.2026

    FollowUpFilter open;
    open.organisationId = m_company;
    const QList<FollowUpItem> followUps = FollowUpRepository(db).list(open).value();
    QVERIFY(!followUps.isEmpty());
    for (const FollowUpItem& f : followUps) {
        QVERIFY2(text.contains(f.followUp.title), qPrintable(f.followUp.title));
    }
}

void TestContactSheet::doNotContactIsMarked()
{
    Database& db = m_temp.db();
    PersonFilter filter;
    filter.organisationId = m_company;
    QList<Person> persons = PersonRepository(db).list(filter).value();
    QVERIFY(persons.size() >= 2);
    QVERIFY(!contactsheet::build(db, m_company).value()->toPlainText().contains(u"Do not contact"_s));
    Person p = persons.first();
    p.doNotContact = true;
    QString error;
    QVERIFY2(PersonRepository(db).save(p, &error), qPrintable(error));
    const QString text = contactsheet::build(db, m_company).value()->toPlainText();
    const qsizetype name = text.indexOf(p.displayName());
    QVERIFY(name >= 0);
    // The mark stands with that person, before the next one.
    const qsizetype mark = text.indexOf(u"Do not contact"_s, name);
    QVERIFY(mark > name);
    QVERIFY(mark < text.indexOf(persons.at(1).displayName(), name));
    p.doNotContact = false;
    QVERIFY(PersonRepository(db).save(p, &error));
}

void TestContactSheet::unknownOrganisationHasNoSheet()
{
    QVERIFY(!contactsheet::build(m_temp.db(), 999999).value());
    QString error;
    const QString path = m_temp.folder() + u"/none.pdf"_s;
    QVERIFY(!contactsheet::writePdf(m_temp.db(), {}, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestContactSheet::everySheetStartsOnANewPage()
{
    Database& db = m_temp.db();
    const QList<Id> pilots = contactsheet::pilotCompanies(db).value();
    QVERIFY(pilots.size() >= 10);
    // Pages of each sheet alone add up to the pages of the batch: nothing shares a page.
    int sum = 0;
    for (Id id : pilots.mid(0, 5)) {
        QPdfWriter single(m_temp.folder() + u"/single.pdf"_s);
        const int pages = contactsheet::print(db, {id}, &single).value();
        QVERIFY(pages >= 1);
        sum += pages;
    }
    QPdfWriter batch(m_temp.folder() + u"/batch.pdf"_s);
    QCOMPARE(contactsheet::print(db, pilots.mid(0, 5), &batch).value(), sum);
}

void TestContactSheet::longSheetsFlowOntoFurtherPages()
{
    Database& db = m_temp.db();
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Großmann Lange Liste GmbH"_s;
    QString error;
    QVERIFY2(OrganisationRepository(db).save(o, &error), qPrintable(error));
    for (int i = 0; i < 60; ++i) {
        Person p;
        p.organisationId = o.id;
        p.firstName = u"Jörg"_s;
        p.lastName = u"Überlänge %1"_s.arg(i, 2, 10, QChar(u'0'));
        p.function = u"Sachbearbeitung"_s;
        p.email = u"joerg%1@example.org"_s.arg(i);
        QVERIFY2(PersonRepository(db).save(p, &error), qPrintable(error));
    }
    const QString path = m_temp.folder() + u"/long.pdf"_s;
    QVERIFY2(contactsheet::writePdf(db, {o.id}, path, &error), qPrintable(error));
    const QList<QString> boxes = pdfPageBoxes(path);
    QVERIFY2(boxes.size() >= 2, qPrintable(QString::number(boxes.size())));
    // Every person is on paper once, and each page says which page of how many it is.
    const QString text = pdfText(path);
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(text.count(u"Überlänge %1"_s.arg(i, 2, 10, QChar(u'0'))), 1);
    }
    for (int page = 1; page <= boxes.size(); ++page) {
        QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(boxes.size())));
    }
    QVERIFY(text.contains(u"Großmann Lange Liste GmbH"_s));
}

void TestContactSheet::pilotBatchPdf()
{
    Database& db = m_temp.db();
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
        "pdftotext is missing: packaging/dev.sh installs poppler-utils");
    const QList<Id> pilots = contactsheet::pilotCompanies(db).value();
    const QString path = m_temp.folder() + u"/pilots.pdf"_s;
    QString error;
    int lastDone = 0;
    QVERIFY2(contactsheet::writePdf(db, pilots, path, &error,
                 [&](int done, int total) {
                     lastDone = done;
                     return total == int(pilots.size());
                 }),
        qPrintable(error));
    QCOMPARE(lastDone, int(pilots.size()));
    const QList<QString> boxes = pdfPageBoxes(path);
    QVERIFY(boxes.size() >= pilots.size());
    for (const QString& box : boxes) {
        // A4 portrait in points: 595 × 842.
        const QStringList v = box.split(u' ');
        QCOMPARE(v.size(), 4);
        QCOMPARE(qRound(v[2].toDouble()), 595);
        QCOMPARE(qRound(v[3].toDouble()), 842);
    }
    const QString text = pdfText(path);
    OrganisationRepository organisations(db);
    for (Id id : pilots) {
        const QString name = organisations.find(id)->displayName();
        QVERIFY2(text.contains(name), qPrintable(name));
    }
    QVERIFY(text.contains(u"Cem Öztürk"_s));
    QVERIFY(text.contains(u"KMUni network"_s)); // the header
    QVERIFY(text.contains(u"Printed on"_s)); // the footer
}

void TestContactSheet::failedWriteLeavesNoFile()
{
    QString error;
    const QString path = m_temp.folder() + u"/no/such/folder/sheet.pdf"_s;
    QVERIFY(!contactsheet::writePdf(m_temp.db(), {m_company}, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestContactSheet::cancelStopsAndLeavesNoFile()
{
    Database& db = m_temp.db();
    const QString path = m_temp.folder() + u"/cancelled.pdf"_s;
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the earlier file");
    old.close();
    QString error;
    QVERIFY(!contactsheet::writePdf(
        db, contactsheet::pilotCompanies(db).value(), path, &error, [](int done, int) { return done < 3; }));
    // The earlier file is kept as it was; no partial file is left.
    QVERIFY(QFile(path).open(QIODevice::ReadOnly));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the earlier file"));
    QVERIFY(!QFile::exists(path + u".part"_s));
}

QTEST_MAIN(TestContactSheet)
#include "TestContactSheet.moc"
