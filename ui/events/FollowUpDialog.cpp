// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpDialog.h"

#include "common/Time.h"
#include "db/Database.h"
#include "events/FollowUpRepository.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"
#include "widgets/DateEdit.h"
#include "widgets/EntityPicker.h"
#include "widgets/ReadErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::FollowUpDialog)
};
} // namespace

std::optional<FollowUp> editFollowUp(Database& db, const FollowUp& followUp, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"followUpDialog"_s);
    dialog.setWindowTitle(followUp.id == 0 ? Tr::tr("New follow-up") : Tr::tr("Edit follow-up"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(followUp.title);
    title->setObjectName(u"titleLineEdit"_s);
    title->setMaxLength(maxLength(TextKind::Title));
    title->setMinimumWidth(380);
    form->addRow(Tr::tr("&What: *"), title);
    auto* due = new DateEdit(followUp.dueDate.isValid() ? followUp.dueDate : time::today().addDays(7));
    due->setObjectName(u"dueDateEdit"_s);
    form->addRow(Tr::tr("&Due:"), due);
    auto* who = new QComboBox;
    who->setObjectName(u"whoComboBox"_s);
    who->addItem(Tr::tr("(nobody)"), 0);
    for (const StaffMember& s : orEmpty(StaffRepository(db).list(), parent)) {
        who->addItem(s.displayName(), s.id);
    }
    who->setCurrentIndex(std::max(0, who->findData(followUp.staffId)));
    form->addRow(Tr::tr("&Who:"), who);
    auto* organisation = new EntityPicker(db, Search::Organisations);
    organisation->setObjectName(u"organisationPicker"_s);
    if (followUp.organisationId > 0) {
        if (const auto o = found(OrganisationRepository(db).find(followUp.organisationId), parent)) {
            organisation->setChoice(o->id, o->name);
        }
    }
    form->addRow(Tr::tr("&Organisation:"), organisation);
    auto* done = new QCheckBox(Tr::tr("D&one"));
    done->setChecked(followUp.done);
    form->addRow(QString(), done);
    auto* error = new QLabel;
    error->setStyleSheet(u"color: #c0392b;"_s);
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    FollowUp result = followUp;
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        result.title = title->text();
        result.dueDate = due->date();
        result.staffId = who->currentData().toLongLong();
        result.organisationId = organisation->id();
        result.done = done->isChecked();
        QString message;
        if (!FollowUpRepository(db).save(result, &message)) {
            error->setText(message);
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return result;
}

} // namespace kmuni
