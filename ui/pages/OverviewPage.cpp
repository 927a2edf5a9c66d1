// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "matches/MatchRepository.h"
#include "project/Figures.h"
#include "reports/Dashboard.h"
#include "widgets/DetailLists.h"
#include "widgets/EmphasisDelegate.h"
#include "widgets/MonthChart.h"
#include "widgets/ReadErrors.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
QGroupBox* box(const QString& title, QWidget* content)
{
    auto* group = new QGroupBox(title);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

OverviewPage::OverviewPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(u"overviewPage"_s);
    m_greeting = new QLabel;
    m_greeting->setObjectName(u"greeting"_s);
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_greeting->setFont(big);
    m_figures = new QLabel;
    m_figures->setObjectName(u"figures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);

    m_followUps
        = new DetailList(session, EntityKind::Organisation, {tr("Due"), tr("What"), tr("Who"), tr("Organisation")});
    m_followUps->setObjectName(u"dueFollowUps"_s);
    m_followUps->setEmptyText(tr("Nothing overdue or due today."));
    m_followUps->setStretchColumn(1);
    m_latest = new DetailList(session, EntityKind::Event, {tr("Date"), tr("Type"), tr("Subject"), tr("With")});
    m_latest->setObjectName(u"latestActivities"_s);
    m_latest->setEmptyText(tr("No activities yet. Ctrl+L logs the first."));
    m_latest->setStretchColumn(2);
    m_stalled
        = new DetailList(session, EntityKind::Match, {tr("With"), tr("Type"), tr("Stage"), tr("Since"), tr("Title")});
    m_stalled->setObjectName(u"stalledMatches"_s);
    m_stalled->setEmptyText(tr("Every open match moved in the last four weeks."));

    m_chart = new MonthChart;
    m_boxes = {box(tr("Overdue and due today"), m_followUps), box(tr("Latest activities of the network"), m_latest),
        box(tr("Matches without progress for four weeks or more"), m_stalled),
        box(tr("Activities per month this year"), m_chart)};

    // In a scroll area: in one column, on half a screen, the boxes keep a useful height and the page
    // scrolls down instead.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_greeting);
    layout->addWidget(m_figures);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid, 1);
    arrange(false);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"overviewScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&session, &Session::databaseChanged, this, &OverviewPage::refreshWhenShown);
    connect(&session, &Session::changed, this, &OverviewPage::refreshWhenShown);
}

void OverviewPage::refreshWhenShown()
{
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void OverviewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void OverviewPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // Below this, two boxes side by side leave their lists too narrow for a date and a name.
    const bool oneColumn = width() < 1000;
    if (oneColumn != m_oneColumn) {
        arrange(oneColumn);
    }
}

void OverviewPage::arrange(bool oneColumn)
{
    m_oneColumn = oneColumn;
    for (int i = 0; i < m_boxes.size(); ++i) {
        m_grid->removeWidget(m_boxes[i]);
        m_grid->addWidget(m_boxes[i], oneColumn ? i : i / 2, oneColumn ? 0 : i % 2);
        m_boxes[i]->setMinimumHeight(oneColumn ? 260 : 0);
    }
    m_grid->setColumnStretch(1, oneColumn ? 0 : 1);
    m_grid->setColumnStretch(0, 1);
}

QIcon OverviewPage::icon() const
{
    return Icons::get(u"nav-overview"_s);
}

void OverviewPage::focusMain()
{
    m_followUps->setFocus();
}

void OverviewPage::refresh()
{
    if (!m_session.isOpen()) {
        return;
    }
    m_stale = false;
    Database& db = m_session.db();
    const QDate today = time::today();
    const auto& staff = m_session.staff();
    m_greeting->setText(staff ? tr("Hello, %1 — %2").arg(staff->displayName(), format::date(today))
                              : tr("KMUni network — %1").arg(format::date(today)));

    const Figures f = orEmpty(Figures::compute(db, today), this);
    m_figures->setText(
        tr("<b>%1</b> companies (%2 pilot participants) · <b>%3</b> universities and %4 institutes · "
           "<b>%5</b> contact persons · <b>%6</b> activities this year, %7&nbsp;h staff time · <b>%8</b> "
           "open matches")
            .arg(format::number(f.companies), format::number(f.pilots), format::number(f.universities),
                format::number(f.institutes), format::number(f.persons), format::number(f.eventsThisYear),
                format::hours(f.minutesThisYear), format::number(f.openMatches)));

    FollowUpFilter due;
    due.dueUntil = today;
    if (staff) {
        due.staffId = staff->id;
    }
    m_followUps->clear();
    for (const FollowUpItem& item : orEmpty(FollowUpRepository(db).list(due, 50), this)) {
        QTreeWidgetItem* row = m_followUps->addRow(item.followUp.organisationId,
            {format::date(item.followUp.dueDate), item.followUp.title, item.staffName, item.organisationName});
        // As in the follow-ups list: overdue red, due today amber.
        const bool overdue = item.followUp.dueDate < today;
        row->setIcon(0, Icons::get(overdue ? u"overdue"_s : u"due-today"_s));
        row->setForeground(0,
            EmphasisDelegate::colour(overdue ? PagedListModel::Emphasis::Overdue : PagedListModel::Emphasis::DueToday));
    }
    m_followUps->finish();

    m_latest->fillTimeline(orEmpty(EventRepository(db).latest(12), this), true);
    const Dashboard dashboard = orEmpty(Dashboard::compute(db, today.year()), this);
    QList<int> perMonth;
    for (int m = 1; m <= 12; ++m) {
        perMonth << dashboard.countIn(m);
    }
    m_chart->setValues(perMonth, today.month());

    MatchFilter open;
    open.openOnly = true;
    QList<Match> stalled;
    for (const Match& m : orEmpty(MatchRepository(db).list(open, 500), this)) {
        if (m.stageChangedOn.isValid() && m.stageChangedOn.daysTo(today) >= 28) {
            stalled << m;
        }
    }
    std::sort(stalled.begin(), stalled.end(),
        [](const Match& a, const Match& b) { return a.stageChangedOn < b.stageChangedOn; });
    m_stalled->fillMatches(stalled.mid(0, 20), 0);
}

} // namespace kmuni
