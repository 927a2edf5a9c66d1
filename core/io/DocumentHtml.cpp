// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentHtml.h"

using namespace Qt::StringLiterals;

namespace kmuni::html {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString section(const QString& title)
{
    return u"<h3 style='font-size:11.5pt; margin-top:10px; margin-bottom:3px; color:#2b4a6f'>"_s + esc(title)
        + u"</h3>"_s;
}

QString factRow(const QString& label, const QString& value, int labelPercent)
{
    if (value.trimmed().isEmpty()) {
        return {};
    }
    return u"<tr><td width='%1%' style='color:#555555'>"_s.arg(labelPercent) + esc(label) + u"</td><td>"_s + value
        + u"</td></tr>"_s;
}

QString nowrap(const QString& escapedText)
{
    return u"<span style='white-space:nowrap'>"_s + escapedText + u"</span>"_s;
}

QString table(const QString& title, const QStringList& headers, const QList<QStringList>& rows,
    const QList<int>& widthsPercent, const QString& empty, const QList<int>& alignRight, double fontPt)
{
    const QString font = fontPt > 0 ? u"font-size:%1pt; "_s.arg(fontPt) : QString();
    if (rows.isEmpty()) {
        return section(title) + u"<p style='color:#777777; margin-top:0'>"_s + esc(empty) + u"</p>"_s;
    }
    QString html = u"<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:10px; "
                   "border-collapse:collapse'><thead><tr><td colspan='%1' style='padding-left:0; "
                   "font-size:11.5pt; font-weight:bold; color:#2b4a6f'>%2</td></tr><tr>"_s.arg(headers.size())
                       .arg(esc(title));
    for (int i = 0; i < headers.size(); ++i) {
        html += u"<th align='%1' width='%2%' style='%3background:#e9eef4; border-bottom:1px solid #8a9bb0'>%4</th>"_s
                    .arg(alignRight.contains(i) ? u"right"_s : u"left"_s)
                    .arg(widthsPercent.value(i, 0))
                    .arg(font, esc(headers[i]));
    }
    html += u"</tr></thead>"_s;
    for (const QStringList& row : rows) {
        html += u"<tr>"_s;
        for (int i = 0; i < row.size(); ++i) {
            html += (alignRight.contains(i) ? u"<td valign='top' align='right' "_s : u"<td valign='top' "_s)
                + u"style='"_s + font + u"border-bottom:1px solid #d8dde3'>"_s + row[i] + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace kmuni::html
