// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

constexpr int FieldColumn = 2;

QString settingsKey(const QStringList& header)
{
    return u"import/mapping/"_s + import::headerKey(header);
}

} // namespace

ImportMappingDialog::ImportMappingDialog(
    const QString& fileName, const ImportPreview& preview, QWidget* parent, import::Target target)
    : QDialog(parent)
    , m_preview(preview)
    , m_target(target)
{
    setWindowTitle(target == import::Target::Persons ? tr("Import contact persons: columns")
                                                     : tr("Import organisations: columns"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b> has %n row(s). Choose for each column what it holds; a column set to "
                                "\"(not taken over)\" is left out and named in the report.",
                                 nullptr, preview.rows)
                                 .arg(fileName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(preview.header.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Take over as")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    const QList<import::Field> choices = import::choosable(target);
    for (int i = 0; i < preview.header.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(preview.header[i]));
        QStringList samples;
        for (const QStringList& row : preview.sample) {
            const QString value = row.value(i).simplified();
            if (!value.isEmpty() && !samples.contains(value)) {
                samples << value;
            }
        }
        auto* sample = new QTableWidgetItem(samples.mid(0, 3).join(u" · "_s));
        sample->setToolTip(samples.join(u'\n'));
        m_table->setItem(i, 1, sample);
        auto* combo = new QComboBox(m_table);
        const import::Field detected = preview.mapping.value(i).field;
        if (detected == import::Field::Type || detected == import::Field::Redundant) {
            combo->addItem(import::label(detected), int(detected));
        }
        for (const import::Field f : choices) {
            combo->addItem(import::label(f), int(f));
        }
        combo->setCurrentIndex(combo->findData(int(detected)));
        combo->setAccessibleName(tr("Take over column %1 as").arg(preview.header[i]));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingDialog::updateSummary);
        m_table->setCellWidget(i, FieldColumn, combo);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    // Outlook writes some ninety columns, most of them empty: those are hidden unless asked for.
    const qsizetype empty = std::count(preview.values.cbegin(), preview.values.cend(), 0);
    auto* showEmpty = new QCheckBox(tr("Show the %n column(s) without values", nullptr, int(empty)), this);
    showEmpty->setObjectName(u"showEmptyColumns"_s);
    showEmpty->setVisible(empty > 0);
    const auto showRows = [this, showEmpty] {
        for (int i = 0; i < m_table->rowCount(); ++i) {
            m_table->setRowHidden(i, !showEmpty->isChecked() && m_preview.values.value(i, 1) == 0);
        }
    };
    connect(showEmpty, &QCheckBox::toggled, this, showRows);
    showRows();
    layout->addWidget(showEmpty);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Check the rows"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportMappingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportMappingDialog::reject);
    layout->addWidget(m_buttons);
    resize(860, 560);
    updateSummary();
}

kmuni::import::Mapping ImportMappingDialog::mapping() const
{
    import::Mapping mapping = m_preview.mapping;
    mapping.resize(m_preview.header.size());
    for (int i = 0; i < mapping.size(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(i, FieldColumn));
        const auto field = import::Field(combo->currentData().toInt());
        if (field != mapping[i].field) {
            mapping[i] = {field, -1};
        }
    }
    return mapping;
}

void ImportMappingDialog::updateSummary()
{
    const import::Mapping chosen = mapping();
    int ignored = 0; // columns with values that are left out
    for (int i = 0; i < chosen.size(); ++i) {
        ignored += chosen[i].field == import::Field::Ignore && m_preview.values.value(i, 1) > 0 ? 1 : 0;
    }
    // What is left out is greyed, so that what is taken over stands out.
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor normal = palette().color(QPalette::Active, QPalette::Text);
    for (int i = 0; i < chosen.size(); ++i) {
        const bool left = chosen[i].field == import::Field::Ignore || chosen[i].field == import::Field::Type
            || chosen[i].field == import::Field::Redundant;
        for (int column = 0; column < 2; ++column) {
            m_table->item(i, column)->setForeground(left ? muted : normal);
        }
    }
    const bool names
        = m_target == import::Target::Persons ? import::namesPersons(chosen) : import::namesOrganisations(chosen);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(names);
    m_summary->setText(names ? tr("%n column(s) with values will not be taken over.", nullptr, ignored)
            : m_target == import::Target::Persons ? tr("Choose the column that holds the last name or the full name.")
                                                  : tr("Choose the column that holds the organisation's name."));
}

void ImportMappingDialog::accept()
{
    remember(m_preview.header, mapping());
    QDialog::accept();
}

kmuni::import::Mapping ImportMappingDialog::remembered(const QStringList& header, const import::Mapping& detected)
{
    const QStringList codes = QSettings().value(settingsKey(header)).toStringList();
    if (codes.size() != header.size()) {
        return detected;
    }
    import::Mapping mapping = detected;
    for (int i = 0; i < codes.size(); ++i) {
        const import::Field field = import::fromCode(codes[i]);
        if (field != mapping[i].field) {
            mapping[i] = {field, -1};
        }
    }
    return mapping;
}

void ImportMappingDialog::remember(const QStringList& header, const import::Mapping& mapping)
{
    QStringList codes;
    for (const import::Column& c : mapping) {
        codes << import::code(c.field);
    }
    QSettings().setValue(settingsKey(header), codes);
}

} // namespace kmuni
