// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundledFonts.h"

#include <QDir>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace kmuni {

int registerBundledFonts(const QString& applicationDir)
{
    const QDir fonts(applicationDir + u"/fonts"_s);
    if (applicationDir.isEmpty() || !fonts.exists()) {
        return 0;
    }
    int registered = 0;
    for (const QString& name : fonts.entryList({u"*.ttf"_s, u"*.otf"_s}, QDir::Files, QDir::Name)) {
        if (QFontDatabase::addApplicationFont(fonts.filePath(name)) >= 0) {
            ++registered;
        } else {
            qWarning("kmuni: the font %s cannot be read", qPrintable(QDir::toNativeSeparators(fonts.filePath(name))));
        }
    }
    return registered;
}

} // namespace kmuni
