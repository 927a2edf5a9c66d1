// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionsPanel.h"

#include "common/Vocabulary.h"
#include "matches/NeedsOffers.h"
#include "widgets/FormParts.h"
#include "widgets/ReadErrors.h"
#include "widgets/WrappingDelegate.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

/** The dialog that edits an organisation's needs or offers: topics (type to filter, or add) and types. */
class NeedsOffersDialog final : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::NeedsOffersDialog)

public:
    NeedsOffersDialog(Database& db, Id id, NeedsOffers::Side side, QWidget* parent)
        : QDialog(parent)
        , m_db(db)
        , m_id(id)
        , m_side(side)
    {
        setObjectName(u"needsOffersDialog"_s);
        setWindowTitle(side == NeedsOffers::Side::Need ? tr("Needs") : tr("Offers"));
        const NeedsOffers current = orEmpty(NeedsOffersRepository(db).of(id, side), parent);
        QList<Id> chosen;
        for (const Topic& t : current.topics) {
            chosen << t.id;
        }
        auto* filter = new QLineEdit;
        filter->setObjectName(u"topicFilter"_s);
        filter->setPlaceholderText(tr("Type to find a topic; Enter adds a new one"));
        filter->setClearButtonEnabled(true);
        m_topics = new QListWidget;
        m_topics->setObjectName(u"topicList"_s);
        for (const Topic& t : orEmpty(NeedsOffersRepository(db).topics(), parent)) {
            addTopic(t, chosen.contains(t.id));
        }
        connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
            for (int i = 0; i < m_topics->count(); ++i) {
                QListWidgetItem* item = m_topics->item(i);
                item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
            }
        });
        connect(filter, &QLineEdit::returnPressed, this, [this, filter] {
            const QString name = filter->text().simplified();
            if (name.isEmpty()) {
                return;
            }
            QString error;
            const auto topic = NeedsOffersRepository(m_db).topicNamed(name, {}, &error);
            if (!topic) {
                QMessageBox::warning(this, windowTitle(), topic.failed() ? topic.error() : error);
                return;
            }
            for (int i = 0; i < m_topics->count(); ++i) {
                if (m_topics->item(i)->data(IdRole).toLongLong() == topic->id) {
                    m_topics->item(i)->setCheckState(Qt::Checked);
                    filter->clear();
                    return;
                }
            }
            addTopic(*topic, true);
            filter->clear();
        });

        auto* types = new QWidget;
        auto* grid = new QGridLayout(types);
        grid->setContentsMargins(0, 0, 0, 0);
        int at = 0;
        for (const QString& code : vocab::codes(vocab::List::MatchType)) {
            auto* box = new QCheckBox(vocab::label(vocab::List::MatchType, code));
            box->setObjectName(u"type_"_s + code);
            box->setProperty("code", code);
            box->setChecked(current.types.contains(code));
            grid->addWidget(box, at / 2, at % 2);
            m_types << box;
            ++at;
        }
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(side == NeedsOffers::Side::Need ? tr("What the company looks for: topics")
                                                                     : tr("What is offered: topics")));
        layout->addWidget(filter);
        layout->addWidget(m_topics, 1);
        layout->addWidget(new QLabel(tr("Kinds of match")));
        layout->addWidget(types);
        layout->addWidget(saveCancelButtons(this));
        resize(460, 560);
    }

    void accept() override
    {
        NeedsOffers value;
        for (int i = 0; i < m_topics->count(); ++i) {
            const QListWidgetItem* item = m_topics->item(i);
            if (item->checkState() == Qt::Checked) {
                value.topics << Topic{item->data(IdRole).toLongLong(), item->text(), {}};
            }
        }
        for (const QCheckBox* box : std::as_const(m_types)) {
            if (box->isChecked()) {
                value.types << box->property("code").toString();
            }
        }
        QString error;
        if (!NeedsOffersRepository(m_db).set(m_id, m_side, value, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        QDialog::accept();
    }

private:
    void addTopic(const Topic& t, bool checked)
    {
        auto* item = new QListWidgetItem(t.name, m_topics);
        item->setData(IdRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (!t.sector.isEmpty()) {
            item->setToolTip(vocab::label(vocab::List::Sector, t.sector));
        }
    }

    Database& m_db;
    Id m_id;
    NeedsOffers::Side m_side;
    QListWidget* m_topics = nullptr;
    QList<QCheckBox*> m_types;
};

} // namespace

SuggestionsPanel::SuggestionsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"suggestionsPanel"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"needsOffersSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* edit = new QPushButton(tr("&Needs and offers …"));
    edit->setObjectName(u"editNeedsOffers"_s);
    connect(edit, &QPushButton::clicked, this, &SuggestionsPanel::editNeedsOffers);

    m_list = new QTreeWidget;
    m_list->setObjectName(u"suggestionList"_s);
    m_list->setHeaderLabels({tr("Suggestion"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    new WrappingDelegate(m_list); // every reason whole, also in a narrow pane
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 220);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { acceptCurrent(); });

    m_accept = new QPushButton(tr("&Accept suggestion"));
    m_accept->setObjectName(u"acceptSuggestion"_s);
    m_accept->setToolTip(tr("Creates a proposed match with this partner (Enter)"));
    connect(m_accept, &QPushButton::clicked, this, &SuggestionsPanel::acceptCurrent);
    m_reject = new QPushButton(tr("&Reject suggestion"));
    m_reject->setObjectName(u"rejectSuggestion"_s);
    m_reject->setToolTip(tr("Hides this pair from the suggestions (can be taken back)"));
    connect(m_reject, &QPushButton::clicked, this, &SuggestionsPanel::rejectCurrent);
    m_rejected = new QToolButton;
    m_rejected->setObjectName(u"rejectedSuggestions"_s);
    m_rejected->setText(tr("Rejected"));
    m_rejected->setPopupMode(QToolButton::InstantPopup);
    m_rejected->setMenu(new QMenu(m_rejected));
    connect(m_rejected->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu* menu = m_rejected->menu();
        menu->clear();
        for (const Suggestion& s : orEmpty(Suggestions(m_session.db()).rejected(m_id), this)) {
            menu->addAction(tr("Take back: %1").arg(s.name), this, [this, other = s.organisationId] {
                QString error;
                if (!Suggestions(m_session.db()).unreject(m_id, other, &error)) {
                    QMessageBox::warning(this, tr("Suggestions"), error);
                }
                reload();
            });
        }
        if (menu->isEmpty()) {
            menu->addAction(tr("No rejected suggestions."))->setEnabled(false);
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(edit);
    buttons->addWidget(m_rejected);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void SuggestionsPanel::showOrganisation(Id id, const QString& kind)
{
    m_id = id;
    m_kind = kind;
    reload();
}

void SuggestionsPanel::reload()
{
    m_list->clear();
    m_suggestions.clear();
    if (m_id <= 0 || !m_session.isOpen()) {
        return;
    }
    Database& db = m_session.db();
    const NeedsOffers::Side side = NeedsOffers::sideOf(m_kind);
    const NeedsOffers mine = orEmpty(NeedsOffersRepository(db).of(m_id, side), this);
    const QStringList topics = mine.topicNames();
    const QStringList types = mine.typeLabels();
    const QString none = u"<i>"_s + tr("none recorded") + u"</i>"_s;
    m_summary->setText(u"<b>"_s + (side == NeedsOffers::Side::Need ? tr("Looks for") : tr("Offers")) + u":</b> "_s
        + (topics.isEmpty() ? none : topics.join(u", "_s).toHtmlEscaped()) + u"<br><b>"_s + tr("Kinds of match")
        + u":</b> "_s + (types.isEmpty() ? none : types.join(u", "_s).toHtmlEscaped()));
    m_suggestions = orEmpty(Suggestions(db).forOrganisation(m_id, 20), this);
    for (const Suggestion& s : std::as_const(m_suggestions)) {
        auto* item = new QTreeWidgetItem(
            m_list, {s.name + (s.city.isEmpty() ? QString() : u"\n"_s + s.city), u"• "_s + s.reasons.join(u"\n• "_s)});
        item->setData(0, IdRole, s.organisationId);
        item->setToolTip(1, s.reasons.join(u'\n'));
    }
    if (m_suggestions.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_list,
            {topics.isEmpty() && types.isEmpty()
                    ? tr("No suggestions: record topics and kinds of match first (Needs and offers …).")
                    : tr("No suggestions at the moment.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_accept->setEnabled(!m_suggestions.isEmpty());
    m_reject->setEnabled(!m_suggestions.isEmpty());
}

const Suggestion* SuggestionsPanel::current() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_suggestions.size() ? &m_suggestions[row] : nullptr;
}

void SuggestionsPanel::acceptCurrent()
{
    const Suggestion* s = current();
    if (!s) {
        return;
    }
    Id matchId = 0;
    QString error;
    const Id staffId = m_session.staff() ? m_session.staff()->id : 0;
    if (!Suggestions(m_session.db()).accept(m_id, *s, {}, staffId, &matchId, &error)) {
        QMessageBox::warning(this, tr("Suggestions"), error);
        return;
    }
    m_session.notifyChanged(EntityKind::Match, matchId);
    m_session.show(EntityKind::Match, matchId);
}

void SuggestionsPanel::rejectCurrent()
{
    const Suggestion* s = current();
    if (!s) {
        return;
    }
    QString error;
    if (!Suggestions(m_session.db()).reject(m_id, s->organisationId, &error)) {
        QMessageBox::warning(this, tr("Suggestions"), error);
        return;
    }
    reload();
}

void SuggestionsPanel::editNeedsOffers()
{
    if (m_id <= 0) {
        return;
    }
    NeedsOffersDialog dialog(m_session.db(), m_id, NeedsOffers::sideOf(m_kind), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.notifyChanged(EntityKind::Organisation, m_id);
        reload();
    }
}

} // namespace kmuni
