// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/** The values of an import file's cells, as a spreadsheet or an address book program writes them. */
namespace kmuni::import {

/** A yes/no cell ("ja", "x", "1", "yes" / "nein", "0", "no"): nothing when it is empty or says neither. */
std::optional<bool> yesNo(const QString& cell);

/**
 * A German postal code as a spreadsheet may give it: "1067" of a cell that was a number (Excel drops the
 * leading zero of 01067 Dresden) with its zero again; anything else as it is.
 */
QString germanPostalCode(const QString& cell);

/**
 * "Zeche Zollern Robotik GmbH" → name "Zeche Zollern Robotik", legal form "GmbH": takes a known legal
 * form off the end of @p name and returns it (empty when the name ends with none).
 */
QString splitLegalForm(QString* name);

/**
 * True for what Outlook and Google write into every contact whether it holds something or not
 * ("0.0.00" for no birthday, "Unbekannt", "Normal", "Aus", "* myContacts"): in a column that is not
 * taken over, such a cell is not a value lost.
 */
bool isPlaceholder(const QString& cell);

/**
 * A cell as a spreadsheet-safe export wrote it, back as it was: "'+49 231 …" → "+49 231 …" (a quote
 * before = + - @ tab or carriage return is what keeps a spreadsheet from running a formula).
 */
QString unneutralise(const QString& cell);
/**
 * A cell of an import file as it is taken: trimmed, unneutralised, empty for a formula's error
 * ("#NV", "#N/A", "#BEZUG!"), and its line breaks (CR LF of a
 * Windows program, a lone CR of an old Mac one) written as the program keeps them, LF: a re-import
 * or a vCard of the same note then finds it unchanged.
 */
QString cellText(const QString& field);

/**
 * An organisation's street as an import takes it: the lines of a cell (Outlook's "Straße
 * geschäftlich" with the building in a second line, Excel's Alt+Enter) joined with ", ", and the
 * house number of a column of its own ("Hausnummer", as chambers list addresses) after the street's
 * first line, unless it already ends with it. A house number without a street is kept as it is.
 */
QString street(const QString& cell, const QString& houseNumber = {});

/**
 * True for a row that sums up or annotates a list rather than being one of its entries, as chambers'
 * and Excel lists end: one cell of words, the others numbers or empty, and the words "Summe", "Gesamt",
 * "Insgesamt", "Total" alone or a line beginning "Summe …", "Anzahl …", "Quelle:", "Stand:", "Hinweis:"
 * ("Anzahl Unternehmen: 5", "Quelle: IHK zu Dortmund"). A company "Total" with its city, a person "Sum"
 * with a first name are entries.
 */
bool isSummaryRow(const QStringList& cells);

/** How much of a text our XLSX export writes into a cell (Excel holds 32,767 characters). */
inline constexpr qsizetype cellTextLimit = 32000;

/** @p text as much of it as a cell takes (cellTextLimit), not ending in half a character (a surrogate). */
QString cutForACell(const QString& text);

/**
 * True when @p cell is @p stored as our XLSX export cut it at a cell's limit and an import reads it
 * (cutForACell(), then cellText(): trimmed): no change to take over, the stored text is whole.
 */
bool cutOffInACell(const QString& cell, const QString& stored);

/** A size class of employees, as the chambers' lists give one instead of a number: its first and last. */
struct SizeClass
{
    int from = 0;
    int to = 0; ///< INT_MAX for an open class ("250 und mehr")
};

/**
 * "50-249", "50 – 249", "50 bis 249", "bis 9", "unter 10", "< 10", "250+", "250 und mehr", "ab 250",
 * "über 249", "> 249", "≥ 250", optionally followed by "Beschäftigte" or "MA": the class; nothing for a
 * number or anything else.
 */
std::optional<SizeClass> sizeClass(const QString& cell);

/**
 * The project's sector of a WZ 2008 code as the chambers' lists give it ("62.01", "WZ 62.01
 * Programmierungstätigkeiten", "C 26.11", "J62"): IT (58.2, 61–63), logistics (49–53), health economy
 * (21, 32.5, 86–88), bio, micro and nano technology (26.1, 72.11), production (the rest of 10–33).
 * Empty for another code or no code.
 */
QString sectorOfWz(const QString& cell);

/** What an import makes of a phone cell. */
struct PhoneCell
{
    enum class Outcome
    {
        Kept, ///< the number, in E.164
        KeptToCheck, ///< the number, in E.164, taken with a change the note names (a lost zero, an extension)
        NotKept, ///< a number that cannot be kept (its area code not known, Excel's exponent form): left out, named
        NotANumber ///< words in a phone column (the wrong column?): the record's check refuses it
    };
    Outcome outcome = Outcome::Kept;
    QString number; ///< E.164 when kept; the cell as it is for NotANumber; empty for NotKept
    QString note; ///< for KeptToCheck and NotKept: what was done, for the report
};

/**
 * A phone cell of the column @p label as address books and lists write it, for @p region (the country
 * a person's or organisation's address names, "DE" without one): a number (phone::normalise()); the
 * zero or plus a spreadsheet dropped (2319876500); an extension ("0231 755-7788 App. 12", "Durchwahl -22",
 * vCard's ";ext=12"); words beside the number ("+49 231 755-0 Zentrale", "0231/755-2211 (Sekretariat)",
 * "Zentrale: 0231 755-0"); Excel's exponent form ("4,92319E+11", its last digits lost).
 */
PhoneCell phoneCell(const QString& label, const QString& raw, const QString& region);

/** "4,92302E+11": a long number Excel showed in exponent form and saved so, its last digits lost. */
bool isExcelExponent(const QString& cell);

/**
 * The activity type the words of a calendar entry's title or category name, as staff write them:
 * "Workshop …", "Seminar", "Schulung" a workshop; "Jobmesse", "Firmenkontaktmesse", "career fair" a
 * career fair; "Infoveranstaltung", "Infoabend" an information event; "Betriebsbesuch", "Firmenbesuch"
 * a company visit; "Hochschulbesuch", "Lehrstuhlbesuch" a university visit; "Telefonat", "Telko",
 * "Rückruf" a phone call. Of several, the one named first; empty where the words name none (a plain
 * "Besuch" or "Messe" names no type: which visit, which fair).
 */
QString eventTypeOfWords(const QString& text);

} // namespace kmuni::import
