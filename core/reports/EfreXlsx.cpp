// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EFRE report as an Excel workbook (libxlsxwriter).
#include "EfreXlsx.h"

#include "common/Error.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "events/EventRepository.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kmuni::reports::detail {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EfreReport)
};

// libxlsxwriter, with Qt strings.
class Sheet
{
public:
    Sheet(lxw_workbook* book, const QString& name)
        : m_sheet(workbook_add_worksheet(book, name.toUtf8().constData()))
    { }
    void text(int row, int col, const QString& value, lxw_format* format = nullptr)
    {
        // Always a string cell, never a formula: text such as "=HYPERLINK(…)" stays text (CSV
        // injection, issue 15; the CSV neutralises it with csv::neutralise()).
        if (!value.isEmpty()) {
            worksheet_write_string(m_sheet, row, col, value.left(32000).toUtf8().constData(), format);
        }
    }
    void number(int row, int col, double value, lxw_format* format = nullptr)
    {
        worksheet_write_number(m_sheet, row, col, value, format);
    }
    void date(int row, int col, const QDate& d, lxw_format* format)
    {
        if (d.isValid()) {
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
            worksheet_write_datetime(m_sheet, row, col, &dt, format);
        }
    }
    void dateTime(int row, int col, const QDateTime& instant, lxw_format* format)
    {
        if (instant.isValid()) {
            const QDateTime local = instant.toTimeZone(time::berlin());
            lxw_datetime dt{local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                local.time().minute(), double(local.time().second())};
            worksheet_write_datetime(m_sheet, row, col, &dt, format);
        }
    }
    void header(const QStringList& titles, const QList<double>& widths, lxw_format* bold)
    {
        for (int i = 0; i < titles.size(); ++i) {
            text(0, i, titles[i], bold);
            worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), widths.value(i, 14), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
    }
    void filter(int lastRow, int lastCol)
    {
        if (lastRow > 0) {
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastCol));
        }
    }
    lxw_worksheet* raw() const { return m_sheet; }

private:
    lxw_worksheet* m_sheet;
};

/**
 * libxlsxwriter reports its errors on stderr ("[ERROR] …") besides returning them: while it works,
 * stderr goes to a temporary file, so that the terminal and the log see our message only.
 */
class QuietStderr
{
public:
    QuietStderr()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        std::FILE* sink = std::tmpfile();
        if (m_saved >= 0 && sink) {
            m_sink = sink;
            ::dup2(::fileno(sink), STDERR_FILENO);
        }
#endif
    }
    ~QuietStderr()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
        if (m_sink) {
            std::fclose(m_sink);
        }
#endif
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int m_saved = -1;
    std::FILE* m_sink = nullptr;
};

/** The workbook being written and the cell formats its sheets share. */
struct Book
{
    lxw_workbook* book = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_format* month = nullptr;
    lxw_format* hours = nullptr;
    lxw_format* integer = nullptr;
};

/** The file's title, subject, author and dates, from @p r. */
void setProperties(lxw_workbook* book, const EfreReport& r)
{
    const QByteArray title = Tr::tr("EFRE report %1").arg(periodText(r.requested)).toUtf8();
    const QByteArray author = QByteArray("KMUni CRM");
    const QByteArray subject = r.project.name.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.author = const_cast<char*>(author.constData());
    // The file's dates are the report's: the same report gives the same workbook.
    properties.created = time_t(r.generatedAt.toSecsSinceEpoch());
    workbook_set_properties(book, &properties);
}

/** Adds the cell formats to @p book. */
Book addFormats(lxw_workbook* book)
{
    Book b;
    b.book = book;
    b.bold = workbook_add_format(book);
    format_set_bold(b.bold);
    b.date = workbook_add_format(book);
    format_set_num_format(b.date, "dd.mm.yyyy");
    b.dateTime = workbook_add_format(book);
    format_set_num_format(b.dateTime, "dd.mm.yyyy hh:mm");
    b.month = workbook_add_format(book);
    format_set_num_format(b.month, "mm.yyyy");
    // Staff time: whole minutes as numbers, and the same as an Excel duration shown as h:mm (exact).
    b.hours = workbook_add_format(book);
    format_set_num_format(b.hours, "[h]:mm");
    b.integer = workbook_add_format(book);
    format_set_num_format(b.integer, "0");
    return b;
}

/** The report: project, period, fingerprint, notes. */
void reportSheet(const Book& b, const EfreReport& r)
{
    Sheet about(b.book, Tr::tr("Report"));
    worksheet_set_column(about.raw(), 0, 0, 26, b.bold);
    worksheet_set_column(about.raw(), 1, 1, 70, nullptr);
    int row = 0;
    about.text(row, 0, Tr::tr("EFRE report"), b.bold);
    about.text(row++, 1, r.project.name);
    about.text(row, 0, Tr::tr("Funding reference"));
    about.text(row++, 1, r.project.fundingReference);
    about.text(row, 0, Tr::tr("Funding line"));
    about.text(row++, 1, r.project.fundingLine);
    about.text(row, 0, Tr::tr("Approved from"));
    about.date(row++, 1, r.project.approvedFrom, b.date);
    about.text(row, 0, Tr::tr("Approved to"));
    about.date(row++, 1, r.project.approvedTo, b.date);
    about.text(row, 0, Tr::tr("Reporting period from"));
    about.date(row++, 1, r.requested.from, b.date);
    about.text(row, 0, Tr::tr("Reporting period to"));
    about.date(row++, 1, r.requested.to, b.date);
    about.text(row, 0, Tr::tr("Counted from"));
    about.date(row++, 1, r.counted.from, b.date);
    about.text(row, 0, Tr::tr("Counted to"));
    about.date(row++, 1, r.counted.to, b.date);
    about.text(row, 0, Tr::tr("Indicator set"));
    about.text(row++, 1, ProjectSettings::indicatorSetLabel(r.project.indicatorSet));
    about.text(row, 0, Tr::tr("Generated"));
    about.dateTime(row++, 1, r.generatedAt, b.dateTime);
    about.text(row, 0, Tr::tr("Fingerprint (SHA-256)"));
    about.text(row++, 1, r.fingerprint());
    for (const QString& note : r.notes) {
        about.text(row, 0, Tr::tr("Note"));
        about.text(row++, 1, note);
    }
}

/** The indicators, one a row. */
void indicatorsSheet(const Book& b, const EfreReport& r)
{
    Sheet indicators(b.book, Tr::tr("Indicators"));
    indicators.header({Tr::tr("Code"), Tr::tr("Group"), Tr::tr("Indicator"), Tr::tr("Value"), Tr::tr("Unit"),
                          Tr::tr("Hours (h:mm)"), Tr::tr("EU indicator"), Tr::tr("Level")},
        {34, 16, 80, 10, 8, 12, 26, 6}, b.bold);
    int row = 1;
    for (const Indicator& i : r.indicators) {
        indicators.text(row, 0, i.code);
        indicators.text(row, 1, i.group);
        indicators.text(row, 2, i.label);
        indicators.number(row, 3, double(i.value), b.integer);
        indicators.text(row, 4, unitCode(i));
        if (i.isTime()) {
            indicators.number(row, 5, double(i.value) / 1440.0, b.hours);
        }
        indicators.text(row, 6, i.reference);
        indicators.number(row, 7, i.level);
        ++row;
    }
    indicators.filter(row - 1, 7);
}

/** The activities per month. */
void monthsSheet(const Book& b, const EfreReport& r)
{
    Sheet months(b.book, Tr::tr("Months"));
    months.header({Tr::tr("Month"), Tr::tr("Activities")}, {12, 12}, b.bold);
    int row = 1;
    for (const auto& [key, count] : r.eventsPerMonth) {
        months.date(row, 0, QDate::fromString(key + u"-01"_s, u"yyyy-MM-dd"_s), b.month);
        months.number(row++, 1, count, b.integer);
    }
}

/** The supported enterprises, one a row. */
void enterprisesSheet(const Book& b, const EfreReport& r)
{
    Sheet companies(b.book, Tr::tr("Enterprises"));
    companies.header({Tr::tr("Id"), Tr::tr("Enterprise"), Tr::tr("City"), Tr::tr("Sector"), Tr::tr("SME"),
                         Tr::tr("Pilot participant"), Tr::tr("Archived"), Tr::tr("First contact"),
                         Tr::tr("Last contact"), Tr::tr("Contacts"), Tr::tr("Partners")},
        {7, 40, 16, 24, 6, 8, 9, 12, 12, 9, 50}, b.bold);
    int row = 1;
    for (const SupportedCompany& c : r.companies) {
        companies.number(row, 0, double(c.id), b.integer);
        companies.text(row, 1, c.name);
        companies.text(row, 2, c.city);
        companies.text(row, 3, vocab::label(vocab::List::Sector, c.sector));
        companies.text(row, 4, yesNo(c.sme));
        companies.text(row, 5, yesNo(c.pilot));
        companies.text(row, 6, yesNo(c.archived));
        companies.date(row, 7, c.firstContact, b.date);
        companies.date(row, 8, c.lastContact, b.date);
        companies.number(row, 9, c.contacts, b.integer);
        companies.text(row, 10, partnersOf(c));
        ++row;
    }
    companies.filter(row - 1, 10);
}

/** One activity's row on the activities sheet. */
void activityRow(const Book& b, Sheet& events, int row, const EventSummary& e)
{
    events.number(row, 0, double(e.id), b.integer);
    events.dateTime(row, 1, e.start, b.dateTime);
    events.text(row, 2, vocab::label(vocab::List::EventType, e.type));
    events.text(row, 3, e.subject);
    events.text(row, 4, e.location);
    events.text(row, 5, e.organisations.join(u", "_s));
    events.text(row, 6, e.persons.join(u", "_s));
    events.text(row, 7, e.staff.join(u", "_s));
    events.number(row, 8, e.durationMin, b.integer);
    events.number(row, 9, e.timeSpentMin, b.integer);
    events.number(row, 10, e.timeSpentMin / 1440.0, b.hours);
}

/** Closes the unfinished workbook after a failure of @p kind; false with @p message. */
bool abandon(const Book& b, io::Failure kind, const QString& message, QString* error, io::Failure* failure)
{
    workbook_close(b.book);
    io::failed(failure, kind);
    return fail(error, message);
}

/**
 * The activities, read from @p db in chunks with @p progress after each; false with @p error
 * (the workbook closed) when they cannot be read or the user cancels.
 */
bool activitiesSheet(
    const Book& b, Database& db, const EfreReport& r, const Progress& progress, QString* error, io::Failure* failure)
{
    Sheet events(b.book, Tr::tr("Activities"));
    events.header({Tr::tr("Id"), Tr::tr("Date"), Tr::tr("Type"), Tr::tr("Topic"), Tr::tr("Location"),
                      Tr::tr("Organisations"), Tr::tr("Participants"), Tr::tr("Staff"), Tr::tr("Duration (min)"),
                      Tr::tr("Time spent (min)"), Tr::tr("Time spent (h:mm)")},
        {7, 16, 20, 40, 18, 40, 40, 30, 10, 10, 10}, b.bold);
    int row = 1;
    EventRepository repository(db);
    constexpr qsizetype chunk = 2000;
    for (qsizetype first = 0; first < r.events.size(); first += chunk) {
        const auto part = repository.byIds(r.events.mid(first, chunk));
        if (part.failed()) {
            return abandon(b, io::Failure::Database,
                Tr::tr("The activities cannot be read from the database: %1").arg(part.error()), error, failure);
        }
        for (const EventSummary& e : *part) {
            activityRow(b, events, row++, e);
        }
        if (progress && !progress(int(std::min(first + chunk, r.events.size())), int(r.events.size()))) {
            return abandon(b, io::Failure::Cancelled, Tr::tr("Cancelled."), error, failure);
        }
    }
    events.filter(row - 1, 10);
    return true;
}

/** The steps of the matches reached in the period, one a row. */
void matchesSheet(const Book& b, const EfreReport& r)
{
    Sheet matches(b.book, Tr::tr("Matches"));
    matches.header({Tr::tr("Date"), Tr::tr("Enterprise"), Tr::tr("University"), Tr::tr("Type"), Tr::tr("Stage reached"),
                       Tr::tr("Match id")},
        {12, 40, 40, 26, 16, 9}, b.bold);
    int row = 1;
    for (const MatchStep& m : r.matchSteps) {
        matches.date(row, 0, m.reachedOn, b.date);
        matches.text(row, 1, m.company);
        matches.text(row, 2, m.university);
        matches.text(row, 3, vocab::label(vocab::List::MatchType, m.type));
        matches.text(row, 4, vocab::label(vocab::List::MatchStage, m.stage));
        matches.number(row, 5, double(m.matchId), b.integer);
        ++row;
    }
    matches.filter(row - 1, 5);
}

/** Closes the finished workbook, which writes the file; false with @p error naming @p shown. */
bool finish(const Book& b, const QString& shown, QString* error, io::Failure* failure)
{
    errno = 0;
    const lxw_error rc = workbook_close(b.book);
    if (rc != LXW_NO_ERROR) {
        const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
        io::failed(failure, io::Failure::Disk);
        return fail(error, io::cannotWrite(shown, reason.isEmpty() ? QString::fromUtf8(lxw_strerror(rc)) : reason));
    }
    return true;
}

} // namespace

/** Writes the workbook to @p target; messages name @p shown, the user's file. */
bool writeXlsx(Database& db, const EfreReport& r, const QString& target, const QString& shown, QString* error,
    const Progress& progress, io::Failure* failure)
{
    const QuietStderr quiet;
    lxw_workbook* book = workbook_new(QFile::encodeName(target).constData());
    if (!book) {
        io::failed(failure, io::Failure::Path);
        return fail(error, io::cannotWrite(shown, {}));
    }
    setProperties(book, r);
    const Book b = addFormats(book);
    reportSheet(b, r);
    indicatorsSheet(b, r);
    monthsSheet(b, r);
    enterprisesSheet(b, r);
    if (!activitiesSheet(b, db, r, progress, error, failure)) {
        return false;
    }
    matchesSheet(b, r);
    return finish(b, shown, error, failure);
}

} // namespace kmuni::reports::detail
