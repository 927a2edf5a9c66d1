// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectDialog.h"

#include "Session.h"
#include "common/Time.h"
#include "organisations/OrganisationRepository.h"
#include "project/ProjectSettings.h"
#include "widgets/DateEdit.h"
#include "widgets/ReadErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

ProjectDialog::ProjectDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"projectDialog"_s);
    setWindowTitle(tr("Project"));
    const ProjectSettings& project = session.project();

    auto* form = new QFormLayout;
    m_name = new QLineEdit(project.name);
    m_name->setObjectName(u"projectNameLineEdit"_s);
    m_name->setPlaceholderText(tr("as in the grant notice"));
    m_errors.addRow(form, tr("Project &name:"), m_name, u"name"_s);
    m_reference = new QLineEdit(project.fundingReference);
    m_reference->setObjectName(u"fundingReferenceLineEdit"_s);
    m_reference->setPlaceholderText(tr("e.g. EFRE-0400123"));
    m_errors.addRow(form, tr("Funding &reference:"), m_reference, u"fundingReference"_s);
    m_line = new QLineEdit(project.fundingLine);
    m_line->setPlaceholderText(tr("e.g. EFRE/JTF-Programm NRW 2021–2027"));
    m_errors.addRow(form, tr("Funding &line:"), m_line, u"fundingLine"_s);

    m_hasPeriod = new QCheckBox(tr("The grant notice sets an approved period"));
    m_hasPeriod->setObjectName(u"hasApprovedPeriodCheckBox"_s);
    m_hasPeriod->setChecked(project.hasApprovedPeriod());
    form->addRow(QString(), m_hasPeriod);
    const QDate today = time::today();
    m_from = new DateEdit(project.hasApprovedPeriod() ? project.approvedFrom : QDate(today.year(), today.month(), 1));
    m_from->setObjectName(u"approvedFromDateEdit"_s);
    m_to = new DateEdit(project.hasApprovedPeriod() ? project.approvedTo : m_from->date().addMonths(18).addDays(-1));
    m_to->setObjectName(u"approvedToDateEdit"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setEnabled(m_hasPeriod->isChecked());
        connect(m_hasPeriod, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    auto* period = new QWidget;
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new QLabel(tr("to")));
    periodLayout->addWidget(m_to);
    periodLayout->addStretch();
    m_errors.addRow(form, tr("&Approved period:"), period, u"approvedTo"_s);
    // The label's mnemonic goes to the first date.
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(period))) {
        label->setBuddy(m_from);
    }

    m_indicatorSet = new QComboBox;
    for (const QString& code : ProjectSettings::indicatorSets()) {
        m_indicatorSet->addItem(ProjectSettings::indicatorSetLabel(code), code);
    }
    m_indicatorSet->setCurrentIndex(std::max(0, m_indicatorSet->findData(project.indicatorSet)));
    m_errors.addRow(form, tr("&Indicator set:"), m_indicatorSet, u"indicatorSet"_s);

    // The partners and their short codes in the report's indicator codes.
    auto* partners = new QWidget;
    auto* grid = new QGridLayout(partners);
    grid->setContentsMargins(0, 0, 0, 0);
    // Fresh from the database: partners may have been created since the session read the project.
    const auto fresh = found(ProjectSettings::load(session.db()), this);
    m_partners = fresh ? fresh->partners : project.partners;
    if (m_partners.isEmpty()) {
        grid->addWidget(
            new QLabel(tr("No partner organisations yet: create organisations of the kind \"Partner\".")), 0, 0);
    }
    static const QRegularExpression codePattern(u"[A-Za-z0-9_]{0,16}"_s);
    for (int i = 0; i < m_partners.size(); ++i) {
        const ProjectSettings::PartnerCode& partner = m_partners[i];
        auto* code = new QLineEdit(partner.code);
        code->setObjectName(u"partnerCode%1"_s.arg(i));
        code->setPlaceholderText(ProjectSettings::codeFrom(partner.name));
        code->setMaxLength(16);
        code->setValidator(new QRegularExpressionValidator(codePattern, code));
        code->setToolTip(tr("The partner's code in the EFRE report (ENT_SUPPORTED_PARTNER_<code>): the same in every "
                            "office. Empty: the code shown, from the name."));
        connect(code, &QLineEdit::textEdited, code, [code](const QString& text) {
            const int at = code->cursorPosition();
            code->setText(text.toUpper());
            code->setCursorPosition(at);
        });
        auto* name = new QLabel(partner.name.toHtmlEscaped());
        name->setBuddy(code);
        grid->addWidget(name, i, 0);
        grid->addWidget(code, i, 1);
        m_codes << code;
    }
    grid->setColumnStretch(0, 1);
    m_errors.addRow(form, tr("Partner &codes:"), partners, u"partnerCodes"_s);

    auto* note = new QLabel(tr("Activities outside the approved period are marked in the activity list and are not "
                               "counted in the EFRE report."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveProjectButton"_s);
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void ProjectDialog::accept()
{
    ProjectSettings settings = m_session.project();
    settings.name = m_name->text().trimmed();
    settings.fundingReference = m_reference->text().trimmed();
    settings.fundingLine = m_line->text().trimmed();
    settings.approvedFrom = m_hasPeriod->isChecked() ? m_from->date() : QDate();
    settings.approvedTo = m_hasPeriod->isChecked() ? m_to->date() : QDate();
    settings.indicatorSet = m_indicatorSet->currentData().toString();
    settings.partners = m_partners;
    for (int i = 0; i < m_codes.size() && i < settings.partners.size(); ++i) {
        settings.partners[i].code = m_codes[i]->text().trimmed().toUpper();
    }
    const FieldErrors errors = settings.validate();
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return;
    }
    QString error;
    if (!m_session.saveProject(settings, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace kmuni
