// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailFrame.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kmuni {

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

} // namespace kmuni
