// SPDX-License-Identifier: Apache-2.0
#include "StageGraphView.h"

#include "GraphExport.h"
#include "GraphNavigation.h"
#include "StageGraphItems.h"
#include "StageGraphScene.h"

#include <QAction>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Fd {

namespace {

constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 4;
constexpr qreal ZoomStep = 1.25;

// Images and exports show the selection and emphasis, never the pointer's hover or a focus ring.
GraphState exportedState(GraphState state)
{
    state.hovered = -1;
    state.showFocus = false;
    return state;
}

} // namespace

StageGraphView::StageGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new StageGraphScene(this))
{
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Stage graph"));

    m_zoomIn = makeAction(tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                          &StageGraphView::zoomIn);
    m_zoomOut = makeAction(tr("Zoom &Out"), {QKeySequence::ZoomOut}, &StageGraphView::zoomOut);
    m_resetZoom = makeAction(tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &StageGraphView::resetZoom);
    m_fit = makeAction(tr("&Fit to Window"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)},
                       &StageGraphView::fitToWindow);

    connect(m_scene, &StageGraphScene::activeChanged, this, [this](int) {
        Q_EMIT selectionChanged(selectedRefId(), selectedStageIndex());
    });
    rebuild();
}

QAction *StageGraphView::makeAction(const QString &text, const QList<QKeySequence> &keys,
                                    void (StageGraphView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

const StageGraph &StageGraphView::graph() const
{
    return m_scene->graph();
}

void StageGraphView::setPipeline(const QJsonObject &pipeline, const Errors &findings)
{
    m_pipeline = pipeline;
    m_findings = findings;
    rebuild();
}

void StageGraphView::setFindings(const Errors &findings)
{
    m_findings = findings;
    rebuild();
}

void StageGraphView::rebuild(bool restyled)
{
    const GraphStyle style = GraphStyle::fromPalette(palette(), font());
    if (restyled || m_wrappedLabels.size() > 4096) // a new font; or typed names piling up
        m_wrappedLabels.clear();
    StageGraph graph = StageGraph::build(m_pipeline, style, m_findings, &m_wrappedLabels);
    // Most edits change values, not stages: the same picture keeps its items, and nothing is
    // redrawn but the nodes whose findings changed.
    if (!restyled && m_scene->updateGraph(graph))
        return;
    // Selection and focus follow the stage (refId), not its place in "stages": an edit that adds
    // or removes stages before it must not move the selection to a neighbour.
    const StageLayout &old = m_scene->graph().layout;
    const auto keyOf = [&old](int node) {
        return node < 0 ? std::optional<QString>() : std::optional<QString>(node == 0 ? QString() : old.nodes.at(node).refId);
    };
    const std::optional<QString> selected = keyOf(m_scene->state().active);
    const std::optional<QString> focused = keyOf(m_scene->state().focused);
    const QSignalBlocker blocker(m_scene);
    m_scene->setGraph(std::move(graph), style);
    const StageLayout &layout = m_scene->graph().layout;
    const auto nodeOf = [&layout](const std::optional<QString> &key) {
        return !key ? -1 : key->isEmpty() ? 0 : layout.nodeOf(*key);
    };
    const int active = nodeOf(selected);
    m_scene->setActive(active);
    if (focused)
        m_scene->setFocused(nodeOf(focused), hasFocus());
    applyEmphasis(false);
    if (active < 0 && selected) {
        // The selected stage is gone: tell the window, after the rebuild is complete.
        QMetaObject::invokeMethod(this, [this] { Q_EMIT selectionChanged(QString(), NothingSelected); },
                                  Qt::QueuedConnection);
    }
}

void StageGraphView::setEmphasis(const QSet<QString> &refIds, bool fit)
{
    m_emphasis = true;
    m_emphasised = refIds;
    applyEmphasis(fit);
}

void StageGraphView::clearEmphasis(bool fit)
{
    m_emphasis = false;
    m_emphasised.clear();
    applyEmphasis(fit);
}

void StageGraphView::applyEmphasis(bool fit)
{
    const QSet<int> nodes = m_emphasis ? m_scene->graph().nodesOf(m_emphasised) : QSet<int>();
    m_scene->setEmphasis(m_emphasis, nodes);
    if (fit)
        fitToWindow();
}

QRectF StageGraphView::fitTarget() const
{
    const QSet<int> nodes = m_emphasis ? m_scene->graph().nodesOf(m_emphasised) : QSet<int>();
    if (nodes.isEmpty())
        return sceneRect();
    QRectF block;
    for (int node : nodes)
        block |= m_scene->nodeItem(node)->sceneBoundingRect();
    return block;
}

QString StageGraphView::selectedRefId() const
{
    const int active = m_scene->state().active;
    return active > 0 ? m_scene->graph().layout.nodes.at(active).refId : QString();
}

int StageGraphView::selectedStageIndex() const
{
    const int active = m_scene->state().active;
    if (active < 0)
        return NothingSelected;
    return active == 0 ? ConfigurationSelected : m_scene->graph().layout.nodes.at(active).stageIndex;
}

bool StageGraphView::selectStage(const QString &refId)
{
    const int node = m_scene->graph().layout.nodeOf(refId);
    if (node < 0)
        return false;
    m_scene->setActive(node);
    return true;
}

bool StageGraphView::selectStageIndex(int stageIndex)
{
    const int node = m_scene->graph().layout.nodeOfStage(stageIndex);
    if (node < 0)
        return false;
    m_scene->setActive(node);
    return true;
}

void StageGraphView::selectConfiguration()
{
    m_scene->setActive(0);
}

void StageGraphView::clearSelection()
{
    m_scene->setActive(-1);
}

void StageGraphView::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void StageGraphView::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void StageGraphView::resetZoom()
{
    setZoom(1);
}

void StageGraphView::fitToWindow()
{
    m_autoFit = true;
    constexpr qreal Margin = 24;
    const QRectF target = fitTarget().adjusted(-Margin, -Margin, Margin, Margin);
    const QSize view = viewport()->size();
    if (target.isEmpty() || view.isEmpty())
        return;
    // Never magnify past 100 % nor shrink labels past legibility: a 3-px strip shows nothing.
    const qreal zoom = std::clamp(std::min(view.width() / target.width(), view.height() / target.height()),
                                  LegibleZoom, 1.0);
    setZoom(zoom);
    m_autoFit = true; // setZoom() counts as the user's zoom otherwise
    const qreal shownWidth = view.width() / zoom;
    if (target.right() <= sceneRect().left() + shownWidth) // an early env: from the start, no stage cut off
        centerOn(QPointF(sceneRect().left() + shownWidth / 2, target.center().y()));
    else if (target.width() * zoom <= view.width())
        centerOn(target.center());
    else // too long even at the legible scale: show its start, where the flow begins
        centerOn(QPointF(target.left() + view.width() / zoom / 2, target.center().y()));
}

void StageGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToWindow();
}

void StageGraphView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_autoFit = false;
    if (qFuzzyCompare(zoom, m_zoom) && qFuzzyCompare(transform().m11(), zoom))
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void StageGraphView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setZoom(m_zoom * std::pow(ZoomStep, steps / 120.0));
    setTransformationAnchor(anchor);
    event->accept();
}

void StageGraphView::moveFocus(int node)
{
    m_scene->setFocused(node, true);
    if (StageNodeItem *item = m_scene->nodeItem(node))
        ensureVisible(item, 24, 24);
}

void StageGraphView::keyPressEvent(QKeyEvent *event)
{
    const int focused = m_scene->state().focused;
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (plain) {
            moveFocus(GraphNavigation::neighbour(m_scene->graph().layout, focused, event->key()));
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (focused >= 0) {
            m_scene->activateByUser(focused);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_scene->state().active >= 0) {
            clearSelection();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomOut();
        event->accept();
        return;
    case Qt::Key_0:
        resetZoom();
        event->accept();
        return;
    case Qt::Key_F:
        if (plain) {
            fitToWindow();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

bool StageGraphView::focusNextPrevChild(bool next)
{
    // Tab walks the nodes; past the last (or before the first) it leaves the view as usual.
    if (hasFocus()) {
        const int node = GraphNavigation::neighbour(m_scene->graph().layout, m_scene->state().focused,
                                                    next ? Qt::Key_Tab : Qt::Key_Backtab);
        if (node >= 0) {
            moveFocus(node);
            return true;
        }
    }
    m_scene->setFocused(m_scene->state().focused, false);
    return QWidget::focusNextPrevChild(next);
}

void StageGraphView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    int node = m_scene->state().focused;
    if (node < 0) {
        const QList<int> order = m_scene->graph().layout.readingOrder();
        node = m_scene->state().active >= 0 ? m_scene->state().active
                                           : (event->reason() == Qt::BacktabFocusReason ? order.last() : 0);
    }
    m_scene->setFocused(node, true);
}

void StageGraphView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    m_scene->setFocused(m_scene->state().focused, false);
}

void StageGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        rebuild(true);  // label sizes change the geometry
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_scene->setGraphStyle(GraphStyle::fromPalette(palette(), font()));
    }
}

QImage StageGraphView::renderImage(qreal scale) const
{
    return GraphExport::renderImage(m_scene->graph(), exportedState(m_scene->state()), m_scene->graphStyle(), scale,
                                    devicePixelRatioF());
}

QString StageGraphView::exportPng(const QString &path, qreal scale) const
{
    return GraphExport::writePng(path, m_scene->graph(), exportedState(m_scene->state()), m_scene->graphStyle(), scale,
                                 devicePixelRatioF());
}

QString StageGraphView::exportSvg(const QString &path) const
{
    return GraphExport::writeSvg(path, m_scene->graph(), exportedState(m_scene->state()), m_scene->graphStyle(),
                                 m_pipeline.value(QStringLiteral("name")).toString());
}

} // namespace Fd
