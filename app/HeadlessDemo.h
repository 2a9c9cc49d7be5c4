// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Fd {

/// What the designer does when started without a display: it says so, then writes what the
/// window would have shown for the runway (`args[1]`, default the bundled example) into a folder:
/// each region's pipeline JSON and its stage graph as PNG and SVG, and prints where.
int runHeadlessDemo(const QStringList &args);

} // namespace Fd
