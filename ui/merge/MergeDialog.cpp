// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include "Icons.h"
#include "merge/OrganisationMerge.h"
#include "merge/PersonMerge.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

/** A value as a radio button's text: one line, not too long; the whole value in the tooltip. */
QString shortText(const QString& value)
{
    const QString line = value.simplified();
    return line.size() > 70 ? line.left(69) + u'…' : line;
}

} // namespace

MergeDialog::MergeDialog(Database& db, Kind kind, Id keep, Id other, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(kind)
    , m_keep(keep)
    , m_other(other)
{
    setObjectName(u"mergeDialog"_s);
    setWindowTitle(kind == Kind::Persons ? tr("Merge duplicate contact persons") : tr("Merge duplicate organisations"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(u"mergeTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    auto* explanation = new QLabel(tr("The record on the left stays. For each field that differs, choose the value "
                                      "it keeps. Everything linked to the record on the right moves over; then that "
                                      "record is deleted."));
    explanation->setWordWrap(true);
    auto* swap = new QPushButton(Icons::get(u"refresh"_s), tr("&Swap: keep the other one"));
    swap->setObjectName(u"swapButton"_s);
    swap->setAutoDefault(false);
    connect(swap, &QPushButton::clicked, this, &MergeDialog::swapSides);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(swap, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(explanation);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    m_error = new QLabel;
    m_error->setObjectName(u"mergeError"_s);
    m_error->setWordWrap(true);
    // Red is for meaning only: this went wrong.
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_confirm = new QCheckBox;
    m_confirm->setObjectName(u"confirmMerge"_s);
    layout->addWidget(m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_mergeButton = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(u"mergeButton"_s);
    m_mergeButton->setIcon(Icons::get(u"delete"_s));
    // A destructive action is never the default: Enter does not merge.
    m_mergeButton->setAutoDefault(false);
    m_mergeButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirm, &QCheckBox::toggled, m_mergeButton, &QPushButton::setEnabled);
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeDialog::mergeNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 540);
    load();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::load()
{
    const auto plan = m_kind == Kind::Persons ? PersonMerge(m_db).plan(m_keep, m_other)
                                              : OrganisationMerge(m_db).plan(m_keep, m_other);
    m_loadError = plan.failed() ? plan.error() : QString();
    m_plan = plan.valueOr({});
    rebuild();
}

void MergeDialog::rebuild()
{
    m_groups.clear();
    while (QLayoutItem* item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_title->setText(tr("“%1” goes into “%2”").arg(m_plan.otherName, m_plan.keepName));
    m_confirm->setChecked(false);
    m_confirm->setText(tr("I understand: “%1” (no. %2) is deleted after the merge. This cannot be undone.")
                           .arg(m_plan.otherName)
                           .arg(m_plan.otherId));
    const bool usable = m_loadError.isEmpty() && !m_plan.refused();
    m_confirm->setEnabled(usable);
    if (!usable) {
        m_error->setText(m_loadError.isEmpty() ? m_plan.refusal : m_loadError);
        m_error->show();
        return;
    }

    auto* fields = new QGroupBox(tr("Fields"));
    auto* grid = new QGridLayout(fields);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto* stays = new QLabel(tr("Stays: %1 (no. %2)").arg(m_plan.keepName).arg(m_plan.keepId));
    auto* goes = new QLabel(tr("Goes: %1 (no. %2)").arg(m_plan.otherName).arg(m_plan.otherId));
    for (QLabel* header : {stays, goes}) {
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setWordWrap(true);
    }
    grid->addWidget(stays, 0, 1);
    grid->addWidget(goes, 0, 2);
    int row = 1;
    int same = 0;
    for (const merge::Field& f : m_plan.fields) {
        if (!f.differs()) {
            ++same;
            continue;
        }
        auto* label = new QLabel(f.label);
        auto* group = new QButtonGroup(fields);
        const merge::Side side = m_chosen.value(f.key, f.defaultSide);
        int column = 1;
        for (const auto& [which, text] :
            {std::pair{merge::Side::Keep, f.keepText}, std::pair{merge::Side::Other, f.otherText}}) {
            auto* radio = new QRadioButton(text.trimmed().isEmpty() ? tr("(empty)") : shortText(text));
            radio->setObjectName(f.key + (which == merge::Side::Keep ? u"Keep"_s : u"Other"_s));
            radio->setToolTip(text);
            radio->setAccessibleName(tr("%1: %2").arg(f.label, text.trimmed().isEmpty() ? tr("(empty)") : text));
            radio->setChecked(which == side);
            if (text.trimmed().isEmpty()) {
                QPalette palette = radio->palette();
                palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
                radio->setPalette(palette);
            }
            group->addButton(radio, which == merge::Side::Keep ? 0 : 1);
            grid->addWidget(radio, row, column++);
        }
        if (column == 3) {
            label->setBuddy(group->button(side == merge::Side::Keep ? 0 : 1));
        }
        connect(group, &QButtonGroup::idClicked, this,
            [this, key = f.key](int id) { m_chosen.insert(key, id == 0 ? merge::Side::Keep : merge::Side::Other); });
        grid->addWidget(label, row, 0);
        m_groups.append({f.key, group});
        ++row;
    }
    if (row == 1) {
        grid->addWidget(new QLabel(tr("Both records have the same values.")), row++, 0, 1, 3);
    }
    if (same > 0 && row > 1) {
        auto* rest = new QLabel(tr("%n other field(s) are the same in both.", nullptr, same));
        rest->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(rest, row++, 0, 1, 3);
    }
    m_contentLayout->addWidget(fields);

    auto* moves = new QGroupBox(tr("What moves to “%1”").arg(m_plan.keepName));
    auto* movesLayout = new QVBoxLayout(moves);
    if (m_plan.moves.isEmpty()) {
        movesLayout->addWidget(new QLabel(tr("Nothing is linked to “%1”.").arg(m_plan.otherName)));
    }
    for (const merge::Move& m : m_plan.moves) {
        auto* line = new QLabel(tr("%1: %2").arg(m.label).arg(m.count));
        line->setObjectName(u"move_"_s + m.kind);
        movesLayout->addWidget(line);
    }
    for (const QString& note : m_plan.notes) {
        auto* line = new QLabel(note);
        line->setWordWrap(true);
        line->setForegroundRole(QPalette::PlaceholderText);
        movesLayout->addWidget(line);
    }
    m_contentLayout->addWidget(moves);
    m_contentLayout->addStretch(1);
    if (!m_groups.isEmpty()) {
        setTabOrder(m_groups.constLast().second->checkedButton(), m_confirm);
    }
}

merge::Choices MergeDialog::choices() const
{
    merge::Choices result;
    for (const auto& [key, group] : m_groups) {
        result.insert(key, group->checkedId() == 1 ? merge::Side::Other : merge::Side::Keep);
    }
    return result;
}

void MergeDialog::swapSides()
{
    std::swap(m_keep, m_other);
    // Whose value a field had is kept: KEEP's choice becomes OTHER's.
    for (auto it = m_chosen.begin(); it != m_chosen.end(); ++it) {
        it.value() = it.value() == merge::Side::Keep ? merge::Side::Other : merge::Side::Keep;
    }
    m_error->hide();
    load();
}

void MergeDialog::mergeNow()
{
    if (!m_confirm->isChecked()) {
        return;
    }
    QString error;
    merge::Outcome outcome = merge::Outcome::Failed;
    const merge::Request request = merge::Request::from(m_plan, choices());
    const bool merged = m_kind == Kind::Persons ? PersonMerge(m_db).merge(request, &error, &outcome)
                                                : OrganisationMerge(m_db).merge(request, &error, &outcome);
    if (merged) {
        accept();
        return;
    }
    if (outcome == merge::Outcome::Conflict) {
        // Show what is there now; the user checks the choices and confirms again.
        m_chosen = choices();
        load();
        error = tr("One of the two records was changed meanwhile (in another window, on another computer or from "
                   "the command line). Nothing was merged. The current values are shown: check your choices and "
                   "merge again.");
    }
    m_error->setText(error);
    m_error->show();
}

bool MergeDialog::run(QWidget* parent, Database& db, Kind kind, Id keep, Id other, Id* kept)
{
    MergeDialog dialog(db, kind, keep, other, parent);
    if (!dialog.loadError().isEmpty() || dialog.plan().refused()) {
        QMessageBox::information(
            parent, dialog.windowTitle(), dialog.loadError().isEmpty() ? dialog.plan().refusal : dialog.loadError());
        return false;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    if (kept) {
        *kept = dialog.plan().keepId;
    }
    return true;
}

} // namespace kmuni
