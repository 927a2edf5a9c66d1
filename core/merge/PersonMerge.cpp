// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonMerge.h"

#include "MergeSupport.h"
#include "common/EntityKind.h"
#include "common/Format.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonMerge)
};

QString personField(const char* label)
{
    return QCoreApplication::translate("kmuni::Person", label);
}

QList<merge::FieldSpec<Person>> personFields(const std::function<QString(Id)>& organisationName)
{
    using S = merge::FieldSpec<Person>;
    return {
        S{u"salutation"_s, personField("Salutation"),
            [](const Person& p) {
                return p.salutation.isEmpty() ? QString() : vocab::label(vocab::List::Salutation, p.salutation);
            },
            [](Person& m, const Person& o) { m.salutation = o.salutation; }},
        S{u"title"_s, personField("Title"), [](const Person& p) { return p.title; },
            [](Person& m, const Person& o) { m.title = o.title; }},
        S{u"first_name"_s, personField("First name"), [](const Person& p) { return p.firstName; },
            [](Person& m, const Person& o) { m.firstName = o.firstName; }},
        S{u"last_name"_s, personField("Last name"), [](const Person& p) { return p.lastName; },
            [](Person& m, const Person& o) { m.lastName = o.lastName; }},
        S{u"function"_s, personField("Function"), [](const Person& p) { return p.function; },
            [](Person& m, const Person& o) { m.function = o.function; }},
        S{u"organisation"_s, Tr::tr("Organisation"),
            [organisationName](const Person& p) { return organisationName(p.organisationId); },
            [](Person& m, const Person& o) { m.organisationId = o.organisationId; }},
        S{u"email"_s, personField("E-mail"), [](const Person& p) { return p.email; },
            [](Person& m, const Person& o) { m.email = o.email; }},
        S{u"phone"_s, personField("Phone"), [](const Person& p) { return p.phone; },
            [](Person& m, const Person& o) { m.phone = o.phone; }},
        S{u"mobile"_s, personField("Mobile"), [](const Person& p) { return p.mobile; },
            [](Person& m, const Person& o) { m.mobile = o.mobile; }},
        S{u"notes"_s, personField("Notes"), [](const Person& p) { return p.notes; },
            [](Person& m, const Person& o) { m.notes = o.notes; }},
        // The legal basis and the date of consent belong together.
        S{u"legal_basis"_s, Tr::tr("Legal basis"),
            [](const Person& p) {
                const QString basis = vocab::label(vocab::List::LegalBasis, p.legalBasis);
                return p.consentDate.isValid() ? Tr::tr("%1 (%2)").arg(basis, format::date(p.consentDate)) : basis;
            },
            [](Person& m, const Person& o) {
                m.legalBasis = o.legalBasis;
                m.consentDate = o.consentDate;
            },
            // Consent is the stronger basis: it wins over the default.
            [](const Person& p) { return p.legalBasis != u"consent"_s; }},
        // "Do not contact" set on either stays set unless chosen otherwise.
        S{u"do_not_contact"_s, Tr::tr("Do not contact"), [](const Person& p) { return merge::yesNo(p.doNotContact); },
            [](Person& m, const Person& o) { m.doNotContact = o.doNotContact; },
            [](const Person& p) { return !p.doNotContact; }},
        // Active when either is.
        S{u"archived"_s, Tr::tr("Archived"), [](const Person& p) { return merge::yesNo(p.archived); },
            [](Person& m, const Person& o) { m.archived = o.archived; }, [](const Person& p) { return p.archived; }},
    };
}

using Loaded = merge::Loaded<Person>;

Result<Loaded> load(Database& db, Id keepId, Id otherId)
{
    using R = Result<Loaded>;
    Loaded l;
    l.plan.entity = entityCode(EntityKind::Person);
    l.plan.keepId = keepId;
    l.plan.otherId = otherId;
    if (keepId == otherId) {
        l.plan.refusal = Tr::tr("A person cannot be merged with itself.");
        return l;
    }
    PersonRepository persons(db);
    for (auto [id, into] : {std::pair{keepId, &l.keep}, std::pair{otherId, &l.other}}) {
        const auto p = persons.find(id);
        if (p.failed()) {
            return R::failure(p.error());
        }
        if (!p) {
            l.plan.refusal = Tr::tr("There is no person with the id %1.").arg(id);
            return l;
        }
        *into = *p;
    }
    l.plan.keepName = l.keep.displayName();
    l.plan.otherName = l.other.displayName();
    l.plan.keepVersion = l.keep.version;
    l.plan.otherVersion = l.other.version;
    for (const Person* p : {&l.keep, &l.other}) {
        if (p->erased) {
            l.plan.refusal = Tr::tr("Person %1 was erased (anonymised); an erased person cannot be merged.").arg(p->id);
            return l;
        }
    }
    QString error;
    OrganisationRepository organisations(db);
    const auto organisationName = [&](Id id) -> QString {
        if (id == 0) {
            return {};
        }
        const auto o = organisations.find(id);
        if (o.failed() && error.isEmpty()) {
            error = o.error();
        }
        return o ? o->displayName() : QString::number(id);
    };
    l.specs = personFields(
        [names = QHash<Id, QString>{{l.keep.organisationId, organisationName(l.keep.organisationId)},
             {l.other.organisationId, organisationName(l.other.organisationId)}}](Id id) { return names.value(id); });
    if (!error.isEmpty()) {
        return R::failure(error);
    }
    l.plan.fields = merge::fieldsOf(l.specs, l.keep, l.other);

    const QVariantList other{otherId};
    if (!merge::addMove(db, l.plan, u"activities"_s, Tr::tr("Activities"),
            u"SELECT count(DISTINCT event_id) FROM event_participants WHERE person_id = ?"_s, other, &error)
        || !merge::addMove(db, l.plan, u"follow_ups"_s, Tr::tr("Follow-ups"),
            u"SELECT count(*) FROM follow_ups WHERE person_id = ?"_s, other, &error)
        || !merge::addMove(db, l.plan, u"matches"_s, Tr::tr("Matches"),
            u"SELECT count(*) FROM matches WHERE company_person_id = ? OR university_person_id = ?"_s,
            {otherId, otherId}, &error)
        || !merge::addMove(db, l.plan, u"audit_entries"_s, Tr::tr("Audit-log entries"),
            u"SELECT count(*) FROM audit_log WHERE entity = 'person' AND entity_id = ?"_s, other, &error)) {
        return R::failure(error);
    }
    const auto shared = merge::sharedActivities(db, u"person_id"_s, keepId, otherId);
    if (shared.failed()) {
        return R::failure(shared.error());
    }
    if (*shared > 0) {
        l.plan.notes << Tr::tr(
            "Both took part in %n activity(ies): there the merged person is listed once.", nullptr, *shared);
    }
    return l;
}

bool moveAndSave(Database& db, Id keep, Id other, Person& merged, QString* error)
{
    QSqlQuery q(db.connection());
    const QVariantList ids{keep, other};
    return merge::moveParticipations(db, u"person_id"_s, keep, other, error)
        && sql::run(q, u"UPDATE follow_ups SET person_id = ? WHERE person_id = ?"_s, ids, error)
        && sql::run(q, u"UPDATE matches SET company_person_id = ? WHERE company_person_id = ?"_s, ids, error)
        && sql::run(q, u"UPDATE matches SET university_person_id = ? WHERE university_person_id = ?"_s, ids, error)
        && PersonRepository(db).save(merged, error);
}

merge::Steps<Person> steps()
{
    return {u"person"_s, u"persons"_s, u"person_search"_s, load, moveAndSave};
}

} // namespace

PersonMerge::PersonMerge(Database& db)
    : m_db(db)
{ }

Result<merge::Plan> PersonMerge::plan(Id keep, Id other) const
{
    return merge::planOf(m_db, steps(), keep, other);
}

bool PersonMerge::merge(const merge::Request& request, QString* error, merge::Outcome* outcome, merge::Plan* done)
{
    return merge::carryOut(m_db, steps(), request, error, outcome, done);
}

} // namespace kmuni
