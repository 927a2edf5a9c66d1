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

QIcon application()
{
    static const QIcon icon = [] {
        // resources/app-icon/render.sh draws the sizes from the SVGs (the small ones simpler).
        QIcon result;
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            result.addFile(u":/kmuni/app-icon/png/de.kmuni.crm-%1.png"_s.arg(size), QSize(size, size));
        }
        return result;
    }();
    return icon;
}

} // namespace kmuni::Icons
