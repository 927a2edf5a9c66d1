// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents (PagedDocument): a table row is never split across a page break, a line never breaks inside a
// word, the column headers of a table repeat on every page and a heading is never left alone at the bottom of a page.
#include "io/DocumentHtml.h"
#include "io/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace kmuni;

namespace {

/** A document laid out as PagedDocument::print() lays it out: A4 body, on a PDF writer. */
struct Printed
{
    explicit Printed(const QString& html, double pointSize = 9)
    {
        buffer.open(QIODevice::WriteOnly);
        body = PagedDocument::body(&writer);
        document->setDefaultFont(PagedDocument::font(pointSize));
        document->setDocumentMargin(0);
        document->setHtml(html);
        document->documentLayout()->setPaintDevice(&writer);
        PagedDocument::prepare(*document, body);
    }

    /** @p laidOut as print() left it. */
    Printed(std::shared_ptr<QTextDocument> laidOut, QSizeF pageBody)
        : body(pageBody)
        , document(std::move(laidOut))
    { }

    /** The page of a line's top (Qt computes with 1/64 pixel, so a line on top of a page may be a bit above). */
    int pageOf(double top) const { return int(std::floor((top + 1) / body.height())); }
    int pageOfBottom(double bottom) const { return int(std::floor((bottom - 1) / body.height())); }

    QBuffer buffer;
    QPdfWriter writer{&buffer};
    QSizeF body;
    std::shared_ptr<QTextDocument> document = std::make_shared<QTextDocument>();
};

/** A line with something to read on it, in document coordinates. */
struct Line
{
    double top;
    double bottom;
    QString text;
};

/** The lines with text of @p block (invisible objects are not text). */
QList<Line> linesOf(QTextDocument& document, const QTextBlock& block)
{
    QList<Line> lines;
    const double top = document.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout* layout = block.layout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        QString text = block.text().mid(line.textStart(), line.textLength());
        text.remove(QChar::ObjectReplacementCharacter);
        if (!text.trimmed().isEmpty()) {
            lines.append({top + line.y(), top + line.y() + line.height(), text});
        }
    }
    return lines;
}

QList<Line> linesOf(QTextDocument& document, const QTextTableCell& cell)
{
    QList<Line> lines;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid()) {
            lines += linesOf(document, it.currentBlock());
        }
    }
    return lines;
}

QList<QTextTable*> tablesOf(QTextDocument& document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            tables << table;
        }
    }
    return tables;
}

/** "Row 12 of table 0: 'Label 11' on page 1, 'CODE_11' on page 2", or nothing when the row is on one page. */
QString splitRow(const Printed& p, QTextTable* table, int tableIndex, int row)
{
    QStringList where;
    QSet<int> pages;
    QSet<int> firstPages;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column) {
            continue;
        }
        const QList<Line> lines = linesOf(*p.document, cell);
        for (const Line& line : lines) {
            const int top = p.pageOf(line.top);
            const int bottom = p.pageOfBottom(line.bottom);
            pages << top << bottom;
            where << u"'%1' on page %2%3"_s.arg(line.text.trimmed())
                         .arg(top + 1)
                         .arg(bottom != top ? u" to %1"_s.arg(bottom + 1) : QString());
        }
        if (!lines.isEmpty()) {
            firstPages << p.pageOf(lines.first().top);
        }
    }
    if (pages.size() <= 1 && firstPages.size() <= 1) {
        return {};
    }
    return u"row %1 of table %2: %3"_s.arg(row).arg(tableIndex).arg(where.join(u", "_s));
}

/** Every row of every table on one page. */
QStringList splitRows(const Printed& p)
{
    QStringList split;
    const QList<QTextTable*> tables = tablesOf(*p.document);
    for (int t = 0; t < tables.size(); ++t) {
        for (int row = 0; row < tables[t]->rows(); ++row) {
            if (const QString s = splitRow(p, tables[t], t, row); !s.isEmpty()) {
                split << s;
            }
        }
    }
    return split;
}

QString lines(int first, int count, const QString& what)
{
    QStringList l;
    for (int i = 0; i < count; ++i) {
        l << u"%1 %2"_s.arg(what).arg(first + i);
    }
    return l.join(u"<br>"_s);
}

/** A text of @p words words. */
QString words(int count)
{
    static const QStringList pool{u"Kontakt"_s, u"Hochschule"_s, u"Unternehmen"_s, u"Vermittlung"_s, u"Projekt"_s,
        u"Bericht"_s, u"Förderung"_s, u"Termin"_s, u"Besuch"_s, u"Netzwerk"_s};
    QStringList w;
    for (int i = 0; i < count; ++i) {
        w << pool[(i * 7 + count) % pool.size()];
    }
    return w.join(u' ');
}

} // namespace

class TestPagedDocument : public QObject
{
    Q_OBJECT
private slots:
    void rowsStayOnOnePage_data();
    void rowsStayOnOnePage();
    void columnHeadersRepeat();
    void groupHeadingsStayWithTheirFirstRow();
    void wordsDoNotBreak_data();
    void wordsDoNotBreak();
    void tooWideTableBreaksWordsWithHyphens();
    void headingsStayWithWhatFollows();
    void preparingTwiceChangesNothing();
    void printPaintsEveryPage();
};

void TestPagedDocument::rowsStayOnOnePage_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<double>("pointSize");

    // The indicator table of the EFRE report: the label, and the code in small print below it.
    QList<QStringList> indicators;
    for (int i = 0; i < 160; ++i) {
        indicators << QStringList{u"<b>"_s + html::esc(words(3 + i % 9))
                + u"</b><br><span style='font-size:7pt'>CODE_"_s + QString::number(i) + u"</span>"_s,
            QString::number(i * 7), i % 4 == 0 ? u"RCO01, RCO04 (2014–2020: CO01, CO04)"_s : u"RCO02"_s};
    }
    QTest::newRow("indicators") << html::table(
        u"Indicators"_s, {u"Indicator (code)"_s, u"Value"_s, u"EU"_s}, indicators, {68, 12, 20}, {}, {1})
                                << 9.0;

    // Rows of one to seven lines, so that page ends fall into every kind of row.
    QList<QStringList> uneven;
    for (int i = 0; i < 120; ++i) {
        uneven << QStringList{
            QString::number(i), lines(0, 1 + i % 7, u"line"_s), html::esc(words(2 + (i * 5) % 11)), u"x"_s};
    }
    QTest::newRow("uneven rows") << html::table(u"Activities"_s, {u"No."_s, u"Lines"_s, u"Words"_s, u"X"_s}, uneven,
        {8, 30, 52, 10}, {}) << 10.0;

    // A facts table without column headers, as on the cover and the contact sheets.
    QString facts = u"<p>Before the facts</p><table width='100%' cellspacing='0' cellpadding='4'>"_s;
    for (int i = 0; i < 90; ++i) {
        facts += html::factRow(u"Label %1"_s.arg(i), lines(0, 1 + i % 4, u"value line"_s));
    }
    QTest::newRow("facts") << facts + u"</table>"_s << 10.5;

    // Cells of several paragraphs.
    QList<QStringList> paragraphs;
    for (int i = 0; i < 70; ++i) {
        paragraphs << QStringList{u"<p>first %1</p><p>second %1</p>"_s.arg(i),
            u"<p style='margin-top:6px'>"_s + html::esc(words(4 + i % 13)) + u"</p>"_s};
    }
    QTest::newRow("paragraphs") << html::table(u"Notes"_s, {u"What"_s, u"Text"_s}, paragraphs, {30, 70}, {}) << 9.0;
}

void TestPagedDocument::rowsStayOnOnePage()
{
    QFETCH(QString, html);
    QFETCH(double, pointSize);
    const Printed p(html, pointSize);
    QVERIFY2(p.document->pageCount() >= 3, "the case needs a few page breaks");
    const QStringList split = splitRows(p);
    QVERIFY2(split.isEmpty(), qPrintable(split.mid(0, 5).join(u"\n"_s)));
}

void TestPagedDocument::columnHeadersRepeat()
{
    QList<QStringList> rows;
    for (int i = 0; i < 150; ++i) {
        rows << QStringList{u"Row %1<br>second line"_s.arg(i), QString::number(i)};
    }
    const Printed p(html::table(u"Title"_s, {u"Name"_s, u"Number"_s}, rows, {80, 20}, {}));
    const QList<QTextTable*> tables = tablesOf(*p.document);
    QCOMPARE(tables.size(), 1);
    QTextTable* table = tables.first();
    // The title and the column headers are the head of the table: Qt paints them again on every page.
    QCOMPARE(table->format().headerRowCount(), 2);

    // And leaves room for them there: the first row on each further page starts as far below the top of the page
    // as the first row of data below the top of the table.
    const auto firstLineTop = [&](int row) { return linesOf(*p.document, table->cellAt(row, 0)).first().top; };
    const double tableTop = p.document->documentLayout()->frameBoundingRect(table).top();
    const double head = firstLineTop(2) - tableTop;
    QMap<int, double> firstOnPage;
    for (int row = 2; row < table->rows(); ++row) {
        const double top = firstLineTop(row);
        const int page = p.pageOf(top);
        if (!firstOnPage.contains(page)) {
            firstOnPage.insert(page, top - page * p.body.height());
        }
    }
    QVERIFY(firstOnPage.size() >= 3);
    for (auto it = std::next(firstOnPage.cbegin()); it != firstOnPage.cend(); ++it) {
        QVERIFY2(it.value() >= head - 1,
            qPrintable(u"page %1: first row at %2, the head needs %3"_s.arg(it.key() + 1).arg(it.value()).arg(head)));
    }
}

void TestPagedDocument::groupHeadingsStayWithTheirFirstRow()
{
    // A row of one cell across the table heads a group (as in the indicator table): never alone at a page's end.
    QString h = u"<table width='100%' cellspacing='0' cellpadding='3'><thead><tr><th>Indicator</th><th>Value</th>"
                "</tr></thead>"_s;
    QList<int> groupRows;
    int row = 1;
    for (int group = 0; group < 80; ++group) {
        h += u"<tr><td colspan='2' style='background:#f5f7fa'><b>Group %1</b></td></tr>"_s.arg(group);
        groupRows << row++;
        for (int i = 0; i < 1 + (group * 3) % 7; ++i, ++row) {
            h += u"<tr><td>%1<br>CODE</td><td>%2</td></tr>"_s.arg(html::esc(words(3 + i))).arg(i);
        }
    }
    const Printed p(h + u"</table>"_s);
    QTextTable* table = tablesOf(*p.document).first();
    QVERIFY(p.document->pageCount() >= 2);
    for (int g : std::as_const(groupRows)) {
        const int headingPage = p.pageOf(linesOf(*p.document, table->cellAt(g, 0)).first().top);
        const int firstPage = p.pageOf(linesOf(*p.document, table->cellAt(g + 1, 0)).first().top);
        QVERIFY2(headingPage == firstPage,
            qPrintable(
                u"group row %1 on page %2, its first row on page %3"_s.arg(g).arg(headingPage + 1).arg(firstPage + 1)));
    }
}

void TestPagedDocument::wordsDoNotBreak_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<double>("pointSize");
    QTest::addColumn<QString>("word");

    // The cover page: the label column (24 %) is narrower than its longest label.
    QTest::newRow("fact label") << u"<table width='100%' cellspacing='0' cellpadding='4'>"_s
            + html::factRow(u"Funding reference"_s, u"EFRE-1"_s)
            + html::factRow(u"Bewilligungszeitraum"_s, u"07.07.2026 – 06.01.2028"_s) + u"</table>"_s
                                << 10.5 << u"Bewilligungszeitraum"_s;

    // A narrow column of numbers whose header is one long word.
    QList<QStringList> rows;
    for (int i = 0; i < 5; ++i) {
        rows << QStringList{html::esc(words(12)), QString::number(i), u"Vermittlungen"_s};
    }
    QTest::newRow("narrow header") << html::table(
        u"Matches"_s, {u"Type"_s, u"Vermittlungen"_s, u"Stages"_s}, rows, {80, 8, 12}, {}, {1})
                                   << 9.0 << u"Vermittlungen"_s;

    // A long word in a narrow column next to long text.
    QList<QStringList> text;
    for (int i = 0; i < 5; ++i) {
        text << QStringList{u"Donaudampfschifffahrtsgesellschaft"_s, html::esc(words(40))};
    }
    QTest::newRow("long word") << html::table(u"Words"_s, {u"Word"_s, u"Text"_s}, text, {10, 90}, {}) << 10.0
                               << u"Donaudampfschifffahrtsgesellschaft"_s;
}

void TestPagedDocument::wordsDoNotBreak()
{
    QFETCH(QString, html);
    QFETCH(double, pointSize);
    QFETCH(QString, word);
    const Printed p(html, pointSize);
    int seen = 0;
    for (QTextBlock block = p.document->begin(); block.isValid(); block = block.next()) {
        const int at = block.text().indexOf(word);
        if (at < 0) {
            continue;
        }
        ++seen;
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            // No line ends inside the word ...
            const int end = line.textStart() + line.textLength();
            QVERIFY2(end <= at || end >= at + int(word.size()),
                qPrintable(u"a line ends after '%1'"_s.arg(block.text().mid(line.textStart(), line.textLength()))));
            // ... and the word fits its column: the column is as wide as the word.
            if (line.textStart() <= at && at < end) {
                QVERIFY2(line.naturalTextWidth() <= line.width() + 0.5,
                    qPrintable(
                        u"'%1' is %2 wide in a line of %3"_s.arg(word).arg(line.naturalTextWidth()).arg(line.width())));
            }
        }
    }
    QVERIFY(seen > 0);
    // The columns grew at the expense of the others: the table is no wider than before.
    for (QTextTable* table : tablesOf(*p.document)) {
        QVERIFY(p.document->documentLayout()->frameBoundingRect(table).width() <= p.body.width() * 1.01);
    }
}

void TestPagedDocument::tooWideTableBreaksWordsWithHyphens()
{
    // Three words wider together than the page: the last resort is a hyphen, not a table off the paper.
    const QStringList longWords{u"Donaudampfschifffahrtsgesellschaftskapitän"_s,
        u"Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"_s,
        u"Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung"_s};
    QList<QStringList> rows;
    for (int i = 0; i < 40; ++i) {
        rows << longWords;
    }
    const Printed p(html::table(u"Words"_s, {u"A"_s, u"B"_s, u"C"_s}, rows, {30, 30, 40}, {}), 10);
    QTextTable* table = tablesOf(*p.document).first();
    QVERIFY(p.document->documentLayout()->frameBoundingRect(table).width() <= p.body.width() * 1.01);
    int broken = 0;
    for (QTextBlock block = p.document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QTextLayout* layout = block.layout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
            if (end > 0 && end < text.size() && text[end].isLetter()) {
                ++broken;
                QCOMPARE(text[end - 1], QChar(QChar::SoftHyphen));
                // Between syllables, as German divides: not in "ch", "ck", "sch", not between two vowels.
                const QString around = text.mid(end - 3, 2).toLower() + u'|' + text.mid(end, 2).toLower();
                const QString before = text.mid(end - 2, 1).toLower();
                const QString after = text.mid(end, 1).toLower();
                static const QString vowels = u"aeiouäöü"_s;
                QVERIFY2(!vowels.contains(after), qPrintable(around)); // "Dortm-und": not before a vowel
                QVERIFY2(!(before == u"c"_s && (after == u"h"_s || after == u"k"_s)), qPrintable(around));
                QVERIFY2(!(before == u"s"_s && text.mid(end, 2).toLower() == u"ch"_s), qPrintable(around));
            }
        }
    }
    QVERIFY(broken > 0);
    const QStringList split = splitRows(p);
    QVERIFY2(split.isEmpty(), qPrintable(split.mid(0, 5).join(u"\n"_s)));

    // Only that table: the one after it keeps its words as they are.
    const Printed both(html::table(u"Words"_s, {u"A"_s, u"B"_s, u"C"_s}, rows.mid(0, 2), {30, 30, 40}, {})
            + html::table(u"Facts"_s, {u"Label"_s, u"Value"_s}, {{u"Bewilligungszeitraum"_s, u"2026"_s}}, {10, 90}, {}),
        10);
    QCOMPARE(tablesOf(*both.document).size(), 2);
    QVERIFY(both.document->toPlainText().contains(u"Bewilligungszeitraum"_s));
}

void TestPagedDocument::headingsStayWithWhatFollows()
{
    // Sections of different lengths put headings at every height of a page.
    QString h;
    for (int i = 0; i < 60; ++i) {
        h += html::section(u"Section %1"_s.arg(i));
        if (i % 3 == 2) {
            QList<QStringList> rows;
            for (int r = 0; r < 2 + i % 4; ++r) {
                rows << QStringList{u"Row %1<br>second line"_s.arg(r), u"x"_s};
            }
            h += html::table(u"Table %1"_s.arg(i), {u"A"_s, u"B"_s}, rows, {50, 50}, {});
        } else {
            h += u"<p>"_s + html::esc(words(5 + (i * 17) % 60)) + u"</p>"_s;
        }
    }
    const Printed p(h, 10);
    QVERIFY(p.document->pageCount() >= 4);
    int headings = 0;
    for (QTextBlock block = p.document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0) {
            continue;
        }
        ++headings;
        const int page = p.pageOf(linesOf(*p.document, block).first().top);
        // What follows: the next block with text (a paragraph, or the first cell of a table's title row).
        QTextBlock next = block.next();
        while (next.isValid() && linesOf(*p.document, next).isEmpty()) {
            next = next.next();
        }
        QVERIFY(next.isValid());
        const int nextPage = p.pageOf(linesOf(*p.document, next).first().top);
        QVERIFY2(page == nextPage,
            qPrintable(u"'%1' on page %2, '%3' on page %4"_s.arg(
                block.text(), QString::number(page + 1), next.text().left(30), QString::number(nextPage + 1))));
    }
    QCOMPARE(headings, 60);
}

void TestPagedDocument::preparingTwiceChangesNothing()
{
    QList<QStringList> rows;
    for (int i = 0; i < 120; ++i) {
        rows << QStringList{lines(0, 1 + i % 3, u"line"_s), QString::number(i)};
    }
    Printed p(html::section(u"Heading"_s) + html::table(u"Title"_s, {u"A"_s, u"B"_s}, rows, {70, 30}, {}));
    const int blocks = p.document->blockCount();
    const int pages = p.document->pageCount();
    const QString text = p.document->toPlainText();
    PagedDocument::prepare(*p.document, p.body);
    QCOMPARE(p.document->blockCount(), blocks);
    QCOMPARE(p.document->pageCount(), pages);
    QCOMPARE(p.document->toPlainText(), text);
    const QStringList split = splitRows(p);
    QVERIFY2(split.isEmpty(), qPrintable(split.mid(0, 5).join(u"\n"_s)));
}

void TestPagedDocument::printPaintsEveryPage()
{
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i) {
        rows << QStringList{u"Label %1<br><small>CODE_%1</small>"_s.arg(i), QString::number(i)};
    }
    auto document = std::make_shared<QTextDocument>();
    document->setDefaultFont(PagedDocument::font(9));
    document->setDocumentMargin(0);
    document->setHtml(html::table(u"Title"_s, {u"Indicator"_s, u"Value"_s}, rows, {80, 20}, {}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    PagedDocument paged(u"Header"_s, QDateTime(QDate(2026, 1, 2), QTime(3, 4)));
    paged.add(document, u"Title"_s);
    const int pages = paged.print(&writer);
    QVERIFY(pages >= 4);
    QCOMPARE(pages, document->pageCount());
    const QString pdf = QString::fromLatin1(buffer.data());
    QVERIFY(pdf.startsWith(u"%PDF"_s));
    static const QRegularExpression page(u"/Type\\s*/Page\\b"_s);
    QCOMPARE(int(pdf.count(page)), pages);
    // The pages are cut where the document was laid out: no row of it on two pages.
    const Printed printed(document, PagedDocument::body(&writer));
    const QStringList split = splitRows(printed);
    QVERIFY2(split.isEmpty(), qPrintable(split.mid(0, 5).join(u"\n"_s)));
}

QTEST_MAIN(TestPagedDocument)
#include "TestPagedDocument.moc"
