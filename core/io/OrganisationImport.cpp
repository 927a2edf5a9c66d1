// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationImport.h"

#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "organisations/OrganisationRepository.h"
#include "staff/Staff.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {

using import::Field;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::OrganisationImport)
};

using import::yesNo;

// Kinds as a chamber's list writes them, besides our codes and labels.
// The words lists use in a column of kinds beside the program's own: a university's ("Fachhochschule"),
// and an institute's, which also tell its type ("Lehrstuhl", "Fakultät", "Transferstelle").
struct KindWord
{
    QString kind;
    QString instituteType;
};

KindWord kindWord(const QString& text)
{
    static const QHash<QString, KindWord> words = {{u"unternehmen"_s, {u"company"_s, {}}},
        {u"firma"_s, {u"company"_s, {}}}, {u"hochschule"_s, {u"university"_s, {}}},
        {u"universität"_s, {u"university"_s, {}}}, {u"fachhochschule"_s, {u"university"_s, {}}},
        {u"technische universität"_s, {u"university"_s, {}}},
        {u"hochschule für angewandte wissenschaften"_s, {u"university"_s, {}}}, {u"institut"_s, {u"institute"_s, {}}},
        {u"einrichtung"_s, {u"institute"_s, {}}}, {u"lehrstuhl"_s, {u"institute"_s, u"chair"_s}},
        {u"fachgebiet"_s, {u"institute"_s, u"chair"_s}}, {u"professur"_s, {u"institute"_s, u"chair"_s}},
        {u"fakultät"_s, {u"institute"_s, u"faculty"_s}}, {u"fachbereich"_s, {u"institute"_s, u"faculty"_s}},
        {u"transferstelle"_s, {u"institute"_s, u"transfer_office"_s}},
        {u"career service"_s, {u"institute"_s, u"career_service"_s}},
        {u"forschungsinstitut"_s, {u"institute"_s, u"research_institute"_s}},
        {u"an-institut"_s, {u"institute"_s, u"research_institute"_s}}, {u"netzwerkpartner"_s, {u"partner"_s, {}}},
        {u"partner"_s, {u"partner"_s, {}}}};
    return words.value(text.trimmed().toCaseFolded());
}

// The kind a cell names: a code, a label, or a word lists use (an institute type names an institute).
QString kindOf(const QString& text)
{
    if (QString code = vocab::fromText(vocab::List::OrganisationKind, text); !code.isEmpty()) {
        return code;
    }
    if (KindWord word = kindWord(text); !word.kind.isEmpty()) {
        return word.kind;
    }
    return vocab::fromText(vocab::List::InstituteType, text).isEmpty() ? QString() : u"institute"_s;
}

// One row: the organisation as the file gives it, which of its fields the file fills, problems.
struct Row
{
    int line = 0;
    Organisation organisation;
    QString parentName;
    QList<Field> given; ///< the fields the row has a value for
    QList<int> notTaken;
    QStringList problems;
    QStringList notes; ///< values not taken over, with why
    QStringList toCheck; ///< values taken over as the program read them, to be checked (a 0 put back)
    QString skipped; ///< why the row is left out (a total below the list), said, not refused
    QString key;
    int leastEmployees = 0; ///< of a size class the row gives instead of a number ("250 und mehr")
    std::optional<import::SizeClass> sizeClass; ///< that class
};

// What a row is read with besides its columns.
struct Reading
{
    const import::Mapping& mapping;
    QHash<QString, Id> staffByName; ///< import::matchKey of "First Last" and of "Last, First"
    QString archivedReason; ///< for an organisation the file archives
    QString unknownSector; ///< the message for a sector not in the list, which it names: made once per file
};

QString unknownSectorMessage()
{
    QStringList sectors;
    for (const QString& code : vocab::codes(vocab::List::Sector)) {
        sectors << vocab::label(vocab::List::Sector, code);
    }
    return Tr::tr("Sector \"%1\" left empty: it is not one of the project's sectors (%2).")
        .arg(u"%1"_s, sectors.join(u"; "_s));
}

/**
 * Reads one row into a Row, one method per step: the cells by field, then the texts, the legal form,
 * the coded values, the number of employees and the yes/no fields.
 */
class RowReading
{
public:
    RowReading(const Reading& reading, Row& row)
        : m_reading(reading)
        , m_mapping(reading.mapping)
        , m_row(row)
    { }

    void readCells(const csv::Record& record);
    void takeTexts();
    void splitLegalForm();
    void takeCodes();
    void takeSector();
    void takeEmployees();
    void takeYesNo();
    void takeResponsible();

private:
    void take(Field f, QString* into);
    void takePhone();
    void coded(Field f, vocab::List list, QString* into, const QString& unknown);
    /** The columns of @p f are not taken over (a note says why). */
    void notTaken(Field f);

    const Reading& m_reading;
    const import::Mapping& m_mapping;
    Row& m_row;
    std::array<QString, size_t(Field::Count)> m_v;
};

void RowReading::readCells(const csv::Record& record)
{
    for (int i = 0; i < m_mapping.size() && i < record.fields.size(); ++i) {
        const Field f = m_mapping[i].field;
        const QString cell = import::cellText(record.fields[i]);
        if (cell.isEmpty() || f == Field::Type || f == Field::Redundant) {
            continue;
        }
        if (f == Field::Ignore) {
            if (!import::isPlaceholder(cell)) {
                m_row.notTaken << i;
            }
            continue;
        }
        QString& target = m_v[size_t(f)];
        if (target.isEmpty()) {
            target = cell;
        } else if (f == Field::Notes || f == Field::OrgNeeds || f == Field::OrgOffers) {
            target += u'\n' + cell;
        } else if (target != cell) {
            m_row.notTaken << i;
        }
    }
}

void RowReading::take(Field f, QString* into)
{
    if (!m_v[size_t(f)].isEmpty()) {
        *into = m_v[size_t(f)];
        m_row.given << f;
    }
}

// A phone number as the persons import takes it: a lost zero, an extension, words beside it said; a number
// whose area code is not known left out and said (the stored one stays), not the whole file refused.
void RowReading::takePhone()
{
    const QString& raw = m_v[size_t(Field::OrgPhone)];
    if (raw.isEmpty()) {
        return;
    }
    const import::PhoneCell cell = import::phoneCell(import::label(Field::OrgPhone), raw, u"DE"_s);
    switch (cell.outcome) {
    case import::PhoneCell::Outcome::Kept:
        break;
    case import::PhoneCell::Outcome::KeptToCheck:
        m_row.toCheck << cell.note;
        break;
    case import::PhoneCell::Outcome::NotKept:
        m_row.notes << cell.note;
        notTaken(Field::OrgPhone);
        return;
    case import::PhoneCell::Outcome::NotANumber:
        break; // the check refuses the row, naming it
    }
    m_row.organisation.phone = cell.number;
    m_row.given << Field::OrgPhone;
}

void RowReading::takeTexts()
{
    Organisation& o = m_row.organisation;
    take(Field::Organisation, &o.name);
    take(Field::OrgShortName, &o.shortName);
    take(Field::LegalForm, &o.legalForm);
    if (const QString street = import::street(m_v[size_t(Field::OrgStreet)], m_v[size_t(Field::OrgHouseNumber)]);
        !street.isEmpty()) {
        o.street = street;
        m_row.given << Field::OrgStreet;
    }
    take(Field::OrgPostalCode, &o.postalCode);
    if (const QString country = country::code(m_v[size_t(Field::OrgCountry)]);
        country.isEmpty() || country == u"DE"_s) {
        o.postalCode = import::germanPostalCode(o.postalCode);
    }
    take(Field::OrgCity, &o.city);
    takePhone();
    take(Field::OrgEmail, &o.email);
    take(Field::OrgWebsite, &o.website);
    take(Field::OrgNeeds, &o.needs);
    take(Field::OrgOffers, &o.offers);
    take(Field::Notes, &o.notes);
    take(Field::OrgParent, &m_row.parentName);
}

void RowReading::splitLegalForm()
{
    Organisation& o = m_row.organisation;
    const bool legalFormColumn = std::any_of(
        m_mapping.cbegin(), m_mapping.cend(), [](const import::Column& c) { return c.field == Field::LegalForm; });
    if (!legalFormColumn) {
        // "Zeche Zollern Robotik GmbH" in a list without a column for it: the legal form goes into its own field.
        o.legalForm = import::splitLegalForm(&o.name);
        if (!o.legalForm.isEmpty()) {
            m_row.given << Field::LegalForm;
        }
    }
}

void RowReading::coded(Field f, vocab::List list, QString* into, const QString& unknown)
{
    const QString& text = m_v[size_t(f)];
    if (text.isEmpty()) {
        return;
    }
    *into = list == vocab::List::OrganisationKind ? kindOf(text) : vocab::fromWords(list, text);
    if (into->isEmpty()) {
        m_row.problems << unknown.arg(text);
    } else {
        m_row.given << f;
    }
}

void RowReading::takeCodes()
{
    Organisation& o = m_row.organisation;
    coded(Field::OrgKind, vocab::List::OrganisationKind, &o.kind,
        Tr::tr("\"%1\" is not a kind of organisation (company, university, institute, partner)."));
    coded(Field::OrgInstituteType, vocab::List::InstituteType, &o.instituteType,
        Tr::tr("\"%1\" is not a type of institute (faculty, chair, career service, …)."));
    takeSector();
    coded(Field::OrgStage, vocab::List::OutreachStage, &o.stage, Tr::tr("\"%1\" is not an outreach stage."));
    if (!m_row.given.contains(Field::OrgKind) && !m_row.parentName.isEmpty()) {
        o.kind = u"institute"_s;
    }
    // "Lehrstuhl" in the column of kinds: an institute, and its type where the file gives none.
    if (const QString& kindText = m_v[size_t(Field::OrgKind)];
        o.kind == u"institute"_s && !m_row.given.contains(Field::OrgInstituteType) && !kindText.isEmpty()) {
        QString type = kindWord(kindText).instituteType;
        if (type.isEmpty()) {
            type = vocab::fromText(vocab::List::InstituteType, kindText);
        }
        if (!type.isEmpty()) {
            o.instituteType = type;
            m_row.given << Field::OrgInstituteType;
        }
    }
}

// A sector the project does not serve ("Bergbau") leaves the organisation without one: said, not refused.
void RowReading::takeSector()
{
    const QString& text = m_v[size_t(Field::OrgSector)];
    if (text.isEmpty()) {
        return;
    }
    QString code = vocab::fromWords(vocab::List::Sector, text);
    if (code.isEmpty()) {
        code = import::sectorOfWz(text); // before its title's words: "62.09 … information technology …" is IT
    }
    if (code.isEmpty()) {
        code = vocab::fromSomeWords(vocab::List::Sector, text);
    }
    if (code.isEmpty()) {
        m_row.notes << m_reading.unknownSector.arg(text);
        notTaken(Field::OrgSector);
        return;
    }
    m_row.organisation.sector = code;
    m_row.given << Field::OrgSector;
}

void RowReading::takeEmployees()
{
    if (const QString& text = m_v[size_t(Field::OrgEmployees)]; !text.isEmpty()) {
        // A whole number, its thousands as German lists group them ("1.250", "1 250"); not a fraction
        // ("6.5" of an Excel cell counting full-time posts), not a size class ("50-249").
        static const QRegularExpression whole(u"^\\d{1,3}([. \\x{00A0}\\x{202F}]\\d{3})*$|^\\d+$"_s);
        bool ok = whole.match(text).hasMatch();
        const int n = ok ? QString(text).remove(QRegularExpression(u"\\D"_s)).toInt(&ok) : 0;
        if (ok) {
            m_row.organisation.employees = n;
            m_row.given << Field::OrgEmployees;
        } else if (const auto sizeClass = import::sizeClass(text)) {
            // A chamber's "50-249": no number to store, but whether it is an SME.
            m_row.leastEmployees = sizeClass->from;
            m_row.sizeClass = sizeClass;
            m_row.notes << Tr::tr("%1 \"%2\" is a size class, not a number: no number of employees is taken from it "
                                  "(a stored number outside the class is cleared).")
                               .arg(import::label(Field::OrgEmployees), text);
            notTaken(Field::OrgEmployees);
        } else {
            m_row.problems << Tr::tr("\"%1\" is not a number of employees.").arg(text);
        }
    }
}

void RowReading::takeYesNo()
{
    Organisation& o = m_row.organisation;
    for (const auto& [field, member] : {std::pair{Field::OrgSme, &Organisation::isSme},
             std::pair{Field::OrgPilot, &Organisation::isPilot}, std::pair{Field::Archived, &Organisation::archived}}) {
        if (const QString& text = m_v[size_t(field)]; !text.isEmpty()) {
            if (const auto value = yesNo(text)) {
                o.*member = *value;
                m_row.given << field;
            } else {
                m_row.problems << Tr::tr("%1: \"%2\" is neither yes nor no.").arg(import::label(field), text);
            }
        }
    }
    if (o.archived) {
        o.archivedReason = m_reading.archivedReason;
    }
    // 250 employees or more is no SME (the EU's definition, which the EFRE report counts by).
    if (const int least = o.employees.value_or(m_row.leastEmployees); least >= 250) {
        if (!m_row.given.contains(Field::OrgSme)) {
            o.isSme = false;
            m_row.given << Field::OrgSme;
        } else if (o.isSme) {
            m_row.notes << Tr::tr("%1 has %2 employees but is given as an SME; an SME has fewer than 250. "
                                  "Please check.")
                               .arg(o.name, o.employees ? QString::number(least) : m_v[size_t(Field::OrgEmployees)]);
        }
    }
}

// The staff member by name, as our export writes them: one not known is said, not guessed.
void RowReading::takeResponsible()
{
    const QString& name = m_v[size_t(Field::OrgResponsible)];
    if (name.isEmpty()) {
        return;
    }
    if (const Id id = m_reading.staffByName.value(import::matchKey(name)); id != 0) {
        m_row.organisation.responsibleStaffId = id;
        m_row.given << Field::OrgResponsible;
        return;
    }
    m_row.notes
        << Tr::tr("%1 \"%2\" not kept: no staff member has this name.").arg(import::label(Field::OrgResponsible), name);
    notTaken(Field::OrgResponsible);
}

void RowReading::notTaken(Field f)
{
    for (int i = 0; i < m_mapping.size(); ++i) {
        if (m_mapping[i].field == f) {
            m_row.notTaken << i;
        }
    }
}

Row readRow(const csv::Record& record, const Reading& context)
{
    Row row;
    row.line = record.line;
    if (import::isSummaryRow(record.fields)) {
        row.skipped = Tr::tr("a total or a note below the list, not an organisation: left out");
        return row;
    }
    RowReading reading(context, row);
    reading.readCells(record);
    reading.takeTexts();
    if (row.organisation.name.isEmpty()) {
        row.problems << Tr::tr("The organisation's name is missing.");
        return row;
    }
    reading.splitLegalForm();
    reading.takeCodes();
    reading.takeEmployees();
    reading.takeYesNo();
    reading.takeResponsible();
    return row;
}

struct Stored
{
    QList<Organisation> list;
    QHash<QString, qsizetype> byKey; ///< name key | parent's name key
    QHash<Id, QString> nameKeyOf;
};

bool readStored(Database& db, Stored& stored, QString* error)
{
    OrganisationRepository repo(db);
    OrganisationFilter everyone;
    everyone.archived = OrganisationFilter::Archived::All;
    const auto all = repo.list(everyone);
    if (all.failed()) {
        *error = all.error();
        return false;
    }
    stored.list = *all;
    for (const Organisation& o : std::as_const(stored.list)) {
        stored.nameKeyOf.insert(o.id, import::matchKey(o.name));
    }
    for (qsizetype i = 0; i < stored.list.size(); ++i) {
        const Organisation& o = stored.list[i];
        const QString key = stored.nameKeyOf.value(o.id) + u'|' + stored.nameKeyOf.value(o.parentId);
        if (!stored.byKey.contains(key)) {
            stored.byKey.insert(key, i);
        }
    }
    return true;
}

bool readStaff(Database& db, QHash<QString, Id>& byName, QString* error)
{
    const auto staff = StaffRepository(db).list(false);
    if (staff.failed()) {
        *error = staff.error();
        return false;
    }
    for (const StaffMember& m : *staff) {
        for (const QString& name : QStringList{m.displayName(), m.lastName + u", "_s + m.firstName}) {
            if (!byName.contains(import::matchKey(name))) {
                byName.insert(import::matchKey(name), m.id);
            }
        }
    }
    return true;
}

// The fields @p from gives that differ from @p to, taken into @p to; their names.
QStringList takeValues(const Row& row, Organisation& to)
{
    const Organisation& from = row.organisation;
    QStringList changed;
    const auto text = [&](Field f, QString Organisation::*member) {
        if (row.given.contains(f) && to.*member != from.*member && !import::cutOffInACell(from.*member, to.*member)) {
            to.*member = from.*member;
            changed << import::label(f);
        }
    };
    text(Field::OrgShortName, &Organisation::shortName);
    text(Field::LegalForm, &Organisation::legalForm);
    text(Field::OrgKind, &Organisation::kind);
    text(Field::OrgInstituteType, &Organisation::instituteType);
    text(Field::OrgSector, &Organisation::sector);
    text(Field::OrgStreet, &Organisation::street);
    text(Field::OrgPostalCode, &Organisation::postalCode);
    text(Field::OrgCity, &Organisation::city);
    text(Field::OrgPhone, &Organisation::phone);
    text(Field::OrgEmail, &Organisation::email);
    text(Field::OrgWebsite, &Organisation::website);
    text(Field::OrgStage, &Organisation::stage);
    text(Field::OrgNeeds, &Organisation::needs);
    text(Field::OrgOffers, &Organisation::offers);
    text(Field::Notes, &Organisation::notes);
    if (row.given.contains(Field::OrgEmployees) && to.employees != from.employees) {
        to.employees = from.employees;
        changed << import::label(Field::OrgEmployees);
    }
    if (const auto& c = row.sizeClass; c && to.employees && (*to.employees < c->from || *to.employees > c->to)) {
        to.employees.reset(); // 110 stored, "250 und mehr" in the file: the number is no longer true
        changed << import::label(Field::OrgEmployees);
    }
    if (row.given.contains(Field::OrgSme) && to.isSme != from.isSme) {
        to.isSme = from.isSme;
        changed << import::label(Field::OrgSme);
    }
    if (row.given.contains(Field::OrgPilot) && to.isPilot != from.isPilot) {
        to.isPilot = from.isPilot;
        changed << import::label(Field::OrgPilot);
    }
    if (row.given.contains(Field::OrgResponsible) && to.responsibleStaffId != from.responsibleStaffId) {
        to.responsibleStaffId = from.responsibleStaffId;
        changed << import::label(Field::OrgResponsible);
    }
    if (row.given.contains(Field::Archived) && to.archived != from.archived) {
        to.archived = from.archived;
        to.archivedReason = from.archivedReason;
        changed << import::label(Field::Archived);
    }
    return changed;
}

/**
 * The rows of one import run, set against the stored organisations, one method per step; what it
 * finds goes into the report.
 */
class Plan
{
public:
    Plan(Database& db, const Stored& stored, ImportReport& report, QString& error)
        : m_db(db)
        , m_report(report)
        , m_error(error)
        , m_repo(db)
        , m_result(stored.list)
        , m_byKey(stored.byKey)
        , m_changedFields(m_result.size())
    {
        for (qsizetype i = 0; i < m_result.size(); ++i) {
            m_indexOfId.insert(m_result[i].id, i);
            addName(i);
        }
    }

    void readRows(const import::Source& source, const Reading& reading);
    void planRows();
    void write();

private:
    QString parentKeyOf(qsizetype index) const;
    void findAmbiguousNames();
    void addAliases(qsizetype index);
    void addName(qsizetype index);
    qsizetype find(const QString& key, const Row* row = nullptr) const;
    qsizetype findRow(const Row& row, const QString& parentKey) const;
    qsizetype parentOf(Row& row);
    void planRow(Row& row);
    void checkResult(const Row& row, qsizetype index);
    void sameAsAbove(const Row& row, qsizetype index, ImportReport::Change& change);

    Database& m_db;
    ImportReport& m_report;
    QString& m_error;
    OrganisationRepository m_repo;
    // Every organisation as it will be: stored ones changed, new ones appended (id 0).
    QList<Organisation> m_result;
    QHash<QString, qsizetype> m_byKey;
    QHash<QString, qsizetype> m_byAlias; // another name's key | the parent's name key
    QSet<QString> m_ambiguous; // other names (keys as m_byAlias's) that two organisations have
    QHash<Id, qsizetype> m_indexOfId; // the stored organisations
    QHash<QString, qsizetype> m_byName; // name key, whatever the university; -1: two organisations'
    QList<QStringList> m_changedFields;
    QHash<qsizetype, qsizetype> m_newParent; // new institutes of a new university: index → its index
    QList<Row> m_rows;
    QHash<qsizetype, int> m_firstLine; // organisations the file names: index → the first line naming it
};

void Plan::readRows(const import::Source& source, const Reading& reading)
{
    for (const csv::Record& record : source.records) {
        Row read = readRow(record, reading);
        if (!read.skipped.isEmpty()) {
            m_report.skipped.append({read.line, read.skipped});
            continue;
        }
        m_rows << std::move(read);
        const Row& row = m_rows.last();
        for (int i : row.notTaken) {
            ++m_report.columns[i].notTaken;
        }
        for (const QString& note : row.notes) {
            m_report.notes.append({row.line, note});
        }
        for (const QString& note : row.toCheck) {
            m_report.toCheck.append({row.line, note});
        }
    }
}

void Plan::planRows()
{
    // Institutes after the universities, wherever the file lists them.
    std::stable_partition(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.parentName.isEmpty(); });
    findAmbiguousNames();
    for (qsizetype i = 0; i < m_result.size(); ++i) {
        addAliases(i);
    }
    for (Row& row : m_rows) {
        planRow(row);
    }
}

// The name key of the university of @p index; empty for one without.
QString Plan::parentKeyOf(qsizetype index) const
{
    const Organisation& o = m_result[index];
    qsizetype parent = m_newParent.value(index, -1);
    if (parent < 0 && o.parentId != 0) {
        parent = m_indexOfId.value(o.parentId, -1);
    }
    return parent >= 0 ? import::matchKey(m_result[parent].name) : QString();
}

// The other names (import::otherNames) that two organisations have, stored or in the file, all found
// before the first row is planned: what a name means does not depend on the order of the rows, and a
// second import of the file finds what the first one did. A row is counted as the organisation it will
// be (a stored one it names by another name), an institute's university as the one its name will find.
void Plan::findAmbiguousNames()
{
    // Top-level organisations, stored and in the file: any of their names' keys → their name's key.
    QHash<QString, QString> topLevel;
    QSet<QString> unclear;
    const auto known = [&](const QString& key, const QString& canonical) {
        const auto it = topLevel.constFind(key);
        if (it == topLevel.cend()) {
            topLevel.insert(key, canonical);
        } else if (*it != canonical) {
            unclear.insert(key);
        }
    };
    for (const Organisation& o : std::as_const(m_result)) {
        if (o.parentId == 0) {
            const QString own = import::matchKey(o.name);
            known(own, own);
            for (const QString& other : import::otherNames(o.name, o.shortName)) {
                known(import::matchKey(other), own);
            }
        }
    }
    const QHash<QString, QString> stored = topLevel; // a row finds a stored one by these, not another row
    const QSet<QString> storedUnclear = unclear;
    const auto resolved = [&](const QString& key) { return unclear.contains(key) ? key : topLevel.value(key, key); };
    // What a top-level row of the file will be: the stored one its name or another name finds, or itself.
    QList<QString> canonical(m_rows.size());
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        if (!row.parentName.isEmpty()) {
            continue;
        }
        const QString own = import::matchKey(row.organisation.name);
        canonical[r] = own;
        for (const QString& name : QStringList{row.organisation.name}
                + import::otherNames(row.organisation.name, row.organisation.shortName)) {
            if (const QString key = import::matchKey(name); stored.contains(key) && !storedUnclear.contains(key)) {
                canonical[r] = stored.value(key);
                break;
            }
        }
        known(own, canonical[r]);
        for (const QString& other : import::otherNames(row.organisation.name, row.organisation.shortName)) {
            known(import::matchKey(other), canonical[r]);
        }
    }
    QHash<QString, QString> owner; // other name's key | parent's key → the organisation's key
    const auto claim = [&](const QString& own, const QString& name, const QString& shortName, const QString& parent) {
        for (const QString& other : import::otherNames(name, shortName)) {
            const QString key = import::matchKey(other) + u'|' + parent;
            const auto it = owner.constFind(key);
            if (it == owner.cend()) {
                owner.insert(key, own);
            } else if (*it != own) {
                m_ambiguous.insert(key);
            }
        }
    };
    for (qsizetype i = 0; i < m_result.size(); ++i) {
        const QString parent = parentKeyOf(i);
        claim(import::matchKey(m_result[i].name) + u'|' + parent, m_result[i].name, m_result[i].shortName, parent);
    }
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        const QString parent = row.parentName.isEmpty() ? QString() : resolved(import::matchKey(row.parentName));
        const QString own = row.parentName.isEmpty() ? QString(canonical[r] + u'|')
                                                     : QString(import::matchKey(row.organisation.name) + u'|' + parent);
        claim(own, row.organisation.name, row.organisation.shortName, parent);
    }
}

// The other names of organisation @p index, beside the same university, where no other organisation
// is called so and no other has them too.
void Plan::addAliases(qsizetype index)
{
    const Organisation& o = m_result[index];
    const QString parent = parentKeyOf(index);
    for (const QString& other : import::otherNames(o.name, o.shortName)) {
        const QString key = import::matchKey(other) + u'|' + parent;
        if (!m_byKey.contains(key) && !m_ambiguous.contains(key)) {
            m_byAlias.insert(key, index);
        }
    }
}

void Plan::addName(qsizetype index)
{
    const QString key = import::matchKey(m_result[index].name);
    const auto it = m_byName.constFind(key);
    if (it == m_byName.cend()) {
        m_byName.insert(key, index);
    } else if (*it != index) {
        m_byName[key] = -1;
    }
}

// The organisation @p row names beside the university of @p parentKey: by its name, another name it
// has, or the row's name without "(…)" or its short name; a row that names no university, the one
// organisation of its name (an institute stored under its university).
qsizetype Plan::findRow(const Row& row, const QString& parentKey) const
{
    const QString& name = row.organisation.name;
    if (const qsizetype index = find(import::matchKey(name) + u'|' + parentKey, &row); index >= 0) {
        return index;
    }
    // "A (Dortmund)" is not "A" when there is an "A (Bochum)" too.
    for (const QString& other : import::otherNames(name, row.organisation.shortName)) {
        const QString key = import::matchKey(other) + u'|' + parentKey;
        if (const qsizetype index = m_ambiguous.contains(key) ? -1 : find(key, &row); index >= 0) {
            return index;
        }
    }
    if (!row.parentName.isEmpty()) {
        return -1;
    }
    const qsizetype index = m_byName.value(import::matchKey(name), -1);
    const bool kindFits
        = index >= 0 && (!row.given.contains(Field::OrgKind) || row.organisation.kind == m_result[index].kind);
    return kindFits ? index : -1;
}

// The organisation of @p key (name key | parent's name key), by its name, or by another name it has
// when it is of the kind @p row says (a company "HRW GmbH" is not the university "HRW").
qsizetype Plan::find(const QString& key, const Row* row) const
{
    if (const qsizetype index = m_byKey.value(key, -1); index >= 0) {
        return index;
    }
    const qsizetype index = m_byAlias.value(key, -1);
    if (index >= 0 && row && row->given.contains(Field::OrgKind) && row->organisation.kind != m_result[index].kind) {
        return -1;
    }
    return index;
}

// The university of an institute, among the stored ones or those further up in the file.
qsizetype Plan::parentOf(Row& row)
{
    qsizetype parentIndex = -1;
    if (!row.parentName.isEmpty()) {
        parentIndex = find(import::matchKey(row.parentName) + u'|');
        if (parentIndex < 0) {
            // A list of organisations is kept with care: a misspelt university is not created.
            row.problems << Tr::tr("The university \"%1\" is not known: add a row for it (of the kind "
                                   "University) or create it first, or write it as it is stored.")
                                .arg(row.parentName);
        } else if (m_result[parentIndex].kind != u"university"_s) {
            row.problems << Tr::tr("\"%1\" is not a university: an institute belongs to one.").arg(row.parentName);
            parentIndex = -1;
        }
    }
    return parentIndex;
}

void Plan::planRow(Row& row)
{
    const qsizetype parentIndex = parentOf(row);
    if (!row.problems.isEmpty()) {
        m_report.rejected.append({row.line, row.problems.join(u' ')});
        return;
    }
    // As the form would store it (trimmed, phone in E.164, website with its scheme), to compare.
    {
        Organisation normalised = row.organisation;
        normalised.parentId = 0;
        m_repo.check(normalised);
        row.organisation = normalised;
    }
    const QString parentKey = parentIndex >= 0 ? import::matchKey(m_result[parentIndex].name) : QString();
    const QString key = import::matchKey(row.organisation.name) + u'|' + parentKey;
    ImportReport::Change change;
    change.line = row.line;
    change.name = row.organisation.displayName();
    qsizetype index = findRow(row, parentKey);
    if (index < 0) {
        Organisation o = row.organisation;
        o.parentId = parentIndex >= 0 ? m_result[parentIndex].id : 0;
        index = m_result.size();
        m_result << o;
        m_changedFields << QStringList{};
        if (parentIndex >= 0 && m_result[parentIndex].id == 0) {
            m_newParent.insert(index, parentIndex);
        }
        m_byKey.insert(key, index);
        addName(index);
        addAliases(index);
        change.outcome = ImportReport::Outcome::Created;
        ++m_report.created;
    } else if (m_firstLine.contains(index)) {
        sameAsAbove(row, index, change);
        return;
    } else {
        change.fields = takeValues(row, m_result[index]);
        addAliases(index); // a short name the file gives
        change.outcome = change.fields.isEmpty() ? ImportReport::Outcome::Unchanged : ImportReport::Outcome::Updated;
        ++(change.fields.isEmpty() ? m_report.unchanged : m_report.updated);
        for (const QString& f : std::as_const(change.fields)) {
            if (!m_changedFields[index].contains(f)) {
                m_changedFields[index] << f;
            }
        }
    }
    m_firstLine.insert(index, row.line);
    checkResult(row, index);
    m_report.changes << change;
}

// A row naming an organisation a row further up named: the first row's values stand (a chamber
// lists a company once per site; the organisation is one, and a re-import must change nothing).
void Plan::sameAsAbove(const Row& row, qsizetype index, ImportReport::Change& change)
{
    const int firstLine = m_firstLine.value(index);
    Organisation copy = m_result[index];
    const QStringList differing = takeValues(row, copy);
    if (!differing.isEmpty()) {
        m_report.notes.append({row.line,
            Tr::tr("\"%1\" is in line %2 already; what this line says differently is not taken over (%3). If it is "
                   "another site of the same organisation, add it to the organisation's notes.")
                .arg(change.name)
                .arg(firstLine)
                .arg(differing.join(u", "_s))});
    }
    change.outcome = ImportReport::Outcome::Unchanged;
    change.sameAsLine = firstLine;
    ++m_report.unchanged;
    m_report.changes << change;
}

// Checked as the form checks it (normalised phone and website), with the university in place.
void Plan::checkResult(const Row& row, qsizetype index)
{
    Organisation check = m_result[index];
    const Id parent = check.parentId;
    check.parentId = m_newParent.contains(index) ? 0 : parent;
    FieldErrors problems = m_repo.check(check);
    if (m_newParent.contains(index)) {
        problems.removeIf([](const FieldError& e) { return e.field == u"parentId"_s; });
    }
    if (!problems.isEmpty()) {
        m_report.rejected.append({row.line, describe(problems)});
    }
    check.parentId = parent;
    m_result[index] = check;
}

/** Saves the new and changed organisations, all or none. */
void Plan::write()
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_report.error = tx.error();
        m_report.databaseFailed = true;
        return;
    }
    // Universities before their institutes: the file may list them in any order.
    for (const bool institutes : {false, true}) {
        for (qsizetype i = 0; i < m_result.size(); ++i) {
            Organisation& o = m_result[i];
            const bool isNew = o.id == 0;
            if ((!isNew && m_changedFields[i].isEmpty()) || m_newParent.contains(i) != institutes) {
                continue;
            }
            if (m_newParent.contains(i)) {
                o.parentId = m_result[m_newParent.value(i)].id;
            }
            if (!m_repo.save(o, &m_error)) {
                m_report.error = Tr::tr("Organisation \"%1\" cannot be saved: %2").arg(o.displayName(), m_error);
                m_report.databaseFailed = true;
                return;
            }
        }
    }
    if (!tx.commit(&m_error)) {
        m_report.error = m_error;
        m_report.databaseFailed = true;
        return;
    }
    m_report.written = true;
}

} // namespace

OrganisationImport::OrganisationImport(Database& db)
    : m_db(db)
{ }

ImportPreview OrganisationImport::preview(const QByteArray& bytes, csv::Encoding encoding, int sampleRows)
{
    return ImportPreview::of(import::readCsv(bytes, encoding, import::Target::Organisations, std::nullopt), sampleRows);
}

ImportReport OrganisationImport::run(const QByteArray& bytes, const Options& options)
{
    ImportReport report;
    report.subject = import::Target::Organisations;
    const import::Source source
        = import::readCsv(bytes, options.encoding, import::Target::Organisations, options.mapping);
    if (!source.error.isEmpty()) {
        report.error = source.error;
        return report;
    }
    if (!import::namesOrganisations(source.mapping)) {
        report.error = Tr::tr("The first line must name the columns, one of them the organisation's name "
                              "(\"Name\", \"Firma\", \"Organisation\"); found: %1.")
                           .arg(import::headerExcerpt(source.header));
        return report;
    }
    if (!options.mapping) {
        // The columns chosen by the user are theirs; detected ones must fit.
        if (QString wrong = import::wrongKind(source.header, import::Target::Organisations); !wrong.isEmpty()) {
            report.error = std::move(wrong);
            return report;
        }
    }
    report.rows = int(source.records.size());
    report.countColumns(source);
    if (!source.note.isEmpty()) {
        report.notes.append({0, source.note});
    }
    Stored stored;
    QString error;
    if (!readStored(m_db, stored, &error)) {
        report.error = Tr::tr("The stored organisations cannot be read: %1").arg(error);
        report.databaseFailed = true;
        return report;
    }
    Reading reading{source.mapping, {}, {}, unknownSectorMessage()};
    if (!readStaff(m_db, reading.staffByName, &error)) {
        report.error = Tr::tr("The staff members cannot be read: %1").arg(error);
        report.databaseFailed = true;
        return report;
    }
    reading.archivedReason = options.source.isEmpty()
        ? Tr::tr("Archived in an imported file.")
        : Tr::tr("Archived in the imported file %1.").arg(QFileInfo(options.source).fileName().left(80));
    Plan plan(m_db, stored, report, error);
    plan.readRows(source, reading);
    plan.planRows();
    const auto byLine = [](const auto& a, const auto& b) { return a.line < b.line; };
    std::sort(report.changes.begin(), report.changes.end(), byLine);
    std::sort(report.rejected.begin(), report.rejected.end(), byLine);
    if (!report.rejected.isEmpty() || options.dryRun) {
        return report;
    }
    plan.write();
    return report;
}

} // namespace kmuni
