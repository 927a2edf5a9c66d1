// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "db/SqliteFunctions.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni::bench {
namespace {
QMutex traceMutex;
QStringList traced;

void collect(const char* sql)
{
    const QMutexLocker lock(&traceMutex);
    traced << QString::fromUtf8(sql);
}
} // namespace

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

double Measurement::median() const
{
    return percentile(samples, 0.5);
}

double Measurement::p95() const
{
    return percentile(samples, 0.95);
}

double Measurement::limitMedian() const
{
    return percentile(limit, 0.5);
}

double Measurement::ratio() const
{
    const double l = limitMedian();
    return l > 0 ? median() / l : 0;
}

bool Measurement::met() const
{
    return median() <= targetMs && (p95TargetMs <= 0 || p95() <= p95TargetMs);
}

QJsonObject Measurement::toJson() const
{
    return {{u"name"_s, name}, {u"median_ms"_s, median()}, {u"p95_ms"_s, p95()}, {u"limit_ms"_s, limitMedian()},
        {u"ratio"_s, ratio()}, {u"target_ms"_s, targetMs}, {u"p95_target_ms"_s, p95TargetMs}, {u"met"_s, met()},
        {u"runs"_s, samples.size()}, {u"note"_s, note}};
}

void Trace::install()
{
    sqlite::setTraceHook(&collect);
}

Trace::Paused::Paused()
{
    sqlite::setTraceHook(nullptr);
}

Trace::Paused::~Paused()
{
    sqlite::setTraceHook(&collect);
}

QStringList Trace::take()
{
    const QMutexLocker lock(&traceMutex);
    QStringList result;
    result.swap(traced);
    return result;
}

double replay(const QString& databasePath, const QStringList& statements, int repeat)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    QString error;
    sqlite::registerFunctions(db, &error);
    QList<QByteArray> sql;
    for (const QString& s : statements) {
        if (s.startsWith(u"SELECT"_s) || s.startsWith(u"select"_s)) {
            sql << s.toUtf8();
        }
    }
    QElapsedTimer timer;
    double best = 0;
    for (int r = 0; r < repeat; ++r) {
        timer.start();
        for (const QByteArray& statement : std::as_const(sql)) {
            QElapsedTimer one;
            one.start();
            sqlite3_stmt* stmt = nullptr;
            if (sqlite3_prepare_v2(db, statement.constData(), int(statement.size()), &stmt, nullptr) == SQLITE_OK) {
                while (sqlite3_step(stmt) == SQLITE_ROW) {
                    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                        sqlite3_column_text(stmt, c); // read every value, as the program does
                    }
                }
            }
            sqlite3_finalize(stmt);
            if (r == repeat - 1 && qEnvironmentVariableIsSet("KMUNI_BENCH_DEBUG") && one.nsecsElapsed() > 500000) {
                std::fprintf(
                    stderr, "  %.2f ms  %s\n", double(one.nsecsElapsed()) / 1e6, statement.left(160).constData());
            }
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        best = r == 0 ? ms : std::min(best, ms);
    }
    sqlite3_close(db);
    return best;
}

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

QString table(const QString& scale, const QList<Measurement>& results)
{
    QString out = u"KMUni CRM benchmark, scale %1\n\n"_s.arg(scale);
    const auto row = [](const QStringList& cells) -> QString {
        static const QList<int> widths = {44, 9, 9, 9, 7, 12, 5};
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line += i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]);
            line += u' ';
        }
        return line.trimmed() + u'\n';
    };
    out += row({u"scenario"_s, u"median"_s, u"p95"_s, u"limit"_s, u"ratio"_s, u"target"_s, u"met"_s});
    out += QString(102, u'-') + u'\n';
    for (const Measurement& r : results) {
        const QString target
            = r.p95TargetMs > 0 ? u"%1/%2"_s.arg(r.targetMs).arg(r.p95TargetMs) : QString::number(r.targetMs);
        out += row({r.name, QString::number(r.median(), 'f', 1), QString::number(r.p95(), 'f', 1),
            r.limit.isEmpty() ? u"-"_s : QString::number(r.limitMedian(), 'f', 2),
            r.limit.isEmpty() ? u"-"_s : QString::number(r.ratio(), 'f', 1), target, r.met() ? u"yes"_s : u"NO"_s});
        if (!r.note.isEmpty()) {
            out += u"    "_s + r.note + u'\n';
        }
    }
    out += u"\nTimes in ms (median and p95 of the runs); limit: the same SQL through the SQLite C API, or a bare Qt "
           "app doing the same; ratio = median / limit.\n"_s;
    return out;
}

} // namespace kmuni::bench
