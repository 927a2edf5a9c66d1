// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace kmuni::io {

/**
 * @p bytes with every UTF-8 character that a folded line (a line break, then a space or tab: RFC 5545
 * 3.1, RFC 6350 3.2) splits made whole again: its last bytes move before the line break. A writer that
 * folds every 75 bytes splits "ü" now and then; read as it is, the file is no valid UTF-8 and every
 * umlaut would come out wrong. The lines stay as many as they were, so line numbers still hold.
 */
QByteArray joinSplitCharacters(const QByteArray& bytes);

} // namespace kmuni::io
