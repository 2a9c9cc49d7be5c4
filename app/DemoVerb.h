// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Verb.h"

namespace Fd {

/// `demo [RUNWAY] --out DIR`: what the window would show, without one. Generates each region's
/// pipeline of RUNWAY (default: the bundled example) into DIR and draws its stage graph there as
/// PNG and SVG, then prints where. Writes nowhere but DIR.
int runDemo(const QStringList &args, Cli::Io &io);

} // namespace Fd
