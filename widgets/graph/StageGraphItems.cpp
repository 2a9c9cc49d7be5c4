// SPDX-License-Identifier: Apache-2.0
#include "StageGraphItems.h"

#include "GraphPainter.h"
#include "StageGraphScene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>

namespace Fd {

StageNodeItem::StageNodeItem(StageGraphScene *scene, int node)
    : m_scene(scene)
    , m_node(node)
    , m_bounds(GraphPainter::nodeBounds(scene->graph(), node))
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
}

QRectF StageNodeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath StageNodeItem::shape() const
{
    return GraphPainter::nodeShape(m_scene->graph(), m_node);
}

void StageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    GraphPainter::paintNode(*painter, m_scene->graph(), m_scene->state(), m_scene->graphStyle(), m_node);
}

void StageNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_scene->setHovered(m_node);
}

void StageNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_scene->state().hovered == m_node)
        m_scene->setHovered(-1);
}

void StageNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_scene->activateByUser(m_node);
    event->accept();
}

StageEdgeItem::StageEdgeItem(StageGraphScene *scene, int edge)
    : m_scene(scene)
    , m_edge(edge)
    , m_bounds(GraphPainter::edgeBounds(scene->graph(), edge))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(0);
}

QRectF StageEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath StageEdgeItem::shape() const
{
    return QPainterPath();  // edges never take the mouse from the nodes
}

void StageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    GraphPainter::paintEdge(*painter, m_scene->graph(), m_scene->state(), m_scene->graphStyle(), m_edge);
}

} // namespace Fd
