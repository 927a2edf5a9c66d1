// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * The pieces printed documents (contact sheets, the funding report, participants lists) are made
 * of, as Qt rich text, so that they all look alike.
 */
namespace kmuni::html {

/** @p text with <, >, & and quotes escaped. */
QString esc(const QString& text);

/** A section heading. */
QString section(const QString& title);

/**
 * A label–value row of a two-column facts table (nothing when @p value is blank). The label column is
 * @p labelPercent of the table wide, or as wide as its longest word.
 */
QString factRow(const QString& label, const QString& value, int labelPercent = 24);

/** A cell that does not wrap (dates, numbers). */
QString nowrap(const QString& escapedText);

/**
 * A titled table: the title and the column headers repeat on every page the table runs over, so a
 * heading is never left alone at the bottom of a page. Cells are rich text (escape them). Without
 * rows: the title and @p empty. @p alignRight marks the columns of numbers; @p fontPt (when not 0)
 * sets a smaller type for long lists.
 */
QString table(const QString& title, const QStringList& headers, const QList<QStringList>& rows,
    const QList<int>& widthsPercent, const QString& empty, const QList<int>& alignRight = {}, double fontPt = 0);

} // namespace kmuni::html
