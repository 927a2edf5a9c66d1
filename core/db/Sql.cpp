// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include "Database.h"

#include "Dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni::sql {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Database)
};
} // namespace

void bind(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        // Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "empty".
        // A NULL is asked for explicitly with a valueless QVariant (textOrNull, idOrNull).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull()) {
            query.bindValue(i, QString(u""_s));
        } else if (v.typeId() == QMetaType::Bool) {
            query.bindValue(i, v.isNull() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(v.toBool() ? 1 : 0));
        } else {
            query.bindValue(i, v);
        }
    }
}

namespace {
// A PostgreSQL server's error by its SQLSTATE (always five characters; SQLite's codes are numbers
// of at most four digits).
QString serverMessage(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().trimmed();
    if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s) {
        return Tr::tr("Another office changed the same data at the same moment. Try again.");
    }
    if (state == u"53100"_s) {
        return Tr::tr("The database server's disk is full. Ask your IT department; nothing was saved.");
    }
    if (state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s || state == u"57P03"_s) {
        return Tr::tr("The connection to the database server was lost (%1). Nothing was saved; try again.").arg(text);
    }
    if (state == u"42501"_s) {
        return Tr::tr("Your database login may not do this (%1). Ask the server's administrator.").arg(text);
    }
    if (state == u"25006"_s) {
        return Tr::tr("The database cannot be written (%1).").arg(text);
    }
    return text.isEmpty() ? error.text() : text;
}
} // namespace

QString message(const QSqlError& error)
{
    if (error.nativeErrorCode().size() == 5) {
        return serverMessage(error);
    }
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("The database is in use by another program or window. Try again in a moment.");
    case SQLITE_FULL:
        return Tr::tr("The disk is full: the database cannot grow. Free some space, then try again.");
    case SQLITE_IOERR:
        return Tr::tr("The database file cannot be read or written (%1).").arg(error.databaseText());
    case SQLITE_READONLY:
        return Tr::tr("The database cannot be written (%1).").arg(error.databaseText());
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("The database is damaged (%1). Restore it from a backup.").arg(error.databaseText());
    default:
        break;
    }
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool checkVersion(qint64 loaded, qint64 stored, bool* conflict, QString* error)
{
    if (loaded == 0 || loaded == stored) {
        return true;
    }
    if (conflict) {
        *conflict = true;
    }
    return fail(error,
        Tr::tr("Someone else saved this record since you opened it (in another window, on another computer or "
               "from the command line). Nothing was overwritten."));
}

bool lockRow(Database& db, const QString& table, qint64 id, QString* error)
{
    if (!db.isServer()) {
        return true;
    }
    QSqlQuery query(db.connection());
    return run(query, u"SELECT id FROM "_s + table + u" WHERE id = ? FOR UPDATE"_s, {id}, error);
}

Result<qint64> rowVersion(QSqlQuery& query, const QString& table, qint64 id)
{
    return row(query, u"SELECT row_version FROM "_s + table + u" WHERE id = ?"_s, {id},
        [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
}

bool isServer(const QSqlQuery& query)
{
    return query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

bool run(QSqlQuery& query, const QString& statement, const QVariantList& values, QString* error)
{
    if (isServer(query)) {
        QString translated = statement;
        QVariantList translatedValues = values;
        if (!toPostgres(&translated, &translatedValues, error)) {
            return false;
        }
        if (!query.prepare(translated)) {
            return fail(error, message(query.lastError()));
        }
        bind(query, translatedValues);
        return query.exec() || fail(error, message(query.lastError()));
    }
    if (!query.prepare(statement)) {
        if (error) {
            *error = message(query.lastError());
        }
        return false;
    }
    bind(query, values);
    if (!query.exec()) {
        if (error) {
            *error = message(query.lastError());
        }
        return false;
    }
    return true;
}

bool next(QSqlQuery& query, QString* error)
{
    if (query.next()) {
        return true;
    }
    if (query.lastError().isValid()) {
        return fail(error, message(query.lastError()));
    }
    return false;
}

bool insert(QSqlQuery& query, const QString& table, const Columns& columns, qint64* newId, QString* error)
{
    QStringList names;
    QVariantList values;
    for (const auto& [name, value] : columns) {
        names << name;
        values << value;
    }
    QString statement = u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s
        + placeholders(values.size()) + u')';
    const bool server = isServer(query);
    if (server && newId) {
        statement += u" RETURNING id"_s; // the server's driver knows no last insert id
    }
    if (!run(query, statement, values, error)) {
        return false;
    }
    if (newId && server) {
        if (!next(query, error)) {
            return false;
        }
        *newId = query.value(0).toLongLong();
        query.finish();
    } else if (newId) {
        *newId = query.lastInsertId().toLongLong();
    }
    return true;
}

bool update(QSqlQuery& query, const QString& table, const Columns& columns, qint64 id, QString* error)
{
    QStringList assignments;
    QVariantList values;
    for (const auto& [name, value] : columns) {
        assignments << name + u" = ?"_s;
        values << value;
    }
    return run(query, u"UPDATE "_s + table + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s,
        values + QVariantList{id}, error);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString where(const SqlCondition& condition)
{
    return condition.clauses.isEmpty() ? QString() : u" WHERE "_s + condition.where();
}

QString placeholders(qsizetype count)
{
    QString s;
    for (qsizetype i = 0; i < count; ++i) {
        s += i == 0 ? u"?"_s : u", ?"_s;
    }
    return s;
}

namespace {
QString quoted(const QString& text)
{
    QString t = text;
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}

QString wrap(const QStringList& terms, const QString& column)
{
    const QString joined = terms.size() == 1 ? terms.first() : u"("_s + terms.join(u" OR "_s) + u')';
    return column.isEmpty() ? joined : column + u" : "_s + joined;
}
} // namespace

QString ftsPhrases(const QStringList& alternatives, const QString& column)
{
    QStringList terms;
    for (const QString& a : alternatives) {
        terms << quoted(a);
    }
    return wrap(terms, column);
}

QString ftsPrefixes(const QStringList& alternatives, const QString& column)
{
    QStringList terms;
    for (const QString& a : alternatives) {
        QStringList words;
        // Split as the unicode61 tokenizer does (on anything but letters and digits): a quoted
        // "100%_x" would be a phrase of two tokens, which a detail=column index cannot answer.
        static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
        for (const QString& w : a.split(separators, Qt::SkipEmptyParts)) {
            words << quoted(w) + u'*';
        }
        if (!words.isEmpty()) {
            terms << (words.size() == 1 ? words.first() : u"("_s + words.join(u' ') + u')');
        }
    }
    return terms.isEmpty() ? QString() : wrap(terms, column);
}

} // namespace kmuni::sql
