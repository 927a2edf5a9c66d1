// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendar.h"

#include "LineFolds.h"
#include "ZoneLabels.h"
#include "common/Charsets.h"
#include "common/Time.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace kmuni::ical {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ical)
};

// ---------------------------------------------------------------------------------------------
// The first pass over the text: libical reads leniently and knows no line numbers, so the
// structure is checked here (BEGIN/END balanced, every line a property) and every VEVENT's line
// and the lines of its properties are noted, in the order libical will list the events.

/** A logical line: its continuation lines joined, with the number of its first physical line. */
struct Logical
{
    int line;
    QString text;
};

struct EventLines
{
    int line = 0;
    QHash<QString, int> properties; ///< upper-case property name → its first line
    QList<Logical> dates; ///< the RDATE and EXDATE lines, to name the one whose date cannot be read
};

struct Scan
{
    QString error;
    int errorLine = 0;
    QList<EventLines> events;
};

/** The logical lines of @p text: one that begins with a space or tab continues the line before. */
QList<Logical> unfold(const QString& text)
{
    QList<Logical> lines;
    const QStringList physical = text.split(u'\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QString l = physical[i];
        if (l.endsWith(u'\r')) {
            l.chop(1);
        }
        if ((l.startsWith(u' ') || l.startsWith(u'\t')) && !lines.isEmpty()) {
            lines.last().text += l.mid(1);
        } else if (!l.trimmed().isEmpty()) {
            lines.append(Logical{int(i + 1), l});
        }
    }
    return lines;
}

/** Where the structure check is: the open components (BEGIN and line), and whether the calendar has ended. */
struct Nesting
{
    struct Open
    {
        QString name;
        int line;
    };
    QList<Open> stack;
    bool closed = false;
};

/** Sets @p result's error in @p line; returns false. */
bool failAt(Scan& result, const QString& error, int line)
{
    result.error = error;
    result.errorLine = line;
    return false;
}

/** Checks one logical line against @p nesting and notes VEVENTs and their properties; false with @p result's error. */
bool checkLine(const Logical& l, Nesting& nesting, Scan& result)
{
    if (nesting.closed) {
        return failAt(result, Tr::tr("There is more after END:VCALENDAR; one calendar per file, please."), l.line);
    }
    QList<Nesting::Open>& stack = nesting.stack;
    const qsizetype colon = l.text.indexOf(u':');
    const qsizetype semicolon = l.text.indexOf(u';');
    const qsizetype nameEnd = semicolon >= 0 && semicolon < colon ? semicolon : colon;
    if (colon <= 0 || nameEnd <= 0) {
        return failAt(result, Tr::tr("\"%1\" is not an iCalendar line (NAME:value).").arg(l.text.left(60)), l.line);
    }
    const QString name = l.text.left(nameEnd).trimmed().toUpper();
    const QString value = l.text.mid(colon + 1).trimmed().toUpper();
    if (name == u"BEGIN"_s) {
        if (value == u"VEVENT"_s && stack.size() == 1) {
            result.events.append(EventLines{l.line, {}, {}});
        }
        stack.append(Nesting::Open{value, l.line});
    } else if (name == u"END"_s) {
        if (stack.isEmpty() || stack.last().name != value) {
            return failAt(result,
                stack.isEmpty() ? Tr::tr("END:%1 without a BEGIN:%1.").arg(value)
                                : Tr::tr("END:%1 where END:%2 was expected (BEGIN:%2 in line %3): the file is broken.")
                                      .arg(value, stack.last().name)
                                      .arg(stack.last().line),
                l.line);
        }
        stack.removeLast();
        nesting.closed = stack.isEmpty();
    } else if (stack.size() == 2 && stack.last().name == u"VEVENT"_s && !result.events.isEmpty()) {
        result.events.last().properties.insert(name, l.line); // the last one wins; fine for errors
        if (name == u"RDATE"_s || name == u"EXDATE"_s) {
            result.events.last().dates.append(l);
        }
    }
    return true;
}

/** The first pass over @p text (see above): its structure checked, its events' lines noted. */
Scan scan(const QString& text)
{
    Scan result;
    const QList<Logical> lines = unfold(text);
    if (lines.isEmpty()) {
        result.error = Tr::tr("The file is empty.");
        return result;
    }
    if (lines.first().text.trimmed().compare(u"BEGIN:VCALENDAR"_s, Qt::CaseInsensitive) != 0) {
        failAt(result, Tr::tr("This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR."),
            lines.first().line);
        return result;
    }
    Nesting nesting;
    for (const Logical& l : lines) {
        if (!checkLine(l, nesting, result)) {
            return result;
        }
    }
    if (!nesting.stack.isEmpty()) {
        failAt(result,
            Tr::tr("The file ends inside %1 (BEGIN in line %2): it is incomplete.")
                .arg(nesting.stack.last().name)
                .arg(nesting.stack.last().line),
            lines.last().line);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Time zones.

/** Where a wall time is: UTC, a zone of the file (libical) or a zone Qt knows (IANA). */
struct Zone
{
    icaltimezone* file = nullptr;
    QTimeZone qt;
    bool utc = false;
    bool fixedOffset = false; ///< an Outlook label of which only its "(UTC+01:00)" is known: no summer time
};

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString parameter(icalproperty* p, icalparameter_kind kind)
{
    icalparameter* param = icalproperty_get_first_parameter(p, kind);
    return param ? text(icalparameter_as_ical_string(param)).section(u'=', 1).remove(u'"') : QString();
}

/** The zone @p name names without a VTIMEZONE: a Windows id, UTC, an IANA id, a Windows display name. */
std::optional<Zone> namedZone(const QString& name)
{
    // The published calendars of Exchange 2010 and Outlook.com: "tzone://Microsoft/Utc".
    static const QString microsoft = u"tzone://Microsoft/"_s;
    if (name.startsWith(microsoft, Qt::CaseInsensitive) && name.size() > microsoft.size()) {
        return namedZone(name.mid(microsoft.size()));
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!windows.isEmpty()) {
        return Zone{nullptr, QTimeZone(windows), false};
    }
    if (name.compare(u"UTC"_s, Qt::CaseInsensitive) == 0 || name == u"GMT"_s || name == u"Z"_s) {
        return Zone{nullptr, {}, true};
    }
    // "Europe/Berlin", also with a prefix: "/mozilla.org/20050126_1/Europe/Berlin".
    QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
    while (!parts.isEmpty()) {
        const QByteArray id = parts.join(u'/').toUtf8();
        if (QTimeZone::isTimeZoneIdAvailable(id)) {
            return Zone{nullptr, QTimeZone(id), false};
        }
        parts.removeFirst();
    }
    if (const auto labelled = zoneOfLabel(name)) {
        return Zone{nullptr, labelled->zone, labelled->utc, labelled->fixedOffset};
    }
    return std::nullopt;
}

class Zones
{
public:
    explicit Zones(icalcomponent* calendar)
        : m_calendar(calendar)
    { }

    /**
     * The zone named @p tzid: the file's VTIMEZONE of that name, else what the name says (namedZone);
     * nothing when neither the file nor Qt knows it.
     */
    std::optional<Zone> find(const QString& tzid)
    {
        const auto it = m_cache.constFind(tzid);
        if (it != m_cache.cend()) {
            return *it;
        }
        std::optional<Zone> zone;
        if (icaltimezone* z = icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData())) {
            zone = Zone{z, {}, false};
        } else {
            zone = namedZone(tzid.trimmed());
        }
        if (zone && !zone->utc && !zone->file && !zone->qt.isValid()) {
            zone.reset();
        }
        m_cache.insert(tzid, zone);
        return zone;
    }

private:
    icalcomponent* m_calendar;
    QHash<QString, std::optional<Zone>> m_cache;
};

QDate dateOf(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

/**
 * The instant of the wall time @p wall (its fields read as UTC) in a zone whose offset at an instant is
 * @p offsetAt. At a clock change RFC 5545 3.3.5 decides: a time the clock skips (02:30 in spring) goes
 * with the offset before the change, a time it shows twice (02:30 in autumn) is its first occurrence.
 */
template <typename OffsetAt> QDateTime fromWallTime(const QDateTime& wall, OffsetAt offsetAt)
{
    const int before = offsetAt(wall.addDays(-1));
    const int after = offsetAt(wall.addDays(1));
    const QDateTime withBefore = wall.addSecs(-before);
    if (before == after) {
        return withBefore;
    }
    const QDateTime withAfter = wall.addSecs(-after);
    const bool beforeHolds = offsetAt(withBefore) == before;
    const bool afterHolds = offsetAt(withAfter) == after;
    if (beforeHolds && afterHolds) {
        return std::min(withBefore, withAfter);
    }
    return afterHolds ? withAfter : withBefore;
}

/** The instant of wall time @p t in @p zone (a date: midnight in Berlin). */
QDateTime instant(const icaltimetype& t, const Zone& zone)
{
    if (t.is_date) {
        return time::fromBerlin(dateOf(t), QTime(0, 0)).toUTC();
    }
    const QDateTime wall(dateOf(t), QTime(t.hour, t.minute, std::min(t.second, 59)), Qt::UTC);
    if (zone.utc) {
        return wall;
    }
    if (zone.file) {
        return fromWallTime(wall, [&zone](const QDateTime& at) {
            icaltimetype utc
                = icaltime_from_timet_with_zone(time_t(at.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
            int daylight = 0;
            return icaltimezone_get_utc_offset_of_utc_time(zone.file, &utc, &daylight);
        });
    }
    return fromWallTime(wall, [&zone](const QDateTime& at) { return zone.qt.offsetFromUtc(at); });
}

/** The day of @p t in @p zone: as written for a date or a wall time, the day in Berlin for UTC. */
QDate dayOf(const icaltimetype& t, const Zone& zone)
{
    return t.is_date || !zone.utc ? dateOf(t) : instant(t, zone).toTimeZone(time::berlin()).date();
}

/** "UTC+01:00", "UTC-05:00". */
QString utcOffset(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return u"UTC"_s + (seconds < 0 ? u'-' : u'+')
        + u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------------------------------------
// One VEVENT.

struct Occurrence
{
    QDateTime start; // UTC
    QString key;
};

struct Source
{
    icalcomponent* component = nullptr;
    CalendarEvent event; // the fields; start and key of the first occurrence
    icaltimetype dtstart{};
    Zone zone;
    qint64 durationSecs = 0;
    QDateTime recurrenceId; // of an override, UTC (all-day: Berlin midnight)
    QDate recurrenceDay; // of an override: the day of its RECURRENCE-ID (dayOf), for an all-day series
    bool thisAndFuture = false; // of an override: RANGE=THISANDFUTURE, it changes the later occurrences too
    bool recurring = false;
    bool failed = false;
};

QString occurrenceKey(const QString& uid, const QDateTime& start, bool allDay)
{
    return uid + u'#'
        + (allDay ? start.toTimeZone(time::berlin()).date().toString(u"yyyyMMdd"_s)
                  : start.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
}

/** A rule that matches rarely or never must not loop for long. */
constexpr int maxSteps = 200000;

/** The wall time in @p zone of @p t, a time in UTC (a floating or all-day zone: Berlin). */
icaltimetype wallTimeOf(const icaltimetype& t, const Zone& zone)
{
    icaltimetype wall = t;
    if (zone.file) {
        icaltimezone_convert_time(&wall, icaltimezone_get_utc_timezone(), zone.file);
    } else {
        const QDateTime local
            = instant(t, Zone{nullptr, {}, true}).toTimeZone(zone.qt.isValid() ? zone.qt : time::berlin());
        wall.year = local.date().year();
        wall.month = local.date().month();
        wall.day = local.date().day();
        wall.hour = local.time().hour();
        wall.minute = local.time().minute();
        wall.second = local.time().second();
    }
    wall.zone = nullptr;
    return wall;
}

/**
 * The RRULE @p p of @p s, its UNTIL in UTC turned into a wall time of DTSTART's zone, as libical
 * compares them. For an all-day series RFC 5545 wants UNTIL a date; Outlook and Exchange write the
 * last day's midnight in UTC ("UNTIL=20260817T220000Z" for the 18th in Berlin): that day, else the
 * day the time is on in UTC ("T235959Z").
 */
icalrecurrencetype ruleOf(icalproperty* p, const Source& s)
{
    icalrecurrencetype rule = icalproperty_get_rrule(p);
    if (icaltime_is_null_time(rule.until) || !icaltime_is_utc(rule.until) || (s.zone.utc && !s.dtstart.is_date)) {
        return rule;
    }
    if (s.dtstart.is_date) {
        const icaltimetype wall = wallTimeOf(rule.until, s.zone.utc ? Zone{} : s.zone);
        const bool midnight = wall.hour == 0 && wall.minute == 0 && wall.second == 0;
        const icaltimetype day = midnight ? wall : rule.until;
        rule.until = icaltime_null_date();
        rule.until.year = day.year;
        rule.until.month = day.month;
        rule.until.day = day.day;
        return rule;
    }
    rule.until = wallTimeOf(rule.until, s.zone);
    return rule;
}

using RecurIterator = std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)>;

class Reader
{
public:
    Reader(icalcomponent* calendar, const ReadOptions& options, Calendar& out)
        : m_zones(calendar)
        , m_options(options)
        , m_from(time::fromBerlin(options.from, QTime(0, 0)).toUTC())
        , m_to(time::fromBerlin(options.to.addDays(1), QTime(0, 0)).toUTC())
        , m_out(out)
    { }

    /**
     * Resolves the zone of a DTSTART-like property in @p line of the event in line @p event; nullopt
     * (and a problem) when unknown, a note the first time a zone is known by its offset only.
     */
    std::optional<Zone> zoneOf(icalproperty* p, const icaltimetype& t, int line, int event)
    {
        const auto zone = resolve(p, t);
        const QString tzid = parameter(p, ICAL_TZID_PARAMETER);
        if (!zone) {
            m_out.problems.append({line,
                Tr::tr("The time zone \"%1\" is unknown and the file does not define it (no VTIMEZONE).").arg(tzid),
                event});
        } else if (zone->fixedOffset && !m_offsetOnly.contains(tzid)) {
            m_offsetOnly.insert(tzid);
            m_out.notes.append({line,
                Tr::tr("The time zone \"%1\" is not defined in the file and not known by its name: its times are "
                       "taken as %2 all year, as it is not known whether it has summer time. Times in summer may be "
                       "an hour off.")
                    .arg(tzid, utcOffset(zone->qt.offsetFromUtc(time::now()))),
                event});
        }
        return zone;
    }

    /** The zone of a DTSTART-like property: UTC, the network's for a floating time, else its TZID's. */
    std::optional<Zone> resolve(icalproperty* p, const icaltimetype& t)
    {
        if (icaltime_is_utc(t)) {
            return Zone{nullptr, {}, true};
        }
        const QString tzid = parameter(p, ICAL_TZID_PARAMETER);
        if (tzid.isEmpty()) {
            return Zone{nullptr, time::berlin(), false}; // floating: the network's local time
        }
        return m_zones.find(tzid);
    }

    Source read(icalcomponent* ev, const EventLines& lines)
    {
        Source s;
        s.component = ev;
        CalendarEvent& e = s.event;
        e.line = lines.line;
        const auto lineOf = [&lines](const char* name) { return lines.properties.value(text(name), lines.line); };
        e.uid = text(icalcomponent_get_uid(ev)).trimmed();
        e.summary = text(icalcomponent_get_summary(ev));
        readErrors(lines, s);
        e.description = text(icalcomponent_get_description(ev));
        e.location = text(icalcomponent_get_location(ev));
        e.cancelled = icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED;
        if (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_CLASS_PROPERTY)) {
            const icalproperty_class c = icalproperty_get_class(p);
            e.confidential = c == ICAL_CLASS_PRIVATE || c == ICAL_CLASS_CONFIDENTIAL;
        }
        for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_CATEGORIES_PROPERTY)) {
            for (const QString& c : text(icalproperty_get_categories(p)).split(u',', Qt::SkipEmptyParts)) {
                e.categories << c.trimmed();
            }
        }
        // Outlook and Exchange write some all-day events as midnight to midnight in a zone, marked so.
        bool microsoftAllDay = false;
        for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
            const QString name = text(icalproperty_get_x_name(p)).toUpper();
            const QString value = text(icalproperty_get_x(p));
            if (name == u"X-MICROSOFT-CDO-ALLDAYEVENT"_s || name == u"X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT"_s) {
                microsoftAllDay = value.trimmed().compare(u"TRUE"_s, Qt::CaseInsensitive) == 0;
            } else if (name == u"X-KMUNI-TYPE"_s) {
                e.kmuniType = value.trimmed();
            } else if (name == u"X-KMUNI-OUTCOME"_s) {
                e.kmuniOutcome = value;
            } else if (name == u"X-KMUNI-UUID"_s) {
                e.kmuniUuid = value.trimmed();
            } else if (name == u"X-KMUNI-TIME-SPENT"_s) {
                bool ok = false;
                const int minutes = value.trimmed().toInt(&ok);
                e.kmuniTimeSpentMin = ok && minutes >= 0 ? minutes : -1;
            }
        }
        const auto person = [](icalproperty* prop, const char* value) {
            Attendee a;
            a.email = text(value).trimmed();
            if (a.email.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
                a.email = a.email.mid(7).trimmed();
            }
            if (!a.email.contains(u'@')) {
                // Apple writes the address as a parameter, the value being "urn:uuid:…" (RFC 7986, 6.2).
                if (const QString email = parameter(prop, ICAL_EMAIL_PARAMETER).trimmed(); email.contains(u'@')) {
                    a.email = email;
                }
            }
            a.name = parameter(prop, ICAL_CN_PARAMETER);
            a.cutype = parameter(prop, ICAL_CUTYPE_PARAMETER).toUpper();
            a.partstat = parameter(prop, ICAL_PARTSTAT_PARAMETER).toUpper();
            return a;
        };
        if (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY)) {
            e.organiser = person(p, icalproperty_get_organizer(p));
        }
        for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_ATTENDEE_PROPERTY)) {
            e.attendees << person(p, icalproperty_get_attendee(p));
        }
        if (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_CREATED_PROPERTY)) {
            e.created = instant(icalproperty_get_created(p), Zone{nullptr, {}, true});
        }
        if (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_LASTMODIFIED_PROPERTY)) {
            e.lastModified = instant(icalproperty_get_lastmodified(p), Zone{nullptr, {}, true});
        }

        // Start and duration.
        icalproperty* dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (!dtstart) {
            if (!s.failed) {
                m_out.problems.append(
                    {lines.line, Tr::tr("The event \"%1\" has no start (DTSTART).").arg(e.summary), lines.line});
            }
            s.failed = true;
            return s;
        }
        s.dtstart = icalproperty_get_dtstart(dtstart);
        const auto zone = zoneOf(dtstart, s.dtstart, lineOf("DTSTART"), lines.line);
        if (!zone) {
            s.failed = true;
            return s;
        }
        s.zone = *zone;
        const auto midnightAsDay = [microsoftAllDay](icaltimetype& t) {
            if (microsoftAllDay && !t.is_date && t.hour == 0 && t.minute == 0 && t.second == 0) {
                t.is_date = 1;
            }
        };
        midnightAsDay(s.dtstart);
        e.allDay = s.dtstart.is_date;
        e.start = instant(s.dtstart, s.zone);
        if (!e.start.isValid()) {
            // libical takes digits as a date without checking it ("39921836": month 18, day 36).
            m_out.problems.append({lineOf("DTSTART"),
                Tr::tr("The event \"%1\" starts on a day that does not exist (DTSTART).").arg(e.summary), lines.line});
            s.failed = true;
            return s;
        }
        if (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
            const icaltimetype end = icalproperty_get_dtend(p);
            if (e.allDay || end.is_date) {
                s.durationSecs = qint64(dateOf(s.dtstart).daysTo(dateOf(end))) * 86400;
            } else if (const auto endZone = zoneOf(p, end, lineOf("DTEND"), lines.line)) {
                s.durationSecs = e.start.secsTo(instant(end, *endZone));
            } else {
                s.failed = true;
                return s;
            }
            e.durationKnown = true;
        } else if (icalproperty* d = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
            s.durationSecs = icaldurationtype_as_int(icalproperty_get_duration(d));
            e.durationKnown = true;
        } else if (e.allDay) {
            s.durationSecs = 86400; // RFC 5545 3.6.1: an all-day event without an end lasts the day
            e.durationKnown = true;
        }
        s.durationSecs = std::max<qint64>(0, s.durationSecs);
        e.durationMin = int(std::min<qint64>(s.durationSecs / 60, 366 * 24 * 60));
        if (e.uid.isEmpty()) {
            // RFC 5545 requires a UID; without one the event is known by its start and summary.
            e.uid = u"no-uid-"_s
                + QString::fromLatin1(QCryptographicHash::hash(
                    (e.start.toString(Qt::ISODate) + e.summary).toUtf8(), QCryptographicHash::Sha1)
                                          .toHex()
                                          .left(16));
        }
        e.key = e.uid;
        if (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
            icaltimetype rid = icalproperty_get_recurrenceid(p);
            midnightAsDay(rid);
            const auto ridZone = zoneOf(p, rid, lineOf("RECURRENCE-ID"), lines.line);
            if (!ridZone) {
                s.failed = true;
                return s;
            }
            s.recurrenceId = instant(rid, *ridZone);
            s.recurrenceDay = dayOf(rid, *ridZone);
            const icalparameter* range = icalproperty_get_first_parameter(p, ICAL_RANGE_PARAMETER);
            s.thisAndFuture = range && icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE;
            e.key = occurrenceKey(e.uid, s.recurrenceId, rid.is_date);
        }
        s.recurring = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY)
            || icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY);
        return s;
    }

    /**
     * libical turns what it cannot read into X-LIC-ERROR: one about a time makes the event a problem,
     * a date of RDATE or EXDATE that cannot be read is left out with a note (Google's birthday
     * calendar writes "RDATE:20131210Z").
     */
    void readErrors(const EventLines& lines, Source& s)
    {
        icalcomponent* ev = s.component;
        for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_XLICERROR_PROPERTY)) {
            const QString message = text(icalproperty_get_xlicerror(p));
            const auto mentions = [&message](const char* name) { return message.contains(u' ' + text(name) + u' '); };
            if (mentions("RDATE") || mentions("EXDATE")) {
                noteUnreadableDate(message, mentions("RDATE") ? u"RDATE"_s : u"EXDATE"_s, lines, s.event);
                continue;
            }
            // Said in the user's words, not in libical's English ("Can't parse as DATE-TIME value …").
            static const std::pair<const char*, const char*> properties[] = {
                {"DTSTART", QT_TRANSLATE_NOOP("kmuni::ical", "its start")},
                {"DTEND", QT_TRANSLATE_NOOP("kmuni::ical", "its end")},
                {"DURATION", QT_TRANSLATE_NOOP("kmuni::ical", "its duration")},
                {"RRULE", QT_TRANSLATE_NOOP("kmuni::ical", "its rule of repetition")},
                {"RECURRENCE-ID", QT_TRANSLATE_NOOP("kmuni::ical", "the occurrence it changes")},
            };
            for (const auto& [name, what] : properties) {
                if (mentions(name)) {
                    m_out.problems.append({lines.properties.value(text(name), lines.line),
                        Tr::tr("The event cannot be read: %1 (%2) is no valid value.").arg(Tr::tr(what), text(name)),
                        lines.line});
                    s.failed = true;
                }
            }
        }
    }

    /** A note that a date of @p property (RDATE, EXDATE) of @p e is left out; @p message is libical's. */
    void noteUnreadableDate(
        const QString& message, const QString& property, const EventLines& lines, const CalendarEvent& e)
    {
        // libical ends its message with the value: "… Removing entire property: 20131210Z".
        const qsizetype colon = message.lastIndexOf(u": "_s);
        QString value = colon >= 0 ? message.mid(colon + 2).trimmed() : QString();
        int line = lines.properties.value(property, lines.line);
        for (const Logical& l : lines.dates) {
            const QString name = l.text.section(u':', 0, 0).section(u';', 0, 0).trimmed();
            if (name.compare(property, Qt::CaseInsensitive) == 0
                && (value.isEmpty() || l.text.section(u':', -1).contains(value))) {
                line = l.line;
                value = value.isEmpty() ? l.text.section(u':', -1).trimmed() : value;
                break;
            }
        }
        m_out.notes.append({line,
            property == u"RDATE"_s
                ? Tr::tr("\"%1\": the additional date \"%2\" (RDATE) cannot be read and is left out.")
                      .arg(e.summary, value)
                : Tr::tr("\"%1\": the excluded date \"%2\" (EXDATE) cannot be read and is ignored: the "
                         "occurrence on that day is read.")
                      .arg(e.summary, value),
            e.line});
    }

    /** The starts of @p s within the range, EXDATEs left out, at most maxOccurrences. */
    QList<Occurrence> expand(const Source& s)
    {
        const Exclusions excluded = exclusionsOf(s);
        QMap<QDateTime, bool> starts; // ordered, unique
        const auto add = [&](const QDateTime& start) {
            if (inRange(start) && !excluded.contains(start)) {
                starts.insert(start, true);
            }
        };
        add(s.event.start); // DTSTART is the first occurrence (RFC 5545 3.8.5.3)
        for (icalproperty* p = icalcomponent_get_first_property(s.component, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(s.component, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = ruleOf(p, s);
            RecurIterator it(icalrecur_iterator_new(rule, s.dtstart), &icalrecur_iterator_free);
            if (!it) {
                m_out.problems.append({s.event.line,
                    Tr::tr("The repetition rule of \"%1\" cannot be read.").arg(s.event.summary), s.event.line});
                return {};
            }
            if (rule.count == 0 && m_options.from.addDays(-2) > dateOf(s.dtstart)) {
                icaltimetype jump = s.dtstart;
                const QDate day = m_options.from.addDays(-2);
                jump.year = day.year();
                jump.month = day.month();
                jump.day = day.day();
                icalrecur_iterator_set_start(it.get(), jump); // skips the years before the range
            }
            // DTSTART counts as the first of COUNT occurrences also where it is off the rule (RFC 5545
            // 3.3.10, "Tuesday, weekly on Monday and Wednesday"); libical counts only what the rule makes.
            int left = rule.count > 0 ? rule.count : std::numeric_limits<int>::max();
            for (int step = 0; step < maxSteps && starts.size() <= m_options.maxOccurrences; ++step) {
                const icaltimetype next = icalrecur_iterator_next(it.get());
                if (icaltime_is_null_time(next)) {
                    break;
                }
                if (step == 0 && rule.count > 0 && icaltime_compare(next, s.dtstart) != 0) {
                    --left;
                }
                if (left-- <= 0) {
                    break;
                }
                const QDateTime start = instant(next, s.zone);
                if (start >= m_to) {
                    break;
                }
                add(start);
            }
        }
        for (const QDateTime& start : additionalDates(s, true)) {
            add(start);
        }
        const bool capped = starts.size() > m_options.maxOccurrences;
        QList<Occurrence> result;
        for (auto it = starts.cbegin(); it != starts.cend() && result.size() < m_options.maxOccurrences; ++it) {
            result.append({it.key(), occurrenceKey(s.event.uid, it.key(), s.event.allDay)});
        }
        if (capped) {
            m_out.notes.append({s.event.line,
                Tr::tr("\"%1\" repeats more than %n time(s) between %2 and %3; only the first %n are read.", nullptr,
                    m_options.maxOccurrences)
                    .arg(s.event.summary, m_options.from.toString(Qt::ISODate), m_options.to.toString(Qt::ISODate)),
                s.event.line});
        }
        return result;
    }

    /** A series without an end: @p count occurrences up to the end of the range are read. */
    void noteEndless(const Source& s, int count)
    {
        m_out.notes.append({s.event.line,
            Tr::tr("\"%1\" repeats without an end: its %n occurrence(s) up to %2, the end of the range for "
                   "recurring events, are read.",
                nullptr, count)
                .arg(s.event.summary, m_options.to.toString(Qt::ISODate)),
            s.event.line});
    }

    /** A note that the recurring @p s has no occurrence in the range: its first and last day, how to choose it. */
    void noteNothingInRange(const Source& s)
    {
        const auto [first, last] = span(s);
        const auto day = [](const QDateTime& t) { return t.toTimeZone(time::berlin()).date().toString(Qt::ISODate); };
        const QString from = m_options.from.toString(Qt::ISODate);
        const QString to = m_options.to.toString(Qt::ISODate);
        QString what;
        if (!last.isValid()) {
            what = Tr::tr("\"%1\" repeats from %2 on, but not between %3 and %4, so none of it is imported.")
                       .arg(s.event.summary, day(first), from, to);
        } else if (day(first) == day(last)) {
            what = Tr::tr("\"%1\" is on %2 only, not between %3 and %4, so it is not imported.")
                       .arg(s.event.summary, day(first), from, to);
        } else {
            what = Tr::tr("\"%1\" repeats from %2 to %3, but not between %4 and %5, so none of it is imported.")
                       .arg(s.event.summary, day(first), day(last), from, to);
        }
        m_out.notes.append({s.event.line,
            what + u' '
                + Tr::tr("The range for recurring events is chosen with --from and --to on the command line; in the "
                         "program it is the approved project period, else a year before and after today."),
            s.event.line});
    }

private:
    /** The occurrences an EXDATE takes out: instants, and days (all-day series, EXDATEs that are dates). */
    struct Exclusions
    {
        QSet<QDateTime> instants;
        QSet<QDate> days; // in Berlin

        bool contains(const QDateTime& start) const
        {
            return instants.contains(start) || days.contains(start.toTimeZone(time::berlin()).date());
        }
    };

    bool inRange(const QDateTime& start) const { return start >= m_from && start < m_to; }

    /**
     * The EXDATEs of @p s. Those of an all-day series are days, also when written as a time:
     * Exchange writes "EXDATE;TZID=W. Europe Standard Time:20260226T000000" for the 26th.
     */
    Exclusions exclusionsOf(const Source& s)
    {
        Exclusions out;
        for (icalproperty* p = icalcomponent_get_first_property(s.component, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(s.component, ICAL_EXDATE_PROPERTY)) {
            const icaltimetype t = icalproperty_get_exdate(p);
            if (t.is_date) {
                out.days.insert(dateOf(t));
            } else if (const auto zone = zoneOf(p, t, s.event.line, s.event.line)) {
                if (s.event.allDay) {
                    out.days.insert(dayOf(t, *zone));
                } else {
                    out.instants.insert(instant(t, *zone));
                }
            }
        }
        return out;
    }

    /** The starts the RDATEs of @p s add; with @p report, a zone that is unknown is a problem. */
    QList<QDateTime> additionalDates(const Source& s, bool report)
    {
        QList<QDateTime> starts;
        for (icalproperty* p = icalcomponent_get_first_property(s.component, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(s.component, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
            const icaltimetype t = icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time;
            const auto zone = report ? zoneOf(p, t, s.event.line, s.event.line) : resolve(p, t);
            if (zone) {
                starts << instant(t, *zone);
            }
        }
        return starts;
    }

    /** The first and the last start of @p s, EXDATEs not heeded; the last is invalid when it repeats without end. */
    std::pair<QDateTime, QDateTime> span(const Source& s)
    {
        QDateTime last = s.event.start;
        for (icalproperty* p = icalcomponent_get_first_property(s.component, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(s.component, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = ruleOf(p, s);
            if (rule.count == 0 && icaltime_is_null_time(rule.until)) {
                return {s.event.start, {}};
            }
            RecurIterator it(icalrecur_iterator_new(rule, s.dtstart), &icalrecur_iterator_free);
            for (int step = 0; it && step < maxSteps; ++step) {
                const icaltimetype next = icalrecur_iterator_next(it.get());
                if (icaltime_is_null_time(next)) {
                    break;
                }
                last = std::max(last, instant(next, s.zone));
            }
        }
        for (const QDateTime& start : additionalDates(s, false)) {
            last = std::max(last, start);
        }
        return {s.event.start, last};
    }

    Zones m_zones;
    const ReadOptions& m_options;
    const QDateTime m_from; // the range as instants: [m_from, m_to)
    const QDateTime m_to;
    Calendar& m_out;
    QSet<QString> m_offsetOnly; // the zones known by their offset only, noted once each
};

QString decode(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    // RFC 5545 3.1: a fold may split a character; it is joined before the text is read as UTF-8.
    data = io::joinSplitCharacters(data);
    bool valid = true;
    QString result = charset::fromUtf8(data, &valid);
    if (valid) {
        return result;
    }
    // An old Outlook writes Windows-1252 now and then, an old Mac calendar Mac Roman.
    charset::LegacyGuess guess;
    guess.add(data);
    return charset::decode(data, guess.result());
}

// Why read() refuses @p bytes before decoding them (too large, binary data); empty when it does not.
QString refusal(const QByteArray& bytes)
{
    if (bytes.size() > maxFileSize) {
        return Tr::tr("The file is too large for a calendar (more than %1 MB).").arg(maxFileSize / 1024 / 1024);
    }
    if (bytes.contains('\0')) {
        return Tr::tr("This is not an iCalendar file: it holds binary data.");
    }
    return {};
}

// @p given with what it leaves open filled in: a year before and after today, at least one occurrence.
ReadOptions withDefaults(const ReadOptions& given)
{
    ReadOptions options = given;
    if (!options.from.isValid()) {
        options.from = time::today().addYears(-1);
    }
    if (!options.to.isValid()) {
        options.to = time::today().addYears(1);
    }
    options.maxOccurrences = std::max(1, options.maxOccurrences);
    return options;
}

using CalendarPointer = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

// @p text as libical reads it; null when it reads nothing.
CalendarPointer parseCalendar(const QString& text)
{
    icalerror_set_errors_are_fatal(0);
    return CalendarPointer(icalparser_parse_string(text.toUtf8().constData()), &icalcomponent_free);
}

// The VEVENTs of @p calendar, in the order of the file.
QList<icalcomponent*> eventComponents(icalcomponent* calendar)
{
    QList<icalcomponent*> components;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        components << c;
    }
    return components;
}

// The overrides (RECURRENCE-ID) of a file by UID, and the UIDs of its recurring events.
struct Overrides
{
    QHash<QString, QList<qsizetype>> byUid; ///< indexes into the sources
    QSet<QString> recurringUids;
};

// The overrides of @p sources by UID, for the recurring events they change.
Overrides overridesOf(const QList<Source>& sources)
{
    Overrides result;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (sources[i].failed) {
            continue;
        }
        if (sources[i].recurrenceId.isValid()) {
            result.byUid[sources[i].event.uid] << i;
        } else if (sources[i].recurring) {
            result.recurringUids.insert(sources[i].event.uid);
        }
    }
    return result;
}

// The key of the override @p o of the recurring @p series: the occurrence it changes. For an
// all-day series that is a day, also when the RECURRENCE-ID is a time (Exchange writes
// "RECURRENCE-ID;TZID=W. Europe Standard Time:20260226T000000").
QString overrideKey(const Source& series, const Source& o)
{
    return series.event.allDay ? series.event.uid + u'#' + o.recurrenceDay.toString(u"yyyyMMdd"_s) : o.event.key;
}

// True for a series whose rule has neither COUNT nor UNTIL.
bool endless(icalcomponent* component)
{
    icalproperty* p = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY);
    if (!p) {
        return false;
    }
    const icalrecurrencetype rule = icalproperty_get_rrule(p);
    return rule.count == 0 && icaltime_is_null_time(rule.until);
}

// @p start of an occurrence moved as the THISANDFUTURE override @p f moved its own: by as many days,
// and to the time of day it moved to, on the clock of @p zone.
QDateTime movedAs(const QDateTime& start, const Source& f, const QTimeZone& zone)
{
    const QDateTime from = f.recurrenceId.toTimeZone(zone);
    const QDateTime to = f.event.start.toTimeZone(zone);
    const QDateTime local = start.toTimeZone(zone);
    return QDateTime(local.date().addDays(from.date().daysTo(to.date())), local.time(), zone)
        .addSecs(from.time().secsTo(to.time()))
        .toUTC();
}

// Adds the occurrences of the recurring @p s within [@p from, @p to) to @p out, each changed one as
// its override of @p overrides (indexes into @p sources); a note when there is none.
void placeOccurrences(const Source& s, const QList<Source>& sources, const QList<qsizetype>& overrides, Reader& reader,
    const QDateTime& from, const QDateTime& to, Calendar& out)
{
    const auto inRange = [&](const QDateTime& t) { return t >= from && t < to; };
    // A changed occurrence that names no attendees has the series' (Outlook leaves them out of a moved
    // one; Google keeps only the organiser), and its organiser where it names none.
    const auto changedEvent = [&s](const Source& c) {
        CalendarEvent e = c.event;
        if (e.attendees.isEmpty()) {
            e.attendees = s.event.attendees;
            if (e.organiser.email.isEmpty()) {
                e.organiser = s.event.organiser;
            }
        }
        return e;
    };
    QHash<QString, const Source*> changed;
    QList<const Source*> fromThereOn; // RANGE=THISANDFUTURE, by their RECURRENCE-ID
    for (qsizetype i : overrides) {
        changed.insert(overrideKey(s, sources[i]), &sources[i]);
        if (sources[i].thisAndFuture) {
            fromThereOn << &sources[i];
        }
    }
    std::sort(fromThereOn.begin(), fromThereOn.end(),
        [](const Source* a, const Source* b) { return a->recurrenceId < b->recurrenceId; });
    // The last THISANDFUTURE override at or before @p start: it changes that occurrence as it changes its
    // own, moved by as much (RFC 5545 3.8.4.4; Lotus Notes and Apple Calendar write it for "this and all
    // following").
    const auto laterChange = [&fromThereOn](const QDateTime& start) -> const Source* {
        const Source* last = nullptr;
        for (const Source* f : fromThereOn) {
            if (f->recurrenceId <= start) {
                last = f;
            }
        }
        return last;
    };
    // Moved in the series' own clock (Berlin for a series in UTC or all day): across a change to summer
    // time a meeting stays at its hour, an all-day event on its day.
    const QTimeZone zone = s.zone.qt.isValid() && !s.zone.utc && !s.event.allDay ? s.zone.qt : time::berlin();
    const qsizetype before = out.events.size();
    const qsizetype problems = out.problems.size();
    const qsizetype notes = out.notes.size(); // a series cut at maxOccurrences is said there
    QSet<QString> placed;
    for (const Occurrence& o : reader.expand(s)) {
        CalendarEvent e = s.event;
        if (const Source* c = changed.value(o.key)) {
            e = changedEvent(*c);
            placed.insert(o.key);
        } else if (const Source* f = laterChange(o.start)) {
            e = changedEvent(*f);
            e.start = movedAs(o.start, *f, zone);
            if (!inRange(e.start)) {
                continue; // moved out of the range
            }
        } else {
            e.start = o.start;
        }
        e.key = o.key;
        out.events << e;
    }
    // Moved into the range from outside it (or from beyond the cap).
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (!placed.contains(it.key()) && inRange(it.value()->event.start)) {
            CalendarEvent e = changedEvent(*it.value());
            e.key = it.key();
            out.events << e;
        }
    }
    if (out.events.size() == before && out.problems.size() == problems) {
        reader.noteNothingInRange(s);
    } else if (out.notes.size() == notes && endless(s.component)) {
        reader.noteEndless(s, int(out.events.size() - before));
    }
}

// Adds the events of @p sources to @p out in the order of the file, recurring ones expanded.
void placeEvents(const QList<Source>& sources, Reader& reader, const ReadOptions& options, Calendar& out)
{
    const Overrides overrides = overridesOf(sources);
    const QDateTime from = time::fromBerlin(options.from, QTime(0, 0));
    const QDateTime to = time::fromBerlin(options.to.addDays(1), QTime(0, 0));
    for (const Source& s : std::as_const(sources)) {
        if (s.failed) {
            continue;
        }
        if (s.recurrenceId.isValid()) {
            // An override on its own (its series is not in the file, or not recurring) is an event;
            // one of a series in the file is placed below, where its occurrence is.
            if (!overrides.recurringUids.contains(s.event.uid)) {
                out.events << s.event;
            }
            continue;
        }
        if (!s.recurring) {
            out.events << s.event;
            continue;
        }
        placeOccurrences(s, sources, overrides.byUid.value(s.event.uid), reader, from, to, out);
    }
}

// Tasks and journal entries beside the events (Thunderbird keeps its tasks in the same calendar) are not
// activities: said, with the line of the first, not left out in silence.
void noteOtherComponents(icalcomponent* calendar, const QString& text, Calendar& out)
{
    const struct
    {
        icalcomponent_kind kind;
        const char* begin;
    } others[] = {{ICAL_VTODO_COMPONENT, "BEGIN:VTODO"}, {ICAL_VJOURNAL_COMPONENT, "BEGIN:VJOURNAL"}};
    const QStringList lines = text.split(u'\n');
    for (const auto& other : others) {
        const int count = icalcomponent_count_components(calendar, other.kind);
        if (count == 0) {
            continue;
        }
        const auto first = std::find_if(lines.cbegin(), lines.cend(), [&other](const QString& line) {
            return line.trimmed().compare(QLatin1StringView(other.begin), Qt::CaseInsensitive) == 0;
        });
        const int line = first == lines.cend() ? 0 : int(first - lines.cbegin()) + 1;
        out.notes.append({line,
            other.kind == ICAL_VTODO_COMPONENT
                ? Tr::tr(
                    "The file holds %n task(s) (VTODO); tasks are not activities and are not imported.", nullptr, count)
                : Tr::tr("The file holds %n journal entry(s) (VJOURNAL); they are not activities and are not "
                         "imported.",
                    nullptr, count),
            0});
    }
}

} // namespace

Calendar read(const QByteArray& bytes, const ReadOptions& givenOptions)
{
    Calendar out;
    out.error = refusal(bytes);
    if (!out.error.isEmpty()) {
        return out;
    }
    const ReadOptions options = withDefaults(givenOptions);
    out.from = options.from;
    out.to = options.to;
    const QString textIn = decode(bytes);
    const Scan structure = scan(textIn);
    if (!structure.error.isEmpty()) {
        out.error = structure.error;
        out.errorLine = structure.errorLine;
        return out;
    }
    const CalendarPointer calendar = parseCalendar(textIn);
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
        out.error = Tr::tr("The calendar cannot be read.");
        out.errorLine = 1;
        return out;
    }
    const QList<icalcomponent*> components = eventComponents(calendar.get());
    const bool linesKnown = components.size() == structure.events.size();
    Reader reader(calendar.get(), options, out);
    QList<Source> sources;
    for (qsizetype i = 0; i < components.size(); ++i) {
        sources << reader.read(components[i], linesKnown ? structure.events[i] : EventLines{});
    }
    placeEvents(sources, reader, options, out);
    noteOtherComponents(calendar.get(), textIn, out);
    return out;
}

} // namespace kmuni::ical
