// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Format.h"
#include "db/AuditLog.h"
#include "widgets/FormErrors.h"
#include "widgets/ReadErrors.h"

#include <QString>
#include <QVariantMap>

class QDialog;
class QWidget;

namespace kmuni {

/** What the user chose when the record was saved elsewhere while the form was open. */
enum class ConflictChoice
{
    SaveMine, ///< save the form over the other version (its changes to these fields are replaced)
    TakeTheirs, ///< close the form; the other version stays
    KeepEditing, ///< back to the form, nothing saved
};

/**
 * A save refused because someone else saved the record meanwhile (Bearbeitungskonflikt): shows
 * every field that differs, "Ihre Fassung" beside "Fassung von …" (@p changedBy, @p changedAt),
 * and asks which version to keep. Nothing is decided silently.
 */
ConflictChoice askAboutConflict(QWidget* parent, const QString& record, const QVariantMap& mine,
    const QVariantMap& theirs, const QString& changedBy, const QString& changedAt);

/** How a form's save ended. */
enum class SaveOutcome
{
    Saved, ///< the form's version is stored (with its new row version)
    Discarded, ///< the user kept the other version: close the form without saving
    KeptOpen, ///< stay in the form: an error (in @p error) or the user went back to it
};

/**
 * Saves @p mine through @p repository (an OrganisationRepository, PersonRepository, …); when
 * someone else saved the record meanwhile, shows both versions (askAboutConflict()) and does what
 * the user chooses. @p entity is the audit log's name for the kind ("organisation"), @p name the
 * record's for people.
 */
template <typename Repository, typename Entity>
SaveOutcome saveResolvingConflicts(QWidget* parent, Database& db, Repository& repository, Entity& mine,
    const QString& entity, const QString& name, QString* error)
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
    switch (
        askAboutConflict(parent, name, mine.toMap(), theirs->toMap(), last.isEmpty() ? QString() : last.first().user,
            last.isEmpty() ? QString() : format::dateTime(last.first().at))) {
    case ConflictChoice::SaveMine:
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

} // namespace kmuni
