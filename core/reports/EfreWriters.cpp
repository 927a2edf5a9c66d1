// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EfreWriters.h"

#include "EfreXlsx.h"

#include "common/Error.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "events/EventRepository.h"
#include "io/Csv.h"
#include "io/DocumentHtml.h"
#include "io/PagedDocument.h"
#include "io/PrivateFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kmuni::reports {

using detail::partnersOf;
using detail::periodText;
using detail::unitCode;
using detail::writeXlsx;
using detail::yesNo;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::EfreReport)
};

using html::esc;

QString valueText(const Indicator& i)
{
    return i.isTime() ? format::hoursMinutes(i.value) : format::number(i.value);
}

/** Activities per month as a bar chart, drawn for print (300 dpi at 16 × 6 cm). */
QImage monthChart(const EfreReport& report)
{
    QImage image(1900, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = PagedDocument::font(8);
    font.setPixelSize(26);
    p.setFont(font);
    const auto& months = report.eventsPerMonth;
    int max = 1;
    for (const auto& [month, count] : months) {
        max = std::max(max, count);
    }
    const QRectF plot(20, 50, image.width() - 40, image.height() - 130);
    p.setPen(QColor(0x8a, 0x9b, 0xb0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (months.isEmpty()) {
        p.setPen(QColor(0x77, 0x77, 0x77));
        p.drawText(plot, Qt::AlignCenter, Tr::tr("No activities in the period."));
        return image;
    }
    const double slot = plot.width() / double(months.size());
    const double bar = std::min(slot * 0.7, 120.0);
    const QLocale locale;
    for (int i = 0; i < months.size(); ++i) {
        const auto& [key, count] = months[i];
        const QDate month = QDate::fromString(key + u"-01"_s, u"yyyy-MM-dd"_s);
        const double height = plot.height() * count / max;
        const QRectF rect(plot.left() + i * slot + (slot - bar) / 2, plot.bottom() - height, bar, height);
        p.fillRect(rect, QColor(0x2b, 0x4a, 0x6f));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left() - 40, rect.top() - 40, bar + 80, 36), Qt::AlignHCenter | Qt::AlignBottom,
            format::number(count));
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QString label
            = months.size() > 18 ? locale.toString(month, u"MM/yy"_s) : locale.toString(month, u"MMM yy"_s);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 8, slot, 60), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    return image;
}

std::shared_ptr<QTextDocument> coverDocument(const EfreReport& r)
{
    QString h = u"<html><body style='font-size:10.5pt'>"_s;
    h += u"<p style='font-size:10pt; color:#555555; margin-top:40px'>"_s
        + esc(Tr::tr("Funding report to the European Regional Development Fund (EFRE) and the state of NRW"))
        + u"</p>"_s;
    h += u"<h1 style='font-size:24pt; margin-bottom:4px'>"_s + esc(Tr::tr("EFRE report")) + u"</h1>"_s;
    h += u"<p style='font-size:15pt; margin-top:0'>"_s
        + esc(r.project.name.isEmpty() ? Tr::tr("(project name not set)") : r.project.name) + u"</p>"_s;
    h += u"<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:24px'>"_s;
    h += html::factRow(Tr::tr("Funding reference"), esc(r.project.fundingReference), 27);
    h += html::factRow(Tr::tr("Funding line"), esc(r.project.fundingLine), 27);
    h += html::factRow(Tr::tr("Approved period"),
        esc(r.project.hasApprovedPeriod() ? periodText({r.project.approvedFrom, r.project.approvedTo})
                                          : Tr::tr("not set")),
        27);
    h += html::factRow(Tr::tr("Reporting period"), u"<b>"_s + esc(periodText(r.requested)) + u"</b>"_s, 27);
    if (r.counted != r.requested) {
        h += html::factRow(Tr::tr("Counted"), esc(periodText(r.counted)), 27);
    }
    h += html::factRow(Tr::tr("Indicator set"), esc(ProjectSettings::indicatorSetLabel(r.project.indicatorSet)), 27);
    h += html::factRow(Tr::tr("Generated"), esc(format::dateTime(r.generatedAt)), 27);
    h += html::factRow(Tr::tr("Fingerprint (SHA-256)"),
        u"<span style='font-family:DejaVu Sans Mono; font-size:9pt'>"_s
            + esc(groupedFingerprint(r.fingerprint())).replace(u"  "_s, u"<br>"_s) + u"</span>"_s,
        27);
    h += u"</table>"_s;
    h += u"<p style='font-size:8.5pt; color:#555555'>"_s
        + esc(Tr::tr("The fingerprint is computed from the period, every indicator and the evidence lists. "
                     "The same data gives the same fingerprint: rebuild the report for this period to check it."))
        + u"</p>"_s;
    if (!r.notes.isEmpty()) {
        h += html::section(Tr::tr("Notes"));
        h += u"<ul>"_s;
        for (const QString& note : r.notes) {
            h += u"<li>"_s + esc(note) + u"</li>"_s;
        }
        h += u"</ul>"_s;
    }
    h += u"</body></html>"_s;
    auto document = std::make_shared<QTextDocument>();
    document->setDefaultFont(PagedDocument::font(10));
    document->setDocumentMargin(0);
    document->setHtml(h);
    return document;
}

QString headerCells(const QStringList& headers, const QList<int>& widths, const QList<int>& right, double pt)
{
    QString h;
    for (int i = 0; i < headers.size(); ++i) {
        h += u"<th align='%1' width='%2%' style='font-size:%3pt; background:#e9eef4; border-bottom:1px solid "
             "#8a9bb0'>%4</th>"_s.arg(right.contains(i) ? u"right"_s : u"left"_s)
                 .arg(widths[i])
                 .arg(pt)
                 .arg(esc(headers[i]));
    }
    return h;
}

QString titledTableStart(const QString& title, int columns)
{
    return u"<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:10px; border-collapse:collapse'>"
           "<thead><tr><td colspan='%1' style='padding-left:0; font-size:11.5pt; font-weight:bold; "
           "color:#2b4a6f'>%2</td></tr><tr>"_s.arg(columns)
               .arg(esc(title));
}

// Each indicator: its label, its code in small print below, the value, the EU indicator it feeds.
QString indicatorTable(const EfreReport& r)
{
    QString h = titledTableStart(Tr::tr("Indicators"), 3)
        + headerCells({Tr::tr("Indicator (code)"), Tr::tr("Value"), Tr::tr("EU indicator")}, {68, 12, 20}, {1}, 9)
        + u"</tr></thead>"_s;
    QString group;
    const QString cell = u"style='border-bottom:1px solid #eceff3'"_s;
    for (const Indicator& i : r.indicators) {
        if (i.code.startsWith(u"MATCH_"_s)) {
            continue; // in the matrix below
        }
        if (i.group != group) {
            group = i.group;
            h += u"<tr><td colspan='3' style='background:#f5f7fa; font-weight:bold; border-bottom:1px solid "
                 "#d8dde3'>"_s
                + esc(group) + u"</td></tr>"_s;
        }
        const QString indent = i.level > 0 ? u"&nbsp;&nbsp;&nbsp;&nbsp;"_s : QString();
        // Time: hours:minutes, and the exact minutes in small print below.
        const QString value = html::nowrap(esc(valueText(i)))
            + (i.isTime() ? u"<br><span style='font-size:7pt; color:#6b7785'>"_s
                        + html::nowrap(esc(Tr::tr("%1 min").arg(format::number(i.value)))) + u"</span>"_s
                          : QString());
        const QString weight = i.level > 0 ? u"normal"_s : u"bold"_s;
        h += u"<tr><td %1>%2<span style='font-weight:%3'>%4</span><br>%2<span style='font-size:7pt; "
             "color:#6b7785'>%5</span></td><td align='right' %1><span style='font-weight:%3'>%6</span></td>"
             "<td style='font-size:8pt; border-bottom:1px solid #eceff3'>%7</td></tr>"_s.arg(
                 cell, indent, weight, esc(i.label), esc(i.code), value, esc(i.reference));
    }
    return h + u"</table>"_s;
}

// Matches by type: how many moved on, and which stages they reached (a list, not a matrix: the stage
// names do not fit into columns on A4 portrait).
QString matchTable(const EfreReport& r)
{
    QList<QStringList> rows;
    for (const QString& type : vocab::codes(vocab::List::MatchType)) {
        const QString code = u"MATCH_"_s + type.toUpper();
        QStringList reached;
        for (const QString& stage : vocab::codes(vocab::List::MatchStage)) {
            const qint64 n = qint64(r.value(code + u'_' + stage.toUpper()));
            if (n > 0) {
                reached << html::nowrap(esc(vocab::label(vocab::List::MatchStage, stage) + u' ' + format::number(n)));
            }
        }
        rows << QStringList{esc(vocab::label(vocab::List::MatchType, type))
                + u"<br><span style='font-size:7pt; "
                  "color:#6b7785'>"_s
                + esc(code) + u"</span>"_s,
            u"<b>"_s + esc(format::number(qint64(r.value(code)))) + u"</b>"_s, reached.join(u" · "_s)};
    }
    return html::table(Tr::tr("Matches by type and stage reached in the period"),
               {Tr::tr("Type (code)"), Tr::tr("Matches"), Tr::tr("Stages reached (code MATCH_<TYPE>_<STAGE>)")}, rows,
               {28, 17, 55}, {}, {1})
        + u"<p style='font-size:8pt; color:#555555'>"_s
        + esc(Tr::tr("A match that reached several stages in the period counts once in each of them.")) + u"</p>"_s;
}

/** The report's body: indicators, chart and evidence lists (cancel: nullptr), or the read's error. */
Result<std::shared_ptr<QTextDocument>> bodyDocument(Database& db, const EfreReport& r, const Progress& progress)
{
    using R = Result<std::shared_ptr<QTextDocument>>;
    auto document = std::make_shared<QTextDocument>();
    document->setDefaultFont(PagedDocument::font(9));
    document->setDocumentMargin(0);
    document->addResource(QTextDocument::ImageResource, QUrl(u"kmuni:chart"_s), monthChart(r));

    QString h = u"<html><body style='font-size:9pt'>"_s;
    h += indicatorTable(r);
    h += matchTable(r);
    h += html::section(Tr::tr("Activities per month"));
    h += u"<p><img src='kmuni:chart' width='600' height='221'></p>"_s;

    // Evidence: the enterprises.
    QList<QStringList> companies;
    for (const SupportedCompany& c : r.companies) {
        QStringList marks;
        if (c.sme) {
            marks << Tr::tr("SME");
        }
        if (c.pilot) {
            marks << Tr::tr("pilot");
        }
        if (c.archived) {
            marks << Tr::tr("archived");
        }
        companies << QStringList{u"<b>"_s + esc(c.name) + u"</b>"_s
                + (marks.isEmpty() ? QString()
                                   : u"<br><span style='color:#555555'>"_s + esc(marks.join(u", "_s)) + u"</span>"_s),
            esc(c.city) + u"<br>"_s + esc(vocab::label(vocab::List::Sector, c.sector)),
            html::nowrap(esc(format::date(c.firstContact))), html::nowrap(esc(format::date(c.lastContact))),
            esc(format::number(c.contacts)), esc(partnersOf(c))};
    }
    h += html::table(Tr::tr("Evidence: enterprises supported"),
        {Tr::tr("Enterprise"), Tr::tr("City and sector"), Tr::tr("First contact"), Tr::tr("Last contact"),
            Tr::tr("Contacts"), Tr::tr("Partners")},
        companies, {25, 22, 11, 11, 10, 21}, Tr::tr("No enterprise was supported in the period."), {4}, 8);

    // Evidence: the activities, read in chunks with progress.
    QList<QStringList> events;
    EventRepository repository(db);
    constexpr qsizetype chunk = 2000;
    for (qsizetype first = 0; first < r.events.size(); first += chunk) {
        const auto part = repository.byIds(r.events.mid(first, chunk));
        if (part.failed()) {
            return R::failure(part.error());
        }
        for (const EventSummary& e : *part) {
            QString what = u"<b>"_s + esc(vocab::label(vocab::List::EventType, e.type)) + u"</b>"_s;
            if (!e.subject.isEmpty()) {
                what += u"<br>"_s + esc(e.subject);
            }
            events << QStringList{
                html::nowrap(esc(format::date(e.start.date()))) + u"<br>"_s + esc(time::toLocalKey(e.start).mid(11)),
                what, esc(e.organisations.join(u", "_s)), esc(e.persons.join(u", "_s)), esc(e.staff.join(u", "_s)),
                esc(Tr::tr("%1 min").arg(e.durationMin)) + u"<br>"_s
                    + html::nowrap(esc(Tr::tr("%1 h").arg(format::hoursMinutes(e.timeSpentMin))))};
        }
        if (progress && !progress(int(std::min(first + chunk, r.events.size())), int(r.events.size()))) {
            return R(std::shared_ptr<QTextDocument>());
        }
    }
    h += html::table(Tr::tr("Evidence: activities"),
        {Tr::tr("Date"), Tr::tr("Activity"), Tr::tr("Organisations"), Tr::tr("Participants"), Tr::tr("Staff"),
            Tr::tr("Duration, time spent")},
        events, {11, 27, 21, 17, 15, 9}, Tr::tr("No activities in the period."), {5}, 8);

    QList<QStringList> matches;
    for (const MatchStep& m : r.matchSteps) {
        matches << QStringList{html::nowrap(esc(format::date(m.reachedOn))), esc(m.company), esc(m.university),
            esc(vocab::label(vocab::List::MatchType, m.type)), esc(vocab::label(vocab::List::MatchStage, m.stage))};
    }
    h += html::table(Tr::tr("Evidence: matches that moved on"),
        {Tr::tr("Date"), Tr::tr("Enterprise"), Tr::tr("University"), Tr::tr("Type"), Tr::tr("Stage reached")}, matches,
        {11, 24, 27, 22, 16}, Tr::tr("No match moved on in the period."), {}, 8);
    h += u"</body></html>"_s;
    document->setHtml(h);
    return R(document);
}

} // namespace

namespace detail {

QString unitCode(const Indicator& i)
{
    return i.isTime() ? u"min"_s : u"count"_s;
}

QString periodText(const Period& p)
{
    return p.isValid() ? Tr::tr("%1 – %2").arg(format::date(p.from), format::date(p.to)) : Tr::tr("(none)");
}

QString partnersOf(const SupportedCompany& c)
{
    return c.partners.join(u", "_s);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

} // namespace detail

bool formatFromName(const QString& name, Format* format)
{
    const QString n = name.trimmed().toLower();
    if (n == u"pdf"_s) {
        *format = Format::Pdf;
    } else if (n == u"xlsx"_s) {
        *format = Format::Xlsx;
    } else if (n == u"csv"_s) {
        *format = Format::Csv;
    } else {
        return false;
    }
    return true;
}

QString groupedFingerprint(const QString& fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4) {
        groups << fingerprint.mid(i, 4);
    }
    // Two lines of eight groups, separated by a double space.
    return groups.mid(0, 8).join(u' ') + u"  "_s + groups.mid(8).join(u' ');
}

QByteArray indicatorsCsv(const EfreReport& report)
{
    // value: a count or whole minutes (unit "count" or "min"); hours: the minutes as h:mm.
    QList<QStringList> records = {{u"code"_s, u"label"_s, u"value"_s, u"unit"_s, u"hours"_s}};
    for (const Indicator& i : report.indicators) {
        records << QStringList{i.code, i.label, QString::number(i.value), unitCode(i),
            i.isTime() ? format::hoursMinutes(i.value) : QString()};
    }
    return csv::write(records, csv::Dialect::ExcelGerman);
}

Result<int> print(Database& db, const EfreReport& report, QPagedPaintDevice* device, const Progress& progress)
{
    auto body = bodyDocument(db, report, progress);
    if (body.failed()) {
        return Result<int>::failure(body.error());
    }
    if (!*body) {
        return -1;
    }
    PagedDocument paged(
        report.project.name.isEmpty() ? Tr::tr("EFRE report") : report.project.name + u" · "_s + Tr::tr("EFRE report"),
        report.generatedAt);
    paged.setContinuousNumbering(true);
    paged.setFooterNote(Tr::tr("Fingerprint %1").arg(report.fingerprint().left(16)));
    const QString period = periodText(report.requested);
    paged.add(coverDocument(report), period);
    paged.add(*body, period);
    return paged.print(device);
}

namespace {

/** The PDF of @p report on @p device; false with @p error (and @p databaseFailed) or when cancelled. */
bool writePdf(Database& db, const EfreReport& report, QIODevice* device, QString* error, const Progress& progress,
    io::Failure* failure)
{
    Result<int> pages;
    {
        QPdfWriter writer(device);
        writer.setTitle(Tr::tr("EFRE report %1").arg(periodText(report.requested)));
        writer.setCreator(u"KMUni CRM"_s);
        writer.setResolution(300);
        pages = print(db, report, &writer, progress);
    }
    if (pages.failed()) {
        io::failed(failure, io::Failure::Database);
        return fail(error, Tr::tr("The report cannot be read from the database: %1").arg(pages.error()));
    }
    if (*pages < 0) {
        io::failed(failure, io::Failure::Cancelled);
        return fail(error, Tr::tr("Cancelled."));
    }
    return true;
}

} // namespace

bool write(Database& db, const EfreReport& report, const QString& path, Format format, QString* error,
    const Progress& progress, io::Failure* failure)
{
    if (format == Format::Csv) {
        return io::writePrivateFile(path, indicatorsCsv(report), error, failure);
    }
    if (format == Format::Pdf) {
        io::PrivateFile file(path);
        if (!file.open(error, failure)) {
            return false;
        }
        if (!writePdf(db, report, file.device(), error, progress, failure)) {
            file.cancel();
            return false;
        }
        return file.commit(error, failure);
    }
    // XLSX: libxlsxwriter writes the file itself; a private temporary name in the same folder,
    // checked, then a rename.
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        io::failed(failure, io::Failure::Path);
        return fail(error, io::cannotWrite(path, Tr::tr("the folder does not exist")));
    }
    QString temporary;
    {
        QTemporaryFile reserve(info.absolutePath() + u"/.kmuni-XXXXXX.xlsx"_s); // 0600
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            io::failed(failure, io::Failure::Path);
            return fail(error, io::cannotWrite(path, reserve.errorString()));
        }
        temporary = reserve.fileName();
    }
    const auto removeTemporary = qScopeGuard([&] { QFile::remove(temporary); });
    if (!writeXlsx(db, report, temporary, path, error, progress, failure) || !io::makePrivate(temporary, error)) {
        return false;
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        io::failed(failure, io::Failure::Disk);
        return fail(error, io::cannotWrite(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return true;
}

Result<QByteArray> render(Database& db, const EfreReport& report, Format format, const Progress& progress)
{
    using R = Result<QByteArray>;
    QString error;
    // A cancel is nothing, not a failure.
    bool cancelled = false;
    const Progress tracked = !progress ? Progress() : Progress([&](int done, int total) {
        cancelled = !progress(done, total);
        return !cancelled;
    });
    const auto failed = [&] { return cancelled ? R() : R::failure(error); };
    if (format == Format::Csv) {
        return indicatorsCsv(report);
    }
    if (format == Format::Pdf) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!writePdf(db, report, &buffer, &error, tracked, nullptr)) {
            return failed();
        }
        return buffer.data();
    }
    QTemporaryDir folder; // 0700
    if (!folder.isValid()) {
        return R::failure(io::cannotWrite(folder.path(), folder.errorString()));
    }
    const QString path = folder.filePath(u"report.xlsx"_s);
    if (!writeXlsx(db, report, path, path, &error, tracked, nullptr)) {
        return failed();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(file.errorString());
    }
    return file.readAll();
}

} // namespace kmuni::reports
