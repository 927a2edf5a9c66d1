// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generator.h"

#include "matches/NeedsOffers.h"

#include "common/TextFold.h"
#include "common/Time.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QUuid>

#include <random>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kmuni::bench {

Scale Scale::town()
{
    return {u"town"_s, 10'000, 50'000, 200'000, 10'000, 40};
}

Scale Scale::city()
{
    return {u"city"_s, 100'000, 500'000, 2'000'000, 100'000, 200};
}

Scale Scale::tiny()
{
    return {u"tiny"_s, 2'000, 10'000, 20'000, 1'000, 12};
}

const QStringList& lastNames()
{
    static const QStringList names = {
        u"Müller"_s,
        u"Schmidt"_s,
        u"Schneider"_s,
        u"Fischer"_s,
        u"Weber"_s,
        u"Meyer"_s,
        u"Wagner"_s,
        u"Becker"_s,
        u"Schulz"_s,
        u"Hoffmann"_s,
        u"Schäfer"_s,
        u"Koch"_s,
        u"Bauer"_s,
        u"Richter"_s,
        u"Klein"_s,
        u"Wolf"_s,
        u"Schröder"_s,
        u"Neumann"_s,
        u"Schwarz"_s,
        u"Zimmermann"_s,
        u"Braun"_s,
        u"Krüger"_s,
        u"Hofmann"_s,
        u"Hartmann"_s,
        u"Lange"_s,
        u"Schmitt"_s,
        u"Werner"_s,
        u"Schmitz"_s,
        u"Krause"_s,
        u"Meier"_s,
        u"Lehmann"_s,
        u"Schmid"_s,
        u"Schulze"_s,
        u"Maier"_s,
        u"Köhler"_s,
        u"Herrmann"_s,
        u"König"_s,
        u"Walter"_s,
        u"Mayer"_s,
        u"Huber"_s,
        u"Kaiser"_s,
        u"Fuchs"_s,
        u"Peters"_s,
        u"Lang"_s,
        u"Scholz"_s,
        u"Möller"_s,
        u"Weiß"_s,
        u"Jung"_s,
        u"Hahn"_s,
        u"Schubert"_s,
        u"Vogel"_s,
        u"Friedrich"_s,
        u"Keller"_s,
        u"Günther"_s,
        u"Frank"_s,
        u"Berger"_s,
        u"Winkler"_s,
        u"Roth"_s,
        u"Beck"_s,
        u"Lorenz"_s,
        u"Baumann"_s,
        u"Franke"_s,
        u"Albrecht"_s,
        u"Schuster"_s,
        u"Simon"_s,
        u"Ludwig"_s,
        u"Böhm"_s,
        u"Winter"_s,
        u"Kraus"_s,
        u"Martin"_s,
        u"Schumacher"_s,
        u"Krämer"_s,
        u"Vogt"_s,
        u"Stein"_s,
        u"Jäger"_s,
        u"Otto"_s,
        u"Sommer"_s,
        u"Groß"_s,
        u"Seidel"_s,
        u"Heinrich"_s,
        u"Brandt"_s,
        u"Haas"_s,
        u"Schreiber"_s,
        u"Graf"_s,
        u"Schulte"_s,
        u"Dietrich"_s,
        u"Ziegler"_s,
        u"Kuhn"_s,
        u"Kühn"_s,
        u"Pohl"_s,
        u"Engel"_s,
        u"Horn"_s,
        u"Busch"_s,
        u"Bergmann"_s,
        u"Thomas"_s,
        u"Voigt"_s,
        u"Sauer"_s,
        u"Arnold"_s,
        u"Wolff"_s,
        u"Pfeiffer"_s,
        u"Özdemir"_s,
        u"Yılmaz"_s,
        u"Kaya"_s,
        u"Demir"_s,
        u"Şahin"_s,
        u"Çelik"_s,
        u"Öztürk"_s,
        u"Kowalski"_s,
        u"Nowak"_s,
        u"Wiśniewski"_s,
        u"Kowalczyk"_s,
        u"Szymański"_s,
        u"Jürgens"_s,
        u"Größ"_s,
        u"Strauß"_s,
        u"Straßburger"_s,
        u"Janßen"_s,
        u"Dreßler"_s,
        u"Rößler"_s,
        u"Brüggemann"_s,
        u"Hülsmann"_s,
        u"Schäperkötter"_s,
        u"Kötter"_s,
        u"Bäumer"_s,
        u"Lüdenscheidt"_s,
        u"Overbeck"_s,
        u"Tenbrink"_s,
        u"Schürmann"_s,
        u"Wöstmann"_s,
        u"Fröhlich"_s,
        u"Blömer"_s,
        u"Dümpelmann"_s,
        u"Große-Wächter"_s,
        u"Meyer-Lüdenscheidt"_s,
        u"Schulte-Bäuminghaus"_s,
        u"Müller-Wohlfahrt"_s,
    };
    return names;
}

const QStringList& firstNames()
{
    static const QStringList names = {
        u"Anna"_s,
        u"Lena"_s,
        u"Marie"_s,
        u"Sophie"_s,
        u"Julia"_s,
        u"Laura"_s,
        u"Katharina"_s,
        u"Sarah"_s,
        u"Lisa"_s,
        u"Hannah"_s,
        u"Jana"_s,
        u"Sabine"_s,
        u"Petra"_s,
        u"Claudia"_s,
        u"Andrea"_s,
        u"Nicole"_s,
        u"Stefanie"_s,
        u"Birgit"_s,
        u"Ute"_s,
        u"Jürgen"_s,
        u"Jörg"_s,
        u"Thomas"_s,
        u"Michael"_s,
        u"Andreas"_s,
        u"Stefan"_s,
        u"Frank"_s,
        u"Markus"_s,
        u"Christian"_s,
        u"Martin"_s,
        u"Peter"_s,
        u"Klaus"_s,
        u"Uwe"_s,
        u"Björn"_s,
        u"Sören"_s,
        u"Jan"_s,
        u"Lukas"_s,
        u"Leon"_s,
        u"Felix"_s,
        u"Jonas"_s,
        u"Maximilian"_s,
        u"Paul"_s,
        u"Tim"_s,
        u"Niklas"_s,
        u"Can"_s,
        u"Ayşe"_s,
        u"Elif"_s,
        u"Mehmet"_s,
        u"Zeynep"_s,
        u"Emre"_s,
        u"Agnieszka"_s,
        u"Łukasz"_s,
        u"Piotr"_s,
        u"Małgorzata"_s,
        u"Anna-Lena"_s,
        u"Hans-Jürgen"_s,
        u"Karl-Heinz"_s,
        u"Marie-Luise"_s,
        u"Jörn"_s,
        u"Gülay"_s,
        u"Renée"_s,
        u"André"_s,
        u"Zoë"_s,
    };
    return names;
}

namespace {

const QStringList cities
    = {u"Dortmund"_s, u"Bochum"_s, u"Herne"_s, u"Witten"_s, u"Unna"_s, u"Lünen"_s, u"Castrop-Rauxel"_s, u"Hattingen"_s,
        u"Schwerte"_s, u"Kamen"_s, u"Gelsenkirchen"_s, u"Hagen"_s, u"Recklinghausen"_s, u"Essen"_s, u"Holzwickede"_s};
const QStringList postalCodes = {u"44137"_s, u"44787"_s, u"44623"_s, u"58452"_s, u"59423"_s, u"44532"_s, u"44575"_s,
    u"45525"_s, u"58239"_s, u"59174"_s, u"45879"_s, u"58095"_s, u"45657"_s, u"45127"_s, u"59439"_s};
const QStringList streets = {u"Hauptstraße"_s, u"Bahnhofstraße"_s, u"Kampstraße"_s, u"Hellweg"_s, u"Königswall"_s,
    u"Märkische Straße"_s, u"Ruhrallee"_s, u"Emscherweg"_s, u"Am Zechenplatz"_s, u"Gußstahlstraße"_s, u"Lindenstraße"_s,
    u"Westfalendamm"_s, u"Universitätsstraße"_s, u"Grüne Straße"_s, u"Schützenstraße"_s, u"Südring"_s};
const QStringList stems = {u"Ruhr"_s, u"Emscher"_s, u"Zeche"_s, u"Phoenix"_s, u"Westfalen"_s, u"Hellweg"_s, u"Lippe"_s,
    u"Revier"_s, u"Kohle"_s, u"Stahl"_s, u"Glück auf"_s, u"Förderturm"_s, u"Kokerei"_s, u"Hafen"_s, u"Rhein"_s,
    u"Märkische"_s, u"Sauerland"_s, u"Nord"_s};
const QStringList fields = {u"Sensorik"_s, u"Logistik"_s, u"Software"_s, u"Medizintechnik"_s, u"Maschinenbau"_s,
    u"Analytik"_s, u"Robotik"_s, u"Datentechnik"_s, u"Pflegedienste"_s, u"Spedition"_s, u"Feinmechanik"_s,
    u"Systemhaus"_s, u"Biotech"_s, u"Nanotechnik"_s, u"Automation"_s, u"Gesundheitsdienste"_s, u"Lasertechnik"_s,
    u"Mikrosysteme"_s, u"IT-Service"_s, u"Fördertechnik"_s};
const QStringList legalForms
    = {u"GmbH"_s, u"GmbH"_s, u"GmbH"_s, u"UG (haftungsbeschränkt)"_s, u"GmbH & Co. KG"_s, u"AG"_s, u"e.K."_s, u"KG"_s};
const QStringList sectors = {u"biomicronano"_s, u"it"_s, u"production"_s, u"logistics"_s, u"health"_s};
const QStringList stages = {u"identified"_s, u"contacted"_s, u"first_meeting"_s, u"needs_assessed"_s, u"matched"_s,
    u"cooperating"_s, u"dormant"_s};
const QStringList functions = {u"Geschäftsführer"_s, u"Geschäftsführerin"_s, u"Personalleiterin"_s,
    u"Leiter Entwicklung"_s, u"Ausbildungsleiter"_s, u"Referentin"_s, u"Professor"_s,
    u"Wissenschaftliche Mitarbeiterin"_s, u"Prokurist"_s, u"Teamleiterin Personal"_s};
const QStringList eventTypes = {u"meeting"_s, u"phone_call"_s, u"phone_call"_s, u"email"_s, u"email"_s,
    u"company_visit"_s, u"university_visit"_s, u"workshop"_s, u"career_fair"_s, u"information_event"_s, u"other"_s};
const QStringList topics = {u"Praktikumsplätze"_s, u"Abschlussarbeiten"_s, u"Fachkräftebedarf"_s,
    u"Forschungskooperation"_s, u"Förderprogramme"_s, u"Werkstudierende"_s, u"Karrieremesse"_s, u"Duales Studium"_s,
    u"Digitalisierung"_s, u"Gründungsberatung"_s, u"Weiterbildung"_s, u"Wärmepumpen"_s, u"Künstliche Intelligenz"_s,
    u"Straßenlogistik"_s};
const QStringList sentences = {
    u"Bedarf an %1 besprochen."_s,
    u"Das Unternehmen sucht Unterstützung bei %1."_s,
    u"Kontakt zur Hochschule zum Thema %1 vermittelt."_s,
    u"Nächster Termin zu %1 im kommenden Quartal."_s,
    u"Gespräch über %1 und mögliche Ansprechpersonen an der Fakultät."_s,
    u"Rückmeldung zu %1 steht noch aus."_s,
};
const QStringList matchTypes = {u"internship"_s, u"thesis"_s, u"working_student"_s, u"graduate_job"_s,
    u"research_cooperation"_s, u"student_project"_s, u"guest_lecture"_s, u"funding_application"_s};
const QStringList matchPath = {u"proposed"_s, u"introduced"_s, u"in_talks"_s, u"agreed"_s, u"completed"_s};

// A prepared statement bound by position; step() runs and resets it.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, const QByteArray& v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int i, const QString& v) { return bind(i, v.toUtf8()); }
    Statement& null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE && m_error.isEmpty()) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        return rc == SQLITE_DONE;
    }
    const QString& error() const { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

class Writer
{
public:
    Writer(sqlite3* db, const Scale& scale, const QDate& today, quint32 seed)
        : m_db(db)
        , m_scale(scale)
        , m_today(today)
        , m_random(seed)
    { }

    bool run(const std::function<void(const QString&)>& progress, QString* error);

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template <typename List> const auto& any(const List& list) { return list[pick(int(list.size()))]; }
    const QByteArray& folded(const QString& text)
    {
        auto it = m_folds.find(text);
        if (it == m_folds.end()) {
            it = m_folds.insert(text, fold::forIndex(text).toUtf8());
        }
        return *it;
    }
    static QByteArray uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

    bool organisations(QString* error);
    bool staff(QString* error);
    bool persons(QString* error);
    bool events(QString* error);
    bool matches(QString* error);

    sqlite3* m_db;
    Scale m_scale;
    QDate m_today;
    std::mt19937 m_random;
    QHash<QString, QByteArray> m_folds;
    QByteArray m_now;
    qint64 m_partners = 4;
    QList<qint64> m_universities; // ids of universities and institutes
    QList<QList<qint64>> m_orgPersons; // persons of each organisation (index id - 1)
    QList<qint64> m_staffPartner; // partner of each staff member (index id - 1)
};

bool Writer::run(const std::function<void(const QString&)>& progress, QString* error)
{
    m_now = time::toStorage(time::now()).toUtf8();
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const QString& what, bool ok) {
        if (ok && progress) {
            progress(u"%1 (%2 s)"_s.arg(what).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        }
        return ok;
    };
    return step(u"organisations"_s, organisations(error)) && step(u"staff"_s, staff(error))
        && step(u"persons"_s, persons(error)) && step(u"activities"_s, events(error))
        && step(u"matches"_s, matches(error));
}

bool Writer::organisations(QString* error)
{
    Statement insert(m_db,
        "INSERT INTO organisations(id, uuid, kind, parent_id, name, legal_form, sector, street, "
        "postal_code, city, website, phone, email, employees, is_sme, is_pilot, stage, needs, "
        "sort_key, city_key, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement search(m_db, "INSERT INTO organisation_search(rowid, name, other) VALUES (?, ?, ?)");
    const int universities = std::max(8, m_scale.organisations / 5000);
    const int institutes = m_scale.organisations / 50;
    for (qint64 id = 1; id <= m_scale.organisations; ++id) {
        QString kind = u"company"_s;
        qint64 parent = 0;
        QString name;
        QString legal;
        if (id <= m_partners) {
            kind = u"partner"_s;
            name = QStringList{u"Wirtschaftsförderung Dortmund"_s, u"Bochum Wirtschaftsentwicklung"_s,
                u"IHK zu Dortmund"_s, u"IHK Mittleres Ruhrgebiet"_s}[int(id - 1)];
        } else if (id <= m_partners + universities) {
            kind = u"university"_s;
            name = u"Hochschule %1 %2"_s.arg(any(stems)).arg(id);
            m_universities << id;
        } else if (id <= m_partners + universities + institutes) {
            kind = u"institute"_s;
            parent = m_partners + 1 + pick(universities);
            name = u"Lehrstuhl für %1 %2"_s.arg(any(fields)).arg(id);
            m_universities << id;
        } else {
            legal = any(legalForms);
            name = (chance(0.5) ? any(lastNames()) : any(stems)) + u' ' + any(fields);
            if (chance(0.3)) {
                name += u' ' + any(cities);
            }
        }
        const int city = pick(int(cities.size()));
        const QString domain = fold::simple(name).replace(u' ', u'-').left(24);
        insert.bind(1, id)
            .bind(2, uuid())
            .bind(3, kind)
            .bind(5, name)
            .bind(6, legal)
            .bind(7, kind == u"company"_s ? any(sectors) : QString())
            .bind(8, u"%1 %2"_s.arg(any(streets)).arg(1 + pick(200)))
            .bind(9, postalCodes[city])
            .bind(10, cities[city])
            .bind(11, u"https://www."_s + domain + u".example"_s)
            .bind(12, u"+49231%1"_s.arg(1000000 + pick(8999999)))
            .bind(13, u"info@"_s + domain + u".example"_s)
            .bind(14, 3 + pick(400))
            .bind(15, kind == u"company"_s ? 1 : 0)
            .bind(16, kind == u"company"_s && chance(0.0002) ? 1 : 0)
            .bind(17, kind == u"company"_s ? any(stages) : QString())
            .bind(18, chance(0.3) ? u"Sucht %1."_s.arg(any(topics)) : QString())
            .bind(19, fold::sortKey(name).toUtf8())
            .bind(20, fold::sortKey(cities[city]).toUtf8())
            .bind(21, m_now)
            .bind(22, m_now);
        parent > 0 ? insert.bind(4, parent) : insert.null(4);
        if (!insert.step()) {
            *error = insert.error();
            return false;
        }
        search.bind(1, id).bind(2, folded(name)).bind(3, fold::forIndex(cities[city] + u" info@"_s + domain).toUtf8());
        if (!search.step()) {
            *error = search.error();
            return false;
        }
    }
    return true;
}

bool Writer::staff(QString* error)
{
    Statement insert(m_db,
        "INSERT INTO staff(id, uuid, partner_id, first_name, last_name, login, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?)");
    for (qint64 id = 1; id <= m_scale.staff; ++id) {
        const qint64 partner = 1 + (id - 1) % m_partners;
        m_staffPartner << partner;
        insert.bind(1, id).bind(2, uuid()).bind(3, partner).bind(4, any(firstNames())).bind(5, any(lastNames()));
        insert.bind(6, u"staff%1"_s.arg(id)).bind(7, m_now).bind(8, m_now);
        if (!insert.step()) {
            *error = insert.error();
            return false;
        }
    }
    return true;
}

bool Writer::persons(QString* error)
{
    Statement insert(m_db,
        "INSERT INTO persons(id, uuid, organisation_id, salutation, title, first_name, last_name, "
        "function, email, phone, legal_basis, do_not_contact, sort_key, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement search(m_db, "INSERT INTO person_search(rowid, name, other) VALUES (?, ?, ?)");
    m_orgPersons.resize(m_scale.organisations);
    for (qint64 id = 1; id <= m_scale.persons; ++id) {
        // Every organisation gets someone; the rest are spread with more at a few.
        const qint64 org = id <= m_scale.organisations ? id : 1 + pick(m_scale.organisations);
        m_orgPersons[org - 1] << id;
        const QString first = any(firstNames());
        const QString last = chance(0.06) ? any(lastNames()) + u'-' + any(lastNames()) : any(lastNames());
        const QString title = chance(0.1) ? u"Dr."_s : chance(0.03) ? u"Prof. Dr."_s : QString();
        const QString email = fold::simple(first + u'.' + last).replace(u' ', u'-') + u"@org%1.example"_s.arg(org);
        const QString fn = any(functions);
        insert.bind(1, id)
            .bind(2, uuid())
            .bind(3, org)
            .bind(4, chance(0.5) ? u"ms"_s : u"mr"_s)
            .bind(5, title)
            .bind(6, first)
            .bind(7, last)
            .bind(8, fn)
            .bind(9, email)
            .bind(10, u"+49234%1"_s.arg(1000000 + pick(8999999)))
            .bind(11, u"legitimate_interest"_s)
            .bind(12, chance(0.005) ? 1 : 0)
            .bind(13, fold::personSortKey(last, first).toUtf8())
            .bind(14, m_now)
            .bind(15, m_now);
        if (!insert.step()) {
            *error = insert.error();
            return false;
        }
        search.bind(1, id).bind(2, folded(first + u' ' + last)).bind(3, fold::forIndex(email + u' ' + fn).toUtf8());
        if (!search.step()) {
            *error = search.error();
            return false;
        }
    }
    return true;
}

bool Writer::events(QString* error)
{
    Statement insert(m_db,
        "INSERT INTO events(id, uuid, type, starts_at, starts_local, duration_min, location, "
        "subject, minutes, outcome, time_spent_min, logged_by_staff_id, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement participant(m_db,
        "INSERT INTO event_participants(event_id, organisation_id, person_id, staff_id, "
        "starts_local) VALUES (?,?,?,?,?)");
    Statement search(m_db, "INSERT INTO event_search(rowid, name, other) VALUES (?, ?, ?)");
    Statement followUp(m_db,
        "INSERT INTO follow_ups(uuid, event_id, organisation_id, staff_id, title, due_date, done, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
    // Texts come from a pool, folded once.
    struct Text
    {
        QString subject, minutes;
        QByteArray subjectFold, minutesFold;
    };
    QList<Text> pool;
    for (int i = 0; i < 3000; ++i) {
        Text t;
        const QString topic = any(topics);
        t.subject = u"%1: %2"_s.arg(any(QStringList{u"Gespräch"_s, u"Telefonat"_s, u"Besuch"_s, u"Workshop"_s}), topic);
        t.minutes = any(sentences).arg(topic) + (chance(0.5) ? u' ' + any(sentences).arg(any(topics)) : QString());
        t.subjectFold = fold::forIndex(t.subject).toUtf8();
        t.minutesFold = fold::forIndex(t.minutes).toUtf8();
        pool << t;
    }
    const QDateTime start = time::fromBerlin(m_today.addYears(-5), QTime(8, 0));
    const qint64 span = start.secsTo(time::fromBerlin(m_today, QTime(18, 0)));
    const qint64 companies0 = m_partners + m_universities.size() + 1;
    for (qint64 id = 1; id <= m_scale.events; ++id) {
        // Times ascend with the id, as when activities are logged day by day.
        const QDateTime when = start.addSecs(span * id / m_scale.events).addSecs(-pick(3600) * 0);
        const QByteArray utc = time::toStorage(when).toUtf8();
        const QByteArray local = time::toLocalKey(when).toUtf8();
        const Text& text = pool[pick(int(pool.size()))];
        const qint64 staffId = 1 + pick(m_scale.staff);
        insert.bind(1, id)
            .bind(2, uuid())
            .bind(3, any(eventTypes))
            .bind(4, utc)
            .bind(5, local)
            .bind(6, 30 + 15 * pick(8))
            .bind(7, any(cities))
            .bind(8, text.subject)
            .bind(9, text.minutes)
            .bind(10, QByteArray())
            .bind(11, 15 * (1 + pick(16)))
            .bind(12, staffId)
            .bind(13, m_now)
            .bind(14, m_now);
        if (!insert.step()) {
            *error = insert.error();
            return false;
        }
        // Some companies are in touch far more often than others (a few dozen busy ones).
        const qint64 company
            = chance(0.05) ? companies0 + pick(50) : companies0 + pick(int(m_scale.organisations - companies0 + 1));
        QList<qint64> orgs{company};
        if (chance(0.3) && !m_universities.isEmpty()) {
            orgs << any(m_universities);
        }
        for (qint64 org : orgs) {
            participant.bind(1, id).bind(2, org).null(3).null(4).bind(5, local);
            if (!participant.step()) {
                *error = participant.error();
                return false;
            }
        }
        const QList<qint64>& people = m_orgPersons[company - 1];
        for (int i = 0; i < std::min<int>(int(people.size()), pick(3)); ++i) {
            participant.bind(1, id).null(2).bind(3, people[i]).null(4).bind(5, local);
            if (!participant.step()) {
                *error = participant.error();
                return false;
            }
        }
        participant.bind(1, id).null(2).null(3).bind(4, staffId).bind(5, local);
        if (!participant.step()) {
            *error = participant.error();
            return false;
        }
        search.bind(1, id).bind(2, text.subjectFold).bind(3, text.minutesFold);
        if (!search.step()) {
            *error = search.error();
            return false;
        }
        if (chance(0.2)) {
            const QDate due = when.date().addDays(14);
            followUp.bind(1, uuid())
                .bind(2, id)
                .bind(3, company)
                .bind(4, staffId)
                .bind(5, u"Nachfassen: "_s + text.subject)
                .bind(6, due.toString(Qt::ISODate))
                .bind(7, due < m_today.addDays(-7) && !chance(0.02) ? 1 : 0)
                .bind(8, m_now)
                .bind(9, m_now);
            if (!followUp.step()) {
                *error = followUp.error();
                return false;
            }
        }
    }
    return true;
}

bool Writer::matches(QString* error)
{
    Statement insert(m_db,
        "INSERT INTO matches(id, uuid, company_id, university_id, type, stage, title, started_on, "
        "stage_changed_on, graduates_hired, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement history(m_db, "INSERT INTO match_stages(match_id, stage, reached_on) VALUES (?,?,?)");
    Statement search(m_db, "INSERT INTO match_search(rowid, name, other) VALUES (?, ?, ?)");
    const qint64 companies0 = m_partners + m_universities.size() + 1;
    for (qint64 id = 1; id <= m_scale.matches; ++id) {
        const qint64 company = companies0 + pick(int(m_scale.organisations - companies0 + 1));
        const qint64 university = any(m_universities);
        const QString type = any(matchTypes);
        const int reached = pick(int(matchPath.size()));
        const bool declined = chance(0.1);
        QDate day = m_today.addDays(-pick(5 * 365));
        const QString title = u"%1 %2"_s.arg(any(topics), any(fields));
        QString stage;
        QList<std::pair<QString, QDate>> path;
        for (int s = 0; s <= reached; ++s) {
            stage = matchPath[s];
            path.append({stage, day});
            if (s < reached) {
                day = std::min(m_today, day.addDays(7 + pick(60)));
            }
        }
        if (declined) {
            stage = u"declined"_s;
            day = std::min(m_today, day.addDays(7 + pick(30)));
            path.append({stage, day});
        }
        insert.bind(1, id)
            .bind(2, uuid())
            .bind(3, company)
            .bind(4, university)
            .bind(5, type)
            .bind(6, stage)
            .bind(7, title)
            .bind(8, m_today.addDays(-pick(5 * 365)).toString(Qt::ISODate))
            .bind(9, day.toString(Qt::ISODate))
            .bind(10, stage == u"completed"_s && (type == u"graduate_job"_s || type == u"internship"_s) ? 1 : 0)
            .bind(11, m_now)
            .bind(12, m_now);
        if (!insert.step()) {
            *error = insert.error();
            return false;
        }
        for (const auto& [reachedStage, on] : path) {
            history.bind(1, id).bind(2, reachedStage).bind(3, on.toString(Qt::ISODate));
            if (!history.step()) {
                *error = history.error();
                return false;
            }
        }
        search.bind(1, id).bind(2, folded(title)).bind(3, QByteArray());
        if (!search.step()) {
            *error = search.error();
            return false;
        }
    }
    return true;
}

} // namespace

bool generate(const QString& path, const Scale& scale, const QDate& today, quint32 seed,
    const std::function<void(const QString&)>& progress, QString* error)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    DbStatus status;
    auto db = Database::open(path, Database::Mode::Create, &status);
    if (!db) {
        *error = status.message;
        return false;
    }
    sqlite3* handle = db->handle();
    // A bulk load into a new file: no journal, big cache; the file is thrown away if this fails.
    sqlite3_exec(handle, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", nullptr,
        nullptr, nullptr);
    sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
    Writer writer(handle, scale, today, seed);
    if (!writer.run(progress, error)) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    char* message = nullptr;
    if (sqlite3_exec(handle, "COMMIT; PRAGMA journal_mode = WAL;", nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    // Needs and offers from the generated texts and names, as a migrated database gets them.
    if (!NeedsOffersRepository(*db).takeOverNotes(error)) {
        return false;
    }
    if (progress) {
        progress(u"needs and offers"_s);
    }
    if (sqlite3_exec(handle, "ANALYZE;", nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    if (progress) {
        progress(u"done"_s);
    }
    return true;
}

} // namespace kmuni::bench
