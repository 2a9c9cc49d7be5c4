// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PublishTypes.h"

namespace Fd {

struct Generation;
struct RunwayContext;

/// What Deploy (window) and `publish` (command line) hand to the publisher: the generated
/// pipelines, the application the runway names with its owner email, project and repo, and every
/// finding of loading and generating (errors among them block publishing).
PublishRequest publishRequest(const RunwayContext &context, const Generation &generation);

} // namespace Fd
