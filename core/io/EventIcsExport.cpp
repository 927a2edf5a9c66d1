// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventIcsExport.h"

#include "common/Error.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "events/EventRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EventIcsExport)
};

struct Contact
{
    QString email;
    QString name;
    Id organisationId = 0;
    QString uuid;
};

/** E-mail addresses (and a person's organisation) by id, read once per id. */
class Contacts
{
public:
    explicit Contacts(Database& db)
        : m_db(db)
    { }

    Result<Contact> of(Participant::Kind kind, Id id)
    {
        QHash<Id, Contact>& cache = m_cache[int(kind)];
        const auto it = cache.constFind(id);
        if (it != cache.cend()) {
            return *it;
        }
        static const QString statements[] = {
            u"SELECT email, name, 0, uuid FROM organisations WHERE id = ?"_s,
            // An erased person is no attendee: their uuid would link the anonymised record to earlier exports.
            u"SELECT email, trim(title || ' ' || first_name || ' ' || last_name), coalesce(organisation_id, 0), "
            "CASE WHEN erased = 1 THEN '' ELSE uuid END FROM persons WHERE id = ?"_s,
            u"SELECT email, trim(first_name || ' ' || last_name), 0, uuid FROM staff WHERE id = ?"_s,
        };
        QSqlQuery q(m_db.connection());
        const auto row = sql::row(q, statements[int(kind)], {id}, [](const QSqlQuery& r) {
            return Contact{r.value(0).toString().trimmed(), r.value(1).toString().simplified(), r.value(2).toLongLong(),
                r.value(3).toString()};
        });
        if (row.failed()) {
            return Result<Contact>::failure(row.error());
        }
        const Contact c = row ? *row : Contact{};
        cache.insert(id, c);
        return c;
    }

private:
    Database& m_db;
    QHash<Id, Contact> m_cache[3];
};

} // namespace

bool writeEventsIcs(
    Database& db, const EventFilter& filter, const QString& path, QString* error, io::Failure* failure, int* count)
{
    io::PrivateFile out(path);
    if (!out.open(error, failure)) {
        return false;
    }
    if (!writeEventsIcs(db, filter, out.device(), error, count)) {
        out.cancel();
        return io::failed(failure, io::Failure::Database);
    }
    return out.commit(error, failure);
}

namespace ical {

QString uidOf(const QString& uuid)
{
    return uuid + u"@kmuni"_s;
}

QString uuidOf(const QString& uid)
{
    static const QRegularExpression ours(
        u"^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?@kmuni$"_s);
    const auto m = ours.match(uid.trimmed());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString description(const QString& minutes, const QString& outcome)
{
    if (outcome.isEmpty()) {
        return minutes;
    }
    const QString line = Tr::tr("Outcome: %1").arg(outcome);
    return minutes.isEmpty() ? line : minutes + u"\n\n"_s + line;
}

QString withoutDialIn(const QString& text)
{
    // Google: the block between two lines "-::~:~::~:…::-"; Outlook: the one between two lines of
    // underscores that holds the Teams link.
    static const QRegularExpression google(
        u"(^|\n)-::~[:~]*::-\n.*?\n-::~[:~]*::-(\n|$)"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression teams(u"(^|\n)_{20,}\n(?:(?!_{20,}).)*?(teams\\.microsoft\\.com|Microsoft Teams)"
                                          "(?:(?!_{20,}).)*?\n_{20,}(\n|$)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QString out = text;
    out.replace(google, u"\n"_s).replace(teams, u"\n"_s);
    return out == text ? text : out.trimmed();
}

namespace {

// "&amp;", "&nbsp;", "&#228;", "&#xE4;" as characters; other names stay as written.
QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});"_s);
    static const QHash<QString, QString> named
        = {{u"amp"_s, u"&"_s}, {u"lt"_s, u"<"_s}, {u"gt"_s, u">"_s}, {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s},
            {u"nbsp"_s, u" "_s}, {u"auml"_s, u"ä"_s}, {u"ouml"_s, u"ö"_s}, {u"uuml"_s, u"ü"_s}, {u"Auml"_s, u"Ä"_s},
            {u"Ouml"_s, u"Ö"_s}, {u"Uuml"_s, u"Ü"_s}, {u"szlig"_s, u"ß"_s}, {u"euro"_s, u"€"_s}, {u"ndash"_s, u"–"_s},
            {u"mdash"_s, u"—"_s}, {u"bdquo"_s, u"„"_s}, {u"ldquo"_s, u"“"_s}, {u"rdquo"_s, u"”"_s}};
    QString out;
    qsizetype at = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString name = m.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            const char32_t c = ok && code > 0 && code <= 0x10FFFF ? char32_t(code) : char32_t(0xFFFD);
            out += QString::fromUcs4(&c, 1);
        } else {
            out += named.value(name, m.captured(0));
        }
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace

QString plainText(const QString& text)
{
    static const QRegularExpression tag(
        u"<\\s*(/?)\\s*(br|p|div|li|ul|ol|b|i|u|em|strong|span|a|font|html-blob)\\b([^>]*)>"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!tag.match(text).hasMatch()) {
        return text;
    }
    static const QRegularExpression href(
        u"href\\s*=\\s*[\"']([^\"']*)[\"']"_s, QRegularExpression::CaseInsensitiveOption);
    QString out;
    QString link; // the address of the link being read
    qsizetype linkStart = 0; // where its text begins in out
    qsizetype at = 0;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += decodeEntities(text.mid(at, m.capturedStart() - at));
        at = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == u"br"_s || (closing && (name == u"p"_s || name == u"div"_s || name == u"li"_s))) {
            out += u'\n';
        } else if (!closing && name == u"li"_s) {
            out += u"- "_s;
        } else if (!closing && name == u"a"_s) {
            link = decodeEntities(href.match(m.captured(3)).captured(1));
            linkStart = out.size();
        } else if (closing && name == u"a"_s) {
            const QString shown = out.mid(linkStart).trimmed();
            if (!link.isEmpty() && shown != link && !link.startsWith(u"mailto:"_s + shown)) {
                out += u" ("_s + link + u')';
            }
            link.clear();
        }
    }
    out += decodeEntities(text.mid(at));
    static const QRegularExpression blankLines(u"[ \\t]*\n[ \\t]*(\n[ \\t]*)+"_s);
    out.replace(blankLines, u"\n\n"_s);
    return out.trimmed();
}

QString minutesOf(const QString& described, const QString& outcome)
{
    // Outlook ends a description with blank lines: not the minutes'.
    const QString text = withoutDialIn(plainText(described)).trimmed();
    if (outcome.isEmpty() || !text.endsWith(outcome)) {
        return text;
    }
    // "minutes\n\nOutcome: outcome" in whatever language wrote it: the label is one short line.
    const qsizetype outcomeStart = text.size() - outcome.size();
    const qsizetype separator = text.lastIndexOf(u"\n\n"_s, outcomeStart - 1);
    const qsizetype labelStart = separator < 0 ? 0 : separator + 2;
    const QString label = text.mid(labelStart, outcomeStart - labelStart);
    if (label.size() > 40 || label.contains(u'\n') || !label.trimmed().endsWith(u':')) {
        return text;
    }
    return separator < 0 ? QString() : text.left(separator);
}

} // namespace ical

bool writeEventsIcs(Database& db, const QList<Id>& ids, QIODevice* device, QString* error, int* count)
{
    EventRepository repo(db);
    Contacts contacts(db);
    QList<ical::CalendarEvent> out;
    out.reserve(ids.size());
    // The UIDs of the calendars the activities were imported from, in one read.
    QHash<Id, QString> sourceUids;
    {
        QSqlQuery q(db.connection());
        const auto imported
            = sql::rows(q, u"SELECT id, source_uid FROM events WHERE source_uid IS NOT NULL AND source_uid <> ''"_s, {},
                [](const QSqlQuery& r) {
                    return std::pair{Id(r.value(0).toLongLong()), r.value(1).toString()};
                });
        if (!imported.ok(error)) {
            return false;
        }
        for (const auto& [id, uid] : *imported) {
            sourceUids.insert(id, uid);
        }
    }
    for (Id id : ids) {
        const auto found = repo.find(id);
        if (!found.ok(error)) {
            return false;
        }
        if (!found) {
            continue;
        }
        const Event& e = *found;
        ical::CalendarEvent c;
        c.uid = ical::uidOf(e.uuid);
        // An activity imported from a calendar keeps that calendar's UID (Outlook and Google find their
        // own event again instead of adding it twice); our uuid goes beside it. An occurrence of a series
        // ("UID#start") keeps ours.
        if (const QString source = sourceUids.value(id); !source.isEmpty() && !source.contains(u'#')) {
            c.uid = source;
            c.kmuniUuid = e.uuid;
        }
        c.key = c.uid;
        c.summary = e.subject;
        c.location = e.location;
        c.description = ical::description(e.minutes, e.outcome);
        c.start = e.start;
        c.durationMin = e.durationMin;
        c.durationKnown = true;
        // Whole days from midnight (a fair, a day of workshops; an all-day event of a calendar read in):
        // written as days, or other calendars show one appointment of 48 hours.
        c.allDay = e.durationMin > 0 && e.durationMin % (24 * 60) == 0
            && e.start.toTimeZone(time::berlin()).time() == QTime(0, 0);
        c.categories << vocab::label(vocab::List::EventType, e.type);
        c.kmuniType = e.type;
        c.kmuniOutcome = e.outcome;
        c.kmuniTimeSpentMin = e.timeSpentMin;
        c.created = e.createdAt;
        c.lastModified = e.updatedAt;
        if (e.loggedByStaffId > 0) {
            const auto staff = contacts.of(Participant::Kind::Staff, e.loggedByStaffId);
            if (!staff.ok(error)) {
                return false;
            }
            if (!staff->email.isEmpty()) {
                c.organiser = {staff->email, staff->name, {}, {}};
            }
        }
        QSet<Id> throughPersons;
        QSet<QString> written;
        for (auto kind : {Participant::Kind::Person, Participant::Kind::Staff, Participant::Kind::Organisation}) {
            for (Id ref : e.participantIds(kind)) {
                if (kind == Participant::Kind::Staff && ref == e.loggedByStaffId) {
                    continue; // the organiser
                }
                const auto contact = contacts.of(kind, ref);
                if (!contact.ok(error)) {
                    return false;
                }
                if (kind == Participant::Kind::Organisation && throughPersons.contains(ref)) {
                    continue; // took part through its person
                }
                // Without an e-mail address by its uuid (RFC 5545 takes any URI; Apple names everyone so),
                // which our import finds again and other programs show by its name.
                const QString address = contact->email.isEmpty() && !contact->uuid.isEmpty()
                    ? u"urn:uuid:"_s + contact->uuid
                    : contact->email;
                const QString key = address.toLower();
                if (address.isEmpty() || written.contains(key)) {
                    continue;
                }
                written.insert(key);
                if (kind == Participant::Kind::Person && contact->organisationId > 0) {
                    throughPersons.insert(contact->organisationId); // its organisation took part through them
                }
                c.attendees << ical::Attendee{address, contact->name,
                    kind == Participant::Kind::Organisation ? u"GROUP"_s : u"INDIVIDUAL"_s, u"ACCEPTED"_s};
            }
        }
        out << c;
    }
    if (count) {
        *count = int(out.size());
    }
    const QByteArray bytes = ical::write(out);
    if (!device || device->write(bytes) != bytes.size()) {
        return fail(error,
            Tr::tr("The calendar file cannot be written: %1")
                .arg(device ? device->errorString() : Tr::tr("nowhere to write")));
    }
    return true;
}

bool writeEventsIcs(Database& db, const EventFilter& filter, QIODevice* device, QString* error, int* count)
{
    const SqlCondition c = filter.condition();
    QSqlQuery q(db.connection());
    const QString where = c.clauses.isEmpty() ? QString() : u" WHERE "_s + c.where();
    const auto ids = sql::rows(q, u"SELECT e.id FROM events e"_s + where + u" ORDER BY e.starts_local, e.id"_s,
        c.values, [](const QSqlQuery& r) { return Id(r.value(0).toLongLong()); });
    if (!ids.ok(error)) {
        return false;
    }
    return writeEventsIcs(db, *ids, device, error, count);
}

} // namespace kmuni
