// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Ids.h"

#include <QDateTime>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestIds : public QObject
{
    Q_OBJECT
private slots:
    void uuidIsVersion7WithTheTime();
    void uuidsRiseStrictly();
    void uuidsOfTwoThreadsDiffer();
};

// RFC 9562: 36 characters, version 7, variant 10; the first 48 bits are the Unix time in milliseconds.
void TestIds::uuidIsVersion7WithTheTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString uuid = newUuid();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    static const QRegularExpression shape(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(shape.match(uuid).hasMatch(), qPrintable(uuid));
    QCOMPARE(QUuid(uuid).variant(), QUuid::DCE); // (Qt 6.4 knows versions up to 5 only)
    bool ok = false;
    const qint64 ms
        = QStringView(uuid).left(8).toLongLong(&ok, 16) << 16 | QStringView(uuid).mid(9, 4).toLongLong(&ok, 16);
    QVERIFY(ok);
    // Within the call, or a little ahead when earlier calls of this run used up a millisecond's count.
    QVERIFY2(ms >= before && ms <= after + 1000, qPrintable(u"%1 not in [%2, %3]"_s.arg(ms).arg(before).arg(after)));
}

// Every uuid sorts after the one before (as text, as an index sees it), even many in one millisecond;
// and the random part varies.
void TestIds::uuidsRiseStrictly()
{
    QString previous = newUuid();
    QSet<QStringView> tails;
    QStringList all;
    all.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        all << newUuid();
        QVERIFY2(all.last() > previous, qPrintable(previous + u" then "_s + all.last()));
        previous = all.last();
    }
    for (const QString& uuid : std::as_const(all)) {
        tails.insert(QStringView(uuid).right(17));
    }
    QCOMPARE(tails.size(), all.size());
}

// The import makes uuids on several threads at once: none twice.
void TestIds::uuidsOfTwoThreadsDiffer()
{
    constexpr int perThread = 50000;
    QStringList made[2];
    std::unique_ptr<QThread> threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t].reset(QThread::create([&made, t] {
            for (int i = 0; i < perThread; ++i) {
                made[t] << newUuid();
            }
        }));
        threads[t]->start();
    }
    for (auto& thread : threads) {
        QVERIFY(thread->wait(60000));
    }
    QSet<QString> unique(made[0].cbegin(), made[0].cend());
    unique.unite(QSet<QString>(made[1].cbegin(), made[1].cend()));
    QCOMPARE(unique.size(), 2 * perThread);
    // Each thread's own rise strictly, too.
    for (const QStringList& list : made) {
        QVERIFY(std::is_sorted(list.cbegin(), list.cend()));
        QVERIFY(std::adjacent_find(list.cbegin(), list.cend()) == list.cend());
    }
}

QTEST_GUILESS_MAIN(TestIds)
#include "TestIds.moc"
