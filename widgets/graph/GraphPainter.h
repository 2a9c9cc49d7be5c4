// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GraphStyle.h"
#include "StageGraph.h"

#include <QPainterPath>
#include <QSet>

class QPainter;

namespace Fd {

/// What the user is doing with the graph: hover, selection, keyboard focus, emphasis.
struct GraphState
{
    int hovered = -1;  ///< node index
    int active = -1;   ///< the selected node (Deck's "active": the stage being edited)
    int focused = -1;  ///< keyboard focus; drawn only when showFocus
    bool showFocus = false;
    bool emphasis = false;   ///< when true, nodes outside `emphasised` are faded
    QSet<int> emphasised;    ///< node indices

    bool isHighlighted(int node) const { return node == hovered && node != active; }
    bool isFaded(int node) const { return emphasis && !emphasised.contains(node); }
};

/// Paints the graph exactly as the view shows it, on any QPainter (widget, image, SVG), so
/// that the view, the exports and the render verb draw the same thing.
namespace GraphPainter {

enum class EdgeLook { Normal, Highlighted, IntoActive, OutOfActive };

EdgeLook edgeLook(const StageGraph &graph, const GraphState &state, int edge);
/// Highlighted and active things are drawn on top (Deck draws them last).
bool isRaised(const StageGraph &graph, const GraphState &state, int node);
bool isEdgeRaised(const StageGraph &graph, const GraphState &state, int edge);

QPainterPath edgePath(const LayoutEdge &edge);
/// The glyph: a circle; Configuration with a flat left side, leaves with a flat right side.
QPainterPath nodeGlyph(const StageLayout &layout, int node);
/// Where the node reacts to the mouse: its glyph and its label.
QPainterPath nodeShape(const StageGraph &graph, int node);
QRectF nodeBounds(const StageGraph &graph, int node);
QRectF edgeBounds(const StageGraph &graph, int edge);

void paintEdge(QPainter &painter, const StageGraph &graph, const GraphState &state, const GraphStyle &style, int edge);
void paintNode(QPainter &painter, const StageGraph &graph, const GraphState &state, const GraphStyle &style, int node);
/// Everything, background included, in graph coordinates (0,0 to layout.size).
void paintGraph(QPainter &painter, const StageGraph &graph, const GraphState &state, const GraphStyle &style);

} // namespace GraphPainter
} // namespace Fd
