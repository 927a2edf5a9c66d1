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
    // Kept by triggers (table counters): a handful of rows, whatever the size of the database.
    if (sql::run(q, u"SELECT name, value FROM counters"_s, {}, nullptr)) {
        while (q.next()) {
            const QString name = q.value(0).toString();
            const int value = q.value(1).toInt();
            if (name == u"organisation:company"_s) {
                f.companies = value;
            } else if (name == u"organisation:pilot"_s) {
                f.pilots = value;
            } else if (name == u"organisation:university"_s) {
                f.universities = value;
            } else if (name == u"organisation:institute"_s) {
                f.institutes = value;
            } else if (name == u"person"_s) {
                f.persons = value;
            } else if (name.startsWith(u"match:"_s) && name != u"match:completed"_s && name != u"match:declined"_s) {
                f.openMatches += value;
            }
        }
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
    return f;
}

} // namespace kmuni
