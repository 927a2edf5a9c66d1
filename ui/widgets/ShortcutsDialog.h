// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace kmuni {

/**
 * Hilfe › Tastenkürzel: every keyboard shortcut, one line each: the keys, what they do, where they work.
 * The lines come from the actions themselves (addShortcutOf()), so that the list cannot drift from the
 * keys the window knows; lines with the same keys and words are one, their places joined.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    /** Without a title: the caller gives it. */
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    /** Adds a line: @p keys do @p what on @p where (a page's name; empty: everywhere). */
    void addRow(const QString& keys, const QString& what, const QString& where = {});
    /**
     * Adds a line for @p action if it has a shortcut: its keys, and what its tool tip (else its name) says, or
     * @p what when given.
     */
    void addShortcutOf(const QAction* action, const QString& where = {}, const QString& what = {});
    QTreeWidget* list() const { return m_list; }

    /** The actions with a shortcut that @p widget and the widgets in it carry, each once, in their order. */
    static QList<QAction*> actionsIn(const QWidget* widget);
    /** @p keys as the user reads them ("Strg+Umschalt+E" in German). */
    static QString keysText(const QList<QKeySequence>& keys);
    /**
     * What @p action does in a few words: its tool tip without the keys in brackets at its end, or (without a
     * tool tip of its own) its name without the mnemonic and the dots.
     */
    static QString describe(const QAction* action);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace kmuni
