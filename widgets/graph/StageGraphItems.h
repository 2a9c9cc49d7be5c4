// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGraphicsItem>

namespace Fd {

class StageGraphScene;

/// A stage (or the Configuration marker): glyph and label. Painting is GraphPainter's.
class StageNodeItem : public QGraphicsItem
{
public:
    StageNodeItem(StageGraphScene *scene, int node);

    int node() const { return m_node; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    StageGraphScene *m_scene;
    int m_node;
    QRectF m_bounds;
};

/// A connector between two nodes; it takes no input.
class StageEdgeItem : public QGraphicsItem
{
public:
    StageEdgeItem(StageGraphScene *scene, int edge);

    int edge() const { return m_edge; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    StageGraphScene *m_scene;
    int m_edge;
    QRectF m_bounds;
};

} // namespace Fd
