// SPDX-License-Identifier: Apache-2.0
#include "GraphNavigation.h"

#include <algorithm>
#include <cstdlib>

namespace Fd::GraphNavigation {

int neighbour(const StageLayout &layout, int node, int key)
{
    const QList<int> order = layout.readingOrder();
    if (node < 0 || node >= layout.nodes.size())
        return order.isEmpty() ? -1 : order.first();
    const LayoutNode &n = layout.nodes.at(node);
    const auto byRow = [&layout](int a, int b) { return layout.nodes.at(a).row < layout.nodes.at(b).row; };
    switch (key) {
    case Qt::Key_Right: {
        if (n.children.isEmpty())
            return node;
        return *std::min_element(n.children.cbegin(), n.children.cend(), byRow);
    }
    case Qt::Key_Left: {
        int best = -1;
        for (int parent : n.parents) {
            const LayoutNode &p = layout.nodes.at(parent);
            if (best < 0 || p.column > layout.nodes.at(best).column
                || (p.column == layout.nodes.at(best).column && p.row < layout.nodes.at(best).row))
                best = parent;
        }
        return best < 0 ? node : best;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        int best = node;
        for (int i = 0; i < layout.nodes.size(); ++i) {
            const LayoutNode &other = layout.nodes.at(i);
            if (other.column != n.column)
                continue;
            const bool candidate = key == Qt::Key_Up ? other.row < n.row : other.row > n.row;
            if (candidate && (best == node || std::abs(other.row - n.row) < std::abs(layout.nodes.at(best).row - n.row)))
                best = i;
        }
        return best;
    }
    case Qt::Key_Home:
        return order.first();
    case Qt::Key_End:
        return order.last();
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        const int at = int(order.indexOf(node)) + (key == Qt::Key_Tab ? 1 : -1);
        return at >= 0 && at < order.size() ? order.at(at) : -1;
    }
    default:
        return node;
    }
}

} // namespace Fd::GraphNavigation
