// SPDX-License-Identifier: Apache-2.0
#include "PublishLauncher.h"

#include "AppSettings.h"
#include "credentials/KeychainSecretStore.h"
#include "gate/GateDiscovery.h"
#include "publish/PublishDialog.h"
#include "runway/RunwayContext.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QUrl>

namespace Fd {

namespace {

const QString GateSettingsKey = QStringLiteral("gate/settings");

/// The Gate the dialog offers first: what the user used last, else the Settings dialog's URL,
/// else foremast.cfg, else ~/.spin/config (discoverGate).
DiscoveredGate gateFor(const RunwayContext &context)
{
    GateDiscoveryInput input;
    const QVariantMap saved = QSettings().value(GateSettingsKey).toMap();
    if (!saved.isEmpty()) {
        input.designer = GateSettings::fromVariantMap(saved);
    } else if (!AppSettings::gateUrl().isEmpty()) {
        GateSettings settings;
        settings.url = QUrl(AppSettings::gateUrl());
        settings.origin = QObject::tr("the designer's settings");
        input.designer = settings;
    }
    input.foremast = &context.config;
    const Result<DiscoveredGate> found = discoverGate(input);
    return found ? *found : DiscoveredGate{};
}

} // namespace

void launchPublishDialog(QWidget *parent, const RunwayContext &context, const QList<GeneratedPipeline> &pipelines,
                         const Errors &findings)
{
    PublishRequest request;
    request.application.name = context.naming.app();
    request.application.email = context.merged().pipeline().value(QStringLiteral("owner_email")).toString();
    request.application.project = context.identity.project;
    request.application.repo = context.identity.repo;
    for (const GeneratedPipeline &p : pipelines)
        request.pipelines << PipelineToPublish{p.region, p.name, p.json};
    request.findings = findings;

    QNetworkAccessManager network;
    KeychainSecretStore keychain;
    const DiscoveredGate gate = gateFor(context);
    PublishDialogServices services;
    services.network = &network;
    services.keychain = &keychain;
    services.gate = gate.settings;
    services.knownSecret = gate.secret;
    PublishDialog dialog(request, services, parent);
    dialog.exec();
    // Remember where the user published to (never the secret: that stays in the keychain).
    if (dialog.gateSettings().isValid())
        QSettings().setValue(GateSettingsKey, dialog.gateSettings().toVariantMap());
}

} // namespace Fd
