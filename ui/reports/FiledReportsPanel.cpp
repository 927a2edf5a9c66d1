// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiledReportsPanel.h"

#include "Session.h"
#include "common/Format.h"
#include "reports/FiledReports.h"
#include "widgets/ReadErrors.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {

FiledReportsPanel::FiledReportsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_list = new QTreeWidget;
    m_list->setObjectName(u"filedReports"_s);
    m_list->setHeaderLabels({tr("Filed report"), tr("Period"), tr("Filed"), tr("By"), tr("Fingerprint")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setToolTip(tr("Enter or double-click: show the report as it was filed"));
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { emit showRequested(item->data(0, Qt::UserRole).toLongLong()); });
    auto* showButton = m_showButton = new QPushButton(tr("&Show as filed"));
    showButton->setObjectName(u"showFiledButton"_s);
    auto* changesButton = m_changesButton = new QPushButton(tr("Changes &since filing …"));
    changesButton->setObjectName(u"filedChangesButton"_s);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FiledReportsPanel::updateButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FiledReportsPanel::updateButtons);
    connect(showButton, &QPushButton::clicked, this, [this] {
        if (const Id id = current()) {
            emit showRequested(id);
        }
    });
    connect(changesButton, &QPushButton::clicked, this, [this] {
        if (const Id id = current()) {
            showChanges(id);
        }
    });
    auto* title = new QLabel(u"<b>"_s + tr("Filed reports").toHtmlEscaped() + u"</b>"_s);
    title->setBuddy(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch();
    buttons->addWidget(showButton);
    buttons->addWidget(changesButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    updateButtons();
}

void FiledReportsPanel::updateButtons()
{
    // Both act on the selected filed report: without one (none filed yet, or none selected) they are off.
    const bool selected = current() > 0;
    m_showButton->setEnabled(selected);
    m_changesButton->setEnabled(selected);
}

Id FiledReportsPanel::current() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toLongLong() : Id(0);
}

void FiledReportsPanel::reload()
{
    m_list->clear();
    updateButtons(); // clearing the list tells nobody
    if (!m_session.isOpen()) {
        return;
    }
    for (const reports::FiledReport& f : orEmpty(reports::FiledReports(m_session.db()).list(), this)) {
        auto* item = new QTreeWidgetItem(m_list,
            {f.title, tr("%1 – %2").arg(format::date(f.period.from), format::date(f.period.to)),
                format::dateTime(f.filedAt), f.filedBy, f.fingerprint.left(16)});
        item->setData(0, Qt::UserRole, f.id);
        item->setToolTip(4, f.fingerprint);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QStringList FiledReportsPanel::changesText(Id id)
{
    reports::FiledReports filed(m_session.db());
    const auto report = found(filed.find(id), this);
    if (!report) {
        return {};
    }
    const auto now = reports::EfreReport::build(m_session.db(), report->period);
    if (!now) {
        reportReadError(this, now.error());
        return {};
    }
    const auto changes = filed.changesSince(id, *now);
    if (!changes) {
        reportReadError(this, changes.error());
        return {};
    }
    return reports::describe(*changes);
}

void FiledReportsPanel::showChanges(Id id)
{
    const QStringList lines = changesText(id);
    QDialog dialog(this);
    dialog.setObjectName(u"filedChangesDialog"_s);
    dialog.setWindowTitle(tr("Changes since filing"));
    auto* list = new QTreeWidget;
    list->setHeaderHidden(true);
    list->setRootIsDecorated(false);
    for (const QString& line : lines) {
        new QTreeWidgetItem(list, {line});
    }
    if (lines.isEmpty()) {
        new QTreeWidgetItem(list, {tr("Nothing changed since: the report of the period states the same.")});
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The numbers that differ from the filed report, and the activities and matches "
                                    "of its period logged, changed or deleted since it was filed:")));
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

} // namespace kmuni
