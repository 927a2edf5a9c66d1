// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormParts.h"

#include "Icons.h"
#include "widgets/FormErrors.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kmuni {

QLineEdit* boundedLineEdit(TextKind kind, const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength(kind));
    return edit;
}

QPlainTextEdit* formTextEdit(const QString& objectName)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    return edit;
}

QComboBox* vocabularyComboBox(vocab::List list, const QString& objectName, const QString& first)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    if (!first.isEmpty()) {
        combo->addItem(first, QString());
    }
    for (const QString& code : vocab::codes(list)) {
        combo->addItem(vocab::label(list, code), code);
    }
    return combo;
}

void fitToAllText(QComboBox* combo, const QString& all)
{
    // The minimum contents length counts in widths of an "x".
    const QFontMetrics metrics = combo->fontMetrics();
    const int x = std::max(1, metrics.horizontalAdvance(u'x'));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength((metrics.horizontalAdvance(all) + x - 1) / x);
}

QDialogButtonBox* saveCancelButtons(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* save = new QAction(dialog);
    save->setShortcuts({QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_Return)});
    save->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(save, &QAction::triggered, dialog, &QDialog::accept);
    dialog->addAction(save);
    return buttons;
}

QLabel* addFormFooter(QBoxLayout* layout, FormErrors& errors, const QString& hint, QDialogButtonBox* buttons)
{
    layout->addWidget(errors.generalLabel());
    auto* label = new QLabel(hint);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(label, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    return label;
}

WarningBox::WarningBox(const QString& objectName, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    auto* icon = new QLabel;
    icon->setPixmap(Icons::get(u"warning"_s).pixmap(22, 22));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void WarningBox::showText(const QString& text)
{
    m_text->setText(text);
    show();
}

bool WarningBox::stopsSaveFor(const QString& key, const std::function<bool()>& warn)
{
    if (key == m_warnedFor || !warn()) {
        return false;
    }
    m_warnedFor = key;
    return true;
}

} // namespace kmuni
