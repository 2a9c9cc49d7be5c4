// SPDX-License-Identifier: Apache-2.0
// Every sign-in mode against the fake Gate, and what the user is told when it fails. Client
// certificates and TLS: tst_gatesignintls.
#include "FakeGate.h"
#include "SignInRun.h"
#include "gate/GateClient.h"
#include "gate/GateSignIn.h"
#include "gate/SecretStore.h"
#include "../support/ThreadsEndedMain.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Fd;
using Fd::Test::FakeGate;
using Outcome = Fd::Test::SignInOutcome;

namespace {

QStringList g_messages;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

} // namespace

class TestGateSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
    void htmlLoginPage();
    void redirectOnProtectedCall();
    void unreachable();
    void secretsNeverLogged();

private:
    Outcome signIn(FakeGate &gate, GateSettings settings, const QString &secret = {});

    QNetworkAccessManager m_nam;
};

Outcome TestGateSignIn::signIn(FakeGate &gate, GateSettings settings, const QString &secret)
{
    return Fd::Test::signInOnce(m_nam, gate, std::move(settings), secret);
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
