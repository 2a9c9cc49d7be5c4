// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GraphPainter.h"
#include "GraphStyle.h"
#include "StageGraph.h"

#include <QGraphicsScene>

namespace Fd {

class StageNodeItem;
class StageEdgeItem;

/// The items of one stage graph and the interaction state they share (hover, selection,
/// keyboard focus, environment emphasis). StageGraphView shows it.
class StageGraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit StageGraphScene(QObject *parent = nullptr);

    /// Replaces the graph and its items; hover, selection and focus are cleared.
    void setGraph(StageGraph graph, const GraphStyle &style);
    /// Replaces the graph like setGraph(), but when it has the geometry of the one shown (an edit
    /// changed values, not stages) the items, hover, selection and focus stay, and only nodes
    /// whose findings changed are redrawn. Returns false, and changes nothing, when the geometry
    /// differs. On success `graph` holds the previous graph.
    bool updateGraph(StageGraph &graph);
    /// New colours for the same geometry (the palette changed).
    void setGraphStyle(const GraphStyle &style);

    const StageGraph &graph() const { return m_graph; }
    const GraphState &state() const { return m_state; }
    const GraphStyle &graphStyle() const { return m_style; }

    void setHovered(int node);
    /// Selects `node` (-1: nothing) and emits activeChanged when it changes.
    void setActive(int node);
    /// A click on a node: selects it and emits nodeClicked.
    void activateByUser(int node);
    void setFocused(int node, bool show);
    /// With `on`, every node not in `nodes` (and every edge touching one) is faded.
    void setEmphasis(bool on, const QSet<int> &nodes);

    StageNodeItem *nodeItem(int node) const { return m_nodeItems.value(node); }
    StageEdgeItem *edgeItem(int edge) const { return m_edgeItems.value(edge); }
    int nodeItemCount() const { return int(m_nodeItems.size()); }
    int edgeItemCount() const { return int(m_edgeItems.size()); }

Q_SIGNALS:
    void activeChanged(int node);
    void nodeClicked(int node);
    void hoveredChanged(int node);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    QString toolTip(int node) const;
    void addItems();
    void restack(int node);

    StageGraph m_graph;
    GraphState m_state;
    GraphStyle m_style;
    QList<StageNodeItem *> m_nodeItems;
    QList<StageEdgeItem *> m_edgeItems;
};

} // namespace Fd
