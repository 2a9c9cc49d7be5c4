// SPDX-License-Identifier: Apache-2.0
// The QtKeychain-backed SecretStore: a round trip where a keychain service runs, and a clear
// error (never a hang, never a plain-text fallback) where none does.
#include "credentials/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTest>

using namespace Fd;

class TestKeychainStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingEntryIsAnError();
    void roundTrip();

private:
    // Never the real entries of the designer.
    const QString m_service = QStringLiteral("foremast-designer-test-%1").arg(QCoreApplication::applicationPid());
};

void TestKeychainStore::missingEntryIsAnError()
{
    KeychainSecretStore store(m_service);
    QObject context;
    bool answered = false;
    Result<QString> secret = QString();
    store.read(QStringLiteral("never written"), &context, [&](const Result<QString> &r) {
        answered = true;
        secret = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
    QVERIFY(!secret.ok());
    QVERIFY(!secret.error().message.isEmpty());
    QVERIFY(!store.description().isEmpty());
}

void TestKeychainStore::roundTrip()
{
    KeychainSecretStore store(m_service);
    QObject context;
    const QString key = QStringLiteral("form tester@gate.test:8084");
    bool written = false;
    Result<bool> writeResult = false;
    store.write(key, QStringLiteral("p@ss w0rd"), &context, [&](const Result<bool> &r) {
        written = true;
        writeResult = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 60000);
    if (!writeResult.ok())
        QSKIP(qPrintable(QStringLiteral("no usable keychain here: ") + writeResult.error().message));

    bool read = false;
    Result<QString> secret = QString();
    store.read(key, &context, [&](const Result<QString> &r) {
        read = true;
        secret = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 60000);
    QVERIFY(secret.ok());
    QCOMPARE(secret.value(), QStringLiteral("p@ss w0rd"));

    bool removed = false;
    store.remove(key, &context, [&](const Result<bool> &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 60000);
    read = false;
    store.read(key, &context, [&](const Result<QString> &r) {
        read = true;
        secret = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 60000);
    QVERIFY(!secret.ok());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
