// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateSettings.h"
#include "core/Result.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace Fd {

class ForemastConfig;

/// Everything that can name a Gate, most specific first.
struct GateDiscoveryInput
{
    std::optional<GateSettings> flags;     ///< command-line or dialog choice; used whole when set
    std::optional<GateSettings> designer;  ///< the designer's saved settings
    const ForemastConfig *foremast = nullptr; ///< gate_api_url, gate_client_cert, gate_ca_bundle
    QString spinConfigPath;                ///< empty: ~/.spin/config
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

struct DiscoveredGate
{
    GateSettings settings;   ///< `origin` says which source won
    QString secret;          ///< a password or token the source itself held (spin, foremast.cfg)
    QStringList warnings;    ///< translated notes to show the user
};

/// Picks the Gate: explicit flags, else the designer's settings, else foremast.cfg, else spin's
/// configuration, so that Foremast and spin users need no new set-up. Fails when none names a
/// Gate, or when the source that would win cannot be used (the error says which and why).
Result<DiscoveredGate> discoverGate(const GateDiscoveryInput &input);

} // namespace Fd
