// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QCoreApplication>
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

QString normalise(const QString& text, bool* ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (ok) {
            *ok = true;
        }
        return {};
    }
    // Digits and the separators people write; letters (vanity numbers) are not used in Germany.
    static const QRegularExpression allowed(u"^\\+?[\\d\\s()/.\\-]+$"_s);
    if (!allowed.match(trimmed).hasMatch()) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    // "+49 (0)231 …": the trunk zero in brackets is a habit libphonenumber does not expect.
    QString cleaned = trimmed;
    cleaned.replace(u"(0)"_s, QString());
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto rc = util->Parse(cleaned.toStdString(), "DE", &number);
    const bool valid = rc == PhoneNumberUtil::NO_PARSING_ERROR && util->IsPossibleNumber(number);
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
} // namespace kmuni
