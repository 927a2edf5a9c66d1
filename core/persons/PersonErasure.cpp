// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Erasing a contact person (Art. 17 GDPR): the person's row anonymised in place, their traces masked in
// the text of what concerns them and in the audit log, then the search indexes and the journal cleaned,
// so that the old values are not left anywhere in the database files.
#include "PersonRepository.h"
#include "PersonTraces.h"
#include "common/EntityKind.h"

#include "common/Error.h"
#include "common/TextFold.h"
#include "common/Time.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonRepository)
};

/** What stands in an audit entry for a value that was erased. */
const QString hidden = u"•••"_s;

QJsonObject parseChanges(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& changes)
{
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

/** The rows that concern the person: their text is masked with the last name too. */
struct Linked
{
    QSet<Id> events;
    QSet<Id> matches;
    QSet<Id> followUps;
    Id organisation = 0;

    bool contains(const QString& entity, Id id) const
    {
        return (entity == entityCode(EntityKind::Event) && events.contains(id))
            || (entity == entityCode(EntityKind::Match) && matches.contains(id))
            || (entity == u"follow_up"_s && followUps.contains(id))
            || (entity == entityCode(EntityKind::Organisation) && organisation > 0 && id == organisation);
    }
};

/** A row whose text columns the masking changed. */
struct MaskedRow
{
    Id id = 0;
    QString uuid;
    QStringList before;
    QStringList after;
};

/** The erasure of one person, inside the caller's transaction. */
class Erasure
{
public:
    Erasure(Database& db, const Person& person, ErasureSummary& summary)
        : m_db(db)
        , m_person(person)
        , m_summary(summary)
        , m_q(db.connection())
    { }

    bool run(QString* error)
    {
        return findLinks(error) && makeMasker(error) && scrubAudit(error) && maskActivities(error)
            && maskFollowUps(error) && maskMatches(error) && maskOrganisations(error) && maskOtherPersons(error)
            && anonymise(error) && optimiseIndexes(error);
    }

private:
    bool addIds(QSet<Id>& into, const QString& statement, const QVariantList& values, QString* error)
    {
        const auto ids = sql::rows(m_q, statement, values, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
        if (!ids.ok(error)) {
            return false;
        }
        for (Id id : *ids) {
            into.insert(id);
        }
        return true;
    }

    bool findLinks(QString* error)
    {
        const Id id = m_person.id;
        m_linked.organisation = m_person.organisationId;
        if (!addIds(
                m_linked.events, u"SELECT DISTINCT event_id FROM event_participants WHERE person_id = ?"_s, {id}, error)
            || !addIds(m_linked.matches,
                u"SELECT id FROM matches WHERE company_person_id = ? OR university_person_id = ?"_s, {id, id}, error)
            || !addIds(m_linked.followUps,
                u"SELECT id FROM follow_ups WHERE person_id = ? "
                "OR event_id IN (SELECT event_id FROM event_participants WHERE person_id = ?)"_s,
                {id, id}, error)) {
            return false;
        }
        // The audit log also shows links that are gone: an activity deleted since, a contact person replaced.
        const QString token = u"p"_s + QString::number(id);
        const auto entries = sql::rows(m_q,
            u"SELECT entity, entity_id, changes FROM audit_log WHERE (entity = 'event' AND instr(changes, ?) > 0) "
            "OR (entity IN ('match', 'follow_up') AND instr(changes, 'person_id') > 0)"_s,
            {token}, [](const QSqlQuery& r) {
                return std::tuple{r.value(0).toString(), r.value(1).toLongLong(), parseChanges(r.value(2).toString())};
            });
        if (!entries.ok(error)) {
            return false;
        }
        for (const auto& [entity, entityId, changes] : *entries) {
            if (entity == entityCode(EntityKind::Event)) {
                for (const QJsonValue& v : changes.value(u"participants"_s).toArray()) {
                    if (v.toString().split(u' ').contains(token)) {
                        m_linked.events.insert(entityId);
                    }
                }
                continue;
            }
            const QStringList fields = entity == entityCode(EntityKind::Match)
                ? QStringList{u"company_person_id"_s, u"university_person_id"_s}
                : QStringList{u"person_id"_s};
            for (const QString& field : fields) {
                for (const QJsonValue& v : changes.value(field).toArray()) {
                    if (v.toInteger() == id) {
                        (entity == entityCode(EntityKind::Match) ? m_linked.matches : m_linked.followUps)
                            .insert(entityId);
                    }
                }
            }
        }
        return true;
    }

    bool makeMasker(QString* error)
    {
        // Organisation names that contain the last name ("Zyx Logistik GmbH") stay readable.
        const auto names = sql::rows(m_q, u"SELECT name, short_name FROM organisations"_s, {}, [](const QSqlQuery& r) {
            return QStringList{r.value(0).toString(), r.value(1).toString()};
        });
        if (!names.ok(error)) {
            return false;
        }
        QStringList organisations;
        for (const QStringList& pair : *names) {
            for (const QString& name : pair) {
                if (!name.trimmed().isEmpty()) {
                    organisations << name.trimmed();
                }
            }
        }
        m_traces = erasure::tracesOf(m_person, organisations);
        m_masker.emplace(m_traces, PersonRepository::erasedName());
        return true;
    }

    /**
     * An SQL condition true where the text @p expression contains a plain trace (full name, e-mail, phone): a
     * cheap pre-selection for the masking, which then ignores case fully (SQL's lower() folds ASCII only).
     */
    QString namingCondition(const QString& expression, QVariantList* values) const
    {
        QStringList conditions;
        for (const QString& trace : m_traces.plain) {
            conditions << u"instr(%1, ?) > 0 OR instr(lower(%1), ?) > 0"_s.arg(expression);
            *values << trace << trace.toLower();
        }
        return u"("_s + conditions.join(u" OR "_s) + u')';
    }

    /** An FTS5 query of a word index (unicode61 over folded text) for rows with all the words of any plain trace. */
    QString wordQuery() const
    {
        static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
        QStringList alternatives;
        for (const QString& trace : m_traces.plain) {
            const QStringList words = fold::simple(trace).split(separators, Qt::SkipEmptyParts);
            if (!words.isEmpty()) {
                alternatives << u"(\""_s + words.join(u"\" AND \""_s) + u"\")"_s;
            }
        }
        return alternatives.join(u" OR "_s);
    }

    bool rewriteAudit(qint64 rowId, const QJsonObject& changes, QString* error)
    {
        ++m_summary.auditEntries;
        return sql::run(m_q, u"UPDATE audit_log SET changes = ? WHERE id = ?"_s, {compact(changes), rowId}, error);
    }

    using AuditRow = std::tuple<qint64, QString, Id, QString>;

    Result<QList<AuditRow>> auditRows(const QString& where, const QVariantList& values)
    {
        return sql::rows(m_q, u"SELECT id, entity, entity_id, changes FROM audit_log WHERE "_s + where, values,
            [](const QSqlQuery& r) {
                return AuditRow{
                    r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toString()};
            });
    }

    bool scrubAudit(QString* error)
    {
        QSet<qint64> done;
        // The person's own entries keep which fields changed and when, not a value.
        const auto own = auditRows(u"entity = 'person' AND entity_id = ?"_s, {m_person.id});
        if (!own.ok(error)) {
            return false;
        }
        for (const auto& [rowId, entity, entityId, text] : *own) {
            done.insert(rowId);
            const QJsonObject changes = parseChanges(text);
            const QJsonObject blanked = erasure::blank(changes, hidden).toObject();
            if (blanked != changes && !rewriteAudit(rowId, blanked, error)) {
                return false;
            }
        }
        // Entries of what concerns the person, and any other entry that names them (read first, then written).
        QList<AuditRow> rows;
        const auto addRows = [&](const QString& entity, const QSet<Id>& ids) {
            for (Id id : ids) {
                const auto found = auditRows(u"entity = ? AND entity_id = ?"_s, {entity, id});
                if (!found.ok(error)) {
                    return false;
                }
                rows << *found;
            }
            return true;
        };
        if (!addRows(u"event"_s, m_linked.events) || !addRows(u"match"_s, m_linked.matches)
            || !addRows(u"follow_up"_s, m_linked.followUps)
            || (m_linked.organisation > 0 && !addRows(u"organisation"_s, {m_linked.organisation}))) {
            return false;
        }
        if (!m_traces.plain.isEmpty()) {
            QVariantList values;
            const QString condition = namingCondition(u"changes"_s, &values);
            const auto naming = auditRows(condition, values);
            if (!naming.ok(error)) {
                return false;
            }
            rows << *naming;
        }
        for (const auto& [rowId, entity, entityId, text] : std::as_const(rows)) {
            if (done.contains(rowId)) {
                continue;
            }
            done.insert(rowId);
            const QJsonObject changes = parseChanges(text);
            const QJsonObject masked = m_masker->apply(changes, m_linked.contains(entity, entityId)).toObject();
            if (masked != changes && !rewriteAudit(rowId, masked, error)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Masks @p columns of @p table: in the rows @p linked (about the person) with the last name too, in any
     * other row that contains the full name, e-mail or phone number as stored, those. The rows that changed.
     */
    Result<QList<MaskedRow>> maskRows(
        const QString& table, const QStringList& columns, const QSet<Id>& linked, const QString& wordIndex = {})
    {
        using R = Result<QList<MaskedRow>>;
        QSet<Id> candidates = linked;
        QString error;
        if (!m_traces.plain.isEmpty() && !wordIndex.isEmpty()) {
            // The activities are many: their word index names the rows that have every word of a trace.
            const QString query = wordQuery();
            if (!query.isEmpty()
                && !addIds(candidates, u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(wordIndex), {query}, &error)) {
                return R::failure(error);
            }
        } else if (!m_traces.plain.isEmpty()) {
            QVariantList values;
            const QString condition = namingCondition(columns.join(u" || ' ' || "_s), &values);
            if (!addIds(candidates, u"SELECT id FROM "_s + table + u" WHERE "_s + condition, values, &error)) {
                return R::failure(error);
            }
        }
        QList<MaskedRow> changed;
        QList<Id> sorted(candidates.cbegin(), candidates.cend());
        std::sort(sorted.begin(), sorted.end());
        for (Id id : sorted) {
            const auto row
                = sql::row(m_q, u"SELECT uuid, "_s + columns.join(u", "_s) + u" FROM "_s + table + u" WHERE id = ?"_s,
                    {id}, [&](const QSqlQuery& r) {
                        MaskedRow m;
                        m.id = id;
                        m.uuid = r.value(0).toString();
                        for (int i = 0; i < columns.size(); ++i) {
                            m.before << r.value(i + 1).toString();
                        }
                        return m;
                    });
            if (row.failed()) {
                return R::failure(row.error());
            }
            if (!row) {
                continue; // gone since (only its audit entries are left)
            }
            MaskedRow m = *row;
            for (const QString& text : std::as_const(m.before)) {
                m.after << m_masker->apply(text, linked.contains(id));
            }
            if (m.after != m.before) {
                changed << m;
            }
        }
        return changed;
    }

    /** Writes a masked row with an audit entry that shows the new text, not the old. */
    bool writeMasked(
        const QString& table, const QString& entity, const QStringList& columns, const MaskedRow& row, QString* error)
    {
        QJsonObject changes;
        sql::Columns values;
        for (int i = 0; i < columns.size(); ++i) {
            values.append({columns.at(i), row.after.at(i)});
            if (row.after.at(i) != row.before.at(i)) {
                changes.insert(columns.at(i), QJsonArray{hidden, row.after.at(i)});
            }
        }
        values.append({u"updated_at"_s, time::toStorage(time::now())});
        return sql::update(m_q, table, values, row.id, error)
            && audit::record(m_db, entity, row.id, row.uuid, u"update"_s, changes, error);
    }

    bool maskActivities(QString* error)
    {
        static const QStringList columns = {u"subject"_s, u"location"_s, u"minutes"_s, u"outcome"_s};
        const auto rows = maskRows(u"events"_s, columns, m_linked.events, u"event_search"_s);
        if (!rows.ok(error)) {
            return false;
        }
        EventRepository events(m_db);
        for (const MaskedRow& row : *rows) {
            // The word index keeps no text: the old row is taken out with the text it was indexed with.
            Event before;
            before.id = row.id;
            before.subject = row.before.at(0);
            before.location = row.before.at(1);
            before.minutes = row.before.at(2);
            before.outcome = row.before.at(3);
            Event after = before;
            after.subject = row.after.at(0);
            after.location = row.after.at(1);
            after.minutes = row.after.at(2);
            after.outcome = row.after.at(3);
            if (!writeMasked(u"events"_s, u"event"_s, columns, row, error) || !events.reindex(&before, &after, error)) {
                return false;
            }
        }
        m_summary.activities = int(rows->size());
        return true;
    }

    bool maskFollowUps(QString* error)
    {
        static const QStringList columns = {u"title"_s};
        const auto rows = maskRows(u"follow_ups"_s, columns, m_linked.followUps);
        if (!rows.ok(error)) {
            return false;
        }
        for (const MaskedRow& row : *rows) {
            if (!writeMasked(u"follow_ups"_s, u"follow_up"_s, columns, row, error)) {
                return false;
            }
        }
        m_summary.followUps = int(rows->size());
        return true;
    }

    bool maskMatches(QString* error)
    {
        static const QStringList columns = {u"title"_s, u"outcome"_s, u"notes"_s};
        const auto rows = maskRows(u"matches"_s, columns, m_linked.matches);
        if (!rows.ok(error)) {
            return false;
        }
        MatchRepository matches(m_db);
        for (const MaskedRow& row : *rows) {
            if (!writeMasked(u"matches"_s, u"match"_s, columns, row, error)) {
                return false;
            }
            const auto match = matches.find(row.id);
            if (!match.ok(error) || (match && !matches.reindex(*match, error))) {
                return false;
            }
        }
        m_summary.matches = int(rows->size());
        return true;
    }

    bool maskOrganisations(QString* error)
    {
        // Notes only: an organisation's own name, address and e-mail are its data, not the person's.
        static const QStringList columns = {u"notes"_s};
        QSet<Id> linked;
        if (m_linked.organisation > 0) {
            linked.insert(m_linked.organisation);
        }
        const auto rows = maskRows(u"organisations"_s, columns, linked);
        if (!rows.ok(error)) {
            return false;
        }
        for (const MaskedRow& row : *rows) {
            if (!writeMasked(u"organisations"_s, u"organisation"_s, columns, row, error)) {
                return false;
            }
        }
        m_summary.organisations = int(rows->size());
        return true;
    }

    bool maskOtherPersons(QString* error)
    {
        // "Deputy of Anna Zyx" in a colleague's notes; the person's own notes go with the rest of the row.
        static const QStringList columns = {u"notes"_s};
        const auto rows = maskRows(u"persons"_s, columns, {});
        if (!rows.ok(error)) {
            return false;
        }
        for (const MaskedRow& row : *rows) {
            if (row.id == m_person.id) {
                continue;
            }
            if (!writeMasked(u"persons"_s, u"person"_s, columns, row, error)) {
                return false;
            }
            ++m_summary.otherPersons;
        }
        return true;
    }

    bool anonymise(QString* error)
    {
        const QString name = PersonRepository::erasedName();
        // Kept: the organisation (the funding report counts participants by it), the legal basis and the date
        // of consent (the proof that the processing was lawful), do-not-contact, the uuid (so that a merge or
        // another office's copy does not bring the person back) and when the row was created.
        if (!sql::run(m_q,
                u"UPDATE persons SET salutation = '', title = '', first_name = '', last_name = ?, function = '', "
                "email = '', phone = '', mobile = '', notes = '', archived = 1, erased = 1, sort_key = ?, "
                "updated_at = ? WHERE id = ?"_s,
                {name, fold::personSortKey(name, {}), time::toStorage(time::now()), m_person.id}, error)
            || !sql::run(m_q, u"DELETE FROM person_search WHERE rowid = ?"_s, {m_person.id}, error)) {
            return false;
        }
        QJsonObject changes{{u"erased"_s, QJsonArray{false, true}}};
        if (!m_person.archived) {
            changes.insert(u"archived"_s, QJsonArray{false, true});
        }
        return audit::record(
            m_db, entityCode(EntityKind::Person), m_person.id, m_person.uuid, u"erase"_s, changes, error);
    }

    bool optimiseIndexes(QString* error)
    {
        if (m_db.isServer()) {
            return true; // plain tables there: the row is gone with its DELETE
        }
        // FTS5 deletes by adding tombstones; the old text stays in older segments until they are merged.
        // Merging all segments into one leaves the old ones as free pages, which secure_delete overwrites.
        QStringList tables = {u"person_search"_s};
        if (m_summary.activities > 0) {
            tables << u"event_search"_s;
        }
        if (m_summary.matches > 0) {
            tables << u"match_search"_s;
        }
        for (const QString& table : std::as_const(tables)) {
            if (!sql::run(m_q, u"INSERT INTO %1(%1) VALUES ('optimize')"_s.arg(table), {}, error)) {
                return false;
            }
        }
        return true;
    }

    Database& m_db;
    const Person& m_person;
    ErasureSummary& m_summary;
    QSqlQuery m_q;
    Linked m_linked;
    erasure::Traces m_traces;
    std::optional<erasure::Masker> m_masker;
};

/** Copies the journal into the database file and truncates it: the old pages are then gone from it too. */
bool emptyJournal(Database& db)
{
    if (db.isServer()) {
        return true; // the server's own vacuum and WAL recycling are its administrator's (see packaging/server)
    }
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {}, &error) || !sql::next(q, &error)) {
        return false;
    }
    // (busy, frames in the journal, frames copied): busy when a reader of another connection holds it.
    return q.value(0).toInt() == 0;
}

} // namespace

QString PersonRepository::erasedName()
{
    return Tr::tr("(erased)");
}

bool PersonRepository::erase(Id id, QString* error, ErasureSummary* summary)
{
    ErasureSummary result;
    if (!m_db.isServer()) {
        // Deleted content is overwritten with zeros. Database turns this on for every connection that writes;
        // the erasure relies on it, so it is made sure of here.
        QSqlQuery pragma(m_db.connection());
        if (!sql::run(pragma, u"PRAGMA secure_delete = ON"_s, {}, error)) {
            return false;
        }
    }
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            return fail(error, tx.error());
        }
        // Locked before it is read: on a server a save in another office waits until the erasure is done.
        const auto person = sql::lockedRow(
            m_db, u"persons"_s, id, *this, Tr::tr("There is no contact person with the id %1.").arg(id));
        if (!person.ok(error)) {
            return false;
        }
        if (person->erased) {
            result.alreadyErased = true;
        } else {
            // The erasure's statements are finished (the temporary gone) before the commit.
            if (!Erasure(m_db, *person, result).run(error)) {
                return false;
            }
            if (!tx.commit(error)) {
                return false;
            }
        }
    }
    // Inside a caller's transaction the journal cannot be emptied yet.
    result.journalCleared = result.alreadyErased || (m_db.transactionDepth() == 0 && emptyJournal(m_db));
    if (summary) {
        *summary = result;
    }
    return true;
}

} // namespace kmuni
