// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing vCards (RFC 6350, RFC 2426); reading them is VCard.cpp.
#include "VCard.h"

#include <QUrl>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace kmuni::vcard {
namespace {

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += u"\\n"_s;
            if (i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

// A URI as written: not escaped as text, but what would end the line or be read as an escape is
// percent-encoded.
QString uriText(const QString& uri)
{
    QString out = uri;
    out.replace(u'\\', u"%5C"_s).replace(u'\r', u"%0D"_s).replace(u'\n', u"%0A"_s);
    return out;
}

// A parameter value: quoted when it holds a character that would end it.
QString paramValue(const QString& value)
{
    QString v = value;
    v.remove(u'"');
    v.replace(u'\n', u' ');
    v.replace(u'\r', u' ');
    if (v.contains(u',') || v.contains(u';') || v.contains(u':') || v.contains(u' ')) {
        return u'"' + v + u'"';
    }
    return v;
}

// ";TYPE=work,voice;PREF=1" in 4.0, ";TYPE=WORK,VOICE,PREF" in 3.0.
QString typeParams(const QStringList& types, Version version)
{
    QStringList written;
    bool pref = false;
    for (const QString& t : types) {
        const QString type = t.trimmed();
        if (type.isEmpty()) {
            continue;
        }
        if (type.compare(u"pref", Qt::CaseInsensitive) == 0) {
            pref = true;
            if (version == Version::V40) {
                continue;
            }
        }
        written << paramValue(version == Version::V40 ? type.toLower() : type.toUpper());
    }
    QString params;
    if (!written.isEmpty()) {
        params += u";TYPE="_s + written.join(u',');
    }
    if (pref && version == Version::V40) {
        params += u";PREF=1"_s;
    }
    return params;
}

// A number a tel: URI can hold as it is (RFC 3966 global numbers: "+49-30-1234", "+4930123456;ext=5").
bool isTelUriNumber(const QString& number)
{
    if (!number.startsWith(u'+') || number.size() < 2) {
        return false;
    }
    qsizetype end = number.size();
    const qsizetype ext = number.indexOf(u";ext="_s);
    if (ext >= 0) {
        for (qsizetype i = ext + 5; i < number.size(); ++i) {
            if (!number[i].isDigit()) {
                return false;
            }
        }
        end = ext;
    }
    for (qsizetype i = 1; i < end; ++i) {
        const QChar c = number[i];
        if (!(c >= u'0' && c <= u'9') && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return false;
        }
    }
    return true;
}

// Folds a line at 75 octets, never inside a UTF-8 sequence, and ends it with CRLF.
void appendFolded(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype pos = 0;
    qsizetype limit = 75;
    do {
        qsizetype end = qMin(pos + limit, bytes.size());
        while (end < bytes.size() && end > pos + 1 && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) {
            --end; // a continuation byte: the cut goes before its sequence
        }
        if (pos > 0) {
            out += ' ';
        }
        out += QByteArrayView(bytes).sliced(pos, end - pos);
        out += "\r\n";
        pos = end;
        limit = 74; // the space that starts a continuation line is one of its 75
    } while (pos < bytes.size());
}

QString composedName(const Contact& c)
{
    QStringList parts;
    for (const QString& p : {c.honorificPrefixes, c.givenName, c.additionalNames, c.familyName, c.honorificSuffixes}) {
        if (!p.trimmed().isEmpty()) {
            parts << p.trimmed();
        }
    }
    QString name = parts.join(u' ');
    if (name.isEmpty()) {
        name = c.organisation;
    }
    if (name.isEmpty() && !c.emails.isEmpty()) {
        name = c.emails.first().value;
    }
    return name;
}

// Writes contacts as vCards, one after the other.
class Writer
{
public:
    explicit Writer(Version version)
        : m_version(version)
    { }
    void card(const Contact& c);
    // The cards written, taken out of the writer.
    QByteArray take() { return std::move(m_out); }

private:
    // Writes one line, folded.
    void line(const QString& text) { appendFolded(m_out, text); }
    void names(const Contact& c);
    void work(const Contact& c);
    void reachability(const Contact& c);
    void details(const Contact& c);

    Version m_version;
    bool m_v4 = m_version == Version::V40;
    QByteArray m_out;
};

// Writes one card.
void Writer::card(const Contact& c)
{
    line(u"BEGIN:VCARD"_s);
    line(m_v4 ? u"VERSION:4.0"_s : u"VERSION:3.0"_s);
    line(u"PRODID:-//KMUni CRM//KMUni CRM//EN"_s);
    names(c);
    work(c);
    reachability(c);
    details(c);
    line(u"END:VCARD"_s);
}

// Writes KIND (4.0), FN and N.
void Writer::names(const Contact& c)
{
    if (m_v4 && !c.kind.isEmpty()) {
        line(u"KIND:"_s + escapeText(c.kind));
    }
    const QString fn = c.formattedName.isEmpty() ? composedName(c) : c.formattedName;
    line(u"FN:"_s + escapeText(fn));
    line(u"N:"_s
        + QStringList{escapeText(c.familyName), escapeText(c.givenName), escapeText(c.additionalNames),
            escapeText(c.honorificPrefixes), escapeText(c.honorificSuffixes)}
              .join(u';'));
}

// Writes ORG, TITLE and ROLE.
void Writer::work(const Contact& c)
{
    if (!c.organisation.isEmpty() || !c.departments.isEmpty()) {
        QStringList org{escapeText(c.organisation)};
        for (const QString& d : c.departments) {
            org << escapeText(d);
        }
        line(u"ORG:"_s + org.join(u';'));
    }
    if (!c.title.isEmpty()) {
        line(u"TITLE:"_s + escapeText(c.title));
    }
    if (!c.role.isEmpty()) {
        line(u"ROLE:"_s + escapeText(c.role));
    }
}

// Writes EMAIL, TEL, ADR and URL.
void Writer::reachability(const Contact& c)
{
    for (const TypedValue& e : c.emails) {
        if (!e.value.trimmed().isEmpty()) {
            line(u"EMAIL"_s + typeParams(e.types, m_version) + u':' + escapeText(e.value.trimmed()));
        }
    }
    for (const TypedValue& p : c.phones) {
        const QString number = p.value.trimmed();
        if (number.isEmpty()) {
            continue;
        }
        if (m_v4 && isTelUriNumber(number)) {
            line(u"TEL"_s + typeParams(p.types, m_version) + u";VALUE=uri:tel:"_s + number);
        } else {
            line(u"TEL"_s + typeParams(p.types, m_version) + u':' + escapeText(number));
        }
    }
    for (const Address& a : c.addresses) {
        line(u"ADR"_s + typeParams(a.types, m_version) + u':'
            + QStringList{escapeText(a.poBox), escapeText(a.extended), escapeText(a.street), escapeText(a.locality),
                escapeText(a.region), escapeText(a.postalCode), escapeText(a.country)}
                  .join(u';'));
    }
    for (const TypedValue& url : c.urls) {
        if (!url.value.trimmed().isEmpty()) {
            line(u"URL"_s + typeParams(url.types, m_version) + u':' + uriText(url.value.trimmed()));
        }
    }
}

// Writes NOTE, CATEGORIES, BDAY, UID and REV.
void Writer::details(const Contact& c)
{
    if (!c.note.isEmpty()) {
        line(u"NOTE:"_s + escapeText(c.note));
    }
    if (!c.categories.isEmpty()) {
        QStringList categories;
        for (const QString& category : c.categories) {
            categories << escapeText(category);
        }
        line(u"CATEGORIES:"_s + categories.join(u','));
    }
    if (c.birthday && c.birthday->isValid()) {
        line(u"BDAY:"_s + c.birthday->toString(m_v4 ? u"yyyyMMdd"_s : u"yyyy-MM-dd"_s));
    }
    if (!c.uid.isEmpty()) {
        const bool isUuid = !QUuid::fromString(c.uid).isNull();
        line(u"UID:"_s + (isUuid ? u"urn:uuid:"_s + c.uid : escapeText(c.uid)));
    }
    if (c.revision.isValid()) {
        line(u"REV:"_s + c.revision.toUTC().toString(m_v4 ? u"yyyyMMdd'T'HHmmss'Z'"_s : u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s));
    }
    for (const auto& [name, value] : c.extensions) {
        line(name + u':' + escapeText(value));
    }
}

} // namespace

QByteArray write(const QList<Contact>& contacts, Version version)
{
    Writer writer(version);
    for (const Contact& c : contacts) {
        writer.card(c);
    }
    return writer.take();
}

} // namespace kmuni::vcard
