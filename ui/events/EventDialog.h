// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"
#include "staff/Staff.h"
#include "widgets/FormErrors.h"

#include <QDialog>
#include <QVariantMap>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace kmuni {

class Database;
class EntityPicker;
class StaffPicker;

/**
 * Aktivität erfassen: quicker than writing an e-mail, and all by keyboard. Type, date and time
 * (now, Berlin), duration, subject, place; participants typed in (organisations and persons of
 * both sides, staff of the partners); minutes, outcome, staff time; follow-ups (what, who, when).
 * Saving is one repository call; the dialog closes on success and asks before losing changes.
 */
class EventDialog final : public QDialog
{
    Q_OBJECT
public:
    /** @p loggedBy: the staff member logging it (the OS user, if known). */
    EventDialog(Database& db, const Event& event, std::optional<StaffMember> loggedBy, QWidget* parent = nullptr);

    static std::optional<Event> edit(
        Database& db, const Event& event, const std::optional<StaffMember>& loggedBy, QWidget* parent);

    const Event& event() const { return m_event; }
    bool isDirty() const;
    void accept() override;
    void reject() override;

private:
    void buildForm();
    QGroupBox* createActivityGroup();
    QWidget* createWhenRow();
    QGroupBox* createRecordGroup();
    QGroupBox* createFollowUpGroup();
    void connectParticipantPickers();
    void setTabOrderOfFields();
    void load(const Event& e);
    Event collect() const;
    void addParticipant(const Participant& p);
    void addFollowUp();

    Database& m_db;
    Event m_event;
    std::optional<StaffMember> m_loggedBy;
    QList<StaffMember> m_staff;
    QVariantMap m_initial;
    FormErrors m_errors;

    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_subject = nullptr;
    QLineEdit* m_location = nullptr;
    EntityPicker* m_participantPicker = nullptr;
    StaffPicker* m_staffPicker = nullptr;
    QListWidget* m_participants = nullptr;
    QPlainTextEdit* m_minutes = nullptr;
    QLineEdit* m_outcome = nullptr;
    QDoubleSpinBox* m_timeSpent = nullptr;
    QLineEdit* m_followUpWhat = nullptr;
    QComboBox* m_followUpWho = nullptr;
    QDateEdit* m_followUpDue = nullptr;
    QPushButton* m_followUpAdd = nullptr;
    QTreeWidget* m_followUps = nullptr;
};

} // namespace kmuni
