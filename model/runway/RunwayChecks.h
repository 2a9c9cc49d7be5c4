// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

namespace Fd {

struct Runway;

/// Problems that leave a runway loadable but that the user must see: envs in the pipeline
/// without a file (error), files for envs not in the pipeline (warning), and values of the wrong
/// type for the keys Foremast knows (`"min_inst": "three"` → error at `asg.min_inst`). Each
/// finding names the file, line and key path.
Errors checkRunway(const Runway &runway);

/// Whether a checkRunway() finding is "env X is in the pipeline but its file is missing": Foremast
/// still merges the other envs then (only generation fails), so `merged` goes on with a warning.
bool isMissingEnvFile(const Error &finding, const Runway &runway);

} // namespace Fd
