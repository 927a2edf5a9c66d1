// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisations/Organisation.h"
#include "widgets/DetailPane.h"

class QLabel;

namespace kmuni {

class DetailList;
class SuggestionsPanel;

/**
 * Everything the network knows about one organisation on one page: a header card (name, kind,
 * city, sector, stage badge, actions) and tabs: overview (master data, which partners were in
 * touch), contact persons, institutes (universities), activities (Kontakthistorie, newest first),
 * matches, open follow-ups and the audit log.
 */
class OrganisationDetail final : public DetailPane
{
    Q_OBJECT
public:
    OrganisationDetail(Session& session, QWidget* parent = nullptr);

    /** Shows organisation @p id (0 or unknown: the empty state). */
    void showOrganisation(Id id);
    const std::optional<Organisation>& organisation() const { return m_org; }
    SuggestionsPanel* suggestions() const { return m_suggestions; }
    /** The tab of suggestions (companies, universities and institutes). */
    static constexpr int suggestionsTab = 7;

private:
    void fillOverview(const Organisation& o);
    /** The overview's row of the topics and kinds of match that suggestions go by (none for a partner). */
    QString topicsRow(const Organisation& o);
    void fillTab(int index);

    std::optional<Organisation> m_org;
    QLabel* m_overview = nullptr;
    DetailList* m_persons = nullptr;
    DetailList* m_institutes = nullptr;
    DetailList* m_timeline = nullptr;
    DetailList* m_matches = nullptr;
    DetailList* m_followUps = nullptr;
    SuggestionsPanel* m_suggestions = nullptr;
    QList<bool> m_filled; ///< per tab: rows loaded for the organisation shown
};

} // namespace kmuni
