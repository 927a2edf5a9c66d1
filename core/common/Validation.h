// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>

namespace kmuni {

/** A problem with one field of a form, said in words for the user (translated). */
struct FieldError
{
    QString field; ///< the value type's field name, e.g. "email"
    QString message;
};

using FieldErrors = QList<FieldError>;

/** Joins the messages of @p errors into one sentence list for a message line or stderr. */
QString describe(const FieldErrors& errors);
/** True when one of @p errors is about @p field. */
bool hasErrorFor(const FieldErrors& errors, const QString& field);

/**
 * The kinds of text field. Each has one rule in textRules: its length limit and whether it may span
 * lines. Every entity's validate() checks its text fields with validate::text(), the forms set
 * QLineEdit::setMaxLength() from maxLength(), and the import checks every cell with the same rules.
 */
enum class TextKind
{
    Name, ///< names of organisations, persons and staff; short names
    Title, ///< academic titles, subjects, match and follow-up titles
    Email,
    Phone, ///< as typed, before it is normalised
    Url,
    Address, ///< street, postal code, city
    Short, ///< other single-line text: place, legal form, login, reason, codes, references
    Lines, ///< short text that may span lines: a person's function ("Professorin\nLehrstuhl für Logistik")
    Text, ///< multi-line text: notes, minutes, outcome, needs, offers
};

/** The limits, in characters (UTF-16 code units, as QString::size() and QLineEdit::maxLength() count). */
namespace limits {
inline constexpr int name = 200;
inline constexpr int title = 200;
inline constexpr int email = 254; ///< the longest address SMTP can carry (RFC 5321)
inline constexpr int phone = 50;
inline constexpr int url = 2000;
inline constexpr int address = 200;
inline constexpr int shortText = 200;
inline constexpr int lines = 200;
inline constexpr int text = 100000;
} // namespace limits

/** The rule of a kind of text field. */
struct TextRule
{
    TextKind kind;
    int maxLength; ///< in characters
    bool multiLine; ///< tab, line feed and carriage return allowed; other control characters never are
};

/** The one table of text rules, in the order of TextKind. */
inline constexpr std::array<TextRule, 9> textRules{{
    {TextKind::Name, limits::name, false},
    {TextKind::Title, limits::title, false},
    {TextKind::Email, limits::email, false},
    {TextKind::Phone, limits::phone, false},
    {TextKind::Url, limits::url, false},
    {TextKind::Address, limits::address, false},
    {TextKind::Short, limits::shortText, false},
    {TextKind::Lines, limits::lines, true},
    {TextKind::Text, limits::text, true},
}};

constexpr const TextRule& textRule(TextKind kind)
{
    return textRules[static_cast<std::size_t>(kind)];
}

/** The longest text a field of @p kind takes, for QLineEdit::setMaxLength(). */
constexpr int maxLength(TextKind kind)
{
    return textRule(kind).maxLength;
}

namespace validate {
/**
 * Checks @p value against the rule of @p kind: at most maxLength(kind) characters, and no control
 * characters (U+0000–U+001F, U+007F–U+009F; a NUL would cut the text short in SQLite and in other
 * programs), except tab, line feed and carriage return in multi-line kinds. On failure appends one
 * message naming the field by its translated @p label ("Last name") under @p field ("lastName")
 * to @p errors and returns false, so that format checks of the same field can be skipped.
 */
bool text(FieldErrors& errors, const QString& field, const QString& label, const QString& value, TextKind kind);

/** A plausible e-mail address (one @, a dot in the domain, no spaces or control characters). Empty is valid. */
bool email(const QString& text);
/** A German postal code: five digits. Empty is valid. */
bool germanPostalCode(const QString& text);
/** http(s) URL or bare domain, without spaces or control characters. Empty is valid. */
bool website(const QString& text);
} // namespace validate

namespace phone {
/**
 * Parses a phone number as Germans write it ("0231 / 755-1234", "+49 (0)231 7551234", "0171 2345678")
 * with libphonenumber. @return the E.164 form ("+492317551234"), or an empty string when it is not a
 * phone number. Empty input gives empty output with @p ok true.
 *
 * A number without "+" or "00" is one of @p region (ISO 3166: "DE", "CH", "US"). In Germany it
 * starts with the 0 of its area code: "755-1234" lacks it, and "(905) 555-1234" is no German number,
 * so both are refused rather than stored as a wrong +49 number.
 */
QString normalise(const QString& text, bool* ok, const QString& region = QStringLiteral("DE"));
/**
 * A German number of which a spreadsheet dropped the leading zero or plus ("2317551234" for
 * 0231 7551234, "4923175512" for +49 231 75512: Excel keeps what is typed as a number): digits only, at
 * least 9 (more than a number without its area code has), a valid number with the 0 or the + put
 * back. Its E.164 form, empty when @p text is not such a number.
 */
QString withLostZero(const QString& text);
/**
 * A number with its extension as address books and lists write it ("+49 231 755-7788 ext. 12",
 * "0231 755-7788 App. 12", "…;ext=12" of a tel: URI, "… Durchwahl 12"): the number without it into
 * @p number and the extension's digits into @p extension; false when @p text ends with none.
 */
bool splitExtension(const QString& text, QString* number, QString* extension);
/** Whether @p text is written as a number is: digits, a leading "+", spaces and ( ) / . - between them. */
bool looksLikeNumber(const QString& text);
/** "»%1« is not a complete phone number …", the message for @p text that normalise() refused. */
QString notANumber(const QString& text);
/** Shows a stored number the German way: national format for German numbers ("0231 7551234"). */
QString display(const QString& stored);
} // namespace phone

namespace country {
/**
 * The ISO 3166 code of the country @p name as address books write it: "Deutschland", "Germany",
 * "DE", "Österreich", "Schweiz", "United States of America". Empty when it is not known.
 */
QString code(const QString& name);
} // namespace country
} // namespace kmuni
