// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFold.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace kmuni::fold {
using namespace Qt::StringLiterals;
namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

// ICU transliterators are not safe to share between threads; every thread (UI, list loaders,
// the SQLite functions of each connection) gets its own pair, created on first use.
icu::Transliterator* transliterator(bool germanUmlauts)
{
    thread_local std::unique_ptr<icu::Transliterator> plain;
    thread_local std::unique_ptr<icu::Transliterator> umlauts;
    auto& slot = germanUmlauts ? umlauts : plain;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const char* id = germanUmlauts ? "de-ASCII; Latin-ASCII; Any-Lower" : "Latin-ASCII; Any-Lower";
        slot.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            slot.reset();
        }
    }
    return slot.get();
}

QString transliterate(QStringView text, bool germanUmlauts)
{
    if (isAscii(text)) {
        return text.toString().toLower();
    }
    icu::Transliterator* t = transliterator(germanUmlauts);
    if (t == nullptr) {
        return text.toString().toCaseFolded();
    }
    icu::UnicodeString s(false, reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    icu::UnicodeString copy(s); // the read-only alias must not be written to
    t->transliterate(copy);
    return QString(reinterpret_cast<const QChar*>(copy.getBuffer()), copy.length());
}

} // namespace

QString simple(QStringView text)
{
    return transliterate(text, false);
}

QString german(QStringView text)
{
    return transliterate(text, true);
}

QString forIndex(QStringView text)
{
    QString s = simple(text);
    if (isAscii(text)) {
        return s;
    }
    const QString g = german(text);
    if (g != s) {
        s += u" / "_s + g;
    }
    return s;
}

QString sortKey(QStringView text)
{
    return simple(text.trimmed());
}

QString personSortKey(QStringView lastName, QStringView firstName)
{
    return sortKey(lastName) + u'\t' + sortKey(firstName);
}

QStringList forQuery(QStringView query)
{
    const QString s = simple(query.trimmed());
    if (isAscii(query)) {
        return {s};
    }
    const QString g = german(query.trimmed());
    return g == s ? QStringList{s} : QStringList{s, g};
}

} // namespace kmuni::fold
