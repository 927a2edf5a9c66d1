// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EfreReport.h"

#include "EfreTallies.h"

#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "organisations/Organisation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni::reports {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EfreReport)
};

} // namespace

Period Period::quarterOf(const QDate& today)
{
    const int first = (today.month() - 1) / 3 * 3 + 1;
    const QDate from(today.year(), first, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

Period Period::previousQuarterOf(const QDate& today)
{
    return quarterOf(quarterOf(today).from.addDays(-1));
}

Period Period::yearOf(const QDate& today)
{
    return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
}

const Indicator* EfreReport::indicator(const QString& code) const
{
    for (const Indicator& i : indicators) {
        if (i.code == code) {
            return &i;
        }
    }
    return nullptr;
}

qint64 EfreReport::value(const QString& code) const
{
    const Indicator* i = indicator(code);
    return i ? i->value : 0;
}

QString EfreReport::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto line = [&](const QString& text) { hash.addData((text + u'\n').toUtf8()); };
    line(u"kmuni-efre-report 2"_s);
    line(project.name + u'|' + project.fundingReference + u'|' + project.indicatorSet);
    line(time::dateToStorage(requested.from) + u'|' + time::dateToStorage(requested.to));
    line(time::dateToStorage(counted.from) + u'|' + time::dateToStorage(counted.to));
    for (const Indicator& i : indicators) {
        line(i.code + u'=' + QString::number(i.value));
    }
    for (const SupportedCompany& c : companies) {
        line(u"company "_s + QString::number(c.id) + u'|' + time::dateToStorage(c.firstContact) + u'|'
            + time::dateToStorage(c.lastContact) + u'|' + QString::number(c.contacts));
    }
    for (Id id : events) {
        line(u"event "_s + QString::number(id));
    }
    for (const MatchStep& m : matchSteps) {
        line(u"match "_s + QString::number(m.matchId) + u'|' + m.stage + u'|' + time::dateToStorage(m.reachedOn));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<EfreReport> EfreReport::build(Database& db, const Period& period, const std::function<bool(int, int)>& progress)
{
    return readEfreReport(db, period, progress);
}

Result<QList<RowLine>> describe(Database& db, const QList<RowRef>& rows, int limit)
{
    const QList<RowRef> shown = rows.mid(0, limit);
    QHash<RowKind, QList<Id>> byKind;
    for (const RowRef& r : shown) {
        byKind[r.kind] << r.id;
    }
    // One statement per kind, the ids bound in chunks; names as the lists show them.
    const auto name = [](const char* alias) { return Organisation::displayNameSql(QString::fromLatin1(alias)); };
    const QHash<RowKind, QString> statements = {
        {RowKind::Organisation, u"SELECT o.id, "_s + name("o") + u", o.city FROM organisations o WHERE o.id IN (%1)"_s},
        {RowKind::Person,
            u"SELECT p.id, trim(p.title || ' ' || p.first_name || ' ' || p.last_name), coalesce("_s + name("o")
                + u", '') FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN (%1)"_s},
        {RowKind::Staff,
            u"SELECT s.id, trim(s.first_name || ' ' || s.last_name), coalesce("_s + name("o")
                + u", '') FROM staff s LEFT JOIN organisations o ON o.id = s.partner_id WHERE s.id IN (%1)"_s},
        {RowKind::Event, u"SELECT e.id, e.starts_local, e.type, e.subject FROM events e WHERE e.id IN (%1)"_s},
        {RowKind::Match,
            u"SELECT m.id, "_s + name("c") + u" || ' – ' || "_s + name("u")
                + u", m.type, m.stage FROM matches m JOIN organisations c "
                  "ON c.id = m.company_id JOIN organisations u ON u.id = m.university_id WHERE m.id IN (%1)"_s},
    };
    QHash<RowKind, QHash<Id, RowLine>> named;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const RowKind kind = it.key();
        for (qsizetype first = 0; first < it.value().size(); first += 400) {
            const QList<Id> chunk = it.value().mid(first, 400);
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            QVariantList values;
            for (Id id : chunk) {
                values << id;
            }
            QString error;
            if (!sql::run(q, statements.value(kind).arg(sql::placeholders(chunk.size())), values, &error)) {
                return Result<QList<RowLine>>::failure(error);
            }
            while (sql::next(q, &error)) {
                RowLine line{RowRef{kind, q.value(0).toLongLong()}, q.value(1).toString(), q.value(2).toString()};
                if (kind == RowKind::Event) {
                    line.title = format::localKey(q.value(1).toString()) + u" · "_s
                        + vocab::label(vocab::List::EventType, q.value(2).toString());
                    line.detail = q.value(3).toString();
                } else if (kind == RowKind::Match) {
                    line.detail = vocab::label(vocab::List::MatchType, q.value(2).toString()) + u" · "_s
                        + vocab::label(vocab::List::MatchStage, q.value(3).toString());
                }
                named[kind].insert(line.ref.id, line);
            }
            if (!error.isEmpty()) {
                return Result<QList<RowLine>>::failure(error);
            }
        }
    }
    QList<RowLine> result;
    result.reserve(shown.size());
    for (const RowRef& r : shown) {
        result << named[r.kind].value(r.id, RowLine{r, Tr::tr("(deleted)"), {}});
    }
    return result;
}

} // namespace kmuni::reports
