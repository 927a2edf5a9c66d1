// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
constexpr int keysColumn = 0;
constexpr int whatColumn = 1;
constexpr int whereColumn = 2;

// @p text without the dots of an action that asks more ("Export list …" → "Export list").
QString withoutDots(QString text)
{
    text = text.trimmed();
    for (const QString& dots : {u"…"_s, u"..."_s}) {
        if (text.endsWith(dots)) {
            text.chop(dots.size());
        }
    }
    return text.trimmed();
}

// An action's name without its mnemonic ("&Edit" → "Edit", "&&" stays "&") and dots.
QString plain(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) {
            ++i; // "&&" → "&", "&x" → "x"
        }
        out += text[i];
    }
    return withoutDots(out);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setHeaderLabels({tr("Keys"), tr("What"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void ShortcutsDialog::showEvent(QShowEvent* event)
{
    // As large as the lines need, within the screen: no empty space, no scrolling when it fits.
    // (The view's own hint for a column measures only the lines it shows so far.)
    const QFontMetrics metrics = m_list->fontMetrics();
    const int padding = 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 12;
    int width = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_list->columnCount(); ++column) {
        int widest = m_list->header()->sectionSizeHint(column);
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            widest = std::max(widest, metrics.horizontalAdvance(m_list->topLevelItem(row)->text(column)) + padding);
        }
        width += widest;
    }
    const QAbstractItemView* view = m_list; // sizeHintForRow() is public there
    int height = 2 * m_list->frameWidth() + m_list->header()->sizeHint().height();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        height += view->sizeHintForRow(row);
    }
    const QMargins margins = layout()->contentsMargins();
    const int below = layout()->spacing() + findChild<QDialogButtonBox*>()->sizeHint().height();
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(width + margins.left() + margins.right(), screen.width() * 9 / 10),
        std::min(height + below + margins.top() + margins.bottom(), screen.height() * 9 / 10));
    QDialog::showEvent(event);
}

void ShortcutsDialog::addRow(const QString& keys, const QString& what, const QString& where)
{
    const QString place = where.isEmpty() ? tr("everywhere") : where;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->text(keysColumn) == keys && item->text(whatColumn) == what) {
            if (!item->text(whereColumn).split(u", "_s).contains(place)) {
                item->setText(whereColumn, item->text(whereColumn) + u", "_s + place);
            }
            return;
        }
    }
    // Beside the other lines of the same keys (Ctrl+P prints one thing on one page, another on another).
    int at = m_list->topLevelItemCount();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(keysColumn) == keys) {
            at = i + 1;
        }
    }
    m_list->insertTopLevelItem(at, new QTreeWidgetItem({keys, what, place}));
}

void ShortcutsDialog::addShortcutOf(const QAction* action, const QString& where, const QString& what)
{
    if (action->shortcuts().isEmpty()) {
        return;
    }
    addRow(keysText(action->shortcuts()), what.isEmpty() ? describe(action) : what, where);
}

QList<QAction*> ShortcutsDialog::actionsIn(const QWidget* widget)
{
    QList<QAction*> found;
    const auto take = [&found](const QWidget* w) {
        for (QAction* action : w->actions()) {
            if (!action->shortcuts().isEmpty() && !found.contains(action)) {
                found << action;
            }
        }
    };
    take(widget);
    for (const QWidget* child : widget->findChildren<QWidget*>()) {
        take(child);
    }
    return found;
}

QString ShortcutsDialog::keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys) {
        texts << key.toString(QKeySequence::NativeText);
    }
    return texts.join(u", "_s);
}

QString ShortcutsDialog::describe(const QAction* action)
{
    QString tip = action->toolTip().trimmed();
    // "… (Ctrl+B)": the keys are in their own column.
    const qsizetype open = tip.lastIndexOf(u" ("_s);
    if (open > 0 && tip.endsWith(u')')) {
        const QString inBrackets = tip.mid(open);
        for (const QKeySequence& key : action->shortcuts()) {
            if (inBrackets.contains(key.toString(QKeySequence::NativeText))
                || inBrackets.contains(key.toString(QKeySequence::PortableText))) {
                tip = tip.left(open);
                break;
            }
        }
    }
    return tip.isEmpty() ? plain(action->text()) : withoutDots(tip);
}

} // namespace kmuni
