// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace kmuni::vcard {

/** The versions the writer writes (the reader also reads 2.1). */
enum class Version
{
    V30, ///< RFC 2426
    V40 ///< RFC 6350
};

/** An e-mail address, a phone number or a URL with its types ("work", "home", "cell", "fax", "pref", …). */
struct TypedValue
{
    QString value; ///< a phone number without "tel:"; an address without "mailto:"
    QStringList types; ///< lower case, in file order, without repeats; "pref" for TYPE=PREF and for PREF=n
    bool operator==(const TypedValue&) const = default;
};

/** A postal address (ADR): its seven components, each trimmed; a street of several lines holds '\n'. */
struct Address
{
    QStringList types;
    QString poBox;
    QString extended;
    QString street;
    QString locality;
    QString region;
    QString postalCode;
    QString country;
    bool operator==(const Address&) const = default;
};

/**
 * One vCard as read, or to be written. Text is unescaped and decoded; line breaks are '\n'; values
 * are trimmed. A component that is a list (N's given names "Philip,Paul") keeps its commas.
 */
struct Contact
{
    int line = 0; ///< where BEGIN:VCARD is, 1-based (0 for a contact not read from a file)
    QString version; ///< "2.1", "3.0" or "4.0" as the card says ("3.0" for a card without VERSION)
    QString kind; ///< 4.0 KIND, lower case: "", "individual", "org", "group", "location"
    QString formattedName; ///< FN
    QString familyName; ///< N, 1st component
    QString givenName; ///< N, 2nd
    QString additionalNames; ///< N, 3rd
    QString honorificPrefixes; ///< N, 4th: "Dr.", "Prof. Dr."
    QString honorificSuffixes; ///< N, 5th
    QString organisation; ///< ORG, 1st component
    QStringList departments; ///< ORG, the further components (empty ones left out)
    QString title; ///< TITLE
    QString role; ///< ROLE
    QList<TypedValue> emails;
    QList<TypedValue> phones;
    QList<Address> addresses;
    QList<TypedValue> urls; ///< URL, with its types ("work", "home", "pref")
    QString note; ///< several NOTE properties are joined with '\n'
    QString uid; ///< without "urn:uuid:"
    std::optional<QDate> birthday; ///< only a date with a year ("--0415" and "circa 1800" are ignored)
    QDateTime revision; ///< REV, UTC; invalid when absent
    QStringList categories;
    /**
     * The properties read but not mapped to a field above, as (name as written without its group,
     * decoded value), for the import report: "X-MS-OL-DEFAULTPOSTALADDRESS", "LABEL", "X-ABLabel",
     * a second "TITLE", … Binary data (PHOTO, LOGO, SOUND, KEY in BASE64 or as a data: URI) is listed
     * with an empty value. VERSION and PRODID are not listed.
     */
    QList<QPair<QString, QString>> ignored;
    /** Further properties to write, as (name, text): this program's own ("X-KMUNI-DO-NOT-CONTACT"). */
    QList<QPair<QString, QString>> extensions;

    bool operator==(const Contact&) const = default;
};

/** The result of reading: the cards up to the first problem, and that problem if any. */
struct ParseResult
{
    QList<Contact> contacts;
    QString error; ///< empty when the file was read to its end
    int errorLine = 0; ///< the line of the error, 1-based
};

/** The longest property value the reader takes, in characters after unfolding (binary data excepted). */
inline constexpr qsizetype maxValueLength = 1024 * 1024;
/**
 * The most memory the cards read may take, estimated in bytes: a file holding more contact data than
 * this is refused (with the cards before), so that a 100 MB file cannot take gigabytes.
 */
inline constexpr qsizetype maxParsedSize = qsizetype(256) * 1024 * 1024;

/**
 * Reads the vCards in @p bytes: 2.1 as Outlook writes it (QUOTED-PRINTABLE with soft line breaks,
 * CHARSET per property, bare types such as "TEL;WORK;VOICE", BASE64 photos ending with an empty
 * line), 3.0 (RFC 2426) and 4.0 (RFC 6350): folded lines, escapes, groups ("item1.EMAIL"), quoted
 * parameter values, "tel:" URIs, PREF. Lines end with CRLF, LF or CR; CRs before a LF are one line
 * break with it ("CR CR LF", as a tool that made each LF of a CRLF file a CRLF writes).
 *
 * The file is UTF-8 (with or without BOM; UTF-16 with a BOM is read too), else Windows-1252. Bytes
 * decoded from QUOTED-PRINTABLE are read in the property's CHARSET (UTF-8, Windows-1252,
 * ISO-8859-1, ISO-8859-15, US-ASCII; without one as UTF-8 when valid, else Windows-1252).
 *
 * Errors, with their line: an empty file, text that is not a vCard (no BEGIN:VCARD), a card without
 * END:VCARD, a broken QUOTED-PRINTABLE sequence or a soft line break at the end of the file, an
 * unknown CHARSET or VERSION, a line that is not a property, a value longer than maxValueLength,
 * more data than maxParsedSize. Reading stops at the error, with the complete cards before it.
 */
ParseResult parse(const QByteArray& bytes);

/**
 * Writes @p contacts as vCard 4.0 (or 3.0): UTF-8, CRLF, lines folded at 75 octets (never inside a
 * UTF-8 sequence), text escaped. FN and N are always written (FN made from the name, else the
 * organisation, when empty). Phones in international form are "tel:" URIs in 4.0. The fields
 * `line`, `version` and `ignored` are not written.
 */
QByteArray write(const QList<Contact>& contacts, Version version = Version::V40);

} // namespace kmuni::vcard
