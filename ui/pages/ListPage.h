// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "common/Ids.h"
#include "common/Vocabulary.h"
#include "io/ListExport.h"

#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLayout;
class QLineEdit;
class QSplitter;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace kmuni {

class PagedListModel;

/**
 * A page with a filter bar and a sortable, lazily loaded list on the left and the selected item's
 * detail on the right (Outlook-like panes). Column widths, sort and splitter are remembered. The
 * list works without a mouse: arrows move, Enter edits, Delete archives or deletes.
 *
 * On a narrow window (a half screen, a small notebook) the two do not fit side by side: the list
 * fills the page, a click or Enter opens the detail in its place, and Esc (or "Back to the list")
 * goes back.
 */
class ListPage : public Page
{
    Q_OBJECT
public:
    ListPage(Session& session, const QString& settingsKey, QWidget* parent = nullptr);

    void refresh() override;
    /** Wide enough for the list or the detail, which take turns when the page is narrow. */
    QSize minimumSizeHint() const override;
    void focusMain() override;
    void saveState() const override;

    /**
     * Shows item @p id: its detail at once, and selects its row when the list has it. On a narrow
     * page the detail takes the page's place unless @p open is false.
     */
    void showItem(Id id, bool open = true);
    QTreeView* view() const { return m_view; }
    Id currentId() const;
    /** Shows the item that was shown when the window closed last time. */
    void restoreCurrent();
    /** "Export list …" (Ctrl+Shift+E): the rows the filter shows, as CSV or XLSX; null without an export. */
    QAction* exportAction() const { return m_export; }
    /** True when list and detail take turns instead of standing side by side. */
    bool isNarrow() const { return m_narrow; }
    /** In the narrow layout: the detail fills the page (else the list does). */
    bool isDetailOpen() const { return m_narrow && m_detailOpen; }
    /** "Back to the list" (Esc), enabled while the narrow layout shows the detail. */
    QAction* backAction() const { return m_back; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /** Call from the subclass constructor: the filter bar above the list and the detail pane. */
    void setUpPanes(QWidget* filterBar, QWidget* detail);
    /**
     * The filter bar's text field, named @p objectName: the filter icon, a clear button, @p placeholder;
     * @p accessibleName, when given, for screen readers.
     */
    static QLineEdit* filterField(
        const QString& objectName, const QString& placeholder, const QString& accessibleName = {});
    /** Call when the database changed: @p model replaces the previous one (deleted). */
    void setModel(PagedListModel* model);
    PagedListModel* model() const { return m_model; }
    /** Call after replacing the splitter's first pane (the match board): a narrow page shows one side again. */
    void panesChanged();

    /** The sort order of the first column on first use. */
    virtual Qt::SortOrder defaultSortOrder() const { return Qt::AscendingOrder; }
    /** A column's width on first use (later the user's width is remembered). */
    virtual int defaultColumnWidth(int column) const { return column == 0 ? 260 : 120; }
    /**
     * For defaultColumnWidth(): wide enough for @p column's header and every label of @p list in the
     * language shown ("Abgeschlossen" whole, not "Abgeschlos…"), at most @p most px.
     */
    int widthForLabels(int column, vocab::List list, int most = 240) const;
    /** Shows @p id (0: nothing) in the detail pane. */
    virtual void showDetail(Id id) = 0;
    /** Enter or double-click on a row. */
    virtual void editItem(Id id) { Q_UNUSED(id); }
    /** Delete on a row. */
    virtual void removeItem(Id id) { Q_UNUSED(id); }
    /**
     * For removeItem(): asks @p question (titled @p title, "No" the default), then deletes with
     * @p remove, whose error is shown under the same title. True when it deleted (the detail is
     * empty then; the page says which record changed).
     */
    bool confirmDeletion(const QString& title, const QString& question, const std::function<bool(QString*)>& remove);
    /** "Noch keine … Strg+N legt … an." for an empty list, or the text for an empty filter result. */
    virtual QString emptyText(bool filtered) const = 0;
    /** True when a filter of the page narrows the list. */
    virtual bool isFiltered() const = 0;
    /** Called when showItem()'s row is not in the filtered list: clear the filters, true if any. */
    virtual bool clearFilters() { return false; }
    /** What "Export list …" writes: the list and its current filter; nothing for a page without an export. */
    virtual std::optional<exports::Selection> exportSelection() const { return std::nullopt; }

private:
    /** The list: keys, clicks and the empty state over it. */
    void createView();
    /** The line that says a list could not be read, with "Try again". */
    QWidget* createFailureBar();
    /** The row count and "Export list …" below the list. */
    QLayout* createBottomBar();
    /** @p detail with the way back to the list above it (shown on a narrow page). */
    QWidget* createDetailPane(QWidget* detail);
    void updateStatus();
    void onLocated(Id id, int row);
    void showLoadFailure(const QString& message);
    /** The splitter's first pane: the list with its filter bar (or what a page put in its place). */
    QWidget* listSide() const;
    /** The page width below which list and detail take turns. */
    int narrowBelow() const;
    void setNarrow(bool narrow);
    /** Narrow layout: the detail (true) or the list (false) fills the page. */
    void openDetail(bool open);
    /** The columns fitted to the list's width, while the user has set none (see m_fitColumns). */
    void fitColumns();

    Session& m_session;
    QString m_settingsKey;
    QSplitter* m_splitter = nullptr;
    QWidget* m_detailPane = nullptr;
    QWidget* m_backBar = nullptr;
    QToolButton* m_backButton = nullptr;
    QAction* m_back = nullptr;
    QByteArray m_wideState; ///< the splitter as it was side by side, while narrow
    bool m_narrow = false;
    bool m_detailOpen = false;
    QTreeView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_export = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_failure = nullptr;
    QLabel* m_failureText = nullptr;
    PagedListModel* m_model = nullptr;
    Id m_pendingId = 0;
    Id m_relocatedId = 0; ///< located again after reading a list that was older than the data
    Id m_shownId = 0;
    bool m_fitColumns = false; ///< no widths saved, none set by the user: the columns fit the list
    bool m_fitting = false; ///< the program, not the user, is setting widths
    mutable QSet<int> m_labelColumns; ///< columns of a list's labels (widthForLabels): kept whole
};

} // namespace kmuni
