// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventImport.h"

#include "EventIcsExport.h"
#include "ICalendar.h"
#include "common/Error.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EventImport)
};

/** Ids by folded e-mail address, read once for the whole import. */
struct Directory
{
    QHash<QString, Id> persons;
    QHash<QString, Id> organisations;
    QHash<QString, Id> staff;
};

QString emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

bool loadDirectory(Database& db, Directory& d, QString* error)
{
    const std::pair<const char*, QHash<QString, Id>*> tables[] = {
        {"SELECT id, email FROM persons WHERE email <> '' ORDER BY archived, id", &d.persons},
        {"SELECT id, email FROM organisations WHERE email <> '' ORDER BY archived, id", &d.organisations},
        {"SELECT id, email FROM staff WHERE email <> '' ORDER BY active DESC, id", &d.staff},
    };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (const auto& [statement, target] : tables) {
        if (!sql::run(q, QString::fromLatin1(statement), {}, error)) {
            return false;
        }
        while (sql::next(q, error)) {
            const QString key = emailKey(q.value(1).toString());
            if (!target->contains(key)) { // the first (not archived, oldest) wins
                target->insert(key, q.value(0).toLongLong());
            }
        }
        if (error && !error->isEmpty()) {
            return false;
        }
    }
    return true;
}

/** The activity type an event names: X-KMUNI-TYPE, else a category that is a type's code or label. */
QString typeOf(const ical::CalendarEvent& e)
{
    if (vocab::contains(vocab::List::EventType, e.kmuniType)) {
        return e.kmuniType;
    }
    for (const QString& category : e.categories) {
        for (const QString& code : vocab::codes(vocab::List::EventType)) {
            if (category.compare(code, Qt::CaseInsensitive) == 0
                || category.compare(vocab::label(vocab::List::EventType, code), Qt::CaseInsensitive) == 0) {
                return code;
            }
        }
    }
    return {};
}

bool hasParticipant(const Event& e, const Participant& p)
{
    return std::any_of(e.participants.cbegin(), e.participants.cend(),
        [&p](const Participant& o) { return o.kind == p.kind && o.refId == p.refId; });
}

/** What will happen to one event of the file. */
struct Plan
{
    Event event;
    QString key;
    int line = 0;
    bool existing = false;
    bool needsKey = false; ///< source_uid to be set
    bool onlyKey = false; ///< nothing but source_uid to be set
};

Result<Id> findBy(QSqlQuery& q, const QString& statement, const QString& value)
{
    return sql::row(q, statement, {value}, [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
}

void addIssue(QList<EventImportReport::Issue>& issues, int line, const QString& message)
{
    if (!issues.isEmpty() && issues.last().line == line && issues.last().message == message) {
        ++issues.last().times;
        return;
    }
    issues.append({line, message, 1});
}

QString issueLine(const EventImportReport::Issue& issue)
{
    return issue.times > 1
        ? Tr::tr("  line %1: %2 (%n occurrence(s))", nullptr, issue.times).arg(issue.line).arg(issue.message)
        : Tr::tr("  line %1: %2").arg(issue.line).arg(issue.message);
}

} // namespace

QString EventImportReport::describe(int maxIssues) const
{
    if (!error.isEmpty()) {
        return errorLine > 0 ? Tr::tr("The calendar cannot be read: %1 (line %2).").arg(error).arg(errorLine)
                             : Tr::tr("The calendar cannot be read: %1").arg(error);
    }
    QStringList lines;
    if (!rejected.isEmpty()) {
        lines << Tr::tr("%n event(s) cannot be imported, so nothing was imported. Correct them and import the file "
                        "again:",
            nullptr, int(rejected.size()));
        for (qsizetype i = 0; i < rejected.size() && i < maxIssues; ++i) {
            lines << issueLine(rejected[i]);
        }
        if (rejected.size() > maxIssues) {
            lines << Tr::tr("  … and %n more", nullptr, int(rejected.size() - maxIssues));
        }
    } else {
        const QString counts = Tr::tr("%n activity(ies) created", nullptr, created) + u", "_s
            + Tr::tr("%n updated", nullptr, updated) + u", "_s + Tr::tr("%n unchanged", nullptr, unchanged);
        lines << (written ? QString(counts + u'.') : QString(counts + Tr::tr(" (trial run: nothing was changed).")));
    }
    if (!skipped.isEmpty()) {
        int times = 0;
        for (const Issue& i : skipped) {
            times += i.times;
        }
        lines << Tr::tr("%n event(s) skipped:", nullptr, times);
        for (qsizetype i = 0; i < skipped.size() && i < maxIssues; ++i) {
            lines << issueLine(skipped[i]);
        }
        if (skipped.size() > maxIssues) {
            lines << Tr::tr("  … and %n more", nullptr, int(skipped.size() - maxIssues));
        }
    }
    for (const Issue& n : notes) {
        lines << issueLine(n);
    }
    if (!unknownAttendees.isEmpty()) {
        lines << Tr::tr("%n attendee(s) not in the database:", nullptr, int(unknownAttendees.size()));
        lines << u"  "_s + unknownAttendees.join(u", "_s);
    }
    return lines.join(u'\n');
}

EventImport::EventImport(Database& db)
    : m_db(db)
{ }

EventImportReport EventImport::run(const QByteArray& bytes, const Options& options, const Progress& progress)
{
    EventImportReport report;
    // The events are checked, then (not in a trial run) written: each counts once in the progress.
    const auto carryOn = [&](qsizetype done, qsizetype total) {
        if (progress && !progress(int(done), int(total))) {
            report.cancelled = true;
        }
        return !report.cancelled;
    };
    ical::ReadOptions readOptions;
    readOptions.from = options.from;
    readOptions.to = options.to;
    const ical::Calendar calendar = ical::read(bytes, readOptions);
    if (!calendar.error.isEmpty()) {
        report.error = calendar.error;
        report.errorLine = calendar.errorLine;
        return report;
    }
    for (const ical::Problem& p : calendar.problems) {
        addIssue(report.rejected, p.line, p.message);
    }
    for (const ical::Problem& p : calendar.notes) {
        addIssue(report.notes, p.line, p.message);
    }
    report.events = int(calendar.events.size());

    Directory directory;
    QString error;
    if (!loadDirectory(m_db, directory, &error)) {
        report.error = Tr::tr("The persons and organisations cannot be read: %1").arg(error);
        report.databaseFailed = true;
        return report;
    }
    EventRepository repo(m_db);
    QSqlQuery q(m_db.connection());
    QList<Plan> plans;
    QSet<QString> keys;
    QHash<QString, QString> unknown; // folded → as written
    const qsizetype steps = calendar.events.size() * (options.dryRun ? 1 : 2);
    qsizetype step = 0;
    for (const ical::CalendarEvent& c : calendar.events) {
        if (!carryOn(step++, steps)) {
            return report;
        }
        if (keys.contains(c.key)) {
            addIssue(
                report.skipped, c.line, Tr::tr("\"%1\" is in the file twice; the first one counts.").arg(c.summary));
            continue;
        }
        keys.insert(c.key);
        if (c.cancelled) {
            addIssue(report.skipped, c.line, Tr::tr("\"%1\" was cancelled.").arg(c.summary));
            continue;
        }
        if (c.durationMin > 14 * 24 * 60) {
            addIssue(report.skipped, c.line,
                Tr::tr("\"%1\" lasts longer than 14 days, too long for an activity.").arg(c.summary));
            continue;
        }
        // Who took part: the organiser and every attendee who did not decline, rooms left out.
        QList<Participant> participants;
        Id organiserStaff = 0;
        QStringList unmatched;
        QList<ical::Attendee> people = c.attendees;
        if (!c.organiser.email.isEmpty()) {
            people.prepend(c.organiser);
        }
        for (qsizetype i = 0; i < people.size(); ++i) {
            const ical::Attendee& a = people[i];
            const bool isOrganiser = i == 0 && !c.organiser.email.isEmpty();
            if (a.email.isEmpty() || a.cutype == u"RESOURCE"_s || a.cutype == u"ROOM"_s
                || a.partstat == u"DECLINED"_s) {
                continue;
            }
            const QString key = emailKey(a.email);
            Participant p;
            if (const Id id = directory.persons.value(key)) {
                p = {Participant::Kind::Person, id, {}, {}, {}};
            } else if (const Id staff = directory.staff.value(key)) {
                p = {Participant::Kind::Staff, staff, {}, {}, {}};
                if (isOrganiser) {
                    organiserStaff = staff;
                }
            } else if (const Id organisation = directory.organisations.value(key)) {
                p = {Participant::Kind::Organisation, organisation, {}, {}, {}};
            } else {
                if (!unknown.contains(key)) {
                    unknown.insert(key, a.email.trimmed());
                }
                if (!unmatched.contains(a.email.trimmed(), Qt::CaseInsensitive)) {
                    unmatched << a.email.trimmed();
                }
                continue;
            }
            if (!std::any_of(participants.cbegin(), participants.cend(),
                    [&p](const Participant& o) { return o.kind == p.kind && o.refId == p.refId; })) {
                participants << p;
            }
        }
        if (!std::any_of(participants.cbegin(), participants.cend(),
                [](const Participant& p) { return p.kind != Participant::Kind::Staff; })) {
            addIssue(report.skipped, c.line,
                unmatched.isEmpty() ? Tr::tr("\"%1\" names no attendees.").arg(c.summary)
                                    : Tr::tr("\"%1\": no attendee is a known person or organisation (%2).")
                                          .arg(c.summary, unmatched.join(u", "_s)));
            continue;
        }

        // The activity it was imported as before, or the activity it was exported from.
        Result<Id> existingId = findBy(q, u"SELECT id FROM events WHERE source_uid = ?"_s, c.key);
        const QString ownUuid = c.key == c.uid ? ical::uuidOf(c.uid) : QString();
        if (!existingId.failed() && !existingId && !ownUuid.isEmpty()) {
            existingId = findBy(q, u"SELECT id FROM events WHERE uuid = ?"_s, ownUuid);
        }
        if (existingId.failed()) {
            report.error = existingId.error();
            report.databaseFailed = true;
            return report;
        }
        Plan plan;
        plan.key = c.key;
        plan.line = c.line;
        Event& e = plan.event;
        const QString type = typeOf(c);
        const int timeSpent = c.kmuniTimeSpentMin >= 0 ? c.kmuniTimeSpentMin
            : c.allDay || !c.durationKnown             ? 0
                                                       : c.durationMin;
        if (existingId) {
            const auto found = repo.find(*existingId);
            if (!found.ok(&error) || !found) {
                report.error = error;
                report.databaseFailed = true;
                return report;
            }
            e = *found;
            plan.existing = true;
            const auto stored = sql::row(q, u"SELECT coalesce(source_uid, '') FROM events WHERE id = ?"_s, {e.id},
                [](const QSqlQuery& r) { return r.value(0).toString(); });
            if (stored.failed()) {
                report.error = stored.error();
                report.databaseFailed = true;
                return report;
            }
            // Found by its own uuid (an export of ours): the uuid finds it again; a UID it was
            // imported under before stays, so that the first file still finds it too.
            plan.needsKey = ownUuid.isEmpty() && stored.valueOr(QString()) != c.key;
            const Event before = e;
            if (!type.isEmpty()) {
                e.type = type;
            }
            if (c.kmuniTimeSpentMin >= 0 || e.timeSpentMin == e.durationMin) {
                e.timeSpentMin = timeSpent; // else staff entered their own time: kept
            }
            e.start = c.start;
            e.durationMin = c.durationMin;
            e.subject = c.summary.simplified();
            e.location = c.location.simplified();
            if (!c.kmuniOutcome.isEmpty()) {
                e.outcome = c.kmuniOutcome;
            }
            e.minutes = ical::minutesOf(c.description, c.kmuniOutcome);
            if (e.loggedByStaffId == 0) {
                e.loggedByStaffId = organiserStaff;
            }
            for (const Participant& p : std::as_const(participants)) {
                if (!hasParticipant(e, p)) {
                    e.participants << p; // participants added by hand stay
                }
            }
            const bool same = e.type == before.type && e.start == before.start && e.durationMin == before.durationMin
                && e.subject == before.subject && e.location == before.location && e.minutes == before.minutes
                && e.outcome == before.outcome && e.timeSpentMin == before.timeSpentMin
                && e.loggedByStaffId == before.loggedByStaffId && e.participants.size() == before.participants.size();
            if (same) {
                ++report.unchanged;
                if (!plan.needsKey) {
                    continue;
                }
                plan.onlyKey = true; // an exported activity seen for the first time: only remember its UID
            } else {
                ++report.updated;
            }
        } else {
            e.uuid = ownUuid; // an exported activity comes back under its own uuid (empty: a new one)
            e.type = type.isEmpty() ? u"meeting"_s : type;
            e.start = c.start;
            e.durationMin = c.durationMin;
            e.timeSpentMin = timeSpent;
            e.subject = c.summary.simplified();
            e.location = c.location.simplified();
            e.outcome = c.kmuniOutcome;
            e.minutes = ical::minutesOf(c.description, c.kmuniOutcome);
            e.loggedByStaffId = organiserStaff > 0 ? organiserStaff : options.loggedByStaffId;
            e.participants = participants;
            plan.needsKey = ownUuid.isEmpty();
            ++report.created;
        }
        const FieldErrors problems = e.validate();
        if (!problems.isEmpty()) {
            addIssue(report.rejected, c.line, c.summary.left(60) + u": "_s + describe(problems));
        }
        plans << plan;
    }
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        report.unknownAttendees << it.value();
    }
    std::sort(report.unknownAttendees.begin(), report.unknownAttendees.end(),
        [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    if (!report.rejected.isEmpty() || options.dryRun) {
        return report;
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        report.error = tx.error();
        report.databaseFailed = true;
        return report;
    }
    step = calendar.events.size();
    for (Plan& plan : plans) {
        if (!carryOn(step++, steps)) {
            return report; // the transaction rolls back
        }
        if (!plan.onlyKey && !repo.save(plan.event, &error)) {
            report.error = Tr::tr("The event in line %1 cannot be saved: %2").arg(plan.line).arg(error);
            report.databaseFailed = true;
            return report; // the transaction rolls back
        }
        if (plan.needsKey
            && !sql::run(q, u"UPDATE events SET source_uid = ? WHERE id = ?"_s, {plan.key, plan.event.id}, &error)) {
            report.error = Tr::tr("The event in line %1 cannot be saved: %2").arg(plan.line).arg(error);
            report.databaseFailed = true;
            return report;
        }
    }
    if (!carryOn(steps, steps)) {
        return report;
    }
    if (!tx.commit(&error)) {
        report.error = error;
        report.databaseFailed = true;
        return report;
    }
    report.written = true;
    return report;
}

} // namespace kmuni
