// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace kmuni::erasure {

/** How a person shows in free text (minutes, notes, audit-log values), for masking it on erasure. */
struct Traces
{
    /** Full name ("Anna Zyx", "Zyx, Anna"), e-mail, phone numbers as stored and shown: masked wherever found. */
    QStringList plain;
    /** Regular expressions for the phone numbers as people write them ("0231 / 755-1234", "+49 (0)231 …"). */
    QStringList patterns;
    /** The last name alone, masked as a whole word only in text about the person (their activities, …). */
    QStringList words;
    /** Names of organisations that contain the last name ("Zyx Logistik GmbH"): left as they are. */
    QStringList keep;
};

/** The traces of @p person; of @p organisationNames those that contain the last name are kept. */
Traces tracesOf(const Person& person, const QStringList& organisationNames);

/** Replaces a person's traces in text by a marker. Case is ignored, umlauts count as letters. */
class Masker final
{
public:
    Masker(const Traces& traces, const QString& marker);

    /** @p text with the traces replaced; the whole-word ones (the last name) only when @p aboutThePerson. */
    QString apply(const QString& text, bool aboutThePerson) const;
    /** apply() to every string inside @p value (an audit entry's changes). */
    QJsonValue apply(const QJsonValue& value, bool aboutThePerson) const;

private:
    QRegularExpression m_plain; ///< plain traces and patterns
    QRegularExpression m_all; ///< and the whole words
    QStringList m_keep;
    QString m_marker;
};

/** @p value with every non-empty string replaced by @p marker; numbers, flags and nulls kept. */
QJsonValue blank(const QJsonValue& value, const QString& marker);

} // namespace kmuni::erasure
