// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFold.h"

#include <array>
#include <memory>
#include <mutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

using namespace Qt::StringLiterals;

namespace kmuni::fold {
namespace {

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

QString icuTransliterate(QStringView text, bool germanUmlauts)
{
    icu::Transliterator* t = transliterator(germanUmlauts);
    if (t == nullptr) {
        return text.toString().toCaseFolded();
    }
    icu::UnicodeString copy(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    t->transliterate(copy);
    return QString(reinterpret_cast<const QChar*>(copy.getBuffer()), copy.length());
}

// Latin letters up to U+024F (all of German, Turkish, Polish, French, …) fold letter by letter:
// their folds are asked of ICU once and kept in a table, so that names fold without ICU's
// (slow) rule engine. Anything else goes to ICU whole.
constexpr char16_t tableEnd = 0x0250;

struct Table
{
    std::array<QString, tableEnd> plain;
    std::array<QString, tableEnd> german;
};

const Table& table()
{
    static const Table t = [] {
        Table result;
        for (char16_t c = 0; c < tableEnd; ++c) {
            const QChar ch(c);
            if (c < 0x80) {
                result.plain[c] = result.german[c] = QString(ch.toLower());
            } else {
                result.plain[c] = icuTransliterate(QStringView(&ch, 1), false);
                result.german[c] = icuTransliterate(QStringView(&ch, 1), true);
            }
        }
        return result;
    }();
    return t;
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

QString transliterate(QStringView text, bool germanUmlauts)
{
    if (isAscii(text)) {
        return text.toString().toLower();
    }
    const Table& t = table();
    QString result;
    result.reserve(text.size() + 4);
    for (QChar c : text) {
        if (c.unicode() >= tableEnd) {
            return icuTransliterate(text, germanUmlauts); // a letter the table does not know
        }
        result += germanUmlauts ? t.german[c.unicode()] : t.plain[c.unicode()];
    }
    return result;
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

bool isTransliteration(QStringView ascii, QStringView text)
{
    if (!isAscii(ascii) || isAscii(text)) {
        return false;
    }
    const QString written = simple(ascii);
    return written == german(text) || written == simple(text);
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
