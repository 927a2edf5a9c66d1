// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QIcon>
#include <QWidget>

namespace kmuni {

/** One page of the main window's navigation (Übersicht, Organisationen, …). */
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /** Creates the item this page lists (Ctrl+N); false when the page has nothing to create. */
    virtual bool createItem() { return false; }
    /** Reloads from the database (F5). */
    virtual void refresh() = 0;
    /** Puts the keyboard focus where work on this page starts (usually the list). */
    virtual void focusMain() = 0;
    /** Saves splitter and column layout. */
    virtual void saveState() const { }
};

} // namespace kmuni
