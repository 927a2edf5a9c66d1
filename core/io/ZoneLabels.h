// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace kmuni::ical {

/** The zone a label names: UTC, a zone Qt knows, or only a fixed offset (no summer time known). */
struct LabelledZone
{
    QTimeZone zone; ///< invalid for UTC
    bool utc = false;
    bool fixedOffset = false; ///< only the label's "(UTC+01:00)" is known
};

/**
 * The zone of a Windows display name as Outlook Web App and Exchange write it as TZID without a
 * VTIMEZONE: "(UTC-05:00) Eastern Time (US & Canada)", "(UTC+01:00) Amsterdam, Berlin, Bern, Rom,
 * Stockholm, Wien" (English and German Windows). A reworded name is found by its cities, checked
 * against its offset; a name not known is taken at the offset of its "(UTC+01:00)" all year.
 * Nothing for a name that is no such label.
 */
std::optional<LabelledZone> zoneOfLabel(const QString& name);

} // namespace kmuni::ical
