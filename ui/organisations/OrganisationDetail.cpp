// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationDetail.h"

#include "SuggestionsPanel.h"
#include "common/Format.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "matches/MatchRepository.h"
#include "matches/NeedsOffers.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "staff/Staff.h"
#include "widgets/DetailFrame.h"
#include "widgets/DetailLists.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

OrganisationDetail::OrganisationDetail(Session& session, QWidget* parent)
    : DetailPane(session, EntityKind::Organisation, parent)
{
    setObjectName(u"organisationDetail"_s);

    m_overview = detailText(u"organisationOverview"_s);
    m_overview->setOpenExternalLinks(true);
    QScrollArea* scroll = scrolled(m_overview);

    m_persons = new DetailList(session, EntityKind::Person, {tr("Name"), tr("Function"), tr("E-mail"), tr("Phone")});
    m_persons->setObjectName(u"organisationPersons"_s);
    // Empty tabs say what to do: the header card above holds the actions.
    m_persons->setEmptyText(tr("No contact persons yet. “New contact person” above adds the first."));
    m_institutes = new DetailList(session, EntityKind::Organisation, {tr("Institute"), tr("Type"), tr("City")});
    m_institutes->setObjectName(u"organisationInstitutes"_s);
    m_institutes->setEmptyText(tr("No institutes yet. “New institute” above adds the first."));
    m_timeline
        = new DetailList(session, EntityKind::Event, {tr("Date"), tr("Type"), tr("Subject"), tr("With"), tr("Staff")});
    m_timeline->setStretchColumn(2);
    m_timeline->setObjectName(u"organisationTimeline"_s);
    m_timeline->setEmptyText(tr("No activities yet. Ctrl+L logs the first."));
    m_matches
        = new DetailList(session, EntityKind::Match, {tr("With"), tr("Type"), tr("Stage"), tr("Since"), tr("Title")});
    m_matches->setObjectName(u"organisationMatches"_s);
    m_matches->setEmptyText(tr("No matches yet. “New match” above records the first."));
    m_followUps = new DetailList(session, EntityKind::FollowUp, {tr("Due"), tr("What"), tr("Who"), tr("Person")});
    m_followUps->setEmptyText(tr("No open follow-ups."));
    m_suggestions = new SuggestionsPanel(session);

    // The suggestions' row of buttons scrolls sideways in a narrow pane rather than widening the pane.
    setUpFrame(u"organisationTabs"_s,
        {{scroll, tr("Overview")}, {m_persons, tr("Contact persons")}, {m_institutes, tr("Institutes")},
            {m_timeline, tr("Activities")}, {m_matches, tr("Matches")}, {m_followUps, tr("Follow-ups")},
            {audit(), tr("Audit log")}, {scrolled(m_suggestions), tr("Suggestions")}},
        tr("Choose an organisation in the list, or create one with Ctrl+N."));
    m_filled = QList<bool>(tabs()->count(), false);
    connect(tabs(), &QTabWidget::currentChanged, this, &OrganisationDetail::fillTab);
}

void OrganisationDetail::showOrganisation(Id id)
{
    if (!load<OrganisationRepository>(m_org, id)) {
        return;
    }
    const Organisation& o = *m_org;
    Database& db = session().db();
    header()->setTitle(o.displayName());
    QStringList facts = {vocab::label(vocab::List::OrganisationKind, o.kind)};
    if (o.kind == u"institute"_s) {
        if (const auto parent = found(OrganisationRepository(db).find(o.parentId), this)) {
            facts[0] += u" · "_s + parent->name;
        }
    }
    for (const QString& fact : {o.city, vocab::label(vocab::List::Sector, o.sector)}) {
        if (!fact.isEmpty()) {
            facts << fact;
        }
    }
    header()->setSubtitle(facts.join(u" · "_s));
    header()->clearBadges();
    if (!o.stage.isEmpty()) {
        header()->addBadge(
            vocab::label(vocab::List::OutreachStage, o.stage), HeaderCard::stageColour(o.stage), u"stageBadge"_s);
    }
    if (o.isPilot) {
        header()->addBadge(tr("Pilot participant"), u"#fff2c4"_s, u"pilotBadge"_s);
    }
    if (o.archived) {
        header()->addBadge(tr("Archived: %1").arg(o.archivedReason), u"#eeeeee"_s, u"archivedBadge"_s);
    }
    // The tab titles carry counts (index counts, cheap); a tab's rows load when it is shown.
    const OrganisationUsage usage = orEmpty(OrganisationRepository(db).usage(o.id), this);
    tabs()->setTabText(1, tr("Contact persons (%1)").arg(usage.persons));
    tabs()->setTabVisible(2, o.kind == u"university"_s);
    tabs()->setTabText(2, tr("Institutes (%1)").arg(usage.institutes));
    tabs()->setTabText(3, tr("Activities (%1)").arg(usage.events));
    tabs()->setTabText(4, tr("Matches (%1)").arg(usage.matches));
    tabs()->setTabVisible(suggestionsTab, o.kind != u"partner"_s);
    tabs()->setTabText(5, tr("Follow-ups (%1)").arg(usage.openFollowUps));
    tabStrip()->sync();
    m_filled.fill(false);
    showRecord(true);
    fillTab(tabs()->currentIndex());
}

void OrganisationDetail::fillTab(int index)
{
    if (!m_org || index < 0 || index >= m_filled.size() || m_filled[index]) {
        return;
    }
    m_filled[index] = true;
    const Organisation& o = *m_org;
    Database& db = session().db();
    switch (index) {
    case 0:
        fillOverview(o);
        break;
    case 1: {
        PersonFilter persons;
        persons.organisationId = o.id;
        m_persons->fillPersons(orEmpty(PersonRepository(db).list(persons), this));
        break;
    }
    case 2: {
        OrganisationFilter institutes;
        institutes.parentId = o.id;
        m_institutes->clear();
        for (const Organisation& i : orEmpty(OrganisationRepository(db).list(institutes), this)) {
            m_institutes->addRow(i.id, {i.name, vocab::label(vocab::List::InstituteType, i.instituteType), i.city});
        }
        m_institutes->finish();
        break;
    }
    case 3:
        // The newest hundred; the activity list (filtered by this organisation) has them all.
        m_timeline->fillTimeline(
            orEmpty(EventRepository(db).timeline(Participant::Kind::Organisation, o.id, 100), this), true);
        break;
    case 4: {
        MatchFilter matches;
        matches.organisationId = o.id;
        m_matches->fillMatches(orEmpty(MatchRepository(db).list(matches, 200), this), o.id);
        break;
    }
    case 5: {
        FollowUpFilter followUps;
        followUps.organisationId = o.id;
        m_followUps->fillFollowUps(orEmpty(FollowUpRepository(db).list(followUps, 200), this));
        break;
    }
    case 6:
        audit()->showHistory(db, u"organisation"_s, o.id);
        break;
    case suggestionsTab:
        m_suggestions->showOrganisation(o.id, o.kind);
        break;
    default:
        break;
    }
}

void OrganisationDetail::fillOverview(const Organisation& o)
{
    Database& db = session().db();
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    const QString address = QStringList{o.street, QStringList{o.postalCode, o.city}.join(u' ').trimmed()}
                                .filter(QRegularExpression(u"\\S"_s))
                                .join(u"<br>"_s);
    html += factRow(tr("Address"), address.isEmpty() ? QString() : address);
    html += factRow(tr("Phone"), phone::display(o.phone).toHtmlEscaped());
    if (!o.email.isEmpty()) {
        html += factRow(tr("E-mail"), u"<a href='mailto:%1'>%1</a>"_s.arg(o.email.toHtmlEscaped()));
    }
    if (!o.website.isEmpty()) {
        html += factRow(tr("Website"),
            u"<a href='%1'>%2</a>"_s.arg(
                QUrl(o.website).toString(QUrl::FullyEncoded).toHtmlEscaped(), o.website.toHtmlEscaped()));
    }
    if (o.kind == u"company"_s) {
        html += factRow(tr("Legal form"), o.legalForm.toHtmlEscaped());
        html += factRow(tr("Employees"), o.employees ? format::number(*o.employees) : QString());
        html += factRow(tr("SME"), o.isSme ? tr("yes") : tr("no"));
    }
    if (o.responsibleStaffId > 0) {
        if (const auto staff = found(StaffRepository(db).find(o.responsibleStaffId), this)) {
            html += factRow(
                tr("Responsible"), QString(staff->displayName() + u" (" + staff->partnerName + u')').toHtmlEscaped());
        }
    }
    // Four partners work the same companies: who was in touch, and when last.
    QStringList contacts;
    for (const PartnerContact& c : orEmpty(EventRepository(db).partnerContacts(o.id), this)) {
        contacts << tr("%1: %n activity(s), last on %2 (%3)", nullptr, c.events)
                        .arg(
                            c.partnerName.toHtmlEscaped(), format::date(c.last), c.staff.join(u", "_s).toHtmlEscaped());
    }
    html += factRow(tr("In touch with"), contacts.join(u"<br>"_s));
    html += factRow(tr("Needs"), paragraphs(o.needs));
    html += factRow(tr("Offers"), paragraphs(o.offers));
    html += topicsRow(o);
    html += factRow(tr("Notes"), paragraphs(o.notes));
    html += factRow(tr("Created"), format::dateTime(o.createdAt));
    html += factRow(tr("Changed"), format::dateTime(o.updatedAt));
    html += u"</table>"_s;
    m_overview->setText(html);
}

QString OrganisationDetail::topicsRow(const Organisation& o)
{
    // The topics and kinds of match that suggestions go by, beside the free text above: the two
    // are different things, and the overview says which is which.
    if (o.kind == u"partner"_s) {
        return {};
    }
    const NeedsOffers::Side side = NeedsOffers::sideOf(o.kind);
    const NeedsOffers data = orEmpty(NeedsOffersRepository(session().db()).of(o.id, side), this);
    const QStringList parts = data.topicNames();
    const QStringList types = data.typeLabels();
    const QString label = side == NeedsOffers::Side::Need ? tr("Topics sought") : tr("Topics offered");
    if (parts.isEmpty() && types.isEmpty()) {
        return factRow(label,
            u"<i>"_s + tr("none yet: the Suggestions tab sets them (Needs and offers …)").toHtmlEscaped() + u"</i>"_s);
    }
    QString value = parts.join(u", "_s).toHtmlEscaped();
    if (!types.isEmpty()) {
        value += (value.isEmpty() ? QString() : u"<br>"_s)
            + tr("Kinds of match: %1").arg(types.join(u", "_s)).toHtmlEscaped();
    }
    return factRow(label, value);
}

} // namespace kmuni
