// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDialog.h"

#include "Icons.h"
#include "Session.h"
#include "db/Database.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"
#include "widgets/FormErrors.h"
#include "widgets/ReadErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
// The row of staff member @p id in @p list; null for none.
QTreeWidgetItem* itemOf(const QTreeWidget* list, qint64 id)
{
    for (int i = 0; id > 0 && i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            return list->topLevelItem(i);
        }
    }
    return nullptr;
}
} // namespace

StaffDialog::StaffDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"staffDialog"_s);
    setWindowTitle(tr("Staff of the network partners"));
    m_list = new QTreeWidget;
    m_list->setObjectName(u"staffList"_s);
    m_list->setHeaderLabels({tr("Name"), tr("Partner"), tr("Login")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
        if (!isDirty()) {
            showMember(id);
            return;
        }
        // Unsaved changes: asked once the list has finished changing its row (saving rebuilds the list);
        // rows chosen before that (keys typed ahead) ask once, for the last one.
        const bool pending = m_chosen >= 0;
        m_chosen = id;
        if (pending) {
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                const qint64 chosen = std::exchange(m_chosen, -1);
                if (chosen == m_current) {
                    return;
                }
                if (mayLeaveForm()) {
                    selectMember(chosen);
                } else {
                    const QSignalBlocker blocker(m_list);
                    m_list->setCurrentItem(itemOf(m_list, m_current)); // the row of the form, again
                }
            },
            Qt::QueuedConnection);
    });

    auto* form = new QFormLayout;
    m_first = new QLineEdit;
    m_first->setObjectName(u"firstNameLineEdit"_s);
    form->addRow(tr("&First name:"), m_first);
    m_last = new QLineEdit;
    m_last->setObjectName(u"lastNameLineEdit"_s);
    form->addRow(tr("&Last name: *"), m_last);
    m_partner = new QComboBox;
    m_partner->setObjectName(u"partnerComboBox"_s);
    form->addRow(tr("&Partner:"), m_partner);
    m_login = new QLineEdit;
    m_login->setObjectName(u"loginLineEdit"_s);
    m_login->setToolTip(
        tr("The login name on the office PC, or the database role on a shared server: the program knows who is "
           "logging from it."));
    form->addRow(tr("L&ogin name:"), m_login);
    m_email = new QLineEdit;
    m_email->setObjectName(u"emailLineEdit"_s);
    form->addRow(tr("E-&mail:"), m_email);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phoneLineEdit"_s);
    form->addRow(tr("P&hone:"), m_phone);
    m_active = new QCheckBox(tr("&Active (leavers stay in the records)"));
    form->addRow(QString(), m_active);
    m_error = new QLabel;
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(Icons::get(u"person-new"_s), tr("&New"));
    add->setObjectName(u"newStaffButton"_s);
    auto* save = new QPushButton(Icons::get(u"edit"_s), tr("&Save"));
    save->setObjectName(u"saveStaffButton"_s);
    save->setShortcut(QKeySequence::Save);
    auto* me = new QPushButton(tr("&This is me"));
    me->setObjectName(u"thisIsMeButton"_s);
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addStretch();
    buttons->addWidget(me);
    m_me = new QLabel;
    m_me->setObjectName(u"whoAmI"_s);
    m_me->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    // Enter in the form saves: Save is the default button, and no other button takes Enter over when it has
    // the focus (New became the default otherwise, and Enter cleared the form).
    save->setDefault(true);
    for (QPushButton* other : {add, me, close->button(QDialogButtonBox::Close)}) {
        other->setAutoDefault(false);
    }
    connect(add, &QPushButton::clicked, this, [this] {
        if (mayLeaveForm()) {
            selectMember(0);
            m_first->setFocus();
        }
    });
    connect(save, &QPushButton::clicked, this, &StaffDialog::save);
    connect(me, &QPushButton::clicked, this, &StaffDialog::setAsMe);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_me);
    layout->addWidget(close);
    resize(900, 520);
    reload();
}

void StaffDialog::reload()
{
    Database& db = m_session.db();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const StaffMember& s : orEmpty(StaffRepository(db).list(false), this)) {
        auto* item = new QTreeWidgetItem(m_list, {s.displayName(), s.partnerName, s.login});
        item->setData(0, Qt::UserRole, s.id);
        if (!s.active) {
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
        if (s.id == m_current) {
            m_list->setCurrentItem(item);
        }
    }
    m_partner->clear();
    m_partner->addItem(tr("(none)"), 0);
    OrganisationFilter partners;
    partners.kind = u"partner"_s;
    for (const Organisation& o : orEmpty(OrganisationRepository(db).list(partners), this)) {
        m_partner->addItem(o.name, o.id);
    }
    const auto& staff = m_session.staff();
    m_me->setText(staff ? tr("At this computer works: <b>%1</b> (login %2).").arg(staff->displayName(), staff->login)
                        : tr("The login <b>%1</b> is not one of the staff members: choose yourself and press "
                             "\"This is me\", so that your activities and follow-ups carry your name.")
                              .arg(db.userName().toHtmlEscaped()));
    showMember(m_current);
}

void StaffDialog::showMember(qint64 id)
{
    m_current = id;
    m_error->hide();
    const auto s = id > 0 ? StaffRepository(m_session.db()).find(id) : std::nullopt;
    const StaffMember member = s ? *s : StaffMember{};
    m_first->setText(member.firstName);
    m_last->setText(member.lastName);
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(member.partnerId)));
    m_login->setText(member.login);
    m_email->setText(member.email);
    m_phone->setText(member.phone);
    m_active->setChecked(member.active);
    m_shownState = formState();
}

void StaffDialog::selectMember(qint64 id)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(itemOf(m_list, id));
    }
    showMember(id);
}

QStringList StaffDialog::formState() const
{
    return {m_first->text(), m_last->text(), m_partner->currentData().toString(), m_login->text(), m_email->text(),
        m_phone->text(), m_active->isChecked() ? u"1"_s : u"0"_s};
}

bool StaffDialog::isDirty() const
{
    return formState() != m_shownState;
}

bool StaffDialog::mayLeaveForm()
{
    if (!isDirty()) {
        return true;
    }
    if (mayLeaveUnsaved(
            this, m_current > 0 ? tr("Save the changes to this staff member?") : tr("Save this new staff member?"))) {
        showMember(m_current); // discarded
        return true;
    }
    return !isDirty(); // saved (accept()), or the input was wrong or the user stays
}

void StaffDialog::accept()
{
    save();
}

void StaffDialog::reject()
{
    if (mayLeaveForm()) {
        QDialog::reject();
    }
}

void StaffDialog::save()
{
    if (m_current > 0 && !isDirty()) {
        m_error->hide();
        return; // nothing to save (Enter on the list, say)
    }
    StaffMember member;
    if (m_current > 0) {
        if (const auto s = StaffRepository(m_session.db()).find(m_current)) {
            member = *s;
        }
    }
    member.firstName = m_first->text();
    member.lastName = m_last->text();
    member.partnerId = m_partner->currentData().toLongLong();
    member.login = m_login->text();
    member.email = m_email->text();
    member.phone = m_phone->text();
    member.active = m_active->isChecked();
    QString error;
    if (!StaffRepository(m_session.db()).save(member, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_current = member.id;
    m_session.reloadStaff();
    reload();
}

void StaffDialog::setAsMe()
{
    if (!mayLeaveForm()) {
        return;
    }
    const auto s = m_current > 0 ? StaffRepository(m_session.db()).find(m_current) : std::nullopt;
    if (!s) {
        return;
    }
    if (s->login.isEmpty()) {
        m_error->setText(tr("Enter a login name for %1 first.").arg(s->displayName()));
        m_error->show();
        return;
    }
    QSettings().setValue(u"user/login"_s, s->login);
    m_session.reloadStaff();
    reload();
}

} // namespace kmuni
