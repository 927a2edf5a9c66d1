// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetail.h"

#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "staff/Staff.h"
#include "widgets/DetailFrame.h"
#include "widgets/DetailLists.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace { } // namespace

EventDetail::EventDetail(Session& session, QWidget* parent)
    : DetailPane(session, EntityKind::Event, parent)
{
    setObjectName(u"eventDetail"_s);
    m_body = detailText(u"eventBody"_s);
    QScrollArea* scroll = scrolled(m_body);

    // Participants open their page; the list's kind is set per row through the session.
    m_participants = new DetailList(session, EntityKind::Organisation, {tr("Participant"), tr("Of"), tr("Side")});
    m_participants->setObjectName(u"eventParticipants"_s);
    m_followUps = new DetailList(session, EntityKind::FollowUp, {tr("Due"), tr("What"), tr("Who"), tr("Person")});
    m_followUps->setEmptyText(tr("No follow-ups."));

    setUpFrame(u"eventTabs"_s,
        {{scroll, tr("Minutes")}, {m_participants, tr("Participants")}, {m_followUps, tr("Follow-ups")},
            {audit(), tr("Audit log")}},
        tr("Choose an activity in the list, or log one with Ctrl+L."));

    connect(m_participants, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const auto kind = Participant::Kind(item->data(1, Qt::UserRole).toInt());
        const Id id = item->data(2, Qt::UserRole).toLongLong();
        if (kind == Participant::Kind::Organisation) {
            this->session().show(EntityKind::Organisation, id);
        } else if (kind == Participant::Kind::Person) {
            this->session().show(EntityKind::Person, id);
        }
    });
}

void EventDetail::showActivity(Id id)
{
    if (!load<EventRepository>(m_event, id)) {
        return;
    }
    const Event& e = *m_event;
    Database& db = session().db();
    HeaderCard* card = header();
    card->setTitle(e.subject.isEmpty() ? vocab::label(vocab::List::EventType, e.type) : e.subject);
    QStringList facts = {format::dateTime(e.start), vocab::label(vocab::List::EventType, e.type)};
    if (e.durationMin > 0) {
        facts << tr("%1 min").arg(e.durationMin);
    }
    if (!e.location.isEmpty()) {
        facts << e.location;
    }
    card->setSubtitle(facts.join(u" · "_s));
    card->clearBadges();
    if (e.start > time::now()) {
        card->addBadge(tr("Planned"), u"#d6e6f5"_s);
    }
    if (session().project().isOutsideApprovedPeriod(e.start.toTimeZone(time::berlin()).date())) {
        card->addBadge(tr("Outside the approved period"), u"#f5e3c8"_s);
    }

    QString logged;
    if (e.loggedByStaffId > 0) {
        if (const auto s = found(StaffRepository(db).find(e.loggedByStaffId), this)) {
            logged = s->displayName();
        }
    }
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    html += factRow(tr("Minutes"), e.minutes.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += factRow(tr("Outcome"), e.outcome.toHtmlEscaped());
    html += factRow(tr("Time spent"), e.timeSpentMin > 0 ? tr("%1 h").arg(format::hours(e.timeSpentMin)) : QString());
    html += factRow(tr("Logged by"), logged.toHtmlEscaped());
    html += factRow(tr("Logged"), format::dateTime(e.createdAt));
    html += u"</table>"_s;
    m_body->setText(html);

    m_participants->clear();
    for (const Participant& p : e.participants) {
        const QString side = p.kind == Participant::Kind::Staff ? tr("Network partners")
            : p.kind == Participant::Kind::Person               ? tr("Contact person")
                                                                : tr("Organisation");
        QTreeWidgetItem* item = m_participants->addRow(0, {p.name, p.detail, side});
        item->setData(1, Qt::UserRole, int(p.kind));
        item->setData(2, Qt::UserRole, p.refId);
        item->setIcon(0,
            Icons::get(p.kind == Participant::Kind::Person      ? u"nav-persons"_s
                    : p.kind == Participant::Kind::Organisation ? u"nav-organisations"_s
                                                                : u"person-new"_s));
    }
    m_participants->finish();
    tabStrip()->setTabText(1, tr("Participants (%1)").arg(e.participants.size()));

    FollowUpFilter f;
    f.openOnly = false;
    f.eventId = e.id;
    const auto followUps = orEmpty(FollowUpRepository(db).list(f), this);
    m_followUps->fillFollowUps(followUps);
    tabStrip()->setTabText(2, tr("Follow-ups (%1)").arg(followUps.size()));
    audit()->showHistory(db, u"event"_s, e.id);
    showRecord(true);
}

} // namespace kmuni
