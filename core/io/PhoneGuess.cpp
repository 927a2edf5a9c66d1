// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneGuess.h"

#include "common/Validation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::import::detail {

QString guessGermanPhone(const QString& text)
{
    // "+49 (0)231 …": the zero in brackets is a habit; phone::normalise() drops it too.
    const QString cleaned = text.contains(u"(0)"_s) ? QString(text).replace(u"(0)"_s, QString()) : text;
    QStringView number = QStringView(cleaned).trimmed();
    bool international = false;
    if (number.startsWith(u'+')) {
        international = true;
        number = number.mid(1);
    }
    // The digits after the trunk zero or the country code, the separators people write between them.
    QString digits = u"+49"_s;
    digits.reserve(3 + number.size());
    qsizetype lead = international ? 2 : 1; // "49" or "0" still to pass
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number[i];
        if (c.isDigit() && c.unicode() < 0x80) {
            if (lead > 0) {
                const char16_t expected = international ? (lead == 2 ? u'4' : u'9') : u'0';
                if (c.unicode() != expected) {
                    return {};
                }
                --lead;
            } else {
                if (digits.size() == 3 && c == u'0') {
                    return {}; // a second zero: a call abroad ("0049 …") or a mistake
                }
                digits += c;
            }
        } else if (c != u' ' && c != u'/' && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return {};
        }
    }
    const qsizetype significant = digits.size() - 3;
    if (lead > 0 || significant < 5 || significant > 13) {
        return {};
    }
    return digits;
}

QString (*guessPhone)(const QString& text) = guessGermanPhone;

PhoneGuesses::~PhoneGuesses()
{
    m_next = m_texts.size(); // what is left is left
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

// A share of the texts at a time, until none is left or one is wrong.
void PhoneGuesses::confirm()
{
    constexpr qsizetype share = 512;
    const QString germany = u"DE"_s;
    const qsizetype size = m_texts.size();
    for (qsizetype from = m_next.fetch_add(share); from < size && !m_wrong; from = m_next.fetch_add(share)) {
        for (qsizetype i = from; i < std::min(size, from + share); ++i) {
            const QString& text = std::as_const(m_texts)[i];
            bool ok = false;
            const QString stored = phone::normalise(text, &ok, germany);
            if (!ok || stored != guessPhone(text)) {
                m_wrong = true;
                return;
            }
        }
    }
}

void PhoneGuesses::startConfirming()
{
    if (!m_thread.joinable() && m_next < m_texts.size()) {
        m_thread = std::thread([this] { confirm(); });
    }
}

bool PhoneGuesses::confirmed()
{
    confirm();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    return !m_wrong;
}

} // namespace kmuni::import::detail
