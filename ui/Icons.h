// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace kmuni::Icons {

/** The icon @p name of resources/icons/icons.txt (embedded from the breeze theme), cached. */
QIcon get(const QString& name);

} // namespace kmuni::Icons
