// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"
#include "reports/EfreReport.h"
#include "reports/EfreWriters.h"
#include "reports/FiledReports.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace kmuni {

class FiledReportsPanel;

/**
 * Berichte: the EFRE report for a period on screen: each indicator with its value, each value
 * opening the rows behind it, and the exports (PDF, Excel, CSV) and the print preview. Below, the
 * filed reports (as handed in): shown, exported byte for byte, and what changed since.
 */
class ReportsPage final : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    void focusMain() override;

    /** Builds the report for @p period (in the background, with progress); false when cancelled. */
    bool build(const reports::Period& period);
    const std::optional<reports::EfreReport>& report() const { return m_report; }
    QTreeWidget* indicatorTree() const { return m_tree; }
    /** Writes the current report to @p path (no file dialog); false with @p error on failure. */
    bool exportTo(const QString& path, reports::Format format, QString* error);
    /** Files the report of @p period as @p title (in the background); false when it was not filed. */
    bool fileReport(const reports::Period& period, const QString& title);
    /** Shows filed report @p id instead of a built one (exports then write its files as filed). */
    bool showFiled(Id id);
    /** The filed report shown, 0 when the report shown is built from the data now. */
    Id shownFiled() const { return m_filedId; }
    QTreeWidget* filedList() const;
    /** The changes since filed report @p id against the report of its period now, as text lines. */
    QStringList changesText(Id id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum Choice
    {
        CurrentQuarter,
        PreviousQuarter,
        ThisYear,
        LastYear,
        WholeProject,
        Custom
    };
    QWidget* createPeriodBar();
    void createSummary();
    void createIndicatorTree();
    QSplitter* createFiledPanel();
    void connectActions();
    void applyChoice();
    reports::Period chosenPeriod() const;
    void showReport();
    void openRows(QTreeWidgetItem* item);
    void exportAs(reports::Format format);
    void printReport();
    void askToFile();

    Session& m_session;
    QComboBox* m_choice = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_build = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_notes = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_file = nullptr;
    FiledReportsPanel* m_filed = nullptr;
    QLabel* m_sinceFiled = nullptr;
    std::optional<reports::EfreReport> m_report;
    Id m_filedId = 0;
    bool m_built = false;
};

} // namespace kmuni
