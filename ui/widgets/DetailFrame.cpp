// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailFrame.h"

#include "FlowLayout.h"

#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kmuni {
namespace {

constexpr char tabProperty[] = "kmuniDetailTab";

// A tab of the strip, for screen readers: a page tab that is selected when it is the current one,
// named by its text, and pressed to show its page (not a toggle button).
class AccessibleDetailTab final : public QAccessibleWidget
{
public:
    explicit AccessibleDetailTab(QWidget* button)
        : QAccessibleWidget(button, QAccessible::PageTab)
    { }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name) {
            return QString(tab()->text()).replace(QStringLiteral("&&"), QStringLiteral("&"));
        }
        return QAccessibleWidget::text(kind);
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.selectable = true;
        state.selected = tab()->isChecked();
        state.checkable = false;
        state.checked = false;
        return state;
    }

    QStringList actionNames() const override { return QStringList{pressAction()} + QAccessibleWidget::actionNames(); }

    void doAction(const QString& name) override
    {
        if (name == pressAction()) {
            tab()->click();
        } else {
            QAccessibleWidget::doAction(name);
        }
    }

private:
    QAbstractButton* tab() const { return static_cast<QAbstractButton*>(widget()); }
};

QAccessibleInterface* detailTabAccessibility(const QString& className, QObject* object)
{
    if (className == QLatin1String("QToolButton") && object->property(tabProperty).toBool()) {
        return new AccessibleDetailTab(static_cast<QWidget*>(object));
    }
    if (className == QLatin1String("kmuni::DetailTabStrip")) {
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::PageTabList);
    }
    return nullptr;
}

} // namespace

QStackedWidget* detailStack(const QList<QWidget*>& parts, const QString& emptyText)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        layout->addWidget(parts[i], i + 1 == parts.size() ? 1 : 0);
    }
    auto* empty = new QLabel(emptyText);
    empty->setObjectName(QStringLiteral("detailEmptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    auto* stack = new QStackedWidget;
    stack->addWidget(empty);
    stack->addWidget(page);
    return stack;
}

QStackedWidget* detailFrame(QWidget* owner, const QList<QWidget*>& parts, const QString& emptyText)
{
    QStackedWidget* stack = detailStack(parts, emptyText);
    auto* outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(stack);
    return stack;
}

QLabel* detailText(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setContentsMargins(8, 8, 8, 8);
    return label;
}

QScrollArea* scrolled(QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QString factRow(const QString& label, const QString& valueHtml)
{
    if (valueHtml.trimmed().isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style='padding-right:16px; color:#5c5c5c; white-space:nowrap; "
                          "vertical-align:top'>")
        + label.toHtmlEscaped() + QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

DetailTabStrip::DetailTabStrip(QTabWidget* tabs, QWidget* parent)
    : QWidget(parent)
    , m_tabs(tabs)
    , m_group(new QButtonGroup(this))
{
    setObjectName(tabs->objectName().isEmpty() ? QStringLiteral("detailTabStrip") : tabs->objectName() + u"Strip");
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 1); // the base line
    layout->setSpacing(0);
    // Flat buttons marked like tabs: the current one underlined in the highlight colour.
    setStyleSheet(QStringLiteral("QToolButton { border: none; border-bottom: 3px solid transparent; "
                                 "padding: 4px 9px 3px 9px; margin: 0; }"
                                 "QToolButton:hover { border-bottom-color: palette(midlight); }"
                                 "QToolButton:checked { border-bottom-color: palette(highlight); }"
                                 "QToolButton:focus { background: palette(alternate-base); }"));
    m_group->setExclusive(true);
    static const bool accessible = [] {
        QAccessible::installFactory(detailTabAccessibility);
        return true;
    }();
    Q_UNUSED(accessible);
    connect(m_group, &QButtonGroup::idClicked, m_tabs, &QTabWidget::setCurrentIndex);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { showCurrent(); });
    m_tabs->tabBar()->hide();
    sync();
}

void DetailTabStrip::setTabText(int index, const QString& text)
{
    m_tabs->setTabText(index, text);
    sync();
}

void DetailTabStrip::setTabVisible(int index, bool visible)
{
    m_tabs->setTabVisible(index, visible);
    sync();
}

void DetailTabStrip::sync()
{
    while (m_buttons.size() < m_tabs->count()) {
        auto* button = new QToolButton;
        button->setObjectName(QStringLiteral("detailTab%1").arg(m_buttons.size()));
        button->setProperty(tabProperty, true);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->installEventFilter(this);
        m_group->addButton(button, int(m_buttons.size()));
        layout()->addWidget(button);
        m_buttons << button;
    }
    while (m_buttons.size() > m_tabs->count()) {
        delete m_buttons.takeLast();
    }
    for (int i = 0; i < m_buttons.size(); ++i) {
        QToolButton* button = m_buttons[i];
        // A "&" in a tab's text is no mnemonic here: shown as it is.
        button->setText(QString(m_tabs->tabText(i)).replace(u'&', QStringLiteral("&&")));
        button->setToolTip(m_tabs->tabToolTip(i));
        button->setVisible(m_tabs->isTabVisible(i));
        button->setEnabled(m_tabs->isTabEnabled(i));
    }
    showCurrent();
}

QAbstractButton* DetailTabStrip::button(int index) const
{
    return m_buttons.value(index);
}

void DetailTabStrip::showCurrent()
{
    const int current = m_tabs->currentIndex();
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons[i]->setChecked(i == current);
        m_buttons[i]->setFocusPolicy(i == current ? Qt::TabFocus : Qt::NoFocus);
    }
}

bool DetailTabStrip::eventFilter(QObject* watched, QEvent* event)
{
    auto* button = qobject_cast<QToolButton*>(watched);
    if (event->type() == QEvent::KeyPress && button && m_buttons.contains(button)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int step = key->key() == Qt::Key_Right ? 1 : key->key() == Qt::Key_Left ? -1 : 0;
        if (step != 0 && key->modifiers() == Qt::NoModifier) {
            for (int i = m_tabs->currentIndex() + step; i >= 0 && i < m_tabs->count(); i += step) {
                if (m_tabs->isTabVisible(i) && m_tabs->isTabEnabled(i)) {
                    m_tabs->setCurrentIndex(i);
                    m_buttons[i]->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailTabStrip::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, height() - 1, width() - 1, height() - 1);
}

} // namespace kmuni
