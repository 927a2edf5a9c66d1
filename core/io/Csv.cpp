// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include "common/Charsets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace kmuni::csv {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::csv)
};

using charset::fromUtf8;

// The line (1-based, counting line feeds) of the first byte sequence of @p bytes that is not UTF-8;
// 0 when there is none. No UTF-8 sequence holds the byte of a line feed, so lines are checked alone.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        bool ok = true;
        fromUtf8(bytes.sliced(start, end - start), &ok);
        if (!ok) {
            return line;
        }
        start = end + 1;
    }
    return 0;
}

constexpr QByteArrayView byteOrderMark("\xEF\xBB\xBF", 3);

// One field's text in the file's encoding. Only the file's first byte order mark is dropped (as a
// decoder of the whole text would), so one at the start of a field stays (QString::fromUtf8 drops it).
QString decode(QByteArrayView bytes, Encoding encoding)
{
    if (bytes.isEmpty()) {
        return {};
    }
    if (encoding == Encoding::Windows1252) {
        return charset::fromWindows1252(bytes);
    }
    if (encoding == Encoding::MacRoman) {
        return charset::fromMacRoman(bytes);
    }
    if (bytes.startsWith(byteOrderMark)) {
        QStringDecoder decoder(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        return decoder(bytes);
    }
    return QString::fromUtf8(bytes);
}

// The characters (UTF-16 code units, as QString counts them) a byte starts: 0 for a UTF-8
// continuation byte, 2 for the lead byte of a character outside the BMP.
int width(char c, bool utf8)
{
    const auto b = static_cast<unsigned char>(c);
    if (!utf8 || b < 0x80) {
        return 1;
    }
    return (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
}

// The separator the first line uses, counted outside quotes: German Excel writes ';', the RFC ',',
// Outlook's and Excel's "tab-separated" export a tab.
// A first line longer than a record may be is an error of the parse; its start decides here.
// False when @p data ends before the first line does and more may follow (@p complete false).
bool detectSeparator(QByteArrayView data, bool utf8, bool complete, QChar* separator)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    qsizetype characters = 0;
    bool decided = false;
    for (const char c : data) {
        const int w = width(c, utf8);
        if (w == 0) {
            continue;
        }
        if (characters >= maxRecordLength + 1) {
            decided = true;
            break;
        }
        characters += w;
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            decided = true;
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        } else if (!quoted && c == '\t') {
            ++tabs;
        }
    }
    if (!decided && !complete) {
        return false;
    }
    *separator = tabs > std::max(commas, semicolons) ? u'\t' : semicolons > commas ? u';' : u',';
    return true;
}

// Excel's hint before the header, "sep=;" on a line of its own (written by tools and users so that
// Excel opens the file right): the length of that line with its line break, and its separator in
// @p separator; 0 when @p data does not start with one. False when @p data may end inside it.
bool separatorHint(QByteArrayView data, bool complete, qsizetype* length, char* separator)
{
    *length = 0;
    constexpr qsizetype hint = 5; // "sep=" and the separator
    const qsizetype end = data.indexOf('\n');
    if (end < 0 && !complete && data.size() < hint + 2) {
        return false;
    }
    const qsizetype lineEnd = end < 0 ? data.size() : end;
    const QByteArrayView line = data.first(lineEnd).chopped(lineEnd > 0 && data[lineEnd - 1] == '\r' ? 1 : 0);
    if (line.size() == hint && line.first(4).compare("sep=", Qt::CaseInsensitive) == 0
        && (line[4] == ',' || line[4] == ';' || line[4] == '\t' || line[4] == '|')) {
        *length = end < 0 ? data.size() : end + 1;
        *separator = line[4];
    }
    return true;
}

// How much of @p bytes holds whole UTF-8 sequences: a sequence cut by the end of a chunk waits for
// the next one. Valid UTF-8 cut there is valid in both parts, and invalid UTF-8 is invalid in one.
qsizetype wholeSequences(const char* bytes, qsizetype size)
{
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto b = static_cast<unsigned char>(bytes[size - back]);
        if ((b & 0xC0) == 0x80) {
            continue;
        }
        if (b >= 0xC0) {
            const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return length > back ? size - back : size;
        }
        return size;
    }
    return size;
}

// The bytes of the field being read: a span of the buffer while they follow each other (most
// fields), a copy once they do not (a doubled quote, text after a closing quote).
class FieldBytes
{
public:
    bool isEmpty() const { return m_copied ? m_copy.isEmpty() : m_start < 0; }

    void add(const char* buffer, qsizetype at)
    {
        if (m_copied) {
            m_copy += buffer[at];
        } else if (m_start < 0) {
            m_start = at;
            m_end = at + 1;
        } else if (m_end == at) {
            ++m_end;
        } else {
            m_copy = QByteArray(buffer + m_start, m_end - m_start);
            m_copy += buffer[at];
            m_copied = true;
        }
    }

    QString take(const char* buffer, Encoding encoding)
    {
        const QString text = decode(m_copied ? QByteArrayView(m_copy)
                : m_start < 0                ? QByteArrayView()
                                             : QByteArrayView(buffer + m_start, m_end - m_start),
            encoding);
        m_start = m_end = -1;
        if (m_copied) {
            m_copy.clear();
            m_copied = false;
        }
        return text;
    }

private:
    qsizetype m_start = -1;
    qsizetype m_end = -1;
    QByteArray m_copy;
    bool m_copied = false;
};

} // namespace

struct Reader::Private
{
    enum class Step
    {
        Record,
        NeedMore,
        End,
        Error
    };

    QIODevice* device = nullptr;
    std::unique_ptr<QBuffer> converted; ///< a UTF-16 file as UTF-8, read in its place
    qsizetype chunkSize = defaultChunkSize;
    Encoding encoding = Encoding::Utf8;
    QChar separator = u',';
    bool utf8 = true;
    QByteArray buffer; ///< bytes read and not yet taken from pos on
    qsizetype pos = 0; ///< where the next record starts in buffer
    qint64 bufferOffset = 0; ///< the device position of buffer[0]
    bool atEnd = false; ///< the device has nothing more
    bool finished = false;
    int line = 1; ///< the line the next record starts on
    QString error;
    int errorLine = 0;
    qint64 size = 0;

    // @p wanted bytes, or what a file still holds when that is less: no buffer larger than the file.
    qsizetype readSize(qsizetype wanted) const
    {
        return device->isSequential() ? wanted : qsizetype(std::clamp<qint64>(device->bytesAvailable(), 1, wanted));
    }
    bool isValidUtf8();
    Encoding legacyEncoding();
    bool fill();
    Step parse(Record* record);

    // Where parse() stands in the buffer and what it has of the record so far.
    struct Scan
    {
        const char* bytes;
        qsizetype n;
        char between;
        QStringList fields;
        FieldBytes field;
        bool quoted = false;
        bool started = false; // the record has content (a blank line has none)
        qsizetype characters = 0; // since the record's start, for its length
        int at;
        int recordLine;
        qsizetype i;
    };
    // The steps of parse(): each returns the step parse() returns, or nothing while the record goes on.
    // Those run for every character are forced inline: called, they made a large import's loop
    // about 1.5 times as slow (its state went to memory, not registers).
    inline Step tooMuch(const Scan& s, const QString& message);
    Q_ALWAYS_INLINE Step take(Scan& s, Record* record, qsizetype end);
    Q_ALWAYS_INLINE Step atBufferEnd(Scan& s, Record* record);
    Q_ALWAYS_INLINE std::optional<Step> readQuoted(Scan& s, char c, int w);
    Q_ALWAYS_INLINE std::optional<Step> readUnquoted(Scan& s, Record* record, char c, int w);
    Q_ALWAYS_INLINE std::optional<Step> readLineBreak(Scan& s, Record* record, char c);
};

// Reads the device through (from where it stands) in chunks: true when every byte is UTF-8.
bool Reader::Private::isValidUtf8()
{
    const qsizetype step = readSize(chunkSize);
    QByteArray chunk(step + 3, Qt::Uninitialized);
    qsizetype kept = 0; // the start of a sequence the last chunk cut
    while (true) {
        const qint64 got = device->read(chunk.data() + kept, step);
        if (got <= 0) {
            return QByteArrayView(chunk.constData(), kept).isValidUtf8();
        }
        const qsizetype size = kept + qsizetype(got);
        const qsizetype whole = wholeSequences(chunk.constData(), size);
        if (!QByteArrayView(chunk.constData(), whole).isValidUtf8()) {
            return false;
        }
        kept = size - whole;
        std::memmove(chunk.data(), chunk.constData() + whole, kept);
    }
}

// A file that is not UTF-8: Windows-1252, or Mac Roman when that reads its letters clearly better.
Encoding Reader::Private::legacyEncoding()
{
    charset::LegacyGuess guess;
    QByteArray chunk(readSize(chunkSize), Qt::Uninitialized);
    for (qint64 got = 0; (got = device->read(chunk.data(), chunk.size())) > 0;) {
        guess.add(QByteArrayView(chunk.constData(), got));
    }
    return guess.result() == charset::Legacy::MacRoman ? Encoding::MacRoman : Encoding::Windows1252;
}

// Reads at least a chunk more (as much as is buffered, when one record needs more than a chunk),
// dropping what was taken; false at the end of the device.
bool Reader::Private::fill()
{
    if (atEnd) {
        return false;
    }
    if (pos > 0) {
        buffer.remove(0, pos);
        bufferOffset += pos;
        pos = 0;
    }
    const qsizetype before = buffer.size();
    const qsizetype want = readSize(std::max(chunkSize, before));
    buffer.resize(before + want);
    const qint64 got = device->read(buffer.data() + before, want);
    buffer.resize(before + std::max<qsizetype>(0, qsizetype(got)));
    if (got <= 0) {
        atEnd = true;
        return false;
    }
    return true;
}

// Stops at the record in hand: more fields or characters than a record may have.
Reader::Private::Step Reader::Private::tooMuch(const Scan& s, const QString& message)
{
    error = message;
    errorLine = s.recordLine;
    finished = true;
    return Step::Error;
}

// Hands out the record read up to @p end, its last field still in hand.
Reader::Private::Step Reader::Private::take(Scan& s, Record* record, qsizetype end)
{
    s.fields << s.field.take(s.bytes, encoding);
    record->line = s.recordLine;
    record->fields = std::move(s.fields);
    pos = end;
    return Step::Record;
}

// The buffer ends: more is needed, or the device's end ends the last record (or the reading).
Reader::Private::Step Reader::Private::atBufferEnd(Scan& s, Record* record)
{
    if (!atEnd) {
        return Step::NeedMore;
    }
    finished = true;
    if (s.quoted) {
        error = Tr::tr("unterminated quoted field");
        errorLine = s.recordLine;
    }
    if (s.started || !s.field.isEmpty()) {
        line = s.at;
        return take(s, record, s.i);
    }
    pos = s.i;
    return Step::End;
}

// Reads character @p c (of @p w code units) inside a quoted field: a doubled quote, the closing one, or text.
std::optional<Reader::Private::Step> Reader::Private::readQuoted(Scan& s, char c, int w)
{
    if (c == '"') {
        if (s.i + 1 >= s.n && !atEnd) {
            return Step::NeedMore;
        }
        if (s.i + 1 < s.n && s.bytes[s.i + 1] == '"') {
            s.field.add(s.bytes, s.i);
            s.i += 2;
            s.characters += 2;
        } else {
            s.quoted = false;
            ++s.i;
            ++s.characters;
        }
        return std::nullopt;
    }
    if (c == '\n') {
        ++s.at;
    }
    s.field.add(s.bytes, s.i++);
    s.characters += w;
    return std::nullopt;
}

// Reads character @p c (of @p w code units) outside quotes: an opening quote, a separator, a line break, or text.
std::optional<Reader::Private::Step> Reader::Private::readUnquoted(Scan& s, Record* record, char c, int w)
{
    if (c == '"' && s.field.isEmpty()) {
        s.quoted = true;
        s.started = true;
        ++s.i;
        ++s.characters;
    } else if (c == s.between) {
        if (s.fields.size() + 1 >= maxFields) {
            // the field after this separator is one too many
            return tooMuch(s, Tr::tr("the line has more than %L1 fields").arg(maxFields));
        }
        s.fields << s.field.take(s.bytes, encoding);
        s.started = true;
        ++s.i;
        ++s.characters;
    } else if (c == '\r' || c == '\n') {
        return readLineBreak(s, record, c);
    } else {
        s.field.add(s.bytes, s.i++);
        s.started = true;
        s.characters += w;
    }
    return std::nullopt;
}

// Reads a line break (CR, LF or CRLF) outside quotes: it ends the record, or a blank line is skipped.
std::optional<Reader::Private::Step> Reader::Private::readLineBreak(Scan& s, Record* record, char c)
{
    if (c == '\r') {
        if (s.i + 1 >= s.n && !atEnd) {
            return Step::NeedMore;
        }
        if (s.i + 1 < s.n && s.bytes[s.i + 1] == '\n') {
            ++s.i;
        }
    }
    ++s.i;
    line = ++s.at;
    if (s.started || !s.field.isEmpty()) {
        return take(s, record, s.i);
    }
    // A blank line: skipped, and the next record read from after it should the buffer end.
    s.recordLine = s.at;
    s.characters = 0;
    pos = s.i;
    return std::nullopt;
}

// One record from pos on (blank lines before it skipped), RFC 4180 on the bytes: the separator,
// quotes and line breaks are ASCII, which no byte of a longer UTF-8 sequence is. NeedMore when
// the buffer ends before the record does: the caller reads more and parses the record again.
Reader::Private::Step Reader::Private::parse(Record* record)
{
    Scan s{.bytes = buffer.constData(),
        .n = buffer.size(),
        .between = char(separator.unicode()),
        .fields = {},
        .field = {},
        .at = line,
        .recordLine = line,
        .i = pos};
    while (true) {
        if (s.i >= s.n) {
            return atBufferEnd(s, record);
        }
        const char c = s.bytes[s.i];
        const int w = width(c, utf8);
        if (w == 0) { // the rest of a character begun before
            s.field.add(s.bytes, s.i++);
            continue;
        }
        // The line break that ends a record of the longest length is not part of it; each half of
        // a character outside the BMP counts.
        if (s.characters + w - 1 >= maxRecordLength && (s.quoted || (c != '\r' && c != '\n'))) {
            return tooMuch(s, Tr::tr("the line is longer than %L1 characters").arg(maxRecordLength));
        }
        const std::optional<Step> step = s.quoted ? readQuoted(s, c, w) : readUnquoted(s, record, c, w);
        if (step) {
            return *step;
        }
    }
}

Reader::Reader(QIODevice* device, Encoding encoding, QChar separator, qsizetype chunkSize)
    : d(std::make_unique<Private>())
{
    Q_ASSERT(separator.unicode() < 0x80);
    d->chunkSize = std::max<qsizetype>(chunkSize, 1);
    if (const QByteArray mark = device->peek(2); mark == "\xFF\xFE" || mark == "\xFE\xFF") {
        // Excel's "Unicode text" and Outlook's Unicode exports: UTF-16 with its byte order mark,
        // read as the same text in UTF-8 (a file of contacts fits in memory twice).
        QStringDecoder utf16(
            mark == "\xFF\xFE" ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        device->skip(2);
        const QByteArray bytes = device->readAll();
        const QString text = utf16.decode(bytes);
        const bool cut = bytes.size() % 2 != 0; // a character cut off at the end
        d->converted = std::make_unique<QBuffer>();
        d->converted->setData(text.toUtf8());
        d->converted->open(QIODevice::ReadOnly);
        device = d->converted.get();
        d->device = device;
        if (cut || utf16.hasError()) {
            d->error = Tr::tr("the text is not valid UTF-16 (save the file as UTF-8 CSV)");
            d->errorLine = 1;
            d->finished = true;
            return;
        }
        encoding = Encoding::Utf8;
    }
    d->device = device;
    d->size = device->size();
    if (device->peek(3) == byteOrderMark) {
        device->skip(3);
        encoding = Encoding::Utf8;
    }
    const qint64 start = device->pos();
    if (encoding == Encoding::Auto || encoding == Encoding::Utf8) {
        const bool valid = d->isValidUtf8();
        device->seek(start);
        if (!valid && encoding == Encoding::Utf8) {
            // Declared UTF-8 but not: said, rather than read with U+FFFD in place of letters.
            d->error = Tr::tr("the text is not valid UTF-8 (save the file as UTF-8, or read it as Windows-1252)");
            d->errorLine = firstInvalidUtf8Line(device->readAll());
            d->finished = true;
            return;
        }
        encoding = valid ? Encoding::Utf8 : d->legacyEncoding();
        device->seek(start);
    }
    d->encoding = encoding;
    d->utf8 = encoding == Encoding::Utf8;
    // A decoder of the whole text drops a byte order mark at its start (a second one, after the
    // one that said UTF-8).
    if (d->utf8 && device->peek(3) == byteOrderMark) {
        device->skip(3);
    }
    d->bufferOffset = device->pos();
    qsizetype hintLength = 0;
    char hinted = 0;
    while (!separatorHint(QByteArrayView(d->buffer).sliced(d->pos), d->atEnd, &hintLength, &hinted)) {
        d->fill();
    }
    if (hintLength > 0) {
        d->pos += hintLength; // not a record; the header is on line 2
        d->line = 2;
    }
    if (!separator.isNull() || hinted != 0) {
        d->separator = separator.isNull() ? QChar(QLatin1Char(hinted)) : separator;
        return;
    }
    while (!detectSeparator(QByteArrayView(d->buffer).sliced(d->pos), d->utf8, d->atEnd, &d->separator)) {
        d->fill();
    }
}

Reader::~Reader() = default;

bool Reader::next(Record* record)
{
    while (!d->finished) {
        switch (d->parse(record)) {
        case Private::Step::Record:
            return true;
        case Private::Step::NeedMore:
            d->fill();
            break;
        case Private::Step::End:
        case Private::Step::Error:
            return false;
        }
    }
    return false;
}

QChar Reader::separator() const
{
    return d->separator;
}

Encoding Reader::encoding() const
{
    return d->encoding;
}

QString Reader::error() const
{
    return d->error;
}

int Reader::errorLine() const
{
    return d->errorLine;
}

qint64 Reader::position() const
{
    return d->bufferOffset + d->pos;
}

qint64 Reader::size() const
{
    return d->size;
}

Table parse(const QByteArray& bytes, Encoding encoding, QChar separator)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, encoding, separator);
    Table table;
    Record record;
    while (reader.next(&record)) {
        table.records << std::move(record);
        record = {};
    }
    table.separator = reader.separator();
    table.encoding = reader.encoding();
    table.error = reader.error();
    table.errorLine = reader.errorLine();
    return table;
}

bool isFormulaLike(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString neutralise(const QString& text)
{
    return isFormulaLike(text) ? u'\'' + text : text;
}

QChar separator(Dialect dialect)
{
    return dialect == Dialect::ExcelGerman ? u';' : u',';
}

QString quote(const QString& field, Dialect dialect)
{
    // A spreadsheet would take "=…", "+…", "-…", "@…" for a formula: keep such text text, quoted.
    if (isFormulaLike(field)) {
        QString escaped = u"'"_s + field;
        return u'"' + escaped.replace(u"\""_s, u"\"\""_s) + u'"';
    }
    const bool needs
        = field.contains(separator(dialect)) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needs) {
        return field;
    }
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray write(const QList<QStringList>& records, Dialect dialect)
{
    const QChar between = separator(dialect);
    QString text;
    for (const QStringList& record : records) {
        QStringList fields;
        for (const QString& f : record) {
            fields << quote(f, dialect);
        }
        text += fields.join(between) + u"\r\n"_s;
    }
    QByteArray bytes = text.toUtf8();
    if (dialect == Dialect::ExcelGerman) {
        bytes.prepend("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the byte order mark
    }
    return bytes;
}

} // namespace kmuni::csv
