// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationDialog.h"

#include "Icons.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"
#include "widgets/ReadErrors.h"
#include "widgets/SaveConflict.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

OrganisationDialog::OrganisationDialog(Database& db, const Organisation& organisation, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_org(organisation)
{
    setObjectName(u"organisationDialog"_s);
    setWindowTitle(organisation.id == 0 ? tr("New organisation") : tr("Edit %1").arg(organisation.name));
    buildForm();
    load(organisation);
    m_initial = collect().toMap();
    resize(900, 640);
}

std::optional<Organisation> OrganisationDialog::edit(Database& db, const Organisation& organisation, QWidget* parent)
{
    OrganisationDialog dialog(db, organisation, parent);
    if (dialog.exec() == QDialog::Accepted) {
        return dialog.organisation();
    }
    return std::nullopt;
}

void OrganisationDialog::buildForm()
{
    auto* master = createMasterGroup();
    auto* contact = createContactGroup();
    auto* texts = createTextTabs();

    m_duplicateBox = new WarningBox(u"duplicateWarning"_s);

    auto* buttons = saveCancelButtons(this);

    auto* columns = new QHBoxLayout;
    columns->addWidget(master, 1);
    columns->addWidget(contact, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(texts, 1);
    layout->addWidget(m_duplicateBox);
    addFormFooter(layout, m_errors, tr("Fields marked * are required. Ctrl+S saves, Esc cancels."), buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrganisationDialog::updateKindFields);
    // Warn about a possible duplicate as soon as the name or e-mail is entered, not only on Save.
    for (QLineEdit* edit : {m_name, m_email}) {
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            const Organisation o = collect();
            if (!o.name.trimmed().isEmpty()) {
                checkDuplicates(o);
            }
        });
    }
}

QGroupBox* OrganisationDialog::createMasterGroup()
{
    auto* master = new QGroupBox(tr("Organisation"));
    auto* masterForm = new QFormLayout(master);
    m_masterForm = masterForm;
    m_kind = vocabularyComboBox(vocab::List::OrganisationKind, u"kindComboBox"_s);
    m_errors.addRow(masterForm, tr("&Kind:"), m_kind, u"kind"_s);

    m_parent = new QComboBox;
    m_parent->setObjectName(u"parentComboBox"_s);
    OrganisationFilter universities;
    universities.kind = u"university"_s;
    universities.archived = OrganisationFilter::Archived::All;
    m_parent->addItem(tr("(choose the university)"), 0);
    for (const Organisation& u : orEmpty(OrganisationRepository(m_db).list(universities), this)) {
        m_parent->addItem(u.name, u.id);
    }
    m_errors.addRow(masterForm, tr("&University:"), m_parent, u"parentId"_s);
    m_instituteType = vocabularyComboBox(vocab::List::InstituteType, u"instituteTypeComboBox"_s, tr("(not stated)"));
    m_errors.addRow(masterForm, tr("Type of &institute:"), m_instituteType, u"instituteType"_s);
    m_instituteOnly = {m_parent, m_instituteType};

    m_name = boundedLineEdit(TextKind::Name, u"nameLineEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    m_errors.addRow(masterForm, tr("&Name: *"), m_name, u"name"_s);
    m_shortName = boundedLineEdit(TextKind::Name, u"shortNameLineEdit"_s);
    m_errors.addRow(masterForm, tr("Short na&me:"), m_shortName, u"shortName"_s);
    addCompanyRows(masterForm);
    return master;
}

void OrganisationDialog::addCompanyRows(QFormLayout* masterForm)
{
    m_legalForm = new QComboBox;
    m_legalForm->setObjectName(u"legalFormComboBox"_s);
    m_legalForm->setEditable(true);
    m_legalForm->lineEdit()->setMaxLength(maxLength(TextKind::Short));
    m_legalForm->addItem(QString());
    m_legalForm->addItems(vocab::codes(vocab::List::LegalForm));
    m_errors.addRow(masterForm, tr("&Legal form:"), m_legalForm, u"legalForm"_s);
    m_sector = vocabularyComboBox(vocab::List::Sector, u"sectorComboBox"_s, tr("(no sector)"));
    m_errors.addRow(masterForm, tr("&Sector:"), m_sector, u"sector"_s);
    m_stage = vocabularyComboBox(vocab::List::OutreachStage, u"stageComboBox"_s, tr("(not stated)"));
    m_errors.addRow(masterForm, tr("Outreach s&tage:"), m_stage, u"stage"_s);
    m_staff = new QComboBox;
    m_staff->setObjectName(u"staffComboBox"_s);
    m_staff->addItem(tr("(nobody)"), 0);
    for (const StaffMember& s : orEmpty(StaffRepository(m_db).list(), this)) {
        m_staff->addItem(
            s.partnerName.isEmpty() ? s.displayName() : s.displayName() + u" (" + s.partnerName + u')', s.id);
    }
    m_errors.addRow(masterForm, tr("&Responsible:"), m_staff, u"responsibleStaffId"_s);
    m_employees = new QSpinBox;
    m_employees->setObjectName(u"employeesSpinBox"_s);
    m_employees->setRange(-1, 1000000);
    m_employees->setSpecialValueText(tr("unknown"));
    m_employees->setGroupSeparatorShown(true);
    m_errors.addRow(masterForm, tr("&Employees:"), m_employees, u"employees"_s);
    m_sme = new QCheckBox(tr("S&ME (fewer than 250 employees, turnover ≤ 50 M€)"));
    m_sme->setObjectName(u"smeCheckBox"_s);
    masterForm->addRow(QString(), m_sme);
    m_pilot = new QCheckBox(tr("&Pilot participant of KMUni"));
    m_pilot->setObjectName(u"pilotCheckBox"_s);
    masterForm->addRow(QString(), m_pilot);
    m_companyOnly = {m_legalForm, m_sector, m_stage, m_employees, m_sme, m_pilot};
}

QGroupBox* OrganisationDialog::createContactGroup()
{
    auto* contact = new QGroupBox(tr("Address and contact"));
    auto* contactForm = new QFormLayout(contact);
    m_street = boundedLineEdit(TextKind::Address, u"streetLineEdit"_s);
    m_errors.addRow(contactForm, tr("S&treet:"), m_street, u"street"_s);
    m_postalCode = new QLineEdit;
    m_postalCode->setObjectName(u"postalCodeLineEdit"_s);
    m_postalCode->setMaxLength(5);
    m_postalCode->setPlaceholderText(u"44137"_s);
    m_errors.addRow(contactForm, tr("P&ostal code:"), m_postalCode, u"postalCode"_s);
    m_city = boundedLineEdit(TextKind::Address, u"cityLineEdit"_s);
    m_errors.addRow(contactForm, tr("&City:"), m_city, u"city"_s);
    m_phone = boundedLineEdit(TextKind::Phone, u"phoneLineEdit"_s);
    m_phone->setPlaceholderText(u"0231 / 755-1234"_s);
    m_errors.addRow(contactForm, tr("P&hone:"), m_phone, u"phone"_s);
    m_email = boundedLineEdit(TextKind::Email, u"emailLineEdit"_s);
    m_errors.addRow(contactForm, tr("E-&mail:"), m_email, u"email"_s);
    m_website = boundedLineEdit(TextKind::Url, u"websiteLineEdit"_s);
    m_website->setPlaceholderText(u"https://www.example.de"_s);
    m_errors.addRow(contactForm, tr("&Website:"), m_website, u"website"_s);
    return contact;
}

QTabWidget* OrganisationDialog::createTextTabs()
{
    auto* texts = new QTabWidget;
    m_needs = formTextEdit(u"needsTextEdit"_s);
    m_offers = formTextEdit(u"offersTextEdit"_s);
    m_notes = formTextEdit(u"notesTextEdit"_s);
    // Free text for people; the topics that suggestions go by are data of their own.
    const QString topicsElsewhere = tr("In your own words. The topics and kinds of match that suggestions go by are "
                                       "set on the organisation's Suggestions tab (Needs and offers …).");
    m_needs->setPlaceholderText(topicsElsewhere);
    m_offers->setPlaceholderText(topicsElsewhere);
    texts->addTab(m_needs, tr("Needs"));
    texts->addTab(m_offers, tr("Offers"));
    texts->addTab(m_notes, tr("Notes"));
    return texts;
}

void OrganisationDialog::load(const Organisation& o)
{
    selectData(m_kind, o.kind);
    selectData(m_parent, o.parentId);
    selectData(m_instituteType, o.instituteType);
    m_name->setText(o.name);
    m_shortName->setText(o.shortName);
    m_legalForm->setCurrentText(o.legalForm);
    selectData(m_sector, o.sector);
    selectData(m_stage, o.stage);
    selectData(m_staff, o.responsibleStaffId);
    m_street->setText(o.street);
    m_postalCode->setText(o.postalCode);
    m_city->setText(o.city);
    m_website->setText(o.website);
    m_phone->setText(phone::display(o.phone));
    m_email->setText(o.email);
    m_employees->setValue(o.employees ? *o.employees : -1);
    m_sme->setChecked(o.isSme);
    m_pilot->setChecked(o.isPilot);
    m_needs->setPlainText(o.needs);
    m_offers->setPlainText(o.offers);
    m_notes->setPlainText(o.notes);
    // The kind of an organisation with history stays what it is.
    m_kind->setEnabled(o.id == 0);
    updateKindFields();
}

Organisation OrganisationDialog::collect() const
{
    Organisation o = m_org;
    o.kind = m_kind->currentData().toString();
    const bool institute = o.kind == u"institute"_s;
    const bool company = o.kind == u"company"_s;
    o.parentId = institute ? m_parent->currentData().toLongLong() : 0;
    o.instituteType = institute ? m_instituteType->currentData().toString() : QString();
    o.name = m_name->text();
    o.shortName = m_shortName->text();
    o.legalForm = company ? m_legalForm->currentText().trimmed() : QString();
    o.sector = company ? m_sector->currentData().toString() : QString();
    o.stage = company ? m_stage->currentData().toString() : QString();
    o.responsibleStaffId = m_staff->currentData().toLongLong();
    o.street = m_street->text();
    o.postalCode = m_postalCode->text();
    o.city = m_city->text();
    o.website = m_website->text();
    // Shown the German way, stored normalised: compare like with like.
    o.phone = m_phone->text() == phone::display(m_org.phone) ? m_org.phone : m_phone->text();
    o.email = m_email->text();
    o.employees = m_employees->value() < 0 ? std::nullopt : std::optional<int>(m_employees->value());
    o.isSme = company && m_sme->isChecked();
    o.isPilot = company && m_pilot->isChecked();
    o.needs = m_needs->toPlainText();
    o.offers = m_offers->toPlainText();
    o.notes = m_notes->toPlainText();
    return o;
}

void OrganisationDialog::updateKindFields()
{
    const QString kind = m_kind->currentData().toString();
    // A field sits in the form directly (check boxes) or in a cell with its error label.
    const auto setRowVisible = [this](QWidget* w, bool visible) {
        QWidget* field = w->parentWidget() == m_masterForm->parentWidget() ? w : w->parentWidget();
        m_masterForm->setRowVisible(field, visible);
    };
    for (QWidget* w : std::as_const(m_companyOnly)) {
        setRowVisible(w, kind == u"company"_s);
    }
    for (QWidget* w : std::as_const(m_instituteOnly)) {
        setRowVisible(w, kind == u"institute"_s);
    }
}

bool OrganisationDialog::isDirty() const
{
    return collect().toMap() != m_initial;
}

bool OrganisationDialog::checkDuplicates(const Organisation& o)
{
    const QList<Organisation> similar = orEmpty(OrganisationRepository(m_db).findSimilar(o.name, o.email, o.id), this);
    if (similar.isEmpty()) {
        m_duplicateBox->hide();
        return false;
    }
    QStringList lines;
    for (const Organisation& s : similar.mid(0, 5)) {
        QString line = u"<b>"_s + s.displayName().toHtmlEscaped() + u"</b>"_s;
        if (!s.city.isEmpty()) {
            line += u", "_s + s.city.toHtmlEscaped();
        }
        if (s.archived) {
            line += u" ("_s + tr("archived") + u')';
        }
        lines << line;
    }
    m_duplicateBox->showText(tr("Possible duplicate: %1 already exists. Check before creating it again; "
                                "Save once more to save anyway.")
                                 .arg(lines.join(u"; "_s)));
    return true;
}

void OrganisationDialog::accept()
{
    Organisation o = collect();
    OrganisationRepository repo(m_db);
    const FieldErrors problems = repo.check(o);
    if (!m_errors.showAll(problems)) {
        return;
    }
    // The next Save with the same name and e-mail goes through.
    const QString key = o.name.trimmed().toLower() + u'|' + o.email.trimmed().toLower();
    if (m_duplicateBox->stopsSaveFor(key, [&] { return checkDuplicates(o); })) {
        return;
    }
    saveAndAccept(this, m_db, repo, o, m_initial, u"organisation"_s, o.displayName(), m_errors, m_org);
}

void OrganisationDialog::reject()
{
    rejectOrAsk(this, isDirty(), tr("Save the changes to this organisation?"));
}

} // namespace kmuni
