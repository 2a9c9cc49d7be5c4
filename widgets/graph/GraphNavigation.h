// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "layout/StageLayout.h"

namespace Fd::GraphNavigation {

/// The node the keyboard moves to from `node` for `key`: Right to the first child by row, Left to
/// the nearest parent (rightmost column, then top row), Up/Down to the nearest node in the same
/// column, Home/End and Tab/Backtab through the reading order. A key with nowhere to go stays on
/// `node`, except Tab/Backtab past either end, which return -1 (the focus leaves the graph). From
/// no node (or one outside the layout) every key starts at the first node in reading order.
int neighbour(const StageLayout &layout, int node, int key);

} // namespace Fd::GraphNavigation
