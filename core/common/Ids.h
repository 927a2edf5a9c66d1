// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <QtGlobal>

namespace kmuni {

/** Row id of any table; 0 means "none" or "not saved yet". */
using Id = qint64;

/** A new stable identifier for a row ("3f2b…", without braces). */
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace kmuni
