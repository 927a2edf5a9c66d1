// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateEdit.h"

#include "common/Time.h"

#include <QKeyEvent>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni {

namespace {
// A pause longer than this starts a new word.
constexpr qint64 wordPauseMs = 1500;
} // namespace

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(u"dd.MM.yyyy"_s);
    if (date.isValid()) {
        setDate(date);
    }
    setToolTip(tr("DD.MM.YYYY, or a word: \"today\", \"tomorrow\", \"yesterday\""));
}

namespace {
// The days the words beginning with @p typed (any case) name, relative to today: the words of the
// program's language, and the English ones whatever the language.
QSet<int> daysStartingWith(const QString& typed)
{
    const QString prefix = typed.trimmed().toLower();
    QSet<int> days;
    if (prefix.isEmpty()) {
        return days;
    }
    const std::pair<QString, int> words[] = {{DateEdit::tr("today"), 0}, {DateEdit::tr("tomorrow"), 1},
        {DateEdit::tr("yesterday"), -1}, {u"today"_s, 0}, {u"tomorrow"_s, 1}, {u"yesterday"_s, -1}};
    for (const auto& [word, offset] : words) {
        if (word.toLower().startsWith(prefix)) {
            days.insert(offset);
        }
    }
    return days;
}
} // namespace

QDate DateEdit::dayNamed(const QString& typed)
{
    const QSet<int> days = daysStartingWith(typed);
    return days.size() == 1 ? time::today().addDays(*days.cbegin()) : QDate();
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool letter = text.size() == 1 && text.front().isLetter()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!letter) {
        m_typed.clear();
        QDateEdit::keyPressEvent(event);
        return;
    }
    event->accept();
    if (!m_lastLetter.isValid() || m_lastLetter.elapsed() > wordPauseMs) {
        m_typed.clear();
    }
    m_lastLetter.start();
    // A letter goes on the word typed so far while it can ("mo", "mor", …); else it starts a new one.
    if (!daysStartingWith(m_typed + text).isEmpty()) {
        m_typed += text;
    } else if (!daysStartingWith(text).isEmpty()) {
        m_typed = text;
    } else {
        m_typed.clear();
        return;
    }
    const QDate day = dayNamed(m_typed);
    if (day.isValid() && day != date() && day >= minimumDate() && day <= maximumDate()) {
        setDate(day); // dateChanged and userDateChanged, as for a date typed
    }
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    m_typed.clear();
    QDateEdit::focusOutEvent(event);
}

} // namespace kmuni
