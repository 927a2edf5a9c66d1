// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include "Time.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kmuni::format {

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}

QString dateTime(const QDateTime& instant)
{
    return instant.isValid() ? instant.toTimeZone(time::berlin()).toString(u"dd.MM.yyyy HH:mm"_s) : QString();
}

QString period(const QDateTime& start, int minutes)
{
    const QDateTime from = start.toTimeZone(time::berlin());
    const QDateTime to = from.addSecs(qint64(minutes) * 60);
    if (minutes > 0 && minutes % (24 * 60) == 0 && from.time() == QTime(0, 0)) {
        const QDate last = from.date().addDays(minutes / (24 * 60) - 1); // 25 hours on 25 October
        return last == from.date() ? date(from.date()) : date(from.date()) + u" – "_s + date(last);
    }
    if (minutes <= 0) {
        return dateTime(start);
    }
    return dateTime(start) + u" – "_s + (to.date() == from.date() ? to.toString(u"HH:mm"_s) : dateTime(to));
}

QString localKey(const QString& key)
{
    if (key.size() < 10) {
        return key;
    }
    const QString day = key.mid(8, 2) + u'.' + key.mid(5, 2) + u'.' + key.left(4);
    return key.size() >= 16 ? day + u' ' + key.mid(11, 5) : day;
}

QString hours(int minutes)
{
    // Two decimals, so that a quarter hour reads as it was entered; a second zero says nothing.
    QString text = QLocale().toString(minutes / 60.0, 'f', 2);
    if (text.endsWith(u'0')) {
        text.chop(1);
    }
    return text;
}

QString hoursMinutes(qint64 minutes)
{
    const qint64 magnitude = minutes < 0 ? -minutes : minutes;
    return (minutes < 0 ? u"-"_s : QString()) + QString::number(magnitude / 60) + u':'
        + QString::number(magnitude % 60).rightJustified(2, u'0');
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace kmuni::format
