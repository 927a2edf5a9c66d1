// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "search/Search.h"

#include <QLineEdit>
#include <QStringList>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace kmuni {

class Database;
class Session;

/**
 * A type-ahead picker for an organisation or a person: typing searches the database (umlaut-aware,
 * like the global search) and offers the best matches; choosing one sets id(). Never a combo box
 * of a thousand entries.
 */
class EntityPicker final : public QLineEdit
{
    Q_OBJECT
public:
    /** @p kinds: Search::Organisations or Search::Persons; @p orgKinds narrows organisations. */
    EntityPicker(Database& db, int kinds, QWidget* parent = nullptr);
    /** Searches whatever database @p session has open. */
    EntityPicker(Session& session, int kinds, QWidget* parent = nullptr);

    void setOrganisationKinds(const QStringList& kinds) { m_orgKinds = kinds; }
    Id id() const { return m_id; }
    SearchHit::Kind kind() const { return m_kind; }
    /** Sets the choice without searching (e.g. when a form opens). */
    void setChoice(Id id, const QString& text, SearchHit::Kind kind = SearchHit::Kind::Organisation);
    void clearChoice();

signals:
    void chosen(kmuni::Id id, kmuni::SearchHit::Kind kind, const QString& title);

private:
    void setUp();
    void search(const QString& text);

    std::function<Database*()> m_db;
    int m_kinds;
    QStringList m_orgKinds;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_items = nullptr;
    Id m_id = 0;
    SearchHit::Kind m_kind = SearchHit::Kind::Organisation;
    QString m_chosenText;
};

} // namespace kmuni
