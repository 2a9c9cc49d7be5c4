// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QStringList>

namespace Fd {

class MergedSettings;
struct RunwayContext;

/// What generating pipelines says of the env files before it makes any pipeline, the same for
/// every way of making them (flows, Foremast's templates): an env of `envOrder` without its file
/// is an error; one that foremast.cfg's envs do not list is a warning, since Foremast's
/// clean_pipelines() then stops on it before any pipeline is made; one that lists no regions is a
/// warning. `envOrder` are the envs generated: pipeline.json's, or a one-time pipeline's env
/// alone (`onetimeEnv`), when the others are still read by the clean-up and so warned about first.
Errors envFileFindings(const RunwayContext &context, const MergedSettings &merged, const QStringList &envOrder,
                       const QString &onetimeEnv);

} // namespace Fd
