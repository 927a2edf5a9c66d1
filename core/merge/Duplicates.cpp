// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The duplicate finders of persons and organisations: SQL grouping on the stored folded columns for the exact
// cases, one pass with a hash over the names for spelling variants. Never a comparison of every pair.
#include "OrganisationMerge.h"
#include "PersonMerge.h"

#include "common/Similarity.h"
#include "common/TextFold.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "organisations/Organisation.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Duplicates)
};

/** The pairs found so far, each once, its reasons gathered. */
class Pairs
{
public:
    explicit Pairs(int limit)
        : m_limit(limit)
    { }

    bool full() const { return m_limit >= 0 && m_pairs.size() >= m_limit; }

    void add(Id a, Id b, const QString& reason)
    {
        const Id keep = std::min(a, b);
        const Id other = std::max(a, b);
        const auto key = std::pair{keep, other};
        if (const auto it = m_index.constFind(key); it != m_index.cend()) {
            QStringList& reasons = m_pairs[*it].reasons;
            if (!reasons.contains(reason)) {
                reasons << reason;
            }
            return;
        }
        if (full()) {
            return;
        }
        m_index.insert(key, m_pairs.size());
        m_pairs << merge::DuplicatePair{keep, other, {}, {}, {}, {reason}};
    }

    /** Pairs every id of @p group with its first (lowest) one. */
    void addGroup(QList<Id> group, const QString& reason)
    {
        std::sort(group.begin(), group.end());
        for (qsizetype i = 1; i < group.size(); ++i) {
            add(group.first(), group.at(i), reason);
        }
    }

    QList<merge::DuplicatePair>& list() { return m_pairs; }

private:
    int m_limit;
    QHash<std::pair<Id, Id>, qsizetype> m_index;
    QList<merge::DuplicatePair> m_pairs;
};

/**
 * Runs @p statement (rows of a group key, then an id, ordered by the key) and adds each group of more than one id
 * to @p pairs.
 */
bool addGroups(Database& db, Pairs& pairs, const QString& statement, const QString& reason, QString* error)
{
    QSqlQuery q(db.connection());
    if (!sql::run(q, statement, {}, error)) {
        return false;
    }
    QString key;
    QList<Id> group;
    const auto flush = [&] {
        if (group.size() > 1) {
            pairs.addGroup(group, reason);
        }
        group.clear();
    };
    while (sql::next(q, error)) {
        const QString k = q.value(0).toString();
        if (k != key) {
            flush();
            key = k;
        }
        group << q.value(1).toLongLong();
    }
    flush();
    return error->isEmpty();
}

/** A name folded for comparison, umlauts spelled out either way: "Müller" and "Mueller" → "mueller". */
QString spellingKey(const QString& name)
{
    return similarity::nameKey(fold::german(name));
}

/** "A." and "Anna", "Jörg" and "Joerg", "Katharina" and "Katarina". */
bool sameFirstName(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return a == b;
    }
    if (a.size() == 1 || b.size() == 1) {
        return a.front() == b.front();
    }
    return similarity::nearlySame(a, b);
}

/** Adds the persons with the same e-mail address, and those with the same name in the same organisation. */
bool addSamePersons(Database& db, Pairs& pairs, QString* error)
{
    // The exact cases by grouping on indexed, stored columns.
    if (!addGroups(db, pairs,
            u"SELECT lower(p.email), p.id FROM persons p JOIN (SELECT lower(email) AS e FROM persons "
            "WHERE email <> '' AND erased = 0 GROUP BY lower(email) HAVING count(*) > 1) d ON d.e = lower(p.email) "
            "WHERE p.erased = 0 ORDER BY 1, 2"_s,
            Tr::tr("same e-mail"), error)) {
        return false;
    }
    return addGroups(db, pairs,
        u"SELECT p.organisation_id || ':' || p.sort_key, p.id FROM persons p JOIN (SELECT organisation_id AS o, "
        "sort_key AS k FROM persons WHERE erased = 0 AND organisation_id IS NOT NULL "
        "GROUP BY organisation_id, sort_key HAVING count(*) > 1) d ON d.o = p.organisation_id AND d.k = p.sort_key "
        "WHERE p.erased = 0 ORDER BY 1, 2"_s,
        Tr::tr("same name in the same organisation"), error);
}

/** The persons of one organisation by their last name's key: their ids and first names' keys. */
using ByLastName = QHash<QString, QList<std::pair<Id, QString>>>;

/** Pairs the persons of each group of @p byLastName whose first names are alike. */
void addSameFirstNames(Pairs& pairs, const ByLastName& byLastName, const QString& reason)
{
    for (const auto& people : byLastName) {
        for (qsizetype i = 0; i < people.size(); ++i) {
            for (qsizetype j = i + 1; j < people.size(); ++j) {
                if (sameFirstName(people.at(i).second, people.at(j).second)) {
                    pairs.add(people.at(i).first, people.at(j).first, reason);
                }
            }
        }
    }
}

/** Adds the persons of the same organisation whose names are spelled alike. */
bool addSimilarPersons(Database& db, Pairs& pairs, QString* error)
{
    // Spelling: one pass over the names, organisation by organisation, grouped by the last name's key.
    QSqlQuery q(db.connection());
    if (!sql::run(q,
            u"SELECT id, organisation_id, first_name, last_name FROM persons WHERE erased = 0 AND organisation_id IS "
            "NOT NULL ORDER BY organisation_id"_s,
            {}, error)) {
        return false;
    }
    Id organisation = 0;
    ByLastName byLastName;
    const QString similar = Tr::tr("similar name in the same organisation");
    const auto compare = [&] {
        addSameFirstNames(pairs, byLastName, similar);
        byLastName.clear();
    };
    while (sql::next(q, error)) {
        const Id org = q.value(1).toLongLong();
        if (org != organisation) {
            compare();
            organisation = org;
        }
        const QString last = spellingKey(q.value(3).toString());
        if (!last.isEmpty()) {
            byLastName[last].append({q.value(0).toLongLong(), spellingKey(q.value(2).toString())});
        }
    }
    if (!error->isEmpty()) {
        return false;
    }
    compare();
    return true;
}

/** Fills in @p pair's names and what the two persons share: their e-mail address, their organisation. */
bool describePersons(Database& db, const PersonRepository& persons, merge::DuplicatePair& pair, QString* error)
{
    const auto keep = persons.find(pair.keepId);
    const auto other = persons.find(pair.otherId);
    if (!keep.ok(error) || !other.ok(error)) {
        return false;
    }
    pair.keepName = keep ? keep->displayName() : QString();
    pair.otherName = other ? other->displayName() : QString();
    if (keep && !keep->email.isEmpty() && other && keep->email.compare(other->email, Qt::CaseInsensitive) == 0) {
        pair.detail = keep->email;
    }
    if (keep && keep->organisationId > 0 && keep->organisationId == (other ? other->organisationId : 0)) {
        QSqlQuery n(db.connection());
        const auto name = sql::row(n, u"SELECT name, legal_form FROM organisations WHERE id = ?"_s,
            {keep->organisationId},
            [](const QSqlQuery& r) { return Organisation::displayName(r.value(0).toString(), r.value(1).toString()); });
        if (!name.ok(error)) {
            return false;
        }
        pair.detail = pair.detail.isEmpty() ? name.valueOr({}) : pair.detail + u", "_s + name.valueOr({});
    }
    return true;
}

} // namespace

Result<QList<merge::DuplicatePair>> PersonMerge::findDuplicates(int limit) const
{
    using R = Result<QList<merge::DuplicatePair>>;
    Pairs pairs(limit);
    QString error;
    if (!addSamePersons(m_db, pairs, &error) || !addSimilarPersons(m_db, pairs, &error)) {
        return R::failure(error);
    }
    PersonRepository persons(m_db);
    for (merge::DuplicatePair& pair : pairs.list()) {
        if (!describePersons(m_db, persons, pair, &error)) {
            return R::failure(error);
        }
    }
    return pairs.list();
}

QString OrganisationMerge::nameKey(const QString& name)
{
    return spellingKey(name);
}

Result<QList<merge::DuplicatePair>> OrganisationMerge::findDuplicates(int limit) const
{
    using R = Result<QList<merge::DuplicatePair>>;
    struct Row
    {
        Id id;
        QString name;
        QString displayName;
        QString key;
        QString city;
    };
    QSqlQuery q(m_db.connection());
    const auto rows
        = sql::rows(q, u"SELECT id, kind, parent_id, name, legal_form, city FROM organisations ORDER BY id"_s, {},
            [](const QSqlQuery& r) {
                return std::pair{QString(r.value(1).toString() + u':' + QString::number(r.value(2).toLongLong())),
                    Row{r.value(0).toLongLong(), r.value(3).toString(),
                        Organisation::displayName(r.value(3).toString(), r.value(4).toString()),
                        nameKey(r.value(3).toString()), r.value(5).toString()}};
            });
    if (rows.failed()) {
        return R::failure(rows.error());
    }
    Pairs pairs(limit);
    // Kind and university (for institutes) first: only organisations that can be merged are paired.
    QHash<QString, QList<const Row*>> sameKey;
    QHash<QString, QList<const Row*>> samePrefix;
    QHash<Id, const Row*> byId;
    for (const auto& [scope, row] : *rows) {
        byId.insert(row.id, &row);
        if (row.key.isEmpty()) {
            continue;
        }
        sameKey[scope + u'\t' + row.key].append(&row);
        samePrefix[scope + u'\t' + row.key.left(3)].append(&row);
    }
    for (const auto& group : std::as_const(sameKey)) {
        for (qsizetype i = 1; i < group.size(); ++i) {
            const bool exact = fold::sortKey(group.first()->displayName) == fold::sortKey(group.at(i)->displayName);
            pairs.add(group.first()->id, group.at(i)->id,
                exact ? Tr::tr("same name") : Tr::tr("same name apart from legal form and spelling"));
        }
    }
    for (const auto& group : std::as_const(samePrefix)) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j) {
                if (group.at(i)->key != group.at(j)->key
                    && similarity::nearlySame(group.at(i)->key, group.at(j)->key)) {
                    pairs.add(group.at(i)->id, group.at(j)->id, Tr::tr("similar name"));
                }
            }
        }
    }
    QList<merge::DuplicatePair>& list = pairs.list();
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return std::pair{a.keepId, a.otherId} < std::pair{b.keepId, b.otherId};
    });
    for (merge::DuplicatePair& pair : list) {
        const Row* keep = byId.value(pair.keepId);
        const Row* other = byId.value(pair.otherId);
        pair.keepName = keep->displayName;
        pair.otherName = other->displayName;
        pair.detail = keep->city == other->city ? keep->city : QStringList{keep->city, other->city}.join(u" / "_s);
    }
    return list;
}

} // namespace kmuni
