// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportCells.h"

#include "Csv.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace kmuni::import {

/**
 * What a column of an import file holds. The person's fields, then the fields of the person's
 * organisation (which fill a new organisation, or an existing one where it has nothing yet).
 */
enum class Field
{
    Ignore, ///< not taken over: named in the report when it holds values
    Type, ///< the type of another column's value (Google: "Phone 1 - Type" says "Mobile" or "Work")
    Redundant, ///< repeats what other columns hold (Google: "Address 1 - Formatted")
    NamePrefix, ///< salutation and/or academic title: "Frau", "Herr Dr.", "Prof. Dr.", "Mr."
    FirstName,
    MiddleName, ///< added to the first name
    LastName,
    FullName, ///< "Anna Müller", "Müller, Anna": used for the names the other columns leave empty
    Function,
    Department, ///< added to the function: "Einkaufsleiterin, Einkauf"
    Email,
    Phone,
    Mobile,
    Notes,
    Consent, ///< the date of consent (legal basis becomes consent)
    DoNotContact,
    Organisation,
    LegalForm,
    OrgStreet,
    OrgHouseNumber, ///< added to the street: "Hausnummer" in a column of its own
    OrgPostalCode,
    OrgCity,
    OrgCountry, ///< the organisation's country: a postal code abroad is not checked as a German one
    OrgPhone,
    OrgWebsite,
    // An organisation's own fields, for the organisations import.
    OrgShortName,
    OrgKind, ///< company, university, institute, partner: code or label
    OrgParent, ///< an institute's university, by name; in a list of persons, alone: their organisation
    OrgInstituteType, ///< faculty, chair, career service, …: code or label
    OrgSector,
    OrgEmail,
    OrgEmployees,
    OrgSme,
    OrgPilot,
    OrgStage,
    OrgNeeds,
    OrgOffers,
    OrgResponsible, ///< the staff member responsible for the organisation, by name
    Archived, ///< yes or no
    Count
};

/** What a file holds a row of. */
enum class Target
{
    Persons,
    Organisations
};

/** How one column is read: its field, and the column that tells its value's type (or -1). */
struct Column
{
    Field field = Field::Ignore;
    int typeColumn = -1;

    bool operator==(const Column& o) const { return field == o.field && typeColumn == o.typeColumn; }
};
using Mapping = QList<Column>;

/** The field's name for the user: "Vorname", "Ort (Organisation)". */
QString label(Field field);
/** The fields a user may choose for a column of @p target, in the order of a form. */
QList<Field> choosable(Target target = Target::Persons);
/** A stable name for settings and the command line ("first_name"); and back (Ignore when unknown). */
QString code(Field field);
Field fromCode(const QString& code);

/**
 * The mapping for @p header as the common exports write it: Outlook (German and English),
 * Google Contacts (old and new), Thunderbird (German and English), LinkedIn connections, German
 * Excel lists, and our own export. A column nobody recognises is Field::Ignore.
 */
Mapping detect(const QStringList& header);
/** The mapping of a list of organisations: "Name" is the organisation's, "Telefon" its phone, … */
Mapping detectOrganisations(const QStringList& header);

/** True when @p mapping can name a person: a last-name or a full-name column. */
bool namesPersons(const Mapping& mapping);
/** True when @p mapping names organisations: a column of their names. */
bool namesOrganisations(const Mapping& mapping);

/**
 * Why a file of columns @p header is not what @p target imports, naming the columns that tell: a
 * list of organisations (our export, a chamber's list: "Art", "Branche", "KMU", no first or last
 * name) given to the persons import, which would make each organisation a person; or a list of
 * persons ("Vorname", "Nachname") given to the organisations import, which would make their e-mail,
 * phone and notes the organisation's. Empty when the columns fit.
 */
QString wrongKind(const QStringList& header, Target target);

/**
 * The key that tells whether two names are the same organisation (or the same first or last
 * name): folded, legal forms and punctuation aside, umlauts written either way ("Müller Feinmechanik
 * GmbH & Co. KG" and "Mueller Feinmechanik" are the same).
 */
QString matchKey(const QString& name);

/**
 * The other names a file may give an organisation called @p name: its @p shortName ("TU Dortmund"),
 * its name without the abbreviation in brackets ("Lehrstuhl für Förder- und Lagerwesen" for "… (FLW)").
 * Only those that differ from the name; none empty.
 */
QStringList otherNames(const QString& name, const QString& shortName);

/** True when @p row, read as column names, names the persons (organisations) of a @p target list. */
bool namesTarget(const QStringList& row, Target target);

/**
 * True when @p row is the header of a @p target list: it names its persons (organisations), and not
 * as a list of the other kind does (wrongKind). A workbook's sheet with such a row is the one read.
 */
bool holdsList(const QStringList& row, Target target);

/**
 * The row that holds the column names among the first rows of @p rows: LinkedIn writes a few lines
 * of notes before it. The first row whose detected mapping names persons; 0 when none does.
 */
int headerRow(const QList<QStringList>& rows, Target target = Target::Persons);

/**
 * A header in two rows, as lists with merged cells have it ("Anschrift" above "Straße und Hausnr.", "PLZ",
 * "Ort"; "Unternehmen" merged over both): the lower row's names, and the upper's where the lower has none.
 * Nothing when @p lower is not such a row (most of its cells no column names) or adds no column.
 */
std::optional<QStringList> twoRowHeader(const QStringList& upper, const QStringList& lower, Target target);

/**
 * The column names @p header as a message quotes them: joined with ", ", at most @p limit
 * characters (then "…"), every control character, or run of them, shown as one "\uFFFD" (a file
 * that is not text, an executable given as CSV, must not fill the message with its bytes).
 */
QString headerExcerpt(const QStringList& header, qsizetype limit = 60);

/** A key for @p header, to remember the mapping a user chose for files with these columns. */
QString headerKey(const QStringList& header);

/** The rows of a file with the column names and what each column holds. */
struct Source
{
    QStringList header;
    Mapping mapping;
    QList<csv::Record> records; ///< the data rows
    QString error; ///< the file cannot be read: the message for the user
    QString note; ///< what the user should know of how it was read (the sheet of a workbook)
};

/**
 * Reads a CSV file (or the first sheet of an Excel workbook, .xlsx) for an import of @p target: the header row (after
 * notes such as LinkedIn's), the mapping (@p mapping when it fits the header, else detected) and the data rows.
 * All rows at once: RowReader reads them one by one.
 */
Source readCsv(const QByteArray& bytes, csv::Encoding encoding, Target target, const std::optional<Mapping>& mapping);

/**
 * The rows of a file for an import, one at a time: what readCsv() reads, without holding the file.
 * A CSV file is read from the device a chunk at a time (csv::Reader); an Excel workbook is read whole
 * (it is a zip archive), and rows already read (a Source, as vCards give them) are handed out.
 *
 * The header and the mapping are known once it is made; a problem of the file may show at its end
 * only (an unterminated quote in the last line): error() after next() returned false says it, and
 * then the rows before it are to be forgotten, as readCsv() gives none.
 */
class RowReader final
{
public:
    RowReader(QIODevice* device, csv::Encoding encoding, Target target, const std::optional<Mapping>& mapping,
        qsizetype chunkSize = csv::Reader::defaultChunkSize);
    explicit RowReader(Source source);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    /** Why the file cannot be read, for the user; empty while it can. */
    const QString& error() const { return m_error; }
    const QStringList& header() const { return m_header; }
    const Mapping& mapping() const { return m_mapping; }
    /** What the user should know of how the file was read: the sheet of a workbook behind another. */
    const QString& note() const { return m_note; }
    /** The next data row; false at the end or at a problem (error()). */
    bool next(csv::Record* record);
    /** How far through the file, 0 to 1: for a progress bar. */
    double progress() const;

private:
    bool fetch(csv::Record* record);

    QString m_error;
    QString m_note;
    QStringList m_header;
    Mapping m_mapping;
    std::unique_ptr<csv::Reader> m_csv;
    QList<csv::Record> m_rows; ///< all rows, when not read from a CSV file (a sheet, vCards)
    qsizetype m_next = 0;
    QList<csv::Record> m_ahead; ///< the rows read to find the header, after it
    qsizetype m_nextAhead = 0;
};

} // namespace kmuni::import
