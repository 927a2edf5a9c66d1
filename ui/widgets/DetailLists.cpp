// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailLists.h"

#include "ColumnFit.h"

#include "SaveConflict.h"

#include "Icons.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "widgets/ReadErrors.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QResizeEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

DetailList::DetailList(Session& session, EntityKind kind, const QStringList& headers, QWidget* parent)
    : QTreeWidget(parent)
    , m_session(session)
    , m_kind(kind)
{
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(columnCount() - 1, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) { open(item); });
}

QTreeWidgetItem* DetailList::addRow(Id id, const QStringList& cells)
{
    auto* item = new QTreeWidgetItem(this, cells);
    item->setData(0, IdRole, id);
    for (int c = 0; c < cells.size(); ++c) {
        item->setToolTip(c, cells[c]);
    }
    return item;
}

void DetailList::setStretchColumn(int column)
{
    header()->setSectionResizeMode(stretchColumn(), QHeaderView::Interactive);
    m_stretch = column;
    header()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void DetailList::finish()
{
    if (topLevelItemCount() == 0 && !m_emptyText.isEmpty()) {
        auto* item = new QTreeWidgetItem(this, {m_emptyText});
        item->setFlags(Qt::NoItemFlags);
        item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        item->setFirstColumnSpanned(true);
        m_natural.clear();
        m_least.clear();
        return;
    }
    // Column widths from the header and the first rows: measuring hundreds of rows would cost more
    // than showing them.
    const QFontMetrics metrics(font());
    const int rows = std::min(topLevelItemCount(), 40);
    m_natural.fill(0, columnCount());
    m_least.fill(0, columnCount());
    for (int c = 0; c < columnCount(); ++c) {
        if (c == stretchColumn()) {
            continue;
        }
        const int header = this->header()->fontMetrics().horizontalAdvance(headerItem()->text(c)) + 24;
        int width = header;
        qsizetype longest = 0;
        for (int r = 0; r < rows; ++r) {
            const QTreeWidgetItem* item = topLevelItem(r);
            width = std::max(width, metrics.horizontalAdvance(item->text(c)) + (item->icon(c).isNull() ? 16 : 40));
            longest = std::max(longest, item->text(c).size());
        }
        m_natural[c] = std::min(width, m_stretch < 0 ? 320 : 200);
        // A short value (a date and time, a stage) stays whole; a longer one gives way down to the header.
        m_least[c] = longest <= 16 ? m_natural[c] : std::min(header, m_natural[c]);
    }
    fitColumns();
}

int DetailList::stretchColumn() const
{
    return m_stretch >= 0 ? m_stretch : columnCount() - 1;
}

void DetailList::fitColumns()
{
    // Every column stays in sight, without scrolling sideways. When the fitted widths leave the
    // stretching column (the text that matters most) less than two fifths of the width, the widest
    // columns give up width first, down to their headers'; short values (a date, a stage) stay whole
    // while a long name is shortened. The cells elide, and their tool tips keep the whole text.
    if (m_natural.isEmpty()) {
        return;
    }
    int least = 0;
    for (const int floor : std::as_const(m_least)) {
        least += floor;
    }
    const int width = viewport()->width();
    const int readable = fontMetrics().averageCharWidth() * 16; // the least the stretching column keeps
    const int room = width - std::max(std::min(width * 2 / 5, width - least), readable);
    const QList<int> widths = fitWidths(m_natural, m_least, room);
    for (int c = 0; c < widths.size() && c < columnCount(); ++c) {
        if (c != stretchColumn()) {
            setColumnWidth(c, widths[c]);
        }
    }
}

void DetailList::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        fitColumns();
    }
}

void DetailList::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        open(currentItem());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void DetailList::open(QTreeWidgetItem* item)
{
    const Id id = item ? item->data(0, IdRole).toLongLong() : 0;
    if (id > 0) {
        m_session.show(m_kind, id);
    }
}

void DetailList::fillPersons(const QList<Person>& persons)
{
    clear();
    for (const Person& p : persons) {
        QTreeWidgetItem* item = addRow(
            p.id, {p.displayName(), p.function, p.email, phone::display(p.phone.isEmpty() ? p.mobile : p.phone)});
        if (p.doNotContact) {
            item->setIcon(0, Icons::get(u"do-not-contact"_s));
            item->setToolTip(0, item->text(0) + u'\n' + tr("Do not contact"));
        }
    }
    finish();
}

void DetailList::fillTimeline(const QList<EventSummary>& events, bool showOrganisations)
{
    clear();
    for (const EventSummary& e : events) {
        const QStringList with = showOrganisations ? e.organisations + e.persons : e.persons;
        QTreeWidgetItem* item = addRow(e.id,
            {format::dateTime(e.start), vocab::label(vocab::List::EventType, e.type), e.subject, with.join(u", "_s),
                e.staff.join(u", "_s)});
        if (!e.outcome.isEmpty()) {
            item->setToolTip(2, e.subject + u"\n"_s + tr("Outcome: %1").arg(e.outcome));
        }
    }
    finish();
}

void DetailList::fillMatches(const QList<Match>& matches, Id perspective)
{
    clear();
    for (const Match& m : matches) {
        const QString other = m.companyId == perspective ? m.universityName : m.companyName;
        addRow(m.id,
            {other, vocab::label(vocab::List::MatchType, m.type), vocab::label(vocab::List::MatchStage, m.stage),
                format::date(m.stageChangedOn), m.title});
    }
    finish();
}

void DetailList::fillFollowUps(const QList<FollowUpItem>& items)
{
    clear();
    const QDate today = time::today();
    for (const FollowUpItem& f : items) {
        QTreeWidgetItem* item
            = addRow(f.followUp.id, {format::date(f.followUp.dueDate), f.followUp.title, f.staffName, f.personName});
        if (f.followUp.dueDate < today) {
            item->setIcon(0, Icons::get(u"overdue"_s));
            item->setForeground(0, QColor(0xc0, 0x39, 0x2b)); // overdue: red
            item->setToolTip(0, item->text(0) + u'\n' + tr("Overdue"));
        } else if (f.followUp.dueDate == today) {
            item->setIcon(0, Icons::get(u"due-today"_s));
            item->setToolTip(0, item->text(0) + u'\n' + tr("Due today"));
        }
    }
    finish();
}

void DetailList::showHistory(Database& db, const QString& entity, Id id)
{
    const QList<audit::Entry> entries = orEmpty(audit::forEntity(db, entity, id, 100), this);
    // Names that cannot be read are reported; the links then show as numbers, not as "deleted".
    const auto links = audit::linkNames(db, entries);
    if (!links) {
        reportReadError(this, links.error());
    }
    fillAudit(entries, links ? &*links : nullptr);
}

void DetailList::fillAudit(const QList<audit::Entry>& entries, const audit::LinkNames* links)
{
    clear();
    // What a new record's row need not list: the fields it was created without (no, empty, no link).
    const auto saysNothing = [](const QJsonValue& value) {
        return value.isNull() || value.isUndefined() || value == QJsonValue(false) || value == QJsonValue(u""_s)
            || (value.isArray() && value.toArray().isEmpty());
    };
    for (const audit::Entry& e : entries) {
        QList<std::pair<qsizetype, QString>> changes; // in the order of the forms
        for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
            // Named and written as the forms show them ("Ort: Bochum → Dortmund", "Kein Kontakt: nein → ja"),
            // a link by the name of the record it points at.
            const QJsonArray pair = it.value().toArray();
            const QString to = fieldText(e.entity, it.key(), pair.at(1).toVariant(), links);
            const QString label = fieldLabel(it.key());
            if (e.action != u"create"_s) {
                // An empty side as a dash: "Responsible: — → Stefan Böckmann".
                const QString from = fieldText(e.entity, it.key(), pair.at(0).toVariant(), links);
                changes.append({fieldOrder(it.key()),
                    label + u": "_s + (from.isEmpty() ? u"—"_s : from) + u" → "_s + (to.isEmpty() ? u"—"_s : to)});
            } else if (!saysNothing(pair.at(1)) && !to.isEmpty()) {
                changes.append({fieldOrder(it.key()), label + u": "_s + to});
            }
        }
        std::stable_sort(
            changes.begin(), changes.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QStringList texts;
        for (const auto& change : changes) {
            texts << change.second;
        }
        static const QHash<QString, const char*> actions = {
            {u"create"_s, QT_TR_NOOP("created")},
            {u"update"_s, QT_TR_NOOP("changed")},
            {u"archive"_s, QT_TR_NOOP("archived")},
            {u"unarchive"_s, QT_TR_NOOP("restored")},
            {u"delete"_s, QT_TR_NOOP("deleted")},
            {u"erase"_s, QT_TR_NOOP("anonymised")},
            {u"import"_s, QT_TR_NOOP("imported")},
        };
        addRow(0, {format::dateTime(e.at), e.user, tr(actions.value(e.action, "changed")), texts.join(u"; "_s)});
    }
    finish();
}

} // namespace kmuni
