// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace kmuni::sqlite {

/** Name of the German collation registered on every connection: `ORDER BY name COLLATE de`. */
inline constexpr char collationName[] = "de";

/**
 * Registers the German collation ("de", ICU, DIN 5007-1: Ö sorts with O) and the search-folding
 * function `kmuni_fold(text)` (see fold::forIndex) on @p handle.
 * @return false with @p error set when SQLite refused a registration.
 */
bool registerFunctions(sqlite3* handle, QString* error);

/**
 * For benchmarks: when set, every connection opened afterwards reports each statement it runs,
 * with its bound values expanded, to @p hook (from the connection's thread). nullptr turns it off.
 */
using TraceHook = void (*)(const char* expandedSql);
void setTraceHook(TraceHook hook);

/** The ICU collator version the collation is built on; indexes need REINDEX when it changes. */
QString collationVersion();

} // namespace kmuni::sqlite
