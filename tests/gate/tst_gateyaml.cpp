// SPDX-License-Identifier: Apache-2.0
// The small YAML reader and spin's configuration file.
#include "gate/MiniYaml.h"
#include "gate/SpinConfig.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

class TestGateYaml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mappingsAndScalars();
    void sequences();
    void flowCollections();
    void blockScalars_data();
    void blockScalars();
    void commentsAndQuotes();
    void badInput_data();
    void badInput();
    void environmentExpansion();
    void spinExample();
    void spinModes_data();
    void spinModes();
    void spinUnusable_data();
    void spinUnusable();
    void spinMissingFile();
};

void TestGateYaml::mappingsAndScalars()
{
    const Result<QVariant> doc = parseMiniYaml(QStringLiteral(
        "---\n"
        "gate:\n"
        "  endpoint: https://gate.example.com:8084   # trailing comment\n"
        "  retryTimeout: 300\n"
        "auth:\n"
        "  enabled: true\n"
        "  empty:\n"
        "  nothing: ~\n"
        "top: last\n"));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(yamlValue(*doc, QStringLiteral("gate.endpoint")).toString(), QStringLiteral("https://gate.example.com:8084"));
    QCOMPARE(yamlValue(*doc, QStringLiteral("gate.retryTimeout")).toString(), QStringLiteral("300"));
    QVERIFY(yamlBool(yamlValue(*doc, QStringLiteral("auth.enabled"))));
    QVERIFY(!yamlValue(*doc, QStringLiteral("auth.empty")).isValid());
    QVERIFY(!yamlValue(*doc, QStringLiteral("auth.nothing")).isValid());
    QVERIFY(doc->toMap().value(QStringLiteral("auth")).toMap().contains(QStringLiteral("nothing")));
    QCOMPARE(yamlValue(*doc, QStringLiteral("top")).toString(), QStringLiteral("last"));
    QVERIFY(!yamlValue(*doc, QStringLiteral("gate.endpoint.deeper")).isValid());
    QVERIFY(!yamlBool(QVariant(QStringLiteral("maybe"))));
    QVERIFY(yamlBool(QVariant(QStringLiteral("maybe")), true));
    QVERIFY(!yamlBool(QVariant(QStringLiteral("Off")), true));
}

void TestGateYaml::sequences()
{
    const Result<QVariant> doc = parseMiniYaml(QStringLiteral(
        "scopes:\n"
        "- openid\n"
        "- email\n"
        "nested:\n"
        "  - name: a\n"
        "    value: 1\n"
        "  - name: b\n"
        "  -\n"
        "    name: c\n"
        "  - - x\n"
        "    - y\n"
        "after: yes\n"));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(yamlValue(*doc, QStringLiteral("scopes")).toStringList(), (QStringList{QStringLiteral("openid"), QStringLiteral("email")}));
    const QVariantList nested = yamlValue(*doc, QStringLiteral("nested")).toList();
    QCOMPARE(nested.size(), 4);
    QCOMPARE(nested.at(0).toMap().value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    QCOMPARE(nested.at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("b"));
    QCOMPARE(nested.at(2).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("c"));
    QCOMPARE(nested.at(3).toStringList(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QVERIFY(yamlBool(yamlValue(*doc, QStringLiteral("after"))));
}

void TestGateYaml::flowCollections()
{
    const Result<QVariant> doc = parseMiniYaml(QStringLiteral(
        "x509: {certPath: ~/.spin/cert, keyPath: \"~/.spin/key\"}\n"
        "scopes: [openid, 'email', \"a, b\", []]\n"
        "empty: {}\n"
        "nested: {a: [1, 2], b: {c: d}, e: }\n"));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(yamlValue(*doc, QStringLiteral("x509.certPath")).toString(), QStringLiteral("~/.spin/cert"));
    QCOMPARE(yamlValue(*doc, QStringLiteral("x509.keyPath")).toString(), QStringLiteral("~/.spin/key"));
    const QVariantList scopes = yamlValue(*doc, QStringLiteral("scopes")).toList();
    QCOMPARE(scopes.size(), 4);
    QCOMPARE(scopes.at(2).toString(), QStringLiteral("a, b"));
    QCOMPARE(scopes.at(3).toList().size(), 0);
    QCOMPARE(yamlValue(*doc, QStringLiteral("empty")).toMap().size(), 0);
    QCOMPARE(yamlValue(*doc, QStringLiteral("nested.a")).toStringList(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(yamlValue(*doc, QStringLiteral("nested.b.c")).toString(), QStringLiteral("d"));
    QVERIFY(!yamlValue(*doc, QStringLiteral("nested.e")).isValid());
}

void TestGateYaml::blockScalars_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("literal clip") << QStringLiteral("v: |\n  line 1\n    indented\n\n  line 3\n\nnext: x\n")
                                  << QStringLiteral("line 1\n  indented\n\nline 3\n");
    QTest::newRow("literal strip") << QStringLiteral("v: |-\n  a\n  b\n") << QStringLiteral("a\nb");
    QTest::newRow("literal keep") << QStringLiteral("v: |+\n  a\n\n\n") << QStringLiteral("a\n\n\n");
    QTest::newRow("folded") << QStringLiteral("v: >\n  one\n  two\n\n  three\n") << QStringLiteral("one two\nthree\n");
    QTest::newRow("folded strip") << QStringLiteral("v: >-\n  one\n  two\n") << QStringLiteral("one two");
    QTest::newRow("comment-like content") << QStringLiteral("v: |\n  # not a comment\n  key: not a key\n")
                                          << QStringLiteral("# not a comment\nkey: not a key\n");
    QTest::newRow("pem") << QStringLiteral("auth:\n  x509:\n    cert: |\n      -----BEGIN CERTIFICATE-----\n      QUJD==\n"
                                           "      -----END CERTIFICATE-----\n    keyPath: k\n")
                         << QStringLiteral("-----BEGIN CERTIFICATE-----\nQUJD==\n-----END CERTIFICATE-----\n");
    QTest::newRow("in sequence") << QStringLiteral("v:\n- |\n  text\n") << QStringLiteral("text\n");
    QTest::newRow("empty") << QStringLiteral("v: |\nnext: 1\n") << QString();
}

void TestGateYaml::blockScalars()
{
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    const Result<QVariant> doc = parseMiniYaml(yaml);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QVariant v = yamlValue(*doc, QStringLiteral("v"));
    if (v.typeId() == QMetaType::QVariantList)
        v = v.toList().value(0);
    if (!v.isValid())
        v = yamlValue(*doc, QStringLiteral("auth.x509.cert"));
    QCOMPARE(v.toString(), expected);
    if (yaml.contains(QLatin1String("keyPath")))
        QCOMPARE(yamlValue(*doc, QStringLiteral("auth.x509.keyPath")).toString(), QStringLiteral("k"));
}

void TestGateYaml::commentsAndQuotes()
{
    const Result<QVariant> doc = parseMiniYaml(QStringLiteral(
        "# leading comment\n"
        "a: \"has # hash\"   # real comment\n"
        "b: 'it''s'\n"
        "c: it's plain#not comment\n"
        "d: \"esc \\\"q\\\" \\u00e9 \\t\\\\\"\n"
        "\"quoted key\": 1\n"
        "e: url:8084/x\n"
        "\r\n"
        "f: crlf\r\n"));
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    const QVariantMap map = doc->toMap();
    QCOMPARE(map.value(QStringLiteral("a")).toString(), QStringLiteral("has # hash"));
    QCOMPARE(map.value(QStringLiteral("b")).toString(), QStringLiteral("it's"));
    QCOMPARE(map.value(QStringLiteral("c")).toString(), QStringLiteral("it's plain#not comment"));
    QCOMPARE(map.value(QStringLiteral("d")).toString(), QStringLiteral("esc \"q\" \u00e9 \t\\"));
    QCOMPARE(map.value(QStringLiteral("quoted key")).toString(), QStringLiteral("1"));
    QCOMPARE(map.value(QStringLiteral("e")).toString(), QStringLiteral("url:8084/x"));
    QCOMPARE(map.value(QStringLiteral("f")).toString(), QStringLiteral("crlf"));
}

void TestGateYaml::badInput_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("keyPath");
    QTest::newRow("tab indent") << QStringLiteral("gate:\n\tendpoint: x\n") << 2 << QStringLiteral("gate");
    QTest::newRow("duplicate key") << QStringLiteral("gate:\n  a: 1\n  a: 2\n") << 3 << QStringLiteral("gate.a");
    QTest::newRow("continued plain scalar") << QStringLiteral("a: one\n  two\n") << 2 << QString();
    QTest::newRow("bad dedent") << QStringLiteral("a:\n    b: 1\n  c: 2\n") << 3 << QString();
    QTest::newRow("not a mapping entry") << QStringLiteral("gate:\n  endpoint\n") << 2 << QStringLiteral("gate");
    QTest::newRow("anchor") << QStringLiteral("a: &x 1\n") << 1 << QStringLiteral("a");
    QTest::newRow("alias") << QStringLiteral("a: 1\nb: *x\n") << 2 << QStringLiteral("b");
    QTest::newRow("tag") << QStringLiteral("a: !!str 1\n") << 1 << QStringLiteral("a");
    QTest::newRow("two documents") << QStringLiteral("a: 1\n---\nb: 2\n") << 2 << QString();
    QTest::newRow("unterminated quote") << QStringLiteral("a: \"open\n") << 1 << QStringLiteral("a");
    QTest::newRow("unterminated flow") << QStringLiteral("a: [1, 2\n") << 1 << QStringLiteral("a");
    QTest::newRow("value with colon space") << QStringLiteral("a: b: c\n") << 1 << QStringLiteral("a");
    QTest::newRow("bad escape") << QStringLiteral("a: \"\\q\"\n") << 1 << QStringLiteral("a");
    QTest::newRow("trailing text after quote") << QStringLiteral("a: \"x\" y\n") << 1 << QStringLiteral("a");
    QTest::newRow("sequence then mapping") << QStringLiteral("- a\nb: 1\n") << 2 << QString();
    QTest::newRow("block scalar dedent") << QStringLiteral("a:\n  v: |\n      deep\n     less\n") << 4 << QStringLiteral("a.v");
    QTest::newRow("directive") << QStringLiteral("%YAML 1.2\na: 1\n") << 1 << QString();
    QTest::newRow("content after end") << QStringLiteral("a: 1\n...\nb: 2\n") << 3 << QString();
}

void TestGateYaml::badInput()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(QString, keyPath);
    const Result<QVariant> doc = parseMiniYaml(yaml, QStringLiteral("/home/u/.spin/config"));
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().keyPath, keyPath);
    QCOMPARE(doc.error().file, QStringLiteral("/home/u/.spin/config"));
    QVERIFY(!doc.error().message.isEmpty());
}

void TestGateYaml::environmentExpansion()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("GATE_HOST"), QStringLiteral("gate.internal"));
    env.insert(QStringLiteral("TOKEN_1"), QStringLiteral("t0k"));
    QCOMPARE(expandEnvironment(QStringLiteral("https://$GATE_HOST:8084/${TOKEN_1}x $UNSET. $ ${open $1 cost$"), env),
             QStringLiteral("https://gate.internal:8084/t0kx . $ ${open $1 cost$"));
}

void TestGateYaml::spinExample()
{
    // spin's own example file, with environment expansion.
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME_GATE"), QStringLiteral("https://my-spinnaker-gate:8084"));
    const Result<SpinConfig> config = SpinConfig::parse(QStringLiteral(
        "# NOTE: Copy this file to ~/.spin/config\n\n"
        "gate:\n  endpoint: $HOME_GATE\n  retryTimeout: 300\n"
        "auth:\n  enabled: true\n  x509:\n"
        "    # comment inside\n"
        "    certPath: \"~/.spin/certpath\"\n"
        "    keyPath: \"/keys/keypath\" # This should point to an _unencrypted_ keyfile.\n"),
        QStringLiteral("config"), env);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->settings.url, QUrl(QStringLiteral("https://my-spinnaker-gate:8084")));
    QCOMPARE(config->settings.mode, SignInMode::X509);
    QCOMPARE(config->settings.clientCertPath, QDir::homePath() + QStringLiteral("/.spin/certpath"));
    QCOMPARE(config->settings.clientKeyPath, QStringLiteral("/keys/keypath"));
    QVERIFY(config->secret.isEmpty());
    QCOMPARE(config->settings.origin, QStringLiteral("config"));
}

void TestGateYaml::spinModes_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("no auth section") << QStringLiteral("gate:\n  endpoint: http://g:8084\n")
                                     << int(SignInMode::None) << QString() << QString() << false;
    QTest::newRow("auth disabled") << QStringLiteral("auth:\n  enabled: false\n  basic: {username: u, password: p}\n")
                                   << int(SignInMode::None) << QString() << QString() << false;
    QTest::newRow("basic") << QStringLiteral("auth:\n  enabled: true\n  basic:\n    username: u\n    password: 'p@ss'\n")
                           << int(SignInMode::Basic) << QStringLiteral("u") << QStringLiteral("p@ss") << false;
    QTest::newRow("ldap, password prompted") << QStringLiteral("auth:\n  enabled: true\n  ldap:\n    username: u\n")
                                             << int(SignInMode::Form) << QStringLiteral("u") << QString() << false;
    QTest::newRow("oauth2 cached token") << QStringLiteral("auth:\n  enabled: true\n  oauth2:\n    clientId: c\n"
                                                          "    scopes: [openid]\n    cachedToken:\n      access_token: at\n"
                                                          "      expiry: 2030-01-01T00:00:00Z\n")
                                         << int(SignInMode::Bearer) << QString() << QStringLiteral("at") << false;
    QTest::newRow("iap id token") << QStringLiteral("auth:\n  enabled: true\n  iap:\n    iapIdToken: idt\n")
                                  << int(SignInMode::Bearer) << QString() << QStringLiteral("idt") << false;
    QTest::newRow("x509 wins over basic") << QStringLiteral("auth:\n  enabled: true\n  basic: {username: u, password: p}\n"
                                                            "  x509: {certPath: /c, keyPath: /k}\n")
                                          << int(SignInMode::X509) << QString() << QString() << false;
    QTest::newRow("ignoreCertErrors") << QStringLiteral("auth:\n  enabled: yes\n  ignoreCertErrors: true\n  basic: {username: u}\n")
                                      << int(SignInMode::Basic) << QStringLiteral("u") << QString() << true;
}

void TestGateYaml::spinModes()
{
    QFETCH(QString, yaml);
    QFETCH(int, mode);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(bool, insecure);
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("config"), QProcessEnvironment());
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(int(config->settings.mode), mode);
    QCOMPARE(config->settings.username, user);
    QCOMPARE(config->secret, secret);
    QCOMPARE(config->settings.allowInsecureTls, insecure);
    QCOMPARE(config->warnings.isEmpty(), !insecure);
    if (!yaml.contains(QLatin1String("endpoint")))
        QCOMPARE(config->settings.url, QUrl(QStringLiteral("http://localhost:8084")));
}

void TestGateYaml::spinUnusable_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("keyPath");
    QTest::newRow("inline x509") << QStringLiteral("auth:\n  enabled: true\n  x509:\n    cert: |\n      PEM\n    key: |\n      KEY\n")
                                 << QStringLiteral("auth.x509");
    QTest::newRow("x509 without key") << QStringLiteral("auth:\n  enabled: true\n  x509: {certPath: /c}\n") << QStringLiteral("auth.x509");
    QTest::newRow("oauth2 without token") << QStringLiteral("auth:\n  enabled: true\n  oauth2: {clientId: c}\n")
                                          << QStringLiteral("auth.oauth2.cachedToken.access_token");
    QTest::newRow("iap service account") << QStringLiteral("auth:\n  enabled: true\n  iap: {serviceAccountKeyPath: /sa.json}\n")
                                         << QStringLiteral("auth.iap.iapIdToken");
    QTest::newRow("google service account") << QStringLiteral("auth:\n  enabled: true\n  google_service_account: {file: f}\n")
                                            << QStringLiteral("auth.google_service_account");
    QTest::newRow("basic without user") << QStringLiteral("auth:\n  enabled: true\n  basic: {password: p}\n")
                                        << QStringLiteral("auth.basic.username");
    QTest::newRow("enabled, no method") << QStringLiteral("auth:\n  enabled: true\n") << QStringLiteral("auth");
    QTest::newRow("bad endpoint") << QStringLiteral("gate:\n  endpoint: 'not a url'\n") << QStringLiteral("gate.endpoint");
    QTest::newRow("not a mapping") << QStringLiteral("- a\n- b\n") << QString();
    QTest::newRow("yaml error") << QStringLiteral("gate:\n\tendpoint: x\n") << QStringLiteral("gate");
}

void TestGateYaml::spinUnusable()
{
    QFETCH(QString, yaml);
    QFETCH(QString, keyPath);
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("/h/.spin/config"), QProcessEnvironment());
    QVERIFY(!config.ok());
    QCOMPARE(config.error().keyPath, keyPath);
    QCOMPARE(config.error().file, QStringLiteral("/h/.spin/config"));
}

void TestGateYaml::spinMissingFile()
{
    QTemporaryDir dir;
    const Result<SpinConfig> config = SpinConfig::load(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!config.ok());
    QVERIFY(config.error().message.contains(QLatin1String("Cannot read")));
}

QTEST_GUILESS_MAIN(TestGateYaml)
#include "tst_gateyaml.moc"
