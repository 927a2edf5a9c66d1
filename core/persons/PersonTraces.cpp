// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonTraces.h"

#include "common/TextFold.h"
#include "common/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::erasure {
namespace {

// The digits of a stored (E.164) number with whatever people put between them: "0231 / 755-1234",
// "+49 (0)231 7551234", "0049 231 7551234".
QString phonePattern(const QString& e164)
{
    if (!e164.startsWith(u'+') || e164.size() < 6) {
        return {};
    }
    const QString separators = u"[\\s/\\-.()]*"_s;
    const auto spread = [&](QStringView digits) {
        QStringList parts;
        for (const QChar c : digits) {
            parts << QString(c);
        }
        return parts.join(separators);
    };
    const QStringView digits = QStringView(e164).sliced(1);
    QString body = u"(?:\\+|00)"_s + separators + spread(digits);
    if (digits.startsWith(u"49"_s)) {
        const QStringView national = digits.sliced(2);
        body = u"(?:(?:\\+|00)"_s + separators + u"49"_s + separators + u"(?:\\(0\\)"_s + separators + u")?|0"_s
            + separators + u')' + spread(national);
    }
    return u"(?<![\\d+])"_s + body + u"(?!\\d)"_s;
}

} // namespace

Traces tracesOf(const Person& person, const QStringList& organisationNames)
{
    Traces t;
    const QString first = person.firstName.simplified();
    const QString last = person.lastName.simplified();
    const auto add = [&t](const QString& text) {
        const QString s = text.simplified();
        if (s.size() >= 3 && !t.plain.contains(s, Qt::CaseInsensitive)) {
            t.plain << s;
        }
    };
    // As written, and with the umlauts spelled out ("Müller" as "Mueller"), as on keyboards without them.
    const QString firstSpelled = fold::german(first);
    const QString lastSpelled = fold::german(last);
    for (const auto& [f, l] : {std::pair{first, last}, std::pair{firstSpelled, lastSpelled}}) {
        if (!f.isEmpty() && !l.isEmpty()) {
            add(f + u' ' + l);
            add(l + u", "_s + f);
            add(l + u' ' + f);
        }
    }
    add(person.email);
    for (const QString& number : {person.phone, person.mobile}) {
        if (number.isEmpty()) {
            continue;
        }
        add(number);
        add(phone::display(number));
        const QString pattern = phonePattern(number);
        if (!pattern.isEmpty() && !t.patterns.contains(pattern)) {
            t.patterns << pattern;
        }
    }
    // Longest first: "Zyx, Anna" is masked whole rather than its "Zyx".
    std::sort(t.plain.begin(), t.plain.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    if (last.size() >= 2) {
        t.words << last;
        if (lastSpelled.compare(last, Qt::CaseInsensitive) != 0) {
            t.words << lastSpelled;
        }
        for (const QString& name : organisationNames) {
            const bool named = std::any_of(t.words.cbegin(), t.words.cend(),
                [&](const QString& word) { return name.contains(word, Qt::CaseInsensitive); });
            if (named && !t.keep.contains(name)) {
                t.keep << name;
            }
        }
    }
    return t;
}

Masker::Masker(const Traces& traces, const QString& marker)
    : m_keep(traces.keep)
    , m_marker(marker)
{
    QStringList plain;
    for (const QString& text : traces.plain) {
        plain << QRegularExpression::escape(text);
    }
    plain << traces.patterns;
    QStringList all = plain;
    for (const QString& word : traces.words) {
        all << u"(?<![\\p{L}\\p{N}_])"_s + QRegularExpression::escape(word) + u"(?![\\p{L}\\p{N}_])"_s;
    }
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!plain.isEmpty()) {
        m_plain = QRegularExpression(u"(?:"_s + plain.join(u")|(?:"_s) + u')', options);
    }
    if (!all.isEmpty()) {
        m_all = QRegularExpression(u"(?:"_s + all.join(u")|(?:"_s) + u')', options);
    }
}

QString Masker::apply(const QString& text, bool aboutThePerson) const
{
    const QRegularExpression& traces = aboutThePerson ? m_all : m_plain;
    if (text.isEmpty() || traces.pattern().isEmpty()) {
        return text;
    }
    QList<std::pair<qsizetype, qsizetype>> kept;
    for (const QString& name : m_keep) {
        for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(name, at + name.size(), Qt::CaseInsensitive)) {
            kept.append({at, at + name.size()});
        }
    }
    QString result;
    qsizetype done = 0;
    auto it = traces.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype from = m.capturedStart();
        const qsizetype to = m.capturedEnd();
        if (to <= from || std::any_of(kept.cbegin(), kept.cend(), [&](const auto& k) {
                return from < k.second && to > k.first;
            })) {
            continue;
        }
        result += QStringView(text).sliced(done, from - done);
        result += m_marker;
        done = to;
    }
    if (done == 0) {
        return text;
    }
    result += QStringView(text).sliced(done);
    return result;
}

QJsonValue Masker::apply(const QJsonValue& value, bool aboutThePerson) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return apply(value.toString(), aboutThePerson);
    case QJsonValue::Array: {
        QJsonArray result;
        for (const QJsonValue& v : value.toArray()) {
            result.append(apply(v, aboutThePerson));
        }
        return result;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            result.insert(it.key(), apply(it.value(), aboutThePerson));
        }
        return result;
    }
    default:
        return value;
    }
}

QJsonValue blank(const QJsonValue& value, const QString& marker)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty() ? value : QJsonValue(marker);
    case QJsonValue::Array: {
        QJsonArray result;
        for (const QJsonValue& v : value.toArray()) {
            result.append(blank(v, marker));
        }
        return result;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            result.insert(it.key(), blank(it.value(), marker));
        }
        return result;
    }
    default:
        return value;
    }
}

} // namespace kmuni::erasure
