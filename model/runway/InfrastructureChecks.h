// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

namespace Fd {

class MergedSettings;
struct RunwayContext;

/// Settings that generate a faithful pipeline but that Foremast's infrastructure step (the
/// Infrastructure Setup stage runs `foremast-infrastructure` for each env) turns into a silent
/// no-op. They are warnings: the pipeline is what Foremast makes, but it would deploy into
/// something that was never created.
namespace InfrastructureChecks {

/// For lambda, s3, datapipeline and stepfunction: `app.eureka_enabled` makes Foremast skip creating
/// the function, bucket, data pipeline or state machine (runner.py checks Eureka before the type).
/// With `onlyEnv` (a one-time pipeline), that env alone.
Errors of(const RunwayContext &context, const MergedSettings &merged, const QString &onlyEnv = {});

} // namespace InfrastructureChecks

} // namespace Fd
