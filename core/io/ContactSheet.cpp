// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactSheet.h"

#include "io/PrivateFile.h"

#include "DocumentHtml.h"
#include "PagedDocument.h"
#include "common/Error.h"
#include "common/Format.h"
#include "common/Time.h"
#include "common/Validation.h"
#include "common/Vocabulary.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "events/EventRepository.h"
#include "events/FollowUpRepository.h"
#include "matches/MatchRepository.h"
#include "organisations/OrganisationRepository.h"
#include "persons/PersonRepository.h"
#include "staff/Staff.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QSet>
#include <QSqlQuery>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace kmuni::contactsheet {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::ContactSheet)
};

using html::esc;
using html::section;
using html::table;

QString line(const QString& label, const QString& value)
{
    return html::factRow(label, value);
}

/** The value of @p result, or an empty one; the first failure is kept in @p error. */
template <typename T> T take(Result<T> result, QString& error)
{
    if (result.failed() && error.isEmpty()) {
        error = result.error();
    }
    return result ? std::move(*result) : T{};
}

/**
 * The sections of one organisation's contact sheet, one method per section, in the order they are
 * printed. A section that cannot be read in full keeps the first failure in error().
 */
class Sheet
{
public:
    Sheet(Database& db, const Organisation& o)
        : m_db(db)
        , m_o(o)
    { }

    QString heading() const;
    Result<QString> masterData();
    QString contactPersons();
    QString lastContacts();
    QString openFollowUps();
    QString matchList();
    QString notes() const;
    const QString& error() const { return m_error; }

private:
    Database& m_db;
    const Organisation& m_o;
    QString m_error;
    QSet<QString> m_ownPeople; ///< the names of this organisation's contact persons
};

/** The name and the facts under it. */
QString Sheet::heading() const
{
    const Organisation& o = m_o;
    QStringList facts = {vocab::label(vocab::List::OrganisationKind, o.kind)};
    if (!o.sector.isEmpty()) {
        facts << vocab::label(vocab::List::Sector, o.sector);
    }
    if (!o.stage.isEmpty()) {
        facts << Tr::tr("Outreach stage: %1").arg(vocab::label(vocab::List::OutreachStage, o.stage));
    }
    if (o.isPilot) {
        facts << Tr::tr("Pilot participant");
    }
    if (o.archived) {
        facts << Tr::tr("Archived: %1").arg(o.archivedReason);
    }
    QString html = u"<html><body style='font-size:9.5pt'>"_s;
    html += u"<h1 style='font-size:17pt; margin-bottom:2px'>"_s + esc(o.displayName()) + u"</h1>"_s;
    html += u"<p style='color:#555555; margin-top:0'>"_s + esc(facts.join(u" · "_s)) + u"</p>"_s;
    return html;
}

/** Master data and address block; a failure to read the responsible staff member ends the sheet. */
Result<QString> Sheet::masterData()
{
    const Organisation& o = m_o;
    QString html = u"<table width='100%' cellspacing='0' cellpadding='2'>"_s;
    QStringList address;
    for (const QString& part :
        QStringList{o.displayName(), o.street, QString(o.postalCode + u' ' + o.city).trimmed()}) {
        if (!part.trimmed().isEmpty()) {
            address << esc(part);
        }
    }
    html += line(Tr::tr("Address"), address.join(u"<br>"_s));
    html += line(Tr::tr("Phone"), esc(phone::display(o.phone)));
    html += line(Tr::tr("E-mail"), esc(o.email));
    html += line(Tr::tr("Website"), esc(o.website));
    if (o.kind == u"company"_s) {
        html += line(Tr::tr("Employees"), o.employees ? format::number(*o.employees) : QString());
        html += line(Tr::tr("SME"), o.isSme ? Tr::tr("yes") : Tr::tr("no"));
    }
    if (o.responsibleStaffId > 0) {
        const auto s = StaffRepository(m_db).find(o.responsibleStaffId);
        if (s.failed()) {
            return Result<QString>::failure(s.error());
        }
        if (s) {
            html += line(Tr::tr("Responsible"), esc(s->displayName() + u" (" + s->partnerName + u')'));
        }
    }
    QStringList contacts;
    for (const PartnerContact& c : take(EventRepository(m_db).partnerContacts(o.id), m_error)) {
        contacts << esc(
            Tr::tr("%1: %n activity(s), last on %2", nullptr, c.events).arg(c.partnerName, format::date(c.last)));
    }
    html += line(Tr::tr("In touch with"), contacts.join(u"<br>"_s));
    html += line(Tr::tr("Needs"), esc(o.needs).replace(u'\n', u"<br>"_s));
    html += line(Tr::tr("Offers"), esc(o.offers).replace(u'\n', u"<br>"_s));
    html += u"</table>"_s;
    return html;
}

/** Contact persons. */
QString Sheet::contactPersons()
{
    PersonFilter pf;
    pf.organisationId = m_o.id;
    QList<QStringList> persons;
    for (const Person& p : take(PersonRepository(m_db).list(pf), m_error)) {
        m_ownPeople.insert(p.displayName());
        QString name = u"<b>"_s + esc(p.displayName()) + u"</b>"_s;
        if (p.doNotContact) {
            name += u"<br><span style='color:#b22222; font-weight:bold'>"_s + esc(Tr::tr("Do not contact"))
                + u"</span>"_s;
        }
        QStringList phones;
        if (!p.phone.isEmpty()) {
            phones << u"<span style='white-space:nowrap'>"_s + esc(phone::display(p.phone)) + u"</span>"_s;
        }
        if (!p.mobile.isEmpty()) {
            phones << u"<span style='white-space:nowrap'>"_s + esc(Tr::tr("mobile %1").arg(phone::display(p.mobile)))
                    + u"</span>"_s;
        }
        if (!p.function.isEmpty()) {
            name += u"<br>"_s + esc(p.function);
        }
        persons << QStringList{name, phones.join(u"<br>"_s), esc(p.email)};
    }
    return table(Tr::tr("Contact persons"), {Tr::tr("Name and function"), Tr::tr("Phone"), Tr::tr("E-mail")}, persons,
        {36, 24, 40}, Tr::tr("No contact persons recorded."));
}

/** The last contacts. */
QString Sheet::lastContacts()
{
    const Organisation& o = m_o;
    QList<QStringList> events;
    for (const EventSummary& e :
        take(EventRepository(m_db).timeline(Participant::Kind::Organisation, o.id, 6), m_error)) {
        // This organisation's people first; a career fair's long list is cut short.
        QStringList with;
        QStringList others;
        for (const QString& person : e.persons) {
            (m_ownPeople.contains(person) ? with : others) << person;
        }
        for (const QString& org : e.organisations) {
            if (org != o.name) {
                others << org;
            }
        }
        constexpr int shown = 4;
        const int room = std::max(0, int(shown - with.size()));
        with += others.mid(0, room);
        if (others.size() > room) {
            with << Tr::tr("%n more", nullptr, int(others.size() - room));
        }
        QString what = u"<b>"_s + esc(vocab::label(vocab::List::EventType, e.type)) + u"</b>"_s;
        if (!e.subject.isEmpty()) {
            what += u"<br>"_s + esc(e.subject);
        }
        events << QStringList{u"<span style='white-space:nowrap'>"_s + esc(format::date(e.start.date())) + u"</span>"_s,
            what,
            esc(with.join(u", "_s))
                + (e.staff.isEmpty() ? QString() : u"<br><i>"_s + esc(e.staff.join(u", "_s)) + u"</i>"_s),
            esc(e.outcome)};
    }
    return table(Tr::tr("Last contacts"),
        {Tr::tr("Date"), Tr::tr("Activity"), Tr::tr("Participants"), Tr::tr("Outcome")}, events, {14, 28, 30, 28},
        Tr::tr("No activities recorded."));
}

/** Open follow-ups. */
QString Sheet::openFollowUps()
{
    FollowUpFilter ff;
    ff.organisationId = m_o.id;
    QList<QStringList> followUps;
    const QDate today = time::today();
    for (const FollowUpItem& f : take(FollowUpRepository(m_db).list(ff, 30), m_error)) {
        QString due = esc(format::date(f.followUp.dueDate));
        if (f.followUp.dueDate < today) {
            due = u"<span style='color:#b22222'>"_s + due + u" ("_s + esc(Tr::tr("overdue")) + u")</span>"_s;
        }
        followUps << QStringList{due, esc(f.followUp.title), esc(f.staffName)};
    }
    return table(Tr::tr("Open follow-ups"), {Tr::tr("Due"), Tr::tr("What"), Tr::tr("Who")}, followUps, {18, 57, 25},
        Tr::tr("No open follow-ups."));
}

/** Matches. */
QString Sheet::matchList()
{
    const Organisation& o = m_o;
    MatchFilter mf;
    mf.organisationId = o.id;
    QList<QStringList> matches;
    for (const Match& m : take(MatchRepository(m_db).list(mf, 30), m_error)) {
        const QString other = m.companyId == o.id ? m.universityName : m.companyName;
        QString what = u"<b>"_s + esc(vocab::label(vocab::List::MatchType, m.type)) + u"</b>"_s;
        if (!m.title.isEmpty()) {
            what += u"<br>"_s + esc(m.title);
        }
        matches << QStringList{esc(other), what, esc(vocab::label(vocab::List::MatchStage, m.stage)),
            u"<span style='white-space:nowrap'>"_s + esc(format::date(m.stageChangedOn)) + u"</span>"_s};
    }
    return table(Tr::tr("Matches"), {Tr::tr("With"), Tr::tr("Match"), Tr::tr("Stage"), Tr::tr("Since")}, matches,
        {30, 38, 17, 15}, Tr::tr("No matches recorded."));
}

/** The notes, when there are any. */
QString Sheet::notes() const
{
    QString html;
    if (!m_o.notes.trimmed().isEmpty()) {
        html += section(Tr::tr("Notes"));
        html += u"<p>"_s + esc(m_o.notes).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    }
    return html;
}

} // namespace

Result<std::shared_ptr<QTextDocument>> build(Database& db, Id id, QString* title)
{
    using R = Result<std::shared_ptr<QTextDocument>>;
    const auto found = OrganisationRepository(db).find(id);
    if (!found) {
        return found.failed() ? R::failure(found.error()) : R(std::shared_ptr<QTextDocument>());
    }
    // A sheet with a part that could not be read is no sheet: the first failure ends it.
    const Organisation& o = *found;
    if (title) {
        *title = o.displayName();
    }
    Sheet sheet(db, o);
    QString html = sheet.heading();
    const auto masterData = sheet.masterData();
    if (masterData.failed()) {
        return R::failure(masterData.error());
    }
    html += *masterData;
    html += sheet.contactPersons();
    html += sheet.lastContacts();
    html += sheet.openFollowUps();
    html += sheet.matchList();
    html += sheet.notes();
    html += u"</body></html>"_s;
    if (!sheet.error().isEmpty()) {
        return R::failure(sheet.error());
    }

    auto document = std::make_shared<QTextDocument>();
    document->setDefaultFont(PagedDocument::font(10));
    document->setDocumentMargin(0);
    document->setHtml(html);
    return document;
}

Result<QList<Id>> pilotCompanies(Database& db)
{
    OrganisationFilter f;
    f.kind = u"company"_s;
    f.pilot = true;
    const auto companies = OrganisationRepository(db).list(f);
    if (companies.failed()) {
        return Result<QList<Id>>::failure(companies.error());
    }
    QList<Id> ids;
    for (const Organisation& o : *companies) {
        ids << o.id;
    }
    return ids;
}

Result<QList<Id>> allOrganisations(Database& db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    return sql::rows(q, u"SELECT id FROM organisations WHERE archived = 0 ORDER BY sort_key, id"_s, {},
        [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
}

Result<int> print(
    Database& db, const QList<Id>& ids, QPagedPaintDevice* device, const std::function<bool(int, int)>& progress)
{
    PagedDocument paged(Tr::tr("KMUni network · contact sheet"), time::now());
    int done = 0;
    for (Id id : ids) {
        QString title;
        auto document = build(db, id, &title);
        if (document.failed()) {
            return Result<int>::failure(document.error());
        }
        if (*document) {
            paged.add(std::move(*document), title);
        }
        if (progress && !progress(++done, int(ids.size()))) {
            return -1;
        }
    }
    return paged.print(device);
}

bool writePdf(Database& db, const QList<Id>& ids, const QString& path, QString* error,
    const std::function<bool(int, int)>& progress, io::Failure* failure)
{
    if (ids.isEmpty()) {
        io::failed(failure, io::Failure::Path);
        return fail(error, Tr::tr("There is no organisation to print."));
    }
    // Private, through a temporary file: a cancelled or failed run leaves the earlier file as it was.
    io::PrivateFile file(path);
    if (!file.open(error, failure)) {
        return false;
    }
    Result<int> pages;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(Tr::tr("Contact sheets"));
        writer.setCreator(u"KMUni CRM"_s);
        writer.setResolution(300);
        pages = print(db, ids, &writer, progress);
    }
    if (pages.failed()) {
        file.cancel();
        io::failed(failure, io::Failure::Database);
        return fail(error, Tr::tr("The contact sheets cannot be read from the database: %1").arg(pages.error()));
    }
    if (*pages < 0) {
        file.cancel();
        io::failed(failure, io::Failure::Cancelled);
        return fail(error, Tr::tr("Cancelled."));
    }
    return file.commit(error, failure);
}

} // namespace kmuni::contactsheet
