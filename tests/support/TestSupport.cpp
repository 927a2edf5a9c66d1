// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoNetwork.h"
#include "io/ListExport.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "staff/Staff.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni::test {

German::German(const QString& qmFile)
{
    m_installed = m_translator.load(qmFile) && QCoreApplication::installTranslator(&m_translator);
}

German::~German()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

namespace {
bool onMaintenance(const QString& statement)
{
    return execOnServer(qEnvironmentVariable("KMUNI_TEST_SERVER"), statement);
}
} // namespace

bool execOnServer(const QString& address, const QString& statement)
{
    const QString name = u"kmuni-test-beside"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        const QUrl url(address);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            qWarning("test server: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.exec(u"SET client_min_messages = warning"_s);
            ok = q.exec(statement);
            if (!ok) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TempDatabase::onServer()
{
    return !qEnvironmentVariableIsEmpty("KMUNI_TEST_SERVER");
}

TempDatabase::TempDatabase()
    : m_path(m_dir.path() + u"/test.sqlite"_s)
{
    if (onServer()) {
        static int counter = 0;
        m_serverDatabase = u"kmuni_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
        onMaintenance(u"DROP DATABASE IF EXISTS %1"_s.arg(m_serverDatabase));
        onMaintenance(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(m_serverDatabase));
        QUrl url(qEnvironmentVariable("KMUNI_TEST_SERVER"));
        url.setPath(u"/"_s + m_serverDatabase);
        m_path = url.toString();
    }
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty()) {
        onMaintenance(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_serverDatabase));
    }
}

Database& TempDatabase::db()
{
    if (!m_db) {
        // Said instead of a crash: a server that went away (another run stopped the test cluster).
        qFatal("the test database is not open: see the warning before this line");
    }
    return *m_db;
}

bool TempDatabase::reopen()
{
    m_db.reset();
    DbStatus status;
    m_db = Database::open(m_path, Database::Mode::Create, &status);
    if (!m_db) {
        qWarning("cannot open test database: %s", qPrintable(status.message));
    }
    return m_db != nullptr;
}

bool execBeside(const QString& path, const char* sql)
{
    if (path.startsWith(u"postgresql://"_s)) { // another client of the same server
        return execOnServer(path, QString::fromUtf8(sql));
    }
    sqlite3* other = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qWarning("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(other));
        sqlite3_close(other);
        return false;
    }
    sqlite3_busy_timeout(other, 5000);
    char* message = nullptr;
    const bool ok = sqlite3_exec(other, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok) {
        qWarning("%s: %s", sql, message);
    }
    sqlite3_free(message);
    sqlite3_close(other);
    return ok;
}

bool loadDemo(Database& db)
{
    QString error;
    if (!loadDemoNetwork(db, QDate(2026, 11, 26), nullptr, &error)) {
        qWarning("demo network: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool makeCalendarNetwork(Database& db, CalendarNetwork& n)
{
    QString error;
    OrganisationRepository orgs(db);
    Organisation zollern;
    zollern.name = u"Zeche Zollern Robotik"_s;
    zollern.legalForm = u"GmbH"_s;
    zollern.email = u"info@zollern-robotik.de"_s;
    Organisation tu;
    tu.kind = u"university"_s;
    tu.name = u"Technische Universität Dortmund"_s;
    Organisation partner;
    partner.kind = u"partner"_s;
    partner.name = u"Wirtschaftsförderung Dortmund"_s;
    for (Organisation* o : {&zollern, &tu, &partner}) {
        if (!orgs.save(*o, &error)) {
            qWarning("calendar network: %s", qPrintable(error));
            return false;
        }
    }
    n.zollern = zollern.id;
    n.tu = tu.id;
    n.partner = partner.id;
    Person anna;
    anna.firstName = u"Anna"_s;
    anna.lastName = u"Schmidt"_s;
    anna.email = u"anna.schmidt@zollern-robotik.de"_s;
    anna.organisationId = n.zollern;
    Person meyer;
    meyer.title = u"Prof. Dr."_s;
    meyer.firstName = u"Jürgen"_s;
    meyer.lastName = u"Meyer-Lüdenscheidt"_s;
    meyer.email = u"Juergen.Meyer@tu-dortmund.de"_s;
    meyer.organisationId = n.tu;
    PersonRepository persons(db);
    for (Person* p : {&anna, &meyer}) {
        if (!persons.save(*p, &error)) {
            qWarning("calendar network: %s", qPrintable(error));
            return false;
        }
    }
    n.anna = anna.id;
    n.meyer = meyer.id;
    StaffMember kai;
    kai.partnerId = n.partner;
    kai.firstName = u"Kai"_s;
    kai.lastName = u"Wagner"_s;
    kai.login = u"kwagner"_s;
    kai.email = u"kai.wagner@wirtschaftsfoerderung-dortmund.de"_s;
    if (!StaffRepository(db).save(kai, &error)) {
        qWarning("calendar network: %s", qPrintable(error));
        return false;
    }
    n.kai = kai.id;
    return true;
}

QByteArray exported(Database& db, exports::List list, csv::Dialect dialect, const QString& folder, bool withArchived)
{
    const QString path = folder + u'/' + exports::listName(list) + (int(dialect) < 0 ? u".xlsx"_s : u".csv"_s);
    exports::Selection selection;
    selection.list = list;
    if (withArchived) {
        selection.organisations.archived = OrganisationFilter::Archived::All;
    }
    exports::Options options;
    if (int(dialect) < 0) {
        options.format = io::TableFormat::Xlsx;
    } else {
        options.dialect = dialect;
    }
    QString error;
    if (!exports::write(db, selection, path, options, &error)) {
        qWarning() << error;
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addExportFormats()
{
    QTest::addColumn<int>("dialect"); // -1: XLSX
    QTest::newRow("excel-de") << int(csv::Dialect::ExcelGerman);
    QTest::newRow("rfc4180") << int(csv::Dialect::Rfc4180);
    QTest::newRow("xlsx") << -1;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

QString runProgram(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace kmuni::test
