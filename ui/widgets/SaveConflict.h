// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Format.h"
#include "db/AuditLog.h"
#include "widgets/FormErrors.h"
#include "widgets/ReadErrors.h"

#include <QDialog>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

class QWidget;

namespace kmuni {

/** What the user chose when the record was saved elsewhere while the form was open. */
enum class ConflictChoice
{
    SaveChosen, ///< save the form, with the fields chosen from the other version
    TakeTheirs, ///< close the form; the other version stays
    KeepEditing, ///< back to the form, nothing saved
};

/** The answer to an edit conflict: what to do and, to save, which fields to take from the other version. */
struct ConflictAnswer
{
    ConflictChoice choice = ConflictChoice::KeepEditing;
    QStringList takeTheirs; ///< keys of toMap() whose value the other version gives (ConflictChoice::SaveChosen)
};

/**
 * A save refused because someone else saved the record meanwhile (Bearbeitungskonflikt): shows every field that
 * differs, "Ihre Fassung" beside "Fassung von …" (@p changedBy, @p changedAt), and lets the user choose field by
 * field which version is saved. Nothing is decided silently: each row starts at the form's value, except a field
 * the form left as it was @p loaded (its toMap() when opened; empty: not known) and only the other version changed,
 * which starts at the other version's value. Values read as fieldText() shows them for @p entity, with @p links.
 */
ConflictAnswer askAboutConflict(QWidget* parent, const QString& record, const QVariantMap& mine,
    const QVariantMap& theirs, const QVariantMap& loaded, const QString& changedBy, const QString& changedAt,
    const QString& entity, const audit::LinkNames* links);

/** A field of a record (a key of its toMap()) as the forms name it: "city" is "City" ("Ort"). */
QString fieldLabel(const QString& key);
/** A field's place among the fields of the forms, to list changes in that order; unknown fields last. */
qsizetype fieldOrder(const QString& key);
/**
 * A field's @p value as the forms of @p entity ("organisation", "match", …) show it: yes/no, a list joined,
 * a code by its label, a phone number as it is dialled; a link (organisation_id, staff_id, …) by the name
 * @p links knows for it, "deleted" when it knows none.
 */
QString fieldText(
    const QString& entity, const QString& key, const QVariant& value, const audit::LinkNames* links = nullptr);

/** How a form's save ended. */
enum class SaveOutcome
{
    Saved, ///< the form's version is stored (with its new row version)
    Discarded, ///< the user kept the other version: close the form without saving
    KeptOpen, ///< stay in the form: an error (in @p error) or the user went back to it
};

/**
 * Saves @p mine through @p repository (an OrganisationRepository, PersonRepository, …); when someone else saved the
 * record meanwhile, shows both versions (askAboutConflict(), with @p loaded the form's toMap() when it was opened)
 * and does what the user chooses: saving takes the chosen fields from the other version into @p mine and saves it
 * over that version. @p entity is the audit log's name for the kind ("organisation"), @p name the record's for
 * people.
 */
template <typename Repository, typename Entity>
SaveOutcome saveResolvingConflicts(QWidget* parent, Database& db, Repository& repository, Entity& mine,
    const QVariantMap& loaded, const QString& entity, const QString& name, QString* error)
{
    bool conflict = false;
    if (repository.save(mine, error, &conflict)) {
        return SaveOutcome::Saved;
    }
    if (!conflict) {
        return SaveOutcome::KeptOpen;
    }
    const auto theirs = found(repository.find(mine.id), parent);
    if (!theirs) {
        return SaveOutcome::KeptOpen;
    }
    const auto last = audit::forEntity(db, entity, mine.id, 1).valueOr({});
    // A link by its name; a failed read of the names shows the links by number, the choice is the same.
    const auto links = audit::linkNames(db, QList<QVariantMap>{mine.toMap(), theirs->toMap()});
    const ConflictAnswer answer = askAboutConflict(parent, name, mine.toMap(), theirs->toMap(), loaded,
        last.isEmpty() ? QString() : last.first().user, last.isEmpty() ? QString() : format::dateTime(last.first().at),
        entity, links ? &*links : nullptr);
    switch (answer.choice) {
    case ConflictChoice::SaveChosen:
        mine.takeFields(*theirs, answer.takeTheirs);
        mine.version = theirs->version; // knowingly over the other version
        return repository.save(mine, error) ? SaveOutcome::Saved : SaveOutcome::KeptOpen;
    case ConflictChoice::TakeTheirs:
        mine = *theirs;
        return SaveOutcome::Discarded;
    case ConflictChoice::KeepEditing:
        break;
    }
    return SaveOutcome::KeptOpen;
}

/**
 * Ends a form's save: true when it was saved (the caller accepts the dialog); when the user kept
 * the other version the dialog closes without saving; otherwise @p error shows in the form.
 */
bool settleSave(QDialog* dialog, SaveOutcome outcome, FormErrors& errors, const QString& error);

/**
 * The end of a form dialog's Save, its input checked: saves @p mine as saveResolvingConflicts() does and settles the
 * outcome (settleSave()); when saved, @p mine is kept in @p saved and @p dialog accepted (QDialog::accept()).
 */
template <typename Repository, typename Entity>
void saveAndAccept(QDialog* dialog, Database& db, Repository& repository, Entity& mine, const QVariantMap& loaded,
    const QString& entity, const QString& name, FormErrors& errors, Entity& saved)
{
    QString error;
    const SaveOutcome outcome = saveResolvingConflicts(dialog, db, repository, mine, loaded, entity, name, &error);
    if (settleSave(dialog, outcome, errors, error)) {
        saved = mine;
        dialog->QDialog::accept();
    }
}

} // namespace kmuni
