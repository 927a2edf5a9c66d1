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
    if (sql::run(q,
            u"SELECT sum(kind = 'company'), sum(kind = 'company' AND is_pilot = 1), sum(kind = 'university'), "
            "sum(kind = 'institute') FROM organisations WHERE archived = 0"_s,
            {}, nullptr)
        && q.next()) {
        f.companies = q.value(0).toInt();
        f.pilots = q.value(1).toInt();
        f.universities = q.value(2).toInt();
        f.institutes = q.value(3).toInt();
    }
    if (sql::run(q, u"SELECT count(*) FROM persons WHERE archived = 0"_s, {}, nullptr) && q.next()) {
        f.persons = q.value(0).toInt();
    }
    const QString from = QDate(today.year(), 1, 1).toString(Qt::ISODate);
    const QString to = QDate(today.year() + 1, 1, 1).toString(Qt::ISODate);
    if (sql::run(q,
            u"SELECT count(*), coalesce(sum(time_spent_min), 0) FROM events WHERE starts_local >= ? AND starts_local < ?"_s,
            {from, to}, nullptr)
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
