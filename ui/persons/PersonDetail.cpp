// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDetail.h"

#include "Icons.h"
#include "common/Format.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "widgets/DetailFrame.h"
#include "widgets/DetailLists.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace { } // namespace

PersonDetail::PersonDetail(Session& session, QWidget* parent)
    : DetailPane(session, EntityKind::Person, parent)
{
    setObjectName(u"personDetail"_s);
    m_blocked = new QLabel;
    m_blocked->setObjectName(u"doNotContactBanner"_s);
    m_blocked->setWordWrap(true);
    // Do not contact is the one thing that must not be overlooked.
    m_blocked->setStyleSheet(
        u"QLabel { background: #f8d7d4; color: #7a1d14; border: 1px solid #e0a39c; border-radius: 4px; padding: 8px; }"_s);
    m_blocked->hide();

    m_overview = detailText(u"personOverview"_s);
    m_overview->setOpenExternalLinks(true);
    connect(m_overview, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(u"kmuni:organisation/"_s)) {
            this->session().show(EntityKind::Organisation, link.section(u'/', 1).toLongLong());
        }
    });
    QScrollArea* scroll = scrolled(m_overview);

    m_timeline
        = new DetailList(session, EntityKind::Event, {tr("Date"), tr("Type"), tr("Subject"), tr("With"), tr("Staff")});
    m_timeline->setStretchColumn(2);
    m_timeline->setObjectName(u"personTimeline"_s);
    m_timeline->setEmptyText(tr("No activities with this person yet. Ctrl+L logs the first."));

    setUpFrame(u"personTabs"_s, {{scroll, tr("Overview")}, {m_timeline, tr("Activities")}, {audit(), tr("Audit log")}},
        tr("Choose a contact person in the list, or create one with Ctrl+N."), {m_blocked});
}

void PersonDetail::showPerson(Id id)
{
    if (!load<PersonRepository>(m_person, id)) {
        return;
    }
    const Person& p = *m_person;
    Database& db = session().db();
    HeaderCard* card = header();
    const auto organisation
        = p.organisationId > 0 ? found(OrganisationRepository(db).find(p.organisationId), this) : std::nullopt;
    const QString salutation = p.salutation.isEmpty() ? QString() : vocab::label(vocab::List::Salutation, p.salutation);
    card->setTitle(QStringList{salutation, p.displayName()}.join(u' ').trimmed());
    card->setSubtitle(QStringList{p.function, organisation ? organisation->name : QString()}
                          .filter(QRegularExpression(u"\\S"_s))
                          .join(u" · "_s));
    card->clearBadges();
    if (p.doNotContact) {
        card->addBadge(tr("Do not contact"), u"#f8d7d4"_s, u"doNotContactBadge"_s);
    }
    if (p.erased) {
        card->addBadge(tr("Erased"), u"#eeeeee"_s, u"erasedBadge"_s);
    } else if (p.archived) {
        card->addBadge(tr("Archived"), u"#eeeeee"_s, u"archivedBadge"_s);
    }
    m_blocked->setVisible(p.doNotContact);
    m_blocked->setText(tr("<b>Do not contact.</b> This person objected to being contacted. Do not call, write or "
                          "invite them; keep the record only for the documentation."));

    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    if (organisation) {
        html += factRow(tr("Organisation"),
            u"<a href='kmuni:organisation/%1'>%2</a>"_s.arg(organisation->id).arg(organisation->name.toHtmlEscaped()));
    }
    if (!p.email.isEmpty()) {
        html += factRow(tr("E-mail"), u"<a href='mailto:%1'>%1</a>"_s.arg(p.email.toHtmlEscaped()));
    }
    for (const auto& [label, number] : {std::pair{tr("Phone"), p.phone}, std::pair{tr("Mobile"), p.mobile}}) {
        if (!number.isEmpty()) {
            html += factRow(label, u"<a href='tel:%1'>%2</a>"_s.arg(number, phone::display(number).toHtmlEscaped()));
        }
    }
    QString legal = vocab::label(vocab::List::LegalBasis, p.legalBasis);
    if (p.legalBasis == u"consent"_s && p.consentDate.isValid()) {
        legal += u", "_s + tr("given on %1").arg(format::date(p.consentDate));
    }
    html += factRow(tr("Legal basis"), legal.toHtmlEscaped());
    html += factRow(tr("Notes"), p.notes.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += factRow(tr("Created"), format::dateTime(p.createdAt));
    html += factRow(tr("Changed"), format::dateTime(p.updatedAt));
    html += u"</table>"_s;
    m_overview->setText(html);

    const QList<EventSummary> events
        = orEmpty(EventRepository(db).timeline(Participant::Kind::Person, p.id, 200), this);
    m_timeline->fillTimeline(events, true);
    tabStrip()->setTabText(1, tr("Activities (%1)").arg(events.size()));
    audit()->showHistory(db, u"person"_s, p.id);
    showRecord(true);
}

} // namespace kmuni
