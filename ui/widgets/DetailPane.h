// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/EntityKind.h"
#include "widgets/ReadErrors.h"

#include <QWidget>

#include <optional>
#include <utility>

class QStackedWidget;
class QTabWidget;

namespace kmuni {

class DetailList;
class DetailTabStrip;
class HeaderCard;

/**
 * What the detail panes (organisation, contact person, activity, match) share: a header card with
 * the record's actions, banners under it, tabs in a strip that wraps (one of them the audit log),
 * and the empty state that says what to do while no record is shown.
 */
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    HeaderCard* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    DetailTabStrip* tabStrip() const { return m_tabStrip; }

protected:
    /** A pane of records of @p kind, whose changes its audit tab lists. */
    DetailPane(Session& session, EntityKind kind, QWidget* parent);

    Session& session() const { return m_session; }
    /** The audit log of the record shown; the subclass gives it its place among the tabs. */
    DetailList* audit() const { return m_audit; }

    /** A tab: its page and its title. */
    using Tab = std::pair<QWidget*, QString>;
    /**
     * Call once from the subclass constructor: the tabs (their widget named @p tabsName) under the
     * header and @p banners, and the empty state with @p emptyText.
     */
    void setUpFrame(
        const QString& tabsName, const QList<Tab>& tabs, const QString& emptyText, const QList<QWidget*>& banners = {});

    /**
     * Reads record @p id into @p into with Repository's find() (a failed read is reported); shows the
     * empty state and returns false when there is none (0, not found, no database).
     */
    template <typename Repository, typename T> bool load(std::optional<T>& into, Id id)
    {
        into.reset();
        if (id > 0 && m_session.isOpen()) {
            into = found(Repository(m_session.db()).find(id), this);
        }
        if (!into) {
            showRecord(false);
        }
        return into.has_value();
    }
    /** The record's page (after filling it), or the empty state. */
    void showRecord(bool shown);

private:
    Session& m_session;
    HeaderCard* m_header = nullptr;
    DetailList* m_audit = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailTabStrip* m_tabStrip = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace kmuni
