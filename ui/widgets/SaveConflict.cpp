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
        const QString a = mine.value(key).toString();
        const QString b = theirs.value(key).toString();
        if (a != b) {
            auto* row = new QTreeWidgetItem(fields, {key, a, b});
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
