// SPDX-License-Identifier: Apache-2.0
#include "GateDiscovery.h"

#include "SpinConfig.h"
#include "foremast/ForemastConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "GateDiscovery", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GateDiscovery)
};

std::optional<Result<DiscoveredGate>> fromForemast(const ForemastConfig &config)
{
    const QString url = config.gateApiUrl().trimmed();
    if (url.isEmpty())
        return std::nullopt;
    const QString file = config.files().value(config.files().size() - 1);
    DiscoveredGate gate;
    gate.settings.url = QUrl(url);
    gate.settings.origin = Tr::tr("foremast.cfg (%1)").arg(config.files().join(QStringLiteral(", ")));
    if (!gate.settings.isValid()) {
        Error e;
        e.file = file;
        e.keyPath = QStringLiteral("base.gate_api_url");
        e.message = Tr::tr("\"%1\" is not a usable Gate URL.").arg(url);
        return Result<DiscoveredGate>(e);
    }
    gate.settings.caBundlePath = config.gateCaBundle().trimmed();
    const QString cert = config.gateClientCert().trimmed();
    if (!cert.isEmpty()) {
        // Foremast hands one PEM holding both certificate and key to requests.
        gate.settings.mode = SignInMode::X509;
        gate.settings.clientCertPath = cert;
        return Result<DiscoveredGate>(gate);
    }
    const QJsonObject auth = QJsonDocument::fromJson(
        config.value(QStringLiteral("credentials"), QStringLiteral("gate_authentication")).toUtf8()).object();
    const QString token = auth.value(QStringLiteral("github")).toObject().value(QStringLiteral("token")).toString();
    if (!token.isEmpty()) {
        gate.settings.mode = SignInMode::Bearer;
        gate.secret = token;
    } else if (auth.value(QStringLiteral("google_iap")).toObject().value(QStringLiteral("enabled")).toBool()) {
        gate.settings.mode = SignInMode::Bearer;
        gate.warnings << Tr::tr("foremast.cfg asks for Google IAP with a service account; the designer cannot mint "
                                "IAP tokens. Give it an IAP id token as the bearer token.");
    }
    return Result<DiscoveredGate>(gate);
}

} // namespace

Result<DiscoveredGate> discoverGate(const GateDiscoveryInput &input)
{
    if (input.flags && input.flags->url.isValid()) {
        DiscoveredGate gate;
        gate.settings = *input.flags;
        if (gate.settings.origin.isEmpty())
            gate.settings.origin = Tr::tr("the command line");
        if (!gate.settings.isValid()) {
            Error e;
            e.message = Tr::tr("\"%1\" is not a usable Gate URL.").arg(input.flags->url.toString());
            return e;
        }
        return gate;
    }
    if (input.designer && input.designer->isValid()) {
        DiscoveredGate gate;
        gate.settings = *input.designer;
        gate.settings.origin = Tr::tr("the designer's settings");
        return gate;
    }
    if (input.foremast) {
        if (std::optional<Result<DiscoveredGate>> gate = fromForemast(*input.foremast))
            return *gate;
    }
    const QString spinPath = input.spinConfigPath.isEmpty() ? SpinConfig::defaultPath() : input.spinConfigPath;
    if (QFileInfo(spinPath).isFile()) {
        Result<SpinConfig> spin = SpinConfig::load(spinPath, input.environment);
        if (!spin)
            return spin.error();
        return DiscoveredGate{spin->settings, spin->secret, spin->warnings};
    }
    Error e;
    e.message = Tr::tr("No Gate is configured. Pass --gate URL, set gate_api_url in foremast.cfg, "
                       "or configure gate.endpoint in %1.").arg(spinPath);
    return e;
}

} // namespace Fd
