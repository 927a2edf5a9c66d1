// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Validation.h"

#include <QHash>
#include <QString>

class QDialog;
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

    /** The line for errors that belong to no field and for a save that failed; hidden until needed. */
    QLabel* generalLabel();
    /** As show(), the errors of no field in the general line. @return whether there were none at all. */
    bool showAll(const FieldErrors& errors);
    /** Shows @p message in the general line (a save the database refused). */
    void showGeneral(const QString& message);

private:
    struct Row
    {
        QWidget* input = nullptr;
        QLabel* error = nullptr;
    };
    QHash<QString, Row> m_rows;
    QLabel* m_general = nullptr;
};

/**
 * Asks before a form with unsaved changes is left: Save saves through @p dialog's accept() (which
 * keeps it open when the input is wrong), Discard lets it go, Cancel stays.
 * @return whether the dialog may close without saving.
 */
bool mayLeaveUnsaved(QDialog* dialog, const QString& question);

/**
 * Cancel of a form dialog: rejects @p dialog (QDialog::reject()) at once when nothing changed (@p dirty is false),
 * otherwise as mayLeaveUnsaved() with @p question lets it.
 */
void rejectOrAsk(QDialog* dialog, bool dirty, const QString& question);

} // namespace kmuni
