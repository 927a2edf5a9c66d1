// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpsPage.h"

#include "FollowUpDialog.h"
#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "models/ListModels.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"
#include "widgets/Actions.h"
#include "widgets/DetailFrame.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
enum Due
{
    AnyDue,
    Overdue,
    Today,
    ThisWeek
};
}

FollowUpsPage::FollowUpsPage(Session& session, QWidget* parent)
    : ListPage(session, u"followups"_s, parent)
    , m_session(session)
{
    setObjectName(u"followUpsPage"_s);
    m_done = makeAction(this,
        {.icon = u"done"_s,
            .text = tr("Mark &done"),
            .objectName = u"markDoneAction"_s,
            .shortcut = Qt::CTRL | Qt::Key_D},
        [this] { toggleDone(); });
    m_edit = makeAction(this, {.icon = u"edit"_s, .text = tr("&Edit"), .shortcut = Qt::CTRL | Qt::Key_E},
        [this] { editItem(m_shown); });
    m_delete = makeAction(this, {.icon = u"delete"_s, .text = tr("&Delete …"), .objectName = u"deleteFollowUpAction"_s},
        [this] { removeItem(m_shown); });
    m_openOrganisation = makeAction(this, {.icon = u"nav-organisations"_s, .text = tr("&Organisation")},
        [this] { m_session.show(EntityKind::Organisation, m_organisationId); });
    m_openEvent = makeAction(this, {.icon = u"nav-activities"_s, .text = tr("&Activity")},
        [this] { m_session.show(EntityKind::Event, m_eventId); });
    addActions({m_done, m_edit});

    m_header = new HeaderCard;
    m_header->addButtons({m_done, m_edit, m_delete, m_openOrganisation, m_openEvent});
    m_body = new QLabel;
    m_body->setObjectName(u"followUpBody"_s);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setContentsMargins(8, 8, 8, 8);
    m_detailPage = detailStack({m_header, m_body}, tr("Choose a follow-up in the list. Ctrl+D marks it done."));

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_due = new QComboBox;
    m_due->setObjectName(u"dueFilter"_s);
    m_due->setAccessibleName(tr("Due"));
    m_due->addItem(tr("Any due date"), AnyDue);
    m_due->addItem(tr("Overdue"), Overdue);
    m_due->addItem(tr("Due today or earlier"), Today);
    m_due->addItem(tr("Due this week or earlier"), ThisWeek);
    m_mine = new QCheckBox(tr("Only &mine"));
    m_mine->setObjectName(u"mineFilter"_s);
    m_showDone = new QCheckBox(tr("With d&one ones"));
    m_showDone->setObjectName(u"showDoneFilter"_s);
    layout->addWidget(m_due);
    layout->addWidget(m_mine);
    layout->addWidget(m_showDone);
    layout->addStretch();
    connect(m_due, &QComboBox::currentIndexChanged, this, &FollowUpsPage::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &FollowUpsPage::applyFilter);
    connect(m_showDone, &QCheckBox::toggled, this, &FollowUpsPage::applyFilter);

    setUpPanes(bar, m_detailPage);
    connect(&session, &Session::databaseChanged, this, &FollowUpsPage::onDatabaseChanged);
    connect(&session, &Session::changed, this, [this] { refresh(); });
    onDatabaseChanged();
}

QIcon FollowUpsPage::icon() const
{
    return Icons::get(u"nav-follow-ups"_s);
}

void FollowUpsPage::onDatabaseChanged()
{
    if (!m_session.isOpen()) {
        setModel(nullptr);
        return;
    }
    m_mine->setEnabled(m_session.staff().has_value());
    m_mine->setToolTip(
        m_session.staff() ? QString() : tr("Your login is not one of the staff members (Extras › Staff)."));
    setModel(new FollowUpListModel(m_session.db(), this));
    applyFilter();
    showDetail(0);
}

FollowUpListModel* FollowUpsPage::listModel() const
{
    return static_cast<FollowUpListModel*>(model());
}

void FollowUpsPage::applyFilter()
{
    if (!listModel()) {
        return;
    }
    FollowUpFilter f;
    f.openOnly = !m_showDone->isChecked();
    if (m_mine->isChecked() && m_session.staff()) {
        f.staffId = m_session.staff()->id;
    }
    const QDate today = time::today();
    switch (m_due->currentData().toInt()) {
    case Overdue:
        f.dueUntil = today.addDays(-1);
        break;
    case Today:
        f.dueUntil = today;
        break;
    case ThisWeek:
        f.dueUntil = today.addDays(7 - today.dayOfWeek());
        break;
    default:
        break;
    }
    if (!(f == listModel()->filter())) {
        listModel()->setFilter(f);
    }
}

bool FollowUpsPage::isFiltered() const
{
    return listModel() && !(listModel()->filter() == FollowUpFilter{});
}

bool FollowUpsPage::clearFilters()
{
    if (!isFiltered()) {
        return false;
    }
    const QSignalBlocker b1(m_due), b2(m_mine), b3(m_showDone);
    m_due->setCurrentIndex(0);
    m_mine->setChecked(false);
    m_showDone->setChecked(true);
    applyFilter();
    return true;
}

QString FollowUpsPage::emptyText(bool filtered) const
{
    return filtered ? tr("No follow-up matches this filter.")
                    : tr("No open follow-ups. They are added when you log an activity (Ctrl+L) or with Ctrl+N.");
}

int FollowUpsPage::defaultColumnWidth(int column) const
{
    static const int widths[] = {100, 320, 220, 160, 160};
    return column >= 0 && column < 5 ? widths[column] : 120;
}

void FollowUpsPage::showDetail(Id id)
{
    m_shown = id;
    const auto items = id > 0 && m_session.isOpen() ? FollowUpRepository(m_session.db()).find(id) : std::nullopt;
    m_done->setEnabled(items.has_value());
    m_edit->setEnabled(items.has_value());
    m_delete->setEnabled(items.has_value());
    if (!items) {
        m_detailPage->setCurrentIndex(0);
        m_openOrganisation->setEnabled(false);
        m_openEvent->setEnabled(false);
        return;
    }
    const FollowUp& f = *items;
    Database& db = m_session.db();
    m_organisationId = f.organisationId;
    m_eventId = f.eventId;
    m_openOrganisation->setEnabled(f.organisationId > 0);
    m_openEvent->setEnabled(f.eventId > 0);
    m_done->setText(f.done ? tr("Open &again") : tr("Mark &done"));
    m_header->setTitle(f.title);
    m_header->clearBadges();
    const QDate today = time::today();
    if (f.done) {
        m_header->addBadge(tr("Done on %1").arg(format::date(f.doneAt.toTimeZone(time::berlin()).date())), u"#e6e6e6"_s,
            u"doneBadge"_s);
    } else if (f.dueDate < today) {
        m_header->addBadge(tr("Overdue since %1").arg(format::date(f.dueDate)), u"#f8d7d4"_s, u"overdueBadge"_s);
    } else if (f.dueDate == today) {
        m_header->addBadge(tr("Due today"), u"#fde9b8"_s, u"dueTodayBadge"_s);
    } else {
        m_header->addBadge(tr("Due on %1").arg(format::date(f.dueDate)), u"#e3e6ea"_s);
    }
    QStringList facts;
    if (f.staffId > 0) {
        if (const auto s = found(StaffRepository(db).find(f.staffId), this)) {
            facts << s->displayName();
        }
    }
    if (f.organisationId > 0) {
        if (const auto o = found(OrganisationRepository(db).find(f.organisationId), this)) {
            facts << o->name;
        }
    }
    m_header->setSubtitle(facts.join(u" · "_s));
    QString body;
    if (f.eventId > 0) {
        if (const auto e = found(EventRepository(db).find(f.eventId), this)) {
            body = tr("From the activity of %1: <b>%2</b>").arg(format::dateTime(e->start), e->subject.toHtmlEscaped());
            if (!e->outcome.isEmpty()) {
                body += u"<br>"_s + tr("Outcome: %1").arg(e->outcome.toHtmlEscaped());
            }
        }
    }
    m_body->setText(body);
    m_detailPage->setCurrentIndex(1);
}

void FollowUpsPage::toggleDone()
{
    if (m_shown <= 0) {
        return;
    }
    FollowUpRepository repo(m_session.db());
    const auto f = found(repo.find(m_shown), this);
    if (!f) {
        return;
    }
    QString error;
    if (!repo.setDone(f->id, !f->done, &error)) {
        QMessageBox::warning(this, tr("Follow-up"), error);
        return;
    }
    m_session.notifyChanged(EntityKind::FollowUp, f->id);
}

bool FollowUpsPage::createItem()
{
    if (!m_session.isOpen()) {
        return false;
    }
    FollowUp f;
    if (m_session.staff()) {
        f.staffId = m_session.staff()->id;
    }
    if (const auto saved = editFollowUp(m_session.db(), f, this)) {
        m_session.notifyChanged(EntityKind::FollowUp, saved->id);
        showItem(saved->id);
    }
    return true;
}

void FollowUpsPage::editItem(Id id)
{
    const auto f = id > 0 ? FollowUpRepository(m_session.db()).find(id) : std::nullopt;
    if (!f) {
        return;
    }
    if (const auto saved = editFollowUp(m_session.db(), *f, this)) {
        m_session.notifyChanged(EntityKind::FollowUp, saved->id);
    }
}

void FollowUpsPage::removeItem(Id id)
{
    FollowUpRepository repo(m_session.db());
    const auto f = id > 0 ? found(repo.find(id), this) : std::nullopt;
    if (!f) {
        return;
    }
    if (!confirmDeletion(tr("Delete follow-up"),
            tr("Delete the follow-up \"%1\" due on %2? To close it because it is done, mark it done instead "
               "(Ctrl+D). The audit log keeps a record of it.")
                .arg(f->title, format::date(f->dueDate)),
            [&](QString* error) { return repo.remove(id, error); })) {
        return;
    }
    m_session.notifyChanged(EntityKind::FollowUp, id);
    if (f->eventId > 0) {
        m_session.notifyChanged(EntityKind::Event, f->eventId); // its activity lists it no longer
    }
}

std::optional<exports::Selection> FollowUpsPage::exportSelection() const
{
    return listModel() ? std::optional(exports::Selection::of(listModel()->filter())) : std::nullopt;
}

} // namespace kmuni
