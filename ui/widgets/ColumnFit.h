// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>

#include <functional>

class QTreeView;

namespace kmuni {

/** How columns that do not fit give way. */
enum class GiveWay
{
    WidestFirst, ///< the widest first: a small list of short values and one text that matters
    Evenly, ///< each by the same share of what it has above its least: a main list, wide is important
};

/**
 * Column widths that fit @p room without scrolling sideways: every column at its @p natural width
 * where they fit; else they give way as @p how says, each down to its @p least (its header, or the
 * whole of a short value), as far as needed. When even the least widths do not fit, they are taken.
 */
QList<int> fitWidths(const QList<int>& natural, const QList<int>& least, int room, GiveWay how = GiveWay::WidestFirst);

/**
 * Widths for the columns of @p view's model that fit its viewport, each giving way evenly: the
 * natural width of a column is @p defaultWidth (called for every column before @p labelColumns is
 * read), or of a short value (16 characters at most in the first rows: a date and time, a city) its
 * text's. The least widths are tried most generous first: a list's labels (@p labelColumns: stage,
 * type) whole and a long text (a name, a subject) at half its width, then at two fifths, then at its
 * header; else the labels down to their headers too. Short values stay whole.
 */
QList<int> fitListColumns(
    const QTreeView& view, const std::function<int(int column)>& defaultWidth, const QSet<int>& labelColumns);

} // namespace kmuni
