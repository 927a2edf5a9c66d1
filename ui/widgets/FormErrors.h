// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Validation.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace kmuni {

/**
 * Shows a form's field errors right beside (under) the field that is wrong, in the words of the
 * core's validation, instead of a message box after Save.
 */
class FormErrors final
{
public:
    /** Adds @p input as row @p label to @p form, with room for its error under it. */
    void addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field);
    /** Shows @p errors (clearing the previous ones); focuses the first wrong field. @return the errors not placed. */
    FieldErrors show(const FieldErrors& errors);
    void clear();

private:
    struct Row
    {
        QWidget* input = nullptr;
        QLabel* error = nullptr;
    };
    QHash<QString, Row> m_rows;
};

} // namespace kmuni
