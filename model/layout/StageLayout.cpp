// SPDX-License-Identifier: Apache-2.0
#include "StageLayout.h"

#include "LayoutSteps.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Fd {

namespace {

// Deck's geometry (pipelineGraph), in CSS pixels.
constexpr qreal RowPadding = 20;       // added to every measured label height
constexpr qreal VerticalPadding = 11;  // above the first row, inside the drawing
constexpr qreal TopPadding = 11;       // the drawing's own top padding
constexpr qreal MinGraphHeight = 40;
constexpr qreal LineHeight = 17;
constexpr qreal LeafLabelOffsetY = 8;  // leaf labels are centred on the glyph
constexpr qreal EstimatedCharWidth = 6;

} // namespace

QString LayoutEdge::svgPath() const
{
    const auto n = [](qreal v) { return QString::number(v, 'g', 10); };
    return QStringLiteral("M%1,%2 C%3,%4 %5,%6 %7,%8")
        .arg(n(start.x()), n(start.y()), n(control1.x()), n(control1.y()), n(control2.x()), n(control2.y()),
             n(end.x()), n(end.y()));
}

int StageLayout::nodeOf(const QString &refId) const
{
    for (int i = 1; i < nodes.size(); ++i) {
        if (nodes.at(i).refId == refId)
            return i;
    }
    return -1;
}

int StageLayout::nodeOfStage(int stageIndex) const
{
    for (int i = 1; i < nodes.size(); ++i) {
        if (nodes.at(i).stageIndex == stageIndex)
            return i;
    }
    return -1;
}

QList<int> StageLayout::readingOrder() const
{
    QList<int> order(nodes.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const LayoutNode &x = nodes.at(a);
        const LayoutNode &y = nodes.at(b);
        return x.column != y.column ? x.column < y.column : x.row < y.row;
    });
    return order;
}

qreal estimateLabelHeight(const QString &label, qreal width)
{
    // Greedy word wrap with a fixed character width; words longer than a line break anywhere.
    const int perLine = std::max(1, int(width / EstimatedCharWidth));
    int lines = 1;
    int used = 0;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int length = int(word.size());
        if (used > 0 && used + 1 + length > perLine) {
            ++lines;
            used = 0;
        }
        if (used == 0 && length > perLine) {
            const int extra = (length - 1) / perLine;
            lines += extra;
            used = length - extra * perLine;
            continue;
        }
        used += (used > 0 ? 1 : 0) + length;
    }
    return lines * LineHeight;
}

StageLayout layoutStages(const QList<LayoutStage> &stages, const LayoutOptions &options)
{
    const QString configurationLabel = options.configurationLabel.isEmpty()
        ? QCoreApplication::translate("Fd::StageLayout", "Configuration")
        : options.configurationLabel;
    LayoutSteps::Graph graph = LayoutSteps::linkStages(stages, configurationLabel);
    int placeholderCount = 0;
    const LayoutSteps::Columns columns = LayoutSteps::orderRows(graph, &placeholderCount);

    StageLayout layout;
    layout.findings = std::move(graph.findings);
    layout.nodes = std::move(graph.nodes);
    layout.columnCount = int(columns.size());
    const int phaseCount = layout.columnCount - 1;
    // Many columns: Deck draws smaller dots and moves labels closer.
    const bool compact = phaseCount > 6;
    layout.radius = compact ? 6 : 8;
    const qreal r = layout.radius;
    layout.labelOffsetX = r + 3;
    layout.labelOffsetY = compact ? 15 : r + 10;
    const qreal phaseOffset = 2 * r + layout.labelOffsetX;
    qreal labelWidth = options.labelWidth;
    if (options.containerWidth > 0) {
        labelWidth = options.containerWidth - 2 * r;
        if (phaseCount > 0)
            labelWidth = labelWidth / (phaseCount + 1) - phaseOffset;
    }
    layout.labelWidth = std::max(options.minLabelWidth, labelWidth);
    layout.columnWidth = layout.labelWidth + phaseOffset;

    const LabelHeightFunction &measure = options.labelHeight;
    for (LayoutNode &node : layout.nodes) {
        const qreal height = measure ? measure(node.name, layout.labelWidth)
                                     : estimateLabelHeight(node.name, layout.labelWidth);
        node.labelHeight = std::isfinite(height) ? std::max<qreal>(0, height) : 0;
    }

    // Rows are global: a row is as tall as its tallest slot in any column.
    int rowCount = 1;
    for (const QList<int> &column : columns)
        rowCount = std::max(rowCount, int(column.size()));
    layout.rowCount = rowCount;
    layout.rowHeights = QList<qreal>(rowCount, 0);
    for (const QList<int> &column : columns) {
        for (int row = 0; row < column.size(); ++row) {
            const int entry = column.at(row);
            const qreal height = RowPadding + (entry >= 0 ? layout.nodes.at(entry).labelHeight : 0);
            layout.rowHeights[row] = std::max(layout.rowHeights.at(row), height);
        }
    }
    QList<qreal> rowY(rowCount);
    qreal y = TopPadding + VerticalPadding;
    for (int row = 0; row < rowCount; ++row) {
        rowY[row] = y;
        y += layout.rowHeights.at(row);
    }
    const qreal leftPadding = 2 * r;
    for (int c = 0; c < columns.size(); ++c) {
        const qreal x = leftPadding + c * layout.columnWidth;
        for (int row = 0; row < columns.at(c).size(); ++row) {
            const int entry = columns.at(c).at(row);
            const QPointF position(x, rowY.at(row));
            if (entry < 0) {
                layout.placeholders.append({c, row, position});
                continue;
            }
            LayoutNode &node = layout.nodes[entry];
            node.position = position;
            const qreal offsetY = node.leaf && !node.isConfiguration() ? LeafLabelOffsetY : layout.labelOffsetY;
            node.labelRect = QRectF(x + layout.labelOffsetX, position.y() - offsetY, layout.labelWidth,
                                    node.labelHeight);
        }
    }
    const qreal rowsHeight = y - TopPadding - VerticalPadding;
    layout.size = QSizeF(leftPadding + layout.columnCount * layout.columnWidth + 2 * r,
                         TopPadding + std::max(rowsHeight + VerticalPadding, MinGraphHeight));

    // Edges in drawing order: parents column by column, children in their listed order.
    for (const QList<int> &column : columns) {
        for (int parent : column) {
            if (parent < 0)
                continue;
            for (int child : std::as_const(layout.nodes.at(parent).children)) {
                LayoutEdge edge;
                edge.parent = parent;
                edge.child = child;
                const QPointF from = layout.nodes.at(parent).position;
                const QPointF to = layout.nodes.at(child).position;
                edge.start = QPointF(from.x() + r, from.y());
                edge.end = QPointF(to.x() - r, to.y());
                const qreal middle = (edge.start.x() + edge.end.x()) / 2;
                edge.control1 = QPointF(middle, edge.start.y());
                edge.control2 = QPointF(middle, edge.end.y());
                const int index = int(layout.edges.size());
                layout.nodes[parent].childEdges << index;
                layout.nodes[child].parentEdges << index;
                layout.edges << edge;
            }
        }
    }
    return layout;
}

} // namespace Fd
