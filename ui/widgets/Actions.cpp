// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Actions.h"

#include "Icons.h"

namespace kmuni {

QAction* makeAction(QObject* parent, const ActionSpec& spec)
{
    auto* action
        = spec.icon.isEmpty() ? new QAction(spec.text, parent) : new QAction(Icons::get(spec.icon), spec.text, parent);
    if (!spec.objectName.isEmpty()) {
        action->setObjectName(spec.objectName);
    }
    if (!spec.shortcut.isEmpty()) {
        action->setShortcut(spec.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    if (!spec.toolTip.isEmpty()) {
        action->setToolTip(spec.toolTip);
    }
    return action;
}

} // namespace kmuni
