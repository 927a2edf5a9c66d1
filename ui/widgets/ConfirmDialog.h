// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kmuni {

/**
 * A question before an action that takes a few words of the user (why an organisation is archived, say),
 * in place of QInputDialog: the text wraps at a reading width and is shown literally (a name with "&" or "<"
 * stays as it is), the words go into a line under it, and the action has a button of its own beside Cancel.
 *
 * Esc and Cancel cancel. Enter does the action only once something was typed; on an empty line it cancels,
 * so a Delete and an Enter pressed by mistake do nothing.
 */
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
public:
    /**
     * @p title, @p text (plain text, wrapped), the line for the words labelled @p fieldLabel (with its mnemonic),
     * and the button @p action (with its mnemonic) that accepts.
     */
    ConfirmDialog(const QString& title, const QString& text, const QString& fieldLabel, const QString& action,
        QWidget* parent = nullptr);

    /** The words typed, trimmed. */
    QString words() const;
    QLabel* textLabel() const { return m_text; }
    QLineEdit* field() const { return m_field; }
    QPushButton* actionButton() const { return m_action; }
    QPushButton* cancelButton() const { return m_cancel; }

    /** Asks as described above; the words typed (maybe none) when the user chose @p action, nothing on Cancel. */
    static std::optional<QString> ask(
        QWidget* parent, const QString& title, const QString& text, const QString& fieldLabel, const QString& action);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateDefault();

    QLabel* m_text = nullptr;
    QLineEdit* m_field = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace kmuni
