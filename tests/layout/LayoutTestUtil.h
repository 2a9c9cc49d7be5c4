// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the layout tests: a compact way to write stage lists, and the invariants
// every layout must satisfy whatever its input.

#include "layout/StageLayout.h"

#include <QHash>
#include <QSet>
#include <QTest>

namespace FdTest {

/// "1 2:1 3:1,2 _:1" → stages; "ref:parents" with "_" for an empty refId, parents comma-separated.
inline QList<Fd::LayoutStage> parseStages(const QString &spec)
{
    QList<Fd::LayoutStage> stages;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Fd::LayoutStage stage;
        const QString ref = token.section(QLatin1Char(':'), 0, 0);
        stage.refId = ref == QLatin1String("_") ? QString() : ref;
        stage.name = QStringLiteral("Stage %1").arg(ref);
        const QString parents = token.section(QLatin1Char(':'), 1);
        if (!parents.isEmpty())
            stage.requisiteStageRefIds = parents.split(QLatin1Char(','));
        stages << stage;
    }
    return stages;
}

/// "column,row" of every stage, in input order, space-separated.
inline QString placement(const Fd::StageLayout &layout)
{
    QStringList out;
    for (int i = 1; i < layout.nodes.size(); ++i)
        out << QStringLiteral("%1,%2").arg(layout.nodes.at(i).column).arg(layout.nodes.at(i).row);
    return out.join(QLatin1Char(' '));
}

/// Structural invariants; returns an empty string when they hold, else what broke.
inline QString checkInvariants(const Fd::StageLayout &layout, int stageCount)
{
    using Fd::LayoutNode;
    if (layout.nodes.size() != stageCount + 1)
        return QStringLiteral("node count %1").arg(layout.nodes.size());
    const LayoutNode &root = layout.nodes.at(0);
    if (!root.isConfiguration() || root.column != 0 || root.row != 0)
        return QStringLiteral("Configuration is not at 0,0");
    QSet<QPair<int, int>> slots;
    int edgeCount = 0;
    for (int i = 0; i < layout.nodes.size(); ++i) {
        const LayoutNode &node = layout.nodes.at(i);
        if (i > 0) {
            if (node.parents.isEmpty())
                return QStringLiteral("node %1 has no parent").arg(i);
            int deepest = -1;
            for (int parent : node.parents)
                deepest = std::max(deepest, layout.nodes.at(parent).column);
            if (node.column != deepest + 1)
                return QStringLiteral("node %1 column %2, deepest parent %3").arg(i).arg(node.column).arg(deepest);
        }
        if (node.leaf != node.children.isEmpty())
            return QStringLiteral("node %1 leaf flag").arg(i);
        if (slots.contains({node.column, node.row}))
            return QStringLiteral("two slots at %1,%2").arg(node.column).arg(node.row);
        slots.insert({node.column, node.row});
        const qreal x = 2 * layout.radius + node.column * layout.columnWidth;
        if (!qFuzzyCompare(node.position.x() + 1, x + 1))
            return QStringLiteral("node %1 x %2 != %3").arg(i).arg(node.position.x()).arg(x);
        if (node.position.y() <= 0 || node.position.y() >= layout.size.height() || node.position.x() <= 0
            || node.labelRect.right() > layout.size.width() + 0.001)
            return QStringLiteral("node %1 outside the drawing").arg(i);
        edgeCount += int(node.children.size());
    }
    for (const Fd::LayoutPlaceholder &slot : layout.placeholders) {
        if (slots.contains({slot.column, slot.row}))
            return QStringLiteral("placeholder on an occupied slot %1,%2").arg(slot.column).arg(slot.row);
        slots.insert({slot.column, slot.row});
    }
    QHash<int, int> perColumn;
    QHash<int, int> filled;
    for (const auto &slot : std::as_const(slots)) {
        perColumn[slot.first] = std::max(perColumn.value(slot.first, 0), slot.second + 1);
        filled[slot.first] += 1;
    }
    for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it) {
        if (filled.value(it.key()) != it.value())
            return QStringLiteral("rows of column %1 are not 0..%2").arg(it.key()).arg(it.value() - 1);
    }
    if (layout.edges.size() != edgeCount)
        return QStringLiteral("edge count %1 != %2").arg(layout.edges.size()).arg(edgeCount);
    for (const Fd::LayoutEdge &edge : layout.edges) {
        const QPointF from = layout.nodes.at(edge.parent).position;
        const QPointF to = layout.nodes.at(edge.child).position;
        if (edge.start != QPointF(from.x() + layout.radius, from.y())
            || edge.end != QPointF(to.x() - layout.radius, to.y()) || edge.control1.y() != from.y()
            || edge.control2.y() != to.y() || edge.control1.x() != edge.control2.x())
            return QStringLiteral("edge %1 → %2 geometry").arg(edge.parent).arg(edge.child);
    }
    return QString();
}

} // namespace FdTest
