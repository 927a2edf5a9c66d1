// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

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

namespace validate {
/** A plausible e-mail address (one @, a dot in the domain, no spaces). Empty is valid. */
bool email(const QString& text);
/** A German postal code: five digits. Empty is valid. */
bool germanPostalCode(const QString& text);
/** http(s) URL or bare domain. Empty is valid. */
bool website(const QString& text);
} // namespace validate

namespace phone {
/**
 * Parses a phone number as Germans write it ("0231 / 755-1234", "+49 (0)231 7551234", "0171 2345678")
 * with libphonenumber. @return the E.164 form ("+492317551234"), or an empty string when it is not a
 * phone number. Empty input gives empty output with @p ok true.
 */
QString normalise(const QString& text, bool* ok);
/** Shows a stored number the German way: national format for German numbers ("0231 7551234"). */
QString display(const QString& stored);
} // namespace phone

} // namespace kmuni
