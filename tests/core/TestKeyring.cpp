// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Server passwords in the system keyring (db/Keyring, QtKeychain). CTest runs this twice: "TestKeyring"
// with a keyring of its own (tests/support/with-keyring.sh: a private GNOME Keyring on a private
// session bus), "TestKeyring.nokeyring" where none answers (KMUNI_TEST_KEYRING=none): then every call
// says so, and nothing is written anywhere else.
#include "db/Keyring.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kmuni;

class TestKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keepsReadsAndForgets_data();
    void keepsReadsAndForgets();
    void oneEntryPerServerHoweverWritten();
    void nothingGoesToTheSettings();

private:
    bool m_keyring = true;
};

void TestKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_keyring = qEnvironmentVariable("KMUNI_TEST_KEYRING") != u"none"_s;
    QSettings().clear();
}

void TestKeyring::keepsReadsAndForgets_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << u"Zeche-Zollern-1898"_s;
    QTest::newRow("umlauts and symbols") << u"Grüße aus Bochum: ß€ \"'\\ ;,"_s;
    QTest::newRow("long") << QString(300, u'x');
}

void TestKeyring::keepsReadsAndForgets()
{
    QFETCH(QString, password);
    const QString address = u"postgresql://kai.wagner@crm.wifoe-dortmund.de/kmuni"_s;
    const QString other = u"postgresql://kai.wagner@crm.wifoe-dortmund.de/kmuni_test"_s;
    QString error;
    if (!m_keyring) {
        const auto kept = keyring::password(address);
        QVERIFY(kept.failed());
        QVERIFY2(kept.error().contains(u"keyring"_s), qPrintable(kept.error()));
        QVERIFY(!keyring::keep(address, password, &error));
        QVERIFY2(error.contains(u"keyring"_s), qPrintable(error));
        error.clear();
        QVERIFY(!keyring::forget(address, &error));
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(keyring::forget(address, &error), qPrintable(error));
    QVERIFY2(keyring::forget(address, &error), qPrintable(error)); // none kept: still fine
    auto kept = keyring::password(address);
    QVERIFY2(!kept.failed(), qPrintable(kept.error()));
    QVERIFY(!kept.has_value());

    QVERIFY2(keyring::keep(address, u"old"_s, &error), qPrintable(error));
    QVERIFY2(keyring::keep(address, password, &error), qPrintable(error)); // replaces
    kept = keyring::password(address);
    QVERIFY2(kept.has_value(), qPrintable(kept.error()));
    QCOMPARE(*kept, password);
    const auto elsewhere = keyring::password(other);
    QVERIFY(!elsewhere.failed() && !elsewhere.has_value());

    QVERIFY2(keyring::forget(address, &error), qPrintable(error));
    kept = keyring::password(address);
    QVERIFY(!kept.failed() && !kept.has_value());
}

void TestKeyring::oneEntryPerServerHoweverWritten()
{
    // The default port written out or not, the default TLS mode written out or not: the same server.
    const QString shortForm = u"postgresql://ute@crm.ihk-bochum.de/kmuni"_s;
    const QString longForm = u"postgresql://ute@crm.ihk-bochum.de:5432/kmuni?sslmode=verify-full"_s;
    QString error;
    if (!m_keyring) {
        QVERIFY(keyring::password(longForm).failed());
        return;
    }
    QVERIFY2(keyring::keep(shortForm, u"Kokerei-Hansa"_s, &error), qPrintable(error));
    const auto kept = keyring::password(longForm);
    QVERIFY2(kept.has_value(), qPrintable(kept.error()));
    QCOMPARE(*kept, u"Kokerei-Hansa"_s);
    QVERIFY2(keyring::forget(longForm, &error), qPrintable(error));
    QVERIFY(!keyring::password(shortForm).has_value());
}

void TestKeyring::nothingGoesToTheSettings()
{
    // QtKeychain can fall back to the settings file where no keyring answers; ours never does.
    QString error;
    keyring::keep(u"postgresql://ute@localhost/kmuni"_s, u"Jahrhunderthalle"_s, &error);
    QSettings settings;
    settings.sync();
    QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u", "_s)));
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        QVERIFY(!file.readAll().contains("Jahrhunderthalle"));
    }
    keyring::forget(u"postgresql://ute@localhost/kmuni"_s, &error);
}

QTEST_MAIN(TestKeyring)
#include "TestKeyring.moc"
