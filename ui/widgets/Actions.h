// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

#include <optional>
#include <utility>

namespace kmuni {

/** What an action of a page or a pane is, written as designated initialisers. */
struct ActionSpec
{
    QString icon{}; ///< a name of Icons::get; empty for none
    QString text{};
    QString objectName{}; ///< what tests and the shortcuts list find it by
    QKeySequence shortcut{}; ///< works while the page or one of its children has the focus
    QString toolTip{};
};

/** A new action of @p parent as @p spec says. */
QAction* makeAction(QObject* parent, const ActionSpec& spec);

/** A new action of @p parent as @p spec says that runs @p run when triggered (while @p parent lives). */
template <typename Run> QAction* makeAction(QObject* parent, const ActionSpec& spec, Run&& run)
{
    QAction* action = makeAction(parent, spec);
    QObject::connect(action, &QAction::triggered, parent, std::forward<Run>(run));
    return action;
}

/**
 * A slot that runs @p run with a copy of what @p shown holds (the record a detail pane shows, which
 * outlives the slot), when it holds one: what @p run opens may show another record meanwhile.
 */
template <typename T, typename Run> auto withShown(const std::optional<T>& shown, Run run)
{
    return [&shown, run] {
        if (const std::optional<T> item = shown) {
            run(*item);
        }
    };
}

} // namespace kmuni
