// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Similarity.h"

#include "common/TextFold.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni::similarity {

QString nameKey(const QString& name)
{
    static const QSet<QString> legalWords = {u"gmbh"_s, u"ug"_s, u"haftungsbeschrankt"_s, u"co"_s, u"kg"_s, u"ag"_s,
        u"ek"_s, u"ohg"_s, u"gbr"_s, u"ev"_s, u"mbh"_s, u"kgaa"_s, u"se"_s, u"und"_s};
    QString folded = fold::simple(name);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber()) {
            c = u' ';
        }
    }
    // "e. K." and "e.V." become "e k", "e v": join single letters before dropping legal words.
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    QStringList joined;
    for (const QString& w : std::as_const(words)) {
        if (w.size() == 1 && !joined.isEmpty() && joined.constLast().size() == 1) {
            joined.last() += w;
        } else {
            joined << w;
        }
    }
    QStringList kept;
    for (const QString& w : std::as_const(joined)) {
        if (!legalWords.contains(w)) {
            kept << w;
        }
    }
    return kept.join(u' ');
}

int distance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool nearlySame(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    if (a == b) {
        return true;
    }
    const qsizetype shorter = std::min(a.size(), b.size());
    const int allowed = shorter < 5 ? 0 : (shorter < 12 ? 1 : 2);
    return std::abs(a.size() - b.size()) <= allowed && distance(a, b) <= allowed;
}

} // namespace kmuni::similarity
