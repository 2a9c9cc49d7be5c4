// SPDX-License-Identifier: Apache-2.0
// Which Gate is used, the settings round trip, and how answers become errors people understand.
#include "foremast/ForemastConfig.h"
#include "gate/GateDiscovery.h"
#include "gate/GateResponse.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return file.fileName();
}

GateSettings settingsFor(const char *url)
{
    GateSettings s;
    s.url = QUrl(QString::fromLatin1(url));
    return s;
}

} // namespace

class TestGateDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagsWin();
    void designerBeforeForemast();
    void foremastBeforeSpin();
    void foremastClientCertAndToken();
    void spinLast();
    void spinBroken();
    void nothingConfigured();
    void badFlagUrl();
    void settingsRoundTrip();
    void secretKeyNamesGateModeAndUser();
    void modeNames();
    void classify_data();
    void classify();
    void unknownOutcomeOnlyForSentWrites();
    void errorText();
};

void TestGateDiscovery::flagsWin()
{
    GateDiscoveryInput input;
    input.flags = settingsFor("https://flag.example:8084");
    input.designer = settingsFor("https://designer.example");
    const Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.url.host(), QStringLiteral("flag.example"));
    QVERIFY(!gate->settings.origin.isEmpty());
}

void TestGateDiscovery::designerBeforeForemast()
{
    QTemporaryDir dir;
    const QString cfg = writeFile(dir, QStringLiteral("foremast.cfg"), "[base]\ngate_api_url = https://foremast.example\n");
    const Result<ForemastConfig> config = ForemastConfig::load({cfg});
    QVERIFY(config.ok());
    GateDiscoveryInput input;
    input.designer = settingsFor("https://designer.example");
    input.foremast = &config.value();
    input.spinConfigPath = dir.filePath(QStringLiteral("missing"));
    const Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.url.host(), QStringLiteral("designer.example"));

    input.designer = GateSettings(); // an empty saved setting does not count
    const Result<DiscoveredGate> fallback = discoverGate(input);
    QVERIFY(fallback.ok());
    QCOMPARE(fallback->settings.url.host(), QStringLiteral("foremast.example"));
    QVERIFY(fallback->settings.origin.contains(cfg));
}

void TestGateDiscovery::foremastBeforeSpin()
{
    QTemporaryDir dir;
    const QString cfg = writeFile(dir, QStringLiteral("foremast.cfg"),
                                  "[base]\ngate_api_url = http://foremast.example:8084\ngate_ca_bundle = /etc/ca.pem\n");
    const QString spin = writeFile(dir, QStringLiteral("config"), "gate:\n  endpoint: https://spin.example\n");
    const Result<ForemastConfig> config = ForemastConfig::load({cfg});
    GateDiscoveryInput input;
    input.foremast = &config.value();
    input.spinConfigPath = spin;
    const Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.url, QUrl(QStringLiteral("http://foremast.example:8084")));
    QCOMPARE(gate->settings.caBundlePath, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(gate->settings.mode, SignInMode::None);

    // foremast.cfg without gate_api_url falls through to spin.
    const QString empty = writeFile(dir, QStringLiteral("empty.cfg"), "[base]\nenvs = dev\n");
    const Result<ForemastConfig> emptyConfig = ForemastConfig::load({empty});
    input.foremast = &emptyConfig.value();
    const Result<DiscoveredGate> viaSpin = discoverGate(input);
    QVERIFY(viaSpin.ok());
    QCOMPARE(viaSpin->settings.url.host(), QStringLiteral("spin.example"));
    QCOMPARE(viaSpin->settings.origin, spin);
}

void TestGateDiscovery::foremastClientCertAndToken()
{
    QTemporaryDir dir;
    const QString withCert = writeFile(dir, QStringLiteral("a.cfg"),
                                       "[base]\ngate_api_url = https://gate:8085\ngate_client_cert = /certs/both.pem\n");
    const Result<ForemastConfig> a = ForemastConfig::load({withCert});
    GateDiscoveryInput input;
    input.foremast = &a.value();
    Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.mode, SignInMode::X509);
    QCOMPARE(gate->settings.clientCertPath, QStringLiteral("/certs/both.pem"));
    QVERIFY(gate->settings.clientKeyPath.isEmpty());

    const QString withToken = writeFile(dir, QStringLiteral("b.cfg"),
                                        "[base]\ngate_api_url = https://gate\n[credentials]\n"
                                        "gate_authentication = {\"github\": {\"token\": \"ghp_x\"}}\n");
    const Result<ForemastConfig> b = ForemastConfig::load({withToken});
    input.foremast = &b.value();
    gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.mode, SignInMode::Bearer);
    QCOMPARE(gate->secret, QStringLiteral("ghp_x"));

    const QString withIap = writeFile(dir, QStringLiteral("c.cfg"),
                                      "[base]\ngate_api_url = https://gate\n[credentials]\n"
                                      "gate_authentication = {\"google_iap\": {\"enabled\": true, \"oauth_client_id\": \"x\"}}\n");
    const Result<ForemastConfig> c = ForemastConfig::load({withIap});
    input.foremast = &c.value();
    gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.mode, SignInMode::Bearer);
    QVERIFY(gate->secret.isEmpty());
    QCOMPARE(gate->warnings.size(), 1);

    const QString broken = writeFile(dir, QStringLiteral("d.cfg"), "[base]\ngate_api_url = ://nohost\n");
    const Result<ForemastConfig> d = ForemastConfig::load({broken});
    input.foremast = &d.value();
    gate = discoverGate(input);
    QVERIFY(!gate.ok());
    QCOMPARE(gate.error().keyPath, QStringLiteral("base.gate_api_url"));
    QCOMPARE(gate.error().file, broken);
}

void TestGateDiscovery::spinLast()
{
    QTemporaryDir dir;
    const QString spin = writeFile(dir, QStringLiteral("config"),
                                   "gate:\n  endpoint: https://spin.example\nauth:\n  enabled: true\n"
                                   "  basic:\n    username: bob\n    password: $SPIN_PW\n");
    GateDiscoveryInput input;
    input.spinConfigPath = spin;
    input.environment = QProcessEnvironment();
    input.environment.insert(QStringLiteral("SPIN_PW"), QStringLiteral("hunter2"));
    const Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(gate.ok());
    QCOMPARE(gate->settings.mode, SignInMode::Basic);
    QCOMPARE(gate->settings.username, QStringLiteral("bob"));
    QCOMPARE(gate->secret, QStringLiteral("hunter2"));
}

void TestGateDiscovery::spinBroken()
{
    QTemporaryDir dir;
    const QString spin = writeFile(dir, QStringLiteral("config"), "gate:\n  endpoint: [unclosed\n");
    GateDiscoveryInput input;
    input.spinConfigPath = spin;
    const Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(!gate.ok());
    QCOMPARE(gate.error().file, spin);
    QCOMPARE(gate.error().line, 2);
}

void TestGateDiscovery::nothingConfigured()
{
    QTemporaryDir dir;
    GateDiscoveryInput input;
    input.spinConfigPath = dir.filePath(QStringLiteral("none"));
    const Result<DiscoveredGate> gate = discoverGate(input);
    QVERIFY(!gate.ok());
    QVERIFY(gate.error().message.contains(QLatin1String("--gate")));
}

void TestGateDiscovery::badFlagUrl()
{
    GateDiscoveryInput input;
    input.flags = settingsFor("relative/path");
    QVERIFY(!discoverGate(input).ok());
}

void TestGateDiscovery::settingsRoundTrip()
{
    GateSettings s = settingsFor("https://gate.example:8085/api");
    s.mode = SignInMode::X509;
    s.username = QStringLiteral("alice");
    s.clientCertPath = QStringLiteral("/c.pem");
    s.clientKeyPath = QStringLiteral("/k.pem");
    s.caBundlePath = QStringLiteral("/ca.pem");
    s.allowInsecureTls = true;
    s.timeoutMs = 1234;
    const QVariantMap map = s.toVariantMap();
    QCOMPARE(GateSettings::fromVariantMap(map), s);
    // Nothing secret-looking is stored.
    for (const QString &key : map.keys())
        QVERIFY2(!key.contains(QLatin1String("pass"), Qt::CaseInsensitive) && !key.contains(QLatin1String("token")), qPrintable(key));
    const GateSettings fallback = GateSettings::fromVariantMap({{QStringLiteral("mode"), QStringLiteral("bogus")},
                                                                {QStringLiteral("timeoutMs"), -5}});
    QCOMPARE(fallback.mode, SignInMode::None);
    QCOMPARE(fallback.timeoutMs, 30000);
}

void TestGateDiscovery::secretKeyNamesGateModeAndUser()
{
    GateSettings s = settingsFor("https://gate.example:8084");
    s.mode = SignInMode::Form;
    s.username = QStringLiteral("alice");
    QCOMPARE(s.secretKey(), QStringLiteral("form alice@gate.example:8084"));
    s.mode = SignInMode::Bearer;
    s.username.clear();
    QCOMPARE(s.secretKey(), QStringLiteral("bearer @gate.example:8084"));
    s.mode = SignInMode::X509;
    s.clientKeyPath = QStringLiteral("/k.pem");
    QCOMPARE(s.secretKey(), QStringLiteral("x509 /k.pem@gate.example:8084"));
}

void TestGateDiscovery::modeNames()
{
    const QList<QPair<QString, SignInMode>> names = {
        {QStringLiteral("none"), SignInMode::None},   {QStringLiteral("BASIC"), SignInMode::Basic},
        {QStringLiteral("ldap"), SignInMode::Form},   {QStringLiteral("form"), SignInMode::Form},
        {QStringLiteral("oauth2"), SignInMode::Bearer}, {QStringLiteral("iap"), SignInMode::Bearer},
        {QStringLiteral("x509"), SignInMode::X509}};
    for (const auto &[name, expected] : names) {
        SignInMode mode = SignInMode::None;
        QVERIFY(signInModeFromName(name, &mode));
        QCOMPARE(mode, expected);
    }
    SignInMode mode = SignInMode::Basic;
    QVERIFY(!signInModeFromName(QStringLiteral("saml"), &mode));
    QCOMPARE(mode, SignInMode::Basic);
    QCOMPARE(signInModeName(SignInMode::X509), QStringLiteral("x509"));
}

void TestGateDiscovery::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("location");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("kind");
    const int none = QNetworkReply::NoError;
    const auto err = [](int status, const char *message) {
        return QByteArray("{\"timestamp\":1,\"status\":") + QByteArray::number(status)
            + ",\"error\":\"x\",\"message\":\"" + message + "\"}";
    };
    QTest::newRow("200 json") << 200 << QByteArray("{}") << QByteArray("application/json") << QString() << none << int(GateErrorKind::None);
    QTest::newRow("200 empty") << 200 << QByteArray() << QByteArray() << QString() << none << int(GateErrorKind::None);
    QTest::newRow("200 html login page") << 200 << QByteArray("<!DOCTYPE html><html>login</html>") << QByteArray("text/html")
                                         << QString() << none << int(GateErrorKind::NotSignedIn);
    QTest::newRow("200 html, no content type") << 200 << QByteArray("  <html><body>x") << QByteArray() << QString() << none
                                               << int(GateErrorKind::NotSignedIn);
    QTest::newRow("200 garbage") << 200 << QByteArray("not json") << QByteArray("application/json") << QString() << none
                                 << int(GateErrorKind::InvalidResponse);
    QTest::newRow("302 login") << 302 << QByteArray() << QByteArray() << QStringLiteral("https://gate/login") << none
                               << int(GateErrorKind::NotSignedIn);
    QTest::newRow("302 elsewhere") << 302 << QByteArray() << QByteArray() << QStringLiteral("https://other/") << none
                                   << int(GateErrorKind::InvalidResponse);
    QTest::newRow("400 name conflict") << 400 << err(400, "A pipeline with name X already exists in application y")
                                       << QByteArray("application/json") << QString() << none << int(GateErrorKind::NameConflict);
    QTest::newRow("400 stale") << 400 << err(400, "The submitted pipeline is stale.  submitted updateTs 1 does not match stored updateTs 2")
                               << QByteArray("application/json") << QString() << none << int(GateErrorKind::StalePipeline);
    QTest::newRow("400 access denied") << 400 << err(400, "Access is denied") << QByteArray("application/json") << QString()
                                       << none << int(GateErrorKind::AccessDenied);
    QTest::newRow("400 running") << 400 << err(400, "Pipeline save operation did not succeed: 01J (status: RUNNING)")
                                 << QByteArray("application/json") << QString() << none << int(GateErrorKind::UnknownOutcome);
    QTest::newRow("400 terminal") << 400 << err(400, "Pipeline save operation did not succeed: 01J (status: TERMINAL)")
                                  << QByteArray("application/json") << QString() << none << int(GateErrorKind::Rejected);
    QTest::newRow("401") << 401 << err(401, "Full authentication is required") << QByteArray("application/json") << QString()
                         << none << int(GateErrorKind::NotSignedIn);
    QTest::newRow("403") << 403 << err(403, "Access is denied") << QByteArray("application/json") << QString() << none
                         << int(GateErrorKind::AccessDenied);
    QTest::newRow("404 app") << 404 << err(404, "Application not found (id: x)") << QByteArray("application/json") << QString()
                             << none << int(GateErrorKind::ApplicationMissing);
    QTest::newRow("404 other") << 404 << err(404, "Pipeline config (id: x) not found") << QByteArray("application/json")
                               << QString() << none << int(GateErrorKind::NotFound);
    QTest::newRow("500") << 500 << err(500, "Internal Server Error") << QByteArray("application/json") << QString() << none
                         << int(GateErrorKind::ServerError);
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray("text/html") << QString() << none
                              << int(GateErrorKind::Unreachable);
    QTest::newRow("503") << 503 << QByteArray() << QByteArray() << QString() << none << int(GateErrorKind::Unreachable);
    QTest::newRow("refused") << 0 << QByteArray() << QByteArray() << QString() << int(QNetworkReply::ConnectionRefusedError)
                             << int(GateErrorKind::Unreachable);
    QTest::newRow("dns") << 0 << QByteArray() << QByteArray() << QString() << int(QNetworkReply::HostNotFoundError)
                         << int(GateErrorKind::Unreachable);
    QTest::newRow("tls") << 0 << QByteArray() << QByteArray() << QString() << int(QNetworkReply::SslHandshakeFailedError)
                         << int(GateErrorKind::Tls);
    QTest::newRow("timeout") << 0 << QByteArray() << QByteArray() << QString() << int(QNetworkReply::OperationCanceledError)
                             << int(GateErrorKind::Timeout);
}

void TestGateDiscovery::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, location);
    QFETCH(int, networkError);
    QFETCH(int, kind);
    GateResponse r;
    r.request = QStringLiteral("GET /x");
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    r.location = QUrl(location);
    r.networkError = QNetworkReply::NetworkError(networkError);
    const GateError e = classifyResponse(r, true);
    QCOMPARE(gateErrorKindName(e.kind), gateErrorKindName(GateErrorKind(kind)));
    if (e.isError()) {
        QVERIFY(!e.summary.isEmpty());
        QCOMPARE(e.request, QStringLiteral("GET /x"));
    }
    if (status >= 400 && body.startsWith('{'))
        QVERIFY(!e.gateMessage.isEmpty());
}

void TestGateDiscovery::unknownOutcomeOnlyForSentWrites()
{
    GateResponse r;
    r.networkError = QNetworkReply::RemoteHostClosedError;
    QCOMPARE(classifyResponse(r, false).kind, GateErrorKind::Unreachable);
    r.isWrite = true;
    QCOMPARE(classifyResponse(r, false).kind, GateErrorKind::Unreachable);
    r.sent = true;
    QCOMPARE(classifyResponse(r, false).kind, GateErrorKind::UnknownOutcome);
    r.networkError = QNetworkReply::OperationCanceledError;
    QCOMPARE(classifyResponse(r, false).kind, GateErrorKind::UnknownOutcome);
    r.canceled = true;
    QCOMPARE(classifyResponse(r, false).kind, GateErrorKind::Canceled);
}

void TestGateDiscovery::errorText()
{
    GateResponse r;
    r.request = QStringLiteral("POST /pipelines");
    r.status = 400;
    r.body = "{\"status\":400,\"message\":\"A pipeline with name Foo already exists in application bar\"}";
    const GateError e = classifyResponse(r, false);
    const QString text = e.toString();
    QVERIFY(text.contains(QLatin1String("already has this name")));
    QVERIFY(text.contains(QLatin1String("Gate said: \"A pipeline with name Foo already exists in application bar\"")));
    QVERIFY(text.contains(QLatin1String("HTTP 400")));
    QVERIFY(text.contains(QLatin1String("POST /pipelines")));
    const Error asError = e.toError(QStringLiteral("us-east-1"));
    QCOMPARE(asError.region, QStringLiteral("us-east-1"));
    QCOMPARE(asError.message, text);

    GateResponse html;
    html.status = 500;
    html.body = "<html><body><h1>Oops</h1> something   broke</body></html>";
    QCOMPARE(html.gateMessage(), QStringLiteral("Oops something broke"));
}

QTEST_GUILESS_MAIN(TestGateDiscovery)
#include "tst_gatediscovery.moc"
