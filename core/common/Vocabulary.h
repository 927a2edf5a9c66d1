// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace kmuni::vocab {

/** The closed lists of the domain. Codes are stored in the database; labels are shown (translated). */
enum class List
{
    OrganisationKind, ///< company, university, institute, partner
    InstituteType, ///< chair, faculty, career_service, transfer_office, research_institute
    Sector, ///< biomicronano, it, production, logistics, health
    OutreachStage, ///< identified … dormant
    EventType, ///< meeting, phone_call, …
    MatchType, ///< internship, thesis, …
    MatchStage, ///< proposed … completed, declined
    LegalBasis, ///< consent, legitimate_interest
    Salutation, ///< "", Herr, Frau (stored as mr, ms)
    AcademicTitle, ///< "", Dr., Prof., Prof. Dr.
    LegalForm, ///< GmbH, UG (haftungsbeschränkt), …
    ParticipantSide, ///< company, university, partner (derived from organisation kind)
};

/** The codes of @p list in their natural order (stages in process order, others as listed). */
QStringList codes(List list);

/** The translated label of @p code, or @p code itself when it is not in @p list. */
QString label(List list, const QString& code);

/**
 * The code of @p list that @p text names: the code itself, or its label in English, in the language
 * shown or in the other language (setOtherLanguage), case aside, as a file from another program or our
 * own export writes it; an empty string when none does.
 */
QString fromText(List list, const QString& text);

/**
 * As fromText(), and else the one code whose label begins with @p text or has it as a word (at
 * least four letters): "Produktion" for "Produktionswirtschaft", "Nanotechnologie" for
 * "Bio-/Mikro-/Nanotechnologie", as people shorten them in their lists. Empty when none or several do.
 */
QString fromWords(List list, const QString& text);
/**
 * For a cell fromWords() finds nothing for: the one code whose labels' words the words of @p text name, a
 * word by one it is ("IT") or begins (four letters or more), words such as "und" or "technology" aside:
 * "Mikro- und Nanotechnologie", "IT-Sicherheit". Empty when none or several do. Meant for sectors: a stage
 * "kein Kontakt" would be found as "contacted".
 */
QString fromSomeWords(List list, const QString& text);

/**
 * The translation of the language the program does not show (German while it speaks English): its
 * labels are read too, so that an English window takes a German list's "Logistik" or "Lehrstuhl".
 * Not owned; it must outlive its use, or be unset with nullptr.
 */
void setOtherLanguage(const QTranslator* translator);

/** True if @p code is one of @p list's codes. */
bool contains(List list, const QString& code);

/** Position of @p code in codes(list), -1 when unknown. Stages compare by this. */
int rank(List list, const QString& code);

} // namespace kmuni::vocab
