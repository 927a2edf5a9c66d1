// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectSettings.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kmuni {

class Session;

/**
 * Extras › Project: the funded project the report is for: name, funding reference, funding line,
 * approved period and indicator set. The partner organisations are those of kind "partner"; each has
 * a short code for the report.
 */
class ProjectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectDialog(Session& session, QWidget* parent = nullptr);
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_line = nullptr;
    QCheckBox* m_hasPeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_indicatorSet = nullptr;
    QList<ProjectSettings::PartnerCode> m_partners;
    QList<QLineEdit*> m_codes;
    FormErrors m_errors;
};

} // namespace kmuni
