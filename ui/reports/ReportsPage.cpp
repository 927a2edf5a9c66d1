// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "FiledReportsPanel.h"

#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "db/Database.h"
#include "io/PrintPreview.h"
#include "io/PrivateFile.h"
#include "matches/MatchRepository.h"
#include "widgets/BackgroundTask.h"
#include "widgets/DateEdit.h"
#include "widgets/FlowLayout.h"
#include "widgets/ReadErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

enum Role
{
    IndicatorIndexRole = Qt::UserRole + 1,
};

enum Column
{
    LabelColumn,
    ValueColumn,
    CodeColumn,
    ReferenceColumn,
};

QString fileSuffix(reports::Format format)
{
    switch (format) {
    case reports::Format::Pdf:
        return u"pdf"_s;
    case reports::Format::Xlsx:
        return u"xlsx"_s;
    case reports::Format::Csv:
        return u"csv"_s;
    }
    return {};
}

} // namespace

ReportsPage::ReportsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(u"reportsPage"_s);
    QWidget* bar = createPeriodBar();
    createSummary();
    createIndicatorTree();
    QSplitter* splitter = createFiledPanel();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_sinceFiled);
    layout->addWidget(splitter, 1);

    connectActions();
    applyChoice();
    showReport();
    m_filed->reload();
}

QWidget* ReportsPage::createPeriodBar()
{
    m_choice = new QComboBox;
    m_choice->setObjectName(u"periodChoice"_s);
    m_choice->addItems({tr("Current quarter"), tr("Previous quarter"), tr("This year"), tr("Last year"),
        tr("Whole approved period"), tr("Custom period")});
    m_from = new DateEdit;
    m_from->setObjectName(u"reportFrom"_s);
    m_to = new DateEdit;
    m_to->setObjectName(u"reportTo"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] { m_choice->setCurrentIndex(Custom); });
    }
    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_choice);
    m_build = new QPushButton(Icons::get(u"refresh"_s), tr("&Build report"));
    m_build->setObjectName(u"buildReportButton"_s);
    m_build->setToolTip(tr("Counts the period again (F5)"));
    m_pdf = new QPushButton(Icons::get(u"pdf"_s), tr("P&DF …"));
    m_pdf->setObjectName(u"exportPdfButton"_s);
    m_xlsx = new QPushButton(Icons::get(u"spreadsheet"_s), tr("E&xcel …"));
    m_xlsx->setObjectName(u"exportXlsxButton"_s);
    m_csv = new QPushButton(Icons::get(u"csv"_s), tr("&CSV …"));
    m_csv->setObjectName(u"exportCsvButton"_s);
    m_print = new QPushButton(Icons::get(u"print"_s), tr("P&rint …"));
    m_print->setObjectName(u"printReportButton"_s);
    m_pdf->setToolTip(tr("The whole report with cover page, indicators, chart and evidence lists"));
    m_xlsx->setToolTip(tr("One sheet per part, with real dates and numbers (XLSX)"));
    m_csv->setToolTip(tr("The indicators as code;label;value for German Excel"));

    m_file = new QPushButton(Icons::get(u"report-file"_s), tr("&File as submitted …"));
    m_file->setObjectName(u"fileReportButton"_s);
    m_file->setToolTip(tr("Keep this report as handed in to the funding body: read-only, exported later byte for "
                          "byte, and later reports of the period show what changed since"));

    // The period and the ways out in two groups, side by side or, on a narrow window, one above the other.
    const auto group = [](const QList<QWidget*>& widgets) {
        auto* box = new QWidget;
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets) {
            layout->addWidget(w);
        }
        return box;
    };
    auto* bar = new QWidget;
    bar->setObjectName(u"reportBar"_s);
    auto* flow = new FlowLayout(bar);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->setSpacing(12);
    flow->addWidget(group({periodLabel, m_choice, m_from, new QLabel(tr("to")), m_to, m_build}));
    flow->addWidget(group({m_pdf, m_xlsx, m_csv, m_print, m_file}));
    return bar;
}

void ReportsPage::createSummary()
{
    m_summary = new QLabel;
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel;
    m_notes->setObjectName(u"reportNotes"_s);
    m_notes->setWordWrap(true);
}

void ReportsPage::createIndicatorTree()
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"indicatorTree"_s);
    m_tree->setHeaderLabels({tr("Indicator"), tr("Value"), tr("Code"), tr("EU indicator")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReferenceColumn, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("Enter or double-click: the rows behind the number"));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openRows(item); });
}

QSplitter* ReportsPage::createFiledPanel()
{
    // The filed reports, newest first.
    m_sinceFiled = new QLabel;
    m_sinceFiled->setObjectName(u"sinceFiled"_s);
    m_sinceFiled->setWordWrap(true);
    m_sinceFiled->setVisible(false);
    connect(m_sinceFiled, &QLabel::linkActivated, this,
        [this](const QString& link) { m_filed->showChanges(link.section(u':', 1).toLongLong()); });
    m_filed = new FiledReportsPanel(m_session);
    connect(m_filed, &FiledReportsPanel::showRequested, this, [this](Id id) { showFiled(id); });
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_filed);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void ReportsPage::connectActions()
{
    connect(m_choice, &QComboBox::activated, this, [this] { applyChoice(); });
    connect(m_build, &QPushButton::clicked, this, [this] { build(chosenPeriod()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(reports::Format::Pdf); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportAs(reports::Format::Xlsx); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(reports::Format::Csv); });
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printReport);
    connect(m_file, &QPushButton::clicked, this, &ReportsPage::askToFile);
    connect(&m_session, &Session::databaseChanged, this, [this] {
        m_report.reset();
        m_filedId = 0;
        m_built = false;
        m_filed->reload();
        applyChoice();
        showReport();
        if (isVisible()) {
            refresh();
        }
    });
    connect(&m_session, &Session::projectChanged, this, [this] {
        if (m_choice->currentIndex() == WholeProject) {
            applyChoice();
        }
    });
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return Icons::get(u"nav-reports"_s);
}

void ReportsPage::refresh()
{
    if (m_session.isOpen()) {
        build(chosenPeriod());
    }
}

void ReportsPage::focusMain()
{
    m_tree->setFocus();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!m_built && m_session.isOpen()) {
        m_built = true;
        // After the page is painted: the first report of the session builds when it is first looked at.
        QMetaObject::invokeMethod(
            this, [this] { refresh(); }, Qt::QueuedConnection);
    }
}

void ReportsPage::applyChoice()
{
    const QDate today = time::today();
    reports::Period p;
    switch (m_choice->currentIndex()) {
    case CurrentQuarter:
        p = reports::Period::quarterOf(today);
        break;
    case PreviousQuarter:
        p = reports::Period::previousQuarterOf(today);
        break;
    case ThisYear:
        p = reports::Period::yearOf(today);
        break;
    case LastYear:
        p = reports::Period::yearOf(today.addYears(-1));
        break;
    case WholeProject:
        if (m_session.isOpen() && m_session.project().hasApprovedPeriod()) {
            p = {m_session.project().approvedFrom, m_session.project().approvedTo};
        } else {
            p = reports::Period::yearOf(today);
        }
        break;
    default:
        return;
    }
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(p.from);
    m_to->setDate(p.to);
}

reports::Period ReportsPage::chosenPeriod() const
{
    return {m_from->date(), m_to->date()};
}

bool ReportsPage::build(const reports::Period& period)
{
    if (!m_session.isOpen()) {
        return false;
    }
    if (!period.isValid()) {
        QMessageBox::information(this, tr("EFRE report"),
            tr("The period ends (%1) before it starts (%2).").arg(format::date(period.to), format::date(period.from)));
        m_to->setFocus();
        return false;
    }
    Result<reports::EfreReport> built;
    QString error;
    const bool ran = runInBackground(
        this, tr("EFRE report"), tr("Counting the period …"), m_session.db().path(),
        [&](Database& db, const TaskContext& context) {
            built = reports::EfreReport::build(db, period, context.progress);
        },
        &error, Access::Read);
    if (!ran || built.failed()) {
        // No report rather than one with lower numbers: the last good one is no longer shown either.
        m_report.reset();
        showReport();
        QMessageBox::warning(this, tr("EFRE report"),
            ran ? tr("The report cannot be built: the database could not be read (%1).").arg(built.error()) : error);
        return false;
    }
    if (!built) {
        return false; // cancelled
    }
    m_report = std::move(*built);
    m_filedId = 0;
    showReport();
    // Filed before for the same period: what changed since, in one line.
    m_sinceFiled->setVisible(false);
    const auto filed = orEmpty(reports::FiledReports(m_session.db()).forPeriod(period), this);
    if (!filed.isEmpty()) {
        const reports::FiledReport& last = filed.first();
        const auto changes = reports::FiledReports(m_session.db()).changesSince(last.id, *m_report);
        if (changes) {
            m_sinceFiled->setText((changes->isEmpty()
                    ? tr("Filed as \"%1\" on %2: nothing changed since.")
                          .arg(last.title.toHtmlEscaped(), format::dateTime(last.filedAt))
                    : tr("Filed as \"%1\" on %2. Since then %3 and %4. <a href=\"changes:%5\">Show the "
                         "changes</a>")
                          .arg(last.title.toHtmlEscaped(), format::dateTime(last.filedAt),
                              tr("%n number(s) changed", nullptr, int(changes->indicators.size())),
                              tr("%n activity or match change(s) were logged", nullptr, int(changes->entries.size())))
                          .arg(last.id)));
            m_sinceFiled->setStyleSheet(changes->isEmpty() ? QString() : u"color: #b35900;"_s);
            m_sinceFiled->setVisible(true);
        } else {
            reportReadError(this, changes.error());
        }
    }
    return true;
}

void ReportsPage::showReport()
{
    const bool has = m_report.has_value();
    for (QPushButton* button : {m_pdf, m_xlsx, m_csv, m_print, m_file}) {
        button->setEnabled(has);
    }
    // A filed report: exported as filed; printed from its PDF, not from today's evidence.
    m_print->setEnabled(has && m_filedId == 0);
    m_file->setEnabled(has && m_filedId == 0);
    m_build->setEnabled(m_session.isOpen());
    m_tree->clear();
    if (!has) {
        m_summary->setText(
            m_session.isOpen() ? tr("Choose a period and build the report (F5).") : tr("No database open."));
        m_notes->clear();
        return;
    }
    const reports::EfreReport& r = *m_report;
    const QString project
        = r.project.name.isEmpty() ? tr("(project name not set: Extras › Project and funding)") : r.project.name;
    if (m_filedId > 0) {
        const auto filed = found(reports::FiledReports(m_session.db()).find(m_filedId), this);
        m_sinceFiled->setVisible(false);
        m_summary->setText(tr("<b>Filed report \"%1\"</b>, as handed in: filed %2 by %3 · period %4 – %5 · "
                              "fingerprint <tt>%6</tt>. The exports write its files as filed.")
                               .arg(filed ? filed->title.toHtmlEscaped() : QString(),
                                   filed ? format::dateTime(filed->filedAt) : QString(),
                                   filed ? filed->filedBy.toHtmlEscaped() : QString(), format::date(r.requested.from),
                                   format::date(r.requested.to), r.fingerprint().left(16)));
    } else {
        m_summary->setText(tr("<b>%1</b> · %2 · period %3 – %4 · built %5 · fingerprint <tt>%6</tt>")
                               .arg(project.toHtmlEscaped(), r.project.fundingReference.toHtmlEscaped(),
                                   format::date(r.requested.from), format::date(r.requested.to),
                                   format::dateTime(r.generatedAt), r.fingerprint().left(16)));
    }
    QStringList notes;
    for (const QString& note : r.notes) {
        notes << note.toHtmlEscaped();
    }
    m_notes->setText(notes.join(u"<br>"_s));
    m_notes->setStyleSheet(r.excludedEvents > 0 || !r.counted.isValid() ? u"color: #b35900;"_s : QString());

    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem* group = nullptr;
    QTreeWidgetItem* total = nullptr;
    for (int i = 0; i < r.indicators.size(); ++i) {
        const reports::Indicator& indicator = r.indicators[i];
        if (!group || group->text(LabelColumn) != indicator.group) {
            group = new QTreeWidgetItem(m_tree, {indicator.group});
            group->setFont(LabelColumn, bold);
            group->setFirstColumnSpanned(true);
            total = nullptr;
        }
        QTreeWidgetItem* parent = indicator.level > 0 && total ? total : group;
        const QString value = indicator.isTime() ? tr("%1 h").arg(format::hoursMinutes(indicator.value))
                                                 : format::number(indicator.value);
        auto* item = new QTreeWidgetItem(parent, {indicator.label, value, indicator.code, indicator.reference});
        item->setData(LabelColumn, IndicatorIndexRole, i);
        item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(LabelColumn, indicator.label);
        if (indicator.level == 0) {
            item->setFont(LabelColumn, bold);
            item->setFont(ValueColumn, bold);
            total = item;
        }
        if (indicator.rows.isEmpty()) {
            item->setForeground(ValueColumn, palette().brush(QPalette::PlaceholderText));
        }
    }
    // Totals open; the long breakdowns of matches stay folded.
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        top->setExpanded(true);
        for (int c = 0; c < top->childCount(); ++c) {
            const QString code = top->child(c)->text(CodeColumn);
            top->child(c)->setExpanded(!code.startsWith(u"MATCH_"_s));
        }
    }
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    }
}

void ReportsPage::openRows(QTreeWidgetItem* item)
{
    if (!m_report || !item || !item->data(LabelColumn, IndicatorIndexRole).isValid()) {
        return;
    }
    const reports::Indicator& indicator = m_report->indicators.at(item->data(LabelColumn, IndicatorIndexRole).toInt());
    if (indicator.rows.isEmpty()) {
        return;
    }
    constexpr int limit = 5000;
    const QList<reports::RowLine> lines = orEmpty(reports::describe(m_session.db(), indicator.rows, limit), this);
    QDialog dialog(this);
    dialog.setObjectName(u"indicatorRowsDialog"_s);
    dialog.setWindowTitle(tr("%1: %2").arg(indicator.code, item->text(ValueColumn)));
    auto* heading = new QLabel(u"<b>"_s + indicator.label.toHtmlEscaped() + u"</b>"_s
        + (indicator.rows.size() > limit ? u"<br>"_s
                    + tr("The first %1 of %2 rows.").arg(format::number(limit), format::number(indicator.rows.size()))
                                         : QString()));
    heading->setWordWrap(true);
    auto* list = new QTreeWidget;
    list->setObjectName(u"indicatorRows"_s);
    list->setHeaderLabels({tr("Name"), tr("Details")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const reports::RowLine& line : lines) {
        auto* row = new QTreeWidgetItem(list, {line.title, line.detail});
        row->setData(0, Qt::UserRole, int(line.ref.kind));
        row->setData(0, Qt::UserRole + 1, line.ref.id);
    }
    list->setCurrentItem(list->topLevelItem(0));
    auto* hint = new QLabel(tr("Enter or double-click opens the row."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QTreeWidget::itemActivated, &dialog, [this, &dialog](QTreeWidgetItem* row) {
        const auto kind = reports::RowKind(row->data(0, Qt::UserRole).toInt());
        Id id = row->data(0, Qt::UserRole + 1).toLongLong();
        if (kind == reports::RowKind::Staff) {
            return; // staff members have no page of their own
        }
        EntityKind entity = kind;
        if (kind == reports::RowKind::Match) {
            // Matches show on their company's page.
            const auto match = MatchRepository(m_session.db()).find(id);
            if (!match) {
                return;
            }
            entity = EntityKind::Organisation;
            id = match->companyId;
        }
        dialog.accept();
        m_session.show(entity, id);
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(heading);
    layout->addWidget(list, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}

bool ReportsPage::exportTo(const QString& path, reports::Format format, QString* error)
{
    if (!m_report || !m_session.isOpen()) {
        return false;
    }
    if (m_filedId > 0) {
        // Byte for byte as filed.
        const auto bytes = reports::FiledReports(m_session.db()).bytes(m_filedId, format);
        if (!bytes) {
            if (error) {
                *error = bytes.error();
            }
            return false;
        }
        return io::writePrivateFile(path, *bytes, error);
    }
    bool written = false;
    bool cancelled = false;
    const reports::EfreReport& report = *m_report;
    const bool ran = runInBackground(
        this, tr("EFRE report"), tr("Writing %1 …").arg(QDir::toNativeSeparators(path)), m_session.db().path(),
        [&](Database& db, const TaskContext& context) {
            written = reports::write(db, report, path, format, error, [&](int done, int total) {
                cancelled = !context.progress(done, total);
                return !cancelled;
            });
        },
        error, Access::Read);
    if (cancelled && error) {
        error->clear(); // the user's choice, not a failure
    }
    return ran && written && !cancelled;
}

void ReportsPage::exportAs(reports::Format format)
{
    if (!m_report) {
        return;
    }
    const QString suffix = fileSuffix(format);
    const QString filter = format == reports::Format::Pdf ? tr("PDF files (*.pdf)")
        : format == reports::Format::Xlsx                 ? tr("Excel workbooks (*.xlsx)")
                                                          : tr("CSV files (*.csv)");
    const QString name
        = tr("EFRE report %1 to %2")
              .arg(m_report->requested.from.toString(Qt::ISODate), m_report->requested.to.toString(Qt::ISODate));
    const QString path = askSaveFileName(this, tr("Export the EFRE report"), name, suffix, filter);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportTo(path, format, &error) && !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export the EFRE report"), error);
    }
}

void ReportsPage::printReport()
{
    if (!m_report || m_filedId > 0) {
        return;
    }
    const reports::EfreReport& report = *m_report;
    showPrintPreview(this, tr("EFRE report: print preview"), tr("EFRE report"),
        [&](QPrinter* printer) { reports::print(m_session.db(), report, printer); });
}

bool ReportsPage::fileReport(const reports::Period& period, const QString& title)
{
    if (!m_session.isOpen()) {
        return false;
    }
    Result<reports::FiledReport> filed;
    QString error;
    const bool ran = runInBackground(
        this, tr("File the EFRE report"), tr("Counting the period and writing its files …"), m_session.db().path(),
        [&](Database& db, const TaskContext& context) {
            filed = reports::FiledReports(db).file(period, title, context.progress);
        },
        &error, Access::Write);
    if (!ran || filed.failed()) {
        QMessageBox::warning(
            this, tr("File the EFRE report"), tr("The report was not filed: %1").arg(ran ? filed.error() : error));
        return false;
    }
    if (!filed) {
        return false; // cancelled
    }
    m_filed->reload();
    return showFiled(filed->id);
}

void ReportsPage::askToFile()
{
    if (!m_report || m_filedId > 0) {
        return;
    }
    const reports::Period period = m_report->requested;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("File as submitted"),
        tr("The report %1 – %2 is kept as handed in to the funding body, read-only, with its PDF, Excel and CSV "
           "files. It is counted again now, from the data as it is at this moment.\n\nName:")
            .arg(format::date(period.from), format::date(period.to)),
        QLineEdit::Normal, tr("Interim report"), &ok)
                              .simplified();
    if (!ok) {
        return;
    }
    if (title.isEmpty()) {
        QMessageBox::information(this, tr("File as submitted"), tr("Give the filed report a name."));
        return;
    }
    fileReport(period, title);
}

bool ReportsPage::showFiled(Id id)
{
    auto report = reports::FiledReports(m_session.db()).report(id);
    if (!report) {
        if (report.failed()) {
            QMessageBox::warning(this, tr("Filed report"), report.error());
        }
        return false;
    }
    m_report = std::move(*report);
    m_filedId = id;
    showReport();
    return true;
}

QTreeWidget* ReportsPage::filedList() const
{
    return m_filed->list();
}

QStringList ReportsPage::changesText(Id id)
{
    return m_filed->changesText(id);
}

} // namespace kmuni
