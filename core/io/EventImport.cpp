// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventImport.h"

#include "EventIcsExport.h"
#include "ICalendar.h"
#include "ImportCells.h"
#include "common/Error.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QHash<Id, Id> organisationOf; ///< of the persons above: their organisation (0: none)
    QHash<QString, Id> organisations;
    QHash<QString, Id> staff;
};

QString emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

// The one id @p statement finds for @p value; 0 for none or several.
Result<Id> onlyId(QSqlQuery& q, const QString& statement, const QString& value)
{
    const auto ids = sql::rows(q, statement, {value}, [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
    if (ids.failed()) {
        return Result<Id>::failure(ids.error());
    }
    return ids->size() == 1 ? ids->first() : Id(0);
}

// An attendee or organiser named by "urn:uuid:…", as our export names a participant without an e-mail address
// (and Apple every attendee): the person, organisation or staff member of that uuid; in another
// office's database (other uuids) the organisation or staff member of exactly that name.
bool addUuids(QSqlQuery& q, const ical::Calendar& calendar, Directory& d, QString* error)
{
    QHash<QString, QString> names; // uuid → name
    for (const ical::CalendarEvent& e : calendar.events) {
        for (const ical::Attendee& a : e.attendees + QList<ical::Attendee>{e.organiser}) {
            if (a.email.startsWith(u"urn:uuid:"_s, Qt::CaseInsensitive)) {
                names.insert(emailKey(a.email), a.name.simplified());
            }
        }
    }
    const std::tuple<QString, QString, QHash<QString, Id>*> tables[]
        = {{u"SELECT id FROM persons WHERE uuid = ?"_s, QString(), &d.persons},
            {u"SELECT id FROM organisations WHERE uuid = ?"_s, u"SELECT id FROM organisations WHERE name = ?"_s,
                &d.organisations},
            {u"SELECT id FROM staff WHERE uuid = ?"_s,
                u"SELECT id FROM staff WHERE trim(first_name || ' ' || last_name) = ?"_s, &d.staff}};
    // The first table that knows the uuid, else the first that knows the name; false when a read failed.
    const auto add = [&](const QString& key, const QString& name) {
        for (const bool byName : {false, true}) {
            for (const auto& [byUuid, named, target] : tables) {
                if (byName && (named.isEmpty() || name.isEmpty())) {
                    continue;
                }
                const auto id = onlyId(q, byName ? named : byUuid, byName ? name : key.mid(9));
                if (id.failed()) {
                    *error = id.error();
                    return false;
                }
                if (*id > 0) {
                    target->insert(key, *id);
                    return true;
                }
            }
        }
        return true;
    };
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!add(it.key(), it.value())) {
            return false;
        }
    }
    return true;
}

bool loadDirectory(Database& db, const ical::Calendar& calendar, Directory& d, QString* error)
{
    const std::pair<const char*, QHash<QString, Id>*> tables[] = {
        {"SELECT id, email, coalesce(organisation_id, 0) FROM persons WHERE email <> '' ORDER BY archived, id",
            &d.persons},
        {"SELECT id, email, 0 FROM organisations WHERE email <> '' ORDER BY archived, id", &d.organisations},
        {"SELECT id, email, 0 FROM staff WHERE email <> '' ORDER BY active DESC, id", &d.staff},
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
                if (target == &d.persons) {
                    d.organisationOf.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
                }
            }
        }
        if (error && !error->isEmpty()) {
            return false;
        }
    }
    if (!addUuids(q, calendar, d, error)) {
        return false;
    }
    // The organisations of the persons known by their uuid only.
    for (const Id person : d.persons) {
        if (!d.organisationOf.contains(person)) {
            const auto organisation = sql::row(q, u"SELECT coalesce(organisation_id, 0) FROM persons WHERE id = ?"_s,
                {person}, [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
            if (!organisation.ok(error)) {
                return false;
            }
            d.organisationOf.insert(person, organisation ? *organisation : 0);
        }
    }
    return true;
}

/**
 * The activity type an event names: X-KMUNI-TYPE, else a category that is a type's code or label, else
 * the words of a category or the title (import::eventTypeOfWords()).
 */
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
    // Staff name the kind of an appointment in its category or title: "Jobmesse", "Betriebsbesuch …".
    for (const QString& category : e.categories) {
        if (const QString type = import::eventTypeOfWords(category); !type.isEmpty()) {
            return type;
        }
    }
    return import::eventTypeOfWords(e.summary);
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
    QByteArray fields; ///< source_fields to be set (empty: as stored)
    bool onlySource = false; ///< nothing but source_uid and source_fields to be set
};

Result<Id> findBy(QSqlQuery& q, const QString& statement, const QString& value)
{
    return sql::row(q, statement, {value}, [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
}

QString issueLine(const EventImportReport::Issue& issue)
{
    return issue.times > 1
        ? Tr::tr("  line %1: %2 (%n occurrence(s))", nullptr, issue.times).arg(issue.line).arg(issue.message)
        : Tr::tr("  line %1: %2").arg(issue.line).arg(issue.message);
}

void addIssue(QList<EventImportReport::Issue>& issues, int line, const QString& message, int event = 0)
{
    if (!issues.isEmpty() && issues.last().line == line && issues.last().message == message) {
        ++issues.last().times;
        return;
    }
    issues.append({line, message, 1, event > 0 ? event : line});
}

// The events @p issues are about: one event may have several problems (a start and an end that cannot be read).
int eventsOf(const QList<EventImportReport::Issue>& issues)
{
    QSet<int> lines;
    int unknown = 0;
    for (const EventImportReport::Issue& i : issues) {
        if (i.event > 0) {
            lines.insert(i.event);
        } else {
            ++unknown;
        }
    }
    return int(lines.size()) + unknown;
}

// Up to @p maxIssues of @p issues as lines of the report, and how many more there are.
QStringList issueLines(const QList<EventImportReport::Issue>& issues, int maxIssues)
{
    QStringList lines;
    for (qsizetype i = 0; i < issues.size() && i < maxIssues; ++i) {
        lines << issueLine(issues[i]);
    }
    if (issues.size() > maxIssues) {
        lines << Tr::tr("  … and %n more", nullptr, int(issues.size() - maxIssues));
    }
    return lines;
}

// The events' ical::read, in the range of the options; a file that cannot be read is the report's error.
ical::Calendar readCalendar(const QByteArray& bytes, const EventImport::Options& options, EventImportReport& report)
{
    ical::ReadOptions readOptions;
    readOptions.from = options.from;
    readOptions.to = options.to;
    ical::Calendar calendar = ical::read(bytes, readOptions);
    if (!calendar.error.isEmpty()) {
        report.error = calendar.error;
        report.errorLine = calendar.errorLine;
        return calendar;
    }
    for (const ical::Problem& p : calendar.problems) {
        addIssue(report.rejected, p.line, p.message, p.event);
    }
    for (const ical::Problem& p : calendar.notes) {
        addIssue(report.notes, p.line, p.message, p.event);
    }
    report.events = int(calendar.events.size());
    return calendar;
}

/** What the import makes of one event of the file besides its own fields. */
struct Incoming
{
    QList<Participant> participants;
    Id organiserStaff = 0;
    QStringList unmatched; ///< the attendees' addresses that are nobody in the database
    QStringList declined; ///< attendees who declined: they did not take part
    QString ownUuid; ///< the uuid of the activity the event was exported from
    QString type;
    int timeSpent = 0;
};

/** A LOCATION on several lines (Apple writes the place's name, then its address) as one line. */
QString placeOf(const QString& location)
{
    QStringList parts;
    for (const QString& line : location.split(u'\n')) {
        if (const QString part = line.simplified(); !part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(u", "_s);
}

/** A participant as source_fields names them: "person:12". */
QString participantKey(const Participant& p)
{
    return entityCode(p.kind) + u':' + QString::number(p.refId);
}

/** What the file says of the activity's own fields and participants, as events.source_fields keeps it. */
QJsonObject fileFields(const ical::CalendarEvent& c, const Incoming& in)
{
    QStringList participants;
    for (const Participant& p : in.participants) {
        participants << participantKey(p);
    }
    participants.sort();
    return {{u"type"_s, in.type}, {u"start"_s, time::toStorage(c.start)}, {u"duration"_s, c.durationMin},
        {u"timeSpent"_s, in.timeSpent}, {u"subject"_s, c.summary.simplified()}, {u"location"_s, placeOf(c.location)},
        {u"minutes"_s, ical::minutesOf(c.description, c.kmuniOutcome)}, {u"outcome"_s, c.kmuniOutcome},
        {u"participants"_s, QJsonArray::fromStringList(participants)}};
}

// The event's fields taken into the stored activity @p e. A field the file has not changed since
// the last import (@p before; @p now: what it says now, fileFields()) stays as staff left it; without that record (an
// activity imported by an older version, or exported by us) the file's value is taken, but no text the file lacks is
// cleared and notes staff have written are kept.
void updateActivity(
    Event& e, const ical::CalendarEvent& c, const Incoming& in, const QJsonObject& before, const QJsonObject& now)
{
    const auto take = [&](const QString& field, bool otherwise) {
        if (!before.contains(field)) {
            return otherwise;
        }
        if (field == u"minutes"_s) { // kept untrimmed before: Outlook's trailing blank lines are no change
            return before.value(field).toString().trimmed() != now.value(field).toString().trimmed();
        }
        return before.value(field) != now.value(field);
    };
    const QString location = now.value(u"location"_s).toString();
    const QString minutes = now.value(u"minutes"_s).toString();
    if (take(u"type"_s, true) && !in.type.isEmpty()) {
        e.type = in.type;
    }
    const bool ownTime = before.contains(u"timeSpent"_s) ? e.timeSpentMin != before.value(u"timeSpent"_s).toInt()
                                                         : e.timeSpentMin != e.durationMin;
    if ((c.kmuniTimeSpentMin >= 0 || !ownTime) && take(u"timeSpent"_s, true)) {
        e.timeSpentMin = in.timeSpent; // else staff entered their own time: kept
    }
    if (take(u"start"_s, true)) {
        e.start = c.start;
    }
    if (take(u"duration"_s, true)) {
        e.durationMin = c.durationMin;
    }
    if (take(u"subject"_s, true)) {
        e.subject = c.summary.simplified();
    }
    if (take(u"location"_s, !location.isEmpty())) {
        e.location = location;
    }
    if (take(u"outcome"_s, !c.kmuniOutcome.isEmpty())) {
        e.outcome = c.kmuniOutcome;
    }
    // Notes staff have written stay, even where the file's description changed too.
    if ((e.minutes.isEmpty() || e.minutes == before.value(u"minutes"_s).toString()) && take(u"minutes"_s, true)) {
        e.minutes = minutes;
    }
    if (e.loggedByStaffId == 0) {
        e.loggedByStaffId = in.organiserStaff;
    }
    for (const Participant& p : std::as_const(in.participants)) {
        if (!hasParticipant(e, p)) {
            e.participants << p; // participants added by hand stay
        }
    }
    // An attendee the file had at the last import and has no more was taken off the meeting; one staff
    // added by hand was never the file's and stays.
    if (before.contains(u"participants"_s)) {
        const QJsonArray was = before.value(u"participants"_s).toArray();
        const QJsonArray is = now.value(u"participants"_s).toArray();
        e.participants.removeIf([&](const Participant& p) {
            const QJsonValue key(participantKey(p));
            return was.contains(key) && !is.contains(key);
        });
    }
}

bool sameActivity(const Event& e, const Event& before)
{
    return e.type == before.type && e.start == before.start && e.durationMin == before.durationMin
        && e.subject == before.subject && e.location == before.location && e.minutes == before.minutes
        && e.outcome == before.outcome && e.timeSpentMin == before.timeSpentMin
        && e.loggedByStaffId == before.loggedByStaffId && e.participants == before.participants;
}

// A new activity @p e of the event.
void newActivity(Event& e, const ical::CalendarEvent& c, const Incoming& in, Id loggedByStaffId)
{
    e.uuid = in.ownUuid; // an exported activity comes back under its own uuid (empty: a new one)
    e.type = in.type.isEmpty() ? u"meeting"_s : in.type;
    e.start = c.start;
    e.durationMin = c.durationMin;
    e.timeSpentMin = in.timeSpent;
    e.subject = c.summary.simplified();
    e.location = placeOf(c.location);
    e.outcome = c.kmuniOutcome;
    e.minutes = ical::minutesOf(c.description, c.kmuniOutcome);
    e.loggedByStaffId = in.organiserStaff > 0 ? in.organiserStaff : loggedByStaffId;
    e.participants = in.participants;
}

/**
 * One import run, one method per step: every event of the file checked and planned, then (not in
 * a trial run) written. What it finds and does goes into the report.
 */
class Importer
{
public:
    Importer(Database& db, const ical::Calendar& calendar, const Directory& directory,
        const EventImport::Options& options, const EventImport::Progress& progress, EventImportReport& report,
        QString& error)
        : m_db(db)
        , m_calendar(calendar)
        , m_directory(directory)
        , m_options(options)
        , m_progress(progress)
        , m_report(report)
        , m_error(error)
        , m_repo(db)
        , m_q(db.connection())
        , m_steps(calendar.events.size() * (options.dryRun ? 1 : 2))
    { }

    bool planEvents();
    bool noteDroppedOccurrences();
    void listUnknownAttendees();
    void write();

private:
    bool carryOn(qsizetype done, qsizetype total);
    bool fail(const QString& message);
    bool planEvent(const ical::CalendarEvent& c);
    bool skips(const ical::CalendarEvent& c);
    bool skipCancelled(const ical::CalendarEvent& c);
    Incoming attendanceOf(const ical::CalendarEvent& c);
    Result<Id> existingOf(const ical::CalendarEvent& c, Incoming& in);
    bool readExisting(Id id, const ical::CalendarEvent& c, const Incoming& in, Plan& plan, QJsonObject* before);

    Database& m_db;
    const ical::Calendar& m_calendar;
    const Directory& m_directory;
    const EventImport::Options& m_options;
    const EventImport::Progress& m_progress;
    EventImportReport& m_report;
    QString& m_error;
    EventRepository m_repo;
    QSqlQuery m_q;
    QList<Plan> m_plans;
    QSet<QString> m_keys;
    QHash<QString, QString> m_unknown; // folded → as written
    const qsizetype m_steps;
    qsizetype m_step = 0;
};

// The events are checked, then (not in a trial run) written: each counts once in the progress.
bool Importer::carryOn(qsizetype done, qsizetype total)
{
    if (m_progress && !m_progress(int(done), int(total))) {
        m_report.cancelled = true;
    }
    return !m_report.cancelled;
}

// A database error: the report says so; false.
bool Importer::fail(const QString& message)
{
    m_report.error = message;
    m_report.databaseFailed = true;
    return false;
}

// False when the import stops (cancelled, or the database failed).
bool Importer::planEvents()
{
    for (const ical::CalendarEvent& c : m_calendar.events) {
        if (!carryOn(m_step++, m_steps)) {
            return false;
        }
        if (!planEvent(c)) {
            return false;
        }
    }
    return true;
}

// An event planned or skipped; false when the database failed.
bool Importer::planEvent(const ical::CalendarEvent& c)
{
    if (skips(c)) {
        return true;
    }
    if (c.cancelled) {
        return skipCancelled(c);
    }
    Incoming in = attendanceOf(c);
    if (!std::any_of(in.participants.cbegin(), in.participants.cend(),
            [](const Participant& p) { return p.kind != Participant::Kind::Staff; })) {
        QString why;
        if (!in.unmatched.isEmpty()) {
            why = Tr::tr("\"%1\": no attendee is a known person or organisation (%2).")
                      .arg(c.summary, in.unmatched.join(u", "_s));
        } else if (!in.declined.isEmpty()) {
            why = Tr::tr("\"%1\": its attendees declined (%2).").arg(c.summary, in.declined.join(u", "_s));
        } else {
            why = Tr::tr("\"%1\" names no attendees.").arg(c.summary);
        }
        addIssue(m_report.skipped, c.line, why);
        return true;
    }

    const Result<Id> existingId = existingOf(c, in);
    if (existingId.failed()) {
        return fail(existingId.error());
    }
    Plan plan;
    plan.key = c.key;
    plan.line = c.line;
    Event& e = plan.event;
    in.type = typeOf(c);
    in.timeSpent = c.kmuniTimeSpentMin >= 0 ? c.kmuniTimeSpentMin : c.allDay || !c.durationKnown ? 0 : c.durationMin;
    const QJsonObject now = fileFields(c, in);
    const QByteArray fields = QJsonDocument(now).toJson(QJsonDocument::Compact);
    if (existingId) {
        QJsonObject said;
        if (!readExisting(*existingId, c, in, plan, &said)) {
            return false;
        }
        // An export of ours names the activity by its uuid: what it says is what was stored, and the
        // record of the calendar it came from stays that calendar's.
        const bool ours = !in.ownUuid.isEmpty();
        if (!ours && said != now) {
            plan.fields = fields;
        }
        const Event before = e;
        updateActivity(e, c, in, ours ? QJsonObject() : said, now);
        if (sameActivity(e, before)) {
            ++m_report.unchanged;
            if (!plan.needsKey && plan.fields.isEmpty()) {
                return true;
            }
            // Seen for the first time (an exported activity, or one imported before the file's
            // fields were kept): only remember its UID and what the file says.
            plan.onlySource = true;
        } else {
            ++m_report.updated;
        }
    } else {
        newActivity(e, c, in, m_options.loggedByStaffId);
        if (c.confidential) {
            addIssue(m_report.notes, c.line,
                Tr::tr("\"%1\" is marked private in the calendar: as an activity, every office sees it.")
                    .arg(c.summary));
        }
        // Exported under the UID of the calendar it came from: that calendar finds it again by the UID.
        plan.needsKey = in.ownUuid.isEmpty() || c.uid != ical::uidOf(in.ownUuid);
        plan.fields = in.ownUuid.isEmpty() ? fields : QByteArray();
        ++m_report.created;
    }
    const FieldErrors problems = e.validate();
    if (!problems.isEmpty()) {
        addIssue(m_report.rejected, c.line, c.summary.left(60) + u": "_s + describe(problems), c.line);
    }
    m_plans << plan;
    return true;
}

// True for an event left out: in the file twice or too long.
bool Importer::skips(const ical::CalendarEvent& c)
{
    if (m_keys.contains(c.key)) {
        addIssue(m_report.skipped, c.line, Tr::tr("\"%1\" is in the file twice; the first one counts.").arg(c.summary));
        return true;
    }
    m_keys.insert(c.key);
    if (c.durationMin > 14 * 24 * 60) {
        addIssue(m_report.skipped, c.line,
            Tr::tr("\"%1\" lasts longer than 14 days, too long for an activity.").arg(c.summary));
        return true;
    }
    return false;
}

// A cancelled event left out; one imported before, when it was still on, is said to be an activity
// still (not deleted: staff may have written about it). False when the database failed.
bool Importer::skipCancelled(const ical::CalendarEvent& c)
{
    Incoming in;
    const Result<Id> stored = existingOf(c, in);
    if (stored.failed()) {
        return fail(stored.error());
    }
    addIssue(m_report.skipped, c.line,
        stored ? Tr::tr("\"%1\" was cancelled, but is an activity already (%2): delete it if it did not take place.")
                     .arg(c.summary, format::dateTime(c.start))
               : Tr::tr("\"%1\" was cancelled.").arg(c.summary));
    return true;
}

// Who took part: the organiser and every attendee who did not decline, rooms left out.
Incoming Importer::attendanceOf(const ical::CalendarEvent& c)
{
    Incoming in;
    QList<ical::Attendee> people = c.attendees;
    if (!c.organiser.email.isEmpty()) {
        people.prepend(c.organiser);
    }
    for (qsizetype i = 0; i < people.size(); ++i) {
        const ical::Attendee& a = people[i];
        const bool isOrganiser = i == 0 && !c.organiser.email.isEmpty();
        // Google writes a shared calendar's own address as its organiser: a calendar, not a person.
        const bool calendar = a.email.endsWith(u".calendar.google.com"_s, Qt::CaseInsensitive);
        if (a.email.isEmpty() || a.cutype == u"RESOURCE"_s || a.cutype == u"ROOM"_s || calendar) {
            continue;
        }
        if (a.partstat == u"DECLINED"_s) {
            if (const QString who = a.name.isEmpty() ? a.email.trimmed() : a.name; !in.declined.contains(who)) {
                in.declined << who;
            }
            continue;
        }
        const QString key = emailKey(a.email);
        Participant p;
        if (const Id id = m_directory.persons.value(key)) {
            p = {Participant::Kind::Person, id, {}, {}, {}};
        } else if (const Id staff = m_directory.staff.value(key)) {
            p = {Participant::Kind::Staff, staff, {}, {}, {}};
            if (isOrganiser) {
                in.organiserStaff = staff;
            }
        } else if (const Id organisation = m_directory.organisations.value(key)) {
            p = {Participant::Kind::Organisation, organisation, {}, {}, {}};
        } else {
            // An address, or the name of one known by a "urn:uuid:…" only.
            const QString shown = a.email.contains(u'@') || a.name.isEmpty() ? a.email.trimmed() : a.name;
            if (!m_unknown.contains(key)) {
                m_unknown.insert(key, shown);
            }
            if (!in.unmatched.contains(shown, Qt::CaseInsensitive)) {
                in.unmatched << shown;
            }
            continue;
        }
        // A person's organisation took part through them (as EventRepository writes it): named here, so that
        // it leaves with them when the file takes them off (updateActivity).
        const Id organisation = p.kind == Participant::Kind::Person ? m_directory.organisationOf.value(p.refId) : 0;
        for (const Participant& one : {p, Participant{Participant::Kind::Organisation, organisation, {}, {}, {}}}) {
            if (one.refId > 0
                && !std::any_of(in.participants.cbegin(), in.participants.cend(),
                    [&one](const Participant& o) { return o.kind == one.kind && o.refId == one.refId; })) {
                in.participants << one;
            }
        }
    }
    return in;
}

// The activity it was imported as before, or the activity it was exported from.
Result<Id> Importer::existingOf(const ical::CalendarEvent& c, Incoming& in)
{
    Result<Id> existingId = findBy(m_q, u"SELECT id FROM events WHERE source_uid = ?"_s, c.key);
    // Ours: a UID of the form we write, or the calendar's UID with our uuid beside it (X-KMUNI-UUID).
    const QString besideUid = ical::uuidOf(ical::uidOf(c.kmuniUuid));
    in.ownUuid = c.key != c.uid ? QString() : !besideUid.isEmpty() ? besideUid : ical::uuidOf(c.uid);
    if (!existingId.failed() && !existingId && !in.ownUuid.isEmpty()) {
        existingId = findBy(m_q, u"SELECT id FROM events WHERE uuid = ?"_s, in.ownUuid);
    }
    return existingId;
}

// The stored activity @p id into @p plan, and whether its source_uid is to be set; false when the
// database failed.
bool Importer::readExisting(Id id, const ical::CalendarEvent& c, const Incoming& in, Plan& plan, QJsonObject* before)
{
    Event& e = plan.event;
    const auto found = m_repo.find(id);
    if (!found.ok(&m_error) || !found) {
        return fail(m_error);
    }
    e = *found;
    plan.existing = true;
    const auto stored
        = sql::row(m_q, u"SELECT coalesce(source_uid, ''), coalesce(source_fields, '') FROM events WHERE id = ?"_s,
            {e.id}, [](const QSqlQuery& r) { return std::pair(r.value(0).toString(), r.value(1).toByteArray()); });
    if (stored.failed()) {
        return fail(stored.error());
    }
    // Found by its own uuid (an export of ours): the uuid finds it again; a UID it was
    // imported under before stays, so that the first file still finds it too.
    const auto [uid, fields] = stored.valueOr(std::pair<QString, QByteArray>());
    plan.needsKey = in.ownUuid.isEmpty() && uid != c.key;
    *before = QJsonDocument::fromJson(fields).object(); // empty when there is no record (or it is damaged)
    return true;
}

// Occurrences of a series of the file that an earlier import made activities of and the file now
// leaves out (an EXDATE added, the series shortened) are said, not deleted: staff may have written
// about them. False when the database failed.
bool Importer::noteDroppedOccurrences()
{
    QList<const ical::CalendarEvent*> series; // the first occurrence of each
    QSet<QString> uids;
    for (const ical::CalendarEvent& c : m_calendar.events) {
        if (c.key.startsWith(c.uid + u'#') && !uids.contains(c.uid)) {
            uids.insert(c.uid);
            series << &c;
        }
    }
    const QString from = time::toStorage(time::fromBerlin(m_calendar.from, QTime(0, 0)));
    const QString to = time::toStorage(time::fromBerlin(m_calendar.to.addDays(1), QTime(0, 0)));
    for (const ical::CalendarEvent* c : std::as_const(series)) {
        const QString prefix = c->uid + u'#';
        const auto stored = sql::rows(m_q,
            u"SELECT source_uid, starts_at FROM events WHERE substr(source_uid, 1, ?) = ? AND starts_at >= ? "
            "AND starts_at < ? ORDER BY starts_at"_s,
            {int(prefix.size()), prefix, from, to}, [](const QSqlQuery& r) {
                return std::pair(r.value(0).toString(), time::fromStorage(r.value(1).toString()));
            });
        if (stored.failed()) {
            return fail(stored.error());
        }
        for (const auto& [key, start] : *stored) {
            if (!m_keys.contains(key)) {
                addIssue(m_report.notes, c->line,
                    Tr::tr("\"%1\" on %2 is no longer in the calendar, but is an activity already: delete it if it "
                           "did not take place.")
                        .arg(c->summary, format::dateTime(start)),
                    c->line);
            }
        }
    }
    return true;
}

void Importer::listUnknownAttendees()
{
    for (auto it = m_unknown.cbegin(); it != m_unknown.cend(); ++it) {
        m_report.unknownAttendees << it.value();
    }
    std::sort(m_report.unknownAttendees.begin(), m_report.unknownAttendees.end(),
        [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
}

// Every planned activity saved, all or none.
void Importer::write()
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(tx.error());
        return;
    }
    m_step = m_calendar.events.size();
    for (Plan& plan : m_plans) {
        if (!carryOn(m_step++, m_steps)) {
            return; // the transaction rolls back
        }
        if (!plan.onlySource && !m_repo.save(plan.event, &m_error)) {
            fail(Tr::tr("The event in line %1 cannot be saved: %2").arg(plan.line).arg(m_error));
            return; // the transaction rolls back
        }
        if (plan.needsKey
            && !sql::run(
                m_q, u"UPDATE events SET source_uid = ? WHERE id = ?"_s, {plan.key, plan.event.id}, &m_error)) {
            fail(Tr::tr("The event in line %1 cannot be saved: %2").arg(plan.line).arg(m_error));
            return;
        }
        if (!plan.fields.isEmpty()
            && !sql::run(m_q, u"UPDATE events SET source_fields = ? WHERE id = ?"_s,
                {QString::fromUtf8(plan.fields), plan.event.id}, &m_error)) {
            fail(Tr::tr("The event in line %1 cannot be saved: %2").arg(plan.line).arg(m_error));
            return;
        }
    }
    if (!carryOn(m_steps, m_steps)) {
        return;
    }
    if (!tx.commit(&m_error)) {
        fail(m_error);
        return;
    }
    m_report.written = true;
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
            nullptr, eventsOf(rejected));
        lines << issueLines(rejected, maxIssues);
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
        lines << issueLines(skipped, maxIssues);
    }
    if (!notes.isEmpty()) {
        lines << Tr::tr("%n note(s):", nullptr, int(notes.size()));
        lines << issueLines(notes, maxIssues);
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
    const ical::Calendar calendar = readCalendar(bytes, options, report);
    if (!calendar.error.isEmpty()) {
        return report;
    }

    Directory directory;
    QString error;
    if (!loadDirectory(m_db, calendar, directory, &error)) {
        report.error = Tr::tr("The persons and organisations cannot be read: %1").arg(error);
        report.databaseFailed = true;
        return report;
    }
    Importer importer(m_db, calendar, directory, options, progress, report, error);
    if (!importer.planEvents() || !importer.noteDroppedOccurrences()) {
        return report;
    }
    importer.listUnknownAttendees();
    if (!report.rejected.isEmpty() || options.dryRun) {
        return report;
    }
    importer.write();
    return report;
}

} // namespace kmuni
