// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

class QWidget;

namespace kmuni {

/**
 * The window's end of the error channel for reads: a read that failed (locked, damaged, a table
 * gone) is shown to the user, never painted as "nothing there". The message goes to the status
 * line of @p context's main window and into a warning box (one box at a time for the same text, so
 * a refresh that fails again does not stack them up).
 */
void reportReadError(const QWidget* context, const QString& message);

/** The value of @p result, or an empty one after reporting its failure (see reportReadError()). */
template <typename T> T orEmpty(Result<T> result, const QWidget* context)
{
    if (result.failed()) {
        reportReadError(context, result.error());
    }
    return result ? std::move(*result) : T{};
}

/** As orEmpty() for a find(): the row, or nothing (not found, or reported). */
template <typename T> std::optional<T> found(Result<T> result, const QWidget* context)
{
    if (result.failed()) {
        reportReadError(context, result.error());
    }
    return result.optional();
}

} // namespace kmuni
