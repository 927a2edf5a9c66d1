// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dashboard.h"

#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {

int Dashboard::countIn(int month) const
{
    int sum = 0;
    for (int c : counts.value(month)) {
        sum += c;
    }
    return sum;
}

QStringList Dashboard::types() const
{
    QStringList result;
    for (const QString& type : vocab::codes(vocab::List::EventType)) {
        for (int m = 1; m <= 12; ++m) {
            if (counts[m].value(type) > 0) {
                result << type;
                break;
            }
        }
    }
    return result;
}

Result<Dashboard> Dashboard::compute(Database& db, int year)
{
    Dashboard d;
    d.year = year;
    QString error;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // event_month_stats is kept by triggers on events: a dozen rows, whatever the number of activities.
    if (!sql::run(q,
            u"SELECT substr(month, 6, 2), type, events, minutes FROM event_month_stats "
            "WHERE month >= ? AND month <= ? AND events > 0"_s,
            {u"%1-01"_s.arg(year), u"%1-12"_s.arg(year)}, &error)) {
        return Result<Dashboard>::failure(error);
    }
    while (sql::next(q, &error)) {
        const int month = q.value(0).toInt();
        if (month < 1 || month > 12) {
            continue;
        }
        const int count = q.value(2).toInt();
        d.counts[month][q.value(1).toString()] += count;
        d.minutes[month] += q.value(3).toInt();
        d.total += count;
    }
    if (!error.isEmpty()) {
        return Result<Dashboard>::failure(error);
    }
    return d;
}

} // namespace kmuni
