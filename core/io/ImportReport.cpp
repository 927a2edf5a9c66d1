// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::PersonImport)
};
} // namespace

QStringList ImportReport::notTakenOver() const
{
    QStringList list;
    for (const ColumnUse& c : columns) {
        if (c.notTaken > 0) {
            list << Tr::tr("»%1« (%n value(s))", nullptr, c.notTaken).arg(c.header);
        }
    }
    return list;
}

QStringList ImportReport::describeColumns() const
{
    QStringList lines;
    int empty = 0;
    for (const ColumnUse& c : columns) {
        if (c.values == 0) {
            ++empty;
        } else {
            lines << Tr::tr("»%1« → %2").arg(c.header, import::label(c.field));
        }
    }
    if (empty > 0) {
        lines << Tr::tr("(%n column(s) without values)", nullptr, empty);
    }
    return lines;
}

QString ImportReport::describe(int maxIssues) const
{
    if (!error.isEmpty()) {
        return error;
    }
    QStringList lines;
    const auto listIssues = [&lines, maxIssues](const QList<Issue>& issues) {
        for (qsizetype i = 0; i < issues.size() && i < maxIssues; ++i) {
            lines << (issues[i].line > 0 ? Tr::tr("  line %1: %2").arg(issues[i].line).arg(issues[i].message)
                                         : u"  "_s + issues[i].message); // of the file as a whole
        }
        if (issues.size() > maxIssues) {
            lines << Tr::tr("  … and %n more", nullptr, int(issues.size() - maxIssues));
        }
    };
    if (cancelled) {
        return Tr::tr("The import was cancelled; nothing was changed.");
    }
    if (!rejected.isEmpty()) {
        lines << Tr::tr("%n row(s) cannot be imported, so nothing was imported. Correct them and import the file "
                        "again:",
            nullptr, int(rejected.size()));
        listIssues(rejected);
        return lines.join(u'\n');
    }
    lines << (written ? Tr::tr("Imported:") : Tr::tr("Trial run, nothing was changed. The import would bring:"));
    lines << (subject == import::Target::Persons ? Tr::tr("  contact persons: %1 new, %2 updated, %3 unchanged")
                                                 : Tr::tr("  organisations: %1 new, %2 updated, %3 unchanged"))
                 .arg(created)
                 .arg(updated)
                 .arg(unchanged);
    if (rows == 0) {
        lines << Tr::tr("  The file has no rows below its column names.");
    }
    // What changed stands under its count, not under the lists of what was left out that follow.
    int shown = 0;
    for (const Change& c : changes) {
        if (c.outcome != Outcome::Updated) {
            continue;
        }
        if (shown++ == maxIssues) {
            lines << Tr::tr("  … and more updated rows");
            break;
        }
        lines << Tr::tr("  line %1: %2 updated: %3").arg(c.line).arg(c.name, c.fields.join(u", "_s));
    }
    if (organisationsCreated > 0 || organisationsUpdated > 0) {
        lines << Tr::tr("  organisations: %1 new, %2 completed").arg(organisationsCreated).arg(organisationsUpdated);
    }
    for (const QString& note : organisationNotes.mid(0, maxIssues)) {
        lines << u"  "_s + note;
    }
    if (organisationRows > 0) {
        lines << Tr::tr("  %n row(s) of an organisation without a person", nullptr, organisationRows);
    }
    if (!skipped.isEmpty()) {
        lines << Tr::tr("%n row(s) left out:", nullptr, int(skipped.size()));
        listIssues(skipped);
    }
    if (!toCheck.isEmpty()) {
        lines << Tr::tr("Taken over, please check:");
        listIssues(toCheck);
    }
    if (!notes.isEmpty()) {
        lines << Tr::tr("Not kept:");
        listIssues(notes);
    }
    const QStringList lost = notTakenOver();
    if (!lost.isEmpty()) {
        lines << Tr::tr("Not taken over: %1.").arg(lost.join(u", "_s));
    }
    return lines.join(u'\n');
}

void ImportReport::countColumns(const import::Source& source)
{
    countColumns(source.header, source.mapping);
    for (const csv::Record& r : source.records) {
        countValues(r.fields);
    }
}

void ImportReport::countColumns(const QStringList& header, const import::Mapping& mapping)
{
    columns.clear();
    for (int i = 0; i < header.size(); ++i) {
        columns.append({header[i], mapping.value(i).field, 0, 0});
    }
}

void ImportReport::countValues(const QStringList& fields)
{
    for (int i = 0; i < fields.size() && i < columns.size(); ++i) {
        const QString& cell = fields[i];
        if (!cell.trimmed().isEmpty() && !(columns[i].field == import::Field::Ignore && import::isPlaceholder(cell))) {
            ++columns[i].values;
        }
    }
}

namespace {

void countPreview(ImportPreview& preview, const QStringList& fields, int sampleRows)
{
    if (preview.rows++ < sampleRows) {
        preview.sample << fields;
    }
    for (qsizetype i = 0; i < fields.size() && i < preview.values.size(); ++i) {
        if (!fields[i].trimmed().isEmpty() && !import::isPlaceholder(fields[i])) {
            ++preview.values[i];
        }
    }
}

} // namespace

ImportPreview ImportPreview::of(const import::Source& source, int sampleRows)
{
    ImportPreview preview;
    preview.error = source.error;
    preview.header = source.header;
    preview.mapping = source.mapping;
    preview.values.fill(0, source.header.size());
    for (const csv::Record& r : source.records) {
        countPreview(preview, r.fields, sampleRows);
    }
    return preview;
}

ImportPreview ImportPreview::of(import::RowReader& rows, int sampleRows)
{
    ImportPreview preview;
    if (!rows.error().isEmpty()) {
        preview.error = rows.error();
        return preview;
    }
    preview.header = rows.header();
    preview.mapping = rows.mapping();
    preview.values.fill(0, preview.header.size());
    csv::Record record;
    while (rows.next(&record)) {
        countPreview(preview, record.fields, sampleRows);
    }
    if (!rows.error().isEmpty()) {
        // As readCsv() has it: a file that cannot be read has no rows.
        preview = {};
        preview.error = rows.error();
    }
    return preview;
}

} // namespace kmuni
