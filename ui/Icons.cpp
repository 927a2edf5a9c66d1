// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kmuni::Icons {

QIcon get(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    }
    return *it;
}

} // namespace kmuni::Icons
