// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonsPage.h"

#include "Icons.h"
#include "PersonDetail.h"
#include "PersonDialog.h"
#include "db/Database.h"
#include "io/PrintPreview.h"
#include "io/PrivateFile.h"
#include "merge/MergeActions.h"
#include "models/ListModels.h"
#include "persons/PersonData.h"
#include "persons/PersonRepository.h"
#include "widgets/Actions.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kmuni {

PersonsPage::PersonsPage(Session& session, QWidget* parent)
    : ListPage(session, u"persons"_s, parent)
    , m_session(session)
{
    setObjectName(u"personsPage"_s);
    m_detail = new PersonDetail(session);
    const auto onShown = [this](auto run) { return withShown(m_detail->person(), run); };
    m_edit = makeAction(this,
        {.icon = u"edit"_s, .text = tr("&Edit"), .objectName = u"editPersonAction"_s, .shortcut = Qt::CTRL | Qt::Key_E},
        onShown([this](const Person& p) { editItem(p.id); }));
    m_mail = makeAction(this, {.icon = u"mail"_s, .text = tr("Write e-&mail")}, onShown([](const Person& p) {
        if (!p.email.isEmpty()) {
            QDesktopServices::openUrl(QUrl(u"mailto:"_s + p.email));
        }
    }));
    m_archive = makeAction(
        this, {.icon = u"archive"_s, .text = tr("&Archive …")}, onShown([this](const Person& p) { removeItem(p.id); }));
    m_logActivity = makeAction(this, {.icon = u"activity-new"_s, .text = tr("&Log activity")});
    // Data protection: what is stored about the person (Auskunft), and erasure by anonymising.
    m_exportData = makeAction(this,
        {.icon = u"pdf"_s, .text = tr("Export personal data …"), .objectName = u"exportPersonalDataAction"_s},
        [this] { exportPersonalData(); });
    m_erase = makeAction(this,
        {.icon = u"delete"_s, .text = tr("Erase (anonymise) …"), .objectName = u"erasePersonAction"_s},
        [this] { erasePerson(); });
    addActions({m_edit});
    m_detail->header()->addButtons({m_logActivity, m_edit, m_mail, m_archive, m_exportData, m_erase});

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = filterField(u"personFilterText"_s, tr("Filter by name, e-mail, function …"), tr("Filter contact persons"));
    m_blocked = new QCheckBox(tr("Only &do-not-contact"));
    m_archived = new QCheckBox(tr("With a&rchived"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_blocked);
    layout->addWidget(m_archived);
    connect(m_text, &QLineEdit::textChanged, this, &PersonsPage::applyFilter);
    connect(m_blocked, &QCheckBox::toggled, this, &PersonsPage::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &PersonsPage::applyFilter);

    setUpPanes(bar, m_detail);
    // The list's context menu: the row under the mouse is the current one (and shown) when it opens.
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    view()->addActions({m_edit, m_archive, separator, m_exportData, m_erase});
    connect(&session, &Session::databaseChanged, this, &PersonsPage::onDatabaseChanged);
    connect(&session, &Session::changed, this, [this] { refresh(); });
    onDatabaseChanged();
    // Duplicates: two rows selected (Ctrl+click) → "Merge …"; "Possible duplicates …" lists likely pairs.
    auto* merging = new MergeActions(session, MergeDialog::Kind::Persons, view(), this);
    addActions({merging->mergeAction(), merging->duplicatesAction()});
    view()->addActions({merging->mergeAction(), merging->duplicatesAction()});
    m_detail->header()->addAction(merging->duplicatesAction());
    connect(merging, &MergeActions::merged, this, [this](Id kept) {
        refresh();
        showItem(kept);
    });
}

QIcon PersonsPage::icon() const
{
    return Icons::get(u"nav-persons"_s);
}

void PersonsPage::onDatabaseChanged()
{
    if (!m_session.isOpen()) {
        setModel(nullptr);
        return;
    }
    setModel(new PersonListModel(m_session.db(), this));
    applyFilter();
    showDetail(0);
}

PersonListModel* PersonsPage::listModel() const
{
    return static_cast<PersonListModel*>(model());
}

void PersonsPage::applyFilter()
{
    if (!listModel()) {
        return;
    }
    PersonFilter f;
    f.text = m_text->text();
    if (m_blocked->isChecked()) {
        f.doNotContact = true;
    }
    f.includeArchived = m_archived->isChecked();
    if (!(f == listModel()->filter())) {
        listModel()->setFilter(f);
    }
}

bool PersonsPage::isFiltered() const
{
    return listModel() && !(listModel()->filter() == PersonFilter{});
}

bool PersonsPage::clearFilters()
{
    if (!isFiltered()) {
        return false;
    }
    const QSignalBlocker b1(m_text), b2(m_blocked), b3(m_archived);
    m_text->clear();
    m_blocked->setChecked(false);
    m_archived->setChecked(true);
    applyFilter();
    return true;
}

QString PersonsPage::emptyText(bool filtered) const
{
    return filtered ? tr("No contact person matches this filter.")
                    : tr("No contact persons yet. Ctrl+N creates the first.");
}

void PersonsPage::showDetail(Id id)
{
    m_detail->showPerson(id);
    const auto& p = m_detail->person();
    m_edit->setEnabled(p.has_value());
    m_archive->setEnabled(p.has_value());
    m_archive->setText(p && p->archived ? tr("&Restore") : tr("&Archive …"));
    m_mail->setEnabled(p && !p->email.isEmpty() && !p->doNotContact);
    m_logActivity->setEnabled(p.has_value());
    // An erased person's record is kept for the documentation only: nothing to edit, export or erase.
    const bool erased = p && p->erased;
    m_edit->setEnabled(p && !erased);
    m_archive->setEnabled(p && !erased);
    m_logActivity->setEnabled(p && !erased);
    m_exportData->setEnabled(p && !erased);
    m_erase->setEnabled(p && !erased);
}

void PersonsPage::exportPersonalData()
{
    const std::optional<Person> p = m_detail->person();
    if (!p || !m_session.isOpen()) {
        return;
    }
    const QString title = tr("Export personal data");
    const QString path = askSaveFileName(
        this, title, tr("Personal data %1").arg(p->displayName()), u"json"_s, tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const auto bytes = PersonData(m_session.db()).exportJson(p->id);
    QString error;
    if (!bytes) {
        error = bytes.failed() ? bytes.error() : tr("The person no longer exists.");
    } else {
        io::writePrivateFile(path, *bytes, &error);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, title, error);
    }
}

void PersonsPage::erasePerson()
{
    const std::optional<Person> p = m_detail->person();
    if (!p || p->erased || !m_session.isOpen()) {
        return;
    }
    const QString title = tr("Erase contact person");
    QMessageBox box(QMessageBox::Warning, title, tr("Erase %1 for good?").arg(p->displayName()),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"eraseConfirmation"_s);
    box.setInformativeText(
        tr("<p><b>Removed:</b> the name, e-mail, phone numbers, notes, title and function. Where the text of the "
           "person's activities, follow-ups and matches or their organisation's notes names them, the name, "
           "e-mail and phone numbers are masked. The audit log keeps no old value of the person.</p>"
           "<p><b>Kept:</b> the activities, matches and follow-ups and the counts of the EFRE report, with the "
           "person shown as erased. Funding reports already filed stay as they were handed in.</p>"
           "<p>This cannot be undone. If the person asked what is stored about them, export the personal data "
           "first.</p>"));
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("&Erase"));
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool erased = PersonRepository(m_session.db()).erase(p->id, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!erased) {
        QMessageBox::warning(this, title, error);
    }
    m_session.notifyChanged(EntityKind::Person, p->id);
}

bool PersonsPage::createItem()
{
    if (const Id id = createFor(0)) {
        showItem(id);
    }
    return true;
}

Id PersonsPage::createFor(Id organisationId)
{
    if (!m_session.isOpen()) {
        return 0;
    }
    Person p;
    p.organisationId = organisationId;
    if (const auto saved = PersonDialog::edit(m_session.db(), p, this)) {
        m_session.notifyChanged(EntityKind::Person, saved->id);
        return saved->id;
    }
    return 0;
}

void PersonsPage::editItem(Id id)
{
    const auto p = id > 0 ? PersonRepository(m_session.db()).find(id) : std::nullopt;
    if (!p || p->erased) {
        return;
    }
    if (const auto saved = PersonDialog::edit(m_session.db(), *p, this)) {
        m_session.notifyChanged(EntityKind::Person, saved->id);
    }
}

void PersonsPage::removeItem(Id id)
{
    PersonRepository repo(m_session.db());
    const auto p = id > 0 ? found(repo.find(id), this) : std::nullopt;
    if (!p || p->erased) {
        return;
    }
    QString error;
    if (p->archived) {
        if (QMessageBox::question(this, tr("Restore contact person"), tr("Restore %1?").arg(p->displayName()))
            == QMessageBox::Yes) {
            repo.setArchived(id, false, &error);
            m_session.notifyChanged(EntityKind::Person, id);
        }
        return;
    }
    const int events = orEmpty(repo.eventCount(id), this);
    if (events == 0) {
        const auto answer = QMessageBox::question(this, tr("Delete contact person"),
            tr("%1 took part in no activity. Delete the person for good? This cannot be undone; the audit log keeps "
               "a record.")
                .arg(p->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && repo.remove(id, &error)) {
            showDetail(0);
            m_session.notifyChanged(EntityKind::Person, id);
        } else if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Delete contact person"), error);
        }
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Archive contact person"),
        tr("%1 took part in %n activity(s), which the funding documentation needs, so the person is archived "
           "rather than deleted. Archive now?",
            nullptr, events)
            .arg(p->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (!repo.setArchived(id, true, &error)) {
            QMessageBox::warning(this, tr("Archive contact person"), error);
        }
        m_session.notifyChanged(EntityKind::Person, id);
    }
}

std::optional<exports::Selection> PersonsPage::exportSelection() const
{
    return listModel() ? std::optional(exports::Selection::of(listModel()->filter())) : std::nullopt;
}

} // namespace kmuni
