// SPDX-License-Identifier: Apache-2.0
#include "StageGraphScene.h"

#include "StageGraphItems.h"

#include <QFontMetrics>
#include <QPainter>
#include <QToolTip>

namespace Fd {

StageGraphScene::StageGraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // The graph is static once built: no BSP tree to keep up to date, and fast bulk insertion.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void StageGraphScene::setGraph(StageGraph graph, const GraphStyle &style)
{
    clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_graph = std::move(graph);
    m_style = style;
    m_state = GraphState();
    setSceneRect(QRectF(QPointF(0, 0), m_graph.layout.size));
    addItems();
}

namespace {

bool sameFindings(const Errors &a, const Errors &b)
{
    // What a node shows of its findings: their severity (colour) and messages (tooltip).
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Error &x, const Error &y) {
        return x.severity == y.severity && x.message == y.message;
    });
}

} // namespace

bool StageGraphScene::updateGraph(StageGraph &graph)
{
    if (m_nodeItems.size() != graph.nodeCount() || !m_graph.sameGeometry(graph))
        return false;
    std::swap(m_graph, graph);
    for (int n = 0; n < m_graph.nodeCount(); ++n) {
        if (!sameFindings(m_graph.nodeFindings.at(n), graph.nodeFindings.at(n))) {
            m_nodeItems.at(n)->setToolTip(toolTip(n));
            m_nodeItems.at(n)->update();
        }
    }
    return true;
}

void StageGraphScene::addItems()
{
    const int edges = int(m_graph.layout.edges.size());
    m_edgeItems.reserve(edges);
    for (int e = 0; e < edges; ++e) {
        auto *item = new StageEdgeItem(this, e);
        addItem(item);
        m_edgeItems << item;
    }
    const int nodes = m_graph.nodeCount();
    m_nodeItems.reserve(nodes);
    for (int n = 0; n < nodes; ++n) {
        auto *item = new StageNodeItem(this, n);
        item->setToolTip(toolTip(n));
        addItem(item);
        m_nodeItems << item;
    }
}

void StageGraphScene::setGraphStyle(const GraphStyle &style)
{
    m_style = style;
    update();
}

void StageGraphScene::setHovered(int node)
{
    if (node == m_state.hovered)
        return;
    const int old = m_state.hovered;
    m_state.hovered = node;
    restack(old);
    restack(node);
    Q_EMIT hoveredChanged(node);
}

void StageGraphScene::setActive(int node)
{
    if (node < -1 || node >= m_graph.nodeCount() || node == m_state.active)
        return;
    const int old = m_state.active;
    m_state.active = node;
    restack(old);
    restack(node);
    Q_EMIT activeChanged(node);
}

void StageGraphScene::activateByUser(int node)
{
    setActive(node);
    setFocused(node, m_state.showFocus);
    Q_EMIT nodeClicked(node);
}

void StageGraphScene::setFocused(int node, bool show)
{
    if (node == m_state.focused && show == m_state.showFocus)
        return;
    const int old = m_state.focused;
    m_state.focused = node;
    m_state.showFocus = show;
    if (StageNodeItem *item = nodeItem(old))
        item->update();
    if (StageNodeItem *item = nodeItem(node))
        item->update();
}

void StageGraphScene::setEmphasis(bool on, const QSet<int> &nodes)
{
    if (on == m_state.emphasis && nodes == m_state.emphasised)
        return; // a regenerated graph emphasises the same block again: nothing to repaint
    m_state.emphasis = on;
    m_state.emphasised = nodes;
    update();
}

void StageGraphScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_style.background);
}

void StageGraphScene::restack(int node)
{
    if (node < 0 || node >= m_nodeItems.size())
        return;
    StageNodeItem *item = m_nodeItems.at(node);
    item->setZValue(GraphPainter::isRaised(m_graph, m_state, node) ? 3 : 1);
    item->update();
    const LayoutNode &n = m_graph.layout.nodes.at(node);
    for (const QList<int> *edges : {&n.parentEdges, &n.childEdges}) {
        for (int e : *edges) {
            StageEdgeItem *edge = m_edgeItems.at(e);
            edge->setZValue(GraphPainter::isEdgeRaised(m_graph, m_state, e) ? 2 : 0);
            edge->update();
        }
    }
}

QString StageGraphScene::toolTip(int node) const
{
    const LayoutNode &n = m_graph.layout.nodes.at(node);
    QString html = QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
    if (!n.isConfiguration())
        html += QStringLiteral(" ") + tr("(refId %1)").arg(n.refId.toHtmlEscaped());
    const Errors &findings = m_graph.nodeFindings.value(node);
    if (findings.isEmpty())
        return html;
    html += QStringLiteral("<p>") + tr("The following problems may affect the ability to run the pipeline:")
        + QStringLiteral("</p><ul>");
    for (const Error &error : findings) {
        const QString text = error.isWarning() ? tr("Warning: %1").arg(error.message) : error.message;
        html += QStringLiteral("<li>") + text.toHtmlEscaped() + QStringLiteral("</li>");
    }
    // Rich-text tooltips wrap to a narrow column by default; findings read better about 50
    // characters wide.
    const int width = QFontMetrics(QToolTip::font()).averageCharWidth() * 50;
    return QStringLiteral("<table width=\"%1\"><tr><td>%2</ul></td></tr></table>").arg(QString::number(width), html);
}

} // namespace Fd
