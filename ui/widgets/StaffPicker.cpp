// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace kmuni {

QString staffLabel(const StaffMember& member)
{
    return member.partnerName.isEmpty() ? member.displayName()
                                        : member.displayName() + u" ("_s + member.partnerName + u')';
}

StaffPicker::StaffPicker(const QList<StaffMember>& staff, QWidget* parent)
    : QLineEdit(parent)
    , m_staff(staff)
{
    auto* model = new QStandardItemModel(this);
    for (qsizetype i = 0; i < staff.size(); ++i) {
        auto* item = new QStandardItem(staffLabel(staff[i]));
        item->setData(qint64(i), Qt::UserRole);
        model->appendRow(item);
    }
    m_completer = new QCompleter(model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(m_completer);
    setPlaceholderText(tr("Add a staff member …"));
    setClearButtonEnabled(true);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const qsizetype i = index.data(Qt::UserRole).toLongLong();
        if (i >= 0 && i < m_staff.size()) {
            emit chosen(m_staff[i]);
        }
        // After the completer wrote the name into the field: empty it for the next one.
        QMetaObject::invokeMethod(this, &QLineEdit::clear, Qt::QueuedConnection);
    });
}

} // namespace kmuni
