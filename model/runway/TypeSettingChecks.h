// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

namespace Fd {

class MergedSettings;
struct RunwayContext;

/// Values of a lambda or s3 runway's env settings that Foremast's infrastructure step (or the AWS
/// call it makes with them) refuses: `"lambda_memory": "lots"` fails int() in awslambda.py, a
/// CORS rule without `cors_max_age` fails with a KeyError in s3apps.py, a layer that is not text
/// fails botocore's parameter check, S3 refuses an unknown bucket ACL; and values Foremast skips
/// silently (a trigger of an unknown type). They are warnings, like InfrastructureChecks': Foremast
/// generates the same pipeline from them (so does the designer, byte for byte), and it is the
/// Infrastructure Setup stage that fails. Each finding names the env file, line and key where the
/// value is set (a region's override block when that is where it comes from) and the Foremast
/// line that refuses it.
namespace TypeSettingChecks {

/// With `onlyEnv` (a one-time pipeline), that env alone.
Errors of(const RunwayContext &context, const MergedSettings &merged, const QString &onlyEnv = {});

} // namespace TypeSettingChecks

} // namespace Fd
