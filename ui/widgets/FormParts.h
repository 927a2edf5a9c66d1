// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QDialog;
class QDialogButtonBox;
class QLabel;

namespace kmuni {

/**
 * Save and Cancel for a form dialog, wired to its accept() and reject(); Ctrl+S and Ctrl+Return
 * save from any field of the form. The Save button is named "saveButton" for tests.
 */
QDialogButtonBox* saveCancelButtons(QDialog* dialog);

/** A framed line with the warning icon (a possible duplicate, say), hidden until showText(). */
class WarningBox final : public QFrame
{
    Q_OBJECT
public:
    explicit WarningBox(const QString& objectName, QWidget* parent = nullptr);
    /** Shows @p text (rich text) in the box and the box itself. */
    void showText(const QString& text);

private:
    QLabel* m_text = nullptr;
};

} // namespace kmuni
