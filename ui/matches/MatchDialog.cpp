// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchDialog.h"

#include "Icons.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "widgets/EntityPicker.h"
#include "widgets/ReadErrors.h"
#include "widgets/SaveConflict.h"
#include "widgets/StaffPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

MatchDialog::MatchDialog(Database& db, const Match& match, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_match(match)
    , m_staffList(orEmpty(StaffRepository(db).list(), parent))
{
    setObjectName(u"matchDialog"_s);
    setWindowTitle(
        match.id == 0 ? tr("New match") : tr("Edit match %1 – %2").arg(match.companyName, match.universityName));
    buildForm();
    load(match);
    m_initial = collect().toMap();
    resize(640, 600);
}

std::optional<Match> MatchDialog::edit(Database& db, const Match& match, QWidget* parent)
{
    MatchDialog dialog(db, match, parent);
    if (dialog.exec() == QDialog::Accepted) {
        return dialog.match();
    }
    return std::nullopt;
}

Match MatchDialog::prefilled(Database& db, Id organisationId)
{
    Match m;
    if (organisationId <= 0) {
        return m;
    }
    if (const auto o = found(OrganisationRepository(db).find(organisationId), nullptr)) {
        if (o->kind == u"company"_s) {
            m.companyId = o->id;
            m.companyName = o->name;
        } else if (o->kind == u"university"_s || o->kind == u"institute"_s) {
            m.universityId = o->id;
            m.universityName = o->name;
        }
    }
    return m;
}

void MatchDialog::buildForm()
{
    auto* form = new QFormLayout;
    m_company = new EntityPicker(m_db, Search::Organisations);
    m_company->setObjectName(u"companyPicker"_s);
    m_company->setOrganisationKinds({u"company"_s});
    m_company->setAccessibleName(tr("Company"));
    m_errors.addRow(form, tr("&Company: *"), m_company, u"companyId"_s);
    m_companyPerson = new EntityPicker(m_db, Search::Persons);
    m_companyPerson->setObjectName(u"companyPersonPicker"_s);
    m_companyPerson->setAccessibleName(tr("Contact person at the company"));
    m_errors.addRow(form, tr("Contact &person there:"), m_companyPerson, u"companyPersonId"_s);
    m_university = new EntityPicker(m_db, Search::Organisations);
    m_university->setObjectName(u"universityPicker"_s);
    m_university->setOrganisationKinds({u"university"_s, u"institute"_s});
    m_university->setAccessibleName(tr("University or institute"));
    m_errors.addRow(form, tr("&University / institute: *"), m_university, u"universityId"_s);
    m_universityPerson = new EntityPicker(m_db, Search::Persons);
    m_universityPerson->setObjectName(u"universityPersonPicker"_s);
    m_universityPerson->setAccessibleName(tr("Contact person at the university or institute"));
    m_errors.addRow(form, tr("Contact p&erson there:"), m_universityPerson, u"universityPersonId"_s);
    m_type = vocabularyComboBox(vocab::List::MatchType, u"typeComboBox"_s);
    m_errors.addRow(form, tr("&Type: *"), m_type, u"type"_s);
    m_title = boundedLineEdit(TextKind::Title, u"titleLineEdit"_s);
    m_title->setPlaceholderText(tr("What it is about, e.g. \"Thesis on warehouse robotics\""));
    m_errors.addRow(form, tr("T&itle:"), m_title, u"title"_s);

    // The staff member: the chosen one beside the type-ahead that changes it.
    auto* staff = new QWidget;
    auto* staffLayout = new QHBoxLayout(staff);
    staffLayout->setContentsMargins(0, 0, 0, 0);
    m_staffName = new QLabel;
    m_staffName->setObjectName(u"staffName"_s);
    m_clearStaff = new QToolButton;
    m_clearStaff->setIcon(Icons::get(u"delete"_s));
    m_clearStaff->setToolTip(tr("Nobody"));
    m_clearStaff->setAutoRaise(true);
    m_staffPicker = new StaffPicker(m_staffList);
    m_staffPicker->setObjectName(u"staffPicker"_s);
    m_staffPicker->setPlaceholderText(tr("Type to choose …"));
    staffLayout->addWidget(m_staffName);
    staffLayout->addWidget(m_clearStaff);
    staffLayout->addWidget(m_staffPicker, 1);
    staff->setFocusProxy(m_staffPicker);
    m_errors.addRow(form, tr("&Staff member:"), staff, u"staffId"_s);

    m_outcome = formTextEdit(u"outcomeTextEdit"_s);
    m_outcome->setMinimumHeight(fontMetrics().height() * 3);
    m_errors.addRow(form, tr("&Outcome:"), m_outcome, u"outcome"_s);
    m_graduates = new QSpinBox;
    m_graduates->setObjectName(u"graduatesSpinBox"_s);
    m_graduates->setRange(0, 999);
    m_graduates->setMaximumWidth(100);
    m_errors.addRow(form, tr("&Graduates hired:"), m_graduates, u"graduatesHired"_s);
    m_notes = formTextEdit(u"notesTextEdit"_s);
    m_errors.addRow(form, tr("&Notes:"), m_notes, u"notes"_s);

    m_duplicateBox = new WarningBox(u"duplicateWarning"_s);
    auto* buttons = saveCancelButtons(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicateBox);
    addFormFooter(layout, m_errors, tr("Fields marked * are required. Ctrl+S saves, Esc cancels."), buttons)
        ->setWordWrap(true);

    connect(m_staffPicker, &StaffPicker::chosen, this, [this](const StaffMember& s) { setStaff(s.id); });
    connect(m_clearStaff, &QToolButton::clicked, this, [this] { setStaff(0); });
    // Warn about an open match of the same pair and type as soon as both sides are known.
    const auto check = [this] {
        const Match m = collect();
        if (m.companyId > 0 && m.universityId > 0) {
            checkDuplicates(m);
        }
    };
    connect(m_company, &EntityPicker::chosen, this, check);
    connect(m_university, &EntityPicker::chosen, this, check);
    connect(m_type, &QComboBox::currentIndexChanged, this, check);
}

void MatchDialog::setStaff(Id id)
{
    m_staffId = id;
    QString text = tr("(nobody)");
    for (const StaffMember& s : std::as_const(m_staffList)) {
        if (s.id == id) {
            text = staffLabel(s);
        }
    }
    if (id > 0 && text == tr("(nobody)")) {
        // Not among the active staff any more: still show who it is.
        if (const auto s = found(StaffRepository(m_db).find(id), this)) {
            text = staffLabel(*s);
        }
    }
    m_staffName->setText(text);
    m_staffName->setForegroundRole(id > 0 ? QPalette::WindowText : QPalette::PlaceholderText);
    m_clearStaff->setVisible(id > 0);
}

void MatchDialog::load(const Match& m)
{
    OrganisationRepository orgs(m_db);
    const auto organisationName = [&](Id id, const QString& known) {
        if (!known.isEmpty() || id <= 0) {
            return known;
        }
        const auto o = found(orgs.find(id), this);
        return o ? o->name : QString();
    };
    if (m.companyId > 0) {
        m_company->setChoice(m.companyId, organisationName(m.companyId, m.companyName));
    }
    if (m.universityId > 0) {
        m_university->setChoice(m.universityId, organisationName(m.universityId, m.universityName));
    }
    PersonRepository persons(m_db);
    for (const auto& [picker, id] :
        {std::pair{m_companyPerson, m.companyPersonId}, std::pair{m_universityPerson, m.universityPersonId}}) {
        if (id > 0) {
            if (const auto p = found(persons.find(id), this)) {
                picker->setChoice(p->id, p->displayName(), SearchHit::Kind::Person);
            }
        }
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(m.type)));
    m_title->setText(m.title);
    setStaff(m.staffId);
    m_outcome->setPlainText(m.outcome);
    m_graduates->setValue(m.graduatesHired);
    m_notes->setPlainText(m.notes);
}

Match MatchDialog::collect() const
{
    Match m = m_match;
    m.companyId = m_company->id();
    m.companyName = m_company->id() > 0 ? m_company->text() : QString();
    m.universityId = m_university->id();
    m.universityName = m_university->id() > 0 ? m_university->text() : QString();
    m.type = m_type->currentData().toString();
    m.title = m_title->text();
    m.companyPersonId = m_companyPerson->id();
    m.universityPersonId = m_universityPerson->id();
    m.staffId = m_staffId;
    m.outcome = m_outcome->toPlainText();
    m.graduatesHired = m_graduates->value();
    m.notes = m_notes->toPlainText();
    return m;
}

bool MatchDialog::isDirty() const
{
    return collect().toMap() != m_initial;
}

bool MatchDialog::checkDuplicates(const Match& m)
{
    const QList<Match> same = orEmpty(MatchRepository(m_db).openDuplicates(m), this);
    if (same.isEmpty()) {
        m_duplicateBox->hide();
        return false;
    }
    QStringList lines;
    for (const Match& d : same.mid(0, 5)) {
        QString line = u"<b>"_s
            + (d.title.isEmpty() ? vocab::label(vocab::List::MatchType, d.type) : d.title).toHtmlEscaped() + u"</b> ("_s
            + vocab::label(vocab::List::MatchStage, d.stage).toHtmlEscaped() + u')';
        lines << line;
    }
    m_duplicateBox->showText(
        tr("Possible duplicate: %1 and %2 already have an open match of this type: %3. Check "
           "before creating it again; Save once more to save anyway.")
            .arg(m.companyName.toHtmlEscaped(), m.universityName.toHtmlEscaped(), lines.join(u"; "_s)));
    return true;
}

void MatchDialog::accept()
{
    Match m = collect();
    MatchRepository repo(m_db);
    FieldErrors problems = repo.check(m);
    const auto notChosen = [&](EntityPicker* picker, const QString& field, const QString& message) {
        if (picker->id() == 0 && !picker->text().trimmed().isEmpty()) {
            // Replace the core's "choose …" by the reason: typed, but not chosen.
            problems.removeIf([&](const FieldError& e) { return e.field == field; });
            problems.append({field, message});
        }
    };
    notChosen(m_company, u"companyId"_s, tr("Choose the company from the suggestions."));
    notChosen(m_university, u"universityId"_s, tr("Choose the university or institute from the suggestions."));
    notChosen(m_companyPerson, u"companyPersonId"_s, tr("Choose the person from the suggestions, or leave it empty."));
    notChosen(
        m_universityPerson, u"universityPersonId"_s, tr("Choose the person from the suggestions, or leave it empty."));
    if (!m_errors.showAll(problems)) {
        return;
    }
    const QString key = u"%1|%2|%3"_s.arg(m.companyId).arg(m.universityId).arg(m.type);
    if (m.id == 0 || m_initial.value(u"type"_s) != m.type || m_initial.value(u"company_id"_s) != m.companyId
        || m_initial.value(u"university_id"_s) != m.universityId) {
        if (m_duplicateBox->stopsSaveFor(key, [&] { return checkDuplicates(m); })) {
            return;
        }
    }
    saveAndAccept(this, m_db, repo, m, m_initial, u"match"_s, m.title, m_errors, m_match);
}

void MatchDialog::reject()
{
    rejectOrAsk(this, isDirty(), tr("Save the changes to this match?"));
}

} // namespace kmuni
