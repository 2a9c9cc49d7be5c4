// SPDX-License-Identifier: Apache-2.0
// No secret in a message or in stored settings: ~/.spin/config errors mask credential values
// (expanded from $VARIABLES or not), URLs lose their passwords, plain http with a password warns.
#include "gate/GateSettings.h"
#include "gate/SecretMask.h"
#include "gate/SpinConfig.h"

#include <QFile>
#include <QTest>

using namespace Fd;

namespace {

const QString Secret = QStringLiteral("hunter2-s3cr3t");

QString shown(const Error &e)
{
    return e.toString();
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syntaxErrorOnPasswordLine_data();
    void syntaxErrorOnPasswordLine();
    void expandedVariableIsNotQuoted();
    void blockScalarSecret();
    void fuzzFindingExpandedSecret();
    void endpointCredentialsAreNotKept();
    void settingsNeverStoreUrlCredentials();
    void plainHttpWithPasswordWarns_data();
    void plainHttpWithPasswordWarns();
    void maskKeepsOrdinaryLines();
};

void TestSecrets::syntaxErrorOnPasswordLine_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::newRow("text after quote") << QStringLiteral("auth:\n  enabled: true\n  basic:\n    username: me\n"
                                                        "    password: \"%1\"tail-%1\n").arg(Secret);
    QTest::newRow("bad escape") << QStringLiteral("auth:\n  basic:\n    username: me\n    password: \"%1\\q\"\n").arg(Secret);
    QTest::newRow("token") << QStringLiteral("auth:\n  oauth2:\n    cachedToken:\n      access_token: '%1'x\n").arg(Secret);
    QTest::newRow("inline key") << QStringLiteral("auth:\n  x509:\n    key: \"%1\" junk\n").arg(Secret);
}

void TestSecrets::syntaxErrorOnPasswordLine()
{
    QFETCH(QString, yaml);
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("/home/me/.spin/config"), QProcessEnvironment());
    QVERIFY(!config.ok());
    QVERIFY2(!shown(config.error()).contains(QStringLiteral("hunter2")), qPrintable(shown(config.error())));
    QVERIFY(config.error().line > 0);
    QVERIFY(shown(config.error()).contains(SecretMask::Mask));
}

void TestSecrets::expandedVariableIsNotQuoted()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SPIN_PASS"), QStringLiteral("\"%1\" oops").arg(Secret));
    const QString yaml = QStringLiteral("gate:\n  endpoint: https://gate.example.com\nauth:\n  enabled: true\n"
                                        "  basic:\n    username: me\n    password: $SPIN_PASS\n");
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("config"), env);
    QVERIFY(!config.ok());
    QVERIFY2(!shown(config.error()).contains(QStringLiteral("hunter2")), qPrintable(shown(config.error())));
    QCOMPARE(config.error().line, 7);

    // A variable in a key that is no credential: the line is quoted as written, unexpanded.
    env.insert(QStringLiteral("WHERE"), QStringLiteral("\"%1\" tail").arg(Secret));
    const Result<SpinConfig> other = SpinConfig::parse(QStringLiteral("gate:\n  endpoint: $WHERE\n"), QStringLiteral("config"), env);
    QVERIFY(!other.ok());
    QVERIFY2(!shown(other.error()).contains(QStringLiteral("hunter2")), qPrintable(shown(other.error())));
    QVERIFY(shown(other.error()).contains(QStringLiteral("$WHERE")));
}

void TestSecrets::blockScalarSecret()
{
    const QString yaml = QStringLiteral("auth:\n  x509:\n    key: |\n      %1\n     \t%1\n").arg(Secret);
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("config"), QProcessEnvironment());
    if (config.ok())
        QSKIP("the block scalar was accepted; nothing to mask");
    QVERIFY2(!shown(config.error()).contains(QStringLiteral("hunter2")), qPrintable(shown(config.error())));
}

void TestSecrets::fuzzFindingExpandedSecret()
{
    // fuzz_spinconfig found an expanded secret quoted through a key of a malformed line.
    QFile file(QStringLiteral(FD_TEST_DATA_DIR "/spinconfig-fuzz-expanded-secret.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QProcessEnvironment env;
    env.insert(QStringLiteral("FUZZ_SECRET"), QStringLiteral("\"zq9secretzq9\" x: - [ {"));
    const Result<SpinConfig> config = SpinConfig::parse(QString::fromUtf8(file.readAll()), QStringLiteral("config"), env);
    QVERIFY(!config.ok());
    QVERIFY2(!shown(config.error()).contains(QStringLiteral("zq9secretzq9")), qPrintable(shown(config.error())));
}

void TestSecrets::endpointCredentialsAreNotKept()
{
    const QString yaml = QStringLiteral("gate:\n  endpoint: https://me:%1@gate.example.com:8084\n").arg(Secret);
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("config"), QProcessEnvironment());
    QVERIFY(config.ok());
    QCOMPARE(config->settings.url, QUrl(QStringLiteral("https://gate.example.com:8084")));
    QVERIFY(!config->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("hunter2")));
    QVERIFY(config->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("ignored")));

    const Result<SpinConfig> bad = SpinConfig::parse(QStringLiteral("gate:\n  endpoint: 'https://me:%1@'\n").arg(Secret),
                                                     QStringLiteral("config"), QProcessEnvironment());
    QVERIFY(!bad.ok());
    QVERIFY2(!shown(bad.error()).contains(QStringLiteral("hunter2")), qPrintable(shown(bad.error())));
}

void TestSecrets::settingsNeverStoreUrlCredentials()
{
    GateSettings s;
    s.url = QUrl(QStringLiteral("https://me:%1@gate.example.com").arg(Secret));
    const QVariantMap stored = s.toVariantMap();
    for (const QVariant &v : stored)
        QVERIFY(!v.toString().contains(QStringLiteral("hunter2")));
    QCOMPARE(GateSettings::fromVariantMap({{QStringLiteral("url"), s.url.toString()}}).url,
             QUrl(QStringLiteral("https://gate.example.com")));
}

void TestSecrets::plainHttpWithPasswordWarns_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("warns");
    QTest::newRow("basic over http") << "http://gate.example.com:8084" << int(SignInMode::Basic) << true;
    QTest::newRow("form over http") << "http://10.0.0.5" << int(SignInMode::Form) << true;
    QTest::newRow("token over http") << "http://gate" << int(SignInMode::Bearer) << true;
    QTest::newRow("basic over https") << "https://gate.example.com" << int(SignInMode::Basic) << false;
    QTest::newRow("loopback") << "http://127.0.0.1:8084" << int(SignInMode::Basic) << false;
    QTest::newRow("localhost") << "http://localhost:8084" << int(SignInMode::Basic) << false;
    QTest::newRow("ipv6 loopback") << "http://[::1]:8084" << int(SignInMode::Basic) << false;
    QTest::newRow("anonymous") << "http://gate.example.com" << int(SignInMode::None) << false;
}

void TestSecrets::plainHttpWithPasswordWarns()
{
    QFETCH(QString, url);
    QFETCH(int, mode);
    QFETCH(bool, warns);
    GateSettings s;
    s.url = QUrl(url);
    s.mode = SignInMode(mode);
    const QString warning = s.plainTextCredentialsWarning();
    QCOMPARE(!warning.isEmpty(), warns);
    if (warns)
        QVERIFY(warning.contains(QStringLiteral("unencrypted")));

    if (s.mode == SignInMode::Basic) {
        const Result<SpinConfig> config = SpinConfig::parse(
            QStringLiteral("gate:\n  endpoint: %1\nauth:\n  enabled: true\n  basic:\n    username: me\n    password: x\n").arg(url),
            QStringLiteral("config"), QProcessEnvironment());
        QVERIFY(config.ok());
        QCOMPARE(config->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("unencrypted")), warns);
    }
}

void TestSecrets::maskKeepsOrdinaryLines()
{
    QCOMPARE(SecretMask::maskYamlLine(QStringLiteral("  endpoint: https://gate")), QStringLiteral("endpoint: https://gate"));
    QCOMPARE(SecretMask::maskYamlLine(QStringLiteral("  password: abc # note")), QStringLiteral("password: ") + SecretMask::Mask);
    QCOMPARE(SecretMask::maskUrlCredentials(QStringLiteral("at https://u:p@h/x")), QStringLiteral("at https://u:") + SecretMask::Mask + QStringLiteral("@h/x"));
    QVERIFY(SecretMask::isCredentialKey(QStringLiteral("access_token")));
    QVERIFY(SecretMask::isCredentialKey(QStringLiteral("iapIdToken")));
    QVERIFY(!SecretMask::isCredentialKey(QStringLiteral("username")));
    QVERIFY(!SecretMask::isCredentialKey(QStringLiteral("keyPath")));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
