// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormErrors.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::FormErrors)
};

QLabel* errorLabel(const QString& objectName)
{
    auto* error = new QLabel;
    error->setObjectName(objectName);
    error->setWordWrap(true);
    // Red is for meaning only: this is wrong.
    error->setStyleSheet(u"color: #c0392b;"_s);
    error->hide();
    return error;
}

} // namespace

void FormErrors::addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field)
{
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(input);
    auto* error = errorLabel(field + u"Error"_s);
    layout->addWidget(error);
    form->addRow(label, cell);
    if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(cell))) {
        buddy->setBuddy(input);
    }
    m_rows.insert(field, {input, error});
}

FieldErrors FormErrors::show(const FieldErrors& errors)
{
    clear();
    FieldErrors unplaced;
    QWidget* first = nullptr;
    for (const FieldError& e : errors) {
        const auto it = m_rows.constFind(e.field);
        if (it == m_rows.cend()) {
            unplaced << e;
            continue;
        }
        it->error->setText(it->error->text().isEmpty() ? e.message : it->error->text() + u' ' + e.message);
        it->error->show();
        if (!first) {
            first = it->input;
        }
    }
    if (first) {
        first->setFocus();
    }
    return unplaced;
}

void FormErrors::clear()
{
    for (const Row& row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
}

QLabel* FormErrors::generalLabel()
{
    if (!m_general) {
        m_general = errorLabel(u"generalError"_s);
    }
    return m_general;
}

bool FormErrors::showAll(const FieldErrors& errors)
{
    const FieldErrors unplaced = show(errors);
    generalLabel()->setText(describe(unplaced));
    generalLabel()->setVisible(!unplaced.isEmpty());
    return errors.isEmpty();
}

void FormErrors::showGeneral(const QString& message)
{
    generalLabel()->setText(message);
    generalLabel()->show();
}

bool mayLeaveUnsaved(QDialog* dialog, const QString& question)
{
    const auto answer = QMessageBox::question(dialog, Tr::tr("Unsaved changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        dialog->accept();
    }
    return answer == QMessageBox::Discard;
}

void rejectOrAsk(QDialog* dialog, bool dirty, const QString& question)
{
    if (!dirty || mayLeaveUnsaved(dialog, question)) {
        dialog->QDialog::reject();
    }
}

} // namespace kmuni
