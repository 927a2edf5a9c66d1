// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "staff/Staff.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace kmuni {

/** Type-ahead for the staff of the network partners ("Katrin Schmidt (Wirtschaftsförderung Dortmund)"). */
class StaffPicker final : public QLineEdit
{
    Q_OBJECT
public:
    StaffPicker(const QList<StaffMember>& staff, QWidget* parent = nullptr);

signals:
    void chosen(const kmuni::StaffMember& member);

private:
    QList<StaffMember> m_staff;
    QCompleter* m_completer = nullptr;
};

/** "Katrin Schmidt (Wirtschaftsförderung Dortmund)". */
QString staffLabel(const StaffMember& member);

} // namespace kmuni
