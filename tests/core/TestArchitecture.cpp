// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The layering rules of ARCHITECTURE.md, read from the #include lines of the source tree: core never
// includes QtWidgets or a ui header, and no core folder includes one that (directly or through
// others) includes it back.
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Include
{
    QString file; ///< relative to core/
    QString target; ///< as written between the quotes or brackets
};

QList<Include> includesUnder(const QString& root)
{
    static const QRegularExpression line(
        u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s, QRegularExpression::MultilineOption);
    QList<Include> result;
    QDirIterator it(root, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = line.globalMatch(text);
        while (matches.hasNext()) {
            result.append({QDir(root).relativeFilePath(path), matches.next().captured(1)});
        }
    }
    return result;
}

QString folderOf(const QString& relativePath)
{
    const qsizetype slash = relativePath.indexOf(u'/');
    return slash < 0 ? QString() : relativePath.left(slash);
}

/** Folder → folders it includes headers from (other than itself). */
QMap<QString, QSet<QString>> folderGraph(const QList<Include>& includes, const QSet<QString>& folders)
{
    QMap<QString, QSet<QString>> graph;
    for (const Include& inc : includes) {
        const QString from = folderOf(inc.file);
        const QString to = folderOf(inc.target);
        if (!from.isEmpty() && folders.contains(to) && to != from) {
            graph[from].insert(to);
        }
    }
    return graph;
}

/** The folders reachable from @p start. */
QSet<QString> reachable(const QMap<QString, QSet<QString>>& graph, const QString& start)
{
    QSet<QString> seen;
    QList<QString> todo = graph.value(start).values();
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        if (!seen.contains(next)) {
            seen.insert(next);
            todo << graph.value(next).values();
        }
    }
    return seen;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void coreHasNoWidgets();
    void coreFoldersHaveNoCycles();
    void cycleCheckFindsACycle();

private:
    QString m_core;
    QList<Include> m_includes;
    QSet<QString> m_folders;
};

void TestArchitecture::initTestCase()
{
    m_core = QStringLiteral(KMUNI_SOURCE_DIR "/core");
    m_includes = includesUnder(m_core);
    QVERIFY2(m_includes.size() > 100, "the core sources were not found");
    const auto dirs = QDir(m_core).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    m_folders = QSet<QString>(dirs.begin(), dirs.end());
    QVERIFY(m_folders.contains(u"db"_s));
}

void TestArchitecture::coreHasNoWidgets()
{
    QStringList offenders;
    for (const Include& inc : m_includes) {
        if (inc.target.startsWith(u"QtWidgets"_s) || inc.target.startsWith(u"QtPrintSupport"_s)
            || inc.target.startsWith(u"ui/"_s) || inc.target == u"QWidget"_s || inc.target == u"QApplication"_s) {
            offenders << inc.file + u" includes "_s + inc.target;
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
}

void TestArchitecture::coreFoldersHaveNoCycles()
{
    const auto graph = folderGraph(m_includes, m_folders);
    QStringList cycles;
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        if (reachable(graph, it.key()).contains(it.key())) {
            QStringList via;
            for (const QString& to : it.value()) {
                if (reachable(graph, to).contains(it.key()) || to == it.key()) {
                    via << to;
                }
            }
            via.sort();
            cycles << it.key() + u" includes "_s + via.join(u", "_s) + u", which include it back"_s;
        }
    }
    QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(u'\n')));
}

void TestArchitecture::cycleCheckFindsACycle()
{
    // The check itself: a made-up pair of folders that include each other is a cycle.
    const QList<Include> includes{{u"a/A.cpp"_s, u"b/B.h"_s}, {u"b/B.cpp"_s, u"c/C.h"_s}, {u"c/C.h"_s, u"a/A.h"_s}};
    const auto graph = folderGraph(includes, {u"a"_s, u"b"_s, u"c"_s});
    QVERIFY(reachable(graph, u"a"_s).contains(u"a"_s));
    const QList<Include> acyclic{{u"a/A.cpp"_s, u"b/B.h"_s}, {u"b/B.cpp"_s, u"c/C.h"_s}};
    QVERIFY(!reachable(folderGraph(acyclic, {u"a"_s, u"b"_s, u"c"_s}), u"a"_s).contains(u"a"_s));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "TestArchitecture.moc"
