// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace kmuni::Icons {

/** The icon @p name of resources/icons/icons.txt (embedded from the breeze theme), cached. */
QIcon get(const QString& name);

/** KMUni CRM's own icon (resources/app-icon): the windows', the desktop file's, the installer's. */
QIcon application();

} // namespace kmuni::Icons
