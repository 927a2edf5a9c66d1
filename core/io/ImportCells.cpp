// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCells.h"

#include "common/TextFold.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace kmuni::import {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::import)
};
} // namespace

std::optional<bool> yesNo(const QString& cell)
{
    static const QStringList yes
        = {u"ja"_s, u"j"_s, u"x"_s, u"1"_s, u"yes"_s, u"y"_s, u"true"_s, u"wahr"_s, u"✓"_s, u"✔"_s, u"gesperrt"_s};
    static const QStringList no = {u"nein"_s, u"n"_s, u"0"_s, u"no"_s, u"false"_s, u"falsch"_s};
    const QString t = cell.trimmed().toLower();
    if (yes.contains(t)) {
        return true;
    }
    if (no.contains(t)) {
        return false;
    }
    return std::nullopt;
}

QString splitLegalForm(QString* name)
{
    for (const QString& form : vocab::codes(vocab::List::LegalForm)) {
        if (name->endsWith(u' ' + form) && name->size() > form.size() + 1) {
            name->chop(form.size() + 1);
            return form;
        }
    }
    return {};
}

QString germanPostalCode(const QString& cell)
{
    const QString t = cell.trimmed();
    const bool digits = std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return t.size() == 4 && digits ? u'0' + t : cell;
}

bool isPlaceholder(const QString& cell)
{
    static const QStringList placeholders = {u"0.0.00"_s, u"0/0/00"_s, u"00.00.0000"_s, u"unbekannt"_s, u"unbestimmt"_s,
        u"unspecified"_s, u"normal"_s, u"aus"_s, u"false"_s, u"falsch"_s, u"* mycontacts"_s};
    const QString text = cell.trimmed().toLower();
    if (placeholders.contains(text)) {
        return true;
    }
    // Google's own groups, alone or together: "* myContacts ::: * starred", a card's "myContacts,starred".
    static const QRegularExpression between(u"\\s*(:::|,)\\s*"_s);
    const QStringList groups = text.split(between, Qt::SkipEmptyParts);
    return !groups.isEmpty() && std::all_of(groups.cbegin(), groups.cend(), [](QString group) {
        group.remove(QRegularExpression(u"^\\*\\s*"_s));
        return group == u"mycontacts" || group == u"starred";
    });
}

QString unneutralise(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar c = cell[1];
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r') {
            return cell.mid(1);
        }
    }
    return cell;
}

QString cellText(const QString& field)
{
    // A formula's error (a lookup that found nothing: "#NV" in German Excel) holds no value.
    static const QSet<QString> errors = {u"#N/A"_s, u"#NV"_s, u"#DIV/0!"_s, u"#VALUE!"_s, u"#WERT!"_s, u"#REF!"_s,
        u"#BEZUG!"_s, u"#NAME?"_s, u"#NUM!"_s, u"#ZAHL!"_s, u"#NULL!"_s, u"#LEER!"_s, u"#SPILL!"_s, u"#ÜBERLAUF!"_s,
        u"#CALC!"_s, u"#BERECHNEN!"_s, u"#GETTING_DATA"_s, u"#FIELD!"_s, u"#FELD!"_s};
    const QString trimmed = field.trimmed();
    if (trimmed.startsWith(u'#') && errors.contains(trimmed.toUpper())) {
        return {};
    }
    QString cell = unneutralise(trimmed);
    if (cell.contains(u'\r')) {
        cell.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    }
    return cell;
}

QString street(const QString& cell, const QString& houseNumber)
{
    QStringList lines = cell.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : lines) {
        line = line.trimmed();
    }
    lines.removeAll(QString());
    const QString number = houseNumber.simplified();
    if (lines.isEmpty() || number.isEmpty()) {
        return lines.isEmpty() ? number : lines.join(u", "_s);
    }
    // The number belongs to the street, the first line ("Grubenweg 5, Halle 3"), unless it has it.
    static const QRegularExpression endsWithNumber(u"\\s(\\d+\\s*[a-zA-Z]?(\\s*[-–/]\\s*\\d+\\s*[a-zA-Z]?)?)$"_s);
    const QRegularExpressionMatch m = endsWithNumber.match(lines.first());
    if (!m.hasMatch() || m.captured(1).remove(u' ').compare(QString(number).remove(u' '), Qt::CaseInsensitive) != 0) {
        lines.first() += u' ' + number;
    }
    return lines.join(u", "_s);
}

bool isSummaryRow(const QStringList& cells)
{
    static const QSet<QString> totals{
        u"summe"_s, u"summen"_s, u"gesamt"_s, u"gesamtsumme"_s, u"insgesamt"_s, u"total"_s, u"sum"_s, u"anzahl"_s};
    static const QStringList openings{
        u"summe"_s, u"anzahl"_s, u"quelle:"_s, u"stand:"_s, u"hinweis:"_s, u"source:"_s, u"total:"_s, u"stand "_s};
    static const QRegularExpression number(u"^[-+]?[\\d.,\\s]+%?$"_s);
    QStringList words; // the cells that are no number
    for (const QString& cell : cells) {
        if (const QString text = cell.trimmed(); !text.isEmpty() && !number.match(text).hasMatch()) {
            words << text.toCaseFolded();
        }
    }
    // A row of sums says one word and numbers: "Summe;;;1262", ";;Gesamt:;1262" (a company "Total" has a
    // city beside it, a person "Sum" a first name).
    if (words.size() != 1) {
        return false;
    }
    QString word = words.first();
    if (word.endsWith(u':')) {
        word.chop(1);
    }
    if (totals.contains(word.trimmed())) {
        return true;
    }
    // "Anzahl Unternehmen: 5", "Quelle: IHK zu Dortmund", "Stand 03/2026": more than the word alone.
    const QString& text = words.first();
    return std::any_of(openings.cbegin(), openings.cend(), [&text](const QString& o) {
        return text.startsWith(o) && text.size() > o.size()
            && (o.endsWith(u':') || o.endsWith(u' ') || !text.at(o.size()).isLetter());
    });
}

QString cutForACell(const QString& text)
{
    if (text.size() <= cellTextLimit) {
        return text;
    }
    return text.left(text.at(cellTextLimit - 1).isHighSurrogate() ? cellTextLimit - 1 : cellTextLimit);
}

bool cutOffInACell(const QString& cell, const QString& stored)
{
    return stored.size() > cellTextLimit && cell == cellText(cutForACell(stored));
}

std::optional<SizeClass> sizeClass(const QString& cell)
{
    QString t = cell.trimmed().toCaseFolded();
    static const QRegularExpression unit(u"\\s*(beschäftigte|mitarbeiter(innen)?|ma|employees|staff)\\.?$"_s);
    t.remove(unit);
    // A number as the lists write it, "1.000" too.
    const QString n = u"(\\d{1,3}(?:\\.\\d{3})+|\\d+)"_s;
    const auto number = [](const QString& digits) { return QString(digits).remove(u'.').toInt(); };
    static const QRegularExpression range(u"^(?:von\\s+)?"_s + n + u"\\s*(-|–|—|bis unter|bis|to)\\s*"_s + n + u'$');
    static const QRegularExpression upTo(u"^(?:bis|up to|≤|<=)\\s*"_s + n + u'$');
    static const QRegularExpression below(u"^(?:unter|weniger als|under|less than|<)\\s*"_s + n + u'$');
    static const QRegularExpression from(u"^(?:ab|from|≥|>=)\\s*"_s + n + u'$');
    static const QRegularExpression above(u"^(?:über|mehr als|more than|over|>)\\s*"_s + n + u'$');
    static const QRegularExpression orMore(u'^' + n + u"\\s*(?:\\+|und mehr|u\\. ?m\\.|or more|and more)$"_s);
    constexpr int open = std::numeric_limits<int>::max();
    if (const auto m = range.match(t); m.hasMatch()) {
        // "50 bis unter 250", as the Federal Statistical Office writes classes.
        const SizeClass c{number(m.captured(1)), number(m.captured(3)) - (m.captured(2) == u"bis unter"_s ? 1 : 0)};
        // Years ("2019-2021", a founding period) are no class of employees.
        const bool years = c.from >= 1900 && c.to <= 2100 && c.to - c.from < 100;
        return c.from <= c.to && !years ? std::optional(c) : std::nullopt;
    }
    if (const auto m = upTo.match(t); m.hasMatch()) {
        return SizeClass{0, number(m.captured(1))};
    }
    if (const auto m = below.match(t); m.hasMatch()) {
        return SizeClass{0, number(m.captured(1)) - 1};
    }
    if (const auto m = from.match(t); m.hasMatch()) {
        return SizeClass{number(m.captured(1)), open};
    }
    if (const auto m = above.match(t); m.hasMatch()) {
        return SizeClass{number(m.captured(1)) + 1, open};
    }
    if (const auto m = orMore.match(t); m.hasMatch()) {
        return SizeClass{number(m.captured(1)), open};
    }
    return std::nullopt;
}

QString sectorOfWz(const QString& cell)
{
    static const QRegularExpression code(
        u"^(?:WZ(?:[\\s-]*(?:20)?08)?[:\\s]*)?(?:[A-U]\\s*)?(\\d{2})(?:[.,](\\d)(\\d)?(?:\\.?\\d)?)?(?:\\s|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = code.match(cell.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const int division = m.captured(1).toInt();
    const QString group = m.captured(1) + m.captured(2); // "261" of 26.11
    const QString klass = group + m.captured(3); // "7211" of 72.11
    if (group == u"582"_s || (division >= 61 && division <= 63)) {
        return u"it"_s;
    }
    if (division >= 49 && division <= 53) {
        return u"logistics"_s;
    }
    if (division == 21 || group == u"325"_s || (division >= 86 && division <= 88)) {
        return u"health"_s;
    }
    if (group == u"261"_s || klass == u"7211"_s) {
        return u"biomicronano"_s;
    }
    if (division >= 10 && division <= 33) {
        return u"production"_s;
    }
    return {};
}

bool isExcelExponent(const QString& cell)
{
    static const QRegularExpression exponent(u"^\\s*\\d+([.,]\\d+)?[eE]\\+?\\d+\\s*$"_s);
    return exponent.match(cell).hasMatch();
}

namespace {

// "+49 231 755-0 Zentrale", "0231/755-2211 (Sekretariat)", "Zentrale: 0231 755-0": the number and the
// words beside it; false when @p raw is no number with words beside it.
bool splitWords(const QString& raw, QString* number, QString* words)
{
    static const QRegularExpression before(u"^\\s*(\\p{L}[\\p{L}\\s./-]*?)\\s*:\\s*(.+)$"_s);
    QString t = raw.trimmed();
    QStringList said;
    if (const auto m = before.match(t); m.hasMatch()) {
        said << m.captured(1);
        t = m.captured(2);
    }
    const auto letter = std::find_if(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); });
    QString head = t.left(letter - t.cbegin());
    QString tail = t.mid(letter - t.cbegin()).trimmed();
    // "(Sekretariat)": the bracket before the word is the word's.
    while (!head.isEmpty() && QStringView(u" \t,;–-(").contains(head.back())) {
        head.chop(1);
    }
    if (tail.endsWith(u')') && !tail.contains(u'(')) {
        tail.chop(1);
    }
    if (!tail.isEmpty()) {
        said << tail.trimmed();
    }
    if (said.isEmpty() || !phone::looksLikeNumber(head)) {
        return false;
    }
    *number = head.trimmed();
    *words = said.join(u", "_s);
    return true;
}

} // namespace

PhoneCell phoneCell(const QString& label, const QString& raw, const QString& region)
{
    using Outcome = PhoneCell::Outcome;
    bool ok = false;
    if (const QString n = phone::normalise(raw, &ok, region); ok) {
        return {Outcome::Kept, n, {}};
    }
    if (region.isEmpty() || region == u"DE"_s) {
        if (const QString restored = phone::withLostZero(raw); !restored.isEmpty()) {
            return {Outcome::KeptToCheck, restored,
                Tr::tr("%1 »%2« is taken as %3: a spreadsheet drops the 0 or + in front of a number. Check it.")
                    .arg(label, raw, phone::display(restored))};
        }
    }
    QString number;
    QString extension;
    if (phone::splitExtension(raw, &number, &extension)) {
        if (const QString n = phone::normalise(number, &ok, region); ok && !n.isEmpty()) {
            return {Outcome::KeptToCheck, n,
                Tr::tr("%1 »%2« is kept as %3; the extension %4 is not kept.")
                    .arg(label, raw, phone::display(n), extension)};
        }
    }
    QString words;
    if (splitWords(raw, &number, &words)) {
        if (const QString n = phone::normalise(number, &ok, region); ok && !n.isEmpty()) {
            return {Outcome::KeptToCheck, n,
                Tr::tr("%1 »%2« is kept as %3; »%4« beside it is not kept.").arg(label, raw, phone::display(n), words)};
        }
    }
    if (isExcelExponent(raw)) {
        return {Outcome::NotKept, {},
            Tr::tr("%1 not kept: \"%2\" is a number Excel wrote in exponent form, without its last digits. "
                   "Format the column as text in Excel and save the file again.")
                .arg(label, raw)};
    }
    if (phone::looksLikeNumber(raw)) {
        // A real number of which the country or the area code is not known ("905-555-1234" in a card
        // without its country): said and left out, the record imported.
        return {Outcome::NotKept, {}, Tr::tr("%1 not kept: %2").arg(label, phone::notANumber(raw))};
    }
    return {Outcome::NotANumber, raw, {}};
}

QString eventTypeOfWords(const QString& text)
{
    struct Words
    {
        const char* type;
        QRegularExpression words;
    };
    // Over the folded text: lower case, umlauts without their dots ("Universitätsbesuch" → "universitatsbesuch").
    static const Words table[] = {
        {"workshop", QRegularExpression(u"workshop|\\bseminar|\\bschulung|\\btraining|\\bhackathon"_s)},
        {"career_fair",
            QRegularExpression(u"(karriere|job|kontakt|absolventen|recruiting|hochschul|career|praktikums)-?messe"
                               "|\\bjobborse|\\bkarrieretag|\\b(careers?|job|recruiting) (fair|day)\\b"_s)},
        {"information_event",
            QRegularExpression(u"\\binfo(rmations)?-?(veranstaltung|abend|tag\\b|nachmittag)"
                               "|\\binformation (event|session|evening)|\\binfo session|\\btag der offenen tur"_s)},
        {"company_visit",
            QRegularExpression(u"\\b(betriebs|firmen|unternehmens)-?(besuch|besichtigung)|\\b(company|site) visit"_s)},
        {"university_visit",
            QRegularExpression(u"\\b(hochschul|uni|universitats|campus|lehrstuhl|instituts|fakultats|labor)-?besuch"
                               "|\\b(university|campus|lab) visit"_s)},
        {"phone_call",
            QRegularExpression(
                u"\\btelefon(at|termin|konferenz|isch)|\\btelko\\b|\\banruf\\b|\\bruckruf|\\bphone call"_s)},
    };
    const QString folded = fold::simple(text);
    QString type;
    qsizetype first = -1;
    for (const Words& w : table) {
        const auto m = w.words.match(folded);
        if (m.hasMatch() && (first < 0 || m.capturedStart() < first)) {
            first = m.capturedStart();
            type = QString::fromLatin1(w.type);
        }
    }
    return type;
}

} // namespace kmuni::import
