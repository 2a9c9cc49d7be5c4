// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Verb.h"
#include "core/Result.h"

namespace Fd::Cli {

/// Where the bundled example runway is (the window's resources extract it); set by the GUI
/// helper. Without it `demo` needs RUNWAY.
using ExampleRunway = Result<QString> (*)();
void setExampleRunway(ExampleRunway example);

/// `demo [RUNWAY] --out DIR`: what the window would show, without one. Generates each region's
/// pipeline of RUNWAY (default: the bundled example) into DIR and draws its stage graph there as
/// PNG and SVG, then prints where. Writes nowhere but DIR.
int runDemo(const QStringList &args, Io &io);

} // namespace Fd::Cli
