// SPDX-License-Identifier: Apache-2.0
#include "GraphPainter.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>

namespace Fd::GraphPainter {

namespace {

constexpr qreal HaloWidth = 2;   // 1 px on each side of the glyph outlines
constexpr qreal FocusMargin = 3;

qreal edgeWidth(EdgeLook look)
{
    switch (look) {
    case EdgeLook::Normal:
        return 1;
    case EdgeLook::Highlighted:
        return 2.5;
    case EdgeLook::IntoActive:
    case EdgeLook::OutOfActive:
        return 4;
    }
    return 1;
}

QColor edgeColor(const StageGraph &graph, const GraphState &state, const GraphStyle &style, int edge,
                 EdgeLook look)
{
    switch (look) {
    case EdgeLook::Normal: {
        QColor color = style.edge;
        color.setAlphaF(style.edgeOpacity);
        return color;
    }
    case EdgeLook::Highlighted:
        return graph.layout.edges.at(edge).child == state.active ? style.edgeIntoActive : style.edgeHighlighted;
    case EdgeLook::IntoActive:
        return style.edgeIntoActive;
    case EdgeLook::OutOfActive:
        return style.edgeOutOfActive;
    }
    return style.edge;
}

QFont labelFont(const GraphState &state, const GraphStyle &style, int node)
{
    return node == state.active || node == state.hovered ? style.boldFont : style.font;
}

/// Top-left of the first line's box and the baseline offset inside a line.
qreal baselineOffset(const QFont &font, const GraphStyle &style)
{
    const QFontMetricsF metrics(font);
    return (style.lineHeight - metrics.height()) / 2 + metrics.ascent();
}

} // namespace

EdgeLook edgeLook(const StageGraph &graph, const GraphState &state, int edge)
{
    const LayoutEdge &e = graph.layout.edges.at(edge);
    if (state.active >= 0) {
        if (e.child == state.active)
            return EdgeLook::IntoActive;
        if (e.parent == state.active)
            return EdgeLook::OutOfActive;
    }
    if (state.hovered >= 0 && state.hovered != state.active && (e.child == state.hovered || e.parent == state.hovered))
        return EdgeLook::Highlighted;
    return EdgeLook::Normal;
}

bool isRaised(const StageGraph &, const GraphState &state, int node)
{
    return node == state.active || node == state.hovered;
}

bool isEdgeRaised(const StageGraph &graph, const GraphState &state, int edge)
{
    return edgeLook(graph, state, edge) != EdgeLook::Normal;
}

QPainterPath edgePath(const LayoutEdge &edge)
{
    QPainterPath path(edge.start);
    path.cubicTo(edge.control1, edge.control2, edge.end);
    return path;
}

QPainterPath nodeGlyph(const StageLayout &layout, int node)
{
    const LayoutNode &n = layout.nodes.at(node);
    const qreal r = layout.radius;
    const QPointF c = n.position;
    const QRectF circle(c.x() - r, c.y() - r, 2 * r, 2 * r);
    const bool flatLeft = n.isConfiguration();
    const bool flatRight = n.leaf && !n.isConfiguration();
    QPainterPath glyph;
    if (!flatLeft && !flatRight) {
        glyph.addEllipse(circle);
        return glyph;
    }
    // Half a circle and half a square (Deck draws a rectangle over half of the dot).
    glyph.moveTo(c.x(), c.y() - r);
    glyph.arcTo(circle, 90, flatRight ? 180 : -180);
    const qreal side = flatRight ? c.x() + r : c.x() - r;
    glyph.lineTo(side, c.y() + r);
    glyph.lineTo(side, c.y() - r);
    glyph.closeSubpath();
    return glyph;
}

QPainterPath nodeShape(const StageGraph &graph, int node)
{
    QPainterPath shape = nodeGlyph(graph.layout, node);
    shape.addRect(graph.layout.nodes.at(node).labelRect);
    return shape;
}

QRectF nodeBounds(const StageGraph &graph, int node)
{
    const LayoutNode &n = graph.layout.nodes.at(node);
    const qreal r = graph.layout.radius;
    const QRectF glyph(n.position.x() - r, n.position.y() - r, 2 * r, 2 * r);
    const qreal margin = std::max(HaloWidth, FocusMargin) + 1;
    return glyph.united(n.labelRect).adjusted(-margin, -margin, margin, margin);
}

QRectF edgeBounds(const StageGraph &graph, int edge)
{
    const LayoutEdge &e = graph.layout.edges.at(edge);
    const QRectF box = QRectF(e.start, e.end).normalized();
    const qreal margin = edgeWidth(EdgeLook::OutOfActive);
    return box.adjusted(-margin, -margin, margin, margin);
}

void paintEdge(QPainter &painter, const StageGraph &graph, const GraphState &state, const GraphStyle &style, int edge)
{
    const LayoutEdge &e = graph.layout.edges.at(edge);
    const EdgeLook look = edgeLook(graph, state, edge);
    painter.save();
    if (state.isFaded(e.parent) || state.isFaded(e.child))
        painter.setOpacity(painter.opacity() * style.fadedOpacity);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(edgeColor(graph, state, style, edge, look), edgeWidth(look), Qt::SolidLine, Qt::FlatCap));
    painter.drawPath(edgePath(e));
    painter.restore();
}

void paintNode(QPainter &painter, const StageGraph &graph, const GraphState &state, const GraphStyle &style, int node)
{
    const LayoutNode &n = graph.layout.nodes.at(node);
    painter.save();
    if (state.isFaded(node))
        painter.setOpacity(painter.opacity() * style.fadedOpacity);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Errors show whatever the state; warnings are advisory and give way to hover and selection.
    const Errors &findings = graph.nodeFindings.value(node);
    QColor fill = style.nodeFill;
    if (std::any_of(findings.cbegin(), findings.cend(), [](const Error &e) { return !e.isWarning(); }))
        fill = style.nodeError;
    else if (node == state.active || node == state.hovered)
        fill = style.nodeHighlighted;
    else if (!findings.isEmpty())
        fill = style.nodeWarning;
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(nodeGlyph(graph.layout, node));

    // The halo keeps labels readable where edges cross them. Then the text itself, as text (so
    // an SVG export keeps the stage names searchable).
    const QFont font = labelFont(state, style, node);
    const QStringList &lines = graph.labelLines.at(node);
    const qreal baseline = baselineOffset(font, style);
    const auto origin = [&](int line) {
        return QPointF(n.labelRect.left(), n.labelRect.top() + line * style.lineHeight + baseline);
    };
    painter.setFont(font);
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::SVG) {
        // One outlined path per label in a vector drawing.
        QPainterPath outline;
        for (int i = 0; i < lines.size(); ++i)
            outline.addText(origin(i), font, lines.at(i));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.halo, HaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(outline);
    } else {
        // On pixels, the text shifted by one pixel each way: glyph outlines are slow to get
        // (a hinting run per glyph), cached glyph images are not.
        painter.setPen(style.halo);
        static const QPointF shifts[] = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, -1}, {-1, 1}, {1, 1}};
        for (int i = 0; i < lines.size(); ++i) {
            for (const QPointF &shift : shifts)
                painter.drawText(origin(i) + shift, lines.at(i));
        }
    }
    painter.setPen(style.text);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(origin(i), lines.at(i));

    if (state.showFocus && node == state.focused) {
        const qreal r = graph.layout.radius;
        const QRectF glyph(n.position.x() - r, n.position.y() - r, 2 * r, 2 * r);
        const QFontMetricsF metrics(font);
        qreal textWidth = 0;
        for (const QString &line : lines)
            textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
        QRectF text = n.labelRect;
        text.setWidth(std::min(text.width(), textWidth));
        painter.setPen(QPen(style.focus, 1, Qt::DotLine));
        painter.drawRoundedRect(glyph.united(text).adjusted(-FocusMargin, -FocusMargin, FocusMargin, FocusMargin), 3, 3);
    }
    painter.restore();
}

void paintGraph(QPainter &painter, const StageGraph &graph, const GraphState &state, const GraphStyle &style)
{
    painter.fillRect(QRectF(QPointF(0, 0), graph.layout.size), style.background);
    const int edges = int(graph.layout.edges.size());
    const int nodes = graph.nodeCount();
    for (int pass = 0; pass < 2; ++pass) {
        const bool raised = pass == 1;
        for (int e = 0; e < edges; ++e) {
            if (isEdgeRaised(graph, state, e) == raised)
                paintEdge(painter, graph, state, style, e);
        }
        for (int n = 0; n < nodes; ++n) {
            if (isRaised(graph, state, n) == raised)
                paintNode(painter, graph, state, style, n);
        }
    }
}

} // namespace Fd::GraphPainter
