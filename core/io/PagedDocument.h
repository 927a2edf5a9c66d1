// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace kmuni {

/**
 * Prints documents on A4 pages of a printer or a PDF writer, each document starting on a new page,
 * with a header (the network's name and a title) and a footer (print date and "page n of m" of that
 * document, or of all, see setContinuousNumbering()) on every page. Text flows from page to page without cutting a
 * line, a word or a table row (see prepare()).
 */
class PagedDocument final
{
public:
    struct Part
    {
        std::shared_ptr<QTextDocument> document;
        QString title; ///< in the header of its pages
    };

    PagedDocument(QString header, QDateTime printedAt);
    void add(std::shared_ptr<QTextDocument> document, const QString& title);
    /** A short text in the middle of every footer (the report's fingerprint). */
    void setFooterNote(const QString& note) { m_footerNote = note; }
    /** Number the pages through all parts ("3 of 12") instead of each part on its own ("1 of 2"). */
    void setContinuousNumbering(bool continuous) { m_continuous = continuous; }
    /** Lays out and paints every part on @p device; @return the number of pages. */
    int print(QPagedPaintDevice* device) const;

    /**
     * The font of printed documents. Ligatures are off: text copied or searched in the PDF reads
     * "Oberfläche", not "Oberﬂäche" with the one-glyph ﬂ that finds nothing.
     */
    static QFont font(double pointSize);

    /**
     * Sets A4 portrait with the margins below on @p device and returns the size of the page body there (inside the
     * margins, less the header and the footer), in the device's pixels: the page size of the printed documents.
     */
    static QSizeF body(QPagedPaintDevice* device);

    /**
     * Readies @p document for print on pages of @p page (pixels of the paint device of its layout: set that first)
     * and lays it out at that size:
     * - lines break between words only, never inside one: a word wider than its table column widens the column
     *   (Qt's default breaks it anywhere). Only a table whose longest words together are wider than the page runs
     *   into the right margin (print() does not cut it at the margin);
     * - a table row that does not fit on the rest of a page moves to the next page as a whole, below the repeated
     *   column headers of its table, instead of leaving some of its lines behind; a row of one cell across the
     *   table (a group's heading) moves with the row below it; a heading moves with the first lines of the
     *   paragraph, or the first row of the table, below it. A row taller than a page still runs over.
     * It adds a marker block of no height (holding one invisible object) to the top of every table cell and before
     * every heading: the document is for print only afterwards. Calling it again for the same document does no harm;
     * print() calls it for every part.
     */
    static void prepare(QTextDocument& document, QSizeF page);

    /** Margins in millimetres (DIN 5008 style: wide left margin for punching). */
    static constexpr double leftMm = 25, rightMm = 15, topMm = 20, bottomMm = 20;

private:
    QString m_header;
    QString m_footerNote;
    bool m_continuous = false;
    QDateTime m_printedAt;
    QList<Part> m_parts;
};

} // namespace kmuni
