// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsPage.h"

#include "EventDetail.h"
#include "EventDialog.h"
#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "io/PrintPreview.h"
#include "models/ListModels.h"
#include "reports/ParticipantList.h"
#include "staff/Staff.h"
#include "widgets/Actions.h"
#include "widgets/DateEdit.h"
#include "widgets/EntityPicker.h"
#include "widgets/FormParts.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
enum Period
{
    All,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    ThisYear,
    LastYear,
    Custom
};
}

EventsPage::EventsPage(Session& session, QWidget* parent)
    : ListPage(session, u"events"_s, parent)
    , m_session(session)
{
    setObjectName(u"eventsPage"_s);
    m_detail = new EventDetail(session);
    const auto onShown = [this](auto run) { return withShown(m_detail->event(), run); };
    m_edit = makeAction(this,
        {.icon = u"edit"_s, .text = tr("&Edit"), .objectName = u"editEventAction"_s, .shortcut = Qt::CTRL | Qt::Key_E},
        onShown([this](const Event& e) { editItem(e.id); }));
    m_delete = makeAction(
        this, {.icon = u"delete"_s, .text = tr("&Delete …")}, onShown([this](const Event& e) { removeItem(e.id); }));
    // The participants list (Teilnehmerliste) to sign at the activity, as the funding body asks.
    m_participantsList = makeAction(this,
        {.icon = u"participants-list"_s,
            .text = tr("&Participants list …"),
            .objectName = u"participantsListAction"_s,
            .shortcut = QKeySequence::Print,
            .toolTip = tr("Print the participants list to sign (Ctrl+P)")},
        onShown([this](const Event& e) {
            showPrintPreview(this, tr("Participants list: print preview"), tr("Participants list"),
                [this, id = e.id](QPrinter* printer) { participantlist::print(m_session.db(), id, printer); });
        }));
    QAction* pdf = makeAction(this, {.icon = u"pdf"_s, .text = tr("Save participants list as P&DF …")},
        onShown([this](const Event& e) { saveParticipantsList(e); }));
    m_newMatch = makeAction(this,
        {.icon = u"nav-matches"_s,
            .text = tr("New &match from this activity …"),
            .objectName = u"newMatchFromActivityAction"_s,
            .toolTip = tr("A match between the company and the university or institute that took part")});
    auto* listMenu = new QMenu(this);
    listMenu->addAction(pdf);
    m_participantsList->setMenu(listMenu);
    addActions({m_edit, m_participantsList});
    m_detail->header()->addButtons({m_edit, m_participantsList, m_newMatch, m_delete});
    connect(&session, &Session::projectChanged, this, &EventsPage::applyApprovedPeriod);
    setUpPanes(buildFilterBar(), m_detail);
    connect(&session, &Session::databaseChanged, this, &EventsPage::onDatabaseChanged);
    connect(&session, &Session::changed, this, [this] { refresh(); });
    onDatabaseChanged();
}

void EventsPage::saveParticipantsList(const Event& e)
{
    const QString path = askSaveFileName(this, tr("Save participants list as PDF"),
        tr("Participants list %1 %2").arg(e.start.toTimeZone(time::berlin()).date().toString(Qt::ISODate), e.subject),
        u"pdf"_s, tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !participantlist::writePdf(m_session.db(), e.id, path, &error)) {
        QMessageBox::warning(this, tr("Save participants list as PDF"), error);
    }
}

QIcon EventsPage::icon() const
{
    return Icons::get(u"nav-activities"_s);
}

QWidget* EventsPage::buildFilterBar()
{
    auto* bar = new QWidget;
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

    m_period = new QComboBox;
    m_period->setObjectName(u"periodFilter"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), All);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("From … to …"), Custom);
    m_from = new DateEdit;
    m_from->setObjectName(u"fromFilter"_s);
    m_to = new DateEdit;
    m_to->setObjectName(u"toFilter"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDate(time::today());
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_text = filterField(u"eventFilterText"_s, tr("Filter by subject, place, minutes …"));
    first->addWidget(m_period);
    first->addWidget(m_from);
    first->addWidget(new QLabel(u"–"_s));
    first->addWidget(m_to);
    first->addWidget(m_text, 1);

    m_type = vocabularyComboBox(vocab::List::EventType, u"typeFilter"_s, tr("All types"));
    m_sector = vocabularyComboBox(vocab::List::Sector, u"sectorFilter"_s, tr("All sectors"));
    m_staff = new QComboBox;
    m_staff->setObjectName(u"staffFilter"_s);
    // Each choice at the width of its "All …" ("Alle Mitarbeiter/innen" whole); the popup shows the longer names.
    for (const auto& [combo, all] : {std::pair{m_type, tr("All types")}, std::pair{m_sector, tr("All sectors")},
             std::pair{m_staff, tr("All staff")}}) {
        fitToAllText(combo, all);
    }
    m_organisation = new EntityPicker(m_session, Search::Organisations);
    m_organisation->setObjectName(u"organisationFilter"_s);
    m_organisation->setPlaceholderText(tr("All organisations"));
    m_organisation->setAccessibleName(tr("Organisation"));
    connect(m_organisation, &EntityPicker::chosen, this, &EventsPage::applyFilter);
    connect(m_organisation, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            applyFilter();
        }
    });
    second->addWidget(m_organisation, 1);
    second->addWidget(m_type);
    second->addWidget(m_sector);
    second->addWidget(m_staff);

    connect(m_period, &QComboBox::currentIndexChanged, this, &EventsPage::applyPeriod);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &EventsPage::applyFilter);
    }
    connect(m_text, &QLineEdit::textChanged, this, &EventsPage::applyFilter);
    for (QComboBox* combo : {m_type, m_sector, m_staff}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilter);
    }
    return bar;
}

void EventsPage::onDatabaseChanged()
{
    if (!m_session.isOpen()) {
        setModel(nullptr);
        return;
    }
    {
        const QSignalBlocker blocker(m_staff);
        m_staff->clear();
        m_staff->addItem(tr("All staff"), 0);
        for (const StaffMember& s : orEmpty(StaffRepository(m_session.db()).list(), this)) {
            m_staff->addItem(s.displayName(), s.id);
        }
    }
    setModel(new EventListModel(m_session.db(), this));
    applyApprovedPeriod();
    applyFilter();
    showDetail(0);
}

void EventsPage::applyApprovedPeriod()
{
    if (listModel() && m_session.isOpen()) {
        const ProjectSettings& project = m_session.project();
        listModel()->setApprovedPeriod(project.approvedFrom, project.approvedTo);
    }
}

EventListModel* EventsPage::listModel() const
{
    return static_cast<EventListModel*>(model());
}

void EventsPage::applyPeriod()
{
    const QDate today = time::today();
    const int quarterStart = ((today.month() - 1) / 3) * 3 + 1;
    const QSignalBlocker b1(m_from), b2(m_to);
    switch (m_period->currentData().toInt()) {
    case ThisMonth:
        m_from->setDate(QDate(today.year(), today.month(), 1));
        m_to->setDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
        break;
    case LastMonth:
        m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
        m_to->setDate(QDate(today.year(), today.month(), 1).addDays(-1));
        break;
    case ThisQuarter:
        m_from->setDate(QDate(today.year(), quarterStart, 1));
        m_to->setDate(QDate(today.year(), quarterStart, 1).addMonths(3).addDays(-1));
        break;
    case ThisYear:
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(QDate(today.year(), 12, 31));
        break;
    case LastYear:
        m_from->setDate(QDate(today.year() - 1, 1, 1));
        m_to->setDate(QDate(today.year() - 1, 12, 31));
        break;
    default:
        break;
    }
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    applyFilter();
}

void EventsPage::applyFilter()
{
    if (!listModel()) {
        return;
    }
    EventFilter f;
    if (m_period->currentData().toInt() != All) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.type = m_type->currentData().toString();
    f.sector = m_sector->currentData().toString();
    f.staffId = m_staff->currentData().toLongLong();
    f.organisationId = m_organisation ? m_organisation->id() : 0;
    f.text = m_text->text();
    if (!(f == listModel()->filter())) {
        listModel()->setFilter(f);
    }
}

void EventsPage::filterByOrganisation(Id id, const QString& name)
{
    clearFilters();
    m_organisation->setChoice(id, name);
    applyFilter();
}

bool EventsPage::isFiltered() const
{
    return listModel() && !(listModel()->filter() == EventFilter{});
}

bool EventsPage::clearFilters()
{
    if (!isFiltered()) {
        return false;
    }
    for (QComboBox* combo : {m_period, m_type, m_sector, m_staff}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    {
        const QSignalBlocker b1(m_text), b2(m_organisation);
        m_text->clear();
        m_organisation->clearChoice();
    }
    applyFilter();
    return true;
}

QString EventsPage::emptyText(bool filtered) const
{
    return filtered ? tr("No activity matches this filter.") : tr("No activities yet. Ctrl+L logs the first.");
}

int EventsPage::defaultColumnWidth(int column) const
{
    static const int widths[] = {120, 130, 300, 260, 90, 140};
    if (column == EventListModel::Type) {
        return widthForLabels(column, vocab::List::EventType, 130); // "Informationsveranstaltung" shortened
    }
    return column >= 0 && column < 6 ? widths[column] : 120;
}

void EventsPage::showDetail(Id id)
{
    m_detail->showActivity(id);
    m_edit->setEnabled(m_detail->event().has_value());
    m_delete->setEnabled(m_detail->event().has_value());
}

bool EventsPage::createItem()
{
    if (const Id id = logActivity()) {
        showItem(id);
    }
    return true;
}

Id EventsPage::logActivity(const QList<Participant>& with)
{
    if (!m_session.isOpen()) {
        return 0;
    }
    Event e;
    e.participants = with;
    if (const auto saved = EventDialog::edit(m_session.db(), e, m_session.staff(), this)) {
        m_session.notifyChanged(EntityKind::Event, saved->id);
        return saved->id;
    }
    return 0;
}

void EventsPage::editItem(Id id)
{
    const auto e = id > 0 ? EventRepository(m_session.db()).find(id) : std::nullopt;
    if (!e) {
        return;
    }
    if (const auto saved = EventDialog::edit(m_session.db(), *e, m_session.staff(), this)) {
        m_session.notifyChanged(EntityKind::Event, saved->id);
    }
}

void EventsPage::removeItem(Id id)
{
    EventRepository repo(m_session.db());
    const auto e = id > 0 ? found(repo.find(id), this) : std::nullopt;
    if (!e) {
        return;
    }
    if (confirmDeletion(tr("Delete activity"),
            tr("Delete the activity \"%1\" of %2 with its follow-ups? It disappears from lists and reports; the "
               "audit log keeps a record of it.")
                .arg(e->subject.isEmpty() ? vocab::label(vocab::List::EventType, e->type) : e->subject,
                    format::dateTime(e->start)),
            [&](QString* error) { return repo.remove(id, error); })) {
        m_session.notifyChanged(EntityKind::Event, id);
    }
}

std::optional<exports::Selection> EventsPage::exportSelection() const
{
    return listModel() ? std::optional(exports::Selection::of(listModel()->filter())) : std::nullopt;
}

} // namespace kmuni
