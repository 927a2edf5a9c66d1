// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedDocument.h"

#include "common/Format.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PagedDocument)
};
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

int PagedDocument::print(QPagedPaintDevice* device) const
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(leftMm, topMm, rightMm, bottomMm), QPageLayout::Millimeter));
    const QPageLayout layout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    const QRectF paint = layout.paintRectPixels(dpi);
    const double mm = dpi / 25.4;
    // Room for the header and footer inside the margins.
    const double headerHeight = 10 * mm;
    const double footerHeight = 8 * mm;
    const QSizeF body(paint.width(), paint.height() - headerHeight - footerHeight);

    // Each part is a handout of its own, its pages numbered "1 of n" whatever comes before, unless
    // the numbering is continuous.
    int total = 0;
    for (const Part& part : m_parts) {
        part.document->documentLayout()->setPaintDevice(device);
        part.document->setPageSize(body);
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

            // The slice of the document that is this page.
            painter.save();
            painter.translate(0, headerHeight - p * body.height());
            const QRectF clip(0, p * body.height(), body.width(), body.height());
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
