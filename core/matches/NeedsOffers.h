// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kmuni {

class Database;

/** A topic (Thema) of the one editable vocabulary that needs and offers share. */
struct Topic
{
    Id id = 0;
    QString name;
    QString sector; ///< vocab::List::Sector code, or empty for every sector
};

/** What an organisation looks for (a company: Bedarf) or offers (a university or institute: Angebot). */
struct NeedsOffers
{
    enum class Side
    {
        Need,
        Offer
    };

    QList<Topic> topics;
    QStringList types; ///< vocab::List::MatchType codes

    /** The topics' names, in their order. */
    QStringList topicNames() const;
    /** The types' labels in the user's language, in their order. */
    QStringList typeLabels() const;

    /** The side an organisation of @p kind speaks for: companies need, universities and institutes offer. */
    static Side sideOf(const QString& kind);
    static QString code(Side side);
};

/** All SQL for topics and for the needs and offers of organisations. */
class NeedsOffersRepository final
{
public:
    explicit NeedsOffersRepository(Database& db);

    /** The vocabulary in German name order. */
    Result<QList<Topic>> topics() const;
    /** The topic named @p name (folded: case and umlauts do not matter), created when new. */
    Result<Topic> topicNamed(const QString& name, const QString& sector, QString* error);

    Result<NeedsOffers> of(Id organisationId, NeedsOffers::Side side) const;
    /** Replaces the topics and types of @p organisationId's @p side (one transaction, audit row). */
    bool set(Id organisationId, NeedsOffers::Side side, const NeedsOffers& value, QString* error);

    /**
     * Takes the topics and match types named in the free text (a company's needs; a university's or
     * institute's name, offers and notes) over into the data, for organisations that have none on
     * that side yet. The text stays as it is.
     */
    bool takeOverNotes(QString* error);

private:
    Database& m_db;
};

} // namespace kmuni
