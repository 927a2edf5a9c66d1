// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Figures.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {

Result<Figures> Figures::compute(Database& db, const QDate& today)
{
    Figures f;
    QSqlQuery q(db.connection());
    QString error;
    // Kept by triggers (table counters): a handful of rows, whatever the size of the database.
    if (!sql::run(q, u"SELECT name, value FROM counters"_s, {}, &error)) {
        return Result<Figures>::failure(error);
    }
    {
        while (sql::next(q, &error)) {
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
    if (!error.isEmpty()) {
        return Result<Figures>::failure(error);
    }
    // Kept per month by triggers (event_month_stats).
    const auto year = sql::row(q,
        u"SELECT coalesce(sum(events), 0), coalesce(sum(minutes), 0) FROM event_month_stats "
        "WHERE month >= ? AND month <= ?"_s,
        {u"%1-01"_s.arg(today.year()), u"%1-12"_s.arg(today.year())}, [](const QSqlQuery& r) {
            return std::pair{r.value(0).toInt(), r.value(1).toInt()};
        });
    if (year.failed()) {
        return Result<Figures>::failure(year.error());
    }
    if (year) {
        f.eventsThisYear = year->first;
        f.minutesThisYear = year->second;
    }
    return f;
}

} // namespace kmuni
