// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "matches/Suggestions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace kmuni {

/**
 * An organisation's needs or offers (topics and match types, editable) and the partners suggested
 * for it, each with its reasons: accept makes a proposed match, reject hides the pair (the
 * "Rejected" menu takes a rejection back).
 */
class SuggestionsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionsPanel(Session& session, QWidget* parent = nullptr);

    /** Shows organisation @p id of @p kind (company, university or institute). */
    void showOrganisation(Id id, const QString& kind);
    QTreeWidget* list() const { return m_list; }

    void acceptCurrent();
    void rejectCurrent();
    void editNeedsOffers();

private:
    void reload();
    const Suggestion* current() const;

    Session& m_session;
    Id m_id = 0;
    QString m_kind;
    QList<Suggestion> m_suggestions;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QToolButton* m_rejected = nullptr;
};

} // namespace kmuni
