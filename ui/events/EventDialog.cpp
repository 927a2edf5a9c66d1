// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDialog.h"

#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/EntityPicker.h"
#include "widgets/FormParts.h"
#include "widgets/ReadErrors.h"
#include "widgets/SaveConflict.h"
#include "widgets/StaffPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int FollowUpRole = Qt::UserRole + 3;

// Del removes the current row of a list; the lists of the form are edited by keyboard too.
class DeleteKey final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
            if (auto* list = qobject_cast<QListWidget*>(watched)) {
                delete list->currentItem();
                return true;
            }
            if (auto* tree = qobject_cast<QTreeWidget*>(watched)) {
                delete tree->currentItem();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

EventDialog::EventDialog(Database& db, const Event& event, std::optional<StaffMember> loggedBy, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_event(event)
    , m_loggedBy(std::move(loggedBy))
    , m_staff(orEmpty(StaffRepository(db).list(), parent))
{
    setObjectName(u"eventDialog"_s);
    setWindowTitle(event.id == 0 ? tr("Log activity") : tr("Edit activity"));
    buildForm();
    load(event);
    m_initial = collect().toMap();
    resize(980, 720);
}

std::optional<Event> EventDialog::edit(
    Database& db, const Event& event, const std::optional<StaffMember>& loggedBy, QWidget* parent)
{
    EventDialog dialog(db, event, loggedBy, parent);
    if (dialog.exec() == QDialog::Accepted) {
        return dialog.event();
    }
    return std::nullopt;
}

void EventDialog::buildForm()
{
    // Left: what, when, where, who.
    auto* what = createActivityGroup();
    // Right: minutes, outcome, time spent, follow-ups.
    auto* record = createRecordGroup();
    auto* followUps = createFollowUpGroup();

    auto* buttons = saveCancelButtons(this);
    // Enter adds a follow-up or a participant; it does not save.
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);

    auto* right = new QVBoxLayout;
    right->addWidget(record, 3);
    right->addWidget(followUps, 2);
    auto* columns = new QHBoxLayout;
    columns->addWidget(what, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    addFormFooter(layout, m_errors, tr("Ctrl+S saves, Esc cancels. In the lists, Del removes a row."), buttons);

    connectParticipantPickers();
    setTabOrderOfFields();
}

QGroupBox* EventDialog::createActivityGroup()
{
    auto* what = new QGroupBox(tr("Activity"));
    auto* form = new QFormLayout(what);
    m_type = vocabularyComboBox(vocab::List::EventType, u"typeComboBox"_s);
    m_errors.addRow(form, tr("&Type:"), m_type, u"type"_s);
    QWidget* when = createWhenRow();
    m_errors.addRow(form, tr("&Date:"), when, u"start"_s);
    qobject_cast<QLabel*>(form->labelForField(when->parentWidget()))->setBuddy(m_date);
    m_subject = boundedLineEdit(TextKind::Title, u"subjectLineEdit"_s);
    m_subject->setPlaceholderText(tr("e.g. Needs for interns and theses"));
    m_errors.addRow(form, tr("&Subject:"), m_subject, u"subject"_s);
    m_location = boundedLineEdit(TextKind::Short, u"locationLineEdit"_s);
    m_errors.addRow(form, tr("&Place:"), m_location, u"location"_s);
    m_participantPicker = new EntityPicker(m_db, Search::Organisations | Search::Persons);
    m_participantPicker->setObjectName(u"participantPicker"_s);
    m_participantPicker->setPlaceholderText(tr("Type an organisation or person, Enter adds …"));
    m_participantPicker->setAccessibleName(tr("Add a participant"));
    m_errors.addRow(form, tr("P&articipants:"), m_participantPicker, u"participants"_s);
    m_staffPicker = new StaffPicker(m_staff);
    m_staffPicker->setObjectName(u"staffPicker"_s);
    form->addRow(tr("S&taff:"), m_staffPicker);
    m_participants = new QListWidget;
    m_participants->setObjectName(u"participantList"_s);
    m_participants->setAccessibleName(tr("Participants (Del removes)"));
    m_participants->setIconSize(QSize(16, 16));
    // A long "name · organisation" wraps to the list's width (a list item is as wide as its text: it would
    // be cut at the edge, not shortened), instead of scrolling sideways.
    m_participants->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_participants->setWordWrap(true);
    m_participants->setResizeMode(QListView::Adjust);
    m_participants->installEventFilter(new DeleteKey(this));
    form->addRow(QString(), m_participants);
    return what;
}

QWidget* EventDialog::createWhenRow()
{
    auto* when = new QWidget;
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    m_date = new DateEdit;
    m_date->setObjectName(u"dateEdit"_s);
    m_time = new QTimeEdit;
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_duration = new QSpinBox;
    m_duration->setObjectName(u"durationSpinBox"_s);
    m_duration->setRange(0, 14 * 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("Duration"));
    whenLayout->addWidget(m_date, 2);
    whenLayout->addWidget(m_time, 1);
    whenLayout->addWidget(new QLabel(tr("Duration:")));
    whenLayout->addWidget(m_duration, 1);
    return when;
}

QGroupBox* EventDialog::createRecordGroup()
{
    auto* record = new QGroupBox(tr("Minutes and outcome"));
    auto* recordForm = new QFormLayout(record);
    m_minutes = formTextEdit(u"minutesTextEdit"_s);
    m_minutes->setPlaceholderText(tr("What was discussed; line breaks are kept."));
    m_errors.addRow(recordForm, tr("&Minutes:"), m_minutes, u"minutes"_s);
    m_outcome = boundedLineEdit(TextKind::Text, u"outcomeLineEdit"_s);
    m_errors.addRow(recordForm, tr("&Outcome:"), m_outcome, u"outcome"_s);
    m_timeSpent = new QDoubleSpinBox;
    m_timeSpent->setObjectName(u"timeSpentSpinBox"_s);
    m_timeSpent->setRange(0, 1000);
    m_timeSpent->setDecimals(2);
    m_timeSpent->setSingleStep(0.25);
    m_timeSpent->setSuffix(tr(" h"));
    m_timeSpent->setToolTip(tr("Staff time for the funding documentation, including travel and preparation"));
    m_errors.addRow(recordForm, tr("Time &spent:"), m_timeSpent, u"timeSpentMin"_s);
    return record;
}

QGroupBox* EventDialog::createFollowUpGroup()
{
    auto* followUps = new QGroupBox(tr("Follow-ups"));
    auto* followUpLayout = new QVBoxLayout(followUps);
    auto* newFollowUp = new QHBoxLayout;
    m_followUpWhat = boundedLineEdit(TextKind::Title, u"followUpWhatLineEdit"_s);
    m_followUpWhat->setPlaceholderText(tr("What is to be done, Enter adds"));
    m_followUpWhat->setAccessibleName(tr("New follow-up: what"));
    m_followUpWho = new QComboBox;
    m_followUpWho->setObjectName(u"followUpWhoComboBox"_s);
    m_followUpWho->setAccessibleName(tr("New follow-up: who"));
    m_followUpWho->addItem(tr("(nobody)"), 0);
    for (const StaffMember& s : std::as_const(m_staff)) {
        m_followUpWho->addItem(s.displayName(), s.id);
    }
    m_followUpDue = new DateEdit;
    m_followUpDue->setObjectName(u"followUpDueEdit"_s);
    m_followUpDue->setDate(time::today().addDays(7));
    m_followUpDue->setAccessibleName(tr("New follow-up: due"));
    m_followUpAdd = new QPushButton(Icons::get(u"item-new"_s), tr("A&dd"));
    m_followUpAdd->setObjectName(u"followUpAddButton"_s);
    m_followUpAdd->setAutoDefault(false);
    m_followUpWhat->setMinimumWidth(220);
    // Every staff member's name whole ("Claudia Hoffmann-Straub"); the task takes the rest of the row.
    m_followUpWho->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    newFollowUp->addWidget(m_followUpWhat, 1);
    newFollowUp->addWidget(m_followUpWho);
    newFollowUp->addWidget(m_followUpDue);
    newFollowUp->addWidget(m_followUpAdd);
    m_followUps = new QTreeWidget;
    m_followUps->setObjectName(u"followUpList"_s);
    m_followUps->setHeaderLabels({tr("What"), tr("Who"), tr("Due"), tr("Done")});
    m_followUps->setRootIsDecorated(false);
    m_followUps->header()->setStretchLastSection(false);
    m_followUps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUps->header()->setSectionResizeMode(0, QHeaderView::Stretch); // who, due and done whole
    m_followUps->setAccessibleName(tr("Follow-ups (Del removes)"));
    m_followUps->installEventFilter(new DeleteKey(this));
    followUpLayout->addLayout(newFollowUp);
    followUpLayout->addWidget(m_followUps);
    connect(m_followUpAdd, &QPushButton::clicked, this, &EventDialog::addFollowUp);
    connect(m_followUpWhat, &QLineEdit::returnPressed, this, &EventDialog::addFollowUp);
    return followUps;
}

void EventDialog::connectParticipantPickers()
{
    connect(m_participantPicker, &EntityPicker::chosen, this, [this](Id id, SearchHit::Kind kind, const QString&) {
        Participant p;
        p.kind = kind == SearchHit::Kind::Person ? Participant::Kind::Person : Participant::Kind::Organisation;
        p.refId = id;
        addParticipant(p);
        QMetaObject::invokeMethod(m_participantPicker, &EntityPicker::clearChoice, Qt::QueuedConnection);
    });
    connect(m_staffPicker, &StaffPicker::chosen, this, [this](const StaffMember& s) {
        addParticipant(Participant{Participant::Kind::Staff, s.id, {}, s.displayName(), s.partnerName});
    });
}

void EventDialog::setTabOrderOfFields()
{
    // The order a user fills the form in.
    const QList<QWidget*> order{m_type, m_date, m_time, m_duration, m_subject, m_location, m_participantPicker,
        m_staffPicker, m_participants, m_minutes, m_outcome, m_timeSpent, m_followUpWhat, m_followUpWho, m_followUpDue,
        m_followUpAdd, m_followUps};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order[i - 1], order[i]);
    }
}

void EventDialog::addParticipant(const Participant& participant)
{
    for (int i = 0; i < m_participants->count(); ++i) {
        const QListWidgetItem* item = m_participants->item(i);
        if (item->data(KindRole).toInt() == int(participant.kind)
            && item->data(IdRole).toLongLong() == participant.refId) {
            return; // already there
        }
    }
    QString name = participant.name;
    QString detail = participant.detail;
    if (name.isEmpty() && participant.kind == Participant::Kind::Organisation) {
        if (const auto o = found(OrganisationRepository(m_db).find(participant.refId), this)) {
            name = o->name;
            detail = vocab::label(vocab::List::OrganisationKind, o->kind);
        }
    } else if (name.isEmpty() && participant.kind == Participant::Kind::Person) {
        if (const auto p = found(PersonRepository(m_db).find(participant.refId), this)) {
            name = p->displayName();
            if (const auto o = p->organisationId > 0 ? found(OrganisationRepository(m_db).find(p->organisationId), this)
                                                     : std::nullopt) {
                detail = o->name;
            }
            if (p->doNotContact) {
                detail += u" · "_s + tr("do not contact");
            }
            // The person's organisation took part too.
            if (p->organisationId > 0) {
                addParticipant(Participant{Participant::Kind::Organisation, p->organisationId, {}, {}, {}});
            }
        }
    }
    auto* item = new QListWidgetItem(
        Icons::get(entityIcon(participant.kind)), detail.isEmpty() ? name : name + u"  ·  "_s + detail);
    item->setToolTip(item->text()); // the list shortens a long line
    item->setData(KindRole, int(participant.kind));
    item->setData(IdRole, participant.refId);
    m_participants->addItem(item);
}

void EventDialog::addFollowUp()
{
    const QString title = m_followUpWhat->text().trimmed();
    if (title.isEmpty()) {
        return;
    }
    FollowUp f;
    f.title = title;
    f.staffId = m_followUpWho->currentData().toLongLong();
    f.dueDate = m_followUpDue->date();
    auto* item = new QTreeWidgetItem(m_followUps,
        {f.title, m_followUpWho->currentIndex() > 0 ? m_followUpWho->currentText() : QString(), format::date(f.dueDate),
            QString()});
    item->setData(0, FollowUpRole, QVariant::fromValue(f.toMap()));
    item->setData(1, FollowUpRole, f.staffId);
    item->setData(2, FollowUpRole, f.dueDate);
    item->setData(3, FollowUpRole, qint64(0));
    m_followUpWhat->clear();
    m_followUpWhat->setFocus();
}

void EventDialog::load(const Event& e)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(e.type)));
    const QDateTime local = (e.start.isValid() ? e.start : time::now()).toTimeZone(time::berlin());
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
    m_duration->setValue(e.durationMin > 0 || e.id > 0 ? e.durationMin : 60);
    m_subject->setText(e.subject);
    m_location->setText(e.location);
    for (const Participant& p : e.participants) {
        addParticipant(p);
    }
    if (e.id == 0 && m_loggedBy) {
        addParticipant(Participant{
            Participant::Kind::Staff, m_loggedBy->id, {}, m_loggedBy->displayName(), m_loggedBy->partnerName});
        m_followUpWho->setCurrentIndex(std::max(0, m_followUpWho->findData(m_loggedBy->id)));
    }
    m_minutes->setPlainText(e.minutes);
    m_outcome->setText(e.outcome);
    m_timeSpent->setValue(e.timeSpentMin / 60.0);
    for (const FollowUp& f : e.followUps) {
        auto* item = new QTreeWidgetItem(
            m_followUps, {f.title, QString(), format::date(f.dueDate), f.done ? tr("yes") : QString()});
        for (const StaffMember& s : std::as_const(m_staff)) {
            if (s.id == f.staffId) {
                item->setText(1, s.displayName());
            }
        }
        item->setData(0, FollowUpRole, f.id);
        item->setData(1, FollowUpRole, f.staffId);
        item->setData(2, FollowUpRole, f.dueDate);
        item->setData(3, FollowUpRole, f.done ? 1 : 0);
    }
}

Event EventDialog::collect() const
{
    Event e = m_event;
    e.type = m_type->currentData().toString();
    e.start = time::fromBerlin(m_date->date(), m_time->time());
    e.durationMin = m_duration->value();
    e.subject = m_subject->text();
    e.location = m_location->text();
    e.participants.clear();
    for (int i = 0; i < m_participants->count(); ++i) {
        const QListWidgetItem* item = m_participants->item(i);
        e.participants << Participant{
            Participant::Kind(item->data(KindRole).toInt()), item->data(IdRole).toLongLong(), {}, {}, {}};
    }
    if (e.id == 0 || e.loggedByStaffId == 0) {
        e.loggedByStaffId = m_loggedBy ? m_loggedBy->id : 0;
        if (e.loggedByStaffId == 0) {
            const QList<Id> staff = e.participantIds(Participant::Kind::Staff);
            e.loggedByStaffId = staff.isEmpty() ? 0 : staff.first();
        }
    }
    e.minutes = m_minutes->toPlainText();
    e.outcome = m_outcome->text();
    e.timeSpentMin = int(std::lround(m_timeSpent->value() * 60));
    // Follow-ups: those kept from the activity as they were, new ones appended.
    QList<FollowUp> followUps;
    for (int i = 0; i < m_followUps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_followUps->topLevelItem(i);
        FollowUp f;
        const QVariant key = item->data(0, FollowUpRole);
        if (key.typeId() != QMetaType::QVariantMap) {
            for (const FollowUp& old : m_event.followUps) {
                if (old.id == key.toLongLong()) {
                    f = old;
                }
            }
        }
        f.title = item->text(0);
        f.staffId = item->data(1, FollowUpRole).toLongLong();
        f.dueDate = item->data(2, FollowUpRole).toDate();
        followUps << f;
    }
    e.followUps = followUps;
    return e;
}

bool EventDialog::isDirty() const
{
    return collect().toMap() != m_initial || !m_followUpWhat->text().trimmed().isEmpty()
        || !m_participantPicker->text().trimmed().isEmpty();
}

void EventDialog::accept()
{
    // A follow-up typed but not yet added is meant to be added.
    addFollowUp();
    Event e = collect();
    EventRepository repo(m_db);
    const FieldErrors problems = repo.check(e);
    if (!m_errors.showAll(problems)) {
        return;
    }
    saveAndAccept(this, m_db, repo, e, m_initial, u"event"_s, e.subject.isEmpty() ? tr("Activity") : e.subject,
        m_errors, m_event);
}

void EventDialog::reject()
{
    rejectOrAsk(this, isDirty(), tr("Save this activity?"));
}

} // namespace kmuni
