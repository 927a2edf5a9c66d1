// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedDocument.h"

#include "common/Format.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PagedDocument)
};

/** Room for the header and the footer inside the margins, in millimetres. */
constexpr double headerMm = 10, footerMm = 8;

/*
 * Keeping things together on a page. Qt's layout moves a line that does not fit on the rest of a page to the next
 * page, and a table row whose cells all begin on the next page goes there as a whole (below the repeated column
 * headers). A marker is a block with no height in the flow (line height 0 %) holding one invisible object as tall as
 * what has to stay together: that line moves on exactly when the whole does not fit. One marker begins every table
 * cell (as tall as the row: so every cell of the row moves, and the row with them), one stands before every heading
 * (as tall as the heading and the beginning of what it heads).
 */
constexpr int keepObject = QTextFormat::UserObject + 0x4b50;
constexpr int keepHeight = QTextFormat::UserProperty + 0x4b50; ///< of the object, in CSS pixels
constexpr int keepMarker = QTextFormat::UserProperty + 0x4b51; ///< of the marker block

/** Head room over a measured height, in CSS pixels: borders, rounding. */
constexpr double keepSlackPx = 2;

/** Lines of a paragraph that stay with the heading above it. */
constexpr int linesAfterHeading = 2;

class KeepTogether final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* document, int, const QTextFormat& format) override
    {
        const QPaintDevice* device = document->documentLayout()->paintDevice();
        return {0, format.doubleProperty(keepHeight) * (device ? device->logicalDpiY() / 96.0 : 1.0)};
    }
    void drawObject(QPainter*, const QRectF&, QTextDocument*, int, const QTextFormat&) override { }
};

bool isMarker(const QTextBlock& block)
{
    return block.blockFormat().boolProperty(keepMarker);
}

QTextCharFormat markerObject(double heightPx)
{
    QTextCharFormat format;
    format.setObjectType(keepObject);
    format.setProperty(keepHeight, heightPx);
    return format;
}

/** Top and bottom of some lines, in document coordinates. */
struct Extent
{
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();

    bool isEmpty() const { return bottom < top; }
    double height() const { return isEmpty() ? 0 : bottom - top; }
    void add(double from, double to)
    {
        top = std::min(top, from);
        bottom = std::max(bottom, to);
    }
};

/** Where the first @p maxLines lines of @p block are. */
Extent blockLines(QAbstractTextDocumentLayout* layout, const QTextBlock& block, int maxLines)
{
    Extent extent;
    const double top = layout->blockBoundingRect(block).top();
    const QTextLayout* lines = block.layout();
    for (int i = 0; i < std::min(maxLines, lines->lineCount()); ++i) {
        const QTextLine line = lines->lineAt(i);
        extent.add(top + line.y(), top + line.y() + line.height());
    }
    return extent;
}

/** Where the lines and nested frames of @p cell are (the marker left out). */
Extent cellContent(QAbstractTextDocumentLayout* layout, const QTextTableCell& cell)
{
    Extent extent;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            extent.add(rect.top(), rect.bottom());
        } else if (const QTextBlock block = it.currentBlock(); block.isValid() && !isMarker(block)) {
            const Extent lines = blockLines(layout, block, std::numeric_limits<int>::max());
            if (!lines.isEmpty()) {
                extent.add(lines.top, lines.bottom);
            }
        }
    }
    return extent;
}

/** The padding of @p cell on @p side in CSS pixels: the cell's own, or the table's. */
double cellPadding(const QTextTable* table, const QTextTableCell& cell, QTextFormat::Property side)
{
    const QTextCharFormat format = cell.format();
    return format.hasProperty(side) ? format.doubleProperty(side) : table->format().cellPadding();
}

/** A marker to place or to update: where it goes or is, and its height in CSS pixels. */
struct Keep
{
    int position; ///< of the block the new marker goes in front of, or of the marker
    bool exists;
    bool inCell;
    double heightPx;
};

/** Measures, in the document's current layout (at the page width, without page breaks), the markers it needs. */
class KeepPlanner
{
public:
    KeepPlanner(QTextDocument& document, double pixelsPerCssPixel)
        : m_layout(document.documentLayout())
        , m_scale(pixelsPerCssPixel)
    {
        walk(document.rootFrame());
    }

    QList<Keep> keeps() const { return m_keeps; }

private:
    void walk(QTextFrame* frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
                planRows(table);
                for (int row = 0; row < table->rows(); ++row) {
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        if (cell.row() == row && cell.column() == column) {
                            walkCell(cell);
                        }
                    }
                }
            } else if (QTextFrame* child = it.currentFrame()) {
                walk(child);
            } else if (it.currentBlock().blockFormat().headingLevel() > 0) {
                planHeading(it);
            }
        }
    }

    /** Tables in a cell (headings there are left as they are: the row keeps them). */
    void walkCell(const QTextTableCell& cell)
    {
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
                planRows(table);
            }
        }
    }

    /**
     * Each cell's marker is as tall as its row less the cell's own paddings (so every cell of a row that does not fit
     * begins on the next page); a row of one cell across the table (a group's heading) keeps with the row below it.
     */
    void planRows(QTextTable* table)
    {
        struct Row
        {
            QList<Keep> cells; // heightPx: less the cell's paddings
            double height = 0; // with the paddings, in device pixels
            bool keepable = true;
            bool heading = false;
        };
        QList<Row> rows(table->rows());
        for (int row = 0; row < table->rows(); ++row) {
            Row& r = rows[row];
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.column() != column) {
                    continue; // spanned by the cell to the left
                }
                const auto first = cell.begin();
                if (cell.row() != row || cell.rowSpan() > 1 || first.atEnd() || first.currentFrame()) {
                    r.keepable = false; // rows joined by a cell, or a cell that begins with a table: left alone
                    break;
                }
                const double paddingsPx = cellPadding(table, cell, QTextFormat::TableCellTopPadding)
                    + cellPadding(table, cell, QTextFormat::TableCellBottomPadding);
                r.height = std::max(r.height, cellContent(m_layout, cell).height() + paddingsPx * m_scale);
                const QTextBlock block = first.currentBlock();
                r.cells.append({block.position(), isMarker(block), true, -paddingsPx});
                r.heading = cell.columnSpan() == table->columns() && table->columns() > 1;
            }
        }
        const QTextTableFormat format = table->format();
        const double between = (format.cellSpacing() + 2 * format.border()) * m_scale;
        double below = 0; // what a heading row keeps with: the next row, and what that keeps with
        for (int row = table->rows() - 1; row >= 0; --row) {
            Row& r = rows[row];
            const double together = r.height + (r.heading && row + 1 < table->rows() ? between + below : 0);
            below = r.keepable ? together : 0;
            if (r.keepable) {
                for (Keep keep : std::as_const(r.cells)) {
                    keep.heightPx += together / m_scale + keepSlackPx;
                    m_keeps.append(keep);
                }
            }
        }
    }

    /** A heading keeps with the first lines of the paragraph after it, or with the first row of a table. */
    void planHeading(QTextFrame::iterator heading)
    {
        const QTextBlock block = heading.currentBlock();
        const Extent own = blockLines(m_layout, block, std::numeric_limits<int>::max());
        const std::optional<double> until = keptUntil(next(heading), 1);
        if (own.isEmpty() || !until || *until <= own.bottom) {
            return;
        }
        const QTextBlock before = block.previous();
        const bool exists = before.isValid() && isMarker(before);
        m_keeps.append(
            {exists ? before.position() : block.position(), exists, false, (*until - own.top) / m_scale + keepSlackPx});
    }

    /** The item after @p it in its flow: empty blocks and markers skipped. */
    static QTextFrame::iterator next(QTextFrame::iterator it)
    {
        for (++it; !it.atEnd(); ++it) {
            if (it.currentFrame()) {
                return it;
            }
            const QTextBlock block = it.currentBlock();
            if (block.length() > 1 && !isMarker(block)) {
                return it;
            }
        }
        return it;
    }

    /** The bottom of the beginning of @p it: what a heading above it keeps with. */
    std::optional<double> keptUntil(QTextFrame::iterator it, int depth) const
    {
        if (it.atEnd()) {
            return std::nullopt;
        }
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            // Down to its first row of data: the column headers stay with that row anyway. The rows of a table
            // end a page higher than the text around it, by the table's margin, border and padding (Qt takes the
            // top margin there).
            const QTextTableFormat format = table->format();
            const int row = std::min(format.headerRowCount(), table->rows() - 1);
            Extent extent;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                const Extent content = cellContent(m_layout, cell);
                if (!content.isEmpty()) {
                    extent.add(content.top,
                        content.bottom + cellPadding(table, cell, QTextFormat::TableCellBottomPadding) * m_scale);
                }
            }
            const double pageEnd = std::max(format.topMargin(), format.bottomMargin()) + format.border()
                + format.padding() + format.cellSpacing() + keepSlackPx;
            return extent.isEmpty() ? std::nullopt : std::optional(extent.bottom + pageEnd * m_scale);
        }
        if (QTextFrame* frame = it.currentFrame()) {
            return m_layout->frameBoundingRect(frame).bottom();
        }
        const QTextBlock block = it.currentBlock();
        if (block.blockFormat().headingLevel() > 0 && depth < 3) {
            // Headings one after another stay with what the last of them heads.
            if (const std::optional<double> after = keptUntil(next(it), depth + 1)) {
                return after;
            }
        }
        const Extent lines = blockLines(m_layout, block, linesAfterHeading);
        return lines.isEmpty() ? std::nullopt : std::optional(lines.bottom);
    }

    QAbstractTextDocumentLayout* m_layout;
    double m_scale;
    QList<Keep> m_keeps;
};

/** Letters kept together at either end of a word broken by a soft hyphen. */
constexpr int wordEnd = 2;

bool isVowel(QChar c)
{
    static const QString vowels = u"aeiouyäöüáàâéèêíóôú"_s;
    return vowels.contains(c.toLower());
}

/**
 * Where German divides @p word (from @p from to @p to of its text) into syllables, roughly: before the last
 * consonant between two vowels, "ch", "ck", "sch", "ph" and "th" one consonant ("Bo-chum", "Dort-mund",
 * "Böck-mann", "Ma-schi-nen-bau"); two vowels are never divided. A word without vowels (a number, a code)
 * may be divided anywhere, that the table fits the page.
 */
QList<int> syllableBreaks(const QString& text, int from, int to)
{
    QList<int> breaks;
    const auto unitAt = [&text, to](int at) {
        for (const QString& unit : {u"sch"_s, u"ch"_s, u"ck"_s, u"ph"_s, u"th"_s}) {
            if (at + unit.size() <= to && text.mid(at, unit.size()).compare(unit, Qt::CaseInsensitive) == 0) {
                return int(unit.size());
            }
        }
        return 1;
    };
    bool vowelSeen = false;
    for (int at = from; at < to;) {
        if (isVowel(text[at])) {
            vowelSeen = true;
            ++at;
            continue;
        }
        // A run of consonants: its units, and a vowel after it.
        QList<int> units;
        int end = at;
        while (end < to && !isVowel(text[end])) {
            units << end;
            end += unitAt(end);
        }
        if (vowelSeen && end < to && units.size() >= 1) {
            const int before = units.last();
            if (before - from >= wordEnd && to - before >= wordEnd) {
                breaks << before;
            }
        }
        at = end;
    }
    if (!vowelSeen) {
        for (int at = from + wordEnd; at <= to - wordEnd; ++at) {
            breaks << at;
        }
    }
    return breaks;
}

/** Tables of @p frame and below, nested ones too. */
void collectTables(QTextFrame* frame, QList<QTextTable*>& tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            tables << table;
        }
        collectTables(child, tables);
    }
}

/**
 * The last resort for a table wider than the page (its longest words together are wider than the page): soft hyphens
 * in its long words, so that Qt may break them there, with a hyphen, where a column is too narrow for them. Words
 * that fit stay whole. @return where the soft hyphens go, from the end of the document to its beginning.
 */
QList<int> softHyphensForWideTables(QTextDocument& document, double pageWidth, double pixelsPerCssPixel)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QList<QTextTable*> tables;
    collectTables(document.rootFrame(), tables);
    QList<int> hyphens; // document positions
    for (QTextTable* table : std::as_const(tables)) {
        // A table of width 100 % is a cell padding wider than the page (Qt's layout): that is not too wide.
        const QTextTableFormat format = table->format();
        const double slack
            = (format.cellPadding() + format.cellSpacing() + 2 * format.border() + 1) * pixelsPerCssPixel;
        if (layout->frameBoundingRect(table).right() <= pageWidth + slack) {
            continue;
        }
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column) {
                    continue;
                }
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid() || isMarker(block)) {
                        continue;
                    }
                    const QString text = block.text();
                    for (int i = 0; i < text.size();) {
                        int end = i;
                        while (end < text.size() && text[end].isLetterOrNumber()) {
                            ++end;
                        }
                        for (const int at : syllableBreaks(text, i, end)) {
                            hyphens << block.position() + at;
                        }
                        i = std::max(end, i + 1);
                    }
                }
            }
        }
    }
    std::sort(hyphens.begin(), hyphens.end(), std::greater<>());
    return hyphens;
}

/** Puts @p keep's marker into @p document, or sets the height of the one there. */
void place(QTextDocument& document, const Keep& keep)
{
    QTextCursor cursor(&document);
    cursor.setPosition(keep.position);
    if (keep.exists) {
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        cursor.setCharFormat(markerObject(keep.heightPx));
        return;
    }
    // The block moves on, formatted as before, and the empty block left in front of it becomes the marker. A
    // block's top margin counts after a block only (not first in a cell, nor after a table): the marker takes it
    // over, so the space above stays as it was.
    QTextBlockFormat format = cursor.blockFormat();
    const double topMargin = format.topMargin();
    cursor.insertBlock(format, cursor.blockCharFormat());
    format.setTopMargin(0);
    cursor.setBlockFormat(format);
    cursor.movePosition(QTextCursor::PreviousBlock);
    QTextBlockFormat marker;
    marker.setProperty(keepMarker, true);
    marker.setLineHeight(0, QTextBlockFormat::ProportionalHeight);
    marker.setTopMargin(keep.inCell ? 0 : topMargin);
    marker.setBottomMargin(0);
    cursor.setBlockFormat(marker);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), markerObject(keep.heightPx));
}

} // namespace

PagedDocument::PagedDocument(QString header, QDateTime printedAt)
    : m_header(std::move(header))
    , m_printedAt(std::move(printedAt))
{ }

void PagedDocument::add(std::shared_ptr<QTextDocument> document, const QString& title)
{
    m_parts.append({std::move(document), title});
}

QFont PagedDocument::font(double pointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(pointSize);
    // Qt's shaper leaves ligatures out whenever letter spacing is set; a twentieth of a pixel is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QSizeF PagedDocument::body(QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(leftMm, topMm, rightMm, bottomMm), QPageLayout::Millimeter));
    const int dpi = device->logicalDpiY();
    const QRectF paint = device->pageLayout().paintRectPixels(dpi);
    const double mm = dpi / 25.4;
    return {paint.width(), paint.height() - (headerMm + footerMm) * mm};
}

void PagedDocument::prepare(QTextDocument& document, QSizeF page)
{
    // Undo steps for the markers would only cost memory: a printed document is not edited.
    const bool undo = document.isUndoRedoEnabled();
    document.setUndoRedoEnabled(false);
    document.setPageSize(QSizeF(0, 0)); // no layout until the width is set

    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);

    QAbstractTextDocumentLayout* layout = document.documentLayout();
    if (!layout->handlerForObject(keepObject)) {
        layout->registerHandler(keepObject, new KeepTogether(&document));
    }

    // At the width of the page without page breaks: tables too wide for the page, then what stays together.
    const QPaintDevice* device = layout->paintDevice();
    const double pixelsPerCssPixel = device ? device->logicalDpiY() / 96.0 : 1.0;
    document.setPageSize(QSizeF(page.width(), -1));
    if (const QList<int> hyphens = softHyphensForWideTables(document, page.width(), pixelsPerCssPixel);
        !hyphens.isEmpty()) {
        document.setPageSize(QSizeF(0, 0));
        QTextCursor cursor(&document);
        cursor.beginEditBlock();
        for (int at : hyphens) {
            cursor.setPosition(at);
            cursor.insertText(QString(QChar::SoftHyphen));
        }
        cursor.endEditBlock();
        document.setPageSize(QSizeF(page.width(), -1));
    }
    QList<Keep> keeps = KeepPlanner(document, pixelsPerCssPixel).keeps();

    // The markers go in from the end, so that the positions before stay valid, and without layout; then one layout
    // at the page size.
    document.setPageSize(QSizeF(0, 0));
    std::sort(keeps.begin(), keeps.end(), [](const Keep& a, const Keep& b) { return a.position > b.position; });
    if (!keeps.isEmpty()) {
        QTextCursor edit(&document);
        edit.beginEditBlock();
        for (const Keep& keep : std::as_const(keeps)) {
            place(document, keep);
        }
        edit.endEditBlock();
    }
    document.setPageSize(page);
    layout->documentSize(); // lays it out to the end
    document.setUndoRedoEnabled(undo);
}

int PagedDocument::print(QPagedPaintDevice* device) const
{
    const QSizeF body = PagedDocument::body(device);
    const QPageLayout layout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    const QRectF paint = layout.paintRectPixels(dpi);
    const QRectF sheet = layout.fullRectPixels(dpi);
    const double mm = dpi / 25.4;
    const double headerHeight = headerMm * mm;
    const double footerHeight = footerMm * mm;

    // Each part is a handout of its own, its pages numbered "1 of n" whatever comes before, unless
    // the numbering is continuous.
    int total = 0;
    for (const Part& part : m_parts) {
        part.document->documentLayout()->setPaintDevice(device);
        prepare(*part.document, body);
        total += std::max(1, part.document->pageCount());
    }

    QPainter painter(device);
    const QFont small = font(8);
    int page = 0;
    bool first = true;
    for (const Part& part : m_parts) {
        const int pages = std::max(1, part.document->pageCount());
        for (int p = 0; p < pages; ++p) {
            if (!first) {
                device->newPage();
            }
            first = false;
            ++page;
            const QRectF full(0, 0, paint.width(), paint.height());
            painter.save();
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(
                QRectF(0, 0, full.width(), headerHeight - 2 * mm), Qt::AlignLeft | Qt::AlignBottom, m_header);
            painter.drawText(
                QRectF(0, 0, full.width(), headerHeight - 2 * mm), Qt::AlignRight | Qt::AlignBottom, part.title);
            painter.drawLine(QPointF(0, headerHeight - mm), QPointF(full.width(), headerHeight - mm));
            const double footerTop = full.height() - footerHeight;
            painter.drawLine(QPointF(0, footerTop + mm), QPointF(full.width(), footerTop + mm));
            painter.drawText(QRectF(0, footerTop + 2 * mm, full.width(), footerHeight - 2 * mm),
                Qt::AlignLeft | Qt::AlignTop, Tr::tr("Printed on %1").arg(format::dateTime(m_printedAt)));
            if (!m_footerNote.isEmpty()) {
                painter.drawText(QRectF(0, footerTop + 2 * mm, full.width(), footerHeight - 2 * mm),
                    Qt::AlignHCenter | Qt::AlignTop, m_footerNote);
            }
            painter.drawText(QRectF(0, footerTop + 2 * mm, full.width(), footerHeight - 2 * mm),
                Qt::AlignRight | Qt::AlignTop,
                m_continuous ? Tr::tr("Page %1 of %2").arg(page).arg(total)
                             : Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
            painter.restore();

            // The slice of the document that is this page. A table too wide for the page (its words do not break)
            // runs into the right margin rather than being cut at it.
            painter.save();
            painter.translate(0, headerHeight - p * body.height());
            const QRectF clip(-paint.left(), p * body.height(), sheet.width(), body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            painter.setClipRect(clip);
            part.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    return page;
}

} // namespace kmuni

#include "PagedDocument.moc"
