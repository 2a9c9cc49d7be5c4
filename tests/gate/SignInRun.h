// SPDX-License-Identifier: Apache-2.0
// One sign-in against the fake Gate, for tst_gatesignin and tst_gatesignintls.
#pragma once

#include "FakeGate.h"
#include "gate/GateClient.h"
#include "gate/GateSignIn.h"
#include "gate/SecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace Fd::Test {

struct SignInOutcome
{
    bool ok = false;
    GateError error;
    GateUser user;
    QStringList warnings;
};

/// Signs in to `gate` (its URL unless `settings` names one) with `secret` in the store; the
/// outcome stays empty (not ok) when sign-in does not finish within 10 s.
inline SignInOutcome signInOnce(QNetworkAccessManager &nam, FakeGate &gate, GateSettings settings,
                                const QString &secret = {})
{
    if (!settings.url.isValid())
        settings.url = gate.url();
    settings.timeoutMs = 5000;
    MemorySecretStore secrets;
    if (!secret.isNull())
        secrets.set(settings.secretKey(), secret);
    GateClient client(&nam, settings);
    SignInOutcome outcome;
    QObject::connect(&client, &GateClient::warning, &client,
                     [&outcome](const QString &w) { outcome.warnings << w; });
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

} // namespace Fd::Test
