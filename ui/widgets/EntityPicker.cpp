// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityPicker.h"

#include "Icons.h"
#include "Session.h"
#include "widgets/ReadErrors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int TitleRole = Qt::UserRole + 3;
} // namespace

EntityPicker::EntityPicker(Database& db, int kinds, QWidget* parent)
    : QLineEdit(parent)
    , m_db([&db] { return &db; })
    , m_kinds(kinds)
{
    setUp();
}

EntityPicker::EntityPicker(Session& session, int kinds, QWidget* parent)
    : QLineEdit(parent)
    , m_db([&session] { return session.isOpen() ? &session.db() : nullptr; })
    , m_kinds(kinds)
{
    setUp();
}

void EntityPicker::setUp()
{
    m_items = new QStandardItemModel(this);
    m_completer = new QCompleter(m_items, this);
    // The database already chose and ranked the rows; the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    // Wide enough for "name · function · organisation", even where the field is narrow.
    m_completer->popup()->setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_completer->setCompletionRole(TitleRole); // choosing writes the bare name into the field
    setCompleter(m_completer);
    setClearButtonEnabled(true);
    setPlaceholderText(m_kinds & Search::Persons ? tr("Type a name …") : tr("Type a name or city …"));
    connect(this, &QLineEdit::textEdited, this, &EntityPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        setChoice(index.data(IdRole).toLongLong(), index.data(TitleRole).toString(),
            SearchHit::Kind(index.data(KindRole).toInt()));
        emit chosen(m_id, m_kind, m_chosenText);
    });
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_id != 0 && text != m_chosenText) {
            m_id = 0; // typing over a choice makes it no choice
        }
    });
}

void EntityPicker::setChoice(Id id, const QString& text, SearchHit::Kind kind)
{
    m_id = id;
    m_kind = kind;
    m_chosenText = text;
    setText(text);
}

void EntityPicker::clearChoice()
{
    m_id = 0;
    m_chosenText.clear();
    clear();
}

void EntityPicker::search(const QString& text)
{
    m_items->clear();
    Database* db = m_db();
    if (text.trimmed().isEmpty() || !db) {
        return;
    }
    const QList<SearchHit> hits = orEmpty(Search(*db).run(text, 10, m_kinds), this);
    for (const SearchHit& hit : hits) {
        if (hit.kind == SearchHit::Kind::Organisation && !m_orgKinds.isEmpty() && !m_orgKinds.contains(hit.code)) {
            continue;
        }
        auto* item = new QStandardItem(hit.subtitle.isEmpty() ? hit.title : hit.title + u" · "_s + hit.subtitle);
        item->setData(hit.id, IdRole);
        item->setData(int(hit.kind), KindRole);
        item->setData(hit.title, TitleRole);
        item->setIcon(Icons::get(entityIcon(hit.kind)));
        m_items->appendRow(item);
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

} // namespace kmuni
