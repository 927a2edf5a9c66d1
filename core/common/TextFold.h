// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kmuni::fold {

/**
 * Folds text for searching the way a German reader expects: lower case, accents and umlauts
 * stripped (ü → u, é → e), ß → ss. "Müller" becomes "muller", "Straße" becomes "strasse".
 */
QString simple(QStringView text);

/** Like simple(), but writes umlauts the German way: ä → ae, ö → oe, ü → ue ("Müller" → "mueller"). */
QString german(QStringView text);

/**
 * The text to store in a search index: simple() and, where it differs, german() after it, so
 * that "Müller" is found by "müller", "muller" and "mueller" alike.
 */
QString forIndex(QStringView text);

/**
 * The alternatives to look for when a user typed @p query: simple() and, where it differs,
 * german(). "Müller" gives {"muller", "mueller"}; "mueller" gives {"mueller"}.
 */
QStringList forQuery(QStringView query);

/**
 * The key a list sorts by: simple() of the text. Binary order of keys is German dictionary order
 * (DIN 5007-1: ä as a, ß as ss, case ignored), so one plain index sorts and prefix-filters a list.
 */
QString sortKey(QStringView text);
/** The key of a person: last name, a tab (sorts before any letter), first name. */
QString personSortKey(QStringView lastName, QStringView firstName);

/**
 * Whether @p ascii is @p text as a program without umlauts writes it: "Mueller" or "Muller" for
 * "Müller", "Weiss" for "Weiß" (case aside). False where @p text has no umlaut, ß or accent.
 */
bool isTransliteration(QStringView ascii, QStringView text);

// For QString and string-builder expressions ("a" + b), which do not convert to QStringView.
inline QString simple(const QString& text)
{
    return simple(QStringView(text));
}
inline QString german(const QString& text)
{
    return german(QStringView(text));
}
inline QString forIndex(const QString& text)
{
    return forIndex(QStringView(text));
}
inline QStringList forQuery(const QString& text)
{
    return forQuery(QStringView(text));
}

} // namespace kmuni::fold
