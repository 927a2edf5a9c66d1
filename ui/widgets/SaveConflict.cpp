// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveConflict.h"

#include "common/Validation.h"
#include "common/Vocabulary.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::SaveConflict)
};
// The fields as the forms name them (the keys of the records' toMap()).
constexpr std::pair<const char*, const char*> fieldLabels[] = {
    {"kind", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Kind")},
    {"parent_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "University")},
    {"name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Name")},
    {"short_name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Short name")},
    {"legal_form", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Legal form")},
    {"institute_type", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Type of institute")},
    {"sector", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Sector")},
    {"street", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Street")},
    {"postal_code", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Postal code")},
    {"city", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "City")},
    {"website", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Website")},
    {"phone", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Phone")},
    {"mobile", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Mobile")},
    {"email", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "E-mail")},
    {"employees", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Employees")},
    {"is_sme", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "SME")},
    {"is_pilot", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Pilot participant")},
    {"stage", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Stage")},
    {"responsible_staff_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Responsible")},
    {"needs", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Needs")},
    {"offers", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Offers")},
    {"notes", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Notes")},
    {"archived", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Archived")},
    {"archived_reason", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Reason for archiving")},
    {"organisation_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Organisation")},
    {"salutation", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Salutation")},
    {"title", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Title")},
    {"first_name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Last name")},
    {"function", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Function")},
    {"legal_basis", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Legal basis")},
    {"consent_date", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Consent date")},
    {"do_not_contact", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Do not contact")},
    {"type", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Type")},
    {"start", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Start")},
    {"duration_min", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Duration (min)")},
    {"location", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Location")},
    {"subject", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Topic")},
    {"minutes", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Minutes")},
    {"outcome", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Outcome")},
    {"time_spent_min", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Time spent (min)")},
    {"logged_by_staff_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Logged by")},
    {"participants", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Participants")},
    {"follow_ups", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Follow-ups")},
    {"company_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Company")},
    {"university_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "University or institute")},
    {"company_person_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Contact at the company")},
    {"university_person_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Contact at the university")},
    {"staff_id", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Staff member")},
    {"started_on", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Started on")},
    {"stage_changed_on", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Stage reached on")},
    {"graduates_hired", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Graduates hired")},
    {"events", QT_TRANSLATE_NOOP("kmuni::SaveConflict", "Linked activities")},
};

QString valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    }
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        return value.toStringList().join(u", "_s);
    }
    return value.toString();
}

/** @p text of the field @p key as the forms show it: phone numbers are stored as +492315550101. */
QString shownText(const QString& key, const QString& text)
{
    return key == u"phone"_s || key == u"mobile"_s ? phone::display(text) : text;
}

/**
 * One side of a field's row: a radio button and the value beside it, wrapped to the column's width (a radio
 * button's own text does not wrap, and a long note would make the dialog wider than the screen). A click anywhere
 * on the value chooses it, as a click on a radio button's text does; the keyboard works on the radio button.
 */
class ChoiceCell final : public QWidget
{
public:
    ChoiceCell(const QString& field, const QString& side, const QString& value, const QString& objectName)
        : m_radio(new QRadioButton)
        , m_value(new QLabel)
    {
        m_radio->setObjectName(objectName);
        const bool empty = value.trimmed().isEmpty();
        const QString shown = empty ? Tr::tr("(empty)") : value;
        // The whole value is in the tooltip; the cell shows enough to recognise it without one row filling the
        // dialog.
        m_value->setText(shown.size() > 300 ? shown.left(299) + u'…' : shown);
        m_value->setTextFormat(Qt::PlainText);
        m_value->setWordWrap(true);
        m_value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_value->setMinimumWidth(120);
        setToolTip(shown);
        if (empty) {
            m_value->setForegroundRole(QPalette::PlaceholderText);
        }
        m_radio->setAccessibleName(Tr::tr("%1, %2: %3").arg(field, side, shown));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 2, 0, 2);
        layout->addWidget(m_radio, 0, Qt::AlignTop);
        layout->addWidget(m_value, 1);
        QObject::connect(m_radio, &QRadioButton::toggled, this, [this](bool chosen) { showChosen(chosen); });
        showChosen(false);
    }

    QRadioButton* radio() const { return m_radio; }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
            m_radio->click();
            m_radio->setFocus(Qt::MouseFocusReason);
        }
        QWidget::mouseReleaseEvent(event);
    }

private:
    // The value that will not be saved is struck through: the row reads as what happens to it.
    void showChosen(bool chosen)
    {
        QFont font = m_value->font();
        font.setStrikeOut(!chosen);
        m_value->setFont(font);
    }

    QRadioButton* m_radio;
    QLabel* m_value;
};

QLabel* boldLabel(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString fieldLabel(const QString& key)
{
    for (const auto& [name, label] : fieldLabels) {
        if (key == QLatin1StringView(name)) {
            return Tr::tr(label);
        }
    }
    return key;
}

qsizetype fieldOrder(const QString& key)
{
    const auto found = std::find_if(std::begin(fieldLabels), std::end(fieldLabels),
        [&](const auto& field) { return key == QLatin1StringView(field.first); });
    return std::distance(std::begin(fieldLabels), found);
}

QString fieldText(const QString& entity, const QString& key, const QVariant& value, const audit::LinkNames* links)
{
    // Fields that hold a code of a vocabulary: "company" reads "Unternehmen", "in_talks" "Im Gespräch".
    static const QHash<QString, vocab::List> coded{{u"kind"_s, vocab::List::OrganisationKind},
        {u"institute_type"_s, vocab::List::InstituteType}, {u"sector"_s, vocab::List::Sector},
        {u"legal_basis"_s, vocab::List::LegalBasis}, {u"salutation"_s, vocab::List::Salutation}};
    const bool match = entity == u"match"_s;
    if (key == u"stage"_s || key == u"type"_s) {
        return vocab::label(key == u"stage"_s ? (match ? vocab::List::MatchStage : vocab::List::OutreachStage)
                                              : (match ? vocab::List::MatchType : vocab::List::EventType),
            value.toString());
    }
    if (coded.contains(key)) {
        return vocab::label(coded.value(key), value.toString());
    }
    if (links && !audit::LinkNames::table(key).isEmpty()) {
        if (value.toLongLong() <= 0) {
            return {}; // no link
        }
        return links->knows(key, value) ? links->name(key, value) : Tr::tr("(deleted)");
    }
    return shownText(key, valueText(value));
}

ConflictAnswer askAboutConflict(QWidget* parent, const QString& record, const QVariantMap& mine,
    const QVariantMap& theirs, const QVariantMap& loaded, const QString& changedBy, const QString& changedAt,
    const QString& entity, const audit::LinkNames* links)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"saveConflictDialog"_s);
    dialog.setWindowTitle(Tr::tr("Edit conflict"));
    const QString who = changedBy.isEmpty() ? Tr::tr("someone else") : changedBy;
    auto* text = new QLabel(Tr::tr("<b>%1</b> was saved by %2 (%3) while you were editing it. Nothing has been "
                                   "overwritten. These fields differ:")
                                .arg(record.toHtmlEscaped(), who.toHtmlEscaped(), changedAt.toHtmlEscaped()));
    text->setWordWrap(true);
    auto* hint = new QLabel(loaded.isEmpty() ? Tr::tr("For each field, choose the version to save.")
                                             : Tr::tr("For each field, choose the version to save. Fields that only "
                                                      "the other version changed are already set to it."));
    hint->setWordWrap(true);

    auto* fields = new QWidget;
    fields->setObjectName(u"conflictFields"_s);
    auto* grid = new QGridLayout(fields);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(16);
    const QString mineSide = Tr::tr("Your version");
    const QString theirSide = Tr::tr("Version of %1").arg(who);
    grid->addWidget(boldLabel(mineSide), 0, 1);
    grid->addWidget(boldLabel(theirSide), 0, 2);
    QStringList keys = mine.keys();
    for (const QString& key : theirs.keys()) {
        if (!keys.contains(key)) {
            keys << key;
        }
    }
    // In the order of the forms (the table above), not the alphabetical order of the keys: "Name" before
    // "Archived".
    std::stable_sort(
        keys.begin(), keys.end(), [](const QString& x, const QString& y) { return fieldOrder(x) < fieldOrder(y); });
    QList<std::pair<QString, QButtonGroup*>> rows;
    for (const QString& key : std::as_const(keys)) {
        const QString a = valueText(mine.value(key));
        const QString b = valueText(theirs.value(key));
        if (a == b) {
            continue;
        }
        const int row = int(rows.size()) + 1;
        const QString label = fieldLabel(key);
        auto* name = new QLabel(label);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // Radio buttons and labels sit on the same top line, whatever the height of the values.
        name->setContentsMargins(0, 2, 0, 0);
        grid->addWidget(name, row, 0);
        auto* mineCell
            = new ChoiceCell(label, mineSide, fieldText(entity, key, mine.value(key), links), key + u"Mine"_s);
        auto* theirCell
            = new ChoiceCell(label, theirSide, fieldText(entity, key, theirs.value(key), links), key + u"Theirs"_s);
        grid->addWidget(mineCell, row, 1);
        grid->addWidget(theirCell, row, 2);
        auto* group = new QButtonGroup(fields);
        group->addButton(mineCell->radio(), 0);
        group->addButton(theirCell->radio(), 1);
        // Your version unless you left the field as it was loaded and only the other version changed it: then
        // saving your version would undo their change without anyone having decided so.
        const bool onlyTheirs = !loaded.isEmpty() && valueText(loaded.value(key)) == a;
        (onlyTheirs ? theirCell : mineCell)->radio()->setChecked(true);
        rows.append({key, group});
    }
    grid->setRowStretch(int(rows.size()) + 1, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto* buttons = new QDialogButtonBox;
    QPushButton* saveChosen = buttons->addButton(Tr::tr("&Save with these choices"), QDialogButtonBox::AcceptRole);
    saveChosen->setObjectName(u"saveChosenButton"_s);
    QPushButton* takeTheirs = buttons->addButton(Tr::tr("&Keep the other version"), QDialogButtonBox::DestructiveRole);
    takeTheirs->setObjectName(u"takeTheirsButton"_s);
    QPushButton* keepEditing = buttons->addButton(Tr::tr("Back to the &form"), QDialogButtonBox::RejectRole);
    keepEditing->setObjectName(u"keepEditingButton"_s);
    ConflictAnswer answer;
    QObject::connect(saveChosen, &QPushButton::clicked, &dialog, [&] {
        answer.choice = ConflictChoice::SaveChosen;
        for (const auto& [key, group] : std::as_const(rows)) {
            if (group->checkedId() == 1) {
                answer.takeTheirs << key;
            }
        }
        dialog.accept();
    });
    QObject::connect(takeTheirs, &QPushButton::clicked, &dialog, [&] {
        answer.choice = ConflictChoice::TakeTheirs;
        dialog.accept();
    });
    QObject::connect(keepEditing, &QPushButton::clicked, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Enter goes back to the form: nothing is saved or dropped by a key pressed in passing. Set once the buttons
    // are in the dialog, which otherwise makes its first button the default when it shows.
    keepEditing->setDefault(true);
    // Tab goes from row to row (to the chosen side of each: the arrow keys switch sides), then to the buttons.
    if (!rows.isEmpty()) {
        rows.constFirst().second->checkedButton()->setFocus();
    }
    // As tall as the rows need, within what fits a small screen; the rows scroll beyond that.
    dialog.resize(780, std::clamp(dialog.sizeHint().height(), 300, 560));
    dialog.exec();
    return answer;
}

bool settleSave(QDialog* dialog, SaveOutcome outcome, FormErrors& errors, const QString& error)
{
    switch (outcome) {
    case SaveOutcome::Saved:
        return true;
    case SaveOutcome::Discarded:
        dialog->done(QDialog::Rejected);
        return false;
    case SaveOutcome::KeptOpen:
        errors.showGeneral(error);
        break;
    }
    return false;
}

} // namespace kmuni
