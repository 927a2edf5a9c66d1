// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

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

} // namespace kmuni
