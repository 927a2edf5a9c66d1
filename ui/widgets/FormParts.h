// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Validation.h"
#include "common/Vocabulary.h"

#include <QFrame>

#include <functional>

class QBoxLayout;
class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kmuni {

class FormErrors;

/**
 * Save and Cancel for a form dialog, wired to its accept() and reject(); Ctrl+S and Ctrl+Return
 * save from any field of the form. The Save button is named "saveButton" for tests.
 */
QDialogButtonBox* saveCancelButtons(QDialog* dialog);

/**
 * The foot of a form dialog, added to @p layout: the line for the errors of no field (@p errors), then @p hint
 * (dimmed) beside @p buttons. @return the hint's label.
 */
QLabel* addFormFooter(QBoxLayout* layout, FormErrors& errors, const QString& hint, QDialogButtonBox* buttons);

/** A line edit named @p objectName (for tests) that takes at most maxLength(@p kind) characters. */
QLineEdit* boundedLineEdit(TextKind kind, const QString& objectName);

/** A text field of several lines named @p objectName (for tests) in which Tab moves on to the next field. */
QPlainTextEdit* formTextEdit(const QString& objectName);

/**
 * A combo box named @p objectName with the labels of vocabulary @p list, each with its code as data.
 * @p first, when given, comes first with an empty code: "(not stated)" in a form, "All types" in a filter.
 */
QComboBox* vocabularyComboBox(vocab::List list, const QString& objectName, const QString& first = {});

/**
 * A filter's choice as wide as its @p all ("Alle Mitarbeiter/innen") and no wider: longer names do not widen
 * the window, the popup shows them in full.
 */
void fitToAllText(QComboBox* combo, const QString& all);

/** A framed line with the warning icon (a possible duplicate, say), hidden until showText(). */
class WarningBox final : public QFrame
{
    Q_OBJECT
public:
    explicit WarningBox(const QString& objectName, QWidget* parent = nullptr);
    /** Shows @p text (rich text) in the box and the box itself. */
    void showText(const QString& text);
    /**
     * Whether a Save stops for the warning: true when @p warn() shows it (and returns true). Not asked again for the
     * @p key it was last shown for: the next Save with the same key goes through.
     */
    bool stopsSaveFor(const QString& key, const std::function<bool()>& warn);

private:
    QLabel* m_text = nullptr;
    QString m_warnedFor; ///< the key the warning was last shown for on a Save
};

} // namespace kmuni
