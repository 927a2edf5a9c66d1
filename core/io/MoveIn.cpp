// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveIn.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"
#include "io/ImportMapping.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace kmuni::movein {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::MoveIn)
};

using IdMap = QHash<qint64, qint64>; // id in the file → id in the target
using Overrides = QHash<QString, QVariant>;

QVariant mapped(const IdMap& map, const QVariant& id)
{
    if (id.isNull() || id.toLongLong() == 0) {
        return QVariant(QMetaType(QMetaType::LongLong));
    }
    return map.value(id.toLongLong(), 0) > 0 ? QVariant(map.value(id.toLongLong()))
                                             : QVariant(QMetaType(QMetaType::LongLong));
}

class Mover
{
public:
    Mover(Database& from, Database& to)
        : m_to(to)
        , m_read(from.connection())
        , m_write(to.connection())
    { }

    bool run(Report* report, QString* error)
    {
        m_report = report;
        m_error = error;
        return deletions() && organisations() && staff() && persons() && topics() && linksOfOrganisations() && events()
            && followUps() && matches() && history() && settings() && reindex();
    }

private:
    // Every row of @p table in the file, in @p order.
    Result<QList<QSqlRecord>> rows(const QString& table, const QString& order = u"id"_s)
    {
        return sql::rows(m_read, u"SELECT * FROM "_s + table + u" ORDER BY "_s + order, {},
            [](const QSqlQuery& r) { return r.record(); });
    }

    // The target's rows as @p key → id.
    bool index(const QString& statement, QHash<QString, qint64>* out)
    {
        const auto found = sql::rows(m_write, statement, {}, [](const QSqlQuery& r) {
            return std::pair{r.value(1).toString(), r.value(0).toLongLong()};
        });
        if (found.failed()) {
            return fail(m_error, found.error());
        }
        for (const auto& [key, id] : *found) {
            if (!key.isEmpty() && !out->contains(key)) {
                out->insert(key, id);
            }
        }
        return true;
    }

    // The uuids of the records the target deleted (audit "delete"), by entity: they stay deleted.
    bool deletions()
    {
        const auto found = sql::rows(m_write, u"SELECT entity, entity_uuid FROM audit_log WHERE action = 'delete'"_s,
            {}, [](const QSqlQuery& r) {
                return std::pair{r.value(0).toString(), r.value(1).toString()};
            });
        if (found.failed()) {
            return fail(m_error, found.error());
        }
        for (const auto& [entity, uuid] : *found) {
            m_deleted[entity].insert(uuid);
        }
        return true;
    }

    // True when @p row (of @p entity, in @p table) was deleted in the target: counted and named.
    // (Checked after the match by name or e-mail: a record made again under the same name is linked.)
    bool deletedHere(const QString& entity, const QString& table, const QSqlRecord& row, const QString& name)
    {
        if (!m_deleted.value(entity).contains(row.value(u"uuid"_s).toString())) {
            return false;
        }
        leftOut(table,
            Tr::tr("%1 »%2« (%3 in the file) was deleted in the database.")
                .arg(entityLabel(entity), name)
                .arg(row.value(u"id"_s).toLongLong()));
        return true;
    }

    void leftOut(const QString& table, const QString& line)
    {
        ++counts(table).deleted;
        m_report->deletions << line;
    }

    static QString entityLabel(const QString& entity)
    {
        return entity == u"organisation"_s ? Tr::tr("Organisation")
            : entity == u"person"_s        ? Tr::tr("Contact person")
            : entity == u"event"_s         ? Tr::tr("Activity")
                                           : Tr::tr("Match");
    }

    // The records of @p table the target merged away (see merge::recordMerge()): their uuids stand
    // for the record they went into, so that a copy from before the merge does not bring them back.
    // (A merge points the audit entries of the record merged away at the one kept, so entity_id is
    // the record that is left, also after merges one after the other.)
    bool mergedAway(const QString& entity, const QString& table, QHash<QString, qint64>* byUuid)
    {
        const auto found = sql::rows(m_write,
            u"SELECT coalesce(t.id, 0), a.changes FROM audit_log a LEFT JOIN %1 t ON t.id = a.entity_id "
            "WHERE a.entity = ? AND a.changes LIKE ?"_s.arg(table),
            {entity, u"%\"merged_from\"%"_s}, [](const QSqlQuery& r) {
                return std::pair{r.value(0).toLongLong(), r.value(1).toString()};
            });
        if (found.failed()) {
            return fail(m_error, found.error());
        }
        for (const auto& [id, changes] : *found) {
            const QJsonArray from
                = QJsonDocument::fromJson(changes.toUtf8()).object().value(u"merged_from"_s).toArray();
            const QString other = from.at(0).toString();
            if (other.isEmpty() || byUuid->contains(other)) {
                continue;
            }
            if (id > 0) {
                byUuid->insert(other, id);
            } else {
                m_deleted[entity].insert(other); // the record it went into was deleted since
            }
        }
        return true;
    }

    // Inserts @p row into @p table of the target without its id, with @p overrides.
    bool insert(const QString& table, const QSqlRecord& row, const Overrides& overrides, qint64* newId,
        bool ignoreConflicts = false)
    {
        sql::Columns columns;
        for (int i = 0; i < row.count(); ++i) {
            const QString name = row.fieldName(i);
            if (name == u"id"_s) {
                continue; // the target gives its own ids
            }
            columns.append({name, overrides.contains(name) ? overrides.value(name) : row.value(i)});
        }
        if (!ignoreConflicts) {
            return sql::insert(m_write, table, columns, newId, m_error);
        }
        QStringList names;
        QVariantList values;
        for (const auto& [name, value] : std::as_const(columns)) {
            names << name;
            values << value;
        }
        return sql::run(m_write,
            u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s
                + sql::placeholders(values.size()) + u") ON CONFLICT DO NOTHING"_s,
            values, m_error);
    }

    Counts& counts(const QString& table) { return m_report->tables[table]; }

    bool organisations()
    {
        QHash<QString, qint64> byUuid;
        QHash<QString, qint64> byName;
        if (!index(u"SELECT id, uuid FROM organisations"_s, &byUuid)
            || !mergedAway(u"organisation"_s, u"organisations"_s, &byUuid)) {
            return false;
        }
        const auto stored = sql::rows(m_write,
            u"SELECT id, kind, coalesce(parent_id, 0), name, legal_form FROM organisations ORDER BY id"_s, {},
            [](const QSqlQuery& r) {
                return std::pair{nameKey(r.value(1).toString(), r.value(2).toLongLong(),
                                     r.value(3).toString() + u' ' + r.value(4).toString()),
                    r.value(0).toLongLong()};
            });
        if (stored.failed()) {
            return fail(m_error, stored.error());
        }
        for (const auto& [key, id] : *stored) {
            byName.insert(key, byName.value(key, id));
        }
        // Parents (universities) before their institutes.
        const auto source = rows(u"organisations"_s, u"parent_id IS NOT NULL, id"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& o : *source) {
            const qint64 id = o.value(u"id"_s).toLongLong();
            const qint64 parent = m_orgs.value(o.value(u"parent_id"_s).toLongLong(), 0);
            const QString key = nameKey(o.value(u"kind"_s).toString(), parent,
                o.value(u"name"_s).toString() + u' ' + o.value(u"legal_form"_s).toString());
            if (const qint64 same = byUuid.value(o.value(u"uuid"_s).toString()); same > 0) {
                m_orgs.insert(id, same);
                ++counts(u"organisations"_s).already;
            } else if (const qint64 named = byName.value(key); named > 0) {
                m_orgs.insert(id, named);
                ++counts(u"organisations"_s).merged;
                m_report->merges << Tr::tr("Organisation »%1« (%2 in the file) is %3 in the database.")
                                        .arg(o.value(u"name"_s).toString())
                                        .arg(id)
                                        .arg(named);
            } else if (deletedHere(u"organisation"_s, u"organisations"_s, o, o.value(u"name"_s).toString())) {
                continue;
            } else if (!o.value(u"parent_id"_s).isNull() && parent == 0) {
                leftOut(u"organisations"_s,
                    Tr::tr("Institute »%1« (%2 in the file): its university was deleted in the database.")
                        .arg(o.value(u"name"_s).toString())
                        .arg(id));
            } else {
                qint64 newId = 0;
                // The responsible staff member follows once the staff is there (staff() links back).
                if (!insert(u"organisations"_s, o,
                        {{u"parent_id"_s, mapped(m_orgs, o.value(u"parent_id"_s))},
                            {u"responsible_staff_id"_s, QVariant(QMetaType(QMetaType::LongLong))}},
                        &newId)) {
                    return false;
                }
                m_orgs.insert(id, newId);
                m_created[u"organisation"_s].insert(newId);
                m_newOrgs.insert(newId, o.value(u"responsible_staff_id"_s).toLongLong());
                byName.insert(key, newId);
                ++counts(u"organisations"_s).created;
            }
        }
        return true;
    }

    static QString nameKey(const QString& kind, qint64 parent, const QString& name)
    {
        return kind + u'|' + QString::number(parent) + u'|' + kmuni::import::matchKey(name);
    }

    bool staff()
    {
        QHash<QString, qint64> byUuid;
        QHash<QString, qint64> byLogin;
        if (!index(u"SELECT id, uuid FROM staff"_s, &byUuid) || !index(u"SELECT id, login FROM staff"_s, &byLogin)) {
            return false;
        }
        const auto source = rows(u"staff"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& s : *source) {
            const qint64 id = s.value(u"id"_s).toLongLong();
            const QString login = s.value(u"login"_s).toString();
            if (const qint64 same = byUuid.value(s.value(u"uuid"_s).toString()); same > 0) {
                m_staff.insert(id, same);
                ++counts(u"staff"_s).already;
            } else if (const qint64 named = login.isEmpty() ? 0 : byLogin.value(login); named > 0) {
                m_staff.insert(id, named);
                ++counts(u"staff"_s).merged;
            } else {
                qint64 newId = 0;
                if (!insert(u"staff"_s, s, {{u"partner_id"_s, mapped(m_orgs, s.value(u"partner_id"_s))}}, &newId)) {
                    return false;
                }
                m_staff.insert(id, newId);
                ++counts(u"staff"_s).created;
            }
        }
        for (auto it = m_newOrgs.cbegin(); it != m_newOrgs.cend(); ++it) {
            const QVariant staffId = mapped(m_staff, it.value());
            if (!staffId.isNull()
                && !sql::run(m_write, u"UPDATE organisations SET responsible_staff_id = ? WHERE id = ?"_s,
                    {staffId, it.key()}, m_error)) {
                return false;
            }
        }
        return true;
    }

    bool persons()
    {
        QHash<QString, qint64> byUuid;
        QHash<QString, qint64> byEmail;
        QHash<QString, qint64> byName;
        if (!index(u"SELECT id, uuid FROM persons"_s, &byUuid) || !mergedAway(u"person"_s, u"persons"_s, &byUuid)
            || !index(u"SELECT id, lower(email) FROM persons WHERE erased = 0"_s, &byEmail)) {
            return false;
        }
        const auto stored = sql::rows(m_write,
            u"SELECT id, first_name, last_name, coalesce(organisation_id, 0) FROM persons WHERE erased = 0"_s, {},
            [](const QSqlQuery& r) {
                return std::pair{personKey(r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong()),
                    r.value(0).toLongLong()};
            });
        if (stored.failed()) {
            return fail(m_error, stored.error());
        }
        for (const auto& [key, id] : *stored) {
            byName.insert(key, byName.value(key, id));
        }
        const auto source = rows(u"persons"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& p : *source) {
            const qint64 id = p.value(u"id"_s).toLongLong();
            const QString email = p.value(u"email"_s).toString().toLower();
            const bool erased = p.value(u"erased"_s).toInt() != 0;
            const QString key = personKey(p.value(u"first_name"_s).toString(), p.value(u"last_name"_s).toString(),
                m_orgs.value(p.value(u"organisation_id"_s).toLongLong(), 0));
            qint64 same = byUuid.value(p.value(u"uuid"_s).toString());
            if (same > 0) {
                m_persons.insert(id, same);
                ++counts(u"persons"_s).already;
                continue;
            }
            same = erased ? 0 : (email.isEmpty() ? 0 : byEmail.value(email));
            if (same == 0 && !erased) {
                same = byName.value(key);
            }
            if (same > 0) {
                m_persons.insert(id, same);
                ++counts(u"persons"_s).merged;
                m_report->merges << Tr::tr("Contact person »%1 %2« (%3 in the file) is %4 in the database.")
                                        .arg(p.value(u"first_name"_s).toString(), p.value(u"last_name"_s).toString())
                                        .arg(id)
                                        .arg(same);
                continue;
            }
            const QString name = p.value(u"first_name"_s).toString() + u' ' + p.value(u"last_name"_s).toString();
            if (deletedHere(u"person"_s, u"persons"_s, p, name.trimmed())) {
                continue;
            }
            qint64 newId = 0;
            if (!insert(
                    u"persons"_s, p, {{u"organisation_id"_s, mapped(m_orgs, p.value(u"organisation_id"_s))}}, &newId)) {
                return false;
            }
            m_persons.insert(id, newId);
            m_created[u"person"_s].insert(newId);
            if (!p.value(u"organisation_id"_s).isNull() && mapped(m_orgs, p.value(u"organisation_id"_s)).isNull()) {
                m_report->deletions << Tr::tr("Contact person »%1« (%2 in the file) came without organisation: "
                                              "it was deleted in the database.")
                                           .arg(name.trimmed())
                                           .arg(id);
            }
            if (!email.isEmpty()) {
                byEmail.insert(email, newId);
            }
            byName.insert(key, newId);
            ++counts(u"persons"_s).created;
        }
        return true;
    }

    static QString personKey(const QString& first, const QString& last, qint64 organisation)
    {
        return kmuni::import::matchKey(first) + u'|' + kmuni::import::matchKey(last) + u'|'
            + QString::number(organisation);
    }

    bool topics()
    {
        QHash<QString, qint64> bySortKey;
        if (!index(u"SELECT id, sort_key FROM topics"_s, &bySortKey)) {
            return false;
        }
        const auto source = rows(u"topics"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& t : *source) {
            const qint64 id = t.value(u"id"_s).toLongLong();
            if (const qint64 same = bySortKey.value(t.value(u"sort_key"_s).toString()); same > 0) {
                m_topics.insert(id, same);
                ++counts(u"topics"_s).already;
                continue;
            }
            qint64 newId = 0;
            if (!insert(u"topics"_s, t, {}, &newId)) {
                return false;
            }
            m_topics.insert(id, newId);
            ++counts(u"topics"_s).created;
        }
        const auto keywords = rows(u"topic_keywords"_s, u"topic_id, keyword"_s);
        if (keywords.failed()) {
            return fail(m_error, keywords.error());
        }
        for (const QSqlRecord& k : *keywords) {
            if (!insert(u"topic_keywords"_s, k, {{u"topic_id"_s, mapped(m_topics, k.value(u"topic_id"_s))}}, nullptr,
                    true)) {
                return false;
            }
        }
        return true;
    }

    // Rows that only link (needs, offers, rejected suggestions, report codes): taken over where missing.
    bool linksOfOrganisations()
    {
        const QList<std::pair<QString, QHash<QString, const IdMap*>>> tables = {
            {u"organisation_topics"_s, {{u"organisation_id"_s, &m_orgs}, {u"topic_id"_s, &m_topics}}},
            {u"organisation_match_types"_s, {{u"organisation_id"_s, &m_orgs}}},
            {u"suggestion_rejections"_s, {{u"company_id"_s, &m_orgs}, {u"university_id"_s, &m_orgs}}},
        };
        for (const auto& [table, links] : tables) {
            if (!copyLinks(table, links, u"1"_s)) {
                return false;
            }
        }
        const auto codes = rows(u"partner_codes"_s);
        if (codes.failed()) {
            return fail(m_error, codes.error());
        }
        for (const QSqlRecord& c : *codes) {
            if (mapped(m_orgs, c.value(u"organisation_id"_s)).isNull()) {
                continue; // its organisation was deleted in the database
            }
            if (!insert(u"partner_codes"_s, c, {{u"organisation_id"_s, mapped(m_orgs, c.value(u"organisation_id"_s))}},
                    nullptr, true)) {
                return false;
            }
        }
        return true;
    }

    bool copyLinks(const QString& table, const QHash<QString, const IdMap*>& links, const QString& order,
        const std::function<bool(const QSqlRecord&)>& wanted = {})
    {
        const auto source = rows(table, order);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& r : *source) {
            if (wanted && !wanted(r)) {
                continue;
            }
            Overrides overrides;
            bool complete = true;
            for (auto it = links.cbegin(); it != links.cend(); ++it) {
                const QVariant value = mapped(*it.value(), r.value(it.key()));
                complete = complete && (value.isNull() == r.value(it.key()).isNull());
                overrides.insert(it.key(), value);
            }
            if (complete && !insert(table, r, overrides, nullptr, true)) {
                return false;
            }
        }
        return true;
    }

    // Rows known by their uuid: taken over once, their references given the target's ids by @p links.
    // A row deleted in the target, or one whose @p required link was, is left out.
    bool byUuid(const QString& table, const QString& entity, IdMap* map,
        const std::function<Overrides(const QSqlRecord&)>& links, const QStringList& required)
    {
        QHash<QString, qint64> known;
        if (!index(u"SELECT id, uuid FROM "_s + table, &known)) {
            return false;
        }
        const auto source = rows(table);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& r : *source) {
            const qint64 id = r.value(u"id"_s).toLongLong();
            if (const qint64 same = known.value(r.value(u"uuid"_s).toString()); same > 0) {
                map->insert(id, same);
                ++counts(table).already;
                continue;
            }
            const QString title = r.value(u"title"_s).toString();
            if (deletedHere(entity, table, r, title)) {
                continue;
            }
            const Overrides overrides = links(r);
            if (std::any_of(required.cbegin(), required.cend(), [&](const QString& column) {
                    return !r.value(column).isNull() && overrides.value(column).isNull();
                })) {
                leftOut(table,
                    Tr::tr("%1 »%2« (%3 in the file): what it belongs to was deleted in the database.")
                        .arg(entity == u"match"_s ? Tr::tr("Match") : Tr::tr("Follow-up"), title)
                        .arg(id));
                continue;
            }
            qint64 newId = 0;
            if (!insert(table, r, overrides, &newId)) {
                return false;
            }
            map->insert(id, newId);
            m_created[entity].insert(newId);
            ++counts(table).created;
        }
        return true;
    }

    bool events()
    {
        // An activity imported from the same calendar in both offices is one activity.
        QHash<QString, qint64> bySource;
        if (!index(u"SELECT id, source_uid FROM events WHERE source_uid IS NOT NULL"_s, &bySource)) {
            return false;
        }
        const auto source = rows(u"events"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        QHash<QString, qint64> known;
        if (!index(u"SELECT id, uuid FROM events"_s, &known)) {
            return false;
        }
        for (const QSqlRecord& e : *source) {
            const qint64 id = e.value(u"id"_s).toLongLong();
            const qint64 same
                = known.value(e.value(u"uuid"_s).toString(), bySource.value(e.value(u"source_uid"_s).toString()));
            if (same > 0) {
                m_events.insert(id, same);
                ++counts(u"events"_s).already;
                continue;
            }
            if (deletedHere(u"event"_s, u"events"_s, e, e.value(u"subject"_s).toString())) {
                continue;
            }
            qint64 newId = 0;
            if (!insert(u"events"_s, e, {{u"logged_by_staff_id"_s, mapped(m_staff, e.value(u"logged_by_staff_id"_s))}},
                    &newId)) {
                return false;
            }
            m_events.insert(id, newId);
            m_created[u"event"_s].insert(newId);
            ++counts(u"events"_s).created;
        }
        return copyLinks(u"event_participants"_s,
            {{u"event_id"_s, &m_events}, {u"organisation_id"_s, &m_orgs}, {u"person_id"_s, &m_persons},
                {u"staff_id"_s, &m_staff}},
            u"id"_s, [this](const QSqlRecord& r) {
                return m_created[u"event"_s].contains(m_events.value(r.value(u"event_id"_s).toLongLong()));
            });
    }

    bool followUps()
    {
        return byUuid(u"follow_ups"_s, u"follow_up"_s, &m_followUps,
            [this](const QSqlRecord& r) {
                return Overrides{{u"event_id"_s, mapped(m_events, r.value(u"event_id"_s))},
                    {u"organisation_id"_s, mapped(m_orgs, r.value(u"organisation_id"_s))},
                    {u"person_id"_s, mapped(m_persons, r.value(u"person_id"_s))},
                    {u"staff_id"_s, mapped(m_staff, r.value(u"staff_id"_s))}};
            },
            {u"event_id"_s, u"organisation_id"_s});
    }

    bool matches()
    {
        if (!byUuid(u"matches"_s, u"match"_s, &m_matches,
                [this](const QSqlRecord& r) {
                    return Overrides{{u"company_id"_s, mapped(m_orgs, r.value(u"company_id"_s))},
                        {u"university_id"_s, mapped(m_orgs, r.value(u"university_id"_s))},
                        {u"company_person_id"_s, mapped(m_persons, r.value(u"company_person_id"_s))},
                        {u"university_person_id"_s, mapped(m_persons, r.value(u"university_person_id"_s))},
                        {u"staff_id"_s, mapped(m_staff, r.value(u"staff_id"_s))}};
                },
                {u"company_id"_s, u"university_id"_s})) {
            return false;
        }
        const auto isNew = [this](const QSqlRecord& r) {
            return m_created[u"match"_s].contains(m_matches.value(r.value(u"match_id"_s).toLongLong()));
        };
        return copyLinks(u"match_stages"_s, {{u"match_id"_s, &m_matches}}, u"id"_s, isNew)
            && copyLinks(u"match_events"_s, {{u"match_id"_s, &m_matches}, {u"event_id"_s, &m_events}},
                u"match_id, event_id"_s, isNew);
    }

    // The history of what came over new: its audit-log rows, pointing at the new ids.
    bool history()
    {
        const QHash<QString, const IdMap*> maps = {{u"organisation"_s, &m_orgs}, {u"person"_s, &m_persons},
            {u"event"_s, &m_events}, {u"match"_s, &m_matches}, {u"follow_up"_s, &m_followUps}};
        const auto source = rows(u"audit_log"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& a : *source) {
            const QString entity = a.value(u"entity"_s).toString();
            const IdMap* map = maps.value(entity);
            const qint64 target = map ? map->value(a.value(u"entity_id"_s).toLongLong()) : 0;
            if (target == 0 || !m_created[entity].contains(target)) {
                continue;
            }
            qint64 newId = 0;
            if (!insert(u"audit_log"_s, a, {{u"entity_id"_s, target}}, &newId)) {
                return false;
            }
            ++counts(u"audit_log"_s).created;
        }
        return true;
    }

    // Project settings the target does not have yet (its own stay).
    bool settings()
    {
        const auto source = rows(u"settings"_s, u"key"_s);
        if (source.failed()) {
            return fail(m_error, source.error());
        }
        for (const QSqlRecord& s : *source) {
            if (s.value(u"key"_s).toString() != u"collation_version"_s
                && !insert(u"settings"_s, s, {}, nullptr, true)) {
                return false;
            }
        }
        return true;
    }

    // The search finds what came over.
    bool reindex()
    {
        // A server plans the lookups below (an activity's participants, thousands of times) by its
        // statistics, which know nothing yet of the rows this transaction wrote: a full scan each
        // time. ANALYZE counts them (it may run in a transaction and sees the transaction's rows).
        // Tuning only, so its outcome is not checked; a role that does not own a table gets a warning.
        if (m_to.isServer()) {
            QSqlQuery analyze(m_to.connection());
            analyze.exec(u"ANALYZE organisations, persons, events, event_participants, matches, match_events"_s);
        }
        OrganisationRepository orgs(m_to);
        PersonRepository persons(m_to);
        EventRepository events(m_to);
        MatchRepository matches(m_to);
        for (const qint64 id : std::as_const(m_created[u"organisation"_s])) {
            const auto o = orgs.find(id);
            if (!o.ok(m_error) || (o && !orgs.reindex(*o, m_error))) {
                return false;
            }
        }
        for (const qint64 id : std::as_const(m_created[u"person"_s])) {
            const auto p = persons.find(id);
            if (!p.ok(m_error) || (p && !persons.reindex(*p, m_error))) {
                return false;
            }
        }
        for (const qint64 id : std::as_const(m_created[u"event"_s])) {
            const auto e = events.find(id);
            if (!e.ok(m_error) || (e && !events.reindex(nullptr, &*e, m_error))) {
                return false;
            }
        }
        for (const qint64 id : std::as_const(m_created[u"match"_s])) {
            const auto m = matches.find(id);
            if (!m.ok(m_error) || (m && !matches.reindex(*m, m_error))) {
                return false;
            }
        }
        return true;
    }

    Database& m_to;
    QSqlQuery m_read;
    QSqlQuery m_write;
    Report* m_report = nullptr;
    QString* m_error = nullptr;
    IdMap m_orgs, m_staff, m_persons, m_topics, m_events, m_followUps, m_matches;
    QHash<qint64, qint64> m_newOrgs; ///< new organisation → its responsible staff member in the file
    QHash<QString, QSet<qint64>> m_created; ///< by audit entity: ids created in the target
    QHash<QString, QSet<QString>> m_deleted; ///< by audit entity: uuids the target deleted
};

} // namespace

qint64 Report::created() const
{
    qint64 sum = 0;
    for (const Counts& c : tables) {
        sum += c.created;
    }
    return sum;
}

namespace {
QString label(const QString& table)
{
    static const QHash<QString, const char*> labels = {
        {u"organisations"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "organisations")},
        {u"persons"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "contact persons")},
        {u"staff"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "staff members")},
        {u"topics"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "topics")},
        {u"events"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "activities")},
        {u"follow_ups"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "follow-ups")},
        {u"matches"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "matches")},
        {u"audit_log"_s, QT_TRANSLATE_NOOP("kmuni::MoveIn", "history entries")},
    };
    const char* text = labels.value(table);
    return text ? Tr::tr(text) : table;
}
} // namespace

QString Report::text() const
{
    QStringList lines;
    lines << (dryRun ? Tr::tr("Dry run: nothing was written.") : Tr::tr("Moved in:"));
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        lines << Tr::tr("  %1: %2 new, %3 merged with what was there, %4 moved in before")
                     .arg(label(it.key()))
                     .arg(it->created)
                     .arg(it->merged)
                     .arg(it->already);
    }
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (it->deleted > 0) {
            lines << Tr::tr("  %1: %n deleted in the database, not brought back", nullptr, int(it->deleted))
                         .arg(label(it.key()));
        }
    }
    if (!deletions.isEmpty()) {
        lines << Tr::tr("Deleted in the database:");
        for (const QString& d : deletions) {
            lines << u"  "_s + d;
        }
    }
    if (!merges.isEmpty()) {
        lines << Tr::tr("Merged:");
        for (const QString& m : merges) {
            lines << u"  "_s + m;
        }
    }
    return lines.join(u'\n');
}

Result<Report> moveIn(Database& from, Database& to, bool dryRun)
{
    Transaction tx(to);
    if (!tx.isActive()) {
        return Result<Report>::failure(tx.error());
    }
    Report report;
    report.dryRun = dryRun;
    QString error;
    Mover mover(from, to);
    if (!mover.run(&report, &error)) {
        return Result<Report>::failure(error);
    }
    if (!dryRun && !tx.commit(&error)) {
        return Result<Report>::failure(error);
    }
    return report; // a dry run's transaction is rolled back with tx
}

} // namespace kmuni::movein
