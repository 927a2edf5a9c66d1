// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"
#include "PrivateFile.h"
#include "TableWriter.h"
#include "common/Error.h"
#include "events/EventFilter.h"
#include "events/FollowUpRepository.h"
#include "matches/MatchFilter.h"
#include "organisations/OrganisationFilter.h"
#include "persons/PersonFilter.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <type_traits>

namespace kmuni {
class Database;
}

namespace kmuni::exports {

/** The lists that can be exported, as the window's list pages show them. */
enum class List
{
    Organisations,
    Persons,
    Activities,
    FollowUps,
    Matches,
};

/** "organisations", "persons", "activities", "follow-ups", "matches": the command line's names. */
QString listName(List list);
/** The list of a name of listName() (any case); false for anything else. */
bool listFromName(const QString& name, List* list);
/** The translated name of the list ("Organisations"): the XLSX sheet and the suggested file name. */
QString listTitle(List list);

/** "csv" or "xlsx" (any case) → the format; false for anything else. */
bool formatFromName(const QString& name, io::TableFormat* format);

/**
 * Which rows: the filter of the list (exactly what the list page's filter shows), and for
 * follow-ups and matches a period on top, both days included (follow-ups by due date, matches by
 * the day they started). Activities take their period from their filter (EventFilter::from/to).
 * A default-constructed filter shows every active row; follow-ups default to open ones only, as
 * the list does (set followUps.openOnly = false for all).
 */
struct Selection
{
    List list = List::Organisations;
    OrganisationFilter organisations;
    PersonFilter persons;
    EventFilter activities;
    FollowUpFilter followUps;
    MatchFilter matches;
    QDate from; ///< follow-ups (due) and matches (started): not before this day; invalid: open
    QDate to; ///< not after this day; invalid: open

    /** What a list shows with @p filter (an OrganisationFilter, PersonFilter, …): its list and that filter. */
    template <typename Filter> static Selection of(const Filter& filter)
    {
        Selection s;
        if constexpr (std::is_same_v<Filter, OrganisationFilter>) {
            s = {List::Organisations, filter, {}, {}, {}, {}, {}, {}};
        } else if constexpr (std::is_same_v<Filter, PersonFilter>) {
            s = {List::Persons, {}, filter, {}, {}, {}, {}, {}};
        } else if constexpr (std::is_same_v<Filter, EventFilter>) {
            s = {List::Activities, {}, {}, filter, {}, {}, {}, {}};
        } else if constexpr (std::is_same_v<Filter, FollowUpFilter>) {
            s = {List::FollowUps, {}, {}, {}, filter, {}, {}, {}};
        } else {
            static_assert(std::is_same_v<Filter, MatchFilter>);
            s = {List::Matches, {}, {}, {}, {}, filter, {}, {}};
        }
        return s;
    }
};

struct Options
{
    io::TableFormat format = io::TableFormat::Csv;
    csv::Dialect dialect = csv::Dialect::ExcelGerman; ///< CSV only
};

/** Called with (rows done, rows in all); returns false to cancel. */
using Progress = std::function<bool(int done, int total)>;

/** The column headers of @p list, translated ("Nachname", "E-Mail", …), in file order. */
QStringList headers(List list);

/** How many rows @p selection has. */
Result<int> count(Database& db, const Selection& selection);

/**
 * Writes the rows of @p selection to @p path as @p options say, streaming: one query read once,
 * each row written as it comes. The file is a private file (0600, temporary file, checked, renamed):
 * complete or not there at all, also when cancelled through @p progress (then *@p failure is
 * Cancelled). Columns are German-labelled as the window is; the persons' headers are those the
 * person import recognises, so that an export imports again.
 *
 * CSV: German Excel (';', UTF-8 with BOM, CRLF, TT.MM.JJJJ, decimal comma) or RFC 4180 (',',
 * UTF-8, CRLF, ISO dates, decimal point). XLSX: one sheet, dates are dates, numbers numbers, text
 * strings. Formula-like text ("=…", "+…", "-…", "@…") never runs in a spreadsheet (csv::neutralise).
 * @p rows, when given, receives the number of rows written.
 */
bool write(Database& db, const Selection& selection, const QString& path, const Options& options, QString* error,
    const Progress& progress = {}, io::Failure* failure = nullptr, int* rows = nullptr);

} // namespace kmuni::exports
