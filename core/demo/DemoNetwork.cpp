// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNetwork.h"

#include "project/ProjectSettings.h"

#include "common/Error.h"
#include "common/Time.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
#include "matches/NeedsOffers.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "staff/Staff.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toString();
}

class Loader
{
public:
    Loader(Database& db, const QDate& today)
        : m_db(db)
        , m_today(today)
        , m_orgs(db)
        , m_persons(db)
        , m_staff(db)
        , m_events(db)
        , m_matches(db)
    { }

    bool load(const QJsonObject& root, DemoSummary* summary, QString* error)
    {
        const QJsonObject p = root.value(u"project"_s).toObject();
        ProjectSettings project;
        project.name = str(p, "name");
        project.fundingReference = str(p, "funding_reference");
        project.fundingLine = str(p, "funding_line");
        project.approvedFrom = m_today.addDays(-p.value(u"approved_from_days_ago"_s).toInt());
        project.approvedTo = project.approvedFrom.addMonths(p.value(u"approved_months"_s).toInt()).addDays(-1);
        QHash<Id, QString> codes; // the partners' short codes in the report: their keys
        for (const QJsonValue& v : root.value(u"partners"_s).toArray()) {
            Organisation o = address(v.toObject());
            o.kind = u"partner"_s;
            o.isSme = false;
            if (!saveOrg(v.toObject(), o, error)) {
                return false;
            }
            codes.insert(o.id, str(v.toObject(), "key").toUpper());
        }
        const auto partners = ProjectSettings::load(m_db);
        if (!partners.ok(error)) {
            return false;
        }
        project.partners = partners->partners;
        for (ProjectSettings::PartnerCode& partner : project.partners) {
            partner.code = codes.value(partner.organisationId);
        }
        if (!ProjectSettings::save(m_db, project, error)) {
            return false;
        }
        for (const QJsonValue& v : root.value(u"staff"_s).toArray()) {
            const QJsonObject s = v.toObject();
            StaffMember m;
            m.partnerId = m_ids.value(str(s, "partner"));
            m.firstName = str(s, "first_name");
            m.lastName = str(s, "last_name");
            m.login = str(s, "login");
            m.email = str(s, "email");
            m.phone = str(s, "phone");
            if (!m_staff.save(m, error)) {
                return false;
            }
            m_staffIds.insert(str(s, "key"), m.id);
            ++m_summary.staff;
        }
        for (const QJsonValue& v : root.value(u"universities"_s).toArray()) {
            const QJsonObject u = v.toObject();
            Organisation o = address(u);
            o.kind = u"university"_s;
            o.shortName = str(u, "short_name");
            o.isSme = false;
            if (!saveOrg(u, o, error)) {
                return false;
            }
            for (const QJsonValue& iv : u.value(u"institutes"_s).toArray()) {
                Organisation i = address(iv.toObject());
                i.kind = u"institute"_s;
                i.parentId = o.id;
                i.instituteType = str(iv.toObject(), "type");
                i.isSme = false;
                if (!saveOrg(iv.toObject(), i, error)) {
                    return false;
                }
            }
        }
        for (const QJsonValue& v : root.value(u"companies"_s).toArray()) {
            const QJsonObject c = v.toObject();
            Organisation o = address(c);
            o.kind = u"company"_s;
            o.legalForm = str(c, "legal_form");
            o.sector = str(c, "sector");
            if (c.contains(u"employees"_s)) {
                o.employees = c.value(u"employees"_s).toInt();
            }
            o.isSme = c.value(u"sme"_s).toBool(true);
            o.isPilot = c.value(u"pilot"_s).toBool();
            o.stage = str(c, "stage");
            o.responsibleStaffId = m_staffIds.value(str(c, "responsible_staff"));
            o.needs = str(c, "needs");
            o.offers = str(c, "offers");
            if (!saveOrg(c, o, error)) {
                return false;
            }
        }
        for (const QJsonValue& v : root.value(u"persons"_s).toArray()) {
            if (!savePerson(v.toObject(), error)) {
                return false;
            }
        }
        for (const QJsonValue& v : root.value(u"events"_s).toArray()) {
            if (!saveEvent(v.toObject(), error)) {
                return false;
            }
        }
        for (const QJsonValue& v : root.value(u"matches"_s).toArray()) {
            if (!saveMatch(v.toObject(), error)) {
                return false;
            }
        }
        if (summary) {
            *summary = m_summary;
        }
        return true;
    }

private:
    static Organisation address(const QJsonObject& j)
    {
        Organisation o;
        o.name = str(j, "name");
        o.street = str(j, "street");
        o.postalCode = str(j, "postal_code");
        o.city = str(j, "city");
        o.website = str(j, "website");
        o.phone = str(j, "phone");
        o.email = str(j, "email");
        o.notes = str(j, "notes");
        return o;
    }

    bool saveOrg(const QJsonObject& j, Organisation& o, QString* error)
    {
        if (!m_orgs.save(o, error)) {
            return withContext(str(j, "key"), error);
        }
        m_ids.insert(str(j, "key"), o.id);
        ++m_summary.organisations;
        return true;
    }

    bool savePerson(const QJsonObject& j, QString* error)
    {
        Person p;
        p.organisationId = m_ids.value(str(j, "org"));
        const QString salutation = str(j, "salutation");
        p.salutation = salutation == u"Herr"_s ? u"mr"_s : salutation == u"Frau"_s ? u"ms"_s : QString();
        p.title = str(j, "title");
        p.firstName = str(j, "first_name");
        p.lastName = str(j, "last_name");
        p.function = str(j, "function");
        p.email = str(j, "email");
        p.phone = str(j, "phone");
        p.mobile = str(j, "mobile");
        p.notes = str(j, "notes");
        p.legalBasis = str(j, "legal_basis").isEmpty() ? u"legitimate_interest"_s : str(j, "legal_basis");
        p.consentDate = std::min(QDate::fromString(str(j, "consent_date"), Qt::ISODate), m_today);
        p.doNotContact = j.value(u"do_not_contact"_s).toBool();
        if (!m_persons.save(p, error)) {
            return withContext(str(j, "key"), error);
        }
        m_personIds.insert(str(j, "key"), p.id);
        ++m_summary.persons;
        return true;
    }

    bool saveEvent(const QJsonObject& j, QString* error)
    {
        Event e;
        e.type = str(j, "type");
        const QDate day = m_today.addDays(-j.value(u"days_ago"_s).toInt());
        e.start = time::fromBerlin(day, QTime::fromString(str(j, "time"), u"HH:mm"_s));
        e.durationMin = j.value(u"duration_min"_s).toInt();
        e.location = str(j, "location");
        e.subject = str(j, "subject");
        e.minutes = str(j, "minutes");
        e.outcome = str(j, "outcome");
        e.timeSpentMin = int(std::lround(j.value(u"time_spent_h"_s).toDouble() * 60));
        for (const QJsonValue& o : j.value(u"organisations"_s).toArray()) {
            e.participants << Participant{Participant::Kind::Organisation, m_ids.value(o.toString()), {}, {}, {}};
        }
        for (const QJsonValue& p : j.value(u"persons"_s).toArray()) {
            e.participants << Participant{Participant::Kind::Person, m_personIds.value(p.toString()), {}, {}, {}};
        }
        const QJsonArray staff = j.value(u"staff"_s).toArray();
        for (const QJsonValue& s : staff) {
            e.participants << Participant{Participant::Kind::Staff, m_staffIds.value(s.toString()), {}, {}, {}};
        }
        e.loggedByStaffId = staff.isEmpty() ? 0 : m_staffIds.value(staff.first().toString());
        for (const QJsonValue& fv : j.value(u"follow_ups"_s).toArray()) {
            const QJsonObject f = fv.toObject();
            FollowUp follow;
            follow.title = str(f, "what");
            follow.staffId = m_staffIds.value(str(f, "staff"));
            follow.dueDate = m_today.addDays(f.value(u"due_days_from_now"_s).toInt());
            follow.done = f.value(u"done"_s).toBool();
            if (follow.done) {
                follow.doneAt = time::fromBerlin(std::min(follow.dueDate, m_today), QTime(16, 0));
            }
            e.followUps << follow;
        }
        if (!m_events.save(e, error)) {
            return withContext(str(j, "key"), error);
        }
        m_eventIds.insert(str(j, "key"), e.id);
        ++m_summary.events;
        m_summary.followUps += int(e.followUps.size());
        return true;
    }

    // A match walks through its stages up to the one in the data, so that its history is complete.
    bool saveMatch(const QJsonObject& j, QString* error)
    {
        Match m;
        m.companyId = m_ids.value(str(j, "company"));
        m.universityId = m_ids.value(str(j, "university"));
        m.type = str(j, "type");
        m.title = str(j, "title");
        m.companyPersonId = m_personIds.value(str(j, "company_person"));
        m.universityPersonId = m_personIds.value(str(j, "university_person"));
        m.outcome = str(j, "outcome");
        m.notes = str(j, "notes");
        for (const QJsonValue& e : j.value(u"events"_s).toArray()) {
            m.eventIds << m_eventIds.value(e.toString());
        }
        m.startedOn = m_today.addDays(-j.value(u"started_days_ago"_s).toInt());
        const QDate reached = m_today.addDays(-j.value(u"stage_days_ago"_s).toInt());
        const QString finalStage = str(j, "stage");
        QStringList path;
        const QStringList order = {u"proposed"_s, u"introduced"_s, u"in_talks"_s, u"agreed"_s, u"completed"_s};
        if (finalStage == u"declined"_s) {
            path = {u"proposed"_s, u"introduced"_s, u"declined"_s};
        } else {
            path = order.mid(0, order.indexOf(finalStage) + 1);
        }
        const qint64 span = std::max<qint64>(0, m.startedOn.daysTo(reached));
        for (qsizetype i = 0; i < path.size(); ++i) {
            m.stage = path[i];
            m.stageChangedOn = path.size() == 1 ? m.startedOn : m.startedOn.addDays(span * i / (path.size() - 1));
            m.graduatesHired = i + 1 == path.size() ? j.value(u"graduates_hired"_s).toInt() : 0;
            if (!m_matches.save(m, error)) {
                return withContext(str(j, "key"), error);
            }
        }
        ++m_summary.matches;
        return true;
    }

    static bool withContext(const QString& key, QString* error)
    {
        if (error) {
            *error = u"demo %1: "_s.arg(key) + *error;
        }
        return false;
    }

    Database& m_db;
    QDate m_today;
    OrganisationRepository m_orgs;
    PersonRepository m_persons;
    StaffRepository m_staff;
    EventRepository m_events;
    MatchRepository m_matches;
    QHash<QString, Id> m_ids;
    QHash<QString, Id> m_personIds;
    QHash<QString, Id> m_staffIds;
    QHash<QString, Id> m_eventIds;
    DemoSummary m_summary;
};

} // namespace

bool loadDemoNetwork(Database& db, const QDate& today, DemoSummary* summary, QString* error)
{
    QFile file(u":/kmuni/demo/demo.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(error, u"The demo data is missing from this build."_s);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        return fail(error, parseError.errorString());
    }
    QSqlQuery q(db.connection());
    const auto organisations = sql::row(
        q, u"SELECT count(*) FROM organisations"_s, {}, [](const QSqlQuery& r) { return r.value(0).toInt(); });
    if (!organisations.ok(error)) {
        return false;
    }
    if (organisations.valueOr(0) > 0) {
        return fail(error,
            QCoreApplication::translate("kmuni::DemoNetwork",
                "The database already holds data; the demo network is only "
                "loaded into an empty database."));
    }
    q.finish();
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    Loader loader(db, today);
    // The needs and offers the demo's texts name become data, as a migrated database's do.
    if (!loader.load(doc.object(), summary, error) || !NeedsOffersRepository(db).takeOverNotes(error)) {
        return false;
    }
    return tx.commit(error);
}

} // namespace kmuni
