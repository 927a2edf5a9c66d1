// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Time.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace kmuni::time {
namespace {
std::optional<QDateTime>& fixedNow()
{
    static std::optional<QDateTime> value;
    return value;
}
} // namespace

QTimeZone berlin()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    return zone;
}

QDateTime now()
{
    return fixedNow() ? *fixedNow() : QDateTime::currentDateTimeUtc();
}

QDate today()
{
    return now().toTimeZone(berlin()).date();
}

void setNowForTesting(const QDateTime& fixed)
{
    if (fixed.isValid()) {
        fixedNow() = fixed.toUTC();
    } else {
        fixedNow().reset();
    }
}

QString toStorage(const QDateTime& instant)
{
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QDateTime fromStorage(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : dt;
}

QString toLocalKey(const QDateTime& instant)
{
    return instant.toTimeZone(berlin()).toString(u"yyyy-MM-ddTHH:mm"_s);
}

QString dateToStorage(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromStorage(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime fromBerlin(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, berlin());
}

} // namespace kmuni::time
