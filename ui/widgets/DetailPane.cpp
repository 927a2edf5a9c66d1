// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPane.h"

#include "widgets/DetailFrame.h"
#include "widgets/DetailLists.h"
#include "widgets/HeaderCard.h"

#include <QStackedWidget>
#include <QTabWidget>

namespace kmuni {

DetailPane::DetailPane(Session& session, EntityKind kind, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new HeaderCard)
    , m_audit(new DetailList(session, kind, {tr("When"), tr("By"), tr("Action"), tr("Changes")}))
{ }

void DetailPane::setUpFrame(
    const QString& tabsName, const QList<Tab>& tabs, const QString& emptyText, const QList<QWidget*>& banners)
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(tabsName);
    m_tabs->setDocumentMode(true);
    for (const auto& [page, title] : tabs) {
        m_tabs->addTab(page, title);
    }
    m_tabStrip = new DetailTabStrip(m_tabs);
    m_stack = detailFrame(this, QList<QWidget*>{m_header} + banners + QList<QWidget*>{m_tabStrip, m_tabs}, emptyText);
}

void DetailPane::showRecord(bool shown)
{
    m_stack->setCurrentIndex(shown ? 1 : 0);
}

} // namespace kmuni
