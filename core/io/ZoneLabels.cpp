// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneLabels.h"

#include "common/Time.h"

#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace kmuni::ical {
namespace {

/** Lower case, letters and digits only, one space between words: "Time (US & Canada)" → "time us canada". */
QString folded(const QString& text)
{
    QString out;
    bool gap = false;
    for (const QChar c : text.toCaseFolded()) {
        if (!c.isLetterOrNumber()) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty()) {
            out += u' ';
        }
        out += c;
        gap = false;
    }
    return out;
}

struct Label
{
    const char* name; ///< folded, UTF-8
    const char* zone; ///< IANA
};

// The display names of Windows time zones (English and German Windows) that Outlook Web App and
// Exchange write as TZID, without their "(UTC+01:00)", folded: those that name no city, and those
// whose first city is not the zone Windows means.
constexpr Label displayNames[] = {
    {"amsterdam berlin bern rome stockholm vienna", "Europe/Berlin"},
    {"amsterdam berlin bern rom stockholm wien", "Europe/Berlin"},
    {"dublin edinburgh lisbon london", "Europe/London"},
    {"dublin edinburgh lissabon london", "Europe/London"},
    {"greenwich mean time dublin edinburgh lisbon london", "Europe/London"},
    {"greenwich mean time dublin edinburgh lissabon london", "Europe/London"},
    {"coordinated universal time", "UTC"},
    {"koordinierte weltzeit", "UTC"},
    {"eastern time us canada", "America/New_York"},
    {"eastern time usa kanada", "America/New_York"},
    {"central time us canada", "America/Chicago"},
    {"central time usa kanada", "America/Chicago"},
    {"mountain time us canada", "America/Denver"},
    {"mountain time usa kanada", "America/Denver"},
    {"pacific time us canada", "America/Los_Angeles"},
    {"pacific time usa kanada", "America/Los_Angeles"},
    {"pacific time us canada tijuana", "America/Los_Angeles"},
    {"pacific time usa kanada tijuana", "America/Los_Angeles"},
    {"alaska", "America/Anchorage"},
    {"hawaii", "Pacific/Honolulu"},
    {"arizona", "America/Phoenix"},
    {"indiana east", "America/Indiana/Indianapolis"},
    {"indiana ost", "America/Indiana/Indianapolis"},
    {"atlantic time canada", "America/Halifax"},
    {"atlantic time kanada", "America/Halifax"},
    {"newfoundland", "America/St_Johns"},
    {"neufundland", "America/St_Johns"},
    {"saskatchewan", "America/Regina"},
};

// The cities of those display names, English and German, for the names not listed above (Windows
// rewords them now and then): "(UTC+01:00) Belgrad, Bratislava (Pressburg), …" is Belgrade's zone.
constexpr Label cities[] = {
    {"amsterdam", "Europe/Amsterdam"},
    {"athens", "Europe/Athens"},
    {"athen", "Europe/Athens"},
    {"belgrade", "Europe/Belgrade"},
    {"belgrad", "Europe/Belgrade"},
    {"berlin", "Europe/Berlin"},
    {"bern", "Europe/Zurich"},
    {"bratislava", "Europe/Bratislava"},
    {"brussels", "Europe/Brussels"},
    {"br\xc3\xbcssel", "Europe/Brussels"},
    {"bucharest", "Europe/Bucharest"},
    {"bukarest", "Europe/Bucharest"},
    {"budapest", "Europe/Budapest"},
    {"chisinau", "Europe/Chisinau"},
    {"copenhagen", "Europe/Copenhagen"},
    {"kopenhagen", "Europe/Copenhagen"},
    {"dublin", "Europe/London"}, // the same clock; Europe/Dublin's winter time is a "negative summer time"
    {"edinburgh", "Europe/London"},
    {"helsinki", "Europe/Helsinki"},
    {"istanbul", "Europe/Istanbul"},
    {"kaliningrad", "Europe/Kaliningrad"},
    {"kyiv", "Europe/Kiev"},
    {"kiev", "Europe/Kiev"},
    {"kiew", "Europe/Kiev"},
    {"lisbon", "Europe/Lisbon"},
    {"lissabon", "Europe/Lisbon"},
    {"ljubljana", "Europe/Ljubljana"},
    {"london", "Europe/London"},
    {"madrid", "Europe/Madrid"},
    {"minsk", "Europe/Minsk"},
    {"moscow", "Europe/Moscow"},
    {"moskau", "Europe/Moscow"},
    {"paris", "Europe/Paris"},
    {"prague", "Europe/Prague"},
    {"prag", "Europe/Prague"},
    {"reykjavik", "Atlantic/Reykjavik"},
    {"riga", "Europe/Riga"},
    {"rome", "Europe/Rome"},
    {"rom", "Europe/Rome"},
    {"sarajevo", "Europe/Sarajevo"},
    {"skopje", "Europe/Skopje"},
    {"sofia", "Europe/Sofia"},
    {"stockholm", "Europe/Stockholm"},
    {"tallinn", "Europe/Tallinn"},
    {"vienna", "Europe/Vienna"},
    {"wien", "Europe/Vienna"},
    {"vilnius", "Europe/Vilnius"},
    {"wilna", "Europe/Vilnius"},
    {"warsaw", "Europe/Warsaw"},
    {"warschau", "Europe/Warsaw"},
    {"zagreb", "Europe/Zagreb"},
    {"canberra", "Australia/Sydney"},
    {"sydney", "Australia/Sydney"},
    {"brisbane", "Australia/Brisbane"},
    {"perth", "Australia/Perth"},
    {"auckland", "Pacific/Auckland"},
    {"osaka", "Asia/Tokyo"},
    {"tokyo", "Asia/Tokyo"},
    {"tokio", "Asia/Tokyo"},
    {"beijing", "Asia/Shanghai"},
    {"peking", "Asia/Shanghai"},
    {"kuala lumpur", "Asia/Kuala_Lumpur"},
    {"singapore", "Asia/Singapore"},
    {"singapur", "Asia/Singapore"},
    {"chennai", "Asia/Kolkata"},
    {"abu dhabi", "Asia/Dubai"},
    {"jerusalem", "Asia/Jerusalem"},
};

/** The zone @p name names in @p labels (folded), or an invalid one. */
template <std::size_t N> QTimeZone listed(const Label (&labels)[N], const QString& name)
{
    for (const Label& l : labels) {
        if (name == QString::fromUtf8(l.name) && QTimeZone::isTimeZoneIdAvailable(l.zone)) {
            return QTimeZone(l.zone);
        }
    }
    return {};
}

/** The zone of the first city of @p names ("Belgrad, Bratislava (Pressburg), …") whose standard time is @p offset. */
QTimeZone cityZone(const QString& names, int offset)
{
    static const QRegularExpression separator(uR"([,;:])"_s);
    static const QRegularExpression parenthesis(uR"(\([^)]*\))"_s);
    for (QString city : names.split(separator, Qt::SkipEmptyParts)) {
        const QTimeZone zone = listed(cities, folded(city.remove(parenthesis)));
        if (zone.isValid() && zone.standardTimeOffset(time::now()) == offset) {
            return zone;
        }
    }
    return {};
}

} // namespace

std::optional<LabelledZone> zoneOfLabel(const QString& name)
{
    static const QRegularExpression prefix(
        uR"(^\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*(.*)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = prefix.match(name);
    QTimeZone zone = listed(displayNames, folded(m.hasMatch() ? m.captured(4) : name));
    if (!zone.isValid() && !m.hasMatch()) {
        return std::nullopt; // not a label of Outlook's
    }
    const int offset = (m.captured(1) == u"-"_s ? -1 : 1) * (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60);
    if (!zone.isValid()) {
        zone = cityZone(m.captured(4), offset);
    }
    if (zone.isValid()) {
        return zone.id() == "UTC" ? LabelledZone{{}, true, false} : LabelledZone{zone, false, false};
    }
    if (std::abs(offset) > 14 * 3600) {
        return std::nullopt;
    }
    return LabelledZone{QTimeZone(offset), false, true};
}

} // namespace kmuni::ical
