// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "io/ImportCells.h"
#include "io/PersonImport.h"
#include "io/PersonVCard.h"
#include "io/VCard.h"
#include "organisations/Organisation.h"
#include "persons/Person.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;
using vcard::Address;
using vcard::Contact;
using vcard::TypedValue;

#define COMPARE_DUMPS(actual, expected)                                                                                \
    do {                                                                                                               \
        const QString a_ = (actual);                                                                                   \
        const QString e_ = (expected);                                                                                 \
        QVERIFY2(a_ == e_, qPrintable(firstDifference(a_, e_)));                                                       \
    } while (false)

Q_DECLARE_METATYPE(kmuni::vcard::Contact)

namespace {

// Every field of a contact, one a line, so that QCOMPARE shows what differs.
QString dump(const Contact& c)
{
    QStringList out;
    out << u"line: "_s + QString::number(c.line) << u"version: "_s + c.version << u"kind: "_s + c.kind
        << u"FN: "_s + c.formattedName
        << u"N: "_s
            + QStringList{c.familyName, c.givenName, c.additionalNames, c.honorificPrefixes, c.honorificSuffixes}.join(
                u" | ")
        << u"ORG: "_s + c.organisation + u" | "_s + c.departments.join(u" | ") << u"TITLE: "_s + c.title
        << u"ROLE: "_s + c.role;
    for (const TypedValue& e : c.emails) {
        out << u"EMAIL ["_s + e.types.join(u',') + u"]: "_s + e.value;
    }
    for (const TypedValue& p : c.phones) {
        out << u"TEL ["_s + p.types.join(u',') + u"]: "_s + p.value;
    }
    for (const Address& a : c.addresses) {
        out << u"ADR ["_s + a.types.join(u',') + u"]: "_s
                + QStringList{a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country}.join(
                    u" | ");
    }
    for (const TypedValue& u : c.urls) {
        out << u"URL ["_s + u.types.join(u',') + u"]: "_s + u.value;
    }
    out << u"NOTE: "_s + c.note << u"UID: "_s + c.uid
        << u"BDAY: "_s + (c.birthday ? c.birthday->toString(Qt::ISODate) : u"-"_s)
        << u"REV: "_s + c.revision.toUTC().toString(Qt::ISODate) << u"CATEGORIES: "_s + c.categories.join(u" | ");
    for (const auto& [name, value] : c.ignored) {
        out << u"ignored "_s + name + u": "_s + value;
    }
    return out.join(u'\n');
}

QString dump(const QList<Contact>& contacts)
{
    QStringList out;
    for (const Contact& c : contacts) {
        out << dump(c);
    }
    return out.join(u"\n----\n"_s);
}

// The first line where two dumps differ, for a readable failure.
QString firstDifference(const QString& actual, const QString& expected)
{
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QString left = i < a.size() ? a[i] : u"(none)"_s;
        const QString right = i < e.size() ? e[i] : u"(none)"_s;
        if (left != right) {
            return u"line %1 of the dump:\n   actual:   %2\n   expected: %3"_s.arg(i + 1).arg(left, right);
        }
    }
    return {};
}

// A vCard 4.0 around @p lines (joined with CRLF).
QByteArray card40(const QList<QByteArray>& lines)
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    for (const QByteArray& l : lines) {
        out += l + "\r\n";
    }
    return out + "END:VCARD\r\n";
}

Contact base(const QString& version = u"4.0"_s)
{
    Contact c;
    c.line = 1;
    c.version = version;
    return c;
}

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(KMUNI_TEST_DATA) + u"/vcard/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

const QStringList sampleFiles{u"outlook-2.1-de-cp1252.vcf"_s, u"google-3.0.vcf"_s, u"apple-ios-3.0.vcf"_s,
    u"iphone-3.0-crcrlf.vcf"_s, u"thunderbird-3.0.vcf"_s};

// A row of the person import's rows of vCards, a cell a line: "EMAIL: a@example.org" for a column that is
// taken over, "- EMAIL (home): …" for one that is not (the import's report names it).
QString dumpRow(const import::Source& source, int row)
{
    QStringList out;
    const csv::Record& record = source.records.at(row);
    for (qsizetype i = 0; i < source.header.size(); ++i) {
        const QString value = record.fields.value(i);
        if (!value.isEmpty()) {
            const bool taken = source.mapping.at(i).field != import::Field::Ignore;
            out << (taken ? QString() : u"- "_s) + source.header.at(i) + u": "_s + value;
        }
    }
    return out.join(u'\n');
}

// The value of the column of @p field in row @p row; empty when there is none.
QString cellOf(const import::Source& source, int row, import::Field field)
{
    for (qsizetype i = 0; i < source.mapping.size(); ++i) {
        if (source.mapping.at(i).field == field) {
            return source.records.at(row).fields.value(i);
        }
    }
    return {};
}

// A vCard 3.0 (or 2.1, as @p version says) around @p lines, with a name.
QByteArray card(const QList<QByteArray>& lines, const QByteArray& version = "3.0")
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:" + version + "\r\nN:Muster;Anna\r\nFN:Anna Muster\r\n";
    for (const QByteArray& l : lines) {
        out += l + "\r\n";
    }
    return out + "END:VCARD\r\n";
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT
private slots:
    void rfc6350Examples_data();
    void rfc6350Examples();
    void rfc2426Examples();
    void rfc2426Properties_data();
    void rfc2426Properties();
    void outlookExport();
    void outlookCharsets_data();
    void outlookCharsets();
    void googleExport();
    void appleExport();
    void fileEncodings_data();
    void fileEncodings();
    void cardsOfSeveralEncodings();
    void bookkeepingIsNoValue();
    void roundTrip_data();
    void roundTrip();
    void writesRfc6350();
    void writesRfc2426();
    void foldsWithoutSplittingUtf8();
    void badInput_data();
    void badInput();
    void hugeLineIsRefusedQuickly();
    void tooMuchDataIsRefused();
    void bigPhotosAreSkipped();
    void manyCards();
    void mutatedFilesNeverCrash();
    void lineBreaks_data();
    void lineBreaks();
    void manyCarriageReturnsAreReadQuickly();
    void importRowsOfRealFiles_data();
    void importRowsOfRealFiles();
    void bestValueWins_data();
    void bestValueWins();
    void organisationAddress_data();
    void organisationAddress();
    void onlyColumnsWithValues();
    void organisationCards_data();
    void organisationCards();
    void exportReadsBackIntoItsColumns_data();
    void exportReadsBackIntoItsColumns();
};

void TestVCard::rfc6350Examples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Contact>("expected");

    {
        // RFC 6350, section 8: the complete example, verbatim (with its folded ADR and KEY).
        Contact c = base();
        c.formattedName = u"Simon Perreault"_s;
        c.familyName = u"Perreault"_s;
        c.givenName = u"Simon"_s;
        c.honorificSuffixes = u"ing. jr,M.Sc."_s;
        c.organisation = u"Viagenie"_s;
        c.addresses << Address{
            {u"work"_s}, {}, u"Suite D2-630"_s, u"2875 Laurier"_s, u"Quebec"_s, u"QC"_s, u"G1V 2M2"_s, u"Canada"_s};
        c.phones << TypedValue{u"+1-418-656-9254;ext=102"_s, {u"work"_s, u"voice"_s, u"pref"_s}}
                 << TypedValue{u"+1-418-262-6501"_s, {u"work"_s, u"cell"_s, u"voice"_s, u"video"_s, u"text"_s}};
        c.emails << TypedValue{u"simon.perreault@viagenie.ca"_s, {u"work"_s}};
        c.urls << TypedValue{u"http://nomis80.org"_s, {u"home"_s}};
        c.ignored = {{u"BDAY"_s, u"--0203"_s}, {u"ANNIVERSARY"_s, u"20090808T1430-0500"_s}, {u"GENDER"_s, u"M"_s},
            {u"LANG"_s, u"fr"_s}, {u"LANG"_s, u"en"_s}, {u"GEO"_s, u"geo:46.772673,-71.282945"_s},
            {u"KEY"_s, u"http://www.viagenie.ca/simon.perreault/simon.asc"_s}, {u"TZ"_s, u"-0500"_s}};
        QTest::addRow("8 Simon Perreault") << QByteArray(
            "BEGIN:VCARD\r\n"
            "VERSION:4.0\r\n"
            "FN:Simon Perreault\r\n"
            "N:Perreault;Simon;;;ing. jr,M.Sc.\r\n"
            "BDAY:--0203\r\n"
            "ANNIVERSARY:20090808T1430-0500\r\n"
            "GENDER:M\r\n"
            "LANG;PREF=1:fr\r\n"
            "LANG;PREF=2:en\r\n"
            "ORG;TYPE=work:Viagenie\r\n"
            "ADR;TYPE=work:;Suite D2-630;2875 Laurier;\r\n"
            " Quebec;QC;G1V 2M2;Canada\r\n"
            "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\r\n"
            "TEL;VALUE=uri;TYPE=\"work,cell,voice,video,text\":tel:+1-418-262-6501\r\n"
            "EMAIL;TYPE=work:simon.perreault@viagenie.ca\r\n"
            "GEO;TYPE=work:geo:46.772673,-71.282945\r\n"
            "KEY;TYPE=work;VALUE=uri:\r\n"
            " http://www.viagenie.ca/simon.perreault/simon.asc\r\n"
            "TZ:-0500\r\n"
            "URL;TYPE=home:http://nomis80.org\r\n"
            "END:VCARD\r\n") << c;
    }
    // Section 3.2: three ways to fold the same line.
    Contact folded = base();
    folded.note = u"This is a long description that exists on a long line."_s;
    QTest::addRow("3.2 unfolded") << card40({"NOTE:This is a long description that exists on a long line."}) << folded;
    QTest::addRow("3.2 folded at a space")
        << card40({"NOTE:This is a long description\r\n  that exists on a long line."}) << folded;
    QTest::addRow("3.2 folded inside words")
        << card40({"NOTE:This is a long descrip\r\n tion that exists o\r\n n a long line."}) << folded;
    QTest::addRow("3.2 LF and tab") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nNOTE:This is a long descrip\n\ttion "
                                                  "that exists on a long line.\nEND:VCARD\n")
                                    << folded;
    {
        Contact c = base();
        c.familyName = u"Public"_s;
        c.givenName = u"John"_s;
        c.additionalNames = u"Quinlan"_s;
        c.honorificPrefixes = u"Mr."_s;
        c.honorificSuffixes = u"Esq."_s;
        QTest::addRow("6.2.2 N") << card40({"N:Public;John;Quinlan;Mr.;Esq."}) << c;
        c.familyName = u"Stevenson"_s;
        c.givenName = u"John"_s;
        c.additionalNames = u"Philip,Paul"_s;
        c.honorificPrefixes = u"Dr."_s;
        c.honorificSuffixes = u"Jr.,M.D.,A.C.P."_s;
        QTest::addRow("6.2.2 N lists") << card40({"N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P."}) << c;
    }
    {
        Contact c = base();
        c.birthday = QDate(1996, 4, 15);
        QTest::addRow("6.2.5 BDAY date") << card40({"BDAY:19960415"}) << c;
        c.birthday = QDate(1953, 10, 15);
        QTest::addRow("6.2.5 BDAY date-time") << card40({"BDAY:19531015T231000Z"}) << c;
        c.birthday.reset();
        c.ignored = {{u"BDAY"_s, u"--0415"_s}};
        QTest::addRow("6.2.5 BDAY without year") << card40({"BDAY:--0415"}) << c;
        c.ignored = {{u"BDAY"_s, u"circa 1800"_s}};
        QTest::addRow("6.2.5 BDAY text") << card40({"BDAY;VALUE=text:circa 1800"}) << c;
    }
    {
        // 6.3.1: parameter values in quotes hold ':', ';', ',' and line breaks.
        Contact c = base();
        c.addresses << Address{{}, {}, {}, u"123 Main Street"_s, u"Any Town"_s, u"CA"_s, u"91921-1234"_s, u"U.S.A."_s};
        QTest::addRow("6.3.1 ADR with GEO and LABEL") << card40(
            {"ADR;GEO=\"geo:12.3457,78.910\";LABEL=\"Mr. John Q. Public, Esq.\\n\r\n Mail Drop: TNE "
             "QB\\n123 Main Street\\nAny Town, CA  91921-1234\\nU.S.A.\":\r\n ;;123 Main Street;Any "
             "Town;CA;91921-1234;U.S.A."}) << c;
    }
    {
        Contact c = base();
        c.phones << TypedValue{u"+1-555-555-5555;ext=5555"_s, {u"voice"_s, u"home"_s, u"pref"_s}}
                 << TypedValue{u"+33-01-23-45-67"_s, {u"home"_s}};
        QTest::addRow("6.4.1 TEL") << card40({"TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555",
            "TEL;VALUE=uri;TYPE=home:tel:+33-01-23-45-67"})
                                   << c;
        Contact text = base();
        text.phones << TypedValue{u"+49 30 1234567"_s, {u"work"_s, u"voice"_s}};
        QTest::addRow("TEL as text") << card40({"TEL;TYPE=work,voice:+49 30 1234567"}) << text;
    }
    {
        Contact c = base();
        c.emails << TypedValue{u"jqpublic@xyz.example.com"_s, {u"work"_s}}
                 << TypedValue{u"jane_doe@example.com"_s, {u"pref"_s}};
        QTest::addRow("6.4.2 EMAIL") << card40(
            {"EMAIL;TYPE=work:jqpublic@xyz.example.com", "EMAIL;PREF=1:jane_doe@example.com"})
                                     << c;
        Contact grouped = base();
        grouped.emails << TypedValue{u"anna@example.org"_s, {u"home"_s, u"pref"_s}}; // the label says home too
        QTest::addRow("group prefix") << card40(
            {"item1.EMAIL;TYPE=home;PREF=1:anna@example.org", "item1.X-ABLabel:private"})
                                      << grouped;
    }
    {
        Contact c = base();
        c.title = u"Research Scientist"_s;
        c.role = u"Project Leader"_s;
        c.organisation = u"ABC, Inc."_s;
        c.departments = {u"North American Division"_s, u"Marketing"_s};
        QTest::addRow("6.6 TITLE ROLE ORG") << card40(
            {"TITLE:Research Scientist", "ROLE:Project Leader", "ORG:ABC\\, Inc.;North American Division;Marketing"})
                                            << c;
    }
    {
        Contact c = base();
        c.categories = {u"TRAVEL AGENT"_s, u"INTERNET"_s, u"IETF"_s, u"INDUSTRY"_s, u"INFORMATION TECHNOLOGY"_s};
        QTest::addRow("6.7.1 CATEGORIES")
            << card40({"CATEGORIES:TRAVEL AGENT", "CATEGORIES:INTERNET,IETF,INDUSTRY,INFORMATION TECHNOLOGY"}) << c;
    }
    {
        Contact c = base();
        c.note = u"This fax number is operational 0800 to 1715 EST, Mon-Fri."_s;
        QTest::addRow("6.7.2 NOTE") << card40({"NOTE:This fax number is operational 0800 to 1715\r\n  EST\\, Mon-Fri."})
                                    << c;
        c.note = u"a\\b;c,d\nline 2\nline 3"_s;
        QTest::addRow("escapes") << card40({"NOTE:a\\\\b\\;c\\,d\\nline 2\\Nline 3"}) << c;
    }
    {
        Contact c = base();
        c.revision = QDateTime(QDate(1995, 10, 31), QTime(22, 27, 10), QTimeZone::utc());
        c.uid = u"f81d4fae-7dec-11d0-a765-00a0c91e6bf6"_s;
        c.urls << TypedValue{u"http://example.org/restaurant.french/~chezchic.html"_s, {}};
        c.kind = u"individual"_s;
        QTest::addRow("6.7 REV UID URL KIND")
            << card40({"KIND:individual", "REV:19951031T222710Z", "UID:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
                   "URL:http://example.org/restaurant.french/~chezchic.html"})
            << c;
    }
    {
        // RFC 6868 caret escapes and a quoted parameter with ':' and ';' before the value.
        Contact c = base();
        c.emails << TypedValue{u"x@example.org"_s, {u"work"_s}};
        QTest::addRow("quoted parameter with : and ;")
            << card40({"EMAIL;X-NOTE=\"a:b;c, ^'d^'\";TYPE=work:x@example.org"}) << c;
    }
}

void TestVCard::rfc6350Examples()
{
    QFETCH(QByteArray, input);
    QFETCH(Contact, expected);
    const vcard::ParseResult result = vcard::parse(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 1);
    COMPARE_DUMPS(dump(result.contacts.first()), dump(expected));
    QVERIFY(result.contacts.first() == expected);
}

// RFC 2426, section 7: the two example cards, verbatim.
void TestVCard::rfc2426Examples()
{
    const QByteArray input = "BEGIN:vCard\r\n"
                             "VERSION:3.0\r\n"
                             "FN:Frank Dawson\r\n"
                             "ORG:Lotus Development Corporation\r\n"
                             "ADR;TYPE=WORK,POSTAL,PARCEL:;;6544 Battleford Drive\r\n"
                             " ;Raleigh;NC;27613-3502;U.S.A.\r\n"
                             "TEL;TYPE=VOICE,MSG,WORK:+1-919-676-9515\r\n"
                             "TEL;TYPE=FAX,WORK:+1-919-676-9564\r\n"
                             "EMAIL;TYPE=INTERNET,PREF:Frank_Dawson@Lotus.com\r\n"
                             "EMAIL;TYPE=INTERNET:fdawson@earthlink.net\r\n"
                             "URL:http://home.earthlink.net/~fdawson\r\n"
                             "END:vCard\r\n"
                             "\r\n"
                             "\r\n"
                             "BEGIN:vCard\r\n"
                             "VERSION:3.0\r\n"
                             "FN:Tim Howes\r\n"
                             "ORG:Netscape Communications Corp.\r\n"
                             "ADR;TYPE=WORK:;;501 E. Middlefield Rd.;Mountain View;\r\n"
                             " CA; 94043;U.S.A.\r\n"
                             "TEL;TYPE=VOICE,MSG,WORK:+1-415-937-3419\r\n"
                             "TEL;TYPE=FAX,WORK:+1-415-528-4164\r\n"
                             "EMAIL;TYPE=INTERNET:howes@netscape.com\r\n"
                             "END:vCard\r\n";
    const vcard::ParseResult result = vcard::parse(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));

    Contact dawson = base(u"3.0"_s);
    dawson.formattedName = u"Frank Dawson"_s;
    dawson.organisation = u"Lotus Development Corporation"_s;
    dawson.addresses << Address{{u"work"_s, u"postal"_s, u"parcel"_s}, {}, {}, u"6544 Battleford Drive"_s, u"Raleigh"_s,
        u"NC"_s, u"27613-3502"_s, u"U.S.A."_s};
    dawson.phones << TypedValue{u"+1-919-676-9515"_s, {u"voice"_s, u"msg"_s, u"work"_s}}
                  << TypedValue{u"+1-919-676-9564"_s, {u"fax"_s, u"work"_s}};
    dawson.emails << TypedValue{u"Frank_Dawson@Lotus.com"_s, {u"internet"_s, u"pref"_s}}
                  << TypedValue{u"fdawson@earthlink.net"_s, {u"internet"_s}};
    dawson.urls << TypedValue{u"http://home.earthlink.net/~fdawson"_s, {}};

    Contact howes = base(u"3.0"_s);
    howes.line = 15;
    howes.formattedName = u"Tim Howes"_s;
    howes.organisation = u"Netscape Communications Corp."_s;
    howes.addresses << Address{
        {u"work"_s}, {}, {}, u"501 E. Middlefield Rd."_s, u"Mountain View"_s, u"CA"_s, u"94043"_s, u"U.S.A."_s};
    howes.phones << TypedValue{u"+1-415-937-3419"_s, {u"voice"_s, u"msg"_s, u"work"_s}}
                 << TypedValue{u"+1-415-528-4164"_s, {u"fax"_s, u"work"_s}};
    howes.emails << TypedValue{u"howes@netscape.com"_s, {u"internet"_s}};
    COMPARE_DUMPS(dump(result.contacts), dump(QList<Contact>{dawson, howes}));
}

// The property examples of RFC 2426, section 3, and the forms Google and Apple write.
void TestVCard::rfc2426Properties_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::addRow("3.1.2 N") << QByteArray("N:Public;John;Quinlan;Mr.;Esq.")
                             << u"N: Public | John | Quinlan | Mr. | Esq."_s;
    QTest::addRow("3.3.1 TEL") << QByteArray("TEL;TYPE=work,voice,pref,msg:+1-213-555-1234")
                               << u"TEL [work,voice,pref,msg]: +1-213-555-1234"_s;
    QTest::addRow("3.3.2 EMAIL") << QByteArray("EMAIL;TYPE=internet,pref:jane_doe@abc.com")
                                 << u"EMAIL [internet,pref]: jane_doe@abc.com"_s;
    QTest::addRow("TYPE repeated") << QByteArray("TEL;TYPE=WORK;TYPE=PREF:+49 30 1") << u"TEL [work,pref]: +49 30 1"_s;
    QTest::addRow("lower-case type (Apple)")
        << QByteArray("TEL;type=CELL;type=VOICE:+49 171 1") << u"TEL [cell,voice]: +49 171 1"_s;
    QTest::addRow("3.1.3 ADR")
        << QByteArray("ADR;TYPE=dom,home,postal,parcel:;;123 Main Street;Any Town;CA;91921-1234")
        << u"ADR [dom,home,postal,parcel]:  |  | 123 Main Street | Any Town | CA | 91921-1234 | "_s;
    QTest::addRow("3.6.2 NOTE") << QByteArray("NOTE:This fax number is operational 0800 to 1715\r\n  EST\\, Mon-Fri.")
                                << u"NOTE: This fax number is operational 0800 to 1715 EST, Mon-Fri."_s;
    QTest::addRow("3.1.5 BDAY") << QByteArray("BDAY:1987-09-27T08:30:00-06:00") << u"BDAY: 1987-09-27"_s;
    QTest::addRow("3.6.4 REV") << QByteArray("REV:1995-10-31T22:27:10Z") << u"REV: 1995-10-31T22:27:10Z"_s;
    QTest::addRow("3.5.5 ORG") << QByteArray("ORG:ABC\\, Inc.;North American Division;Marketing")
                               << u"ORG: ABC, Inc. | North American Division | Marketing"_s;
    QTest::addRow("3.4.1 TITLE") << QByteArray("TITLE:Director\\, Research and Development")
                                 << u"TITLE: Director, Research and Development"_s;
}

void TestVCard::rfc2426Properties()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const vcard::ParseResult result = vcard::parse("BEGIN:VCARD\r\nVERSION:3.0\r\n" + line + "\r\nEND:VCARD\r\n");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 1);
    const QStringList lines = dump(result.contacts.first()).split(u'\n');
    QVERIFY2(lines.contains(expected), qPrintable(lines.join(u'\n')));
}

// An export of German Outlook: vCard 2.1 in Windows-1252, with QUOTED-PRINTABLE and its soft line
// breaks, bare types, a BASE64 photo (indented, and not indented), LABEL and Outlook's own properties.
void TestVCard::outlookExport()
{
    const QByteArray bytes = readData(u"outlook-2.1-de-cp1252.vcf"_s);
    QVERIFY(bytes.contains("\xFC")); // "ü" as Windows-1252 writes it
    const vcard::ParseResult result = vcard::parse(bytes);
    QVERIFY2(result.error.isEmpty(), qPrintable(u"line %1: %2"_s.arg(result.errorLine).arg(result.error)));
    QCOMPARE(result.contacts.size(), 2);

    Contact mueller = base(u"2.1"_s);
    mueller.formattedName = u"Dr. Jürgen Müller"_s;
    mueller.familyName = u"Müller"_s;
    mueller.givenName = u"Jürgen"_s;
    mueller.honorificPrefixes = u"Dr."_s;
    mueller.organisation = u"Müller & Söhne GmbH"_s;
    mueller.departments = {u"Geschäftsführung"_s};
    mueller.title = u"Geschäftsführer"_s;
    mueller.note = u"Erstkontakt auf der Hannover Messe 2024.\nInteresse am Förderprogramm für Digitalisierung.\n\n"
                   "Rückruf bis Ende März – Preis 1.200 €."_s;
    mueller.phones << TypedValue{u"+49 511 123456-0"_s, {u"work"_s, u"voice"_s}}
                   << TypedValue{u"+49 170 1234567"_s, {u"cell"_s, u"voice"_s}}
                   << TypedValue{u"+49 511 123456-99"_s, {u"work"_s, u"fax"_s}};
    mueller.addresses << Address{{u"work"_s, u"pref"_s}, {}, {}, u"Straße des 17. Juni 5\nHaus B"_s, u"Hannover"_s,
        u"Niedersachsen"_s, u"30159"_s, u"Deutschland"_s};
    mueller.urls << TypedValue{u"http://www.mueller-soehne.de"_s, {u"work"_s}};
    mueller.emails << TypedValue{u"j.mueller@mueller-soehne.de"_s, {u"pref"_s, u"internet"_s}}
                   << TypedValue{u"juergen.mueller@example.org"_s, {u"internet"_s}};
    mueller.revision = QDateTime(QDate(2024, 3, 11), QTime(9, 30, 15), QTimeZone::utc());
    mueller.ignored = {{u"LABEL"_s, u"Straße des 17. Juni 5\nHaus B\n30159 Hannover\nDeutschland"_s},
        {u"X-MS-OL-DEFAULTPOSTALADDRESS"_s, u"2"_s}, {u"PHOTO"_s, {}},
        {u"X-MS-OL-DESIGN"_s,
            u"<card xmlns=\"http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards\" ver=\"1.0\" "
            "layout=\"left\" bgcolor=\"ffffff\"><img xmlns=\"\" align=\"fill\" area=\"16\" use=\"cardpicture\"/><fld "
            "xmlns=\"\" prop=\"name\" align=\"left\" dir=\"ltr\" style=\"b\" color=\"000000\" size=\"10\"/></card>"_s}};

    Contact oezdemir = base(u"2.1"_s);
    oezdemir.line = 29;
    oezdemir.formattedName = u"Gülüzar Özdemir"_s;
    oezdemir.familyName = u"Özdemir"_s;
    oezdemir.givenName = u"Gülüzar"_s;
    oezdemir.organisation = u"Weiß Logistik e.K."_s;
    oezdemir.title = u"Einkauf"_s;
    oezdemir.phones << TypedValue{u"0511 998877"_s, {u"home"_s, u"voice"_s}};
    oezdemir.addresses << Address{
        {u"home"_s}, {}, {}, u"Am Königsworther Platz 1"_s, u"Hannover"_s, {}, u"30167"_s, {}};
    oezdemir.birthday = QDate(1979, 4, 12);
    oezdemir.emails << TypedValue{u"g.oezdemir@weiss-logistik.de"_s, {u"pref"_s, u"internet"_s}};
    oezdemir.revision = QDateTime(QDate(2024, 1, 2), QTime(8, 0), QTimeZone::utc());
    oezdemir.ignored = {{u"PHOTO"_s, {}}, {u"X-MS-OL-DEFAULTPOSTALADDRESS"_s, u"1"_s}};

    COMPARE_DUMPS(dump(result.contacts), dump(QList<Contact>{mueller, oezdemir}));
    QVERIFY(result.contacts == (QList<Contact>{mueller, oezdemir}));
}

// QUOTED-PRINTABLE bytes are read in the property's CHARSET, whatever the file is.
void TestVCard::outlookCharsets_data()
{
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QString>("note");
    QTest::addRow("UTF-8") << QByteArray("NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe =E2=82=AC")
                           << u"Grüße €"_s;
    QTest::addRow("utf-8 lower case, bare QP")
        << QByteArray("NOTE;CHARSET=utf-8;QUOTED-PRINTABLE:Gr=c3=bc=c3=9fe") << u"Grüße"_s;
    QTest::addRow("Windows-1252") << QByteArray(
        "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe =80 =84x=93")
                                  << u"Grüße € „x“"_s;
    QTest::addRow("ISO-8859-1") << QByteArray("NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe")
                                << u"Grüße"_s;
    QTest::addRow("ISO-8859-15") << QByteArray("NOTE;CHARSET=ISO-8859-15;ENCODING=QUOTED-PRINTABLE:=A4 100")
                                 << u"€ 100"_s;
    QTest::addRow("no charset, UTF-8 bytes")
        << QByteArray("NOTE;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe") << u"Grüße"_s;
    QTest::addRow("no charset, Windows-1252 bytes")
        << QByteArray("NOTE;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe") << u"Grüße"_s;
    QTest::addRow("soft breaks and CRLF") << QByteArray(
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Zeile 1=0D=0A=\r\n"
        "Zeile 2 mit =C3=\r\n"
        "=BC=0D=0A=\r\n"
        "=0D=0AZeile 4") << u"Zeile 1\nZeile 2 mit ü\n\nZeile 4"_s;
    QTest::addRow("trailing blank after soft break")
        << QByteArray("NOTE;ENCODING=QUOTED-PRINTABLE:ab= \r\ncd") << u"abcd"_s;
    QTest::addRow("= encoded") << QByteArray("NOTE;ENCODING=QUOTED-PRINTABLE:1+1=3D2") << u"1+1=2"_s;
    QTest::addRow("raw non-ASCII in QP") << QByteArray("NOTE;ENCODING=QUOTED-PRINTABLE:Gr\xC3\xBC=C3=9Fe")
                                         << u"Grüße"_s;
}

void TestVCard::outlookCharsets()
{
    QFETCH(QByteArray, property);
    QFETCH(QString, note);
    const vcard::ParseResult result
        = vcard::parse("BEGIN:VCARD\r\nVERSION:2.1\r\nN:X;Y\r\n" + property + "\r\nEND:VCARD\r\n");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 1);
    QCOMPARE(result.contacts.first().note, note);
}

// A Google Contacts export ("vCard for iOS Contacts"): 3.0, item groups with X-ABLabel, TYPE=INTERNET.
void TestVCard::googleExport()
{
    const vcard::ParseResult result = vcard::parse(readData(u"google-3.0.vcf"_s));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 2);

    Contact anna = base(u"3.0"_s);
    anna.formattedName = u"Anna Schröder"_s;
    anna.familyName = u"Schröder"_s;
    anna.givenName = u"Anna"_s;
    anna.emails << TypedValue{u"anna.schroeder@beispiel-gmbh.de"_s, {u"internet"_s, u"work"_s}}
                << TypedValue{u"anna@privat.example"_s, {u"internet"_s, u"home"_s}}; // item1.X-ABLabel:Privat
    anna.phones << TypedValue{u"+49 151 23456789"_s, {u"cell"_s}} << TypedValue{u"0341 9876543"_s, {u"work"_s}}
                << TypedValue{u"+49 341 111222"_s, {}};
    anna.addresses << Address{
        {u"work"_s}, {}, {}, u"Petersstraße 12"_s, u"Leipzig"_s, u"Sachsen"_s, u"04109"_s, u"Deutschland"_s};
    anna.organisation = u"Beispiel GmbH"_s;
    anna.departments = {u"Vertrieb"_s};
    anna.title = u"Leiterin Vertrieb"_s;
    anna.birthday = QDate(1985, 7, 23);
    anna.urls << TypedValue{u"https://beispiel-gmbh.de"_s, {}};
    anna.note
        = u"Kennengelernt beim Netzwerktreffen, Leipzig.\nFolgetermin im Herbst; Angebot zur Förderung schicken."_s;
    anna.categories = {u"myContacts"_s, u"KMUni"_s};
    anna.ignored
        = {{u"X-ABLabel"_s, u"Zentrale"_s}, {u"X-ABLabel"_s, u"_$!<HomePage>!$_"_s}}; // labels that say no kind

    Contact lukas = base(u"3.0"_s);
    lukas.line = 22;
    lukas.formattedName = u"Lukas Becker"_s;
    lukas.familyName = u"Becker"_s;
    lukas.givenName = u"Lukas"_s;
    lukas.emails << TypedValue{u"lukas.becker@example.com"_s, {u"internet"_s}};
    lukas.categories = {u"myContacts"_s};
    COMPARE_DUMPS(dump(result.contacts), dump(QList<Contact>{anna, lukas}));
}

// A card as an iPhone shares it: 3.0 with BOM, lower-case "type=", "type=pref", an escaped ':' in
// the URL, a folded BASE64 photo.
void TestVCard::appleExport()
{
    const vcard::ParseResult result = vcard::parse(readData(u"apple-ios-3.0.vcf"_s));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 1);
    Contact c = base(u"3.0"_s);
    c.familyName = u"Weiß"_s;
    c.givenName = u"Thomas"_s;
    c.honorificPrefixes = u"Prof. Dr."_s;
    c.formattedName = u"Prof. Dr. Thomas Weiß"_s;
    c.organisation = u"Hochschule Musterstadt"_s;
    c.departments = {u"Fakultät Maschinenbau"_s};
    c.title = u"Professor für Fertigungstechnik"_s;
    c.emails << TypedValue{u"t.weiss@hs-musterstadt.de"_s, {u"internet"_s, u"work"_s, u"pref"_s}};
    c.phones << TypedValue{u"+49 89 1234-5678"_s, {u"work"_s, u"voice"_s, u"pref"_s}}
             << TypedValue{u"+49 171 9876543"_s, {u"cell"_s, u"voice"_s}};
    c.addresses << Address{
        {u"work"_s, u"pref"_s}, {}, {}, u"Lothstraße 34"_s, u"München"_s, {}, u"80335"_s, u"Deutschland"_s};
    c.urls << TypedValue{u"https://www.hs-musterstadt.de"_s, {u"pref"_s}};
    c.note = u"Zeile eins\nZeile zwei"_s;
    c.birthday = QDate(1970, 1, 31);
    c.ignored = {{u"X-ABADR"_s, u"de"_s}, {u"X-ABLabel"_s, u"_$!<HomePage>!$_"_s}, {u"PHOTO"_s, {}}};
    COMPARE_DUMPS(dump(result.contacts.first()), dump(c));
}

void TestVCard::fileEncodings_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString text = u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörg Weiß €\r\nEND:VCARD\r\n"_s;
    QTest::addRow("UTF-8") << text.toUtf8();
    QTest::addRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
    QTest::addRow("Windows-1252") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:J\xF6rg Wei\xDF \x80\r\nEND:VCARD\r\n");
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    QTest::addRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE" + QByteArray(utf16(text)));
    // A writer that folds by octets splits a character (RFC 6350 3.2 forbids it); it is joined again.
    QTest::addRow("UTF-8 folded inside ö and €") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:J\xC3\r\n \xB6rg Wei\xC3\x9F \xE2\x82\r\n \xAC\r\nEND:VCARD\r\n");
}

void TestVCard::fileEncodings()
{
    QFETCH(QByteArray, input);
    const vcard::ParseResult result = vcard::parse(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 1);
    QCOMPARE(result.contacts.first().formattedName, u"Jörg Weiß €"_s);
}

// Cards collected from several programs and put together ("cat *.vcf"): each keeps its own encoding.
void TestVCard::cardsOfSeveralEncodings()
{
    const QByteArray input = u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörg Weiß\r\nEND:VCARD\r\n"_s.toUtf8()
        + QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna M\xFC"
                     "ller\r\nEND:VCARD\r\n") // Windows-1252, as Outlook writes a 2.1 card
        + QByteArray("begin:vcard\nversion:3.0\nfn:Lea Sch\x8A"
                     "fer\nend:vcard\n") // Mac Roman, as an old Mac address book wrote it
        + u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ömer Öztürk\r\nEND:VCARD\r\n"_s.toUtf8();
    const vcard::ParseResult result = vcard::parse(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList names;
    for (const Contact& c : result.contacts) {
        names << c.formattedName;
    }
    QCOMPARE(names, (QStringList{u"Jörg Weiß"_s, u"Anna Müller"_s, u"Lea Schäfer"_s, u"Ömer Öztürk"_s}));
}

// What Apple, Google and Outlook keep for themselves in a card is no value of the contact's: the parser
// keeps it among the ignored properties, the import does not name it as "not taken over" (it was noise
// in every report).
void TestVCard::bookkeepingIsNoValue()
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Becker;Thomas;;;\r\nFN:Thomas Becker\r\n"
                            "ORG:Becker Mikrotechnik GmbH\r\n"
                            "item1.ADR;type=WORK:;;Grubenweg 5;Dortmund;;44388;Deutschland\r\nitem1.X-ABADR:de\r\n"
                            "X-ABUID:5D2B2A4C-6F0E-4D3B-9C55-1A2B3C4D5E6F:ABPerson\r\n"
                            "item2.EMAIL;TYPE=INTERNET:t.becker@example.org\r\nitem2.X-ABLabel:\r\n"
                            "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\nCATEGORIES:myContacts\r\nEND:VCARD\r\n";
    const vcard::ParseResult result = vcard::parse(card);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.first().ignored.size(), 4);
    test::TempDatabase t;
    const ImportReport report = PersonImport(t.db()).run(card, {});
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.created, 1);
    QVERIFY2(report.notTakenOver().isEmpty(), qPrintable(report.notTakenOver().join(u' ')));
    QVERIFY(import::isPlaceholder(u"myContacts"_s));
    QVERIFY(import::isPlaceholder(u"* myContacts ::: * starred"_s));
    QVERIFY(!import::isPlaceholder(u"myContacts, Kunden"_s));
}

void TestVCard::roundTrip_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QList<Contact>>("contacts");

    Contact full;
    full.kind = u"individual"_s;
    full.formattedName = u"Prof. Dr. Jürgen Müller-Lüdenscheidt"_s;
    full.familyName = u"Müller-Lüdenscheidt"_s;
    full.givenName = u"Jürgen"_s;
    full.additionalNames = u"Karl,Friedrich"_s;
    full.honorificPrefixes = u"Prof. Dr."_s;
    full.honorificSuffixes = u"M.Sc."_s;
    full.organisation = u"Müller & Söhne GmbH, Hannover; Werk 2"_s;
    full.departments = {u"Geschäftsführung"_s, u"Einkauf\\Logistik"_s};
    full.title = u"Geschäftsführer"_s;
    full.role = u"Entscheider"_s;
    full.emails << TypedValue{u"j.mueller@mueller-soehne.de"_s, {u"work"_s, u"pref"_s}}
                << TypedValue{u"juergen@example.org"_s, {u"home"_s}};
    full.phones << TypedValue{u"+495111234560"_s, {u"work"_s, u"voice"_s}}
                << TypedValue{u"+491701234567"_s, {u"cell"_s}} << TypedValue{u"0511 98 76-5"_s, {u"fax"_s}}
                << TypedValue{u"+1-418-656-9254;ext=102"_s, {}};
    full.addresses << Address{{u"work"_s}, u"Postfach 12 34"_s, u"Haus B"_s, u"Straße des 17. Juni 5\n2. OG"_s,
        u"Hannover"_s, u"Niedersachsen"_s, u"30159"_s, u"Deutschland"_s};
    full.addresses << Address{{u"home"_s}, {}, {}, u"Am Markt 1"_s, u"Celle"_s, {}, u"29221"_s, {}};
    full.urls << TypedValue{u"https://www.mueller-soehne.de/kontakt?a=1&b=2"_s, {u"work"_s, u"pref"_s}}
              << TypedValue{u"https://example.org/~juergen"_s, {}};
    full.note
        = u"Erste Zeile; mit Semikolon, Komma und \\ Backslash.\nZweite Zeile: Förderung 1.200 € — "
          "ein sehr langer Satz, der über die Grenze von fünfundsiebzig Oktetten hinausgeht, damit gefaltet wird: "
          "äöüÄÖÜß 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀.\n\nNach einer Leerzeile."_s;
    full.uid = u"f81d4fae-7dec-11d0-a765-00a0c91e6bf6"_s;
    full.birthday = QDate(1965, 2, 28);
    full.revision = QDateTime(QDate(2024, 3, 11), QTime(9, 30, 15), QTimeZone::utc());
    full.categories = {u"KMUni"_s, u"Netzwerk, regional"_s};

    Contact minimal;
    minimal.formattedName = u"Anna"_s;

    Contact organisation;
    organisation.kind = u"org"_s;
    organisation.formattedName = u"Weiß Logistik e.K."_s;
    organisation.organisation = u"Weiß Logistik e.K."_s;
    organisation.uid = u"not-a-uuid:42"_s;

    QList<Contact> v40{full, minimal, organisation};
    QList<Contact> v30 = v40;
    v30[0].kind.clear(); // KIND is 4.0 only
    v30[2].kind.clear();
    QTest::addRow("4.0") << int(vcard::Version::V40) << v40;
    QTest::addRow("3.0") << int(vcard::Version::V30) << v30;
}

void TestVCard::roundTrip()
{
    QFETCH(int, version);
    QFETCH(QList<Contact>, contacts);
    const QByteArray bytes = vcard::write(contacts, vcard::Version(version));
    const vcard::ParseResult result = vcard::parse(bytes);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), contacts.size());
    QList<Contact> back = result.contacts;
    for (Contact& c : back) {
        QCOMPARE(c.version, version == int(vcard::Version::V40) ? u"4.0"_s : u"3.0"_s);
        QVERIFY(c.line > 0);
        c.line = 0;
        c.version.clear();
    }
    COMPARE_DUMPS(dump(back), dump(contacts));
    QVERIFY(back == contacts);
    // And once more: what was read writes the same bytes.
    QCOMPARE(vcard::write(back, vcard::Version(version)), bytes);
}

void TestVCard::writesRfc6350()
{
    Contact c;
    c.familyName = u"Müller"_s;
    c.givenName = u"Anna"_s;
    c.honorificPrefixes = u"Dr."_s;
    c.organisation = u"ABC, Inc."_s;
    c.departments = {u"Vertrieb"_s};
    c.title = u"Leiterin"_s;
    c.phones << TypedValue{u"+4951112345"_s, {u"work"_s, u"voice"_s}}
             << TypedValue{u"+49 170 1"_s, {u"cell"_s, u"pref"_s}};
    c.emails << TypedValue{u"anna@abc.example"_s, {u"work"_s}};
    c.addresses << Address{{u"work"_s}, {}, {}, u"Hauptstraße 1"_s, u"Berlin"_s, {}, u"10115"_s, u"Deutschland"_s};
    c.note = u"a;b\nc"_s;
    c.uid = u"f81d4fae-7dec-11d0-a765-00a0c91e6bf6"_s;
    const QByteArray bytes = vcard::write({c});
    const QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(bytes.endsWith("END:VCARD\r\n"));
    QVERIFY(!bytes.contains("\r\r") && bytes.count('\n') == bytes.count("\r\n"));
    const QByteArrayList expected{"BEGIN:VCARD", "VERSION:4.0", "FN:Dr. Anna Müller", "N:Müller;Anna;;Dr.;",
        "ORG:ABC\\, Inc.;Vertrieb", "TITLE:Leiterin", "EMAIL;TYPE=work:anna@abc.example",
        "TEL;TYPE=work,voice;VALUE=uri:tel:+4951112345", "TEL;TYPE=cell;PREF=1:+49 170 1",
        "ADR;TYPE=work:;;Hauptstraße 1;Berlin;;10115;Deutschland", "NOTE:a\\;b\\nc",
        "UID:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "END:VCARD"};
    for (const QByteArray& line : expected) {
        QVERIFY2(bytes.contains(QByteArray("\r\n" + line + "\r\n")) || bytes.startsWith(QByteArray(line + "\r\n")),
            line.constData());
    }
    QCOMPARE(lines[1], QByteArray("VERSION:4.0\r")); // right after BEGIN, as 6350 asks
}

void TestVCard::writesRfc2426()
{
    Contact c;
    c.formattedName = u"Anna Müller"_s;
    c.phones << TypedValue{u"+4951112345"_s, {u"work"_s, u"voice"_s}}
             << TypedValue{u"+49 170 1"_s, {u"cell"_s, u"pref"_s}};
    c.emails << TypedValue{u"anna@abc.example"_s, {u"internet"_s, u"work"_s}};
    c.birthday = QDate(1980, 1, 2);
    c.kind = u"individual"_s;
    const QByteArray bytes = vcard::write({c}, vcard::Version::V30);
    QVERIFY(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    for (const QByteArray& line : {QByteArray("TEL;TYPE=WORK,VOICE:+4951112345"),
             QByteArray("TEL;TYPE=CELL,PREF:+49 170 1"), QByteArray("EMAIL;TYPE=INTERNET,WORK:anna@abc.example"),
             QByteArray("BDAY:1980-01-02"), QByteArray("FN:Anna Müller"), QByteArray("N:;;;;")}) {
        QVERIFY2(bytes.contains(QByteArray("\r\n" + line + "\r\n")), line.constData());
    }
    QVERIFY(!bytes.contains("KIND"));
    QVERIFY(!bytes.contains("VALUE=uri"));
}

// Lines are at most 75 octets and a fold never cuts a UTF-8 sequence (each line is valid UTF-8).
void TestVCard::foldsWithoutSplittingUtf8()
{
    Contact c;
    c.formattedName = u"x"_s;
    for (int shift = 0; shift < 4; ++shift) {
        c.note = QString(shift, u'a') + QString(200, u'ü') + u"😀€"_s.repeated(40);
        const QByteArray bytes = vcard::write({c});
        for (const QByteArray& line : bytes.split('\n')) {
            QVERIFY(line.size() <= 76); // 75 and the CR
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            [[maybe_unused]] const QString text = decoder(line);
            QVERIFY2(!decoder.hasError(), line.constData());
        }
        const vcard::ParseResult result = vcard::parse(bytes);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.contacts.first().note, c.note);
    }
}

void TestVCard::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("contactsBefore");
    QTest::addRow("empty") << QByteArray() << 1 << u"empty"_s << 0;
    QTest::addRow("blank lines only") << QByteArray("\r\n \r\n\r\n") << 1 << u"empty"_s << 0;
    QTest::addRow("a CSV file") << QByteArray("Name;Vorname\r\nMüller;Anna\r\n") << 1 << u"not a vCard"_s << 0;
    QTest::addRow("an iCalendar file") << QByteArray("\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << 3
                                       << u"not a vCard"_s << 0;
    QTest::addRow("END missing") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n") << 1 << u"END:VCARD"_s << 0;
    QTest::addRow("second END missing") << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n")
                                        << 4 << u"END:VCARD"_s << 1;
    QTest::addRow("END without BEGIN") << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nEND:VCARD\r\n") << 4
                                       << u"without BEGIN"_s << 1;
    QTest::addRow("text between cards") << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nhello\r\n") << 4
                                        << u"between"_s << 1;
    QTest::addRow("broken QP =ZZ") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:A;B\r\nNOTE;ENCODING=QUOTED-PRINTABLE:"
        "ab=ZZcd\r\nEND:VCARD\r\n") << 4
                                   << u"=ZZ"_s << 0;
    QTest::addRow("broken QP on a continued line")
        << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;QUOTED-PRINTABLE:ab=0D=0A=\r\ncd=\r\nef=G1\r\nEND:VCARD\r\n")
        << 5 << u"=G1"_s << 0;
    QTest::addRow("QP = at the end of the value")
        << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;QUOTED-PRINTABLE:ab=4\r\nEND:VCARD\r\n") << 3 << u"=4"_s << 0;
    QTest::addRow("QP soft break at end of file")
        << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-"
                      "PRINTABLE:abc=\r\n")
        << 6 << u"soft line break"_s << 1;
    QTest::addRow("unknown charset") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=KOI8-R;ENCODING=QUOTED-PRINTABLE:=E1\r\nEND:VCARD\r\n")
                                     << 3 << u"KOI8-R"_s << 0;
    QTest::addRow("unknown version") << QByteArray("BEGIN:VCARD\r\nVERSION:5.0\r\nEND:VCARD\r\n") << 2 << u"5.0"_s << 0;
    QTest::addRow("not a property") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nJust some text\r\nEND:VCARD\r\n")
                                    << 4 << u"Just some text"_s << 0;
    QTest::addRow("no name") << QByteArray("BEGIN:VCARD\r\n:value\r\nEND:VCARD\r\n") << 2 << u"name"_s << 0;
    QByteArray longValue = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nNOTE:";
    for (int i = 0; i < 20000; ++i) {
        longValue += QByteArray(70, 'x') + "\r\n ";
    }
    QTest::addRow("folded value too long")
        << QByteArray(longValue + "x\r\nEND:VCARD\r\n") << 4 << u"longer than"_s << 0;
}

void TestVCard::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, contactsBefore);
    const vcard::ParseResult result = vcard::parse(input);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
    QCOMPARE(result.contacts.size(), contactsBefore);
}

// A 100 MB file that is one line: refused with its line, quickly, without taking gigabytes.
void TestVCard::hugeLineIsRefusedQuickly()
{
    QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:";
    bytes += QByteArray(100 * 1024 * 1024, 'x');
    QElapsedTimer timer;
    timer.start();
    const vcard::ParseResult result = vcard::parse(bytes);
    QCOMPARE(result.errorLine, 3);
    QVERIFY(result.error.contains(u"longer than"_s));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

// More contact data than maxParsedSize (here: categories of one letter, the most per byte) is refused.
void TestVCard::tooMuchDataIsRefused()
{
    QByteArray categories = "CATEGORIES:";
    categories += QByteArray("a,").repeated(500 * 1024 - 8) + "a\r\n";
    QByteArray bytes = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    for (int i = 0; i < 12; ++i) {
        bytes += categories;
    }
    bytes += "END:VCARD\r\n";
    const vcard::ParseResult result = vcard::parse(bytes);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(u"split it"_s), qPrintable(result.error));
    QVERIFY(result.errorLine > 3 && result.errorLine < 15);
}

// Photos larger than any value are skipped, not refused: 2.1 BASE64 and 4.0 data: URIs.
void TestVCard::bigPhotosAreSkipped()
{
    QByteArray base64Lines;
    for (int i = 0; i < 100000; ++i) {
        base64Lines += " " + QByteArray(76, 'A') + "\r\n";
    }
    const QByteArray v21
        = "BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;JPEG;BASE64:\r\n" + base64Lines + "\r\nFN:After Photo\r\nEND:VCARD\r\n";
    vcard::ParseResult result = vcard::parse(v21);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.first().formattedName, u"After Photo"_s);
    QCOMPARE(result.contacts.first().ignored, (QList<QPair<QString, QString>>{{u"PHOTO"_s, {}}}));

    const QByteArray v40 = "BEGIN:VCARD\r\nVERSION:4.0\r\nPHOTO:\r\n data:image/jpeg;base64,\r\n" + base64Lines
        + "FN:After Photo\r\nEND:VCARD\r\n";
    result = vcard::parse(v40);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.first().formattedName, u"After Photo"_s);
}

void TestVCard::manyCards()
{
    QList<Contact> contacts;
    for (int i = 0; i < 5000; ++i) {
        Contact c;
        c.formattedName = u"Person %1"_s.arg(i);
        c.familyName = u"Nachname %1"_s.arg(i);
        c.emails << TypedValue{u"p%1@example.org"_s.arg(i), {u"work"_s}};
        contacts << c;
    }
    const QByteArray bytes = vcard::write(contacts);
    const vcard::ParseResult result = vcard::parse(bytes);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.contacts.size(), 5000);
    QCOMPARE(result.contacts[1].line, 8); // 7 lines a card
    QCOMPARE(result.contacts.last().emails.first().value, u"p4999@example.org"_s);
}

// Truncations, flipped bytes and inserted delimiters of the sample files: never a crash; either cards
// or an error with a line inside the file.
void TestVCard::mutatedFilesNeverCrash()
{
    QList<QByteArray> samples;
    for (const QString& name : sampleFiles) {
        samples << readData(name);
    }
    Contact written;
    written.kind = u"org"_s;
    written.formattedName = u"Jörg"_s;
    written.familyName = u"Weiß"_s;
    written.note = u"a;b,c\\d\n"_s + QString(100, u'ü');
    samples << vcard::write({written});
    QRandomGenerator random(20240311);
    const char specials[] = {'=', ':', ';', '\r', '\n', ' ', '\t', '"', '\\', ',', '.', '\x80', '\xC3', '^'};
    int errors = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray bytes = samples[random.bounded(int(samples.size()))];
        const int mutations = 1 + random.bounded(6);
        for (int m = 0; m < mutations && !bytes.isEmpty(); ++m) {
            const int pos = random.bounded(int(bytes.size()));
            switch (random.bounded(5)) {
            case 0:
                bytes.truncate(pos);
                break;
            case 1:
                bytes[pos] = char(random.bounded(256));
                break;
            case 2:
                bytes.insert(pos, specials[random.bounded(int(sizeof specials))]);
                break;
            case 3:
                bytes.remove(pos, 1 + random.bounded(20));
                break;
            default:
                bytes.insert(pos, bytes.mid(random.bounded(int(bytes.size())), random.bounded(40)));
                break;
            }
        }
        const vcard::ParseResult result = vcard::parse(bytes);
        const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
        if (!result.error.isEmpty()) {
            ++errors;
            QVERIFY2(result.errorLine >= 1 && result.errorLine <= lines, qPrintable(result.error));
        }
        for (const Contact& c : result.contacts) {
            QVERIFY(c.line >= 1 && c.line <= lines);
        }
        // What was read can be written, and that is read again without a problem.
        for (const vcard::Version version : {vcard::Version::V40, vcard::Version::V30}) {
            const vcard::ParseResult again = vcard::parse(vcard::write(result.contacts, version));
            if (result.contacts.isEmpty()) {
                continue;
            }
            QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
            QCOMPARE(again.contacts.size(), result.contacts.size());
        }
    }
    QVERIFY(errors > 0);
}

// Lines end with CRLF, LF, CR, or "CR CR LF" (an iPhone card passed through a tool that made each LF a
// CRLF): each is one line break, so that folded lines stay folded and line numbers count as an editor does.
void TestVCard::lineBreaks_data()
{
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::addRow("CRLF") << QByteArray("\r\n");
    QTest::addRow("LF") << QByteArray("\n");
    QTest::addRow("CR") << QByteArray("\r");
    QTest::addRow("CR CR LF") << QByteArray("\r\r\n");
    QTest::addRow("CR CR CR LF") << QByteArray("\r\r\r\n");
}

void TestVCard::lineBreaks()
{
    QFETCH(QByteArray, lineBreak);
    const QList<QByteArray> lines{"BEGIN:VCARD", "VERSION:3.0", "FN:Anna", "NOTE:folded ", " once",
        "PHOTO;ENCODING=b:AAAA", " BBBB", " CCCC", "END:VCARD", "", "BEGIN:VCARD", "VERSION:2.1",
        "NOTE;QUOTED-PRINTABLE:soft=", "break", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Bad",
        "this is no property", "END:VCARD"};
    const vcard::ParseResult result = vcard::parse(lines.join(lineBreak) + lineBreak);
    QCOMPARE(result.contacts.size(), 2);
    QCOMPARE(result.contacts[0].note, u"folded once"_s);
    QCOMPARE(result.contacts[0].ignored, (QList<QPair<QString, QString>>{{u"PHOTO"_s, {}}}));
    QCOMPARE(result.contacts[1].line, 11);
    QCOMPARE(result.contacts[1].note, u"softbreak"_s);
    QVERIFY2(result.error.contains(u"this is no property"_s), qPrintable(result.error));
    QCOMPARE(result.errorLine, 19);
}

// A million CRs without a LF are a million line breaks, read in linear time (not each run scanned again).
void TestVCard::manyCarriageReturnsAreReadQuickly()
{
    const QByteArray cardBytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n";
    QElapsedTimer timer;
    timer.start();
    const vcard::ParseResult result = vcard::parse(cardBytes + QByteArray(1000000, '\r') + cardBytes);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.contacts.size(), 2);
    QCOMPARE(result.contacts[1].line, 1000005);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

// Real exports (shortened photos, else as written), as the person import reads them: the best e-mail
// address, phone and URL, the organisation's address with its country, the rest named as not taken over.
void TestVCard::importRowsOfRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    // tine20: tests/tine20/Addressbook/Import/files/ios_5_addressbook.vcf. LF only; a home address and
    // e-mail address marked pref before the work ones; a phone of each kind (the numbers are words).
    QTest::addRow("iOS 5") << u"ios5-3.0-items.vcf"_s
                           << u"N (prefix): Prefix\n"
                              "N (given): Lars\n"
                              "N (additional): Paul\n"
                              "N (family): Kneschke\n"
                              "FN: Titel AAASync AAASync\n"
                              "TITLE: Team Leader\n"
                              "ORG (department): Department\n"
                              "EMAIL: l.kneschke@metaways.de\n"
                              "TEL: +49 BUSINESS\n"
                              "TEL (cell): +49 MOBIL\n"
                              "NOTE: Notes\n"
                              "with\n"
                              "Line Break\n"
                              "ORG: Organisation\n"
                              "ADR (street): Pickhuben 2\n"
                              "ADR (postal code): 20457\n"
                              "ADR (locality): Hamburg\n"
                              "ADR (country): COUNTRY BUSINESS\n"
                              "URL: www.work.de\n"
                              "UID: 20485418136d9bfbe50cecb587cb12afb0a0cec9\n"
                              "- N (suffix): Suffix\n"
                              "- EMAIL (home,pref): lars@kneschke.de\n"
                              "- EMAIL (other): andere@mail.de\n"
                              "- TEL (iphone,cell,voice): Tel Iphone\n"
                              "- TEL (home,voice): +49 PRIVAT\n"
                              "- TEL (main): zentrale\n"
                              "- TEL (home,fax): +49 FAX PRIVAT\n"
                              "- TEL (work,fax): +49 FAX\n"
                              "- TEL (other,fax): anderesfax\n"
                              "- TEL (pager): +49 PAGER\n"
                              "- ADR (home,pref): Address Privat 1, 12345 City Privat, COUNTRY PRIVAT\n"
                              "- URL (pref): www.heise.de\n"
                              "- URL (home): www.private.de\n"
                              "- X-ABLabel: _$!<HomePage>!$_"_s;
    // tine20: tests/tine20/Addressbook/Import/files/emclient_addressbook.vcf. An untyped private e-mail
    // address before TYPE=PREF, TYPE="OTHER" before TYPE=WORK,VOICE,PREF, a suffix only FN knows.
    QTest::addRow("eM Client") << u"emclient-3.0.vcf"_s
                               << u"N (prefix): Prefix\n"
                                  "N (given): Vor\n"
                                  "N (family): Nach\n"
                                  "FN: Prefix Vor Nach Suffix\n"
                                  "TITLE: Position\n"
                                  "ORG (department): Abteilung\n"
                                  "EMAIL: business@email.de\n"
                                  "TEL: +49 BUSINESS\n"
                                  "TEL (cell): +49 MOBIL\n"
                                  "NOTE: Notes\n"
                                  "with\n"
                                  "breaks\n"
                                  "ORG: Firma\n"
                                  "ADR (street): Address Business\n"
                                  "ADR (postal code): 12345\n"
                                  "ADR (locality): City Business\n"
                                  "ADR (country): COUNTRY BUSINESS\n"
                                  "URL: www.business.de\n"
                                  "UID: b41b1529-bfd2-437f-b441-19dc97b44d11\n"
                                  "- EMAIL 2: privat@email.de\n"
                                  "- TEL (home,voice): +49 PRIVAT\n"
                                  "- TEL (other): +49 MOBIL2\n"
                                  "- TEL (work,fax): +49 FAX\n"
                                  "- TEL (home,fax): +49 PRIVATFAX\n"
                                  "- ADR (home): Address Privat, 98765 City Privat, COUNTRY PRIVAT\n"
                                  "- BDAY: 1950-01-26\n"
                                  "- SORT-STRING: Nach, Vor"_s;
    // ez-vcard: src/test/resources/ezvcard/io/text/John_Doe_THUNDERBIRD.vcf. An extended address, the
    // home URL before the work one, a photo whose lines end with LF in a CRLF file.
    QTest::addRow("Thunderbird") << u"thunderbird-3.0.vcf"_s
                                 << u"N (given): John\n"
                                    "N (family): Doe\n"
                                    "FN: John Doe\n"
                                    "TITLE: TheTitle\n"
                                    "ORG (department): TheDepartment\n"
                                    "EMAIL: doe.john@hotmail.com\n"
                                    "TEL: 555-555-1111\n"
                                    "TEL (cell): 555-555-5555\n"
                                    "NOTE: This is the notes field.\n"
                                    "Second Line\n"
                                    "\n"
                                    "Fourth Line\n"
                                    "You can put anything in the \"note\" field; even curse words.\n"
                                    "ORG: TheOrganization\n"
                                    "ADR (street): Suite 100, 222 Broadway\n"
                                    "ADR (postal code): 98765\n"
                                    "ADR (locality): New York\n"
                                    "ADR (country): USA\n"
                                    "URL: http://www.work-webpage.com\n"
                                    "- EMAIL 2: additional-email@company.com ::: additional-email1@company.com ::: "
                                    "additional-email2@company.com ::: additional-email3@company.com\n"
                                    "- TEL (home,voice): 555-555-2222\n"
                                    "- TEL (fax): 555-555-3333\n"
                                    "- TEL (pager): 555-555-4444\n"
                                    "- ADR (region): NY\n"
                                    "- ADR (home,postal): Apt 10, 123 Main St, 12345 Austin, TX, USA\n"
                                    "- URL (home): http://www.private-webpage.com\n"
                                    "- BDAY: 1970-09-21\n"
                                    "- CATEGORIES: category1, category2, category3\n"
                                    "- NICKNAME: Johnny\n"
                                    "- X-SPOUSE: TheSpouse\n"
                                    "- X-ANNIVERSARY: 1990-04-30\n"
                                    "- PHOTO: …"_s;
    // roundcube: tests/src/apple.vcf. A company card of macOS Contacts: empty N, X-ABShowAs:COMPANY.
    QTest::addRow("Apple company") << u"apple-3.0-company.vcf"_s
                                   << u"ORG: Apple Computer AG\n"
                                      "ADR (street): Birgistrasse 4a\n"
                                      "ADR (postal code): 8304\n"
                                      "ADR (locality): Wallisellen-Zürich\n"
                                      "ADR (country): Switzerland\n"
                                      "URL: http://www.apple.ch\n"
                                      "- X-ABLabel: _$!<HomePage>!$_\n"
                                      "- PHOTO: …"_s; // X-ABADR, X-ABUID: Apple's own, not named
    // ez-vcard: src/test/resources/ezvcard/io/text/John_Doe_IPHONE.vcf. Every line ends with CR CR LF;
    // a suffix, an untyped assistant's phone.
    QTest::addRow("iPhone, CR CR LF")
        << u"iphone-3.0-crcrlf.vcf"_s
        << u"N (prefix): Mr.\n"
           "N (given): John\n"
           "N (additional): Richter,James\n"
           "N (family): Doe\n"
           "FN: Mr. John Richter James Doe Sr.\n"
           "TITLE: Money Counter\n"
           "ORG (department): Accounting\n"
           "EMAIL: john.doe@ibm.com\n"
           "TEL: 905-777-1234\n"
           "TEL (cell): 905-555-1234\n"
           "ORG: IBM\n"
           "ADR (street): Street4, Building 6, Floor 8\n"
           "ADR (postal code): 12345\n"
           "ADR (locality): New York\n"
           "ADR (country): USA\n"
           "URL: http://www.ibm.com\n"
           "- N (suffix): Sr.\n"
           "- TEL (home,voice): 905-666-1234\n"
           "- TEL (home,fax): 905-888-1234\n"
           "- TEL (work,fax): 905-999-1234\n"
           "- TEL (pager): 905-111-1234\n"
           "- TEL 2: 905-222-1234\n"
           "- ADR (home,pref): Silicon Alley 5,, 12345 New York, New York, United States of America\n"
           "- BDAY: 2012-06-06\n"
           "- NICKNAME: Johny\n"
           "- X-ABLabel: _$!<AssistantPhone>!$_ ::: _$!<HomePage>!$_\n"
           "- PHOTO: …"_s; // X-ABADR (Apple's address format, here garbage of a converter): not named
}

void TestVCard::importRowsOfRealFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const import::Source source = exports::vcardSource(readData(file));
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    QCOMPARE(source.records.size(), 1);
    QCOMPARE(source.records.first().line, 1);
    COMPARE_DUMPS(dumpRow(source, 0), expected);
}

// Of several e-mail addresses, phones and URLs the person's is the work one, then one without a kind, then
// a home or other one; a preferred one first among equals. Types in every form the writers use.
void TestVCard::bestValueWins_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("website");
    QTest::addColumn<QStringList>("notTaken"); // the columns not taken over

    QTest::addRow("TYPE=WORK after TYPE=HOME")
        << card({"EMAIL;TYPE=HOME:h@x.de", "EMAIL;TYPE=WORK:w@x.de"}) << u"w@x.de"_s << QString() << QString()
        << QString() << QStringList{u"EMAIL (home)"_s};
    QTest::addRow("type=work, Apple") << card(
        {"EMAIL;type=INTERNET;type=HOME;type=pref:h@x.de", "EMAIL;type=INTERNET;type=WORK:w@x.de"})
                                      << u"w@x.de"_s << QString() << QString() << QString()
                                      << QStringList{u"EMAIL (home,pref)"_s};
    QTest::addRow("TYPE=\"WORK,VOICE\"") << card(
        {"TEL;TYPE=\"HOME,VOICE\":+49 30 1", "TEL;TYPE=\"WORK,VOICE\":+49 30 2"})
                                         << QString() << u"+49 30 2"_s << QString() << QString()
                                         << QStringList{u"TEL (home,voice)"_s};
    QTest::addRow("TYPE repeated") << card({"TEL;TYPE=VOICE:+49 30 1", "TEL;TYPE=VOICE;TYPE=WORK:+49 30 2"})
                                   << QString() << u"+49 30 2"_s << QString() << QString()
                                   << QStringList{u"TEL (voice)"_s};
    QTest::addRow("2.1 bare types") << card(
        {"TEL;HOME;VOICE:+49 30 1", "TEL;VOICE:+49 30 2", "TEL;WORK;VOICE:+49 30 3", "TEL;CELL;VOICE:+49 170 4",
            "EMAIL;INTERNET:a@x.de", "EMAIL;PREF;INTERNET:b@x.de"},
        "2.1") << u"b@x.de"_s << u"+49 30 3"_s
                                    << u"+49 170 4"_s << QString()
                                    << QStringList{u"TEL (home,voice)"_s, u"TEL (voice)"_s, u"EMAIL 2"_s};
    QTest::addRow("PREF=1, 4.0") << card40({"FN:A", "EMAIL:a@x.de", "EMAIL;PREF=1:b@x.de"}) << u"b@x.de"_s << QString()
                                 << QString() << QString() << QStringList{u"EMAIL 2"_s};
    QTest::addRow("TYPE=PREF, eM Client") << card({"EMAIL:a@x.de", "EMAIL;TYPE=PREF:b@x.de"}) << u"b@x.de"_s
                                          << QString() << QString() << QString() << QStringList{u"EMAIL 2"_s};
    QTest::addRow("preferred among work")
        << card({"EMAIL;TYPE=WORK:a@x.de", "EMAIL;TYPE=WORK,PREF:b@x.de"}) << u"b@x.de"_s << QString() << QString()
        << QString() << QStringList{u"EMAIL (work)"_s};
    QTest::addRow("work before preferred") << card({"EMAIL;TYPE=PREF:a@x.de", "EMAIL;TYPE=WORK:b@x.de"}) << u"b@x.de"_s
                                           << QString() << QString() << QString() << QStringList{u"EMAIL (pref)"_s};
    QTest::addRow("untyped before preferred home")
        << card({"EMAIL;TYPE=HOME,PREF:a@x.de", "EMAIL:b@x.de"}) << u"b@x.de"_s << QString() << QString() << QString()
        << QStringList{u"EMAIL (home,pref)"_s};
    QTest::addRow("home only") << card({"EMAIL;TYPE=HOME:a@x.de"}) << u"a@x.de"_s << QString() << QString() << QString()
                               << QStringList();
    QTest::addRow("TYPE=\"OTHER\" last") << card({"TEL;TYPE=\"OTHER\":+49 30 1", "TEL:+49 30 2"}) << QString()
                                         << u"+49 30 2"_s << QString() << QString() << QStringList{u"TEL (other)"_s};
    QTest::addRow("TYPE=OTHER alone") << card({"TEL;TYPE=OTHER:+49 30 1"}) << QString() << u"+49 30 1"_s << QString()
                                      << QString() << QStringList();
    QTest::addRow("never a home phone, fax or pager")
        << card({"TEL;TYPE=HOME:+49 30 1", "TEL;TYPE=WORK,FAX:+49 30 2", "TEL;TYPE=PAGER:+49 30 3"}) << QString()
        << QString() << QString() << QString() << QStringList{u"TEL (home)"_s, u"TEL (work,fax)"_s, u"TEL (pager)"_s};
    QTest::addRow("cell is the mobile") << card(
        {"TEL;TYPE=CELL,PREF:+49 170 1", "TEL;TYPE=WORK,CELL:+49 170 2", "TEL;TYPE=CELL,WORK,VOICE:+49 170 3"})
                                        << QString() << QString() << u"+49 170 2"_s << QString()
                                        << QStringList{u"TEL (cell,pref)"_s, u"TEL (cell,work,voice)"_s};
    QTest::addRow("URL;TYPE=WORK after URL;TYPE=HOME")
        << card({"URL;TYPE=HOME:http://home.example", "URL;TYPE=WORK:http://work.example"}) << QString() << QString()
        << QString() << u"http://work.example"_s << QStringList{u"URL (home)"_s};
    QTest::addRow("URL untyped after pref, Apple")
        << card({"item1.URL;type=pref:http\\://a.example", "URL:http://b.example"}) << QString() << QString()
        << QString() << u"http://a.example"_s << QStringList{u"URL 2"_s};
    QTest::addRow("odd types, clean names")
        << card({"TEL:+49 30 1", "TEL:+49 30 2", "TEL;TYPE=\"X-Custom(Büro)\":+49 30 3", "EMAIL;TYPE=INTERNET:a@x.de",
               "EMAIL;TYPE=INTERNET:b@x.de", "TEL;TYPE=X-ASSISTANT:+49 30 4"})
        << u"a@x.de"_s << u"+49 30 1"_s << QString() << QString()
        << QStringList{u"TEL 2"_s, u"EMAIL 2"_s, u"TEL (x-assistant)"_s};
    // Apple's labels of a group ("item1.X-ABLabel"), its own or the user's, say the kind of the value.
    QTest::addRow("Apple label _$!<Other>!$_ after an untyped one")
        << card({"item1.EMAIL;type=INTERNET:other@x.de", "item1.X-ABLabel:_$!<Other>!$_", "EMAIL;type=INTERNET:b@x.de"})
        << u"b@x.de"_s << QString() << QString() << QString() << QStringList{u"EMAIL (other)"_s};
    QTest::addRow("user's label Büro, label first")
        << card({"TEL:+49 30 1", "item2.X-ABLabel:Büro", "item2.TEL:+49 30 2"}) << QString() << u"+49 30 2"_s
        << QString() << QString() << QStringList{u"TEL 2"_s};
    QTest::addRow("user's labels Privat and Handy")
        << card({"item1.TEL:+49 30 1", "item1.X-ABLabel:Privat", "item2.TEL:+49 170 2", "item2.X-ABLabel:Handy",
               "TEL:+49 30 3"})
        << QString() << u"+49 30 3"_s << u"+49 170 2"_s << QString() << QStringList{u"TEL (home)"_s};
    QTest::addRow("_$!<WorkFAX>!$_ is no phone")
        << card({"item1.TEL:+49 30 1", "item1.X-ABLabel:_$!<WorkFAX>!$_"}) << QString() << QString() << QString()
        << QString() << QStringList{u"TEL (work,fax)"_s};
    QTest::addRow("a label saying no kind is not taken over")
        << card({"item1.TEL:+49 30 1", "item1.X-ABLabel:Zentrale", "item3.URL:http://a.example",
               "item3.X-ABLabel:_$!<HomePage>!$_"})
        << QString() << u"+49 30 1"_s << QString() << u"http://a.example"_s << QStringList{u"X-ABLabel"_s};
}

void TestVCard::bestValueWins()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, mobile);
    QFETCH(QString, website);
    QFETCH(QStringList, notTaken);
    const import::Source source = exports::vcardSource(input);
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    QCOMPARE(source.records.size(), 1);
    const QString dump = dumpRow(source, 0);
    QVERIFY2(cellOf(source, 0, import::Field::Email) == email, qPrintable(dump));
    QVERIFY2(cellOf(source, 0, import::Field::Phone) == phone, qPrintable(dump));
    QVERIFY2(cellOf(source, 0, import::Field::Mobile) == mobile, qPrintable(dump));
    QVERIFY2(cellOf(source, 0, import::Field::OrgWebsite) == website, qPrintable(dump));
    QStringList columns;
    for (qsizetype i = 0; i < source.header.size(); ++i) {
        if (source.mapping.at(i).field == import::Field::Ignore) {
            QVERIFY2(!source.records.first().fields.value(i).isEmpty(), qPrintable(source.header.at(i)));
            columns << source.header.at(i);
        }
    }
    columns.sort();
    notTaken.sort();
    QCOMPARE(columns, notTaken);
}

// The organisation's address: the best one not at home (as bestValueWins), its street with the extended
// part ("Suite 100"), street first; the country in a column of its own (a postal code abroad is not a
// German one).
void TestVCard::organisationAddress_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("extended part") << card({"ADR;TYPE=WORK:;Suite 100;222 Broadway;New York;NY;98765;USA"})
                                   << u"ADR (street): 222 Broadway, Suite 100\nADR (postal code): 98765\n"
                                      "ADR (locality): New York\nADR (country): USA\n- ADR (region): NY"_s;
    QTest::addRow("street of several lines")
        << card({"ADR;TYPE=WORK:Postfach 12;Haus B;Hauptstr. 1\\n2. OG;Bern;;3000;"
                 "Schweiz"})
        << u"ADR (street): Hauptstr. 1, 2. OG, Haus B\nADR (postal code): 3000\n"
           "ADR (locality): Bern\nADR (country): Schweiz\n- ADR (PO box): Postfach 12"_s;
    QTest::addRow("work before postal") << card({"ADR;TYPE=POSTAL:;;Postweg 1;Bonn;;53111;",
        "ADR;TYPE=WORK:;;Werkstr. 2;"
        "Köln;;50667;Deutschland"})
                                        << u"ADR (street): Werkstr. 2\nADR (postal code): 50667\nADR (locality): Köln\n"
                                           "ADR (country): Deutschland\n- ADR (postal): Postweg 1, 53111 Bonn"_s;
    QTest::addRow("2.1, home only") << card({"ADR;HOME:;App. 3;Am Markt 1;Celle;;29221;Deutschland"}, "2.1")
                                    << u"- ADR (home): Am Markt 1, App. 3, 29221 Celle, Deutschland"_s;
    QTest::addRow("untyped") << card({"ADR:;;Ring 5;Wien;;1010;Österreich"})
                             << u"ADR (street): Ring 5\nADR (postal code): 1010\nADR (locality): Wien\n"
                                "ADR (country): Österreich"_s;
}

void TestVCard::organisationAddress()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const import::Source source = exports::vcardSource(input);
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    QStringList lines = dumpRow(source, 0).split(u'\n');
    lines.removeIf([](const QString& l) { return !l.contains(u"ADR"_s); });
    COMPARE_DUMPS(lines.join(u'\n'), expected);
    // The country's column is there when a card has a country for the organisation, and taken over.
    const qsizetype country = source.header.indexOf(u"ADR (country)"_s);
    QCOMPARE(country >= 0, expected.contains(u"ADR (country):"_s));
    if (country >= 0) {
        QCOMPARE(source.mapping.at(country).field, import::Field::OrgCountry);
    }
}

// The columns of a vCard file are ours, not the file's: those no card has a value in are left out
// (but the names', which make the file one of persons).
void TestVCard::onlyColumnsWithValues()
{
    const import::Source person = exports::vcardSource(card({"EMAIL;TYPE=WORK:anna@muster.example"}));
    QVERIFY2(person.error.isEmpty(), qPrintable(person.error));
    QCOMPARE(person.header, (QStringList{u"N (given)"_s, u"N (family)"_s, u"FN"_s, u"EMAIL"_s}));
    QCOMPARE(person.mapping.size(), person.header.size());
    const import::Source company
        = exports::vcardSource(QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Muster AG\r\nORG:Muster AG;\r\n"
                                          "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"));
    QVERIFY2(company.error.isEmpty(), qPrintable(company.error));
    QCOMPARE(company.header, (QStringList{u"N (given)"_s, u"N (family)"_s, u"FN"_s, u"ORG"_s}));
    QVERIFY(import::namesPersons(company.mapping));
}

// An organisation's card gives a row with the organisation and no person's name: Apple's
// X-ABShowAs:COMPANY, KIND:org, or no N and the organisation as FN.
void TestVCard::organisationCards_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("X-ABShowAs:COMPANY") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Muster AG\r\n"
                                                      "ORG:Muster AG;\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n")
                                        << u"ORG: Muster AG"_s;
    QTest::addRow("X-ABShowAs:COMPANY with a contact's name")
        << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Anna;;Dr.;\r\nFN:Muster AG\r\nORG:Muster AG\r\n"
                      "EMAIL;TYPE=WORK:info@muster.example\r\nx-abshowas:company\r\nEND:VCARD\r\n")
        << u"EMAIL: info@muster.example\nORG: Muster AG\n- N: Dr. Anna Muster"_s;
    QTest::addRow("KIND:org") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Muster AG\r\n"
                                            "ORG:Muster AG\r\nEND:VCARD\r\n")
                              << u"ORG: Muster AG"_s;
    QTest::addRow("no N, FN is ORG (Outlook 2.1)")
        << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN:\r\nFN:M\xfcller  GmbH\r\nORG:M\xfcller GmbH\r\nEND:VCARD\r\n")
        << u"ORG: Müller GmbH"_s;
    QTest::addRow("no N, FN is a person") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Anna Muster\r\n"
                                                        "ORG:Muster AG\r\nEND:VCARD\r\n")
                                          << u"FN: Anna Muster\nORG: Muster AG"_s;
    QTest::addRow("X-ABShowAs:COMPANY without ORG") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Anna;;;\r\nFN:Anna Muster\r\nX-ABShowAs:COMPANY\r\n"
        "END:VCARD\r\n") << u"N (given): Anna\nN (family): Muster\nFN: Anna Muster\n- X-ABShowAs: COMPANY"_s;
}

void TestVCard::organisationCards()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const import::Source source = exports::vcardSource(input);
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    COMPARE_DUMPS(dumpRow(source, 0), expected);
}

// Our own export, read as the import reads it: every value in the column it came from, nothing that is
// not taken over.
void TestVCard::exportReadsBackIntoItsColumns_data()
{
    QTest::addColumn<int>("version");
    QTest::addRow("4.0") << int(vcard::Version::V40);
    QTest::addRow("3.0") << int(vcard::Version::V30);
}

void TestVCard::exportReadsBackIntoItsColumns()
{
    QFETCH(int, version);
    Person p;
    p.uuid = u"f81d4fae-7dec-11d0-a765-00a0c91e6bf6"_s;
    p.title = u"Dr."_s;
    p.firstName = u"Anna"_s;
    p.lastName = u"Müller"_s;
    p.function = u"Leiterin Einkauf"_s;
    p.email = u"a.mueller@muster.example"_s;
    p.phone = u"+49511123450"_s;
    p.mobile = u"+491701234567"_s;
    p.notes = u"Messe; Rückruf"_s;
    p.salutation = u"ms"_s;
    p.doNotContact = true;
    p.legalBasis = u"consent"_s;
    p.consentDate = QDate(2026, 9, 28);
    Organisation o;
    o.name = u"Muster"_s;
    o.legalForm = u"GmbH"_s;
    o.street = u"Hauptstraße 1"_s;
    o.postalCode = u"30159"_s;
    o.city = u"Hannover"_s;
    o.website = u"https://muster.example"_s;
    const QByteArray bytes = vcard::write({exports::toContact(p, &o)}, vcard::Version(version));
    const import::Source source = exports::vcardSource(bytes);
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    COMPARE_DUMPS(dumpRow(source, 0),
        u"N (prefix): Ms Dr.\n"
        "N (given): Anna\n"
        "N (family): Müller\n"
        "FN: Dr. Anna Müller\n"
        "TITLE: Leiterin Einkauf\n"
        "EMAIL: a.mueller@muster.example\n"
        "TEL: +49511123450\n"
        "TEL (cell): +491701234567\n"
        "NOTE: Messe; Rückruf\n"
        "ORG: Muster GmbH\n"
        "ADR (street): Hauptstraße 1\n"
        "ADR (postal code): 30159\n"
        "ADR (locality): Hannover\n"
        "URL: https://muster.example\n"
        "UID: f81d4fae-7dec-11d0-a765-00a0c91e6bf6\n"
        "X-KMUNI-DO-NOT-CONTACT: TRUE\n"
        "X-KMUNI-CONSENT: 2026-09-28"_s);
    // Taken over as the block and the consent, not named as not taken.
    const auto fieldOf
        = [&source](const QString& column) { return source.mapping.value(source.header.indexOf(column)).field; };
    QCOMPARE(fieldOf(u"X-KMUNI-DO-NOT-CONTACT"_s), import::Field::DoNotContact);
    QCOMPARE(fieldOf(u"X-KMUNI-CONSENT"_s), import::Field::Consent);
}

QTEST_GUILESS_MAIN(TestVCard)
#include "TestVCard.moc"
