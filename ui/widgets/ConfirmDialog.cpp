// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

ConfirmDialog::ConfirmDialog(
    const QString& title, const QString& text, const QString& fieldLabel, const QString& action, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"confirmDialog"_s);
    setWindowTitle(title);
    m_text = new QLabel(text);
    m_text->setObjectName(u"confirmText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A reading width: about 70 characters a line.
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto* label = new QLabel(fieldLabel);
    m_field = new QLineEdit;
    m_field->setObjectName(u"confirmWords"_s);
    label->setBuddy(m_field);
    auto* buttons = new QDialogButtonBox;
    m_action = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(u"confirmActionButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &ConfirmDialog::updateDefault);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // as wide as the text wants, never wider
    layout->addWidget(m_text);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    m_field->setFocus();
    updateDefault();
}

QString ConfirmDialog::words() const
{
    return m_field->text().trimmed();
}

void ConfirmDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    updateDefault(); // the button box makes its first accepting button the default when shown
}

void ConfirmDialog::updateDefault()
{
    const bool typed = !words().isEmpty();
    (typed ? m_action : m_cancel)->setDefault(true);
    (typed ? m_cancel : m_action)->setDefault(false);
}

std::optional<QString> ConfirmDialog::ask(
    QWidget* parent, const QString& title, const QString& text, const QString& fieldLabel, const QString& action)
{
    ConfirmDialog dialog(title, text, fieldLabel, action, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.words();
}

} // namespace kmuni
