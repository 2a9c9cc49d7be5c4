// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Fd {

class GateCall;
class GateClient;
class SecretStore;

/// Who Gate says the user is (`GET /auth/user`).
struct GateUser
{
    QString username;
    QString email;
    QStringList roles;

    bool isAnonymous() const { return username == QLatin1String("anonymous"); }
};

/// Signs `client` in the way its settings say: takes the secret from the SecretStore, sets up TLS,
/// posts the login form when needed, then confirms with `GET /auth/user` and `GET /version`.
/// Emits finished() once; error() tells what to do when it failed.
class GateSignIn : public QObject
{
    Q_OBJECT
public:
    GateSignIn(GateClient *client, SecretStore *secrets, QObject *parent = nullptr);

    void start();
    void cancel();

    bool succeeded() const { return m_done && !m_error.isError(); }
    const GateUser &user() const { return m_user; }
    const GateError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void withSecret(const QString &secret);
    void postLogin(const QString &password);
    void onLogin();
    void askWhoAmI();
    void onWhoAmI();
    void onVersion();
    void fail(GateError error);
    void succeed();
    GateCall *track(GateCall *call);

    GateClient *m_client;
    SecretStore *m_secrets;
    QPointer<GateCall> m_call;
    GateUser m_user;
    GateError m_error;
    bool m_done = false;
};

} // namespace Fd
