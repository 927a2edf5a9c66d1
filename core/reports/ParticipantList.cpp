// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantList.h"

#include "common/Error.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Vocabulary.h"
#include "events/EventRepository.h"
#include "io/DocumentHtml.h"
#include "io/PagedDocument.h"
#include "io/PrivateFile.h"
#include "project/ProjectSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace kmuni::participantlist {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ParticipantList)
};

using html::esc;

constexpr int blankRows = 5;

QString logoBox(const QString& text)
{
    // Qt's rich text knows no cell height: blank lines make room (about 2 cm) for a logo.
    return u"<td width='50%' align='center' valign='middle' style='border:1px dashed #9aa5b1; color:#9aa5b1; "
           "font-size:8pt'><span style='font-size:18pt'>&nbsp;</span><br>"_s
        + esc(text) + u"<br><span style='font-size:18pt'>&nbsp;</span></td>"_s;
}

} // namespace

Result<std::shared_ptr<QTextDocument>> build(Database& db, Id eventId, QString* title)
{
    using R = Result<std::shared_ptr<QTextDocument>>;
    const auto found = EventRepository(db).find(eventId);
    if (!found) {
        return found.failed() ? R::failure(found.error()) : R(std::shared_ptr<QTextDocument>());
    }
    const Event& e = *found;
    const auto loaded = ProjectSettings::load(db);
    if (loaded.failed()) {
        return R::failure(loaded.error());
    }
    const ProjectSettings& project = *loaded;
    if (title) {
        *title = Tr::tr("Participants list %1").arg(format::date(e.start.toTimeZone(time::berlin()).date()));
    }
    QString h = u"<html><body style='font-size:10pt'>"_s;
    // Room for the logos the funding rules require (EU emblem with "Kofinanziert von der
    // Europäischen Union", the state's logo), glued on or printed on letterhead paper.
    h += u"<table width='100%' cellspacing='6' cellpadding='4'><tr>"_s
        + logoBox(Tr::tr("Logo of the European Union (EFRE)")) + logoBox(Tr::tr("Logo of the state of NRW"))
        + u"</tr></table>"_s;
    h += u"<h1 style='font-size:17pt; margin-bottom:2px'>"_s + esc(Tr::tr("Participants list")) + u"</h1>"_s;
    h += u"<table width='100%' cellspacing='0' cellpadding='2'>"_s;
    h += html::factRow(Tr::tr("Project"), esc(project.name));
    h += html::factRow(Tr::tr("Funding reference"), esc(project.fundingReference));
    h += html::factRow(Tr::tr("Funding line"), esc(project.fundingLine));
    h += html::factRow(Tr::tr("Activity"), esc(vocab::label(vocab::List::EventType, e.type)));
    h += html::factRow(Tr::tr("Topic"), u"<b>"_s + esc(e.subject) + u"</b>"_s);
    h += html::factRow(Tr::tr("Date"), esc(format::period(e.start, e.durationMin)));
    h += html::factRow(Tr::tr("Place"), esc(e.location));
    h += u"</table>"_s;

    // Persons and staff, then organisations nobody is listed for, then blank rows.
    QList<QStringList> rows;
    QSet<QString> represented;
    for (const Participant& p : e.participants) {
        if (p.kind != Participant::Kind::Organisation) {
            rows << QStringList{esc(p.name), esc(p.detail)};
            represented.insert(p.detail);
        }
    }
    for (const Participant& p : e.participants) {
        if (p.kind == Participant::Kind::Organisation && !represented.contains(p.name)) {
            rows << QStringList{QString(), esc(p.name)};
        }
    }
    for (int i = 0; i < blankRows; ++i) {
        rows << QStringList{QString(), QString()};
    }
    QList<QStringList> numbered;
    for (int i = 0; i < rows.size(); ++i) {
        // Tall rows leave room to sign by hand.
        numbered << QStringList{
            QString::number(i + 1), rows[i][0], rows[i][1], u"<span style='font-size:21pt'>&nbsp;</span>"_s};
    }
    h += html::table(Tr::tr("Participants"),
        {Tr::tr("No."), Tr::tr("Name"), Tr::tr("Organisation"), Tr::tr("Signature")}, numbered, {6, 32, 34, 28}, {});
    h += u"<p style='font-size:8pt; color:#555555; margin-top:8px'>"_s
        + esc(Tr::tr("With my signature I confirm my participation. My name and organisation are processed to "
                     "document the publicly funded project (Art. 6 (1) c and e GDPR)."))
        + u"</p>"_s;
    h += u"</body></html>"_s;
    auto document = std::make_shared<QTextDocument>();
    document->setDefaultFont(PagedDocument::font(10));
    document->setDocumentMargin(0);
    document->setHtml(h);
    return R(document);
}

Result<int> print(Database& db, Id eventId, QPagedPaintDevice* device)
{
    QString title;
    auto document = build(db, eventId, &title);
    if (document.failed()) {
        return Result<int>::failure(document.error());
    }
    if (!*document) {
        return 0;
    }
    const auto project = ProjectSettings::load(db);
    if (project.failed()) {
        return Result<int>::failure(project.error());
    }
    PagedDocument paged(project->name.isEmpty() ? Tr::tr("KMUni network") : project->name, time::now());
    paged.add(*document, title);
    return paged.print(device);
}

bool writePdf(Database& db, Id eventId, const QString& path, QString* error, io::Failure* failure)
{
    io::PrivateFile file(path);
    if (!file.open(error, failure)) {
        return false;
    }
    Result<int> pages;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(Tr::tr("Participants list"));
        writer.setCreator(u"KMUni CRM"_s);
        writer.setResolution(300);
        pages = print(db, eventId, &writer);
    }
    if (pages.failed()) {
        file.cancel();
        io::failed(failure, io::Failure::Database);
        return fail(error, Tr::tr("The participants list cannot be read from the database: %1").arg(pages.error()));
    }
    if (*pages <= 0) {
        file.cancel();
        io::failed(failure, io::Failure::Path);
        return fail(error, Tr::tr("There is no activity with the id %1.").arg(eventId));
    }
    return file.commit(error, failure);
}

} // namespace kmuni::participantlist
