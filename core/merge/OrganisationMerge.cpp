// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationMerge.h"

#include "MergeSupport.h"
#include "common/EntityKind.h"
#include "common/Format.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::OrganisationMerge)
};

QString organisationField(const char* label)
{
    return QCoreApplication::translate("kmuni::Organisation", label);
}

using Names = std::function<QString(Id)>;

QList<merge::FieldSpec<Organisation>> organisationFields(const Names& organisationName, const Names& staffName)
{
    using S = merge::FieldSpec<Organisation>;
    using O = Organisation;
    const auto text = [](QString O::*member) { return [member](const O& o) { return o.*member; }; };
    const auto take = [](QString O::*member) { return [member](O& m, const O& o) { m.*member = o.*member; }; };
    return {
        S{u"name"_s, organisationField("Name"), text(&O::name), take(&O::name)},
        S{u"short_name"_s, organisationField("Short name"), text(&O::shortName), take(&O::shortName)},
        S{u"legal_form"_s, organisationField("Legal form"), text(&O::legalForm), take(&O::legalForm)},
        S{u"parent"_s, Tr::tr("University"), [organisationName](const O& o) { return organisationName(o.parentId); },
            [](O& m, const O& o) { m.parentId = o.parentId; }},
        S{u"institute_type"_s, Tr::tr("Type of institute"),
            [](const O& o) {
                return o.instituteType.isEmpty() ? QString()
                                                 : vocab::label(vocab::List::InstituteType, o.instituteType);
            },
            take(&O::instituteType)},
        S{u"sector"_s, Tr::tr("Sector"),
            [](const O& o) { return o.sector.isEmpty() ? QString() : vocab::label(vocab::List::Sector, o.sector); },
            take(&O::sector)},
        // Street, postal code and city go together: one address, not a mix of two.
        S{u"address"_s, Tr::tr("Address"), [](const O& o) { return o.addressLine(); },
            [](O& m, const O& o) {
                m.street = o.street;
                m.postalCode = o.postalCode;
                m.city = o.city;
            }},
        S{u"website"_s, organisationField("Website"), text(&O::website), take(&O::website)},
        S{u"phone"_s, organisationField("Phone"), text(&O::phone), take(&O::phone)},
        S{u"email"_s, organisationField("E-mail"), text(&O::email), take(&O::email)},
        S{u"employees"_s, Tr::tr("Employees"),
            [](const O& o) { return o.employees ? format::number(*o.employees) : QString(); },
            [](O& m, const O& o) { m.employees = o.employees; }},
        S{u"is_sme"_s, Tr::tr("SME"), [](const O& o) { return merge::yesNo(o.isSme); },
            [](O& m, const O& o) { m.isSme = o.isSme; }, [](const O&) { return false; }},
        S{u"is_pilot"_s, Tr::tr("Pilot company"), [](const O& o) { return merge::yesNo(o.isPilot); },
            [](O& m, const O& o) { m.isPilot = o.isPilot; }, [](const O& o) { return !o.isPilot; }},
        S{u"stage"_s, Tr::tr("Outreach stage"),
            [](const O& o) {
                return o.stage.isEmpty() ? QString() : vocab::label(vocab::List::OutreachStage, o.stage);
            },
            take(&O::stage)},
        S{u"responsible_staff"_s, Tr::tr("Responsible staff member"),
            [staffName](const O& o) { return staffName(o.responsibleStaffId); },
            [](O& m, const O& o) { m.responsibleStaffId = o.responsibleStaffId; }},
        S{u"needs"_s, organisationField("Needs"), text(&O::needs), take(&O::needs)},
        S{u"offers"_s, organisationField("Offers"), text(&O::offers), take(&O::offers)},
        S{u"notes"_s, organisationField("Notes"), text(&O::notes), take(&O::notes)},
        // Active when either is.
        S{u"archived"_s, Tr::tr("Archived"),
            [](const O& o) { return o.archived ? Tr::tr("yes (%1)").arg(o.archivedReason) : merge::yesNo(false); },
            [](O& m, const O& o) {
                m.archived = o.archived;
                m.archivedReason = o.archivedReason;
            },
            [](const O& o) { return o.archived; }},
    };
}

using Loaded = merge::Loaded<Organisation>;

// The names the fields show for the parents (by id) and the responsible staff members (by -id) of
// @p keep and @p other.
Result<QHash<Id, QString>> relatedNames(
    Database& db, OrganisationRepository& organisations, const Organisation& keep, const Organisation& other)
{
    using R = Result<QHash<Id, QString>>;
    QString error;
    QHash<Id, QString> names;
    StaffRepository staff(db);
    for (const Organisation* o : {&keep, &other}) {
        if (o->parentId > 0) {
            const auto parent = organisations.find(o->parentId);
            if (!parent.ok(&error)) {
                return R::failure(error);
            }
            names.insert(o->parentId, parent ? parent->displayName() : QString::number(o->parentId));
        }
        if (o->responsibleStaffId > 0) {
            const auto member = staff.find(o->responsibleStaffId);
            if (!member.ok(&error)) {
                return R::failure(error);
            }
            names.insert(
                -o->responsibleStaffId, member ? member->displayName() : QString::number(o->responsibleStaffId));
        }
    }
    return names;
}

// Adds to @p plan what goes from OTHER to KEEP, kind by kind, counted; false (and @p error) when a count fails.
bool addMoves(Database& db, merge::Plan& plan, Id keepId, Id otherId, QString* error)
{
    const QVariantList other{otherId};
    const QVariantList otherThenKeep{otherId, keepId};
    const struct
    {
        QString kind;
        QString label;
        QString statement;
        QVariantList values;
    } moves[] = {
        {u"persons"_s, Tr::tr("Contact persons"), u"SELECT count(*) FROM persons WHERE organisation_id = ?"_s, other},
        {u"activities"_s, Tr::tr("Activities"),
            u"SELECT count(DISTINCT event_id) FROM event_participants WHERE organisation_id = ?"_s, other},
        {u"follow_ups"_s, Tr::tr("Follow-ups"), u"SELECT count(*) FROM follow_ups WHERE organisation_id = ?"_s, other},
        {u"matches"_s, Tr::tr("Matches"), u"SELECT count(*) FROM matches WHERE company_id = ? OR university_id = ?"_s,
            {otherId, otherId}},
        {u"institutes"_s, Tr::tr("Institutes"), u"SELECT count(*) FROM organisations WHERE parent_id = ?"_s, other},
        {u"staff"_s, Tr::tr("Staff members"), u"SELECT count(*) FROM staff WHERE partner_id = ?"_s, other},
        {u"topics"_s, Tr::tr("Topics (needs and offers)"),
            u"SELECT count(*) FROM organisation_topics t WHERE t.organisation_id = ? AND NOT EXISTS (SELECT 1 FROM "
            "organisation_topics k WHERE k.organisation_id = ? AND k.side = t.side AND k.topic_id = t.topic_id)"_s,
            otherThenKeep},
        {u"match_types"_s, Tr::tr("Match types (needs and offers)"),
            u"SELECT count(*) FROM organisation_match_types t WHERE t.organisation_id = ? AND NOT EXISTS (SELECT 1 "
            "FROM organisation_match_types k WHERE k.organisation_id = ? AND k.side = t.side AND k.type = t.type)"_s,
            otherThenKeep},
        {u"rejected_suggestions"_s, Tr::tr("Rejected suggestions"),
            u"SELECT count(*) FROM suggestion_rejections WHERE company_id = ? OR university_id = ?"_s,
            {otherId, otherId}},
        {u"partner_code"_s, Tr::tr("Partner code"),
            u"SELECT count(*) FROM partner_codes WHERE organisation_id = ? AND NOT EXISTS (SELECT 1 FROM "
            "partner_codes WHERE organisation_id = ?)"_s,
            otherThenKeep},
        {u"audit_entries"_s, Tr::tr("Audit-log entries"),
            u"SELECT count(*) FROM audit_log WHERE entity = 'organisation' AND entity_id = ?"_s, other},
    };
    for (const auto& m : moves) {
        if (!merge::addMove(db, plan, m.kind, m.label, m.statement, m.values, error)) {
            return false;
        }
    }
    return true;
}

// Adds to @p plan the notes on shared activities and on two partner codes; false (and @p error)
// when a count fails.
bool addNotes(Database& db, merge::Plan& plan, Id keepId, Id otherId, QString* error)
{
    const auto shared = merge::sharedActivities(db, u"organisation_id"_s, keepId, otherId);
    const auto codes = merge::count(db,
        u"SELECT count(*) FROM partner_codes WHERE organisation_id = ? OR organisation_id = ?"_s, {keepId, otherId});
    if (!shared.ok(error) || !codes.ok(error)) {
        return false;
    }
    if (*shared > 0) {
        plan.notes << Tr::tr(
            "Both took part in %n activity(ies): there the merged organisation is listed once.", nullptr, *shared);
    }
    if (*codes > 1) {
        plan.notes << Tr::tr("Both have a partner code for the report: %1 keeps its own.").arg(plan.keepName);
    }
    return true;
}

Result<Loaded> load(Database& db, Id keepId, Id otherId)
{
    using R = Result<Loaded>;
    Loaded l;
    l.plan.entity = entityCode(EntityKind::Organisation);
    l.plan.keepId = keepId;
    l.plan.otherId = otherId;
    if (keepId == otherId) {
        l.plan.refusal = Tr::tr("An organisation cannot be merged with itself.");
        return l;
    }
    OrganisationRepository organisations(db);
    for (auto [id, into] : {std::pair{keepId, &l.keep}, std::pair{otherId, &l.other}}) {
        const auto o = organisations.find(id);
        if (o.failed()) {
            return R::failure(o.error());
        }
        if (!o) {
            l.plan.refusal = Tr::tr("There is no organisation with the id %1.").arg(id);
            return l;
        }
        *into = *o;
    }
    l.plan.keepName = l.keep.displayName();
    l.plan.otherName = l.other.displayName();
    l.plan.keepVersion = l.keep.version;
    l.plan.otherVersion = l.other.version;
    if (l.keep.kind != l.other.kind) {
        const auto kind = [](const Organisation& o) { return vocab::label(vocab::List::OrganisationKind, o.kind); };
        l.plan.refusal = Tr::tr("%1 is of the kind \"%2\", %3 of the kind \"%4\": only organisations of the same kind "
                                "can be merged. Change the kind of one of them first.")
                             .arg(l.keep.displayName(), kind(l.keep), l.other.displayName(), kind(l.other));
        return l;
    }

    QString error;
    const auto related = relatedNames(db, organisations, l.keep, l.other);
    if (!related.ok(&error)) {
        return R::failure(error);
    }
    const QHash<Id, QString>& names = *related;
    l.specs = organisationFields(
        [names](Id id) { return names.value(id); }, [names](Id id) { return id == 0 ? QString() : names.value(-id); });
    l.plan.fields = merge::fieldsOf(l.specs, l.keep, l.other);

    if (!addMoves(db, l.plan, keepId, otherId, &error) || !addNotes(db, l.plan, keepId, otherId, &error)) {
        return R::failure(error);
    }
    return l;
}

bool moveAndSave(Database& db, Id keep, Id other, Organisation& merged, QString* error)
{
    QSqlQuery q(db.connection());
    const QVariantList ids{keep, other};
    const auto matchIds = sql::rows(q, u"SELECT id FROM matches WHERE company_id = ? OR university_id = ?"_s,
        {other, other}, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
    if (!matchIds.ok(error)) {
        return false;
    }
    // Rows keyed by the organisation: OTHER's that KEEP lacks are copied, the rest go with OTHER (cascade).
    const QString copy = u"INSERT INTO %1 SELECT ?, %2 FROM %1 WHERE organisation_id = ? ON CONFLICT DO NOTHING"_s;
    if (!merge::moveParticipations(db, u"organisation_id"_s, keep, other, error)
        || !sql::run(q, u"UPDATE persons SET organisation_id = ? WHERE organisation_id = ?"_s, ids, error)
        || !sql::run(q, u"UPDATE follow_ups SET organisation_id = ? WHERE organisation_id = ?"_s, ids, error)
        || !sql::run(q, u"UPDATE matches SET company_id = ? WHERE company_id = ?"_s, ids, error)
        || !sql::run(q, u"UPDATE matches SET university_id = ? WHERE university_id = ?"_s, ids, error)
        || !sql::run(q, u"UPDATE organisations SET parent_id = ? WHERE parent_id = ?"_s, ids, error)
        || !sql::run(q, u"UPDATE staff SET partner_id = ? WHERE partner_id = ?"_s, ids, error)
        || !sql::run(q, copy.arg(u"organisation_topics"_s, u"side, topic_id"_s), ids, error)
        || !sql::run(q, copy.arg(u"organisation_match_types"_s, u"side, type"_s), ids, error)
        || !sql::run(q,
            u"INSERT INTO suggestion_rejections(company_id, university_id, rejected_at, user_name) SELECT ?, "
            "university_id, rejected_at, user_name FROM suggestion_rejections WHERE company_id = ? "
            "ON CONFLICT DO NOTHING"_s,
            ids, error)
        || !sql::run(q,
            u"INSERT INTO suggestion_rejections(company_id, university_id, rejected_at, user_name) SELECT "
            "company_id, ?, rejected_at, user_name FROM suggestion_rejections WHERE university_id = ? "
            "ON CONFLICT DO NOTHING"_s,
            ids, error)
        || !sql::run(q,
            u"UPDATE partner_codes SET organisation_id = ? WHERE organisation_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM partner_codes WHERE organisation_id = ?)"_s,
            {keep, other, keep}, error)
        || !OrganisationRepository(db).save(merged, error)) {
        return false;
    }
    // The matches' search rows name their organisations.
    MatchRepository matches(db);
    for (Id id : *matchIds) {
        const auto match = matches.find(id);
        if (!match.ok(error) || (match && !matches.reindex(*match, error))) {
            return false;
        }
    }
    return true;
}

merge::Steps<Organisation> steps()
{
    return {u"organisation"_s, u"organisations"_s, u"organisation_search"_s, load, moveAndSave};
}

} // namespace

OrganisationMerge::OrganisationMerge(Database& db)
    : m_db(db)
{ }

Result<merge::Plan> OrganisationMerge::plan(Id keep, Id other) const
{
    return merge::planOf(m_db, steps(), keep, other);
}

bool OrganisationMerge::merge(const merge::Request& request, QString* error, merge::Outcome* outcome, merge::Plan* done)
{
    return merge::carryOut(m_db, steps(), request, error, outcome, done);
}

} // namespace kmuni
