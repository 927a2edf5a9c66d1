// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

HeaderCard::HeaderCard(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title = new QLabel;
    m_title->setObjectName(u"headerTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(u"headerSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_badges = new QHBoxLayout;
    m_badges->setSpacing(6);
    m_badges->addStretch();
    m_actions = new QToolBar;
    m_actions->setObjectName(u"headerActions"_s);
    m_actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->setIconSize(QSize(16, 16));
    m_actions->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_badges);
    layout->addWidget(m_actions);
}

void HeaderCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void HeaderCard::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void HeaderCard::clearBadges()
{
    while (m_badges->count() > 1) {
        QLayoutItem* item = m_badges->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void HeaderCard::addBadge(const QString& text, const QString& background, const QString& objectName)
{
    auto* badge = new QLabel(text);
    badge->setObjectName(objectName.isEmpty() ? u"badge"_s : objectName);
    badge->setStyleSheet(
        u"QLabel { background: %1; color: #1d1d1d; border-radius: 8px; padding: 2px 8px; }"_s.arg(background));
    m_badges->insertWidget(m_badges->count() - 1, badge);
}

QWidget* HeaderCard::addAction(QAction* action)
{
    m_actions->addAction(action);
    return m_actions->widgetForAction(action);
}

void HeaderCard::addButtons(const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        addAction(action);
    }
}

QString HeaderCard::stageColour(const QString& stage)
{
    static const QHash<QString, QString> colours = {
        {u"identified"_s, u"#e3e6ea"_s},
        {u"contacted"_s, u"#d6e6f5"_s},
        {u"first_meeting"_s, u"#cfe0f7"_s},
        {u"needs_assessed"_s, u"#d9d2f2"_s},
        {u"matched"_s, u"#fbe5b6"_s},
        {u"cooperating"_s, u"#cdeccf"_s},
        {u"dormant"_s, u"#eeeeee"_s},
        {u"proposed"_s, u"#e3e6ea"_s},
        {u"introduced"_s, u"#d6e6f5"_s},
        {u"in_talks"_s, u"#d9d2f2"_s},
        {u"agreed"_s, u"#fbe5b6"_s},
        {u"completed"_s, u"#cdeccf"_s},
        {u"declined"_s, u"#f3d3d0"_s},
    };
    return colours.value(stage, u"#e3e6ea"_s);
}

} // namespace kmuni
