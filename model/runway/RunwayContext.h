// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "foremast/ForemastConfig.h"
#include "foremast/MergedSettings.h"
#include "foremast/Naming.h"
#include "runway/Runway.h"

namespace Fd {

/// What the user asked to open: a runway folder and the optional overrides that go with it.
struct RunwaySource
{
    QString folder;
    QString project;     ///< overrides the detected project when set
    QString repo;        ///< overrides the detected repo when set
    QString configFile;  ///< an explicit foremast.cfg, read after the standard ones
};

/// A runway together with everything needed to interpret it: Foremast's settings, the
/// project/repo identity and the naming derived from them, and the load-time findings.
struct RunwayContext
{
    RunwaySource source;
    Runway runway;
    ForemastConfig config;
    Identity identity;
    Naming naming;
    Errors findings; ///< from checkRunway() at load time

    MergedSettings merged() const { return MergedSettings::merge(runway, config, naming); }
    bool hasErrors() const;
};

/// Loads the runway, Foremast's configuration (standard places, then `configFile`) and the
/// identity. Fails only when something cannot be used at all (unreadable folder, invalid JSON,
/// a broken foremast.cfg); other problems are in `findings`.
Result<RunwayContext> openRunway(const RunwaySource &source);

} // namespace Fd
