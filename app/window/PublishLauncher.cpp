// SPDX-License-Identifier: Apache-2.0
#include "PublishLauncher.h"

#include "AppSettings.h"
#include "credentials/KeychainSecretStore.h"
#include "gate/GateDiscovery.h"
#include "gate/PublishFromRunway.h"
#include "onetime/OnetimeDialog.h"
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

/// What the dialogs talk to Gate through; the network manager is the caller's to give a parent.
PublishDialogServices gateServices(const RunwayContext &context)
{
    static KeychainSecretStore keychain; // stateless: one for the application is enough
    const DiscoveredGate gate = gateFor(context);
    PublishDialogServices services;
    services.network = new QNetworkAccessManager;
    services.keychain = &keychain;
    services.gate = gate.settings;
    services.knownSecret = gate.secret;
    return services;
}

} // namespace

void launchPublishDialog(QWidget *parent, const RunwayContext &context, const Generation &generation)
{
    // The dialog owns what it talks through, so it can stay open while the window goes on.
    const PublishDialogServices services = gateServices(context);
    auto *dialog = new PublishDialog(publishRequest(context, generation), services, parent);
    services.network->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Remember where the user published to; never the secret, which stays in the keychain.
    QObject::connect(dialog, &PublishDialog::gateSettingsUsed, dialog, [](const GateSettings &settings) {
        QSettings().setValue(GateSettingsKey, settings.toVariantMap());
    });
    dialog->open();
}

void launchOnetimeDialog(QWidget *parent, const RunwayContext &context, const GenerationOptions &options)
{
    const PublishDialogServices services = gateServices(context);
    auto *dialog = new OnetimeDialog(context, options, services, parent);
    services.network->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &OnetimeDialog::publishRequested, dialog,
                     [dialog](const RunwayContext &runway, const Generation &generation) {
                         launchPublishDialog(dialog, runway, generation);
                     });
    dialog->open();
}

} // namespace Fd
