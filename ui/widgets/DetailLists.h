// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/Ids.h"
#include "db/AuditLog.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "matches/Match.h"
#include "persons/Person.h"

#include <QList>
#include <QTreeWidget>

class QLabel;

namespace kmuni {

/**
 * The small lists of a detail page (persons of an organisation, its timeline, matches, follow-ups,
 * audit log): read-only trees whose rows open the item on double-click or Enter.
 */
class DetailList final : public QTreeWidget
{
    Q_OBJECT
public:
    DetailList(Session& session, EntityKind kind, const QStringList& headers, QWidget* parent = nullptr);

    /** Adds a row for item @p id (0: not openable). */
    QTreeWidgetItem* addRow(Id id, const QStringList& cells);
    void setEmptyText(const QString& text) { m_emptyText = text; }
    /** The column that takes the remaining width (the others fit their contents); default: the last. */
    void setStretchColumn(int column);
    void finish(); ///< after filling: sizes columns, shows the empty text if there are no rows

    void fillPersons(const QList<Person>& persons);
    void fillTimeline(const QList<EventSummary>& events, bool showOrganisations);
    void fillMatches(const QList<Match>& matches, Id perspective);
    void fillFollowUps(const QList<FollowUpItem>& items);
    /** The history @p entries, links by the names @p links knows (null: by number, the names unread). */
    void fillAudit(const QList<audit::Entry>& entries, const audit::LinkNames* links);
    /** The newest entries of @p entity @p id's history, links by name; a failed read is reported. */
    void showHistory(Database& db, const QString& entity, Id id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void open(QTreeWidgetItem* item);
    int stretchColumn() const;
    /** Gives the columns their fitted widths, narrowed so that all of them fit the list's width. */
    void fitColumns();
    Session& m_session;
    EntityKind m_kind;
    QString m_emptyText;
    int m_stretch = -1;
    QList<int> m_natural; ///< per column: the width its header and first rows want (0: the stretching one)
    QList<int> m_least; ///< per column: its header's width, the least it is narrowed to
};

} // namespace kmuni
