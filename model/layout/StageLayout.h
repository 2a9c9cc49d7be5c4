// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Fd {

/// One stage as the layout sees it: the graph-relevant fields of a Spinnaker stage.
struct LayoutStage
{
    QString refId;
    QString name;
    QStringList requisiteStageRefIds;
    std::optional<double> graphRowOverride;
    /// Index of the stage in the pipeline's "stages" array; -1 means "its position in the list".
    int sourceIndex = -1;
};

/// Measures the height of `label` wrapped at `width` pixels. The layout needs no fonts: the
/// caller (the view, the render verb) measures with the font it paints with.
using LabelHeightFunction = std::function<qreal(const QString &label, qreal width)>;

struct LayoutOptions
{
    /// Width the graph should fill, as Deck fills its container. 0: use `labelWidth` instead.
    qreal containerWidth = 0;
    /// Label width (Deck's maxLabelWidth) when `containerWidth` is 0; never below `minLabelWidth`.
    qreal labelWidth = 100;
    qreal minLabelWidth = 100;
    /// Empty: a font-free estimate (6 px per character, 17 px per line), used by model tests.
    LabelHeightFunction labelHeight;
    /// Label of the synthetic root node; empty means the translated "Configuration".
    QString configurationLabel;
};

struct LayoutNode
{
    enum class Kind { Configuration, Stage };

    Kind kind = Kind::Stage;
    int stageIndex = -1;  ///< index in the pipeline's "stages" array; -1 for Configuration
    QString refId;        ///< empty for Configuration
    QString name;         ///< label as drawn ("[new stage]" for an unnamed stage)
    int column = 0;
    int row = 0;
    QPointF position;     ///< centre of the node glyph
    qreal labelHeight = 0;
    QRectF labelRect;     ///< where the wrapped label goes (right of the glyph)
    bool leaf = true;     ///< no children: drawn with a flat right side
    int lastColumn = 0;   ///< furthest column reached by its leaf descendants
    QList<int> parents;   ///< node indices; stages without usable parents hang off Configuration
    QList<int> children;  ///< node indices
    QList<int> parentEdges;
    QList<int> childEdges;

    bool isConfiguration() const { return kind == Kind::Configuration; }
    bool hasChildren() const { return !leaf; }
};

/// A connector from the right edge of the parent glyph to the left edge of the child glyph:
/// `M start C control1 control2 end` with horizontal tangents at both ends.
struct LayoutEdge
{
    int parent = -1;  ///< node index
    int child = -1;   ///< node index
    QPointF start;
    QPointF control1;
    QPointF control2;
    QPointF end;

    /// The SVG path data, "M sx,sy C mx,sy mx,ty tx,ty".
    QString svgPath() const;
};

/// An invisible slot that keeps a long edge from running through another node.
struct LayoutPlaceholder
{
    int column = 0;
    int row = 0;
    QPointF position;
};

struct StageLayout
{
    /// nodes[0] is Configuration; nodes[i + 1] is the i-th stage of the input list.
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QList<LayoutPlaceholder> placeholders;
    QList<qreal> rowHeights;
    int columnCount = 1;
    int rowCount = 1;
    qreal radius = 8;
    qreal labelOffsetX = 11;
    qreal labelOffsetY = 18;
    qreal labelWidth = 100;
    qreal columnWidth = 127;
    QSizeF size;      ///< the whole drawing, padding included; positions are inside it
    Errors findings;  ///< problems with the input (cycles, unknown or duplicate refIds, …)

    /// Node of the first stage with `refId`, or -1.
    int nodeOf(const QString &refId) const;
    /// Node of the stage at `stageIndex` in the pipeline's "stages" array, or -1.
    int nodeOfStage(int stageIndex) const;
    /// Nodes sorted by column, then row: the reading (and Tab) order.
    QList<int> readingOrder() const;
};

/// Lays out a pipeline the way Spinnaker's Deck does (longest-path columns, its row-order rules,
/// placeholder slots, wrapped-label row heights). Deterministic and total: bad input (cycles,
/// unknown, duplicate, missing or self references, no stages) still gives a drawable layout, and
/// each problem is reported in `findings`.
StageLayout layoutStages(const QList<LayoutStage> &stages, const LayoutOptions &options = {});

/// The font-free label height estimate used when LayoutOptions::labelHeight is empty.
qreal estimateLabelHeight(const QString &label, qreal width);

} // namespace Fd
