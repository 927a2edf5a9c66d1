// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Needs, offers and suggestions on a hand-made network: the obviously right institute first, with
// its reasons; rejected pairs stay away until the rejection is taken back; nothing without a reason.
#include "TestSupport.h"
#include "db/AuditLog.h"
#include "matches/MatchRepository.h"
#include "matches/NeedsOffers.h"
#include "matches/Suggestions.h"
#include "organisations/OrganisationRepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestSuggestions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rightInstituteFirstWithReasons();
    void companiesForAnInstitute();
    void rejectedPairStaysAwayUntilUndone();
    void openMatchIsNotSuggestedAgain();
    void acceptCreatesAProposedMatch();
    void noReasonNoSuggestion();
    void topicsAreOneVocabulary();
    void needsOffersAreAudited();
    void takeOverReadsTheNotes();

private:
    Id organisation(
        const QString& kind, const QString& name, const QString& city, const QString& sector = {}, Id parent = 0);
    void give(Id id, NeedsOffers::Side side, const QStringList& topics, const QStringList& types);
    QStringList names(const QList<Suggestion>& list) const;

    std::unique_ptr<test::TempDatabase> m_t;
    Id m_logistics = 0, m_software = 0, m_tu = 0, m_materialflow = 0, m_informatics = 0, m_career = 0;
    Id m_otherLogistics = 0;
};

Id TestSuggestions::organisation(
    const QString& kind, const QString& name, const QString& city, const QString& sector, Id parent)
{
    Organisation o;
    o.kind = kind;
    o.name = name;
    o.city = city;
    o.sector = sector;
    o.parentId = parent;
    return test::saved<OrganisationRepository>(m_t->db(), o);
}

void TestSuggestions::give(Id id, NeedsOffers::Side side, const QStringList& topics, const QStringList& types)
{
    NeedsOffersRepository repo(m_t->db());
    NeedsOffers value;
    QString error;
    for (const QString& name : topics) {
        const auto topic = repo.topicNamed(name, {}, &error);
        QVERIFY2(topic, qPrintable(error));
        value.topics << *topic;
    }
    value.types = types;
    QVERIFY2(repo.set(id, side, value, &error), qPrintable(error));
}

QStringList TestSuggestions::names(const QList<Suggestion>& list) const
{
    QStringList result;
    for (const Suggestion& s : list) {
        result << s.name;
    }
    return result;
}

void TestSuggestions::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    m_logistics = organisation(u"company"_s, u"Kanalkai Logistik"_s, u"Dortmund"_s, u"logistics"_s);
    m_otherLogistics = organisation(u"company"_s, u"Hafenkran Logistik"_s, u"Duisburg"_s, u"logistics"_s);
    m_software = organisation(u"company"_s, u"Zechenlicht Software"_s, u"Bochum"_s, u"it"_s);
    m_tu = organisation(u"university"_s, u"Technische Universität Dortmund"_s, u"Dortmund"_s);
    m_materialflow = organisation(u"institute"_s, u"Lehrstuhl für Förder- und Lagerwesen"_s, u"Dortmund"_s, {}, m_tu);
    m_informatics = organisation(u"institute"_s, u"Fakultät für Informatik"_s, u"Dortmund"_s, {}, m_tu);
    m_career = organisation(u"institute"_s, u"Career Service"_s, u"Dortmund"_s, {}, m_tu);
    // Seeded topics, written as staff would type them (case and umlauts do not matter).
    give(m_logistics, NeedsOffers::Side::Need,
        {u"lagerautomatisierung und intralogistik"_s, u"Simulation und digitaler Zwilling"_s, u"Robotik"_s},
        {u"thesis"_s, u"internship"_s});
    give(m_software, NeedsOffers::Side::Need, {u"Softwareentwicklung"_s}, {u"working_student"_s});
    give(m_materialflow, NeedsOffers::Side::Offer,
        {u"Lagerautomatisierung und Intralogistik"_s, u"Simulation und digitaler Zwilling"_s}, {u"thesis"_s});
    give(m_informatics, NeedsOffers::Side::Offer, {u"Softwareentwicklung"_s, u"Robotik"_s}, {u"thesis"_s});
    give(m_career, NeedsOffers::Side::Offer, {}, {u"internship"_s, u"working_student"_s});
}

void TestSuggestions::cleanup()
{
    m_t.reset();
}

void TestSuggestions::rightInstituteFirstWithReasons()
{
    // A completed thesis of the chair with another logistics company: what worked before counts.
    Match done;
    done.companyId = m_otherLogistics;
    done.universityId = m_materialflow;
    done.type = u"thesis"_s;
    done.startedOn = QDate(2026, 3, 1);
    QString error;
    QVERIFY2(MatchRepository(m_t->db()).save(done, &error), qPrintable(error));
    QVERIFY2(
        MatchRepository(m_t->db()).moveStage(done.id, u"completed"_s, QDate(2026, 9, 1), &error), qPrintable(error));

    const auto list = Suggestions(m_t->db()).forOrganisation(m_logistics).value();
    QCOMPARE(names(list), (QStringList{u"Lehrstuhl für Förder- und Lagerwesen"_s, u"Fakultät für Informatik"_s}));
    const Suggestion& first = list.first();
    QCOMPARE(first.sharedTopics,
        (QStringList{u"Lagerautomatisierung und Intralogistik"_s, u"Simulation und digitaler Zwilling"_s}));
    QCOMPARE(first.types, QStringList{u"thesis"_s});
    QCOMPARE(first.pastMatches, 1);
    // 2 × 3 (topics) + 2 (type) + 1 (sector: it offers logistics topics) + 1 (Dortmund) + 2 (one completed)
    QCOMPARE(first.score, 12);
    QCOMPARE(first.reasons.size(), 5);
    QVERIFY(first.reasons[0].contains(u"Lagerautomatisierung"_s));
    QVERIFY(first.reasons.last().contains(u"1"_s));
    // The informatics faculty shares robotics only: second, with that reason.
    QCOMPARE(list[1].sharedTopics, QStringList{u"Robotik"_s});
    QVERIFY(list[1].score < first.score);
    // The same question twice gives the same answer.
    QCOMPARE(names(Suggestions(m_t->db()).forOrganisation(m_logistics).value()), names(list));
}

void TestSuggestions::companiesForAnInstitute()
{
    const auto list = Suggestions(m_t->db()).forOrganisation(m_informatics).value();
    QCOMPARE(names(list), (QStringList{u"Kanalkai Logistik"_s, u"Zechenlicht Software"_s}));
    // Kanalkai: robotics, thesis, a logistics company (the faculty offers robotics), Dortmund;
    // Zechenlicht: software and an IT company, in Bochum, seeking no type the faculty offers.
    QCOMPARE(list[0].score, 3 + 2 + 1 + 1);
    QCOMPARE(list[1].score, 3 + 1);
}

void TestSuggestions::rejectedPairStaysAwayUntilUndone()
{
    Suggestions suggestions(m_t->db());
    QString error;
    QVERIFY2(suggestions.reject(m_logistics, m_materialflow, &error), qPrintable(error));
    QCOMPARE(names(suggestions.forOrganisation(m_logistics).value()), QStringList{u"Fakultät für Informatik"_s});
    // From the other side too, in either order.
    QVERIFY(!names(suggestions.forOrganisation(m_materialflow).value()).contains(u"Kanalkai Logistik"_s));
    QCOMPARE(names(suggestions.rejected(m_logistics).value()), QStringList{u"Lehrstuhl für Förder- und Lagerwesen"_s});
    QVERIFY2(suggestions.unreject(m_materialflow, m_logistics, &error), qPrintable(error));
    QCOMPARE(suggestions.forOrganisation(m_logistics).value().first().organisationId, m_materialflow);
    QVERIFY(suggestions.rejected(m_logistics).value().isEmpty());
    // The company's history says both, newest first.
    const auto history = audit::forEntity(m_t->db(), u"organisation"_s, m_logistics, 2).value();
    QCOMPARE(history.size(), 2);
    const QString university = u"Lehrstuhl für Förder- und Lagerwesen"_s;
    QCOMPARE(history[0].changes.value(u"rejected_suggestion"_s).toArray().at(0).toString(), university);
    QCOMPARE(history[1].changes.value(u"rejected_suggestion"_s).toArray().at(1).toString(), university);
    // Taking back what is not rejected changes nothing, and says nothing.
    QVERIFY2(suggestions.unreject(m_logistics, m_materialflow, &error), qPrintable(error));
    QCOMPARE(audit::forEntity(m_t->db(), u"organisation"_s, m_logistics, 1).value().first().id, history[0].id);
    // Two companies are no pair, and nothing is written.
    QVERIFY(!suggestions.reject(m_logistics, m_software, &error));
    QCOMPARE(audit::forEntity(m_t->db(), u"organisation"_s, m_logistics, 1).value().first().id, history[0].id);
}

void TestSuggestions::openMatchIsNotSuggestedAgain()
{
    Match open;
    open.companyId = m_logistics;
    open.universityId = m_materialflow;
    open.type = u"internship"_s;
    QVERIFY(MatchRepository(m_t->db()).save(open, nullptr));
    QVERIFY(!names(Suggestions(m_t->db()).forOrganisation(m_logistics).value())
                 .contains(u"Lehrstuhl für Förder- und Lagerwesen"_s));
    QVERIFY(MatchRepository(m_t->db()).moveStage(open.id, u"declined"_s, {}, nullptr));
    QVERIFY(names(Suggestions(m_t->db()).forOrganisation(m_logistics).value())
                .contains(u"Lehrstuhl für Förder- und Lagerwesen"_s));
}

void TestSuggestions::acceptCreatesAProposedMatch()
{
    Suggestions suggestions(m_t->db());
    const Suggestion first = suggestions.forOrganisation(m_logistics).value().first();
    Id matchId = 0;
    QString error;
    QVERIFY2(suggestions.accept(m_logistics, first, {}, 0, &matchId, &error), qPrintable(error));
    const auto m = MatchRepository(m_t->db()).find(matchId);
    QVERIFY(m);
    QCOMPARE(m->companyId, m_logistics);
    QCOMPARE(m->universityId, m_materialflow);
    QCOMPARE(m->stage, u"proposed"_s);
    QCOMPARE(m->type, u"thesis"_s);
    // Accepted from the institute's side: the same pair, the company on its side.
    const Suggestion software = suggestions.forOrganisation(m_informatics).value().last();
    QVERIFY2(suggestions.accept(m_informatics, software, u"working_student"_s, 0, &matchId, &error), qPrintable(error));
    QCOMPARE(MatchRepository(m_t->db()).find(matchId)->companyId, m_software);
}

void TestSuggestions::noReasonNoSuggestion()
{
    // The career service offers internships and working students but no topic: without a shared
    // topic or a sector it offers topics in, it is not suggested, whatever the types.
    for (Id company : {m_logistics, m_software}) {
        QVERIFY(!names(Suggestions(m_t->db()).forOrganisation(company).value()).contains(u"Career Service"_s));
    }
    for (const Suggestion& s : Suggestions(m_t->db()).forOrganisation(m_logistics).value()) {
        QVERIFY(!s.reasons.isEmpty());
    }
    QVERIFY(Suggestions(m_t->db()).forOrganisation(m_career).value().isEmpty());
    QVERIFY(Suggestions(m_t->db()).forOrganisation(987654).value().isEmpty());
}

void TestSuggestions::topicsAreOneVocabulary()
{
    NeedsOffersRepository repo(m_t->db());
    const int before = int(repo.topics().value().size());
    QVERIFY(before >= 20); // seeded
    QString error;
    const auto a = repo.topicNamed(u"Lagerautomatisierung und Intralogistik"_s, {}, &error);
    const auto b = repo.topicNamed(u"  LAGERAUTOMATISIERUNG  und intralogistik "_s, {}, &error);
    QCOMPARE(a->id, b->id);
    const auto fresh = repo.topicNamed(u"Wasserstofflogistik"_s, u"logistics"_s, &error);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(repo.topics().value().size(), before + 1);
    QVERIFY(repo.topicNamed(u"  "_s, {}, &error).failed());
}

void TestSuggestions::needsOffersAreAudited()
{
    NeedsOffersRepository repo(m_t->db());
    const auto needs = repo.of(m_logistics, NeedsOffers::Side::Need).value();
    QCOMPARE(needs.types, (QStringList{u"internship"_s, u"thesis"_s})); // the vocabulary's order
    QCOMPARE(needs.topics.size(), 3);
    const auto entries = audit::forEntity(m_t->db(), u"organisation"_s, m_logistics).value();
    QVERIFY(!entries.isEmpty());
    QVERIFY(entries.first().changes.contains(u"need_topics"_s));
    NeedsOffers none;
    QString error;
    QVERIFY(!repo.set(m_logistics, NeedsOffers::Side::Need, NeedsOffers{{}, {u"dancing"_s}}, &error));
    QCOMPARE(repo.of(m_logistics, NeedsOffers::Side::Need).value().types.size(), 2); // unchanged
    QVERIFY2(repo.set(m_logistics, NeedsOffers::Side::Need, none, &error), qPrintable(error));
    QVERIFY(repo.of(m_logistics, NeedsOffers::Side::Need).value().topics.isEmpty());
    QVERIFY(Suggestions(m_t->db()).forOrganisation(m_logistics).value().isEmpty());
}

void TestSuggestions::takeOverReadsTheNotes()
{
    Organisation o;
    o.kind = u"company"_s;
    o.name = u"Emscherdock Logistik"_s;
    o.needs = u"Masterarbeit zur Simulation des Hochregallagers; Werkstudierende für die Disposition."_s;
    QVERIFY(OrganisationRepository(m_t->db()).save(o, nullptr));
    QString error;
    QVERIFY2(NeedsOffersRepository(m_t->db()).takeOverNotes(&error), qPrintable(error));
    const auto needs = NeedsOffersRepository(m_t->db()).of(o.id, NeedsOffers::Side::Need).value();
    QStringList topics;
    for (const Topic& t : needs.topics) {
        topics << t.name;
    }
    QVERIFY2(topics.contains(u"Simulation und digitaler Zwilling"_s), qPrintable(topics.join(u", "_s)));
    QVERIFY(topics.contains(u"Lagerautomatisierung und Intralogistik"_s));
    QVERIFY(topics.contains(u"Verkehr und Disposition"_s));
    QCOMPARE(needs.types, (QStringList{u"thesis"_s, u"working_student"_s}));
    // The text stays; a second take-over changes nothing for an organisation that has data.
    QCOMPARE(OrganisationRepository(m_t->db()).find(o.id)->needs, o.needs);
    QVERIFY(NeedsOffersRepository(m_t->db()).takeOverNotes(&error));
    QCOMPARE(
        NeedsOffersRepository(m_t->db()).of(o.id, NeedsOffers::Side::Need).value().topics.size(), needs.topics.size());
}

QTEST_GUILESS_MAIN(TestSuggestions)
#include "TestSuggestions.moc"
