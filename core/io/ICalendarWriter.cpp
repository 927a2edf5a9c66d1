// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing iCalendar files (RFC 5545): the activities as VEVENTs in Europe/Berlin.
#include "ICalendar.h"

#include "common/Time.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::ical {

QString escapeText(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u';':
            out += u"\\;"_s;
            break;
        case u',':
            out += u"\\,"_s;
            break;
        case u'\r':
            if (i + 1 < value.size() && value[i + 1] == u'\n') {
                break; // CRLF: the LF writes the line break
            }
            out += u"\\n"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray& line)
{
    constexpr qsizetype limit = 75;
    if (line.size() <= limit) {
        return line;
    }
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = limit; // the first line has 75 octets, the others 74 after their space
    while (pos < line.size()) {
        qsizetype end = std::min(line.size(), pos + room);
        // Never inside a UTF-8 sequence: back up while the next byte is a continuation byte.
        while (end < line.size() && end > pos && (uchar(line[end]) & 0xC0) == 0x80) {
            --end;
        }
        if (pos > 0) {
            out += "\r\n ";
        }
        out += line.mid(pos, end - pos);
        pos = end;
        room = limit - 1;
    }
    return out;
}

namespace {

const char* const berlinZone = "BEGIN:VTIMEZONE\r\n"
                               "TZID:Europe/Berlin\r\n"
                               "X-LIC-LOCATION:Europe/Berlin\r\n"
                               "BEGIN:DAYLIGHT\r\n"
                               "TZOFFSETFROM:+0100\r\n"
                               "TZOFFSETTO:+0200\r\n"
                               "TZNAME:CEST\r\n"
                               "DTSTART:19700329T020000\r\n"
                               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                               "END:DAYLIGHT\r\n"
                               "BEGIN:STANDARD\r\n"
                               "TZOFFSETFROM:+0200\r\n"
                               "TZOFFSETTO:+0100\r\n"
                               "TZNAME:CET\r\n"
                               "DTSTART:19701025T030000\r\n"
                               "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                               "END:STANDARD\r\n"
                               "END:VTIMEZONE\r\n";

QString utcStamp(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

/** A parameter value, quoted when it holds a character that would end it (RFC 5545 3.2). */
QString paramValue(const QString& value)
{
    QString v = value;
    v.remove(u'"');
    v.replace(u'\n', u' ').remove(u'\r');
    return v.contains(u':') || v.contains(u';') || v.contains(u',') ? u'"' + v + u'"' : v;
}

} // namespace

QByteArray write(const QList<CalendarEvent>& events)
{
    QByteArray out;
    const auto line = [&out](const QString& l) {
        out += foldLine(l.toUtf8());
        out += "\r\n";
    };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//KMUni CRM//KMUni CRM %1//DE"_s.arg(QCoreApplication::applicationVersion()));
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    out += berlinZone;
    const QString stamp = utcStamp(time::now());
    for (const CalendarEvent& e : events) {
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + escapeText(e.uid));
        line(u"DTSTAMP:"_s + stamp);
        const QDateTime local = e.start.toTimeZone(time::berlin());
        if (e.allDay) {
            const int days = std::max(1, (e.durationMin + 24 * 60 - 1) / (24 * 60));
            line(u"DTSTART;VALUE=DATE:"_s + local.date().toString(u"yyyyMMdd"_s));
            line(u"DTEND;VALUE=DATE:"_s + local.date().addDays(days).toString(u"yyyyMMdd"_s));
        } else {
            const QDateTime end = e.start.addSecs(qint64(e.durationMin) * 60).toTimeZone(time::berlin());
            line(u"DTSTART;TZID=Europe/Berlin:"_s + local.toString(u"yyyyMMdd'T'HHmmss"_s));
            line(u"DTEND;TZID=Europe/Berlin:"_s + end.toString(u"yyyyMMdd'T'HHmmss"_s));
        }
        line(u"SUMMARY:"_s + escapeText(e.summary));
        if (!e.location.isEmpty()) {
            line(u"LOCATION:"_s + escapeText(e.location));
        }
        if (!e.description.isEmpty()) {
            line(u"DESCRIPTION:"_s + escapeText(e.description));
        }
        if (!e.categories.isEmpty()) {
            QStringList escaped;
            for (const QString& c : e.categories) {
                escaped << escapeText(c);
            }
            line(u"CATEGORIES:"_s + escaped.join(u','));
        }
        if (!e.kmuniType.isEmpty()) {
            line(u"X-KMUNI-TYPE:"_s + escapeText(e.kmuniType));
        }
        if (!e.kmuniOutcome.isEmpty()) {
            line(u"X-KMUNI-OUTCOME:"_s + escapeText(e.kmuniOutcome));
        }
        if (!e.kmuniUuid.isEmpty()) {
            line(u"X-KMUNI-UUID:"_s + e.kmuniUuid);
        }
        if (e.kmuniTimeSpentMin >= 0) {
            line(u"X-KMUNI-TIME-SPENT:"_s + QString::number(e.kmuniTimeSpentMin));
        }
        if (!e.organiser.email.isEmpty()) {
            line(u"ORGANIZER"_s + (e.organiser.name.isEmpty() ? QString() : u";CN="_s + paramValue(e.organiser.name))
                + u":mailto:"_s + e.organiser.email);
        }
        for (const Attendee& a : e.attendees) {
            QString l = u"ATTENDEE"_s;
            if (!a.cutype.isEmpty()) {
                l += u";CUTYPE="_s + paramValue(a.cutype);
            }
            if (!a.partstat.isEmpty()) {
                l += u";PARTSTAT="_s + paramValue(a.partstat);
            }
            if (!a.name.isEmpty()) {
                l += u";CN="_s + paramValue(a.name);
            }
            const bool uri = a.email.startsWith(u"urn:"_s, Qt::CaseInsensitive);
            line(l + (uri ? u":"_s : u":mailto:"_s) + a.email);
        }
        if (e.created.isValid()) {
            line(u"CREATED:"_s + utcStamp(e.created));
        }
        if (e.lastModified.isValid()) {
            line(u"LAST-MODIFIED:"_s + utcStamp(e.lastModified));
        }
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace kmuni::ical
