// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QHash>
#include <QStringList>

namespace Fd {

class MergedSettings;
struct Runway;
struct RunwayContext;

// The env files as generating pipelines reads them, the same for every way of making them
// (flows, Foremast's templates).

/// The envs pipelines are made for: pipeline.json's, or a one-time pipeline's env alone.
QStringList generatedEnvs(const Runway &runway, const QString &onetimeEnv);

/// What generating says of the env files before it makes any pipeline: an env of
/// generatedEnvs() without its file is an error; one that foremast.cfg's envs do not list is a
/// warning, since Foremast's clean_pipelines() then stops on it before any pipeline is made; one
/// that lists no regions is a warning. For a one-time pipeline the other envs of pipeline.json
/// are still read by that clean-up, and so warned about first.
Errors envFileFindings(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv);

/// The regions `envs` deploy to, in the order they first appear, and each region's envs in the
/// order of `envs`; an env without its file deploys nowhere.
struct EnvRegions
{
    QStringList regions;
    QHash<QString, QStringList> envsOfRegion;
};
EnvRegions envRegions(const RunwayContext &context, const MergedSettings &merged, const QStringList &envs);

} // namespace Fd
