// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonImport.h"

#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/TextFold.h"
#include "db/Transaction.h"
#include "organisations/OrganisationRepository.h"
#include "persons/Person.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};

enum class Field { LastName, FirstName, Salutation, Title, Function, Email, Phone, Mobile, Organisation, Notes, Consent, DoNotContact };

// Header names (folded: lower case, umlauts and ß written out plainly) → field.
const QHash<QString, Field>& headerNames()
{
    static const QHash<QString, Field> names = {
        {u"nachname"_s, Field::LastName},      {u"name"_s, Field::LastName},
        {u"familienname"_s, Field::LastName},  {u"last name"_s, Field::LastName},
        {u"last_name"_s, Field::LastName},     {u"lastname"_s, Field::LastName},
        {u"surname"_s, Field::LastName},       {u"vorname"_s, Field::FirstName},
        {u"first name"_s, Field::FirstName},   {u"first_name"_s, Field::FirstName},
        {u"firstname"_s, Field::FirstName},    {u"anrede"_s, Field::Salutation},
        {u"salutation"_s, Field::Salutation},  {u"titel"_s, Field::Title},
        {u"title"_s, Field::Title},            {u"funktion"_s, Field::Function},
        {u"position"_s, Field::Function},      {u"function"_s, Field::Function},
        {u"e-mail"_s, Field::Email},           {u"email"_s, Field::Email},
        {u"mail"_s, Field::Email},             {u"e-mail-adresse"_s, Field::Email},
        {u"telefon"_s, Field::Phone},          {u"phone"_s, Field::Phone},
        {u"tel"_s, Field::Phone},              {u"tel."_s, Field::Phone},
        {u"mobil"_s, Field::Mobile},           {u"handy"_s, Field::Mobile},
        {u"mobile"_s, Field::Mobile},          {u"mobiltelefon"_s, Field::Mobile},
        {u"organisation"_s, Field::Organisation}, {u"organization"_s, Field::Organisation},
        {u"firma"_s, Field::Organisation},     {u"unternehmen"_s, Field::Organisation},
        {u"company"_s, Field::Organisation},   {u"hochschule"_s, Field::Organisation},
        {u"notizen"_s, Field::Notes},          {u"notiz"_s, Field::Notes},
        {u"bemerkung"_s, Field::Notes},        {u"notes"_s, Field::Notes},
        {u"einwilligung"_s, Field::Consent},   {u"einwilligung am"_s, Field::Consent},
        {u"consent"_s, Field::Consent},        {u"consent date"_s, Field::Consent},
        {u"kontaktsperre"_s, Field::DoNotContact}, {u"do not contact"_s, Field::DoNotContact},
    };
    return names;
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {u"dd.MM.yyyy"_s, u"d.M.yyyy"_s, u"yyyy-MM-dd"_s, u"dd.MM.yy"_s}) {
        QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            if (format == u"dd.MM.yy"_s && d.year() < 1970) {
                d = d.addYears(100);
            }
            return d;
        }
    }
    return {};
}

bool parseYes(const QString& text)
{
    static const QStringList yes = {u"ja"_s, u"j"_s, u"x"_s, u"1"_s, u"yes"_s, u"y"_s, u"true"_s, u"wahr"_s};
    return yes.contains(text.trimmed().toLower());
}

QString parseSalutation(const QString& text)
{
    const QString t = fold::simple(text.trimmed());
    if (t == u"herr"_s || t == u"hr."_s || t == u"mr"_s || t == u"mr."_s) {
        return u"mr"_s;
    }
    if (t == u"frau"_s || t == u"fr."_s || t == u"ms"_s || t == u"ms."_s || t == u"mrs"_s) {
        return u"ms"_s;
    }
    return {};
}

} // namespace

QString ImportReport::describe(int maxIssues) const
{
    QStringList lines;
    if (!error.isEmpty()) {
        return error;
    }
    if (cancelled) {
        lines << Tr::tr("The import was cancelled; nothing was changed.");
    } else if (written) {
        lines << Tr::tr("%n contact person(s) imported", nullptr, created)
                     + (organisationsCreated > 0 ? Tr::tr(", %n organisation(s) created", nullptr, organisationsCreated)
                                                 : QString())
                     + u'.';
    } else if (rejected.isEmpty()) {
        lines << Tr::tr("%n contact person(s) would be imported", nullptr, created)
                     + (organisationsCreated > 0
                            ? Tr::tr(", %n organisation(s) would be created", nullptr, organisationsCreated)
                            : QString())
                     + Tr::tr(" (trial run: nothing was changed).");
    } else {
        lines << Tr::tr("%n row(s) cannot be imported, so nothing was imported. Correct them and import the file "
                        "again:",
                        nullptr, int(rejected.size()));
    }
    for (qsizetype i = 0; i < rejected.size() && i < maxIssues; ++i) {
        lines << Tr::tr("  line %1: %2").arg(rejected[i].line).arg(rejected[i].message);
    }
    if (rejected.size() > maxIssues) {
        lines << Tr::tr("  … and %n more", nullptr, int(rejected.size() - maxIssues));
    }
    return lines.join(u'\n');
}

PersonImport::PersonImport(Database& db)
    : m_db(db)
{
}

ImportReport PersonImport::run(const QByteArray& bytes, const Options& options, const Progress& progress)
{
    ImportReport report;
    const csv::Table table = csv::parse(bytes, options.encoding);
    if (!table.error.isEmpty()) {
        report.error = Tr::tr("The file cannot be read: %1 (line %2).").arg(table.error).arg(table.errorLine);
        return report;
    }
    if (table.records.isEmpty()) {
        report.error = Tr::tr("The file is empty.");
        return report;
    }
    // Which column is which.
    QHash<Field, int> columns;
    const QStringList header = table.records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = headerNames().constFind(fold::simple(header[i].trimmed()));
        if (it != headerNames().cend() && !columns.contains(*it)) {
            columns.insert(*it, i);
        }
    }
    if (!columns.contains(Field::LastName)) {
        report.error = Tr::tr("The first line must name the columns, one of them \"Nachname\" (or \"last name\"); "
                              "found: %1.")
                           .arg(header.join(u", "_s));
        return report;
    }
    const auto value = [&columns](const csv::Record& r, Field f) {
        const int i = columns.value(f, -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    };

    // Organisations by name, loaded once.
    QHash<QString, Id> organisations;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, sort_key FROM organisations"_s)) {
            while (q.next()) {
                organisations.insert(q.value(1).toString(), q.value(0).toLongLong());
            }
        }
    }
    QHash<QString, QString> newOrganisations; // sort key → name as written
    QList<Person> persons;
    QList<QString> organisationOf; // sort key of each person's organisation (for new ones)
    persons.reserve(table.records.size());
    const int total = int(table.records.size() - 1);
    report.rows = total;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const csv::Record& r = table.records[i];
        Person p;
        p.lastName = value(r, Field::LastName);
        p.firstName = value(r, Field::FirstName);
        p.salutation = parseSalutation(value(r, Field::Salutation));
        p.title = value(r, Field::Title);
        p.function = value(r, Field::Function);
        p.email = value(r, Field::Email);
        p.notes = value(r, Field::Notes);
        p.doNotContact = parseYes(value(r, Field::DoNotContact));
        QStringList problems;
        const QString consent = value(r, Field::Consent);
        if (!consent.isEmpty()) {
            p.consentDate = parseDate(consent);
            p.legalBasis = u"consent"_s;
            if (!p.consentDate.isValid()) {
                problems << Tr::tr("\"%1\" is not a date (TT.MM.JJJJ).").arg(consent);
            }
        }
        for (auto [field, target] : {std::pair{Field::Phone, &p.phone}, std::pair{Field::Mobile, &p.mobile}}) {
            bool ok = true;
            const QString raw = value(r, field);
            *target = phone::normalise(raw, &ok);
            if (!ok) {
                problems << Tr::tr("\"%1\" is not a phone number.").arg(raw);
            }
        }
        for (const FieldError& e : p.validate()) {
            problems << e.message;
        }
        const QString organisation = value(r, Field::Organisation);
        QString key;
        if (!organisation.isEmpty()) {
            key = fold::sortKey(organisation);
            p.organisationId = organisations.value(key);
            if (p.organisationId == 0 && !newOrganisations.contains(key)) {
                newOrganisations.insert(key, organisation);
            }
        }
        if (!problems.isEmpty()) {
            report.rejected.append({r.line, problems.join(u' ')});
        }
        persons << p;
        organisationOf << key;
        if (progress && i % 2000 == 0 && !progress(int(i) / 2, total)) {
            report.cancelled = true;
            return report;
        }
    }
    report.created = int(persons.size());
    report.organisationsCreated = int(newOrganisations.size());
    if (!report.rejected.isEmpty() || options.dryRun) {
        return report;
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        report.error = tx.error();
        return report;
    }
    QString error;
    OrganisationRepository orgRepo(m_db);
    for (auto it = newOrganisations.cbegin(); it != newOrganisations.cend(); ++it) {
        Organisation o;
        o.name = it.value();
        // "Zeche Zollern Robotik GmbH": the legal form goes into its own field.
        for (const QString& form : vocab::codes(vocab::List::LegalForm)) {
            if (o.name.endsWith(u' ' + form) && o.name.size() > form.size() + 1) {
                o.legalForm = form;
                o.name.chop(form.size() + 1);
                break;
            }
        }
        if (!orgRepo.save(o, &error)) {
            report.error = Tr::tr("Organisation \"%1\" cannot be created: %2").arg(it.value(), error);
            return report;
        }
        organisations.insert(it.key(), o.id);
    }
    // One prepared statement each, reused for every row.
    QSqlQuery insert(m_db.connection());
    QSqlQuery index(m_db.connection());
    QSqlQuery audit(m_db.connection());
    insert.prepare(u"INSERT INTO persons(uuid, organisation_id, salutation, title, first_name, last_name, function, "
                   "email, phone, mobile, notes, legal_basis, consent_date, do_not_contact, sort_key, created_at, "
                   "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    index.prepare(u"INSERT INTO person_search(rowid, name, other) VALUES (?, ?, ?)"_s);
    audit.prepare(u"INSERT INTO audit_log(at, user_name, entity, entity_id, entity_uuid, action, changes) "
                  "VALUES (?, ?, 'person', ?, ?, 'import', ?)"_s);
    const QString now = time::toStorage(time::now());
    const QString changes =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"source"_s, options.source}}).toJson(QJsonDocument::Compact));
    for (qsizetype i = 0; i < persons.size(); ++i) {
        Person& p = persons[i];
        if (p.organisationId == 0 && !organisationOf[i].isEmpty()) {
            p.organisationId = organisations.value(organisationOf[i]);
        }
        p.uuid = newUuid();
        const QVariantList values = {p.uuid,
                                     sql::idOrNull(p.organisationId),
                                     p.salutation,
                                     p.title,
                                     p.firstName,
                                     p.lastName,
                                     p.function,
                                     p.email,
                                     p.phone,
                                     p.mobile,
                                     p.notes,
                                     p.legalBasis,
                                     sql::textOrNull(time::dateToStorage(p.consentDate)),
                                     p.doNotContact ? 1 : 0,
                                     fold::personSortKey(p.lastName, p.firstName),
                                     now,
                                     now};
        sql::bind(insert, values);
        if (!insert.exec()) {
            report.error = Tr::tr("Line %1 cannot be saved: %2").arg(table.records[i + 1].line).arg(insert.lastError().text());
            return report;
        }
        p.id = insert.lastInsertId().toLongLong();
        sql::bind(index, {p.id, fold::forIndex(QString(p.firstName + u' ' + p.lastName).trimmed()),
                          fold::forIndex(QString(p.email + u' ' + p.function))});
        sql::bind(audit, {now, m_db.userName(), p.id, p.uuid, changes});
        if (!index.exec() || !audit.exec()) {
            report.error = Tr::tr("Line %1 cannot be saved.").arg(table.records[i + 1].line);
            return report;
        }
        if (progress && i % 2000 == 0 && !progress(total / 2 + int(i) / 2, total)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
    }
    if (!tx.commit(&error)) {
        report.error = error;
        return report;
    }
    report.written = true;
    if (progress) {
        progress(total, total);
    }
    return report;
}

} // namespace kmuni
