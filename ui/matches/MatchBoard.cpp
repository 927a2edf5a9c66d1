// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchBoard.h"

#include "common/Format.h"
#include "common/Vocabulary.h"
#include "widgets/HeaderCard.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

constexpr int TypeRole = MatchBoard::StageRole + 1;
constexpr int TitleRole = MatchBoard::StageRole + 2;
constexpr int UniversityRole = MatchBoard::StageRole + 3;
constexpr int SinceRole = MatchBoard::StageRole + 4;
constexpr int padding = 7;
constexpr int strip = 6;
// The narrowest a column gets before the board scrolls sideways: a card's names stay readable.
constexpr int columnMinimumWidth = 115;

// @p text elided at the end to @p width, before the word that does not fit where that keeps the line
// at least half full ("Additive …" rather than "Additive Fer…"); otherwise, and for a single word
// longer than the line, within the word ("und Chemiein…" rather than "und …").
QString elideAtWord(const QString& text, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width) {
        return text;
    }
    const QString ellipsis(QChar(0x2026));
    for (qsizetype space = text.lastIndexOf(u' '); space > 0; space = text.lastIndexOf(u' ', space - 1)) {
        const QString shortened = text.left(space).trimmed() + u' ' + ellipsis;
        const int advance = metrics.horizontalAdvance(shortened);
        if (advance <= width) {
            if (2 * advance >= width) {
                return shortened;
            }
            break;
        }
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

// @p text wrapped at word boundaries into at most @p maxLines lines of @p width; the last one elided.
QStringList wrap(const QString& text, const QFont& font, int width, int maxLines)
{
    QStringList out;
    if (text.trimmed().isEmpty() || width <= 0) {
        return out;
    }
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (out.size() == maxLines - 1) {
            out << elideAtWord(text.mid(line.textStart()).simplified(), metrics, width);
            break;
        }
        out << elideAtWord(text.mid(line.textStart(), line.textLength()).simplified(), metrics, width);
    }
    layout.endLayout();
    return out;
}

// A card: the company in bold, the university or institute, type and since when, the title (names
// and title wrap over two lines, so narrow columns stay readable); the stage's colour as a strip.
class CardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Lines
    {
        QStringList company;
        QStringList university;
        QString type;
        QString since;
        QStringList title;
    };

    static int textWidth(const QStyleOptionViewItem& option)
    {
        int width = option.rect.width();
        if (const auto* view = qobject_cast<const QListView*>(option.widget)) {
            width = view->viewport()->width() - 2 * view->spacing();
        }
        return std::max(60, width - 2 * padding - strip);
    }

    static Lines lines(const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        const int width = textWidth(option);
        QFont bold = option.font;
        bold.setBold(true);
        Lines l;
        l.company = wrap(index.data(Qt::DisplayRole).toString(), bold, width, 2);
        l.university = wrap(index.data(UniversityRole).toString(), option.font, width, 2);
        const QFontMetrics metrics(option.font);
        l.since = index.data(SinceRole).toString();
        const int sinceWidth = metrics.horizontalAdvance(l.since) + 8;
        if (width - sinceWidth < metrics.averageCharWidth() * 8) {
            l.since.clear(); // too narrow: the type is worth more (the date is in the tooltip)
        }
        l.type = metrics.elidedText(
            index.data(TypeRole).toString(), Qt::ElideRight, l.since.isEmpty() ? width : width - sinceWidth);
        l.title = wrap(index.data(TitleRole).toString(), option.font, width, 2);
        return l;
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const Lines l = lines(option, index);
        const qsizetype count = l.company.size() + l.university.size() + 1 + l.title.size();
        return {textWidth(option) + 2 * padding + strip, int(count) * option.fontMetrics.height() + 2 * padding + 4};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5);
        const bool selected = option.state & QStyle::State_Selected;
        QPainterPath path;
        path.addRoundedRect(card, 5, 5);
        painter->fillPath(path, option.palette.base());
        painter->setPen(
            QPen(selected ? option.palette.highlight().color() : option.palette.mid().color(), selected ? 2.5 : 1.0));
        painter->drawPath(path);
        QPainterPath band;
        band.addRoundedRect(QRectF(card.left() + 1, card.top() + 1, strip - 1, card.height() - 2), 2, 2);
        painter->fillPath(
            band, QColor(HeaderCard::stageColour(index.data(MatchBoard::StageRole).toString())).darker(125));

        const Lines l = lines(option, index);
        const int left = option.rect.left() + padding + strip;
        const int width = textWidth(option);
        const int h = option.fontMetrics.height();
        int y = option.rect.top() + padding;
        const auto draw = [&](const QString& text, Qt::Alignment align = Qt::AlignLeft) {
            painter->drawText(QRect(left, y, width, h), align | Qt::AlignVCenter, text);
        };
        QFont bold = option.font;
        bold.setBold(true);
        painter->setPen(option.palette.text().color());
        painter->setFont(bold);
        for (const QString& line : l.company) {
            draw(line);
            y += h;
        }
        painter->setFont(option.font);
        for (const QString& line : l.university) {
            draw(line);
            y += h;
        }
        painter->setPen(option.palette.placeholderText().color());
        draw(l.type);
        if (!l.since.isEmpty()) {
            draw(l.since, Qt::AlignRight);
        }
        y += h;
        painter->setPen(option.palette.text().color());
        for (const QString& line : l.title) {
            draw(line);
            y += h;
        }
        painter->restore();
    }
};

} // namespace

MatchBoardColumn::MatchBoardColumn(const QString& stage, QWidget* parent)
    : QListWidget(parent)
    , m_stage(stage)
{
    setObjectName(u"boardColumn_"_s + stage);
    setAccessibleName(vocab::label(vocab::List::MatchStage, stage));
    setItemDelegate(new CardDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setUniformItemSizes(false); // cards wrap their names
    setSpacing(1);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setWordWrap(false);
    connect(this, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem* item) { emit editRequested(item->data(MatchBoard::IdRole).toLongLong()); });
}

void MatchBoardColumn::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    QListWidgetItem* item = currentItem();
    if (!item) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), QByteArray::number(item->data(MatchBoard::IdRole).toLongLong()));
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    const QRect rect = visualItemRect(item);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    // The board is rebuilt from the database after a move: the drag itself moves nothing.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void MatchBoardColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType))) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void MatchBoardColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType))) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void MatchBoardColumn::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(QString::fromLatin1(mimeType))) {
        event->ignore();
        return;
    }
    const Id id = event->mimeData()->data(QString::fromLatin1(mimeType)).toLongLong();
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (id > 0) {
        emit dropped(id, m_stage);
    }
}

void MatchBoardColumn::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        emit neighbourRequested(event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (currentItem()) {
            emit editRequested(currentItem()->data(MatchBoard::IdRole).toLongLong());
        }
        return;
    }
    QListWidget::keyPressEvent(event);
}

MatchBoard::MatchBoard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"matchBoard"_s);
    // The columns share the board's width; where that is too narrow for six readable columns, the
    // board scrolls sideways instead of widening the window.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"matchBoardScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* content = new QWidget;
    content->setObjectName(u"matchBoardColumns"_s);
    auto* layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    const QStringList stages = vocab::codes(vocab::List::MatchStage);
    for (const QString& stage : stages) {
        auto* header = new QLabel;
        header->setObjectName(u"boardHeader_"_s + stage);
        header->setAlignment(Qt::AlignCenter);
        header->setStyleSheet(u"QLabel { background: %1; color: #1d1d1d; border-radius: 4px; padding: 4px; "
                              "font-weight: bold; }"_s.arg(HeaderCard::stageColour(stage)));
        auto* column = new MatchBoardColumn(stage);
        column->setMinimumWidth(columnMinimumWidth);
        auto* box = new QVBoxLayout;
        box->setSpacing(4);
        box->addWidget(header);
        box->addWidget(column, 1);
        layout->addLayout(box, 1);
        m_columns << column;
        m_headers << header;
        connect(column, &MatchBoardColumn::dropped, this, [this](Id id, const QString& to) {
            const MatchBoardColumn* from = columnOf(id);
            if (!from || from->stage() != to) {
                emit moveRequested(id, to);
            }
        });
        connect(column, &MatchBoardColumn::editRequested, this, &MatchBoard::editRequested);
        connect(column, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit openRequested(item->data(IdRole).toLongLong()); });
        connect(column, &QListWidget::currentItemChanged, this, [this, column](QListWidgetItem* item) {
            if (!item) {
                return;
            }
            // One current card on the whole board.
            for (MatchBoardColumn* other : std::as_const(m_columns)) {
                if (other != column) {
                    const QSignalBlocker blocker(other);
                    other->clearSelection();
                    other->setCurrentItem(nullptr);
                }
            }
            const Id id = item->data(IdRole).toLongLong();
            if (id != m_current) {
                m_current = id;
                emit currentChanged(id);
            }
        });
        connect(column, &MatchBoardColumn::neighbourRequested, this, [this, column](int direction) {
            const qsizetype next = m_columns.indexOf(column) + direction;
            if (next < 0 || next >= m_columns.size()) {
                return;
            }
            MatchBoardColumn* target = m_columns[next];
            target->setFocus();
            reveal(target);
            if (target->count() > 0) {
                const int row = std::clamp(column->currentRow(), 0, target->count() - 1);
                target->setCurrentRow(row);
            }
        });
    }
    for (int i = 0; i < stages.size(); ++i) {
        m_headers[i]->setText(vocab::label(vocab::List::MatchStage, stages[i]));
    }
    m_scroll->setWidget(content);
}

void MatchBoard::setMatches(const QList<Match>& matches)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        MatchBoardColumn* column = m_columns[i];
        const QSignalBlocker blocker(column);
        column->clear();
        int count = 0;
        for (const Match& m : matches) {
            if (m.stage != column->stage()) {
                continue;
            }
            auto* item = new QListWidgetItem(m.companyName, column);
            item->setData(IdRole, m.id);
            item->setData(StageRole, m.stage);
            item->setData(TypeRole, vocab::label(vocab::List::MatchType, m.type));
            item->setData(TitleRole, m.title);
            item->setData(UniversityRole, m.universityName);
            item->setData(SinceRole, format::date(m.stageChangedOn));
            item->setToolTip(
                tr("%1 – %2\n%3: %4\n%5 since %6")
                    .arg(m.companyName, m.universityName, vocab::label(vocab::List::MatchType, m.type), m.title,
                        vocab::label(vocab::List::MatchStage, m.stage), format::date(m.stageChangedOn)));
            ++count;
        }
        m_headers[i]->setText(u"%1 (%2)"_s.arg(vocab::label(vocab::List::MatchStage, column->stage())).arg(count));
    }
    if (m_current > 0 && !select(m_current)) {
        m_current = 0;
    }
}

bool MatchBoard::select(Id id, bool focus)
{
    for (MatchBoardColumn* column : std::as_const(m_columns)) {
        for (int row = 0; row < column->count(); ++row) {
            if (column->item(row)->data(IdRole).toLongLong() == id) {
                m_current = id; // no currentChanged: the caller knows
                for (MatchBoardColumn* other : std::as_const(m_columns)) {
                    const QSignalBlocker blocker(other);
                    other->clearSelection();
                    other->setCurrentItem(nullptr);
                }
                const QSignalBlocker blocker(column);
                column->setCurrentRow(row);
                column->scrollToItem(column->item(row));
                reveal(column);
                if (focus) {
                    column->setFocus();
                }
                return true;
            }
        }
    }
    return false;
}

Id MatchBoard::currentId() const
{
    return m_current;
}

MatchBoardColumn* MatchBoard::column(const QString& stage) const
{
    for (MatchBoardColumn* column : m_columns) {
        if (column->stage() == stage) {
            return column;
        }
    }
    return nullptr;
}

MatchBoardColumn* MatchBoard::columnOf(Id id) const
{
    for (MatchBoardColumn* column : m_columns) {
        for (int row = 0; row < column->count(); ++row) {
            if (column->item(row)->data(IdRole).toLongLong() == id) {
                return column;
            }
        }
    }
    return nullptr;
}

void MatchBoard::reveal(MatchBoardColumn* column)
{
    // The whole column, not only its current card (which ensureWidgetVisible() would settle for).
    const QRect rect(column->mapTo(m_scroll->widget(), QPoint(0, 0)), column->size());
    m_scroll->ensureVisible(rect.center().x(), m_scroll->verticalScrollBar()->value(), rect.width() / 2 + 1, 0);
}

void MatchBoard::focusBoard()
{
    if (MatchBoardColumn* column = columnOf(m_current)) {
        column->setFocus();
        reveal(column);
        return;
    }
    for (MatchBoardColumn* column : std::as_const(m_columns)) {
        if (column->count() > 0) {
            column->setFocus();
            column->setCurrentRow(0);
            reveal(column);
            return;
        }
    }
    if (!m_columns.isEmpty()) {
        m_columns.first()->setFocus();
    }
}

} // namespace kmuni
