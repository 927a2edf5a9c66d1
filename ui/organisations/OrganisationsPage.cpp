// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationsPage.h"

#include "Icons.h"
#include "OrganisationDetail.h"
#include "OrganisationDialog.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "io/PrintContactSheets.h"
#include "merge/MergeActions.h"
#include "models/ListModels.h"
#include "organisations/OrganisationRepository.h"
#include "widgets/Actions.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/FlowLayout.h"
#include "widgets/FormParts.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

OrganisationsPage::OrganisationsPage(Session& session, QWidget* parent)
    : ListPage(session, u"organisations"_s, parent)
    , m_session(session)
{
    setObjectName(u"organisationsPage"_s);
    m_detail = new OrganisationDetail(session);

    const auto onShown = [this](auto run) { return withShown(m_detail->organisation(), run); };
    m_edit = makeAction(this,
        {.icon = u"edit"_s,
            .text = tr("&Edit"),
            .objectName = u"editOrganisationAction"_s,
            .shortcut = Qt::CTRL | Qt::Key_E},
        onShown([this](const Organisation& o) { editItem(o.id); }));
    m_archive = makeAction(this,
        {.icon = u"archive"_s, .text = tr("&Archive …"), .objectName = u"archiveOrganisationAction"_s},
        onShown([this](const Organisation& o) { removeItem(o.id); }));
    m_newInstitute = makeAction(this, {.icon = u"organisation-new"_s, .text = tr("New &institute")},
        onShown([this](const Organisation& o) { createInstitute(o.id); }));
    m_newPerson = makeAction(this,
        {.icon = u"person-new"_s,
            .text = tr("New &contact person"),
            .objectName = u"newPersonForOrganisationAction"_s});
    m_newMatch = makeAction(
        this, {.icon = u"nav-matches"_s, .text = tr("New &match"), .objectName = u"newMatchForOrganisationAction"_s});
    m_logActivity = makeAction(this,
        {.icon = u"activity-new"_s, .text = tr("&Log activity"), .objectName = u"logActivityForOrganisationAction"_s});
    m_showActivities = makeAction(this, {.icon = u"nav-activities"_s, .text = tr("All activities")});
    // The outreach stage moves from the page; every move is in the audit log.
    m_stageAction
        = makeAction(this, {.icon = u"nav-matches"_s, .text = tr("Outreach &stage"), .objectName = u"stageAction"_s});
    auto* stages = new QMenu(this);
    stages->setObjectName(u"stageMenu"_s);
    for (const QString& code : vocab::codes(vocab::List::OutreachStage)) {
        QAction* choice = stages->addAction(vocab::label(vocab::List::OutreachStage, code));
        choice->setCheckable(true);
        choice->setData(code);
        connect(choice, &QAction::triggered, this, [this, code] {
            if (!m_detail->organisation()) {
                return;
            }
            QString error;
            if (!OrganisationRepository(m_session.db()).setStage(m_detail->organisation()->id, code, &error)) {
                QMessageBox::warning(this, tr("Outreach stage"), error);
            }
            m_session.notifyChanged(EntityKind::Organisation, m_detail->organisation()->id);
        });
    }
    connect(stages, &QMenu::aboutToShow, this, [this, stages] {
        for (QAction* choice : stages->actions()) {
            choice->setChecked(
                m_detail->organisation() && choice->data().toString() == m_detail->organisation()->stage);
        }
    });
    m_stageAction->setMenu(stages);
    // Contact sheets: this organisation (Ctrl+P), or every organisation of the filtered list.
    m_print = makeAction(this,
        {.icon = u"print"_s,
            .text = tr("&Print contact sheet …"),
            .objectName = u"printContactSheetAction"_s,
            .shortcut = QKeySequence::Print},
        onShown([this](const Organisation& o) { printContactSheets(this, m_session, {o.id}); }));
    m_pdf = makeAction(this, {.icon = u"pdf"_s, .text = tr("Save as P&DF …")}, onShown([this](const Organisation& o) {
        saveContactSheetsAsPdf(this, m_session, {o.id}, tr("Contact sheet %1").arg(o.name));
    }));
    m_printList = makeAction(this, {.icon = u"print"_s, .text = tr("Print contact sheets of the &list …")},
        [this] { printContactSheets(this, m_session, filteredIds()); });
    m_pdfList = makeAction(this, {.icon = u"pdf"_s, .text = tr("Save contact sheets of the list as PDF …")},
        [this] { saveContactSheetsAsPdf(this, m_session, filteredIds(), tr("Contact sheets")); });
    auto* listMenu = new QMenu(this);
    listMenu->addAction(m_printList);
    listMenu->addAction(m_pdfList);
    m_print->setMenu(listMenu);
    addActions({m_edit, m_print});
    m_detail->header()->addButtons({m_logActivity, m_edit, m_stageAction, m_newPerson, m_newMatch, m_newInstitute,
        m_print, m_pdf, m_showActivities, m_archive});

    setUpPanes(buildFilterBar(), m_detail);
    connect(&session, &Session::databaseChanged, this, &OrganisationsPage::onDatabaseChanged);
    connect(&session, &Session::changed, this, [this](EntityKind kind, Id id) {
        Q_UNUSED(id);
        if (kind == EntityKind::Organisation) {
            reloadChoices();
        }
        refresh();
    });
    onDatabaseChanged();
    // Duplicates: two rows selected (Ctrl+click) → "Merge …"; "Possible duplicates …" lists likely pairs.
    auto* merging = new MergeActions(session, MergeDialog::Kind::Organisations, view(), this);
    addActions({merging->mergeAction(), merging->duplicatesAction()});
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    view()->addActions({merging->mergeAction(), merging->duplicatesAction()});
    m_detail->header()->addAction(merging->duplicatesAction());
    connect(merging, &MergeActions::merged, this, [this](Id kept) {
        refresh();
        showItem(kept);
    });
}

QIcon OrganisationsPage::icon() const
{
    return Icons::get(u"nav-organisations"_s);
}

QWidget* OrganisationsPage::buildFilterBar()
{
    auto* bar = new QWidget;
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    // The choices at the width of their "All …", in as many rows as the list's width needs.
    auto* layout = new FlowLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = filterField(u"organisationFilterText"_s, tr("Filter by name, city, e-mail …"), tr("Filter organisations"));

    const auto vocabCombo = [](vocab::List list, const QString& all, const QString& name) {
        QComboBox* combo = vocabularyComboBox(list, name, all);
        combo->setAccessibleName(all);
        fitToAllText(combo, all);
        return combo;
    };
    m_kind = vocabCombo(vocab::List::OrganisationKind, tr("All kinds"), u"kindFilter"_s);
    m_sector = vocabCombo(vocab::List::Sector, tr("All sectors"), u"sectorFilter"_s);
    m_stage = vocabCombo(vocab::List::OutreachStage, tr("All stages"), u"stageFilter"_s);
    m_city = new QComboBox;
    m_city->setObjectName(u"cityFilter"_s);
    m_city->setAccessibleName(tr("City"));
    m_city->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_city->setMinimumContentsLength(12);
    m_pilot = new QCheckBox(tr("&Pilots"));
    m_pilot->setObjectName(u"pilotFilter"_s);
    m_pilot->setToolTip(tr("Only pilot participants of KMUni"));
    m_archived = new QComboBox;
    m_archived->setObjectName(u"archivedFilter"_s);
    m_archived->addItem(tr("Active"), int(OrganisationFilter::Archived::Active));
    m_archived->addItem(tr("Archived"), int(OrganisationFilter::Archived::Archived));
    m_archived->addItem(tr("Active and archived"), int(OrganisationFilter::Archived::All));
    m_archived->setAccessibleName(tr("Archived"));
    m_archived->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_archived->setMinimumContentsLength(8);

    rows->addWidget(m_text);
    rows->addLayout(layout);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_sector, m_city, m_stage, m_pilot, m_archived}) {
        layout->addWidget(w);
    }
    connect(m_text, &QLineEdit::textChanged, this, &OrganisationsPage::applyFilter);
    for (QComboBox* combo : {m_kind, m_sector, m_city, m_stage, m_archived}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &OrganisationsPage::applyFilter);
    }
    connect(m_pilot, &QCheckBox::toggled, this, &OrganisationsPage::applyFilter);
    return bar;
}

void OrganisationsPage::reloadChoices()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QString current = m_city->currentData().toString();
    const QSignalBlocker blocker(m_city);
    m_city->clear();
    m_city->addItem(tr("All cities"), QString());
    for (const QString& city : orEmpty(OrganisationRepository(m_session.db()).cities(), this)) {
        m_city->addItem(city, city);
    }
    m_city->setCurrentIndex(std::max(0, m_city->findData(current)));
}

void OrganisationsPage::onDatabaseChanged()
{
    if (!m_session.isOpen()) {
        setModel(nullptr);
        return;
    }
    reloadChoices();
    auto* model = new OrganisationListModel(m_session.db(), this);
    setModel(model);
    applyFilter();
    showDetail(0);
}

OrganisationListModel* OrganisationsPage::listModel() const
{
    return static_cast<OrganisationListModel*>(model());
}

void OrganisationsPage::applyFilter()
{
    if (!listModel()) {
        return;
    }
    OrganisationFilter f;
    f.text = m_text->text();
    f.kind = m_kind->currentData().toString();
    f.sector = m_sector->currentData().toString();
    f.city = m_city->currentData().toString();
    f.stage = m_stage->currentData().toString();
    if (m_pilot->isChecked()) {
        f.pilot = true;
    }
    f.archived = OrganisationFilter::Archived(m_archived->currentData().toInt());
    if (!(f == listModel()->filter())) {
        listModel()->setFilter(f);
    }
}

bool OrganisationsPage::isFiltered() const
{
    return listModel() && !(listModel()->filter() == OrganisationFilter{});
}

bool OrganisationsPage::clearFilters()
{
    if (!isFiltered()) {
        return false;
    }
    for (QComboBox* combo : {m_kind, m_sector, m_city, m_stage}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker b1(m_text), b2(m_pilot), b3(m_archived);
        m_text->clear();
        m_pilot->setChecked(false);
        m_archived->setCurrentIndex(2); // the item may be archived
    }
    applyFilter();
    return true;
}

QString OrganisationsPage::emptyText(bool filtered) const
{
    return filtered ? tr("No organisation matches this filter.")
                    : tr("No organisations yet. Ctrl+N creates the first.");
}

void OrganisationsPage::showDetail(Id id)
{
    m_detail->showOrganisation(id);
    const auto& o = m_detail->organisation();
    m_edit->setEnabled(o.has_value());
    m_archive->setEnabled(o.has_value());
    m_archive->setText(o && o->archived ? tr("&Restore") : tr("&Archive …"));
    m_newPerson->setEnabled(o.has_value());
    // A match joins a company with a university or institute; network partners take no side.
    m_newMatch->setEnabled(o && o->kind != u"partner"_s);
    m_newInstitute->setVisible(o && o->kind == u"university"_s);
    m_stageAction->setVisible(o && o->kind == u"company"_s);
    m_logActivity->setEnabled(o.has_value());
    m_print->setEnabled(o.has_value());
    m_pdf->setEnabled(o.has_value());
    m_showActivities->setEnabled(o.has_value());
}

QList<Id> OrganisationsPage::filteredIds() const
{
    QList<Id> ids;
    if (!listModel() || !m_session.isOpen()) {
        return ids;
    }
    for (const Organisation& o : orEmpty(OrganisationRepository(m_session.db()).list(listModel()->filter()), this)) {
        ids << o.id;
    }
    return ids;
}

bool OrganisationsPage::createItem()
{
    if (!m_session.isOpen()) {
        return false;
    }
    Organisation o;
    o.kind = m_kind->currentData().toString().isEmpty() ? u"company"_s : m_kind->currentData().toString();
    if (o.kind == u"institute"_s) {
        o.kind = u"company"_s;
    }
    if (const auto saved = OrganisationDialog::edit(m_session.db(), o, this)) {
        m_session.notifyChanged(EntityKind::Organisation, saved->id);
        showItem(saved->id);
    }
    return true;
}

void OrganisationsPage::createInstitute(Id parentId)
{
    Organisation o;
    o.kind = u"institute"_s;
    o.parentId = parentId;
    if (const auto parent = OrganisationRepository(m_session.db()).find(parentId)) {
        o.city = parent->city;
        o.postalCode = parent->postalCode;
    }
    if (const auto saved = OrganisationDialog::edit(m_session.db(), o, this)) {
        m_session.notifyChanged(EntityKind::Organisation, saved->id);
        showItem(saved->id);
    }
}

void OrganisationsPage::editItem(Id id)
{
    const auto o = id > 0 ? OrganisationRepository(m_session.db()).find(id) : std::nullopt;
    if (!o) {
        return;
    }
    if (const auto saved = OrganisationDialog::edit(m_session.db(), *o, this)) {
        m_session.notifyChanged(EntityKind::Organisation, saved->id);
    }
}

void OrganisationsPage::removeItem(Id id)
{
    OrganisationRepository repo(m_session.db());
    const auto o = id > 0 ? found(repo.find(id), this) : std::nullopt;
    if (!o) {
        return;
    }
    QString error;
    if (o->archived) {
        if (QMessageBox::question(this, tr("Restore organisation"), tr("Restore %1 from the archive?").arg(o->name))
                == QMessageBox::Yes
            && !repo.unarchive(id, &error)) {
            QMessageBox::warning(this, tr("Restore organisation"), error);
        }
        m_session.notifyChanged(EntityKind::Organisation, id);
        return;
    }
    const OrganisationUsage usage = orEmpty(repo.usage(id), this);
    if (!usage.any()) {
        const auto answer = QMessageBox::question(this, tr("Delete organisation"),
            tr("%1 has no contact persons, activities or matches. Delete it for good? This cannot be undone; "
               "the audit log keeps a record.")
                .arg(o->name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
        if (!repo.remove(id, &error)) {
            QMessageBox::warning(this, tr("Delete organisation"), error);
            return;
        }
        showDetail(0);
        m_session.notifyChanged(EntityKind::Organisation, id);
        return;
    }
    // What the organisation has, each in its number's form; only what it has.
    QStringList history;
    if (usage.events > 0) {
        history << tr("%n activity(s)", nullptr, usage.events);
    }
    if (usage.persons > 0) {
        history << tr("%n contact person(s)", nullptr, usage.persons);
    }
    if (usage.matches > 0) {
        history << tr("%n match(es)", nullptr, usage.matches);
    }
    if (usage.institutes > 0) {
        history << tr("%n institute(s)", nullptr, usage.institutes);
    }
    if (usage.followUps > 0) {
        history << tr("%n follow-up(s)", nullptr, usage.followUps);
    }
    const auto reason = ConfirmDialog::ask(this, tr("Archive organisation"),
        tr("%1 has history (%2), which the funding documentation needs, so it is archived rather than deleted. It "
           "disappears from the lists and stays in reports.")
            .arg(o->name, history.join(u", "_s)),
        tr("&Why is it archived?"), tr("&Archive"));
    if (!reason) {
        return;
    }
    if (!repo.archive(id, *reason, &error)) {
        QMessageBox::warning(this, tr("Archive organisation"), error);
        return;
    }
    m_session.notifyChanged(EntityKind::Organisation, id);
}

std::optional<exports::Selection> OrganisationsPage::exportSelection() const
{
    return listModel() ? std::optional(exports::Selection::of(listModel()->filter())) : std::nullopt;
}

int OrganisationsPage::defaultColumnWidth(int column) const
{
    switch (column) {
    case OrganisationListModel::Kind:
        return widthForLabels(column, vocab::List::OrganisationKind);
    case OrganisationListModel::Sector:
        return widthForLabels(column, vocab::List::Sector, 140); // "Bio-/Mikro-/Nanotechnologie" shortened
    case OrganisationListModel::Stage:
        return widthForLabels(column, vocab::List::OutreachStage);
    default:
        return ListPage::defaultColumnWidth(column);
    }
}

} // namespace kmuni
