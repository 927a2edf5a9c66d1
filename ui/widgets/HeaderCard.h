// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QToolBar;
class QLabel;
class QToolButton;
class QAction;

namespace kmuni {

/** The head of a detail page: name, a line of facts, badges (stage, pilot, archived) and actions. */
class HeaderCard final : public QFrame
{
    Q_OBJECT
public:
    explicit HeaderCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    void clearBadges();
    /** A coloured badge; colours carry meaning only (stage, warning). */
    void addBadge(const QString& text, const QString& background, const QString& objectName = {});
    /** A button for @p action; buttons that do not fit fold into the bar's » menu. */
    QWidget* addAction(QAction* action);
    /** A button for each of @p actions, in their order. */
    void addButtons(const QList<QAction*>& actions);

    /** Background colour of an outreach or match stage badge. */
    static QString stageColour(const QString& stage);

private:
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QHBoxLayout* m_badges = nullptr;
    QToolBar* m_actions = nullptr;
};

} // namespace kmuni
