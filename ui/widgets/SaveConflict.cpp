// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveConflict.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::SaveConflict)
};
// The fields as the forms name them (the keys of the records' toMap()).
constexpr std::pair<const char*, const char*> fieldLabels[] = {
    {"kind", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Kind")},
    {"parent_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "University")},
    {"name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Name")},
    {"short_name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Short name")},
    {"legal_form", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Legal form")},
    {"institute_type", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Type of institute")},
    {"sector", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Sector")},
    {"street", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Street")},
    {"postal_code", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Postal code")},
    {"city", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "City")},
    {"website", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Website")},
    {"phone", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Phone")},
    {"mobile", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Mobile")},
    {"email", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "E-mail")},
    {"employees", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Employees")},
    {"is_sme", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "SME")},
    {"is_pilot", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Pilot participant")},
    {"stage", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Stage")},
    {"responsible_staff_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Responsible")},
    {"needs", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Needs")},
    {"offers", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Offers")},
    {"notes", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Notes")},
    {"archived", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Archived")},
    {"archived_reason", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Reason for archiving")},
    {"organisation_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Organisation")},
    {"salutation", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Salutation")},
    {"title", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Title")},
    {"first_name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Last name")},
    {"function", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Function")},
    {"legal_basis", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Legal basis")},
    {"consent_date", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Consent date")},
    {"do_not_contact", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Do not contact")},
    {"type", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Type")},
    {"start", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Start")},
    {"duration_min", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Duration (min)")},
    {"location", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Location")},
    {"subject", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Topic")},
    {"minutes", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Minutes")},
    {"outcome", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Outcome")},
    {"time_spent_min", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Time spent (min)")},
    {"logged_by_staff_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Logged by")},
    {"participants", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Participants")},
    {"follow_ups", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Follow-ups")},
    {"company_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Company")},
    {"university_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "University or institute")},
    {"company_person_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Contact at the company")},
    {"university_person_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Contact at the university")},
    {"staff_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Staff member")},
    {"started_on", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Started on")},
    {"stage_changed_on", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Stage reached on")},
    {"graduates_hired", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Graduates hired")},
    {"events", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Linked activities")},
};

QString fieldLabel(const QString& key)
{
    for (const auto& [name, label] : fieldLabels) {
        if (key == QLatin1StringView(name)) {
            return Tr::tr(label);
        }
    }
    return key;
}

QString valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    }
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        return value.toStringList().join(u", "_s);
    }
    return value.toString();
}

} // namespace

ConflictChoice askAboutConflict(QWidget* parent, const QString& record, const QVariantMap& mine,
    const QVariantMap& theirs, const QString& changedBy, const QString& changedAt)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"saveConflictDialog"_s);
    dialog.setWindowTitle(Tr::tr("Edit conflict"));
    const QString who = changedBy.isEmpty() ? Tr::tr("someone else") : changedBy;
    auto* text = new QLabel(Tr::tr("<b>%1</b> was saved by %2 (%3) while you were editing it. Nothing has been "
                                   "overwritten. These fields differ:")
                                .arg(record.toHtmlEscaped(), who.toHtmlEscaped(), changedAt.toHtmlEscaped()));
    text->setWordWrap(true);
    auto* fields = new QTreeWidget;
    fields->setObjectName(u"conflictFields"_s);
    fields->setRootIsDecorated(false);
    fields->setHeaderLabels({Tr::tr("Field"), Tr::tr("Your version"), Tr::tr("Version of %1").arg(who)});
    fields->header()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList keys = mine.keys();
    for (const QString& key : theirs.keys()) {
        if (!keys.contains(key)) {
            keys << key;
        }
    }
    for (const QString& key : std::as_const(keys)) {
        const QString a = valueText(mine.value(key));
        const QString b = valueText(theirs.value(key));
        if (a != b) {
            auto* row = new QTreeWidgetItem(fields, {fieldLabel(key), a, b});
            row->setData(0, Qt::UserRole, key);
            row->setToolTip(1, a);
            row->setToolTip(2, b);
        }
    }
    auto* buttons = new QDialogButtonBox;
    QPushButton* saveMine = buttons->addButton(Tr::tr("Save &my version"), QDialogButtonBox::AcceptRole);
    saveMine->setObjectName(u"saveMineButton"_s);
    QPushButton* takeTheirs = buttons->addButton(Tr::tr("&Keep the other version"), QDialogButtonBox::DestructiveRole);
    takeTheirs->setObjectName(u"takeTheirsButton"_s);
    QPushButton* keepEditing = buttons->addButton(Tr::tr("Back to the &form"), QDialogButtonBox::RejectRole);
    keepEditing->setObjectName(u"keepEditingButton"_s);
    keepEditing->setDefault(true);
    ConflictChoice choice = ConflictChoice::KeepEditing;
    QObject::connect(saveMine, &QPushButton::clicked, &dialog, [&] {
        choice = ConflictChoice::SaveMine;
        dialog.accept();
    });
    QObject::connect(takeTheirs, &QPushButton::clicked, &dialog, [&] {
        choice = ConflictChoice::TakeTheirs;
        dialog.accept();
    });
    QObject::connect(keepEditing, &QPushButton::clicked, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(fields, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
    return choice;
}

bool settleSave(QDialog* dialog, SaveOutcome outcome, FormErrors& errors, const QString& error)
{
    switch (outcome) {
    case SaveOutcome::Saved:
        return true;
    case SaveOutcome::Discarded:
        dialog->done(QDialog::Rejected);
        return false;
    case SaveOutcome::KeptOpen:
        errors.showGeneral(error);
        break;
    }
    return false;
}

} // namespace kmuni
