// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace kmuni::sql {

/** Prepares @p statement, binds @p values in order and runs it; on failure sets @p error. */
bool run(QSqlQuery& query, const QString& statement, const QVariantList& values, QString* error);

/** Binds @p values in order to the prepared @p query, a null QString as '' (see run()). */
void bind(QSqlQuery& query, const QVariantList& values);

/** INSERT INTO @p table (@p columns) VALUES (@p values); @p newId receives the row id. */
bool insert(QSqlQuery& query, const QString& table, const QStringList& columns, const QVariantList& values,
    qint64* newId, QString* error);

/** UPDATE @p table SET @p columns = @p values WHERE id = @p id. */
bool update(QSqlQuery& query, const QString& table, const QStringList& columns, const QVariantList& values, qint64 id,
    QString* error);

/** NULL for 0, so that "no reference" is stored as NULL. */
QVariant idOrNull(qint64 id);
/** NULL for an empty string. */
QVariant textOrNull(const QString& text);

/** "?, ?, ?" for @p count placeholders. */
QString placeholders(qsizetype count);

/**
 * An FTS5 query that matches any of @p alternatives as a phrase, in @p column when given:
 * {"muller", "mueller"} → `name : ("muller" OR "mueller")`. Quotes in the text are doubled, so user
 * input never becomes query syntax.
 */
QString ftsPhrases(const QStringList& alternatives, const QString& column = {});

/** As ftsPhrases(), but every word of each alternative is a prefix: `"ber"* "stra"*`. */
QString ftsPrefixes(const QStringList& alternatives, const QString& column = {});

} // namespace kmuni::sql
