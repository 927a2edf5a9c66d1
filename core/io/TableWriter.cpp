// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableWriter.h"

#include "ImportCells.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace kmuni::io {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::TableWriter)
};

/** Text goes to the file in pieces of about this many characters. */
constexpr qsizetype flushAt = 256 * 1024;
/** Excel's limit for the characters of a cell (libxlsxwriter refuses longer strings). */

class CsvWriter final : public TableWriter
{
public:
    CsvWriter(QIODevice* device, csv::Dialect dialect)
        : m_device(device)
        , m_dialect(dialect)
        , m_separator(csv::separator(dialect))
        , m_german(dialect == csv::Dialect::ExcelGerman)
    {
        m_text.reserve(flushAt + 4096);
        if (m_german) {
            m_device->write("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the byte order mark
        }
    }
    void header(const QList<TableColumn>& columns)
    {
        for (const TableColumn& c : columns) {
            text(c.title);
        }
        endRow();
    }
    void text(const QString& value) override
    {
        separate();
        m_text += csv::quote(value, m_dialect);
    }
    void integer(qint64 value) override
    {
        separate();
        m_text += QString::number(value);
    }
    void decimal(double value) override
    {
        separate();
        QString number = QString::number(value, 'f', 2);
        while (number.endsWith(u'0')) {
            number.chop(1);
        }
        if (number.endsWith(u'.')) {
            number.chop(1);
        }
        if (m_german) {
            number.replace(u'.', u',');
        }
        m_text += number;
    }
    void date(const QDate& value) override
    {
        separate();
        if (value.isValid()) {
            m_text += value.toString(m_german ? u"dd.MM.yyyy"_s : u"yyyy-MM-dd"_s);
        }
    }
    void dateTime(const QDate& day, const QTime& time) override
    {
        date(day);
        if (day.isValid() && time.isValid()) {
            m_text += u' ' + time.toString(u"HH:mm"_s);
        }
    }
    void empty() override { separate(); }
    bool endRow() override
    {
        m_text += u"\r\n"_s;
        m_first = true;
        return m_text.size() < flushAt || flush();
    }
    qint64 maxRows() const override { return std::numeric_limits<qint64>::max(); }
    bool flush()
    {
        const QByteArray bytes = m_text.toUtf8();
        m_text.clear();
        return m_device->write(bytes) == bytes.size();
    }

private:
    void separate()
    {
        if (!m_first) {
            m_text += m_separator;
        }
        m_first = false;
    }

    QIODevice* m_device;
    csv::Dialect m_dialect;
    QChar m_separator;
    bool m_german;
    bool m_first = true;
    QString m_text;
};

class XlsxWriter final : public TableWriter
{
public:
    XlsxWriter(lxw_workbook* book, const QString& sheet)
        : m_book(book)
    {
        // Excel refuses sheet names over 31 characters and with []:*?/\ in them.
        QString name = sheet.left(31);
        for (QChar c : u"[]:*?/\\"_s) {
            name.replace(c, u'_');
        }
        m_sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        m_bold = workbook_add_format(book);
        format_set_bold(m_bold);
        m_integer = workbook_add_format(book);
        format_set_num_format(m_integer, "0");
        m_decimal = workbook_add_format(book);
        format_set_num_format(m_decimal, "0.00");
        m_date = workbook_add_format(book);
        format_set_num_format(m_date, "dd.mm.yyyy");
        m_dateTime = workbook_add_format(book);
        format_set_num_format(m_dateTime, "dd.mm.yyyy hh:mm");
    }
    void header(const QList<TableColumn>& columns)
    {
        // Column widths before the first row: the constant-memory mode writes rows as they come.
        for (qsizetype i = 0; i < columns.size(); ++i) {
            check(worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), columns[i].width, nullptr));
        }
        for (const TableColumn& c : columns) {
            cell(worksheet_write_string(m_sheet, m_row, m_col, c.title.toUtf8().constData(), m_bold));
        }
        m_columns = lxw_col_t(columns.size());
        worksheet_freeze_panes(m_sheet, 1, 0);
        endRow();
    }
    void text(const QString& value) override
    {
        // Always a string cell, never a formula: "=…" stays the text it is.
        if (value.isEmpty()) {
            ++m_col;
            return;
        }
        cell(worksheet_write_string(m_sheet, m_row, m_col, import::cutForACell(value).toUtf8().constData(), nullptr));
    }
    void integer(qint64 value) override
    {
        cell(worksheet_write_number(m_sheet, m_row, m_col, double(value), m_integer));
    }
    void decimal(double value) override { cell(worksheet_write_number(m_sheet, m_row, m_col, value, m_decimal)); }
    void date(const QDate& value) override
    {
        if (!value.isValid()) {
            ++m_col;
            return;
        }
        lxw_datetime dt{value.year(), value.month(), value.day(), 0, 0, 0};
        cell(worksheet_write_datetime(m_sheet, m_row, m_col, &dt, m_date));
    }
    void dateTime(const QDate& day, const QTime& time) override
    {
        if (!day.isValid()) {
            ++m_col;
            return;
        }
        lxw_datetime dt{day.year(), day.month(), day.day(), time.hour(), time.minute(), double(time.second())};
        cell(worksheet_write_datetime(m_sheet, m_row, m_col, &dt, time.isValid() ? m_dateTime : m_date));
    }
    void empty() override { ++m_col; }
    bool endRow() override
    {
        ++m_row;
        m_col = 0;
        return m_error == LXW_NO_ERROR;
    }
    qint64 maxRows() const override { return LXW_ROW_MAX; }
    void finish()
    {
        if (m_row > 1 && m_columns > 0) {
            check(worksheet_autofilter(m_sheet, 0, 0, m_row - 1, m_columns - 1));
        }
    }
    lxw_error error() const { return m_error; }

private:
    void cell(lxw_error rc)
    {
        check(rc);
        ++m_col;
    }
    void check(lxw_error rc)
    {
        if (rc != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
            m_error = rc;
        }
    }

    lxw_workbook* m_book;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_integer = nullptr;
    lxw_format* m_decimal = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    lxw_row_t m_row = 0;
    lxw_col_t m_col = 0;
    lxw_col_t m_columns = 0;
    lxw_error m_error = LXW_NO_ERROR;
};

/** One cell (or the end of a row) on its way to the writing thread. */
struct Cell
{
    enum Kind : quint8
    {
        Text,
        Integer,
        Decimal,
        Date,
        DateTime,
        Empty,
        EndRow
    };
    Kind kind = Empty;
    QString text{};
    double decimal = 0;
    qint64 integer = 0;
    QDate day{};
    QTime time{};
};

/**
 * Hands the cells to @p target on a thread of its own, in batches of rows: reading the rows (on
 * the caller's thread, with the caller's connection) and writing them (formatting, UTF-8,
 * libxlsxwriter's XML) overlap. At most a few batches wait, so a slow writer holds the reader up
 * instead of filling the memory. The target is used by one thread at a time: set up before, the
 * worker in between, finished after finish().
 */
class Pipeline final : public TableWriter
{
public:
    explicit Pipeline(TableWriter& target)
        : m_target(target)
        , m_maxRows(target.maxRows())
    {
        m_batch.reserve(batchCells);
        m_thread = std::thread([this] { run(); });
    }
    ~Pipeline() override { finish(false); }
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;

    void text(const QString& value) override { add({.kind = Cell::Text, .text = value}); }
    void integer(qint64 value) override { add({.kind = Cell::Integer, .integer = value}); }
    void decimal(double value) override { add({.kind = Cell::Decimal, .decimal = value}); }
    void date(const QDate& value) override { add({.kind = Cell::Date, .day = value}); }
    void dateTime(const QDate& day, const QTime& time) override
    {
        add({.kind = Cell::DateTime, .day = day, .time = time});
    }
    void empty() override { add({.kind = Cell::Empty}); }
    bool endRow() override
    {
        add({.kind = Cell::EndRow});
        if (++m_rows == rowsPerBatch) {
            handOver();
        }
        return !m_failed;
    }
    qint64 maxRows() const override { return m_maxRows; }

    /** Writes the rows still waiting (@p complete) or drops them, and waits for the thread. */
    void finish(bool complete)
    {
        if (!m_thread.joinable()) {
            return;
        }
        if (complete) {
            handOver();
        }
        {
            const std::lock_guard lock(m_mutex);
            if (!complete) {
                m_queue.clear();
            }
            m_closed = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }

private:
    static constexpr int rowsPerBatch = 1024;
    static constexpr qsizetype batchCells = 16 * rowsPerBatch;
    static constexpr qsizetype maxBatches = 4;
    using Batch = std::vector<Cell>;

    void add(Cell&& cell) { m_batch.push_back(std::move(cell)); }
    void handOver()
    {
        {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return qsizetype(m_queue.size()) < maxBatches; });
            m_queue.push_back(std::move(m_batch));
        }
        m_ready.notify_one();
        m_batch = {};
        m_batch.reserve(batchCells);
        m_rows = 0;
    }
    void run()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty()) {
                    return;
                }
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            // After a failed write the rest is dropped: the file will be refused anyway.
            if (!m_failed && !write(batch)) {
                m_failed = true;
            }
        }
    }
    bool write(const Batch& batch)
    {
        bool ok = true;
        for (const Cell& c : batch) {
            switch (c.kind) {
            case Cell::Text:
                m_target.text(c.text);
                break;
            case Cell::Integer:
                m_target.integer(c.integer);
                break;
            case Cell::Decimal:
                m_target.decimal(c.decimal);
                break;
            case Cell::Date:
                m_target.date(c.day);
                break;
            case Cell::DateTime:
                m_target.dateTime(c.day, c.time);
                break;
            case Cell::Empty:
                m_target.empty();
                break;
            case Cell::EndRow:
                ok = m_target.endRow() && ok;
                break;
            }
        }
        return ok;
    }

    TableWriter& m_target;
    const qint64 m_maxRows;
    Batch m_batch;
    int m_rows = 0;
    std::mutex m_mutex;
    std::condition_variable m_ready; ///< a batch waits, or no more will come
    std::condition_variable m_space; ///< the queue has room
    std::deque<Batch> m_queue;
    bool m_closed = false;
    std::atomic_bool m_failed = false;
    std::thread m_thread;
};

/** @p fill through a Pipeline into @p target: false when it stopped (the rows are dropped then). */
bool fillThrough(TableWriter& target, const std::function<bool(TableWriter&, QString*, Failure*)>& fill, QString* error,
    Failure* failure)
{
    Pipeline pipeline(target);
    const bool filled = fill(pipeline, error, failure);
    pipeline.finish(filled);
    return filled;
}

bool writeCsv(PrivateFile& file, csv::Dialect dialect, const QList<TableColumn>& columns,
    const std::function<bool(TableWriter&, QString*, Failure*)>& fill, QString* error, Failure* failure)
{
    CsvWriter writer(file.device(), dialect);
    writer.header(columns);
    if (!fillThrough(writer, fill, error, failure)) {
        return false;
    }
    writer.flush();
    return true;
}

/** Builds the workbook in @p folder and copies it into @p file. */
bool writeXlsx(PrivateFile& file, const QString& path, const QTemporaryDir& folder, const QString& sheet,
    const QList<TableColumn>& columns, const std::function<bool(TableWriter&, QString*, Failure*)>& fill,
    QString* error, Failure* failure)
{
    const QString built = folder.filePath(u"export.xlsx"_s);
    const QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    options.use_zip64 = LXW_TRUE; // a long list passes 4 GB uncompressed
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(built).constData(), &options);
    if (!book) {
        failed(failure, Failure::Disk);
        return fail(error, cannotWrite(path, {}));
    }
    bool filled = false;
    lxw_error written = LXW_NO_ERROR;
    {
        XlsxWriter writer(book, sheet);
        writer.header(columns);
        filled = fillThrough(writer, fill, error, failure);
        writer.finish();
        written = writer.error();
    }
    errno = 0;
    const lxw_error closed = workbook_close(book);
    if (!filled) {
        return false;
    }
    if (written != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
        failed(failure, Failure::Disk);
        return fail(error,
            cannotWrite(path,
                reason.isEmpty() ? QString::fromUtf8(lxw_strerror(written != LXW_NO_ERROR ? written : closed))
                                 : reason));
    }
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly)) {
        failed(failure, Failure::Disk);
        return fail(error, cannotWrite(path, in.errorString()));
    }
    QByteArray chunk;
    while (!(chunk = in.read(1024 * 1024)).isEmpty()) {
        file.device()->write(chunk); // checked at commit
    }
    return true;
}

} // namespace

TableWriter::~TableWriter() = default;

bool writeTable(const QString& path, TableFormat format, csv::Dialect dialect, const QString& sheet,
    const QList<TableColumn>& columns, const std::function<bool(TableWriter&, QString*, Failure*)>& fill,
    QString* error, Failure* failure)
{
    // The target first: a path that cannot be written fails before any work.
    PrivateFile file(path);
    if (!file.open(error, failure)) {
        return false;
    }
    bool ok = false;
    if (format == TableFormat::Csv) {
        ok = writeCsv(file, dialect, columns, fill, error, failure);
    } else {
        const QTemporaryDir folder; // 0700: the workbook's parts hold personal data too
        if (!folder.isValid()) {
            failed(failure, Failure::Disk);
            return fail(error, cannotWrite(path, folder.errorString()));
        }
        ok = writeXlsx(file, path, folder, sheet, columns, fill, error, failure);
    }
    if (!ok) {
        file.cancel();
        return false;
    }
    return file.commit(error, failure);
}

} // namespace kmuni::io
