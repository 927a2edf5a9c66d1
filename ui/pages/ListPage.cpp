// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPage.h"

#include "Icons.h"
#include "Session.h"
#include "common/Format.h"
#include "io/ExportList.h"
#include "models/PagedListModel.h"
#include "widgets/ColumnFit.h"
#include "widgets/EmphasisDelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

// Enter edits and Delete removes, on the list only.
class KeyFilter final : public QObject
{
public:
    KeyFilter(QObject* parent, std::function<void()> onEnter, std::function<void()> onDelete)
        : QObject(parent)
        , m_enter(std::move(onEnter))
        , m_delete(std::move(onDelete))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                m_enter();
                return true;
            }
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
                m_delete();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_enter;
    std::function<void()> m_delete;
};

} // namespace

ListPage::ListPage(Session& session, const QString& settingsKey, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_settingsKey(settingsKey)
{ }

QLineEdit* ListPage::filterField(const QString& objectName, const QString& placeholder, const QString& accessibleName)
{
    auto* field = new QLineEdit;
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    if (!accessibleName.isEmpty()) {
        field->setAccessibleName(accessibleName);
    }
    field->addAction(Icons::get(u"filter"_s), QLineEdit::LeadingPosition);
    return field;
}

namespace {

// A flat button with an action's icon and text.
QToolButton* actionButton(QAction* action, const QString& objectName)
{
    auto* button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

void ListPage::setUpPanes(QWidget* filterBar, QWidget* detail)
{
    createView();
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(filterBar);
    leftLayout->addWidget(createFailureBar());
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(createBottomBar());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(m_settingsKey + u"Splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(createDetailPane(detail));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(u"pages/"_s + m_settingsKey + u"/splitter"_s).toByteArray())) {
        m_splitter->setSizes({740, 480}); // list and detail side by side, the list's columns in sight
    }
}

void ListPage::createView()
{
    m_view = new QTreeView;
    m_view->setObjectName(m_settingsKey + u"List"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // the view never asks for every row's height
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSortIndicatorShown(true);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        // A width the user sets is theirs (the last column stretches by itself).
        if (!m_fitting && m_model && column + 1 < m_model->columnCount()) {
            m_fitColumns = false;
        }
    });
    m_view->setItemDelegate(new EmphasisDelegate(m_view));
    // Enter edits; on a narrow page it opens the detail, which has the edit button.
    m_view->installEventFilter(new KeyFilter(
        this,
        [this] {
            if (m_narrow) {
                openDetail(currentId() > 0);
            } else {
                editItem(currentId());
            }
        },
        [this] { removeItem(currentId()); }));
    connect(m_view, &QTreeView::doubleClicked, this,
        [this](const QModelIndex& index) { editItem(index.data(PagedListModel::IdRole).toLongLong()); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (m_narrow && index.isValid()) {
            openDetail(true);
        }
    });

    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_view->viewport()->installEventFilter(this);
}

QWidget* ListPage::createFailureBar()
{
    // A list that could not be read says so, with its reason and a way to try again, instead of
    // "Loading …" for ever or an empty list that looks like "no rows".
    m_failure = new QWidget;
    m_failure->setObjectName(u"loadFailure"_s);
    m_failureText = new QLabel;
    m_failureText->setObjectName(u"loadFailureText"_s);
    m_failureText->setWordWrap(true);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_failureText->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_failureText->setPalette(warning);
    auto* retry = new QPushButton(tr("&Try again"));
    retry->setObjectName(u"retryLoad"_s);
    connect(retry, &QPushButton::clicked, this, [this] {
        m_failure->hide();
        refresh();
    });
    auto* failureLayout = new QHBoxLayout(m_failure);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    failureLayout->addWidget(m_failureText, 1);
    failureLayout->addWidget(retry);
    m_failure->hide();
    return m_failure;
}

QLayout* ListPage::createBottomBar()
{
    m_count = new QLabel;
    m_count->setObjectName(u"rowCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // Export: the rows the filter shows, as the list's page knows them (exportSelection()).
    m_export = new QAction(Icons::get(u"spreadsheet"_s), tr("E&xport list …"), this);
    m_export->setObjectName(m_settingsKey + u"ExportAction"_s);
    m_export->setToolTip(tr("Export the rows of the list as CSV or Excel workbook (Ctrl+Shift+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_export, &QAction::triggered, this, [this] {
        if (const auto selection = exportSelection()) {
            exportList(this, m_session, *selection);
        }
    });
    addAction(m_export);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(actionButton(m_export, u"exportListButton"_s));
    return bottom;
}

QWidget* ListPage::createDetailPane(QWidget* detail)
{
    // Above the detail on a narrow page: the way back to the list.
    m_back = new QAction(Icons::get(u"back"_s), tr("&Back to the list"), this);
    m_back->setObjectName(m_settingsKey + u"BackAction"_s);
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_back->setShortcut(QKeySequence(Qt::Key_Escape));
    m_back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, this, [this] { openDetail(false); });
    addAction(m_back);
    m_backBar = new QWidget;
    auto* backLayout = new QHBoxLayout(m_backBar);
    backLayout->setContentsMargins(0, 0, 0, 0);
    m_backButton = actionButton(m_back, u"backToList"_s);
    backLayout->addWidget(m_backButton);
    backLayout->addStretch(1);
    m_backBar->hide();
    m_detailPane = new QWidget;
    auto* detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(2);
    detailLayout->addWidget(m_backBar);
    detailLayout->addWidget(detail, 1);
    return m_detailPane;
}

int ListPage::widthForLabels(int column, vocab::List list, int most) const
{
    const QFontMetrics metrics = m_view->fontMetrics();
    // The header also has room for the sort indicator.
    int width = m_view->header()->fontMetrics().horizontalAdvance(
                    m_model ? m_model->headerData(column, Qt::Horizontal).toString() : QString())
        + 36;
    for (const QString& code : vocab::codes(list)) {
        width = std::max(width, metrics.horizontalAdvance(vocab::label(list, code)) + 16);
    }
    m_labelColumns.insert(column); // fitColumns() keeps them whole
    return std::min(width, most);
}

void ListPage::setModel(PagedListModel* model)
{
    PagedListModel* old = m_model;
    m_model = model;
    m_view->setModel(model);
    delete old;
    m_pendingId = 0;
    m_export->setEnabled(model != nullptr);
    if (!model) {
        showDetail(0);
        return;
    }
    const QSettings settings;
    const QByteArray header = settings.value(u"pages/"_s + m_settingsKey + u"/header"_s).toByteArray();
    m_fitting = true;
    if (header.isEmpty() || !m_view->header()->restoreState(header)) {
        m_view->header()->setSortIndicator(0, defaultSortOrder());
        m_fitColumns = true;
    } else {
        // The sort order is the user's; the widths only when they set one.
        m_fitColumns = settings.value(u"pages/"_s + m_settingsKey + u"/fitted"_s, false).toBool();
    }
    fitColumns();
    m_fitting = false;
    connect(model, &PagedListModel::loaded, this, &ListPage::updateStatus);
    connect(model, &PagedListModel::loaded, this, &ListPage::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateStatus);
    connect(model, &PagedListModel::located, this, &ListPage::onLocated);
    connect(model, &PagedListModel::loadFailed, this, &ListPage::showLoadFailure);
    connect(model, &PagedListModel::loaded, m_failure, &QWidget::hide);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const Id id = current.data(PagedListModel::IdRole).toLongLong();
            if (id > 0 && id != m_shownId) {
                m_shownId = id;
                showDetail(id);
            }
        });
    // Sorting is the model's, in SQL: the header only passes the click on.
    m_view->sortByColumn(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
}

Id ListPage::currentId() const
{
    return m_view->currentIndex().data(PagedListModel::IdRole).toLongLong();
}

void ListPage::refresh()
{
    if (m_model) {
        m_model->refresh();
        if (m_shownId > 0) {
            showDetail(m_shownId);
        }
    }
}

void ListPage::focusMain()
{
    if (isDetailOpen()) {
        m_backButton->setFocus(); // the list is not shown; Esc goes back to it
        return;
    }
    m_view->setFocus();
    if (!m_view->currentIndex().isValid() && m_model && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void ListPage::saveState() const
{
    QSettings settings;
    settings.setValue(u"pages/"_s + m_settingsKey + u"/splitter"_s, m_narrow ? m_wideState : m_splitter->saveState());
    if (m_model) {
        settings.setValue(u"pages/"_s + m_settingsKey + u"/header"_s, m_view->header()->saveState());
        settings.setValue(u"pages/"_s + m_settingsKey + u"/fitted"_s, m_fitColumns);
    }
    settings.setValue(u"pages/"_s + m_settingsKey + u"/current"_s, m_shownId);
}

void ListPage::restoreCurrent()
{
    const Id id = QSettings().value(u"pages/"_s + m_settingsKey + u"/current"_s).toLongLong();
    if (id > 0) {
        const bool open = m_detailOpen; // a narrow page starts with its list
        showItem(id);
        m_detailOpen = open;
        openDetail(open);
    }
}

void ListPage::showItem(Id id, bool open)
{
    m_shownId = id;
    showDetail(id);
    if (id > 0 && open) {
        // Asked for by name (search, a link): the detail, also when the page turns narrow only
        // once it is laid out.
        m_detailOpen = true;
        openDetail(true);
    }
    if (m_model && id > 0) {
        m_pendingId = id;
        m_model->locate(id);
    }
}

void ListPage::onLocated(Id id, int row)
{
    if (id != m_pendingId) {
        return;
    }
    if (row < 0) {
        // Not in the filtered list: show everything, then look again.
        if (clearFilters()) {
            connect(
                m_model, &PagedListModel::loaded, this, [this, id] { m_model->locate(id); }, Qt::SingleShotConnection);
        } else {
            m_pendingId = 0;
        }
        return;
    }
    if (row >= m_model->rowCount() || (m_model->idAt(row) != 0 && m_model->idAt(row) != id)) {
        // The list is older than the data (another window, program or office added or deleted rows
        // since it was read): read it again, then look once more, so that the row marked is @p id's.
        if (m_relocatedId != id) {
            m_relocatedId = id;
            connect(
                m_model, &PagedListModel::loaded, this, [this, id] { m_model->locate(id); }, Qt::SingleShotConnection);
            m_model->refresh();
        } else {
            m_pendingId = 0;
        }
        return;
    }
    m_pendingId = 0;
    m_relocatedId = 0;
    const QModelIndex index = m_model->index(row, 0);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->viewport()->update();
}

bool ListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
        fitColumns();
    }
    return Page::eventFilter(watched, event);
}

void ListPage::fitColumns()
{
    // Until the user sets a column's width: every column in sight (see fitListColumns()).
    if (!m_fitColumns || !m_model) {
        return;
    }
    // defaultColumnWidth() first for every column: it notes the columns of labels.
    const QList<int> widths = fitListColumns(
        *m_view, [this](int column) { return defaultColumnWidth(column); }, m_labelColumns);
    const QScopedValueRollback fitting(m_fitting, true);
    for (int column = 0; column < widths.size(); ++column) { // the last one stretches from its width on
        m_view->header()->resizeSection(column, widths[column]);
    }
}

QWidget* ListPage::listSide() const
{
    return m_splitter->widget(0);
}

void ListPage::panesChanged()
{
    if (m_narrow) {
        openDetail(m_detailOpen);
    }
}

QSize ListPage::minimumSizeHint() const
{
    QSize size = Page::minimumSizeHint();
    if (!m_splitter) {
        return size;
    }
    // What stands above or below the panes (a filter bar), and the wider of the two panes.
    int width = std::max(listSide()->minimumSizeHint().width(), m_detailPane->minimumSizeHint().width());
    for (int i = 0; i < layout()->count(); ++i) {
        const QLayoutItem* item = layout()->itemAt(i);
        if (item->widget() != m_splitter && !item->isEmpty()) {
            width = std::max(width, item->minimumSize().width());
        }
    }
    const QMargins margins = layout()->contentsMargins();
    size.setWidth(width + margins.left() + margins.right());
    return size;
}

void ListPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    if (m_splitter) {
        setNarrow(width() < narrowBelow());
    }
}

int ListPage::narrowBelow() const
{
    // Side by side needs both panes at their smallest and a little air; below a common notebook's
    // page width they would be too cramped to read even when they fit.
    const int both = listSide()->minimumSizeHint().width() + m_detailPane->minimumSizeHint().width()
        + m_splitter->handleWidth() + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    return std::max(both + 60, 900);
}

void ListPage::setNarrow(bool narrow)
{
    if (narrow == m_narrow) {
        return;
    }
    if (narrow) {
        m_wideState = m_splitter->saveState();
    }
    m_narrow = narrow;
    m_backBar->setVisible(narrow);
    if (!narrow) {
        listSide()->show();
        m_detailPane->show();
        m_back->setEnabled(false);
        m_splitter->restoreState(m_wideState);
        return;
    }
    openDetail(m_detailOpen);
}

void ListPage::openDetail(bool open)
{
    if (!m_narrow) {
        return;
    }
    const bool hadFocus = isAncestorOf(focusWidget());
    m_detailOpen = open;
    // The one shown first, so that the splitter never has nothing to show.
    (open ? m_detailPane : listSide())->show();
    (open ? listSide() : m_detailPane)->hide();
    m_back->setEnabled(open);
    if (!hadFocus) {
        return;
    }
    if (open) {
        m_backButton->setFocus(); // Tab goes on into the detail
    } else {
        m_view->setFocus();
    }
}

void ListPage::showLoadFailure(const QString& message)
{
    m_failureText->setText(tr("The list could not be read: %1").arg(message));
    m_failure->show();
    m_count->setText(tr("Not loaded"));
    m_empty->hide();
}

void ListPage::updateStatus()
{
    if (!m_model) {
        return;
    }
    const int rows = m_model->rowCount();
    m_count->setText(m_model->isLoading() ? tr("Loading …") : tr("%n entries", nullptr, rows));
    const bool empty = !m_model->isLoading() && rows == 0;
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setText(emptyText(isFiltered()));
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    }
}

bool ListPage::confirmDeletion(
    const QString& title, const QString& question, const std::function<bool(QString*)>& remove)
{
    if (QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return false;
    }
    QString error;
    if (!remove(&error)) {
        QMessageBox::warning(this, title, error);
        return false;
    }
    showDetail(0);
    return true;
}

} // namespace kmuni
