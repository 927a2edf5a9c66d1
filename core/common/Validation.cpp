// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace kmuni {

QString describe(const FieldErrors& errors)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        messages << e.message;
    }
    return messages.join(u' ');
}

namespace validate {

bool email(const QString& text)
{
    if (text.isEmpty()) {
        return true;
    }
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
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
    static const QRegularExpression pattern(u"^(https?://)?[\\w-]+(\\.[\\w-]+)+(:\\d+)?(/\\S*)?$"_s);
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
