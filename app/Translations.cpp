// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kmuni {

void installTranslations(QCoreApplication& app)
{
    // German for the network's offices; English when asked for (KMUNI_LANG=en) or when the
    // system is set to English. A bare C/POSIX locale (a server, a container) stays German.
    QString language = qEnvironmentVariable("KMUNI_LANG");
    if (language.isEmpty()) {
        language = QLocale::system().language() == QLocale::English && QLocale::system().name() != u"C"_s ? u"en"_s
                                                                                                          : u"de"_s;
    }
    if (!language.startsWith(u"de"_s)) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Germany));
        // Only the plural forms: the source text is English.
        auto* plurals = new QTranslator(&app);
        if (plurals->load(u":/i18n/kmuni_en.qm"_s)) {
            QCoreApplication::installTranslator(plurals);
        }
        // Not shown, but read: a German list's words for sectors, kinds and stages.
        auto* german = new QTranslator(&app);
        if (german->load(u":/i18n/kmuni_de.qm"_s)) {
            vocab::setOtherLanguage(german);
            QObject::connect(german, &QObject::destroyed, [] { vocab::setOtherLanguage(nullptr); });
        }
        return;
    }
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/kmuni_de.qm"_s)) {
        QCoreApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::German), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace kmuni
