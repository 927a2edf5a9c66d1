// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VCard.h"

#include "LineFolds.h"
#include "VCardSyntax.h"

#include "common/TextFold.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni::vcard {
namespace {

using namespace syntax;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::vcard)
};

// ---------------------------------------------------------------------------------------------
// What the properties set

// Takes a property's value into the contact; false when it does not (the contact has the property
// already, or the value is not one it can hold), so that the value is listed as ignored. Adds to
// @p cost what the components of a structured value take.
using Take = bool (*)(const Property& property, const QString& value, bool v21, Contact& contact, qsizetype& cost);

// Sets @p field to the unescaped value unless it holds one already.
bool takeFirstText(QString& field, const QString& value, bool v21)
{
    if (!field.isEmpty()) {
        return false;
    }
    field = unescape(value, v21);
    return true;
}

// FN: the first one.
bool takeFormattedName(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    return takeFirstText(contact.formattedName, value, v21);
}

// N: the five components of the first one.
bool takeName(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    if (!contact.familyName.isEmpty() || !contact.givenName.isEmpty()) {
        return false;
    }
    const QList<QStringView> parts = splitUnescaped(value, u';');
    contact.familyName = componentAt(parts, 0, v21);
    contact.givenName = componentAt(parts, 1, v21);
    contact.additionalNames = componentAt(parts, 2, v21);
    contact.honorificPrefixes = componentAt(parts, 3, v21);
    contact.honorificSuffixes = componentAt(parts, 4, v21);
    return true;
}

// ORG: the organisation and its departments, from the first one.
bool takeOrganisation(const Property&, const QString& value, bool v21, Contact& contact, qsizetype& cost)
{
    if (!contact.organisation.isEmpty() || !contact.departments.isEmpty()) {
        return false;
    }
    const QList<QStringView> parts = splitUnescaped(value, u';');
    contact.organisation = componentAt(parts, 0, v21);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString department = unescape(parts[i], v21);
        if (!department.isEmpty()) {
            contact.departments << department;
        }
    }
    cost += 64 * parts.size();
    return true;
}

// TITLE: the first one.
bool takeTitle(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    return takeFirstText(contact.title, value, v21);
}

// ROLE: the first one.
bool takeRole(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    return takeFirstText(contact.role, value, v21);
}

// EMAIL: each one, without "mailto:".
bool takeEmail(const Property& property, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    QString address = unescape(value, v21);
    if (address.startsWith(u"mailto:", Qt::CaseInsensitive)) {
        address = address.sliced(7).trimmed();
    }
    if (!address.isEmpty()) {
        contact.emails << TypedValue{address, property.types()};
    }
    return true;
}

// TEL: each one, as text or as a "tel:" URI.
bool takePhone(const Property& property, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    QString number;
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(u"tel:", Qt::CaseInsensitive)) {
        number = QUrl::fromPercentEncoding(trimmed.sliced(4).toUtf8()).trimmed(); // a URI: no escapes
    } else {
        number = unescape(value, v21);
    }
    if (!number.isEmpty()) {
        contact.phones << TypedValue{number, property.types()};
    }
    return true;
}

// ADR: each one that has a component.
bool takeAddress(const Property& property, const QString& value, bool v21, Contact& contact, qsizetype& cost)
{
    const QList<QStringView> parts = splitUnescaped(value, u';');
    Address address{property.types(), componentAt(parts, 0, v21), componentAt(parts, 1, v21),
        componentAt(parts, 2, v21), componentAt(parts, 3, v21), componentAt(parts, 4, v21), componentAt(parts, 5, v21),
        componentAt(parts, 6, v21)};
    Address empty;
    empty.types = address.types;
    if (address != empty) {
        contact.addresses << address;
    }
    cost += 64 * 8;
    return true;
}

// URL: each one, with its types.
bool takeUrl(const Property& property, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    const QString url = unescape(value, v21);
    if (!url.isEmpty()) {
        contact.urls << TypedValue{url, property.types()};
    }
    return true;
}

// NOTE: each one, on a line of its own.
bool takeNote(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    const QString note = unescape(value, v21);
    if (!note.isEmpty()) {
        contact.note += (contact.note.isEmpty() ? QString() : u"\n"_s) + note;
    }
    return true;
}

// UID: the first one, without "urn:uuid:".
bool takeUid(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    if (!contact.uid.isEmpty()) {
        return false;
    }
    QString uid = unescape(value, v21);
    if (uid.startsWith(u"urn:uuid:", Qt::CaseInsensitive)) {
        uid = uid.sliced(9);
    }
    contact.uid = uid;
    return true;
}

// BDAY: the first one, when it is a date with a year.
bool takeBirthday(const Property&, const QString& value, bool, Contact& contact, qsizetype&)
{
    if (contact.birthday) {
        return false;
    }
    contact.birthday = parseDate(value);
    return contact.birthday.has_value(); // not "--0415" (no year), "circa 1800"
}

// REV: the first one, when it is a timestamp.
bool takeRevision(const Property&, const QString& value, bool, Contact& contact, qsizetype&)
{
    if (contact.revision.isValid()) {
        return false;
    }
    contact.revision = parseTimestamp(value);
    return contact.revision.isValid();
}

// KIND: the first one, in lower case.
bool takeKind(const Property&, const QString& value, bool v21, Contact& contact, qsizetype&)
{
    if (!contact.kind.isEmpty()) {
        return false;
    }
    contact.kind = unescape(value, v21).toLower();
    return true;
}

// CATEGORIES: the categories of each one, without repeats.
bool takeCategories(const Property&, const QString& value, bool v21, Contact& contact, qsizetype& cost)
{
    const QList<QStringView> parts = splitUnescaped(value, u',');
    QSet<QString> seen(contact.categories.cbegin(), contact.categories.cend());
    for (QStringView part : parts) {
        const QString category = unescape(part, v21);
        if (!category.isEmpty() && !seen.contains(category)) {
            seen.insert(category);
            contact.categories << category;
        }
    }
    cost += 64 * parts.size();
    return true;
}

struct Taker
{
    QStringView name; // upper case
    Take take;
};

// The properties a contact has fields for (VERSION and PRODID are the parser's own).
constexpr Taker takers[] = {{u"FN", takeFormattedName}, {u"N", takeName}, {u"ORG", takeOrganisation},
    {u"TITLE", takeTitle}, {u"ROLE", takeRole}, {u"EMAIL", takeEmail}, {u"TEL", takePhone}, {u"ADR", takeAddress},
    {u"URL", takeUrl}, {u"NOTE", takeNote}, {u"UID", takeUid}, {u"BDAY", takeBirthday}, {u"REV", takeRevision},
    {u"KIND", takeKind}, {u"CATEGORIES", takeCategories}};

// What takes the property named @p name; nullptr for one no field holds.
Take takerFor(const QString& name)
{
    for (const Taker& taker : takers) {
        if (name == taker.name) {
            return taker.take;
        }
    }
    return nullptr;
}

// The types an Apple label (X-ABLabel) gives the value of its group: its own labels "_$!<Work>!$_",
// "_$!<HomeFAX>!$_", or a label the user wrote ("Büro", "Privat", "Handy"). Empty for a label that says
// no kind (_$!<HomePage>!$_, "Zentrale", "Assistent"): the label is then not taken over.
QStringList labelTypes(const QString& label)
{
    static const QHash<QString, QStringList> apple
        = {{u"work"_s, {u"work"_s}}, {u"home"_s, {u"home"_s}}, {u"other"_s, {u"other"_s}}, {u"mobile"_s, {u"cell"_s}},
            {u"iphone"_s, {u"cell"_s}}, {u"homefax"_s, {u"home"_s, u"fax"_s}}, {u"workfax"_s, {u"work"_s, u"fax"_s}},
            {u"otherfax"_s, {u"other"_s, u"fax"_s}}, {u"pager"_s, {u"pager"_s}}};
    const QString text = label.trimmed();
    if (text.startsWith(u"_$!<"_s) && text.endsWith(u">!$_"_s)) {
        return apple.value(text.sliced(4, text.size() - 8).toLower());
    }
    const QString folded = fold::simple(text);
    const auto has = [&folded](std::initializer_list<const char16_t*> words) {
        return std::any_of(words.begin(), words.end(), [&folded](const char16_t* w) { return folded.contains(w); });
    };
    QStringList types;
    if (has({u"work", u"business", u"geschaft", u"dienst", u"arbeit", u"buro", u"office", u"firma"})) {
        types << u"work"_s;
    } else if (has({u"home", u"privat", u"personal"}) && !has({u"homepage"})) {
        types << u"home"_s;
    } else if (has({u"other", u"andere", u"sonstig"})) {
        types << u"other"_s;
    }
    if (has({u"mobil", u"cell", u"handy", u"iphone"})) {
        types << u"cell"_s;
    } else if (has({u"fax"})) {
        types << u"fax"_s;
    }
    return types;
}

// Where each line of a value begins in it, with the line's number, for errors.
using LineStarts = QList<QPair<qsizetype, int>>;

// The parser of one file.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_lines(text)
    { }
    ParseResult run();

private:
    bool fail(const QString& message, int line)
    {
        m_result.error = message;
        m_result.errorLine = line;
        return false;
    }
    // Fails for a value longer than maxValueLength.
    bool failTooLong(int line)
    {
        return fail(Tr::tr("the value is longer than %L1 characters").arg(maxValueLength), line);
    }
    bool charge(qsizetype bytes, int line)
    {
        m_used += bytes;
        if (m_used > maxParsedSize) {
            return fail(Tr::tr("the file holds more contact data than can be read at once (%L1 MB); split it into "
                               "smaller files")
                            .arg(maxParsedSize / (1024 * 1024)),
                line);
        }
        return true;
    }
    bool readProperty(Line first, Contact& contact);
    bool readHeader(QStringView firstText, int startLine, QString* joined, qsizetype* colon);
    bool isSkippedBinary(const Property& property, QStringView rest) const;
    void skipBinary(bool base64);
    bool readValue(QStringView rest, bool qp, int startLine, QString* value, LineStarts* starts);
    bool decodeValue(const Property& property, int startLine, const LineStarts& starts, QString& value);
    bool apply(const Property& property, const QString& value, int line, Contact& contact);
    bool takeLabel(const QString& group, const QString& label);
    void noteGrouped(const QString& group, const std::array<qsizetype, 3>& before, qsizetype addressesBefore,
        const Contact& contact);
    void applyLabels(Contact& contact);

    Lines m_lines;
    ParseResult m_result;
    qsizetype m_used = 0;
    // The card's values in a group ("item1.EMAIL") and the groups' labels, put together when it ends.
    struct Grouped
    {
        QString group;
        QList<TypedValue> Contact::*values = nullptr; // an address when null
        qsizetype index = 0;
    };
    struct Label
    {
        QString group;
        QStringList types;
        QString written;
    };
    QList<Grouped> m_grouped;
    QList<Label> m_labels; // in the card's order: a label that is not taken over is said in that order
};

ParseResult Parser::run()
{
    std::optional<Contact> contact;
    int nested = 0; // depth of a vCard inside a vCard (2.1 AGENT), skipped
    while (!m_lines.atEnd()) {
        const Line line = m_lines.next();
        if (!contact) {
            if (isBlank(line.text)) {
                continue;
            }
            if (isBeginVCard(line.text)) {
                if (!charge(qsizetype(sizeof(Contact)), line.number)) {
                    return m_result;
                }
                contact = Contact{};
                contact->line = line.number;
                contact->version = u"3.0"_s; // until VERSION says otherwise
                continue;
            }
            if (isEndVCard(line.text)) {
                fail(Tr::tr("END:VCARD without BEGIN:VCARD"), line.number);
            } else if (m_result.contacts.isEmpty()) {
                fail(Tr::tr("this is not a vCard file: BEGIN:VCARD expected"), line.number);
            } else {
                fail(Tr::tr("text between two vCards: BEGIN:VCARD expected"), line.number);
            }
            return m_result;
        }
        if (isBlank(line.text)) {
            continue;
        }
        if (nested > 0) {
            nested += isBeginVCard(line.text) ? 1 : isEndVCard(line.text) ? -1 : 0;
            continue;
        }
        if (isBeginVCard(line.text)) {
            nested = 1;
            continue;
        }
        if (isEndVCard(line.text)) {
            applyLabels(*contact);
            m_result.contacts << *contact;
            contact.reset();
            continue;
        }
        if (!readProperty(line, *contact)) {
            return m_result;
        }
    }
    if (contact) {
        fail(Tr::tr("the vCard beginning on this line has no END:VCARD"), contact->line);
    } else if (m_result.contacts.isEmpty()) {
        fail(Tr::tr("the file holds no vCard"), 1);
    }
    return m_result;
}

// Reads the property that begins on @p first, with its folded lines, into @p contact.
bool Parser::readProperty(Line first, Contact& contact)
{
    const int startLine = first.number;
    // Only leading blanks go: a trailing one may be text before a fold.
    QStringView firstText = first.text;
    while (!firstText.isEmpty() && firstText.front().isSpace()) {
        firstText = firstText.sliced(1);
    }

    // The name and parameters, usually all on the first line; folded over several only rarely.
    QString joined;
    qsizetype colon = -1;
    if (!readHeader(firstText, startLine, &joined, &colon)) {
        return false;
    }
    // The first line, or the lines joined when the header goes on after a fold.
    const QStringView text = joined.isEmpty() ? firstText : QStringView(joined);
    const Property property = parseHeader(text.left(colon));
    if (property.name.isEmpty()) {
        return fail(Tr::tr("a property without a name"), startLine);
    }

    const QStringView rest = text.sliced(colon + 1);
    if (isSkippedBinary(property, rest)) {
        skipBinary(property.base64());
        contact.ignored << qMakePair(property.written, QString());
        return charge(128 + 2 * property.written.size(), startLine);
    }

    const bool qp = property.quotedPrintable();
    QString value;
    LineStarts starts;
    if (!readValue(rest, qp, startLine, &value, &starts)) {
        return false;
    }
    if (qp && !decodeValue(property, startLine, starts, value)) {
        return false;
    }
    return apply(property, value, startLine, contact);
}

// Finds the colon after the name and parameters: in @p firstText, else in the lines joined into
// @p joined up to the one it is on.
bool Parser::readHeader(QStringView firstText, int startLine, QString* joined, qsizetype* colon)
{
    // A quoted parameter value may go on after a fold: the colon must be outside the quotes.
    *colon = findColon(firstText, !m_lines.nextStartsWithBlank());
    if (*colon >= 0) {
        return true;
    }
    *joined = firstText.toString();
    while (*colon < 0 && m_lines.nextStartsWithBlank()) {
        *joined += m_lines.next().text.sliced(1);
        if (joined->size() > maxValueLength) {
            return failTooLong(startLine);
        }
        *colon = findColon(*joined, !m_lines.nextStartsWithBlank());
    }
    if (*colon < 0) {
        const QString shown = joined->size() > 40 ? joined->left(40) + u"…"_s : *joined;
        return fail(Tr::tr("“%1” is not a vCard property (NAME:value)").arg(shown), startLine);
    }
    return true;
}

// Whether the value, beginning with @p rest, is binary data that is skipped: BASE64, or a data: URI
// of a PHOTO, LOGO, SOUND or KEY.
bool Parser::isSkippedBinary(const Property& property, QStringView rest) const
{
    const bool binary = property.base64() || property.name == u"PHOTO" || property.name == u"LOGO"
        || property.name == u"SOUND" || property.name == u"KEY";
    // A data: URI may begin on the next line ("PHOTO:" and a folded line).
    const bool dataUri = rest.startsWith(u"data:", Qt::CaseInsensitive)
        || (rest.trimmed().isEmpty() && m_lines.nextStartsWithBlank()
            && m_lines.peek().text.trimmed().startsWith(u"data:", Qt::CaseInsensitive));
    return binary && (property.base64() || dataUri);
}

// Skips a binary value, without keeping it: the folded lines, and in 2.1 the unindented lines of
// BASE64 up to the empty line that ends them.
void Parser::skipBinary(bool base64)
{
    while (m_lines.nextStartsWithBlank()) {
        m_lines.next();
    }
    if (base64) {
        while (!m_lines.atEnd()) {
            const Line next = m_lines.peek();
            if (isBlank(next.text)) {
                m_lines.next();
                break;
            }
            if (next.text.contains(u':')) {
                break; // the next property (a writer that left out the empty line)
            }
            m_lines.next();
        }
    }
}

// Reads the value: @p rest, the folded lines joined, and with @p qp QUOTED-PRINTABLE's soft line
// breaks ("=" at the end) too. @p starts gets where each line begins in the value.
bool Parser::readValue(QStringView rest, bool qp, int startLine, QString* value, LineStarts* starts)
{
    if (rest.size() > maxValueLength) {
        return failTooLong(startLine);
    }
    *value = rest.toString();
    *starts = {{0, startLine}};
    for (;;) {
        if (qp) {
            const QString chopped = chopTrailingBlanks(*value);
            if (chopped.endsWith(u'=')) {
                if (m_lines.atEnd()) {
                    return fail(Tr::tr("the quoted-printable value ends with a soft line break (=) at the end of the "
                                       "file"),
                        m_lines.lastNumber());
                }
                *value = chopped.chopped(1);
                const Line next = m_lines.next();
                *starts << qMakePair(value->size(), next.number);
                *value += next.text;
                if (value->size() > maxValueLength) {
                    return failTooLong(startLine);
                }
                continue;
            }
        }
        if (!m_lines.nextStartsWithBlank()) {
            break;
        }
        const Line next = m_lines.next();
        *starts << qMakePair(value->size(), next.number);
        *value += next.text.sliced(1);
        if (value->size() > maxValueLength) {
            return failTooLong(startLine);
        }
    }
    if (value->size() > maxValueLength) {
        return failTooLong(startLine);
    }
    return true;
}

// Decodes the QUOTED-PRINTABLE @p value in the property's CHARSET; a broken sequence is an error
// on the line it is on (@p starts).
bool Parser::decodeValue(const Property& property, int startLine, const LineStarts& starts, QString& value)
{
    const std::optional<Charset> charset = charsetNamed(property.first("CHARSET"_L1));
    if (!charset) {
        return fail(Tr::tr("unknown character set “%1”").arg(property.first("CHARSET"_L1)), startLine);
    }
    QString decoded;
    const qsizetype bad = decodeQuotedPrintable(value, *charset, &decoded);
    if (bad >= 0) {
        int badLine = startLine;
        for (const auto& [offset, number] : starts) {
            if (offset <= bad) {
                badLine = number;
            }
        }
        return fail(Tr::tr("broken quoted-printable sequence “%1” (= must be followed by two hexadecimal digits)")
                        .arg(QStringView(value).sliced(bad, qMin<qsizetype>(3, value.size() - bad))),
            badLine);
    }
    value = decoded;
    return true;
}

// Sets what the property says in @p contact, or lists it as ignored; VERSION is checked here.
bool Parser::apply(const Property& property, const QString& value, int line, Contact& contact)
{
    const bool v21 = contact.version == u"2.1";
    const QString& name = property.name;
    qsizetype cost = 128 + 2 * value.size();

    if (name == u"VERSION") {
        const QString version = value.trimmed();
        if (version != u"2.1" && version != u"3.0" && version != u"4.0") {
            return fail(Tr::tr("vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)").arg(version), line);
        }
        contact.version = version;
    } else if (name == u"PRODID") {
        // Which program wrote it: nothing to keep.
    } else if (name == u"X-ABLABEL" && takeLabel(property.group, unescape(value, v21))) {
        // The kind of the value of its group, given to it when the card ends (applyLabels()).
    } else {
        const Take take = takerFor(name);
        const std::array before = {contact.emails.size(), contact.phones.size(), contact.urls.size()};
        const qsizetype addressesBefore = contact.addresses.size();
        if (!take || !take(property, value, v21, contact, cost)) {
            contact.ignored << qMakePair(property.written, unescape(value, v21));
        } else if (!property.group.isEmpty()) {
            noteGrouped(property.group, before, addressesBefore, contact);
        }
    }
    return charge(cost, line);
}

// Keeps Apple's label @p label of the value of group @p group when it says a kind (labelTypes()).
bool Parser::takeLabel(const QString& group, const QString& label)
{
    const QStringList types = labelTypes(label);
    if (group.isEmpty() || types.isEmpty()) {
        return false;
    }
    m_labels << Label{group, types, label};
    return true;
}

// Notes the value a property of group @p group added to @p contact (an e-mail address, a phone, a URL
// or an address: their counts were @p before and @p addressesBefore), for the group's label.
void Parser::noteGrouped(
    const QString& group, const std::array<qsizetype, 3>& before, qsizetype addressesBefore, const Contact& contact)
{
    constexpr std::array<QList<TypedValue> Contact::*, 3> lists = {&Contact::emails, &Contact::phones, &Contact::urls};
    for (size_t i = 0; i < lists.size(); ++i) {
        if ((contact.*lists[i]).size() > before[i]) {
            m_grouped << Grouped{group, lists[i], (contact.*lists[i]).size() - 1};
            return;
        }
    }
    if (contact.addresses.size() > addressesBefore) {
        m_grouped << Grouped{group, nullptr, contact.addresses.size() - 1};
    }
}

// Gives the grouped values of @p contact the types of their group's label; a label of a group without
// such a value is not taken over.
void Parser::applyLabels(Contact& contact)
{
    for (const Label& label : std::as_const(m_labels)) {
        bool used = false;
        for (const Grouped& g : std::as_const(m_grouped)) {
            if (g.group != label.group) {
                continue;
            }
            QStringList& types = g.values ? (contact.*g.values)[g.index].types : contact.addresses[g.index].types;
            for (const QString& type : label.types) {
                if (!types.contains(type)) {
                    types << type;
                }
            }
            used = true;
        }
        if (!used) {
            contact.ignored << qMakePair(u"X-ABLabel"_s, label.written);
        }
    }
    m_grouped.clear();
    m_labels.clear();
}

// Where the next card begins: a line "BEGIN:VCARD" after @p from; the end when there is none.
qsizetype nextCard(QByteArrayView data, qsizetype from)
{
    static constexpr char begin[] = "BEGIN:VCARD";
    constexpr qsizetype length = sizeof(begin) - 1;
    for (qsizetype at = data.indexOf('\n', from); at >= 0; at = data.indexOf('\n', at + 1)) {
        if (data.size() - (at + 1) >= length && qstrnicmp(data.data() + at + 1, begin, length) == 0) {
            return at + 1;
        }
    }
    return data.size();
}

// The text of a file that is not UTF-8 as a whole. Cards collected from several programs (one file
// per contact, put together) each have their own character set: each card is read as UTF-8 when it is
// that, else as Windows-1252 or Mac Roman, whichever its letters say.
QString decodeCards(QByteArrayView data)
{
    QString text;
    for (qsizetype start = 0; start < data.size();) {
        const qsizetype end = nextCard(data, start);
        const QByteArrayView card = data.sliced(start, end - start);
        bool valid = true;
        QString part = fromUtf8(card, &valid);
        if (!valid) {
            charset::LegacyGuess guess;
            guess.add(card);
            part = charset::decode(card, guess.result());
        }
        text += part;
        start = end;
    }
    return text;
}

} // namespace

ParseResult parse(const QByteArray& bytes)
{
    QByteArrayView data(bytes);
    QString text;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // UTF-16 with its byte order mark, as some Windows tools save "Unicode" text.
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder(data.sliced(2));
    } else {
        // A fold that splits a character (RFC 6350 forbids it, some writers do it) is joined first.
        const QByteArray joined = io::joinSplitCharacters(data.toByteArray());
        bool valid = true;
        text = fromUtf8(joined, &valid);
        if (!valid) {
            text = decodeCards(joined);
        }
    }
    if (isBlank(text)) {
        ParseResult result;
        result.error = Tr::tr("the file is empty");
        result.errorLine = 1;
        return result;
    }
    return Parser(text).run();
}

} // namespace kmuni::vcard
