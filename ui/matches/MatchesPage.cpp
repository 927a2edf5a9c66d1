// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchesPage.h"

#include "Icons.h"
#include "MatchBoard.h"
#include "MatchDetail.h"
#include "MatchDialog.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/Event.h"
#include "matches/MatchRepository.h"
#include "models/ListModels.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"
#include "widgets/Actions.h"
#include "widgets/DateEdit.h"
#include "widgets/EntityPicker.h"
#include "widgets/FormParts.h"
#include "widgets/HeaderCard.h"
#include "widgets/ReadErrors.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

MatchesPage::MatchesPage(Session& session, QWidget* parent)
    : ListPage(session, u"matches"_s, parent)
    , m_session(session)
{
    setObjectName(u"matchesPage"_s);
    m_detail = new MatchDetail(session);

    m_edit = makeAction(this,
        {.icon = u"edit"_s, .text = tr("&Edit"), .objectName = u"editMatchAction"_s, .shortcut = Qt::CTRL | Qt::Key_E},
        [this] { editItem(currentMatchId()); });
    m_moveOn = makeAction(this,
        {.icon = u"stage-next"_s,
            .text = tr("Stage &on"),
            .objectName = u"moveStageOnAction"_s,
            .shortcut = Qt::ALT | Qt::Key_Right,
            .toolTip = tr("Move the match to the next stage, reached today (Alt+Right)")},
        [this] { moveCurrent(1); });
    m_moveBack = makeAction(this,
        {.icon = u"back"_s,
            .text = tr("Stage &back"),
            .objectName = u"moveStageBackAction"_s,
            .shortcut = Qt::ALT | Qt::Key_Left,
            .toolTip = tr("Move the match back to the previous stage (Alt+Left)")},
        [this] { moveCurrent(-1); });
    m_moveTo = makeAction(this,
        {.icon = u"stage-move"_s,
            .text = tr("&Move to stage …"),
            .objectName = u"moveToStageAction"_s,
            .shortcut = Qt::CTRL | Qt::Key_M,
            .toolTip = tr("Move the match to a stage reached on a date you choose (Ctrl+M)")},
        [this] { askMove(); });
    m_delete = makeAction(this, {.icon = u"delete"_s, .text = tr("&Delete …"), .objectName = u"deleteMatchAction"_s},
        [this] { removeItem(currentMatchId()); });

    m_boardAction = makeAction(this,
        {.icon = u"match-board"_s,
            .text = tr("&Board"),
            .objectName = u"matchBoardAction"_s,
            .shortcut = Qt::CTRL | Qt::Key_B,
            .toolTip = tr("Switch between the list and the match board (Ctrl+B)")});
    m_boardAction->setCheckable(true);
    connect(m_boardAction, &QAction::toggled, this, &MatchesPage::setBoardShown);

    addActions({m_edit, m_moveOn, m_moveBack, m_moveTo, m_boardAction});
    m_detail->header()->addButtons({m_edit, m_moveOn, m_moveTo, m_moveBack, m_delete});

    m_board = new MatchBoard;
    // Arrows move on the board; a click opens the card's detail in the place of a narrow page.
    connect(m_board, &MatchBoard::currentChanged, this, [this](Id id) { showItem(id, false); });
    connect(m_board, &MatchBoard::openRequested, this, [this](Id id) { showItem(id); });
    connect(m_board, &MatchBoard::editRequested, this, &MatchesPage::editItem);
    connect(m_board, &MatchBoard::moveRequested, this,
        [this](Id id, const QString& stage) { moveTo(id, stage, time::today()); });

    // The filters stand above list and board alike; the list pane of ListPage keeps the list.
    auto* none = new QWidget;
    none->hide();
    setUpPanes(none, m_detail);
    view()->setSortingEnabled(false); // most recently moved first, as the core orders them
    view()->header()->setSortIndicatorShown(false);
    QWidget* filterBar = buildFilterBar();
    filterBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* pageLayout = static_cast<QVBoxLayout*>(layout());
    pageLayout->insertWidget(0, filterBar);
    m_splitter = findChild<QSplitter*>(u"matchesSplitter"_s);
    pageLayout->setStretchFactor(m_splitter, 1);
    m_listPane = view()->parentWidget();
    m_board->setParent(this);
    m_board->hide();

    connect(&session, &Session::databaseChanged, this, &MatchesPage::onDatabaseChanged);
    connect(&session, &Session::changed, this, [this] { refresh(); });
    connect(&session, &Session::staffChanged, this, [this] {
        reloadStaffChoices();
        applyFilter();
    });
    onDatabaseChanged();
}

QIcon MatchesPage::icon() const
{
    return Icons::get(u"nav-matches"_s);
}

QWidget* MatchesPage::buildFilterBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(u"matchFilterBar"_s);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 2);
    rows->setSpacing(4);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

    m_text = filterField(u"matchFilterText"_s, tr("Filter by title, organisation, outcome …"), tr("Filter matches"));
    m_type = vocabularyComboBox(vocab::List::MatchType, u"typeFilter"_s, tr("All types"));
    m_stage = vocabularyComboBox(vocab::List::MatchStage, u"stageFilter"_s, tr("All stages"));
    m_state = new QComboBox;
    m_state->setObjectName(u"stateFilter"_s);
    m_state->addItem(tr("Open and closed"), int(MatchFilter::State::All));
    m_state->addItem(tr("Open"), int(MatchFilter::State::Open));
    m_state->addItem(tr("Closed"), int(MatchFilter::State::Closed));
    auto* boardButton = new QToolButton;
    boardButton->setObjectName(u"matchBoardButton"_s);
    boardButton->setDefaultAction(m_boardAction);
    boardButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* moveButton = new QToolButton;
    moveButton->setDefaultAction(m_moveTo);
    moveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    first->addWidget(m_text, 2);
    first->addWidget(m_type, 1);
    first->addWidget(m_stage, 1);
    first->addWidget(m_state);
    first->addWidget(moveButton);
    first->addWidget(boardButton);

    m_organisation = new EntityPicker(m_session, Search::Organisations);
    m_organisation->setObjectName(u"organisationFilter"_s);
    m_organisation->setOrganisationKinds({u"company"_s, u"university"_s, u"institute"_s});
    m_organisation->setPlaceholderText(tr("All companies, universities and institutes"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_staff = new QComboBox;
    m_staff->setObjectName(u"staffFilter"_s);
    for (QComboBox* combo : {m_type, m_stage, m_staff}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_stalled = new QSpinBox;
    m_stalled->setObjectName(u"stalledFilter"_s);
    m_stalled->setRange(0, 104);
    m_stalled->setSpecialValueText(tr("off"));
    m_stalled->setSuffix(tr(" week(s)", nullptr, 0));
    m_stalled->setAccessibleName(tr("Stalled for at least this many weeks"));
    m_stalled->setToolTip(tr("Only open matches that have not moved for at least this many weeks (0: off)"));
    connect(m_stalled, &QSpinBox::valueChanged, this,
        [this](int weeks) { m_stalled->setSuffix(tr(" week(s)", nullptr, weeks)); });
    auto* stalledLabel = new QLabel(tr("S&talled for:"));
    stalledLabel->setBuddy(m_stalled);
    second->addWidget(m_organisation, 2);
    second->addWidget(m_staff, 1);
    second->addWidget(stalledLabel);
    second->addWidget(m_stalled);

    connect(m_text, &QLineEdit::textChanged, this, &MatchesPage::applyFilter);
    for (QComboBox* combo : {m_type, m_stage, m_state, m_staff}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MatchesPage::applyFilter);
    }
    connect(m_stalled, &QSpinBox::valueChanged, this, &MatchesPage::applyFilter);
    connect(m_organisation, &EntityPicker::chosen, this, &MatchesPage::applyFilter);
    connect(m_organisation, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            applyFilter();
        }
    });
    return bar;
}

void MatchesPage::reloadStaffChoices()
{
    const QSignalBlocker blocker(m_staff);
    const Id chosen = m_staff->currentData().toLongLong();
    m_staff->clear();
    m_staff->addItem(tr("All staff"), 0);
    if (m_session.isOpen()) {
        for (const StaffMember& s : orEmpty(StaffRepository(m_session.db()).list(), this)) {
            m_staff->addItem(s.displayName(), s.id);
        }
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(chosen)));
}

void MatchesPage::onDatabaseChanged()
{
    if (!m_session.isOpen()) {
        setModel(nullptr);
        m_board->setMatches({});
        return;
    }
    reloadStaffChoices();
    setModel(new MatchListModel(m_session.db(), this));
    applyFilter();
    showDetail(0);
    reloadBoard();
}

MatchListModel* MatchesPage::listModel() const
{
    return static_cast<MatchListModel*>(model());
}

void MatchesPage::applyFilter()
{
    if (!listModel()) {
        return;
    }
    MatchFilter f;
    f.text = m_text->text();
    f.type = m_type->currentData().toString();
    f.stage = m_stage->currentData().toString();
    f.state = MatchFilter::State(m_state->currentData().toInt());
    f.organisationId = m_organisation->id();
    f.staffId = m_staff->currentData().toLongLong();
    f.stalledWeeks = m_stalled->value();
    if (!(f == listModel()->filter())) {
        listModel()->setFilter(f);
        reloadBoard();
    }
}

bool MatchesPage::isFiltered() const
{
    return listModel() && !(listModel()->filter() == MatchFilter{});
}

bool MatchesPage::clearFilters()
{
    if (!isFiltered()) {
        return false;
    }
    const QSignalBlocker b1(m_text), b2(m_type), b3(m_stage), b4(m_state), b5(m_organisation), b6(m_staff),
        b7(m_stalled);
    m_text->clear();
    m_type->setCurrentIndex(0);
    m_stage->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_organisation->clearChoice();
    m_staff->setCurrentIndex(0);
    m_stalled->setValue(0);
    applyFilter();
    return true;
}

QString MatchesPage::emptyText(bool filtered) const
{
    return filtered ? tr("No match fits this filter.") : tr("No matches yet. Ctrl+N records the first.");
}

int MatchesPage::defaultColumnWidth(int column) const
{
    switch (column) {
    case MatchListModel::Company:
        return 150;
    case MatchListModel::University:
        return 170;
    case MatchListModel::Type:
        return widthForLabels(column, vocab::List::MatchType);
    case MatchListModel::Stage:
        return widthForLabels(column, vocab::List::MatchStage);
    case MatchListModel::Title:
        return 160;
    default:
        return 80;
    }
}

void MatchesPage::reloadBoard()
{
    if (!m_boardShown || !listModel()) {
        return;
    }
    m_board->setMatches(orEmpty(MatchRepository(m_session.db()).list(listModel()->filter()), this));
}

void MatchesPage::refresh()
{
    ListPage::refresh();
    reloadBoard();
    updateActions();
}

void MatchesPage::focusMain()
{
    if (m_boardShown) {
        m_board->focusBoard();
    } else {
        ListPage::focusMain();
    }
}

void MatchesPage::setBoardShown(bool shown)
{
    if (shown == m_boardShown || !m_splitter) {
        return;
    }
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_boardShown = shown;
    {
        const QSignalBlocker blocker(m_boardAction);
        m_boardAction->setChecked(shown);
    }
    const int total = std::max(800, m_splitter->width());
    if (shown) {
        m_listSizes = m_splitter->sizes();
        m_splitter->replaceWidget(0, m_board);
        m_listPane->setParent(this); // kept for the way back (the splitter let go of it)
        m_listPane->hide();
        m_board->show();
        // Six columns need the room: the board takes three quarters, the detail stays readable.
        const int detail = std::max(360, total / 4);
        m_splitter->setSizes({total - detail, detail});
        reloadBoard();
        m_board->select(currentMatchId());
    } else {
        m_splitter->replaceWidget(0, m_listPane);
        m_board->setParent(this);
        m_board->hide();
        m_listPane->show();
        if (m_listSizes.size() == 2) {
            m_splitter->setSizes(m_listSizes);
        }
        if (const Id id = currentMatchId()) {
            showItem(id, false);
        }
    }
    panesChanged();
    if (hadFocus || QApplication::focusWidget() == nullptr) {
        focusMain();
    }
}

Id MatchesPage::currentMatchId() const
{
    return m_detail->match() ? m_detail->match()->id : 0;
}

void MatchesPage::showDetail(Id id)
{
    m_detail->showMatch(id);
    if (m_boardShown && id > 0) {
        m_board->select(id);
    }
    updateActions();
}

void MatchesPage::updateActions()
{
    const auto& m = m_detail->match();
    m_edit->setEnabled(m.has_value());
    m_delete->setEnabled(m.has_value());
    m_moveTo->setEnabled(m.has_value());
    const QString next = m ? MatchRepository::nextStage(m->stage) : QString();
    const QString previous = m ? MatchRepository::previousStage(m->stage) : QString();
    m_moveOn->setEnabled(!next.isEmpty());
    m_moveBack->setEnabled(!previous.isEmpty());
    m_moveOn->setText(
        next.isEmpty() ? tr("Stage &on") : tr("&On to \"%1\"").arg(vocab::label(vocab::List::MatchStage, next)));
    m_moveBack->setText(previous.isEmpty()
            ? tr("Stage &back")
            : tr("&Back to \"%1\"").arg(vocab::label(vocab::List::MatchStage, previous)));
}

void MatchesPage::tell(const QString& message)
{
    if (auto* window = qobject_cast<QMainWindow*>(this->window())) {
        window->statusBar()->showMessage(message, 5000);
    }
}

bool MatchesPage::moveTo(Id id, const QString& stage, const QDate& reachedOn)
{
    if (!m_session.isOpen() || id <= 0) {
        return false;
    }
    QString error;
    if (!MatchRepository(m_session.db()).moveStage(id, stage, reachedOn, &error)) {
        QMessageBox::warning(this, tr("Move match"), error);
        return false;
    }
    m_session.notifyChanged(EntityKind::Match, id);
    if (currentMatchId() != id) {
        showItem(id);
    }
    if (m_boardShown) {
        m_board->select(id, true);
    }
    tell(tr("Moved to \"%1\" on %2.").arg(vocab::label(vocab::List::MatchStage, stage), format::date(reachedOn)));
    return true;
}

bool MatchesPage::moveCurrent(int direction)
{
    const auto& m = m_detail->match();
    if (!m) {
        return false;
    }
    const QString stage
        = direction > 0 ? MatchRepository::nextStage(m->stage) : MatchRepository::previousStage(m->stage);
    if (stage.isEmpty()) {
        tell(direction > 0 ? tr("\"%1\" is the last stage: use Ctrl+M to choose another.")
                                 .arg(vocab::label(vocab::List::MatchStage, m->stage))
                           : tr("\"%1\" has no stage before it: use Ctrl+M to choose another.")
                                 .arg(vocab::label(vocab::List::MatchStage, m->stage)));
        return false;
    }
    return moveTo(m->id, stage, time::today());
}

void MatchesPage::askMove()
{
    const auto m = m_detail->match();
    if (!m) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"moveStageDialog"_s);
    dialog.setWindowTitle(tr("Move match"));
    auto* form = new QFormLayout;
    auto* what = new QLabel(tr("%1 – %2, now \"%3\" since %4")
                                .arg(m->companyName, m->universityName, vocab::label(vocab::List::MatchStage, m->stage),
                                    format::date(m->stageChangedOn)));
    what->setWordWrap(true);
    form->addRow(what);
    auto* stage = vocabularyComboBox(vocab::List::MatchStage, u"stageComboBox"_s);
    const QString next = MatchRepository::nextStage(m->stage);
    stage->setCurrentIndex(std::max(0, stage->findData(next.isEmpty() ? m->stage : next)));
    form->addRow(tr("&Stage:"), stage);
    auto* date = new DateEdit;
    date->setObjectName(u"reachedOnDateEdit"_s);
    date->setMaximumDate(time::today()); // back-dated, never in the future
    date->setDate(time::today());
    form->addRow(tr("&Reached on:"), date);
    auto* hint = new QLabel(tr("A stage can be entered later with the day it was reached; not in the future."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"moveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted) {
        moveTo(m->id, stage->currentData().toString(), date->date());
    }
}

bool MatchesPage::createItem()
{
    if (const Id id = createFor(0)) {
        showItem(id);
    }
    return true;
}

Id MatchesPage::createFor(Id organisationId)
{
    if (!m_session.isOpen()) {
        return 0;
    }
    return create(MatchDialog::prefilled(m_session.db(), organisationId));
}

Id MatchesPage::create(Match m)
{
    if (m_session.staff()) {
        m.staffId = m_session.staff()->id;
    }
    if (const auto saved = MatchDialog::edit(m_session.db(), m, this)) {
        m_session.notifyChanged(EntityKind::Match, saved->id);
        return saved->id;
    }
    return 0;
}

Id MatchesPage::createFromActivity(const Event& event)
{
    if (!m_session.isOpen()) {
        return 0;
    }
    Match m;
    OrganisationRepository organisations(m_session.db());
    for (const Participant& p : event.participants) {
        if (p.kind != Participant::Kind::Organisation) {
            continue;
        }
        const auto o = found(organisations.find(p.refId), this);
        if (!o) {
            continue;
        }
        if (o->kind == u"company"_s && m.companyId == 0) {
            m.companyId = o->id;
        } else if ((o->kind == u"university"_s || o->kind == u"institute"_s) && m.universityId == 0) {
            m.universityId = o->id;
        }
    }
    const QDate day = event.start.toTimeZone(time::berlin()).date();
    m.startedOn = std::min(day, time::today());
    m.stageChangedOn = m.startedOn;
    m.eventIds = {event.id};
    return create(m);
}

void MatchesPage::editItem(Id id)
{
    if (id <= 0 || !m_session.isOpen()) {
        return;
    }
    const auto m = found(MatchRepository(m_session.db()).find(id), this);
    if (!m) {
        return;
    }
    if (const auto saved = MatchDialog::edit(m_session.db(), *m, this)) {
        m_session.notifyChanged(EntityKind::Match, saved->id);
    }
}

void MatchesPage::removeItem(Id id)
{
    if (id <= 0 || !m_session.isOpen()) {
        return;
    }
    MatchRepository repo(m_session.db());
    const auto m = found(repo.find(id), this);
    if (!m) {
        return;
    }
    if (confirmDeletion(tr("Delete match"),
            tr("Delete the match %1 – %2 for good? Its stage history goes with it; the audit log keeps a record.")
                .arg(m->companyName, m->universityName),
            [&](QString* error) { return repo.remove(id, error); })) {
        m_session.notifyChanged(EntityKind::Match, id);
    }
}

std::optional<exports::Selection> MatchesPage::exportSelection() const
{
    return listModel() ? std::optional(exports::Selection::of(listModel()->filter())) : std::nullopt;
}

} // namespace kmuni
