// SPDX-License-Identifier: Apache-2.0
#include "GateSettings.h"

#include "SecretMask.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Fd {

namespace {

const QString KeyUrl = QStringLiteral("url");
const QString KeyMode = QStringLiteral("mode");
const QString KeyUser = QStringLiteral("username");
const QString KeyCert = QStringLiteral("clientCert");
const QString KeyKey = QStringLiteral("clientKey");
const QString KeyCa = QStringLiteral("caBundle");
const QString KeyInsecure = QStringLiteral("allowInsecureTls");
const QString KeyTimeout = QStringLiteral("timeoutMs");

} // namespace

QString signInModeName(SignInMode mode)
{
    switch (mode) {
    case SignInMode::None: return QStringLiteral("none");
    case SignInMode::Basic: return QStringLiteral("basic");
    case SignInMode::Form: return QStringLiteral("form");
    case SignInMode::Bearer: return QStringLiteral("bearer");
    case SignInMode::X509: return QStringLiteral("x509");
    }
    return {};
}

bool signInModeFromName(const QString &name, SignInMode *mode)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none") || n == QLatin1String("anonymous"))
        *mode = SignInMode::None;
    else if (n == QLatin1String("basic"))
        *mode = SignInMode::Basic;
    else if (n == QLatin1String("form") || n == QLatin1String("ldap"))
        *mode = SignInMode::Form;
    else if (n == QLatin1String("bearer") || n == QLatin1String("oauth2") || n == QLatin1String("iap"))
        *mode = SignInMode::Bearer;
    else if (n == QLatin1String("x509"))
        *mode = SignInMode::X509;
    else
        return false;
    return true;
}

bool signInModeNeedsSecret(SignInMode mode)
{
    return mode == SignInMode::Basic || mode == SignInMode::Form || mode == SignInMode::Bearer;
}

QString GateSettings::secretKey() const
{
    QString where = url.host();
    if (url.port() > 0)
        where += QLatin1Char(':') + QString::number(url.port());
    const QString who = mode == SignInMode::X509 ? clientKeyPath.isEmpty() ? clientCertPath : clientKeyPath
                                                 : username;
    return QStringLiteral("%1 %2@%3").arg(signInModeName(mode), who, where);
}

QString GateSettings::plainTextCredentialsWarning() const
{
    if (url.scheme() != QLatin1String("http") || !signInModeNeedsSecret(mode))
        return {};
    const QString host = url.host();
    if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
        return {};
    return QCoreApplication::translate("GateSettings",
                                       "%1 is plain http: the password or token is sent unencrypted and anyone "
                                       "on the network between you and Gate can read it. Use https.")
        .arg(SecretMask::withoutCredentials(url).toString());
}

QVariantMap GateSettings::toVariantMap() const
{
    return {{KeyUrl, SecretMask::withoutCredentials(url).toString()},
            {KeyMode, signInModeName(mode)},
            {KeyUser, username},
            {KeyCert, clientCertPath},
            {KeyKey, clientKeyPath},
            {KeyCa, caBundlePath},
            {KeyInsecure, allowInsecureTls},
            {KeyTimeout, timeoutMs}};
}

GateSettings GateSettings::fromVariantMap(const QVariantMap &map)
{
    GateSettings s;
    s.url = SecretMask::withoutCredentials(QUrl(map.value(KeyUrl).toString()));
    if (!signInModeFromName(map.value(KeyMode).toString(), &s.mode))
        s.mode = SignInMode::None;
    s.username = map.value(KeyUser).toString();
    s.clientCertPath = map.value(KeyCert).toString();
    s.clientKeyPath = map.value(KeyKey).toString();
    s.caBundlePath = map.value(KeyCa).toString();
    s.allowInsecureTls = map.value(KeyInsecure).toBool();
    bool ok = false;
    const int timeout = map.value(KeyTimeout).toInt(&ok);
    if (ok && timeout > 0)
        s.timeoutMs = timeout;
    return s;
}

bool GateSettings::operator==(const GateSettings &o) const
{
    return url == o.url && mode == o.mode && username == o.username && clientCertPath == o.clientCertPath
        && clientKeyPath == o.clientKeyPath && caBundlePath == o.caBundlePath
        && allowInsecureTls == o.allowInsecureTls && timeoutMs == o.timeoutMs;
}

} // namespace Fd
