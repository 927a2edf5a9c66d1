// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDialog.h"

#include "Icons.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/EntityPicker.h"
#include "widgets/ReadErrors.h"
#include "widgets/SaveConflict.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

PersonDialog::PersonDialog(Database& db, const Person& person, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_person(person)
{
    setObjectName(u"personDialog"_s);
    setWindowTitle(person.id == 0 ? tr("New contact person") : tr("Edit %1").arg(person.displayName()));
    buildForm();
    load(person);
    m_initial = collect().toMap();
    resize(620, 640);
}

std::optional<Person> PersonDialog::edit(Database& db, const Person& person, QWidget* parent)
{
    PersonDialog dialog(db, person, parent);
    if (dialog.exec() == QDialog::Accepted) {
        return dialog.person();
    }
    return std::nullopt;
}

void PersonDialog::buildForm()
{
    auto* form = new QFormLayout;
    m_organisation = new EntityPicker(m_db, Search::Organisations);
    m_organisation->setObjectName(u"organisationPicker"_s);
    m_organisation->setAccessibleName(tr("Organisation"));
    m_errors.addRow(form, tr("&Organisation:"), m_organisation, u"organisationId"_s);
    m_salutation = vocabularyComboBox(vocab::List::Salutation, u"salutationComboBox"_s);
    m_errors.addRow(form, tr("S&alutation:"), m_salutation, u"salutation"_s);
    m_title = new QComboBox;
    m_title->setObjectName(u"titleComboBox"_s);
    m_title->setEditable(true);
    m_title->lineEdit()->setMaxLength(maxLength(TextKind::Title));
    m_title->addItems(vocab::codes(vocab::List::AcademicTitle));
    m_errors.addRow(form, tr("&Title:"), m_title, u"title"_s);
    m_firstName = boundedLineEdit(TextKind::Name, u"firstNameLineEdit"_s);
    m_errors.addRow(form, tr("&First name:"), m_firstName, u"firstName"_s);
    m_lastName = boundedLineEdit(TextKind::Name, u"lastNameLineEdit"_s);
    m_lastName->setAccessibleName(tr("Last name"));
    m_errors.addRow(form, tr("&Last name: *"), m_lastName, u"lastName"_s);
    m_function = boundedLineEdit(TextKind::Lines, u"functionLineEdit"_s);
    m_errors.addRow(form, tr("F&unction:"), m_function, u"function"_s);
    m_email = boundedLineEdit(TextKind::Email, u"emailLineEdit"_s);
    m_errors.addRow(form, tr("E-&mail:"), m_email, u"email"_s);
    m_phone = boundedLineEdit(TextKind::Phone, u"phoneLineEdit"_s);
    m_phone->setPlaceholderText(u"0231 / 755-1234"_s);
    m_errors.addRow(form, tr("&Phone:"), m_phone, u"phone"_s);
    m_mobile = boundedLineEdit(TextKind::Phone, u"mobileLineEdit"_s);
    m_mobile->setPlaceholderText(u"0171 2345678"_s);
    m_errors.addRow(form, tr("Mo&bile:"), m_mobile, u"mobile"_s);
    m_legalBasis = vocabularyComboBox(vocab::List::LegalBasis, u"legalBasisComboBox"_s);
    m_errors.addRow(form, tr("Legal &basis:"), m_legalBasis, u"legalBasis"_s);
    m_consentDate = new DateEdit;
    m_consentDate->setObjectName(u"consentDateEdit"_s);
    m_consentDate->setMaximumDate(time::today());
    m_errors.addRow(form, tr("&Consent given on:"), m_consentDate, u"consentDate"_s);
    m_doNotContact = new QCheckBox(tr("&Do not contact (the person objected to being contacted)"));
    m_doNotContact->setObjectName(u"doNotContactCheckBox"_s);
    form->addRow(QString(), m_doNotContact);
    m_notes = formTextEdit(u"notesTextEdit"_s);
    m_errors.addRow(form, tr("&Notes:"), m_notes, u"notes"_s);

    m_duplicateBox = new WarningBox(u"duplicateWarning"_s);

    auto* buttons = saveCancelButtons(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicateBox);
    addFormFooter(layout, m_errors, tr("Fields marked * are required. Ctrl+S saves, Esc cancels."), buttons);

    connect(m_legalBasis, &QComboBox::currentIndexChanged, this,
        [this] { m_consentDate->setEnabled(m_legalBasis->currentData().toString() == u"consent"_s); });
    for (QLineEdit* edit : {m_lastName, m_email}) {
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            const Person p = collect();
            if (!p.lastName.trimmed().isEmpty()) {
                checkDuplicates(p);
            }
        });
    }
}

void PersonDialog::load(const Person& p)
{
    if (p.organisationId > 0) {
        if (const auto o = found(OrganisationRepository(m_db).find(p.organisationId), this)) {
            m_organisation->setChoice(o->id, o->name);
        }
    }
    m_salutation->setCurrentIndex(std::max(0, m_salutation->findData(p.salutation)));
    m_title->setCurrentText(p.title);
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_function->setText(p.function);
    m_email->setText(p.email);
    m_phone->setText(phone::display(p.phone));
    m_mobile->setText(phone::display(p.mobile));
    m_legalBasis->setCurrentIndex(std::max(0, m_legalBasis->findData(p.legalBasis)));
    m_consentDate->setDate(p.consentDate.isValid() ? p.consentDate : time::today());
    m_consentDate->setEnabled(p.legalBasis == u"consent"_s);
    m_doNotContact->setChecked(p.doNotContact);
    m_notes->setPlainText(p.notes);
}

Person PersonDialog::collect() const
{
    Person p = m_person;
    p.organisationId = m_organisation->id();
    p.salutation = m_salutation->currentData().toString();
    p.title = m_title->currentText().trimmed();
    p.firstName = m_firstName->text();
    p.lastName = m_lastName->text();
    p.function = m_function->text();
    p.email = m_email->text();
    p.phone = m_phone->text() == phone::display(m_person.phone) ? m_person.phone : m_phone->text();
    p.mobile = m_mobile->text() == phone::display(m_person.mobile) ? m_person.mobile : m_mobile->text();
    p.legalBasis = m_legalBasis->currentData().toString();
    p.consentDate = p.legalBasis == u"consent"_s ? m_consentDate->date() : QDate();
    p.doNotContact = m_doNotContact->isChecked();
    p.notes = m_notes->toPlainText();
    return p;
}

bool PersonDialog::isDirty() const
{
    return collect().toMap() != m_initial;
}

bool PersonDialog::checkDuplicates(const Person& p)
{
    const QList<Person> similar
        = orEmpty(PersonRepository(m_db).findSimilar(p.firstName, p.lastName, p.email, p.id), this);
    if (similar.isEmpty()) {
        m_duplicateBox->hide();
        return false;
    }
    OrganisationRepository orgs(m_db);
    QStringList lines;
    for (const Person& s : similar.mid(0, 5)) {
        QString line = u"<b>"_s + s.displayName().toHtmlEscaped() + u"</b>"_s;
        if (const auto o = s.organisationId > 0 ? found(orgs.find(s.organisationId), this) : std::nullopt) {
            line += u", "_s + o->name.toHtmlEscaped();
        }
        if (!s.email.isEmpty()) {
            line += u" &lt;"_s + s.email.toHtmlEscaped() + u"&gt;"_s;
        }
        lines << line;
    }
    m_duplicateBox->showText(tr("Possible duplicate: %1 already exists. Check before creating the person again; "
                                "Save once more to save anyway.")
                                 .arg(lines.join(u"; "_s)));
    return true;
}

void PersonDialog::accept()
{
    Person p = collect();
    PersonRepository repo(m_db);
    FieldErrors problems = repo.check(p);
    if (p.organisationId == 0 && !m_organisation->text().trimmed().isEmpty()) {
        problems.append({u"organisationId"_s, tr("Choose the organisation from the suggestions, or leave it empty.")});
    }
    if (!m_errors.showAll(problems)) {
        return;
    }
    const QString key
        = p.firstName.trimmed().toLower() + u'|' + p.lastName.trimmed().toLower() + u'|' + p.email.trimmed().toLower();
    if (m_duplicateBox->stopsSaveFor(key, [&] { return checkDuplicates(p); })) {
        return;
    }
    saveAndAccept(this, m_db, repo, p, m_initial, u"person"_s, p.displayName(), m_errors, m_person);
}

void PersonDialog::reject()
{
    rejectOrAsk(this, isDirty(), tr("Save the changes to this contact person?"));
}

} // namespace kmuni
