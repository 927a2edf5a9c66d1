// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Figures.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {

Figures Figures::compute(Database& db, const QDate& today)
{
    Figures f;
    QSqlQuery q(db.connection());
    // Counted in the (archived, kind) index, without reading the table.
    if (sql::run(q, u"SELECT kind, count(*) FROM organisations WHERE archived = 0 GROUP BY kind"_s, {}, nullptr)) {
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const int n = q.value(1).toInt();
            if (kind == u"company"_s) {
                f.companies = n;
            } else if (kind == u"university"_s) {
                f.universities = n;
            } else if (kind == u"institute"_s) {
                f.institutes = n;
            }
        }
    }
    if (sql::run(q, u"SELECT count(*) FROM organisations WHERE archived = 0 AND is_pilot = 1"_s, {}, nullptr)
        && q.next()) {
        f.pilots = q.value(0).toInt();
    }
    if (sql::run(q, u"SELECT count(*) FROM persons WHERE archived = 0"_s, {}, nullptr) && q.next()) {
        f.persons = q.value(0).toInt();
    }
    // Kept per month by triggers (event_month_stats).
    if (sql::run(q,
            u"SELECT coalesce(sum(events), 0), coalesce(sum(minutes), 0) FROM event_month_stats "
            "WHERE month >= ? AND month <= ?"_s,
            {u"%1-01"_s.arg(today.year()), u"%1-12"_s.arg(today.year())}, nullptr)
        && q.next()) {
        f.eventsThisYear = q.value(0).toInt();
        f.minutesThisYear = q.value(1).toInt();
    }
    if (sql::run(q, u"SELECT count(*) FROM matches WHERE stage NOT IN ('completed', 'declined')"_s, {}, nullptr)
        && q.next()) {
        f.openMatches = q.value(0).toInt();
    }
    return f;
}

} // namespace kmuni
