// SPDX-License-Identifier: Apache-2.0
// Signing in with a client certificate, and TLS against the fake Gate: what is trusted, what is
// refused, and what the user is told. The other sign-in modes: tst_gatesignin.
#include "FakeGate.h"
#include "SignInRun.h"
#include "TestCertificates.h"
#include "../support/ThreadsEndedMain.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Fd;
using Fd::Test::FakeGate;
using Outcome = Fd::Test::SignInOutcome;

class TestGateSignInTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void x509();
    void x509CombinedPem();
    void x509WithoutCertificate();
    void x509RogueCertificate();
    void x509UnreadableFiles();
    void tlsWithoutCaFails();
    void insecureTlsWarnsEveryTime();
    void tlsSettingsApplyToTheNextSignIn();

private:
    Outcome signIn(FakeGate &gate, GateSettings settings, const QString &secret = {});

    QNetworkAccessManager m_nam;
    Fd::Test::TestCertificates m_certs;
    bool m_haveCerts = false;
    QString m_certError;
};

void TestGateSignInTls::initTestCase()
{
    m_haveCerts = m_certs.generate(&m_certError);
}

Outcome TestGateSignInTls::signIn(FakeGate &gate, GateSettings settings, const QString &secret)
{
    return Fd::Test::signInOnce(m_nam, gate, std::move(settings), secret);
}

void TestGateSignInTls::x509()
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

void TestGateSignInTls::x509CombinedPem()
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

void TestGateSignInTls::x509WithoutCertificate()
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

void TestGateSignInTls::x509RogueCertificate()
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

void TestGateSignInTls::x509UnreadableFiles()
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

void TestGateSignInTls::tlsWithoutCaFails()
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

void TestGateSignInTls::insecureTlsWarnsEveryTime()
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

void TestGateSignInTls::tlsSettingsApplyToTheNextSignIn()
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

FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestGateSignInTls)
#include "tst_gatesignintls.moc"
