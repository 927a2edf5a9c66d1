// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchDetail.h"

#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/SuggestionsPanel.h"
#include "persons/PersonRepository.h"
#include "staff/Staff.h"
#include "widgets/DetailFrame.h"
#include "widgets/DetailLists.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"
#include "widgets/StaffPicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

QString link(const QString& kind, Id id, const QString& text)
{
    return u"<a href='kmuni:%1/%2'>%3</a>"_s.arg(kind).arg(id).arg(text.toHtmlEscaped());
}

// A dot in the stage's colour: the timeline's marks.
QIcon stageDot(const QString& stage)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(HeaderCard::stageColour(stage)).darker(160));
    painter.setBrush(QColor(HeaderCard::stageColour(stage)).darker(110));
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

MatchDetail::MatchDetail(Session& session, QWidget* parent)
    : DetailPane(session, EntityKind::Match, parent)
{
    setObjectName(u"matchDetail"_s);

    m_overview = detailText(u"matchOverview"_s);
    connect(m_overview, &QLabel::linkActivated, this, [this](const QString& target) {
        const Id id = target.section(u'/', 1).toLongLong();
        if (target.startsWith(u"kmuni:organisation/"_s)) {
            this->session().show(EntityKind::Organisation, id);
        } else if (target.startsWith(u"kmuni:person/"_s)) {
            this->session().show(EntityKind::Person, id);
        }
    });
    QScrollArea* scroll = scrolled(m_overview);

    // The stage history, oldest first, as a timeline: the date, a dot in the stage's colour, the
    // stage, and how long the match stayed there.
    m_history = new QTreeWidget;
    m_history->setObjectName(u"matchHistory"_s);
    m_history->setHeaderLabels({tr("Reached on"), tr("Stage"), tr("Stayed")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAllColumnsShowFocus(true);
    m_history->setIconSize(QSize(14, 14));
    m_history->header()->setStretchLastSection(true);

    m_events
        = new DetailList(session, EntityKind::Event, {tr("Date"), tr("Type"), tr("Subject"), tr("With"), tr("Staff")});
    m_events->setObjectName(u"matchEvents"_s);
    m_events->setStretchColumn(2);
    m_events->setEmptyText(tr("No activities linked to this match yet."));
    // What else the company could do: its suggestions, loaded when the tab is shown. Its row of
    // buttons scrolls sideways in a narrow pane rather than widening the pane (and the window).
    m_suggestions = new SuggestionsPanel(session);
    m_suggestionsPage = scrolled(m_suggestions);
    setUpFrame(u"matchTabs"_s,
        {{scroll, tr("Overview")}, {m_history, tr("Stage history")}, {m_events, tr("Activities")},
            {audit(), tr("Audit log")}, {m_suggestionsPage, tr("Suggestions")}},
        tr("Choose a match in the list or on the board, or create one with Ctrl+N."));
    connect(tabs(), &QTabWidget::currentChanged, this, [this](int index) {
        if (index == tabs()->indexOf(m_suggestionsPage) && m_match) {
            m_suggestions->showOrganisation(m_match->companyId, u"company"_s);
        }
    });
}

void MatchDetail::showMatch(Id id)
{
    if (!load<MatchRepository>(m_match, id)) {
        return;
    }
    const Match& m = *m_match;
    Database& db = session().db();
    HeaderCard* card = header();
    card->setTitle(m.companyName + u" – "_s + m.universityName);
    QStringList facts{vocab::label(vocab::List::MatchType, m.type)};
    if (!m.title.isEmpty()) {
        facts << m.title;
    }
    card->setSubtitle(facts.join(u" · "_s));
    card->clearBadges();
    card->addBadge(
        tr("%1 since %2").arg(vocab::label(vocab::List::MatchStage, m.stage), format::date(m.stageChangedOn)),
        HeaderCard::stageColour(m.stage), u"stageBadge"_s);

    PersonRepository persons(db);
    const auto personLink = [&](Id personId) {
        if (personId <= 0) {
            return QString();
        }
        const auto p = found(persons.find(personId), this);
        return p ? link(u"person"_s, p->id, p->displayName()) : QString();
    };
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    html += factRow(tr("Company"), link(u"organisation"_s, m.companyId, m.companyName));
    html += factRow(tr("Contact person"), personLink(m.companyPersonId));
    html += factRow(tr("University / institute"), link(u"organisation"_s, m.universityId, m.universityName));
    html += factRow(tr("Contact person"), personLink(m.universityPersonId));
    html += factRow(tr("Type"), vocab::label(vocab::List::MatchType, m.type).toHtmlEscaped());
    html += factRow(tr("Stage"),
        tr("%1 since %2")
            .arg(vocab::label(vocab::List::MatchStage, m.stage), format::date(m.stageChangedOn))
            .toHtmlEscaped());
    if (m.staffId > 0) {
        if (const auto s = found(StaffRepository(db).find(m.staffId), this)) {
            html += factRow(tr("Staff member"), staffLabel(*s).toHtmlEscaped());
        }
    }
    html += factRow(tr("Started"), format::date(m.startedOn));
    html += factRow(tr("Outcome"), m.outcome.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (m.graduatesHired > 0) {
        html += factRow(tr("Graduates hired"), QString::number(m.graduatesHired));
    }
    html += factRow(tr("Notes"), m.notes.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += factRow(tr("Created"), format::dateTime(m.createdAt));
    html += factRow(tr("Changed"), format::dateTime(m.updatedAt));
    html += u"</table>"_s;
    m_overview->setText(html);

    m_history->clear();
    for (qsizetype i = 0; i < m.history.size(); ++i) {
        const MatchStageChange& change = m.history[i];
        const QDate until = i + 1 < m.history.size() ? m.history[i + 1].reachedOn : QDate();
        QString stayed;
        if (until.isValid()) {
            stayed = tr("%n day(s)", nullptr, int(change.reachedOn.daysTo(until)));
        } else if (m.stage != u"completed"_s && m.stage != u"declined"_s) {
            stayed = tr("current stage, for %n day(s)", nullptr, int(change.reachedOn.daysTo(time::today())));
        } else {
            stayed = tr("final stage");
        }
        auto* item = new QTreeWidgetItem(
            m_history, {format::date(change.reachedOn), vocab::label(vocab::List::MatchStage, change.stage), stayed});
        item->setIcon(1, stageDot(change.stage));
        item->setData(0, Qt::UserRole, change.reachedOn);
        item->setData(1, Qt::UserRole, change.stage);
    }
    m_history->resizeColumnToContents(0);
    m_history->setColumnWidth(1, std::max(m_history->columnWidth(1), 160));
    m_history->resizeColumnToContents(1);
    tabStrip()->setTabText(1, tr("Stage history (%1)").arg(m.history.size()));

    const QList<EventSummary> events
        = m.eventIds.isEmpty() ? QList<EventSummary>{} : orEmpty(EventRepository(db).byIds(m.eventIds), this);
    m_events->fillTimeline(events, true);
    tabStrip()->setTabText(2, tr("Activities (%1)").arg(events.size()));
    audit()->showHistory(db, u"match"_s, m.id);
    if (tabs()->currentWidget() == m_suggestionsPage) {
        m_suggestions->showOrganisation(m.companyId, u"company"_s);
    }
    showRecord(true);
}

} // namespace kmuni
