// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFont>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace kmuni {

/**
 * Prints documents on A4 pages of a printer or a PDF writer, each document starting on a new page,
 * with a header (the network's name and a title) and a footer (print date and "page n of m" of that
 * document, or of all, see setContinuousNumbering()) on every page. Text flows from page to page without cutting a
 * line.
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
