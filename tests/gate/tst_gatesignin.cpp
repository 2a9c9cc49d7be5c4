// SPDX-License-Identifier: Apache-2.0
// Every sign-in mode against the fake Gate, and what the user is told when it fails.
#include "FakeGate.h"
#include "TestCertificates.h"
#include "gate/GateClient.h"
#include "gate/GateSignIn.h"
#include "gate/SecretStore.h"
#include "../support/ThreadsEndedMain.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Fd;
using Fd::Test::FakeGate;

namespace {

QStringList g_messages;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

struct Outcome
{
    bool ok = false;
    GateError error;
    GateUser user;
    QStringList warnings;
};

} // namespace

class TestGateSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anonymous();
    void anonymousAgainstSecuredGate();
    void basic();
    void basicWrongPassword();
    void basicAnswered401();
    void form();
    void formWrongPassword();
    void formOnGateWithoutForm();
    void bearer();
    void bearerWrongToken();
    void missingSecret();
    void x509();
    void x509CombinedPem();
    void x509WithoutCertificate();
    void x509RogueCertificate();
    void x509UnreadableFiles();
    void tlsWithoutCaFails();
    void insecureTlsWarnsEveryTime();
    void tlsSettingsApplyToTheNextSignIn();
    void htmlLoginPage();
    void redirectOnProtectedCall();
    void unreachable();
    void secretsNeverLogged();

private:
    Outcome signIn(FakeGate &gate, GateSettings settings, const QString &secret = {});

    QNetworkAccessManager m_nam;
    Fd::Test::TestCertificates m_certs;
    bool m_haveCerts = false;
    QString m_certError;
};

void TestGateSignIn::initTestCase()
{
    m_haveCerts = m_certs.generate(&m_certError);
}

Outcome TestGateSignIn::signIn(FakeGate &gate, GateSettings settings, const QString &secret)
{
    if (!settings.url.isValid())
        settings.url = gate.url();
    settings.timeoutMs = 5000;
    MemorySecretStore secrets;
    if (!secret.isNull())
        secrets.set(settings.secretKey(), secret);
    GateClient client(&m_nam, settings);
    Outcome outcome;
    connect(&client, &GateClient::warning, this, [&outcome](const QString &w) { outcome.warnings << w; });
    GateSignIn signIn(&client, &secrets);
    QSignalSpy done(&signIn, &GateSignIn::finished);
    signIn.start();
    if (!done.wait(10000))
        return outcome;
    outcome.ok = signIn.succeeded();
    outcome.error = signIn.error();
    outcome.user = signIn.user();
    return outcome;
}

void TestGateSignIn::anonymous()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    const Outcome o = signIn(gate, {});
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QCOMPARE(o.user.username, QStringLiteral("anonymous"));
    QVERIFY(o.user.isAnonymous());
    QCOMPARE(gate.count("GET", QStringLiteral("/version")), 1);
}

void TestGateSignIn::anonymousAgainstSecuredGate()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Basic);
    QVERIFY(gate.listen());
    const Outcome o = signIn(gate, {});
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QVERIFY(o.error.summary.contains(QLatin1String("requires signing in")));
    QVERIFY(!o.error.advice.isEmpty());
}

void TestGateSignIn::basic()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Basic);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("s3cret:with+colon"));
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Basic;
    s.username = QStringLiteral("alice");
    const Outcome o = signIn(gate, s, QStringLiteral("s3cret:with+colon"));
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QCOMPARE(o.user.username, QStringLiteral("alice"));
    QCOMPARE(o.user.email, QStringLiteral("alice@example.com"));
    QVERIFY(o.warnings.isEmpty()); // loopback http is not warned about
}

void TestGateSignIn::basicWrongPassword()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Basic);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("right"));
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Basic;
    s.username = QStringLiteral("alice");
    const Outcome o = signIn(gate, s, QStringLiteral("wrong"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QVERIFY(o.error.summary.contains(QLatin1String("did not accept")));
}

void TestGateSignIn::basicAnswered401()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Basic);
    gate.setAnswerUnauthorized(true);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("right"));
    QVERIFY(gate.listen());
    // /auth/user is open; the 401 comes from /version, where a proxy might ask for credentials.
    gate.failNext({"GET", QStringLiteral("/version"), FakeGate::Fault::Kind::Status, 401,
                   QStringLiteral("Full authentication is required to access this resource")});
    GateSettings s;
    s.mode = SignInMode::Basic;
    s.username = QStringLiteral("alice");
    const Outcome o = signIn(gate, s, QStringLiteral("right"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QCOMPARE(o.error.httpStatus, 401);
    QCOMPARE(o.error.gateMessage, QStringLiteral("Full authentication is required to access this resource"));
}

void TestGateSignIn::form()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Form);
    gate.addUser(QStringLiteral("bob smith"), QStringLiteral("p&ss=w+rd %"));
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Form;
    s.username = QStringLiteral("bob smith");
    const Outcome o = signIn(gate, s, QStringLiteral("p&ss=w+rd %"));
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QCOMPARE(o.user.username, QStringLiteral("bob smith"));
    QCOMPARE(gate.count("POST", QStringLiteral("/login")), 1);
    // The password went only to /login; later calls carry the session cookie.
    for (const FakeGate::Seen &seen : gate.requests()) {
        if (seen.path != QLatin1String("/login"))
            QVERIFY(!seen.body.contains("w+rd"));
    }
}

void TestGateSignIn::formWrongPassword()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Form);
    gate.addUser(QStringLiteral("bob"), QStringLiteral("right"));
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Form;
    s.username = QStringLiteral("bob");
    const Outcome o = signIn(gate, s, QStringLiteral("wrong"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QVERIFY2(o.error.summary.contains(QLatin1String("user name or password")), qPrintable(o.error.toString()));
    QCOMPARE(gate.count("GET", QStringLiteral("/auth/user")), 0);
}

void TestGateSignIn::formOnGateWithoutForm()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Bearer);
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Form;
    s.username = QStringLiteral("bob");
    const Outcome o = signIn(gate, s, QStringLiteral("pw"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QVERIFY(o.error.advice.contains(QLatin1String("another sign-in method")));
}

void TestGateSignIn::bearer()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Bearer);
    gate.addToken(QStringLiteral("tok-123"), QStringLiteral("carol"));
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Bearer;
    const Outcome o = signIn(gate, s, QStringLiteral("tok-123"));
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QCOMPARE(o.user.username, QStringLiteral("carol"));
}

void TestGateSignIn::bearerWrongToken()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Bearer);
    gate.addToken(QStringLiteral("tok-123"), QStringLiteral("carol"));
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Bearer;
    const Outcome o = signIn(gate, s, QStringLiteral("expired"));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
}

void TestGateSignIn::missingSecret()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Bearer);
    QVERIFY(gate.listen());
    GateSettings s;
    s.mode = SignInMode::Bearer;
    const Outcome o = signIn(gate, s);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::Configuration);
    QVERIFY(gate.requests().isEmpty()); // nothing was sent without credentials
}

void TestGateSignIn::x509()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::X509);
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings s;
    s.mode = SignInMode::X509;
    s.clientCertPath = m_certs.clientCertPath();
    s.clientKeyPath = m_certs.clientKeyPath();
    s.caBundlePath = m_certs.caPath();
    const Outcome o = signIn(gate, s);
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QCOMPARE(o.user.username, QStringLiteral("alice"));
    QVERIFY(o.warnings.isEmpty());
}

void TestGateSignIn::x509CombinedPem()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::X509);
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings s;
    s.mode = SignInMode::X509;
    s.clientCertPath = m_certs.clientCombinedPath(); // Foremast's gate_client_cert style
    s.caBundlePath = m_certs.caPath();
    const Outcome o = signIn(gate, s);
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QCOMPARE(o.user.username, QStringLiteral("alice"));
}

void TestGateSignIn::x509WithoutCertificate()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::X509);
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings s;
    s.caBundlePath = m_certs.caPath();
    const Outcome o = signIn(gate, s);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
}

void TestGateSignIn::x509RogueCertificate()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::X509);
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings s;
    s.mode = SignInMode::X509;
    s.clientCertPath = m_certs.rogueCertPath();
    s.clientKeyPath = m_certs.rogueKeyPath();
    s.caBundlePath = m_certs.caPath();
    const Outcome o = signIn(gate, s);
    QVERIFY(!o.ok);
    // The server ends the handshake: Qt reports it as a closed connection or a TLS failure.
    QVERIFY2(o.error.kind == GateErrorKind::Tls || o.error.kind == GateErrorKind::Unreachable,
             qPrintable(o.error.toString()));
}

void TestGateSignIn::x509UnreadableFiles()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    GateSettings s;
    s.url = QUrl(QStringLiteral("https://127.0.0.1:1"));
    s.mode = SignInMode::X509;
    s.clientCertPath = QStringLiteral("/nonexistent/cert.pem");
    Outcome o = signIn(gate, s);
    QCOMPARE(o.error.kind, GateErrorKind::Configuration);
    QVERIFY(o.error.summary.contains(QLatin1String("/nonexistent/cert.pem")));

    s.url = gate.url(); // http
    o = signIn(gate, s);
    QCOMPARE(o.error.kind, GateErrorKind::Configuration);
    QVERIFY(o.error.summary.contains(QLatin1String("https")));

    if (m_haveCerts) {
        s.url = QUrl(QStringLiteral("https://127.0.0.1:1"));
        s.clientCertPath = m_certs.clientCertPath();
        s.clientKeyPath = m_certs.caPath(); // a certificate, not a key
        o = signIn(gate, s);
        QCOMPARE(o.error.kind, GateErrorKind::Configuration);
        QVERIFY(o.error.summary.contains(QLatin1String("key")));
    }
    GateSettings badCa;
    badCa.url = QUrl(QStringLiteral("https://127.0.0.1:1"));
    badCa.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    o = signIn(gate, badCa);
    QCOMPARE(o.error.kind, GateErrorKind::Configuration);
}

void TestGateSignIn::tlsWithoutCaFails()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings s; // no CA bundle: the test CA is not trusted
    const Outcome o = signIn(gate, s);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::Tls);
    QVERIFY(!o.error.gateMessage.isEmpty());
    QVERIFY(gate.requests().isEmpty());
}

void TestGateSignIn::insecureTlsWarnsEveryTime()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings s;
    s.allowInsecureTls = true;
    for (int i = 0; i < 2; ++i) {
        const Outcome o = signIn(gate, s);
        QVERIFY2(o.ok, qPrintable(o.error.toString()));
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY(o.warnings.first().contains(QLatin1String("not checked")));
    }
}

void TestGateSignIn::tlsSettingsApplyToTheNextSignIn()
{
    if (!m_haveCerts)
        QSKIP(qPrintable(m_certError));
    FakeGate gate;
    QVERIFY(gate.listenTls(m_certs.serverConfiguration()));
    GateSettings insecure;
    insecure.allowInsecureTls = true;
    GateSettings strict; // same QNAM, same host: the insecure connection must not be reused
    QVERIFY(signIn(gate, insecure).ok);
    Outcome o = signIn(gate, strict);
    QCOMPARE(o.error.kind, GateErrorKind::Tls);
    QVERIFY(signIn(gate, insecure).ok); // and back, right after a failed handshake
    GateSettings trusted;
    trusted.caBundlePath = m_certs.caPath();
    QVERIFY(signIn(gate, trusted).ok);
}

void TestGateSignIn::htmlLoginPage()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.failNext({"GET", QStringLiteral("/auth/user"), FakeGate::Fault::Kind::HtmlLoginPage, 200, {}});
    const Outcome o = signIn(gate, {});
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QVERIFY(o.error.summary.contains(QLatin1String("login page")));
}

void TestGateSignIn::redirectOnProtectedCall()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.failNext({"GET", QStringLiteral("/version"), FakeGate::Fault::Kind::RedirectToLogin, 302, {}});
    const Outcome o = signIn(gate, {});
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::NotSignedIn);
    QCOMPARE(o.error.httpStatus, 302);
    QCOMPARE(gate.count("GET", QStringLiteral("/login")), 0); // the redirect was not followed
}

void TestGateSignIn::unreachable()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();
    FakeGate gate;
    GateSettings s;
    s.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const Outcome o = signIn(gate, s);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, GateErrorKind::Unreachable);
}

void TestGateSignIn::secretsNeverLogged()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Form);
    gate.addUser(QStringLiteral("dave"), QStringLiteral("TopSecret-9"));
    QVERIFY(gate.listen());
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    GateSettings s;
    s.mode = SignInMode::Form;
    s.username = QStringLiteral("dave");
    const Outcome good = signIn(gate, s, QStringLiteral("TopSecret-9"));
    const Outcome bad = signIn(gate, s, QStringLiteral("TopSecret-8"));
    s.mode = SignInMode::Basic;
    const Outcome basic = signIn(gate, s, QStringLiteral("TopSecret-7"));
    qInstallMessageHandler(previous);
    QVERIFY(good.ok);
    QVERIFY(!bad.ok);
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QLatin1String("TopSecret")), qPrintable(message));
    for (const Outcome &o : {good, bad, basic})
        QVERIFY(!o.error.toString().contains(QLatin1String("TopSecret")));
}

FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestGateSignIn)
#include "tst_gatesignin.moc"
