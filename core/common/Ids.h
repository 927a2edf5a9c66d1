// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace kmuni {

/** Row id of any table; 0 means "none" or "not saved yet". */
using Id = qint64;

/**
 * A new stable identifier for a row ("0194d3c2-…", without braces): a UUID of version 7 (RFC 9562),
 * the time in milliseconds, then random bits. The identifiers of one program run rise strictly, so a
 * table's uuid index grows at its end instead of at random places (a third faster for a bulk import).
 */
QString newUuid();

} // namespace kmuni
