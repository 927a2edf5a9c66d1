// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace kmuni::vocab {
namespace {

struct Term
{
    const char* code;
    const char* label; // English source text, translated in context "kmuni::vocab"
};

#define TERM(code, label)                                                                                              \
    Term                                                                                                               \
    {                                                                                                                  \
        code, QT_TRANSLATE_NOOP("kmuni::vocab", label)                                                                 \
    }

constexpr Term organisationKinds[] = {
    Term{"company", QT_TRANSLATE_NOOP("kmuni::vocab", "Company")},
    Term{"university", QT_TRANSLATE_NOOP("kmuni::vocab", "University")},
    Term{"institute", QT_TRANSLATE_NOOP("kmuni::vocab", "Institute")},
    Term{"partner", QT_TRANSLATE_NOOP("kmuni::vocab", "Partner")},
};
constexpr Term instituteTypes[] = {
    Term{"faculty", QT_TRANSLATE_NOOP("kmuni::vocab", "Faculty")},
    Term{"chair", QT_TRANSLATE_NOOP("kmuni::vocab", "Chair")},
    Term{"career_service", QT_TRANSLATE_NOOP("kmuni::vocab", "Career service")},
    Term{"transfer_office", QT_TRANSLATE_NOOP("kmuni::vocab", "Transfer office")},
    Term{"research_institute", QT_TRANSLATE_NOOP("kmuni::vocab", "Research institute")},
};
constexpr Term sectors[] = {
    Term{"biomicronano", QT_TRANSLATE_NOOP("kmuni::vocab", "Bio, micro and nano technology")},
    Term{"it", QT_TRANSLATE_NOOP("kmuni::vocab", "IT")},
    Term{"production", QT_TRANSLATE_NOOP("kmuni::vocab", "Production")},
    Term{"logistics", QT_TRANSLATE_NOOP("kmuni::vocab", "Logistics")},
    Term{"health", QT_TRANSLATE_NOOP("kmuni::vocab", "Health economy")},
};
constexpr Term outreachStages[] = {
    Term{"identified", QT_TRANSLATE_NOOP("kmuni::vocab", "Identified")},
    Term{"contacted", QT_TRANSLATE_NOOP("kmuni::vocab", "Contacted")},
    Term{"first_meeting", QT_TRANSLATE_NOOP("kmuni::vocab", "First meeting")},
    Term{"needs_assessed", QT_TRANSLATE_NOOP("kmuni::vocab", "Needs assessed")},
    Term{"matched", QT_TRANSLATE_NOOP("kmuni::vocab", "Matched")},
    Term{"cooperating", QT_TRANSLATE_NOOP("kmuni::vocab", "Cooperating")},
    Term{"dormant", QT_TRANSLATE_NOOP("kmuni::vocab", "Dormant")},
};
constexpr Term eventTypes[] = {
    Term{"meeting", QT_TRANSLATE_NOOP("kmuni::vocab", "Meeting")},
    Term{"phone_call", QT_TRANSLATE_NOOP("kmuni::vocab", "Phone call")},
    Term{"email", QT_TRANSLATE_NOOP("kmuni::vocab", "E-mail")},
    Term{"company_visit", QT_TRANSLATE_NOOP("kmuni::vocab", "Company visit")},
    Term{"university_visit", QT_TRANSLATE_NOOP("kmuni::vocab", "University visit")},
    Term{"workshop", QT_TRANSLATE_NOOP("kmuni::vocab", "Workshop")},
    Term{"career_fair", QT_TRANSLATE_NOOP("kmuni::vocab", "Career fair")},
    Term{"information_event", QT_TRANSLATE_NOOP("kmuni::vocab", "Information event")},
    Term{"other", QT_TRANSLATE_NOOP("kmuni::vocab", "Other")},
};
constexpr Term matchTypes[] = {
    Term{"internship", QT_TRANSLATE_NOOP("kmuni::vocab", "Internship")},
    Term{"thesis", QT_TRANSLATE_NOOP("kmuni::vocab", "Thesis")},
    Term{"working_student", QT_TRANSLATE_NOOP("kmuni::vocab", "Working student position")},
    Term{"graduate_job", QT_TRANSLATE_NOOP("kmuni::vocab", "Graduate job")},
    Term{"research_cooperation", QT_TRANSLATE_NOOP("kmuni::vocab", "Research cooperation")},
    Term{"student_project", QT_TRANSLATE_NOOP("kmuni::vocab", "Student project")},
    Term{"guest_lecture", QT_TRANSLATE_NOOP("kmuni::vocab", "Guest lecture")},
    Term{"funding_application", QT_TRANSLATE_NOOP("kmuni::vocab", "Funding application")},
};
constexpr Term matchStages[] = {
    Term{"proposed", QT_TRANSLATE_NOOP("kmuni::vocab", "Proposed")},
    Term{"introduced", QT_TRANSLATE_NOOP("kmuni::vocab", "Introduced")},
    Term{"in_talks", QT_TRANSLATE_NOOP("kmuni::vocab", "In talks")},
    Term{"agreed", QT_TRANSLATE_NOOP("kmuni::vocab", "Agreed")},
    Term{"completed", QT_TRANSLATE_NOOP("kmuni::vocab", "Completed")},
    Term{"declined", QT_TRANSLATE_NOOP("kmuni::vocab", "Declined")},
};
constexpr Term legalBases[] = {
    Term{"legitimate_interest", QT_TRANSLATE_NOOP("kmuni::vocab", "Legitimate interest")},
    Term{"consent", QT_TRANSLATE_NOOP("kmuni::vocab", "Consent")},
};
constexpr Term salutations[] = {
    Term{"", QT_TRANSLATE_NOOP("kmuni::vocab", "(none)")},
    Term{"mr", QT_TRANSLATE_NOOP("kmuni::vocab", "Mr")},
    Term{"ms", QT_TRANSLATE_NOOP("kmuni::vocab", "Ms")},
};
// Academic titles and legal forms are written the same in both languages.
constexpr Term academicTitles[] = {
    Term{"", ""},
    Term{"Dr.", "Dr."},
    Term{"Prof.", "Prof."},
    Term{"Prof. Dr.", "Prof. Dr."},
};
constexpr Term legalForms[] = {
    Term{"GmbH", "GmbH"},
    Term{"UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)"},
    Term{"GmbH & Co. KG", "GmbH & Co. KG"},
    Term{"AG", "AG"},
    Term{"KG", "KG"},
    Term{"OHG", "OHG"},
    Term{"e.K.", "e.K."},
    Term{"GbR", "GbR"},
    Term{"e.V.", "e.V."},
    Term{"KdöR", "KdöR"},
};
constexpr Term participantSides[] = {
    Term{"company", QT_TRANSLATE_NOOP("kmuni::vocab", "Company side")},
    Term{"university", QT_TRANSLATE_NOOP("kmuni::vocab", "University side")},
    Term{"partner", QT_TRANSLATE_NOOP("kmuni::vocab", "Network partners")},
};

std::span<const Term> termsOf(List list)
{
    switch (list) {
    case List::OrganisationKind:
        return organisationKinds;
    case List::InstituteType:
        return instituteTypes;
    case List::Sector:
        return sectors;
    case List::OutreachStage:
        return outreachStages;
    case List::EventType:
        return eventTypes;
    case List::MatchType:
        return matchTypes;
    case List::MatchStage:
        return matchStages;
    case List::LegalBasis:
        return legalBases;
    case List::Salutation:
        return salutations;
    case List::AcademicTitle:
        return academicTitles;
    case List::LegalForm:
        return legalForms;
    case List::ParticipantSide:
        return participantSides;
    }
    return {};
}

bool translated(List list)
{
    return list != List::AcademicTitle && list != List::LegalForm;
}

const QTranslator* otherLanguage = nullptr;

// The labels a file may name @p t by: English, the language shown, the other language.
QStringList labelsOf(const Term& t)
{
    QStringList labels{QString::fromUtf8(t.label), QCoreApplication::translate("kmuni::vocab", t.label)};
    if (otherLanguage) {
        if (const QString other = otherLanguage->translate("kmuni::vocab", t.label); !other.isEmpty()) {
            labels << other;
        }
    }
    return labels;
}

} // namespace

QStringList codes(List list)
{
    QStringList result;
    for (const Term& t : termsOf(list)) {
        result << QString::fromUtf8(t.code);
    }
    return result;
}

QString label(List list, const QString& code)
{
    for (const Term& t : termsOf(list)) {
        if (code == QString::fromUtf8(t.code)) {
            return translated(list) ? QCoreApplication::translate("kmuni::vocab", t.label) : QString::fromUtf8(t.label);
        }
    }
    return code;
}

QString fromText(List list, const QString& text)
{
    const QString wanted = text.trimmed().toCaseFolded();
    if (wanted.isEmpty()) {
        return {};
    }
    for (const Term& t : termsOf(list)) {
        const QString code = QString::fromUtf8(t.code);
        if (wanted == code.toCaseFolded()) {
            return code;
        }
        for (const QString& label : labelsOf(t)) {
            if (wanted == label.toCaseFolded()) {
                return code;
            }
        }
    }
    return {};
}

QString fromSomeWords(List list, const QString& text)
{
    static const QRegularExpression between(u"[\\s/,-]+"_s);
    // Words that say little: "und", and the generic halves of labels ("Information technology" is no
    // nano technology, "Digital economy" no health economy).
    static const QStringList fillers = {u"und"_s, u"and"_s, u"für"_s, u"for"_s, u"der"_s, u"die"_s, u"das"_s, u"the"_s,
        u"von"_s, u"of"_s, u"im"_s, u"in"_s, u"mit"_s, u"with"_s, u"technology"_s, u"technologie"_s, u"technik"_s,
        u"economy"_s, u"wirtschaft"_s};
    const auto wordsOf = [](const QString& t) {
        QStringList words = t.trimmed().toCaseFolded().split(between, Qt::SkipEmptyParts);
        words.removeIf([](const QString& w) { return w.size() < 2 || fillers.contains(w); });
        return words;
    };
    QString found;
    for (const QString& word : wordsOf(text)) {
        for (const Term& t : termsOf(list)) {
            const QString code = QString::fromUtf8(t.code);
            for (const QString& label : labelsOf(t)) {
                const QStringList words = wordsOf(label);
                const bool names = std::any_of(words.cbegin(), words.cend(),
                    [&word](const QString& w) { return w == word || (word.size() >= 4 && w.startsWith(word)); });
                if (!names) {
                    continue;
                }
                if (!found.isEmpty() && found != code) {
                    return {};
                }
                found = code;
            }
        }
    }
    return found;
}

QString fromWords(List list, const QString& text)
{
    if (QString code = fromText(list, text); !code.isEmpty()) {
        return code;
    }
    const QString wanted = text.trimmed().toCaseFolded();
    if (wanted.size() < 4) {
        return {};
    }
    static const QRegularExpression between(u"[\\s/,-]+"_s);
    QString found;
    for (const Term& t : termsOf(list)) {
        const QString code = QString::fromUtf8(t.code);
        for (const QString& label : labelsOf(t)) {
            const QString folded = label.toCaseFolded();
            if (!folded.startsWith(wanted) && !folded.split(between, Qt::SkipEmptyParts).contains(wanted)) {
                continue;
            }
            if (!found.isEmpty() && found != code) {
                return {}; // two codes: not for the program to choose
            }
            found = code;
        }
    }
    return found;
}

void setOtherLanguage(const QTranslator* translator)
{
    otherLanguage = translator;
}

bool contains(List list, const QString& code)
{
    return rank(list, code) >= 0;
}

int rank(List list, const QString& code)
{
    int i = 0;
    for (const Term& t : termsOf(list)) {
        if (code == QString::fromUtf8(t.code)) {
            return i;
        }
        ++i;
    }
    return -1;
}

} // namespace kmuni::vocab
