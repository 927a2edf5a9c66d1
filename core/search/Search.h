// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityKind.h"
#include "common/Error.h"
#include "common/Ids.h"

#include <QList>
#include <QString>

namespace kmuni {

class Database;

/** One result of the global search. */
struct SearchHit
{
    using Kind = EntityKind; ///< Organisation, Person, Event or Match
    Kind kind = Kind::Organisation;
    Id id = 0;
    QString title;
    QString subtitle;
    int rank = 0; ///< 0 name starts with the text, 1 name contains it, 2 other fields contain it
    QString code; ///< organisations: their kind ("company", …); persons: their organisation's id
};

/**
 * The one search over organisations, persons, activities and matches that the search field, the
 * command line and the tests use: case-insensitive, umlaut- and ß-aware ("mueller", "MÜLLER" and
 * "muller" all find Müller), ranked (names that start with the text, then names that contain it,
 * then e-mail, city, minutes …), grouped by kind. Every query it runs is an index range with a
 * limit, so its time does not grow with the database.
 */
class Search final
{
public:
    explicit Search(Database& db);

    enum KindFlag
    {
        Organisations = 1,
        Persons = 2,
        Events = 4,
        Matches = 8,
        Everything = 15
    };

    /** The longest query a search runs with, in characters; longer text is cut (see query()). */
    static constexpr int maxQueryLength = 200;

    /**
     * The text a search runs with: @p text simplified (trimmed, inner white space one space) and cut
     * to its first maxQueryLength characters (a surrogate pair is not split). No name is that long,
     * and a longer query would only cost time and memory in the full-text index.
     */
    static QString query(const QString& text);

    /**
     * At most @p limitPerKind hits of each kind in @p kinds, kinds in the order of SearchHit::Kind.
     * A @p text longer than maxQueryLength characters (after trimming) searches its first
     * maxQueryLength characters (see query()).
     */
    Result<QList<SearchHit>> run(const QString& text, int limitPerKind = 8, int kinds = Everything) const;

private:
    Database& m_db;
};

} // namespace kmuni
