// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every file the program writes, on a full disk (issue 14): the write fails as a disk failure, the
// old file stays as it was, no temporary file is left; written normally, the file is 0600 whatever
// the umask. A full disk is simulated with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored): the
// kernel then fails writes past the limit with EFBIG, part way through a write as a filling disk does.
#include "TestSupport.h"
#include "common/Time.h"
#include "io/ContactSheet.h"
#include "io/EventIcsExport.h"
#include "io/ListExport.h"
#include "io/PersonVCard.h"
#include "io/PrivateFile.h"
#include "persons/PersonFilter.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"
#include "reports/ParticipantList.h"

#include <QDir>
#include <QFile>

#include <QtTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

/** Files larger than @p bytes cannot be written while it lives. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

enum class Writer
{
    EfrePdf,
    EfreXlsx,
    EfreCsv,
    ContactSheets,
    ParticipantsList,
    Bytes,
    ListCsv,
    ListXlsx,
    VCards,
    Calendar,
};

} // namespace

class TestSafeWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void newFilesArePrivate_data();
    void newFilesArePrivate();

private:
    bool write(Writer writer, const QString& path, QString* error, io::Failure* failure);
    QStringList filesIn(const QString& folder) const;

    test::TempDatabase m_t;
    reports::EfreReport m_report;
};

void TestSafeWrites::initTestCase()
{
    time::setNowForTesting(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    QVERIFY(test::loadDemo(m_t.db()));
    m_report = reports::EfreReport::build(m_t.db(), {QDate(2026, 1, 1), QDate(2027, 12, 31)}).value();
    QVERIFY(m_report.value(u"EVT_TOTAL"_s) > 0);
}

void TestSafeWrites::cleanupTestCase()
{
    time::setNowForTesting({});
}

bool TestSafeWrites::write(Writer writer, const QString& path, QString* error, io::Failure* failure)
{
    switch (writer) {
    case Writer::EfrePdf:
        return reports::write(m_t.db(), m_report, path, reports::Format::Pdf, error, {}, failure);
    case Writer::EfreXlsx:
        return reports::write(m_t.db(), m_report, path, reports::Format::Xlsx, error, {}, failure);
    case Writer::EfreCsv:
        return reports::write(m_t.db(), m_report, path, reports::Format::Csv, error, {}, failure);
    case Writer::ContactSheets:
        return contactsheet::writePdf(m_t.db(), {1, 2, 3}, path, error, {}, failure);
    case Writer::ParticipantsList:
        return participantlist::writePdf(m_t.db(), m_report.events.first(), path, error, failure);
    case Writer::Bytes:
        return io::writePrivateFile(path, QByteArray(20000, 'x'), error, failure);
    case Writer::ListCsv:
    case Writer::ListXlsx: {
        exports::Selection persons;
        persons.list = exports::List::Persons;
        exports::Options options;
        options.format = writer == Writer::ListCsv ? io::TableFormat::Csv : io::TableFormat::Xlsx;
        return exports::write(m_t.db(), persons, path, options, error, {}, failure);
    }
    case Writer::VCards:
        return exports::writeVCards(m_t.db(), PersonFilter(), path, vcard::Version::V40, error, failure);
    case Writer::Calendar:
        return writeEventsIcs(m_t.db(), EventFilter(), path, error, failure);
    }
    return false;
}

QStringList TestSafeWrites::filesIn(const QString& folder) const
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestSafeWrites::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<int>("writer");
    QTest::addColumn<QString>("name");
    QTest::addRow("EFRE report, PDF") << int(Writer::EfrePdf) << u"report.pdf"_s;
    QTest::addRow("EFRE report, XLSX") << int(Writer::EfreXlsx) << u"report.xlsx"_s;
    QTest::addRow("EFRE report, CSV") << int(Writer::EfreCsv) << u"report.csv"_s;
    QTest::addRow("contact sheets") << int(Writer::ContactSheets) << u"sheets.pdf"_s;
    QTest::addRow("participants list") << int(Writer::ParticipantsList) << u"participants.pdf"_s;
    QTest::addRow("bytes (filed report, person data)") << int(Writer::Bytes) << u"filed.pdf"_s;
    QTest::addRow("list, CSV") << int(Writer::ListCsv) << u"persons.csv"_s;
    QTest::addRow("list, XLSX") << int(Writer::ListXlsx) << u"persons.xlsx"_s;
    QTest::addRow("vCards") << int(Writer::VCards) << u"persons.vcf"_s;
    QTest::addRow("calendar") << int(Writer::Calendar) << u"activities.ics"_s;
}

void TestSafeWrites::fullDiskKeepsTheOldFile()
{
    QFETCH(int, writer);
    QFETCH(QString, name);
    const QString folder = m_t.folder() + u"/full-"_s + QString::number(writer);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u'/' + name;
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the report handed in last time");
    }
    QString error;
    io::Failure failure = io::Failure::None;
    bool written = true;
    {
        const FileSizeLimit full(1024);
        QVERIFY(full.ok());
        written = write(Writer(writer), path, &error, &failure);
    }
    QVERIFY2(!written, "a file on a full disk was reported as written");
    QCOMPARE(failure, io::Failure::Disk);
    QVERIFY2(error.contains(name) && !error.contains(u".kmuni-"_s), qPrintable(error)); // the user's file
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the report handed in last time"));
    QCOMPARE(filesIn(folder), QStringList{name}); // no temporary file left behind
}

void TestSafeWrites::newFilesArePrivate_data()
{
    fullDiskKeepsTheOldFile_data();
}

void TestSafeWrites::newFilesArePrivate()
{
    QFETCH(int, writer);
    QFETCH(QString, name);
    const QString folder = m_t.folder() + u"/private-"_s + QString::number(writer);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u'/' + name;
    const mode_t previous = ::umask(022);
    QString error;
    io::Failure failure = io::Failure::None;
    const bool written = write(Writer(writer), path, &error, &failure);
    ::umask(previous);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(failure, io::Failure::None);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QVERIFY(info.st_size > 1024);
    QCOMPARE(filesIn(folder), QStringList{name});
    // Into a folder that does not exist: a path failure, nothing written.
    const QString missing = folder + u"/none/"_s + name;
    QVERIFY(!write(Writer(writer), missing, &error, &failure));
    QCOMPARE(failure, io::Failure::Path);
}

QTEST_MAIN(TestSafeWrites)
#include "TestSafeWrites.moc"
