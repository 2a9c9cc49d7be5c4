// SPDX-License-Identifier: Apache-2.0
#include "GateSignIn.h"

#include "GateClient.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace Fd {

namespace {

GateError signInError(GateErrorKind kind, const QString &summary, const QString &advice)
{
    GateError e;
    e.kind = kind;
    e.summary = summary;
    e.advice = advice;
    return e;
}

} // namespace

GateSignIn::GateSignIn(GateClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets)
{
}

GateCall *GateSignIn::track(GateCall *call)
{
    m_call = call;
    return call;
}

void GateSignIn::start()
{
    const GateSettings &settings = m_client->settings();
    const bool needsSecret = signInModeNeedsSecret(settings.mode);
    if (!m_secrets || (!needsSecret && settings.mode != SignInMode::X509)) {
        if (needsSecret) {
            QTimer::singleShot(0, this, [this]() {
                fail(signInError(GateErrorKind::Configuration, tr("No password or token is available."), {}));
            });
            return;
        }
        QTimer::singleShot(0, this, [this]() { withSecret({}); });
        return;
    }
    m_secrets->read(settings.secretKey(), this, [this, needsSecret](const Result<QString> &secret) {
        if (m_done)
            return;
        if (!secret && needsSecret) {
            fail(signInError(GateErrorKind::Configuration, secret.error().message,
                             tr("Enter the password or token for this Gate.")));
            return;
        }
        // x509: a missing secret only means the key has no passphrase.
        withSecret(secret ? secret.value() : QString());
    });
}

void GateSignIn::cancel()
{
    if (m_done)
        return;
    if (m_call)
        m_call->cancel();
    fail(signInError(GateErrorKind::Canceled, tr("Canceled."), {}));
}

void GateSignIn::withSecret(const QString &secret)
{
    if (m_done)
        return;
    const GateSettings &settings = m_client->settings();
    const GateError tls = m_client->prepareTls(settings.mode == SignInMode::X509 ? secret : QString());
    if (tls.isError()) {
        fail(tls);
        return;
    }
    m_client->setSessionCookie({});
    if (settings.mode == SignInMode::Form) {
        postLogin(secret);
        return;
    }
    if (settings.mode == SignInMode::Basic || settings.mode == SignInMode::Bearer)
        m_client->setSecret(secret);
    askWhoAmI();
}

void GateSignIn::postLogin(const QString &password)
{
    const QList<QPair<QString, QString>> form = {{QStringLiteral("username"), m_client->settings().username},
                                                 {QStringLiteral("password"), password}};
    connect(track(m_client->postForm(QStringLiteral("/login"), form)), &GateCall::finished, this, &GateSignIn::onLogin);
}

void GateSignIn::onLogin()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    const bool redirectedAway = r.status >= 300 && r.status < 400 && !r.location.toString().contains(QLatin1String("/login"));
    if (redirectedAway && !r.sessionCookie.isEmpty()) {
        m_client->setSessionCookie(r.sessionCookie);
        askWhoAmI();
        return;
    }
    if (r.status >= 300 && r.status < 400 && r.location.toString().contains(QLatin1String("error"))) {
        fail(signInError(GateErrorKind::NotSignedIn, tr("Gate did not accept the user name or password."),
                         tr("Check them and sign in again.")));
        return;
    }
    if (r.status >= 300 && r.status < 400) {
        GateError e = signInError(GateErrorKind::NotSignedIn, tr("Gate's login form did not start a session."),
                                  tr("This Gate may not use LDAP or form sign-in; try another sign-in method."));
        e.httpStatus = r.status;
        e.request = r.request;
        fail(e);
        return;
    }
    GateError e = r.error.isError() ? r.error : classifyResponse(r, false);
    if (!e.isError() || e.kind == GateErrorKind::NotFound || e.kind == GateErrorKind::Rejected) {
        e = signInError(GateErrorKind::NotSignedIn, tr("Gate has no login form to post to."),
                        tr("This Gate may not use LDAP or form sign-in; try another sign-in method."));
        e.httpStatus = r.status;
        e.request = r.request;
    }
    fail(e);
}

void GateSignIn::askWhoAmI()
{
    connect(track(m_client->get(QStringLiteral("/auth/user"))), &GateCall::finished, this, &GateSignIn::onWhoAmI);
}

void GateSignIn::onWhoAmI()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    const QJsonObject user = r.json().object();
    m_user.username = user.value(QStringLiteral("username")).toString();
    m_user.email = user.value(QStringLiteral("email")).toString();
    for (const QJsonValue &role : user.value(QStringLiteral("roles")).toArray())
        m_user.roles << (role.isObject() ? role.toObject().value(QStringLiteral("name")).toString() : role.toString());
    if (m_user.username.isEmpty()) {
        const bool anonymousMode = m_client->settings().mode == SignInMode::None;
        GateError e = signInError(GateErrorKind::NotSignedIn,
                                  anonymousMode ? tr("This Gate requires signing in.")
                                                : tr("Gate did not accept the credentials."),
                                  anonymousMode ? tr("Choose a sign-in method (basic, LDAP, token or client certificate).")
                                                : tr("Check the sign-in method and the user name, password or token."));
        e.request = r.request;
        fail(e);
        return;
    }
    // /auth/user is open to everyone; /version is not, so it proves the credentials work.
    connect(track(m_client->get(QStringLiteral("/version"))), &GateCall::finished, this, &GateSignIn::onVersion);
}

void GateSignIn::onVersion()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    succeed();
}

void GateSignIn::fail(GateError error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = std::move(error);
    Q_EMIT finished();
}

void GateSignIn::succeed()
{
    m_done = true;
    Q_EMIT finished();
}

} // namespace Fd
