// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFunctions.h"

#include "common/TextFold.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include <sqlite3.h>
#include <unicode/ucol.h>

namespace kmuni::sqlite {
namespace {

UCollator* openGermanCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator* collator = ucol_open("de_DE", &status);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    return collator;
}

// SQLite hands the collation UTF-8 bytes; ICU compares them without converting to UTF-16 first.
int compareGerman(void* context, int lengthA, const void* a, int lengthB, const void* b)
{
    auto* collator = static_cast<UCollator*>(context);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = ucol_strcollUTF8(
        collator, static_cast<const char*>(a), lengthA, static_cast<const char*>(b), lengthB, &status);
    if (U_FAILURE(status)) {
        const int common = std::min(lengthA, lengthB);
        const int c = std::memcmp(a, b, static_cast<size_t>(common));
        return c != 0 ? c : lengthA - lengthB;
    }
    return static_cast<int>(result);
}

void destroyCollator(void* context)
{
    ucol_close(static_cast<UCollator*>(context));
}

void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = fold::forIndex(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// kmuni_sort_key(text): fold::sortKey, for migrations that fill sort keys in SQL.
void sortKeyFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray key = fold::sortKey(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

std::atomic<TraceHook> traceHook{nullptr};

int traceStatement(unsigned type, void*, void* statement, void*)
{
    const TraceHook hook = traceHook.load();
    if (type == SQLITE_TRACE_STMT && hook) {
        if (char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement))) {
            hook(sql);
            sqlite3_free(sql);
        }
    }
    return 0;
}

} // namespace

void setTraceHook(TraceHook hook)
{
    traceHook = hook;
}

bool registerFunctions(sqlite3* handle, QString* error)
{
    if (traceHook.load()) {
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &traceStatement, nullptr);
    }
    UCollator* collator = openGermanCollator();
    if (collator == nullptr) {
        if (error) {
            *error = QStringLiteral("ICU has no German collation");
        }
        return false;
    }
    int rc
        = sqlite3_create_collation_v2(handle, collationName, SQLITE_UTF8, collator, &compareGerman, &destroyCollator);
    if (rc != SQLITE_OK) {
        ucol_close(collator);
    } else {
        rc = sqlite3_create_function_v2(handle, "kmuni_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
            &foldFunction, nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_create_function_v2(handle, "kmuni_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
            &sortKeyFunction, nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK && error) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    return rc == SQLITE_OK;
}

QString collationVersion()
{
    UCollator* collator = openGermanCollator();
    if (collator == nullptr) {
        return {};
    }
    UVersionInfo version;
    ucol_getVersion(collator, version);
    ucol_close(collator);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}

} // namespace kmuni::sqlite
