// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace Fd {

/// How the designer proves to Gate who the user is (reference §1.8).
enum class SignInMode {
    None,        ///< anonymous Gate
    Basic,       ///< `Authorization: Basic` on every request
    Form,        ///< LDAP or basic-form: `POST /login`, then the `SESSION` cookie
    Bearer,      ///< OAuth2 access token or Google IAP id token: `Authorization: Bearer`
    X509,        ///< TLS client certificate and key (PEM)
};

QString signInModeName(SignInMode mode);              ///< "none", "basic", "form", "bearer", "x509"
bool signInModeFromName(const QString &name, SignInMode *mode); ///< also accepts "ldap", "oauth2", "iap"
/// Whether the mode needs a secret (password, token); x509 needs one only for an encrypted key.
bool signInModeNeedsSecret(SignInMode mode);

/// Which Gate to talk to and how to sign in. Holds no secret: passwords, tokens and key
/// passphrases come from a SecretStore under secretKey().
struct GateSettings
{
    QUrl url;                 ///< Gate's base URL, e.g. https://gate.example.com:8084
    SignInMode mode = SignInMode::None;
    QString username;         ///< basic and form modes
    QString clientCertPath;   ///< x509: PEM certificate (may also hold the key)
    QString clientKeyPath;    ///< x509: PEM key; empty when the certificate file holds it
    QString caBundlePath;     ///< PEM CA certificates trusted in addition to the system ones
    bool allowInsecureTls = false; ///< skip certificate checks; warned about on every use
    int timeoutMs = 30000;    ///< per request, from sending to the last byte
    QString origin;           ///< where these settings came from, for messages ("--gate", "~/.spin/config")

    bool isValid() const { return url.isValid() && !url.host().isEmpty(); }
    /// Keychain entry name for this Gate, mode and user, e.g. "form alice@gate.example.com:8084".
    QString secretKey() const;

    /// A warning when a password or token would travel unencrypted: plain `http://` to a Gate
    /// that is not on this machine, with a sign-in mode that sends a secret. Empty otherwise.
    QString plainTextCredentialsWarning() const;

    /// The non-secret fields, for QSettings. A user name or password inside the URL is dropped.
    QVariantMap toVariantMap() const;
    static GateSettings fromVariantMap(const QVariantMap &map);

    bool operator==(const GateSettings &other) const;
    bool operator!=(const GateSettings &other) const { return !(*this == other); }
};

} // namespace Fd
