// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "TextFold.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Validation)
};

// The table is looked up by kind: its rows must stay in the order of the enumeration.
static_assert([] {
    for (std::size_t i = 0; i < textRules.size(); ++i) {
        if (static_cast<std::size_t>(textRules[i].kind) != i) {
            return false;
        }
    }
    return true;
}());

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString describe(const FieldErrors& errors)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        messages << e.message;
    }
    return messages.join(u' ');
}

bool hasErrorFor(const FieldErrors& errors, const QString& field)
{
    return std::any_of(errors.cbegin(), errors.cend(), [&field](const FieldError& e) { return e.field == field; });
}

namespace validate {

bool text(FieldErrors& errors, const QString& field, const QString& label, const QString& value, TextKind kind)
{
    const TextRule& rule = textRule(kind);
    if (value.size() > rule.maxLength) {
        errors.append({field,
            Tr::tr("%1: too long (%L2 characters, at most %L3).").arg(label).arg(value.size()).arg(rule.maxLength)});
        return false;
    }
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = value[i].unicode();
        if (!isControl(c)) {
            continue;
        }
        const bool lineBreakOrTab = c == u'\t' || c == u'\n' || c == u'\r';
        if (lineBreakOrTab && rule.multiLine) {
            continue;
        }
        if (lineBreakOrTab) {
            errors.append({field,
                Tr::tr("%1: only one line is allowed; remove the line break or tab at character %L2.")
                    .arg(label)
                    .arg(i + 1)});
        } else {
            errors.append({field,
                Tr::tr("%1: remove the invisible control character U+%2 at character %L3.")
                    .arg(label)
                    .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                    .arg(i + 1)});
        }
        return false;
    }
    return true;
}

bool email(const QString& text)
{
    if (text.isEmpty()) {
        return true;
    }
    static const QRegularExpression pattern(u"^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}.]+(\\.[^@\\s\\p{Cc}.]+)+$"_s);
    return pattern.match(text).hasMatch();
}

bool germanPostalCode(const QString& text)
{
    if (text.isEmpty()) {
        return true;
    }
    static const QRegularExpression pattern(u"^\\d{5}$"_s);
    return pattern.match(text).hasMatch();
}

bool website(const QString& text)
{
    if (text.isEmpty()) {
        return true;
    }
    static const QRegularExpression pattern(u"^(https?://)?[\\w-]+(\\.[\\w-]+)+(:\\d+)?(/[^\\s\\p{Cc}]*)?$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace validate

namespace phone {

QString normalise(const QString& text, bool* ok, const QString& region)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (ok) {
            *ok = true;
        }
        return {};
    }
    // "+49 (0)231 …": the trunk zero in brackets is a habit libphonenumber does not expect.
    QString cleaned = trimmed;
    cleaned.replace(u"(0)"_s, QString());
    const auto first = std::find_if(cleaned.cbegin(), cleaned.cend(), [](QChar c) { return c.isDigit() || c == u'+'; });
    const bool national = first != cleaned.cend() && *first != u'+' && *first != u'0';
    bool valid = looksLikeNumber(trimmed) && !(national && region == u"DE"_s);
    PhoneNumber number;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    if (valid) {
        const auto rc = util->Parse(cleaned.toStdString(), region.toStdString(), &number);
        valid = rc == PhoneNumberUtil::NO_PARSING_ERROR && util->IsPossibleNumber(number);
    }
    if (ok) {
        *ok = valid;
    }
    if (!valid) {
        return {};
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

bool splitExtension(const QString& text, QString* number, QString* extension)
{
    static const QRegularExpression suffix(
        u"\\s*(?:;\\s*ext=|,?\\s*\\b(?:ext|extension|app|apparat|durchwahl|dw|nst|nebenstelle)\\b\\.?:?)\\s*-?\\s*(\\d{1,6})\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = suffix.match(text);
    if (!m.hasMatch() || m.capturedStart() == 0) {
        return false;
    }
    *number = text.left(m.capturedStart()).trimmed();
    *extension = m.captured(1);
    return true;
}

QString withLostZero(const QString& text)
{
    const QString digits = text.trimmed();
    if (digits.size() < 9 || digits.startsWith(u'0')
        || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); })) {
        return {};
    }
    const QString restored = digits.startsWith(u"49"_s) && digits.size() >= 11 ? u'+' + digits : u'0' + digits;
    PhoneNumber number;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    if (util->Parse(restored.toStdString(), "DE", &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number)) {
        return {};
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

bool looksLikeNumber(const QString& text)
{
    // Digits and the separators people write; letters (vanity numbers) are not used in Germany.
    static const QRegularExpression allowed(u"^\\+?[\\d\\s()/.\\-]+$"_s);
    return allowed.match(text.trimmed()).hasMatch()
        && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString notANumber(const QString& text)
{
    return Tr::tr("\"%1\" is not a complete phone number: in Germany with its area code (0231 …), abroad with its "
                  "country code (+31 …).")
        .arg(text);
}

QString display(const QString& stored)
{
    if (!stored.startsWith(u'+')) {
        return stored;
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(stored.toStdString(), "DE", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return stored;
    }
    std::string out;
    util->Format(
        number, number.country_code() == 49 ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace phone

namespace country {

QString code(const QString& name)
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> byName;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = QLocale::Territory(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2) {
                byName.insert(fold::simple(code), code);
                byName.insert(fold::simple(QLocale::territoryToString(territory)), code);
            }
        }
        // The German names address books write (Outlook: "Land/Region geschäftlich"), and the usual short forms.
        const std::pair<const char16_t*, const char16_t*> more[] = {{u"Deutschland", u"DE"},
            {u"Bundesrepublik Deutschland", u"DE"}, {u"BRD", u"DE"}, {u"D", u"DE"}, {u"DEU", u"DE"},
            {u"Österreich", u"AT"}, {u"Schweiz", u"CH"}, {u"Niederlande", u"NL"}, {u"Holland", u"NL"},
            {u"Belgien", u"BE"}, {u"Luxemburg", u"LU"}, {u"Frankreich", u"FR"}, {u"Dänemark", u"DK"}, {u"Polen", u"PL"},
            {u"Tschechien", u"CZ"}, {u"Tschechische Republik", u"CZ"}, {u"Italien", u"IT"}, {u"Spanien", u"ES"},
            {u"Schweden", u"SE"}, {u"Norwegen", u"NO"}, {u"Finnland", u"FI"}, {u"Irland", u"IE"}, {u"Ungarn", u"HU"},
            {u"Türkei", u"TR"}, {u"Griechenland", u"GR"}, {u"Vereinigtes Königreich", u"GB"},
            {u"Großbritannien", u"GB"}, {u"England", u"GB"}, {u"UK", u"GB"}, {u"Vereinigte Staaten", u"US"},
            {u"Vereinigte Staaten von Amerika", u"US"}, {u"USA", u"US"}, {u"United States of America", u"US"},
            {u"Kanada", u"CA"}, {u"China", u"CN"}, {u"Indien", u"IN"}, {u"Japan", u"JP"}, {u"Russland", u"RU"},
            {u"Ukraine", u"UA"}, {u"Rumänien", u"RO"}, {u"Slowakei", u"SK"}, {u"Slowenien", u"SI"},
            {u"Kroatien", u"HR"}, {u"Bulgarien", u"BG"}, {u"Estland", u"EE"}, {u"Lettland", u"LV"}, {u"Litauen", u"LT"},
            {u"Südkorea", u"KR"}, {u"Brasilien", u"BR"}, {u"Mexiko", u"MX"}, {u"Australien", u"AU"}};
        for (const auto& [country, code] : more) {
            byName.insert(fold::simple(QString::fromUtf16(country)), QString::fromUtf16(code));
        }
        return byName;
    }();
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QString() : codes.value(fold::simple(trimmed)); // empty: every row of most files
}

} // namespace country
} // namespace kmuni
