// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lists as CSV and XLSX files: one query per list, read once, each row written as it comes.
#include "ListExport.h"

#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Statement.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni::exports {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ListExport)
};

using io::CellKind;
using io::TableColumn;
using io::TableWriter;

/** Progress is told every this many rows. */
constexpr int progressEvery = 2000;

/** "First Last" of a person or staff member under table alias @p a; '' for none. */
QString fullName(const QString& a)
{
    return u"trim(coalesce(%1.first_name, '') || ' ' || coalesce(%1.last_name, ''))"_s.arg(a);
}

/** The translated labels of the vocabularies and of yes/no, looked up once per code. */
class Labels
{
public:
    const QString& of(vocab::List list, const QString& code)
    {
        QHash<QString, QString>& known = m_labels[int(list)];
        auto it = known.constFind(code);
        if (it == known.cend()) {
            it = known.insert(code, code.isEmpty() ? QString() : vocab::label(list, code));
        }
        return *it;
    }
    const QString& yesNo(bool value) const { return value ? m_yes : m_no; }

private:
    QHash<int, QHash<QString, QString>> m_labels;
    QString m_yes = Tr::tr("yes");
    QString m_no = Tr::tr("no");
};

/** One list: its query (the list's own FROM, condition and order) with the export's columns. */
struct Spec
{
    ListQuery query;
    QString joins; ///< joined after query.from for the export's extra columns
    QStringList select;
    QList<TableColumn> columns;
    std::function<void(const QSqlQuery&, TableWriter&, Labels&)> row;
};

void textOf(const QSqlQuery& q, int i, TableWriter& w)
{
    w.text(q.value(i).toString());
}

/** A stored "YYYY-MM-DD" as a date cell. */
void dateOf(const QSqlQuery& q, int i, TableWriter& w)
{
    w.date(time::dateFromStorage(q.value(i).toString()));
}

QList<TableColumn> organisationsColumns()
{
    // Columns added later come last, so that a sheet counting on the columns before keeps them.
    return {{Tr::tr("Name"), CellKind::Text, 36}, {Tr::tr("Legal form"), CellKind::Text, 14},
        {Tr::tr("Kind"), CellKind::Text, 14}, {Tr::tr("University"), CellKind::Text, 30},
        {Tr::tr("Sector"), CellKind::Text, 22}, {Tr::tr("Street"), CellKind::Text, 24},
        {Tr::tr("Postal code"), CellKind::Text, 8}, {Tr::tr("City"), CellKind::Text, 16},
        {Tr::tr("Website"), CellKind::Text, 28}, {Tr::tr("Phone"), CellKind::Text, 18},
        {Tr::tr("E-mail"), CellKind::Text, 28}, {Tr::tr("Employees"), CellKind::Integer, 10},
        {Tr::tr("SME"), CellKind::Text, 6}, {Tr::tr("Pilot participant"), CellKind::Text, 8},
        {Tr::tr("Outreach stage"), CellKind::Text, 16}, {Tr::tr("Responsible"), CellKind::Text, 20},
        {Tr::tr("Needs"), CellKind::Text, 30}, {Tr::tr("Offers"), CellKind::Text, 30},
        {Tr::tr("Notes"), CellKind::Text, 40}, {Tr::tr("Last contact"), CellKind::Date, 12},
        {Tr::tr("Archived"), CellKind::Text, 8}, {Tr::tr("Short name"), CellKind::Text, 12},
        {Tr::tr("Type of institute"), CellKind::Text, 16}};
}

// The headers the person import recognises (PersonImport): an export imports again.
QList<TableColumn> personsColumns()
{
    return {{Tr::tr("Salutation"), CellKind::Text, 8}, {Tr::tr("Title"), CellKind::Text, 10},
        {Tr::tr("First name"), CellKind::Text, 16}, {Tr::tr("Last name"), CellKind::Text, 18},
        {Tr::tr("Function"), CellKind::Text, 24}, {Tr::tr("Organisation"), CellKind::Text, 32},
        {Tr::tr("E-mail"), CellKind::Text, 28}, {Tr::tr("Phone"), CellKind::Text, 18},
        {Tr::tr("Mobile"), CellKind::Text, 18}, {Tr::tr("Notes"), CellKind::Text, 40},
        {Tr::tr("Consent date"), CellKind::Date, 12}, {Tr::tr("Do not contact"), CellKind::Text, 10},
        {Tr::tr("University (of an institute)"), CellKind::Text, 30}};
}

QList<TableColumn> activitiesColumns()
{
    return {{Tr::tr("Date"), CellKind::DateTime, 16}, {Tr::tr("Type"), CellKind::Text, 20},
        {Tr::tr("Subject"), CellKind::Text, 36}, {Tr::tr("Location"), CellKind::Text, 18},
        {Tr::tr("Organisations"), CellKind::Text, 36}, {Tr::tr("Persons"), CellKind::Text, 30},
        {Tr::tr("Staff"), CellKind::Text, 24}, {Tr::tr("Duration (min)"), CellKind::Integer, 10},
        {Tr::tr("Time spent (h)"), CellKind::Decimal, 10}, {Tr::tr("Logged by"), CellKind::Text, 20},
        {Tr::tr("Minutes"), CellKind::Text, 50}, {Tr::tr("Outcome"), CellKind::Text, 40}};
}

QList<TableColumn> followUpsColumns()
{
    return {{Tr::tr("Due"), CellKind::Date, 12}, {Tr::tr("What"), CellKind::Text, 40},
        {Tr::tr("Organisation"), CellKind::Text, 32}, {Tr::tr("Person"), CellKind::Text, 24},
        {Tr::tr("Who"), CellKind::Text, 20}, {Tr::tr("Activity"), CellKind::Text, 32},
        {Tr::tr("Done"), CellKind::Text, 8}, {Tr::tr("Done on"), CellKind::Date, 12}};
}

QList<TableColumn> matchesColumns()
{
    return {{Tr::tr("Company"), CellKind::Text, 32}, {Tr::tr("University / institute"), CellKind::Text, 32},
        {Tr::tr("Type"), CellKind::Text, 22}, {Tr::tr("Stage"), CellKind::Text, 14},
        {Tr::tr("Title"), CellKind::Text, 32}, {Tr::tr("Started on"), CellKind::Date, 12},
        {Tr::tr("Since"), CellKind::Date, 12}, {Tr::tr("Company contact"), CellKind::Text, 22},
        {Tr::tr("University contact"), CellKind::Text, 22}, {Tr::tr("Staff member"), CellKind::Text, 20},
        {Tr::tr("Graduates hired"), CellKind::Integer, 10}, {Tr::tr("Outcome"), CellKind::Text, 36},
        {Tr::tr("Notes"), CellKind::Text, 40}};
}

QList<TableColumn> columnsOf(List list)
{
    switch (list) {
    case List::Organisations:
        return organisationsColumns();
    case List::Persons:
        return personsColumns();
    case List::Activities:
        return activitiesColumns();
    case List::FollowUps:
        return followUpsColumns();
    case List::Matches:
        return matchesColumns();
    }
    return {};
}

Spec organisations(Database& db, const Selection& s)
{
    Spec spec;
    spec.query = OrganisationRepository(db).listQuery(s.organisations);
    spec.joins = u" LEFT JOIN staff rs ON rs.id = o.responsible_staff_id"_s;
    spec.select = {u"o.name"_s, u"o.legal_form"_s, u"o.kind"_s, u"parent.name"_s, u"o.sector"_s, u"o.street"_s,
        u"o.postal_code"_s, u"o.city"_s, u"o.website"_s, u"o.phone"_s, u"o.email"_s, u"o.employees"_s, u"o.is_sme"_s,
        u"o.is_pilot"_s, u"o.stage"_s, fullName(u"rs"_s), u"o.needs"_s, u"o.offers"_s, u"o.notes"_s,
        u"(SELECT max(ep.starts_local) FROM event_participants ep WHERE ep.organisation_id = o.id)"_s, u"o.archived"_s,
        u"o.short_name"_s, u"o.institute_type"_s};
    spec.row = [](const QSqlQuery& q, TableWriter& w, Labels& labels) {
        textOf(q, 0, w);
        textOf(q, 1, w);
        w.text(labels.of(vocab::List::OrganisationKind, q.value(2).toString()));
        textOf(q, 3, w);
        w.text(labels.of(vocab::List::Sector, q.value(4).toString()));
        for (int i = 5; i <= 10; ++i) {
            textOf(q, i, w);
        }
        if (q.value(11).isNull()) {
            w.empty();
        } else {
            w.integer(q.value(11).toLongLong());
        }
        w.text(labels.yesNo(q.value(12).toBool()));
        w.text(labels.yesNo(q.value(13).toBool()));
        w.text(labels.of(vocab::List::OutreachStage, q.value(14).toString()));
        for (int i = 15; i <= 18; ++i) {
            textOf(q, i, w);
        }
        w.date(time::dateFromStorage(q.value(19).toString().left(10)));
        w.text(labels.yesNo(q.value(20).toBool()));
        textOf(q, 21, w);
        w.text(labels.of(vocab::List::InstituteType, q.value(22).toString()));
    };
    return spec;
}

Spec persons(Database& db, const Selection& s)
{
    Spec spec;
    spec.query = PersonRepository(db).listQuery(s.persons);
    // The organisation with its legal form, an institute with its university: what the import needs to
    // find or make them again in another office's database.
    spec.joins = u" LEFT JOIN organisations ou ON ou.id = o.parent_id"_s;
    spec.select = {u"p.salutation"_s, u"p.title"_s, u"p.first_name"_s, u"p.last_name"_s, u"p.function"_s,
        Organisation::displayNameSql(u"o"_s), u"p.email"_s, u"p.phone"_s, u"p.mobile"_s, u"p.notes"_s,
        u"p.consent_date"_s, u"p.do_not_contact"_s, Organisation::displayNameSql(u"ou"_s)};
    spec.row = [](const QSqlQuery& q, TableWriter& w, Labels& labels) {
        w.text(labels.of(vocab::List::Salutation, q.value(0).toString()));
        for (int i = 1; i <= 9; ++i) {
            textOf(q, i, w);
        }
        dateOf(q, 10, w);
        w.text(labels.yesNo(q.value(11).toBool()));
        textOf(q, 12, w); // last, so that a sheet counting on the columns before keeps them
    };
    return spec;
}

Spec activities(Database& db, const Selection& s)
{
    Spec spec;
    spec.query = EventRepository(db).listQuery(s.activities);
    spec.select = {u"e.starts_local"_s, u"e.type"_s, u"e.subject"_s, u"e.location"_s,
        u"(SELECT group_concat(o.name, ', ') FROM event_participants ep JOIN organisations o "
        "ON o.id = ep.organisation_id WHERE ep.event_id = e.id)"_s,
        u"(SELECT group_concat(%1, ', ') FROM event_participants ep JOIN persons pp "
        "ON pp.id = ep.person_id WHERE ep.event_id = e.id)"_s.arg(fullName(u"pp"_s)),
        u"(SELECT group_concat(%1, ', ') FROM event_participants ep JOIN staff ps "
        "ON ps.id = ep.staff_id WHERE ep.event_id = e.id)"_s.arg(fullName(u"ps"_s)),
        u"e.duration_min"_s, u"e.time_spent_min"_s, fullName(u"s"_s), u"e.minutes"_s, u"e.outcome"_s};
    spec.row = [](const QSqlQuery& q, TableWriter& w, Labels& labels) {
        // Berlin wall time as stored: "2026-11-26T10:30".
        const QString start = q.value(0).toString();
        w.dateTime(QDate::fromString(start.left(10), Qt::ISODate), QTime::fromString(start.mid(11, 5), u"HH:mm"_s));
        w.text(labels.of(vocab::List::EventType, q.value(1).toString()));
        for (int i = 2; i <= 6; ++i) {
            textOf(q, i, w);
        }
        w.integer(q.value(7).toLongLong());
        w.decimal(q.value(8).toLongLong() / 60.0);
        for (int i = 9; i <= 11; ++i) {
            textOf(q, i, w);
        }
    };
    return spec;
}

Spec followUps(Database& db, const Selection& s)
{
    Spec spec;
    spec.query = FollowUpRepository(db).listQuery(s.followUps);
    spec.joins = u" LEFT JOIN events ev ON ev.id = f.event_id"_s;
    if (s.from.isValid()) {
        spec.query.condition.add(u"f.due_date >= ?"_s, {time::dateToStorage(s.from)});
    }
    if (s.to.isValid()) {
        spec.query.condition.add(u"f.due_date <= ?"_s, {time::dateToStorage(s.to)});
    }
    spec.select = {u"f.due_date"_s, u"f.title"_s, u"o.name"_s, fullName(u"p"_s), fullName(u"s"_s), u"ev.subject"_s,
        u"f.done"_s, u"f.done_at"_s};
    spec.row = [](const QSqlQuery& q, TableWriter& w, Labels& labels) {
        dateOf(q, 0, w);
        for (int i = 1; i <= 5; ++i) {
            textOf(q, i, w);
        }
        w.text(labels.yesNo(q.value(6).toBool()));
        const QString doneAt = q.value(7).toString();
        w.date(doneAt.isEmpty() ? QDate() : time::fromStorage(doneAt).toTimeZone(time::berlin()).date());
    };
    return spec;
}

Spec matches(Database& db, const Selection& s)
{
    Spec spec;
    spec.query = MatchRepository(db).listQuery(s.matches);
    spec.joins = u" LEFT JOIN persons cp ON cp.id = m.company_person_id LEFT JOIN persons up ON up.id = "
                 "m.university_person_id LEFT JOIN staff ms ON ms.id = m.staff_id"_s;
    if (s.from.isValid()) {
        spec.query.condition.add(u"m.started_on >= ?"_s, {time::dateToStorage(s.from)});
    }
    if (s.to.isValid()) {
        spec.query.condition.add(u"m.started_on <= ?"_s, {time::dateToStorage(s.to)});
    }
    spec.select = {u"c.name"_s, u"u.name"_s, u"m.type"_s, u"m.stage"_s, u"m.title"_s, u"m.started_on"_s,
        u"m.stage_changed_on"_s, fullName(u"cp"_s), fullName(u"up"_s), fullName(u"ms"_s), u"m.graduates_hired"_s,
        u"m.outcome"_s, u"m.notes"_s};
    spec.row = [](const QSqlQuery& q, TableWriter& w, Labels& labels) {
        textOf(q, 0, w);
        textOf(q, 1, w);
        w.text(labels.of(vocab::List::MatchType, q.value(2).toString()));
        w.text(labels.of(vocab::List::MatchStage, q.value(3).toString()));
        textOf(q, 4, w);
        dateOf(q, 5, w);
        dateOf(q, 6, w);
        for (int i = 7; i <= 9; ++i) {
            textOf(q, i, w);
        }
        w.integer(q.value(10).toLongLong());
        textOf(q, 11, w);
        textOf(q, 12, w);
    };
    return spec;
}

Spec specOf(Database& db, const Selection& s)
{
    Spec spec;
    switch (s.list) {
    case List::Organisations:
        spec = organisations(db, s);
        break;
    case List::Persons:
        spec = persons(db, s);
        break;
    case List::Activities:
        spec = activities(db, s);
        break;
    case List::FollowUps:
        spec = followUps(db, s);
        break;
    case List::Matches:
        spec = matches(db, s);
        break;
    }
    spec.columns = columnsOf(s.list);
    Q_ASSERT(spec.columns.size() == spec.select.size());
    return spec;
}

QString whereOf(const SqlCondition& c)
{
    return c.clauses.isEmpty() ? QString() : u" WHERE "_s + c.where();
}

Result<int> countOf(Database& db, const Spec& spec)
{
    QSqlQuery q(db.connection());
    return sql::row(q, u"SELECT count(*) FROM "_s + spec.query.baseFrom + whereOf(spec.query.condition),
        spec.query.condition.values, [](const QSqlQuery& r) { return r.value(0).toInt(); });
}

const std::pair<List, const char*> names[] = {
    {List::Organisations, "organisations"},
    {List::Persons, "persons"},
    {List::Activities, "activities"},
    {List::FollowUps, "follow-ups"},
    {List::Matches, "matches"},
};

} // namespace

QString listName(List list)
{
    for (const auto& [l, name] : names) {
        if (l == list) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

bool listFromName(const QString& name, List* list)
{
    for (const auto& [l, n] : names) {
        if (name.trimmed().compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0) {
            *list = l;
            return true;
        }
    }
    return false;
}

QString listTitle(List list)
{
    switch (list) {
    case List::Organisations:
        return Tr::tr("Organisations");
    case List::Persons:
        return Tr::tr("Contact persons");
    case List::Activities:
        return Tr::tr("Activities");
    case List::FollowUps:
        return Tr::tr("Follow-ups");
    case List::Matches:
        return Tr::tr("Matches");
    }
    return {};
}

bool formatFromName(const QString& name, io::TableFormat* format)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv"_s) {
        *format = io::TableFormat::Csv;
    } else if (n == u"xlsx"_s) {
        *format = io::TableFormat::Xlsx;
    } else {
        return false;
    }
    return true;
}

QStringList headers(List list)
{
    QStringList titles;
    for (const TableColumn& c : columnsOf(list)) {
        titles << c.title;
    }
    return titles;
}

Result<int> count(Database& db, const Selection& selection)
{
    return countOf(db, specOf(db, selection));
}

bool write(Database& db, const Selection& selection, const QString& path, const Options& options, QString* error,
    const Progress& progress, io::Failure* failure, int* rows)
{
    const Spec spec = specOf(db, selection);
    const auto total = countOf(db, spec);
    if (total.failed()) {
        io::failed(failure, io::Failure::Database);
        return fail(error, Tr::tr("The list cannot be read from the database: %1").arg(total.error()));
    }
    if (rows) {
        *rows = 0;
    }
    QStringList order = spec.query.orderBy;
    if (spec.query.descending) {
        for (QString& term : order) {
            term += u" DESC"_s;
        }
    }
    const QString statement = u"SELECT "_s + spec.select.join(u", "_s) + u" FROM "_s + spec.query.from + spec.joins
        + whereOf(spec.query.condition) + u" ORDER BY "_s + order.join(u", "_s);
    const auto fill = [&](TableWriter& w, QString* fillError, io::Failure* fillFailure) {
        if (*total + 1 > w.maxRows()) {
            io::failed(fillFailure, io::Failure::Path);
            return fail(fillError,
                Tr::tr("%L1 rows are more than an XLSX sheet holds (%L2): export them as CSV, or narrow the filter.")
                    .arg(*total)
                    .arg(w.maxRows() - 1));
        }
        // The rows come in the list's order, not the table's, so pages are read again and again:
        // mapped into memory (for this read only, up to what SQLite's build allows) they cost no
        // read() and no copy each time. Measured on 500k persons: the read takes about half as long.
        // The file is local (WAL needs that); tuning only, so a failure is no error.
        const sqlite::ScopedPragma mapped(db.handle(), "mmap_size", qint64(2) << 30);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        QString readError;
        Labels labels;
        int done = 0;
        if (sql::run(q, statement, spec.query.condition.values, &readError)) {
            while (sql::next(q, &readError)) {
                spec.row(q, w, labels);
                w.endRow(); // a failed write is found when the file is committed
                ++done;
                if (progress && done % progressEvery == 0 && !progress(done, std::max(done, *total))) {
                    io::failed(fillFailure, io::Failure::Cancelled);
                    return fail(fillError, Tr::tr("Cancelled."));
                }
            }
        }
        if (!readError.isEmpty()) {
            io::failed(fillFailure, io::Failure::Database);
            return fail(fillError, Tr::tr("The list cannot be read from the database: %1").arg(readError));
        }
        if (progress && !progress(done, std::max(done, *total))) {
            io::failed(fillFailure, io::Failure::Cancelled);
            return fail(fillError, Tr::tr("Cancelled."));
        }
        if (rows) {
            *rows = done;
        }
        return true;
    };
    return io::writeTable(
        path, options.format, options.dialect, listTitle(selection.list), spec.columns, fill, error, failure);
}

} // namespace kmuni::exports
