// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchField.h"

#include "Icons.h"
#include "db/Database.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int HtmlRole = Qt::UserRole + 3;
constexpr int FailureRole = Qt::UserRole + 4; // the row that says the search failed

// The typed text in bold where it occurs literally (case-insensitive) in @p title.
QString highlighted(const QString& title, const QString& typed)
{
    const qsizetype at = typed.isEmpty() ? -1 : title.indexOf(typed, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return title.toHtmlEscaped();
    }
    return title.left(at).toHtmlEscaped() + u"<b>"_s + title.mid(at, typed.size()).toHtmlEscaped() + u"</b>"_s
        + title.mid(at + typed.size()).toHtmlEscaped();
}

// Draws a result row as rich text: bold match, grey subtitle.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect textRect = opt.widget->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        // The subtitle grey, on the selection's colour a lighter shade of it, so that it stays readable.
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor ground = opt.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        const QColor subtitle = QColor::fromRgbF((text.redF() * 3 + ground.redF() * 2) / 5,
            (text.greenF() * 3 + ground.greenF() * 2) / 5, (text.blueF() * 3 + ground.blueF() * 2) / 5);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(u".subtitle { color: %1; }"_s.arg(subtitle.name()));
        doc.setHtml(html);
        painter->save();
        painter->translate(textRect.left(), textRect.top() + (textRect.height() - doc.size().height()) / 2);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, text);
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace

SearchField::SearchField(Session& session, QWidget* parent)
    : QLineEdit(parent)
    , m_session(session)
{
    setObjectName(u"globalSearch"_s);
    setPlaceholderText(tr("Search (Ctrl+F) …"));
    setAccessibleName(tr("Search everything"));
    setClearButtonEnabled(true);
    addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    setMinimumWidth(320);

    m_popup = new QTreeWidget;
    m_popup->setObjectName(u"searchResults"_s);
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setFocusProxy(this);
    m_popup->setMouseTracking(true);
    m_popup->setColumnCount(1);
    m_popup->setUniformRowHeights(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setEditTriggers(QTreeWidget::NoEditTriggers);
    m_popup->setSelectionBehavior(QTreeWidget::SelectRows);
    m_popup->setFrameStyle(QFrame::Box | QFrame::Plain);
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->header()->hide();
    m_popup->setItemDelegate(new ResultDelegate(m_popup));
    m_popup->installEventFilter(this);
    connect(m_popup, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { openItem(item); });
    connect(this, &QLineEdit::textEdited, this, &SearchField::runSearch);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (!m_popup->isVisible()) {
            runSearch();
        }
        openItem(m_popup->currentItem());
    });
}

SearchField::~SearchField()
{
    delete m_popup;
}

void SearchField::runSearch()
{
    m_popup->clear();
    const QString text = this->text().trimmed();
    if (text.isEmpty() || !m_session.isOpen()) {
        m_popup->hide();
        return;
    }
    const auto result = Search(m_session.db()).run(text, 6);
    if (result.failed()) {
        // Said where the answer was expected, not as "nothing found" (and not as a box per keystroke).
        auto* failed = new QTreeWidgetItem(m_popup, {tr("The search failed: %1").arg(result.error())});
        failed->setFlags(Qt::NoItemFlags);
        failed->setForeground(0, QColor(0xc0, 0x39, 0x2b));
        failed->setData(0, FailureRole, true);
        showPopup();
        return;
    }
    const QList<SearchHit>& hits = *result;
    std::optional<SearchHit::Kind> group;
    QTreeWidgetItem* first = nullptr;
    for (const SearchHit& hit : hits) {
        if (group != hit.kind) {
            group = hit.kind;
            auto* heading = new QTreeWidgetItem(m_popup, {entityPluralName(hit.kind)});
            heading->setFlags(Qt::ItemIsEnabled);
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setForeground(0, m_popup->palette().brush(QPalette::PlaceholderText));
        }
        auto* item = new QTreeWidgetItem(m_popup, {hit.title + u"  "_s + hit.subtitle});
        item->setIcon(0, Icons::get(entityIcon(hit.kind)));
        item->setData(0, KindRole, int(hit.kind));
        item->setData(0, IdRole, hit.id);
        QString html = highlighted(hit.title, text);
        if (!hit.subtitle.isEmpty()) {
            html += u"&nbsp;&nbsp;<span class='subtitle'>"_s + hit.subtitle.toHtmlEscaped() + u"</span>"_s;
        }
        item->setData(0, HtmlRole, html);
        if (!first) {
            first = item;
        }
    }
    if (hits.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_popup, {tr("Nothing found for \"%1\".").arg(text)});
        none->setFlags(Qt::NoItemFlags);
    }
    m_popup->setCurrentItem(first);
    showPopup();
}

void SearchField::showPopup()
{
    const int rows = m_popup->topLevelItemCount();
    const int rowHeight = std::max(m_popup->sizeHintForRow(0), fontMetrics().height() + 6);
    const int height = std::min(rows, 24) * rowHeight + 4;
    const int width = std::max(this->width(), 520);
    const QPoint below = mapToGlobal(QPoint(this->width() - width, this->height()));
    m_popup->setGeometry(std::max(0, below.x()), below.y(), width, height);
    if (!m_popup->isVisible()) {
        m_popup->show();
    }
    setFocus();
}

void SearchField::openItem(QTreeWidgetItem* item)
{
    if (!item || !item->data(0, IdRole).isValid()) {
        return;
    }
    const auto kind = SearchHit::Kind(item->data(0, KindRole).toInt());
    const Id id = item->data(0, IdRole).toLongLong();
    m_popup->hide();
    emit openRequested(kind, id);
}

void SearchField::moveSelection(int delta)
{
    int row = m_popup->indexOfTopLevelItem(m_popup->currentItem());
    const int count = m_popup->topLevelItemCount();
    for (int step = 0; step < count; ++step) {
        row = (row + delta + count) % count;
        QTreeWidgetItem* item = m_popup->topLevelItem(row);
        if (item->data(0, IdRole).isValid()) {
            m_popup->setCurrentItem(item);
            return;
        }
    }
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Down && !m_popup->isVisible() && !text().isEmpty()) {
        runSearch();
        return;
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_popup->hide();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

// The popup has the mouse; keys go on to the field, except those that move and choose.
bool SearchField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_popup) {
        return QLineEdit::eventFilter(watched, event);
    }
    if (event->type() == QEvent::MouseButtonPress && !m_popup->underMouse()) {
        m_popup->hide();
        setFocus();
        return true;
    }
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
        openItem(m_popup->currentItem());
        return true;
    case Qt::Key_Escape:
        m_popup->hide();
        setFocus();
        return true;
    case Qt::Key_Up:
        moveSelection(-1);
        return true;
    case Qt::Key_Down:
        moveSelection(1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        return false;
    default:
        setFocus();
        event->ignore();
        QCoreApplication::sendEvent(this, event);
        return true;
    }
}

} // namespace kmuni
