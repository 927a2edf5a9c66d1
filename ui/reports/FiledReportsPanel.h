// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace kmuni {

class Session;

/**
 * Below the report on the Reports page: the filed reports (eingereichte Berichte), newest first;
 * Enter shows one as filed (showRequested), and what changed since one was filed.
 */
class FiledReportsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FiledReportsPanel(Session& session, QWidget* parent = nullptr);

    /** Reads the list again (after filing, or another database). */
    void reload();
    QTreeWidget* list() const { return m_list; }
    /** What changed since filed report @p id against the report of its period now, as lines. */
    QStringList changesText(Id id);
    /** The same in a dialog. */
    void showChanges(Id id);

signals:
    void showRequested(Id id);

private:
    /** The selected filed report; 0 for none. */
    Id current() const;
    /** "Show as filed" and "Changes since filing" only with a filed report selected. */
    void updateButtons();

    Session& m_session;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_changesButton = nullptr;
};

} // namespace kmuni
