// SPDX-License-Identifier: Apache-2.0
#include "../support/SharedData.h"
#include "graph/GraphExport.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphItems.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "layout/EnvironmentStages.h"
#include "layout/PipelineStages.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

namespace {

const char *const Documented03 = "documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json";

QJsonObject golden(const char *relative)
{
    const Result<PipelineFile> file = PipelineFile::read(Test::goldenPath(relative));
    return file.ok() ? file->pipelines.first() : QJsonObject();
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

int nodeNamed(const StageGraphView &view, const QString &name)
{
    const QList<LayoutNode> &nodes = view.graph().layout.nodes;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name == name)
            return i;
    }
    return -1;
}

QPoint viewPoint(const StageGraphView &view, int node)
{
    return view.mapFromScene(view.graph().layout.nodes.at(node).position);
}

/// The colour at a node's glyph centre in an image of the whole graph at scale 1.
QColor glyphColor(const QImage &image, const StageGraph &graph, int node)
{
    const QPointF at = graph.layout.nodes.at(node).position * image.devicePixelRatio();
    return image.pixelColor(at.toPoint());
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xEFEFEF));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x308CC6));
    return palette;
}

} // namespace

class TestStageGraphView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void itemsForEveryNodeAndEdge();
    void badInputStillDraws_data();
    void badInputStillDraws();
    void clickSelects();
    void hoverHighlightsNodeAndEdges();
    void selectionDrawsTheBar();
    void findingsTurnNodesRed();
    void environmentEmphasis();
    void keyboardNavigation();
    void tabLeavesAfterTheLastNode();
    void zoom();
    void followsPalette();
    void selectionSurvivesRebuild();
    void valueEditKeepsItems();
    void exportPng();
    void exportSvg();
    void panelSwitchesEnvironmentsAndRegions();
    void panelOpensPipelineFiles();

private:
    StageGraphView *m_view = nullptr;
};

void TestStageGraphView::init()
{
    m_view = new StageGraphView;
    m_view->setPalette(lightPalette());
    m_view->setFont(GraphStyle::fixedFont());
    m_view->resize(900, 300);
}

void TestStageGraphView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestStageGraphView::itemsForEveryNodeAndEdge()
{
    m_view->setPipeline(golden(Documented03));
    StageGraphScene *scene = m_view->graphScene();
    QCOMPARE(scene->nodeItemCount(), 20);  // 19 stages and Configuration
    QCOMPARE(scene->edgeItemCount(), 19);
    QCOMPARE(scene->items().size(), 39);
    QCOMPARE(scene->sceneRect().size(), m_view->graph().layout.size);
    QVERIFY(m_view->graph().findings.isEmpty());
    // Labels wrap instead of being cut: the long names take two lines.
    const int infra = nodeNamed(*m_view, QStringLiteral("Infrastructure Setup [dev]"));
    QCOMPARE(m_view->graph().labelLines.at(infra),
             (QStringList{QStringLiteral("Infrastructure Setup"), QStringLiteral("[dev]")}));
}

void TestStageGraphView::badInputStillDraws_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("findings");
    QTest::newRow("no stages key") << R"({"name": "x"})" << 1 << 1;
    QTest::newRow("empty stages") << R"({"stages": []})" << 1 << 1;
    QTest::newRow("cycle") << R"({"stages": [{"refId": "1", "requisiteStageRefIds": ["2"]},
                                             {"refId": "2", "requisiteStageRefIds": ["1"]}]})" << 3 << 1;
    QTest::newRow("garbage entries") << R"({"stages": [1, "x", {"refId": "1"}, {"refId": "1"}]})" << 3 << 3;
}

void TestStageGraphView::badInputStillDraws()
{
    QFETCH(QString, json);
    QFETCH(int, nodes);
    QFETCH(int, findings);
    m_view->setPipeline(QJsonDocument::fromJson(json.toUtf8()).object());
    QCOMPARE(m_view->graphScene()->nodeItemCount(), nodes);
    QCOMPARE(m_view->graph().findings.size(), findings);
    QVERIFY(!m_view->renderImage().isNull());
    // Every finding sits on the stage it is about, duplicates included.
    const StageGraph &graph = m_view->graph();
    for (int node = 1; node < graph.nodeCount(); ++node) {
        for (const Error &error : graph.nodeFindings.at(node))
            QVERIFY(error.keyPath.startsWith(QStringLiteral("stages[%1]").arg(graph.layout.nodes.at(node).stageIndex)));
    }
}

void TestStageGraphView::clickSelects()
{
    m_view->setPipeline(golden(Documented03));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy spy(m_view, &StageGraphView::selectionChanged);
    const int deploy = nodeNamed(*m_view, QStringLiteral("Deploy dev"));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(*m_view, deploy));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("3"));
    QCOMPARE(spy.last().at(1).toInt(), 3);
    QCOMPARE(m_view->selectedRefId(), QStringLiteral("3"));
    // A click on the label selects too; a click on Configuration reports it as such.
    const QRectF label = m_view->graph().layout.nodes.at(0).labelRect;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(label.center()));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toString(), QString());
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::ConfigurationSelected));
    // Clicking empty space (a drag start) leaves the selection alone.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(5, 290));
    QCOMPARE(spy.count(), 2);
    QVERIFY(m_view->selectStage(QStringLiteral("1200")));
    QCOMPARE(spy.last().at(1).toInt(), 17);
    QVERIFY(!m_view->selectStage(QStringLiteral("nope")));
    m_view->clearSelection();
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::NothingSelected));
}

void TestStageGraphView::hoverHighlightsNodeAndEdges()
{
    m_view->setPipeline(golden(Documented03));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    StageGraphScene *scene = m_view->graphScene();
    const int deploy = nodeNamed(*m_view, QStringLiteral("Deploy dev"));
    QTest::mouseMove(m_view->viewport(), viewPoint(*m_view, deploy));
    QTRY_COMPARE(scene->state().hovered, deploy);
    const LayoutNode &node = m_view->graph().layout.nodes.at(deploy);
    QCOMPARE(node.parentEdges.size() + node.childEdges.size(), 3);
    for (int e = 0; e < m_view->graph().layout.edges.size(); ++e) {
        const bool touches = node.parentEdges.contains(e) || node.childEdges.contains(e);
        QCOMPARE(GraphPainter::edgeLook(m_view->graph(), scene->state(), e),
                 touches ? GraphPainter::EdgeLook::Highlighted : GraphPainter::EdgeLook::Normal);
        QCOMPARE(scene->edgeItem(e)->zValue(), touches ? 2.0 : 0.0);
    }
    QCOMPARE(scene->nodeItem(deploy)->zValue(), 3.0);
    const QImage hovered = m_view->grab().toImage();
    QVERIFY(near(hovered.pixelColor(viewPoint(*m_view, deploy) * hovered.devicePixelRatio()),
                 scene->graphStyle().nodeHighlighted, 8));
    QTest::mouseMove(m_view->viewport(), QPoint(5, 290));
    QTRY_COMPARE(scene->state().hovered, -1);
    QCOMPARE(scene->nodeItem(deploy)->zValue(), 1.0);
}

void TestStageGraphView::selectionDrawsTheBar()
{
    m_view->setPipeline(golden(Documented03));
    m_view->selectConfiguration();
    const QImage image = m_view->renderImage();
    const StageGraph &graph = m_view->graph();
    const GraphStyle &style = m_view->graphScene()->graphStyle();
    QVERIFY(near(glyphColor(image, graph, 0), style.nodeHighlighted));
    // The thick bar from Configuration to Bake, half way between them.
    const LayoutEdge &bar = graph.layout.edges.at(graph.layout.nodes.at(0).childEdges.first());
    const QPointF middle = (bar.start + bar.end) / 2;
    QVERIFY(near(image.pixelColor(middle.toPoint()), style.edgeOutOfActive));
    QVERIFY(near(image.pixelColor((middle + QPointF(0, 1)).toPoint()), style.edgeOutOfActive));
    // A normal edge is 1 px and faint: nearly the background.
    const int bake = nodeNamed(*m_view, QStringLiteral("Bake [us-east-1]"));
    const LayoutEdge &faint = graph.layout.edges.at(graph.layout.nodes.at(bake).childEdges.first());
    const QColor edge = image.pixelColor(((faint.start + faint.end) / 2).toPoint());
    QVERIFY(edge.lightness() > 220 && edge.lightness() < 255);
    QVERIFY(near(glyphColor(image, graph, bake), style.nodeFill));
}

void TestStageGraphView::findingsTurnNodesRed()
{
    Error validation;
    validation.stageRefId = QStringLiteral("3");
    validation.stageName = QStringLiteral("Deploy dev");
    validation.message = QStringLiteral("The cluster has no account.");
    Error pipelineLevel;
    pipelineLevel.message = QStringLiteral("The pipeline has no application.");
    QJsonObject pipeline = golden(Documented03);
    QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    QJsonObject qe = stages.at(5).toObject();
    qe.insert(QStringLiteral("requisiteStageRefIds"), QJsonArray{QStringLiteral("3"), QStringLiteral("99")});
    stages[5] = qe;
    pipeline.insert(QStringLiteral("stages"), stages);
    m_view->setPipeline(pipeline, {validation, pipelineLevel});

    const StageGraph &graph = m_view->graph();
    QCOMPARE(graph.findings.size(), 3);
    const int deploy = nodeNamed(*m_view, QStringLiteral("Deploy dev"));
    const int qeNode = nodeNamed(*m_view, QStringLiteral("QE dev"));
    const QString tip = m_view->graphScene()->nodeItem(deploy)->toolTip();
    QVERIFY2(tip.contains(QLatin1String("The following problems may affect the ability to run the pipeline")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("The cluster has no account.")));
    QVERIFY(m_view->graphScene()->nodeItem(qeNode)->toolTip().contains(QLatin1String("&quot;99&quot;, which no stage has")));
    QVERIFY(m_view->graphScene()->nodeItem(0)->toolTip().contains(QLatin1String("no application")));
    const int bake = nodeNamed(*m_view, QStringLiteral("Bake [us-east-1]"));
    QVERIFY(!m_view->graphScene()->nodeItem(bake)->toolTip().contains(QLatin1String("problems")));

    const QImage image = m_view->renderImage();
    const QColor red = m_view->graphScene()->graphStyle().nodeError;
    QVERIFY(near(glyphColor(image, graph, deploy), red));
    QVERIFY(near(glyphColor(image, graph, qeNode), red));
    QVERIFY(near(glyphColor(image, graph, 0), red));
    QVERIFY(!near(glyphColor(image, graph, bake), red, 40));

    // Warnings alone (Foremast's double "Deploy prod", say) make a node amber, not red.
    Error warning = validation;
    warning.severity = Error::Severity::Warning;
    m_view->setFindings({warning});
    QVERIFY(near(glyphColor(m_view->renderImage(), m_view->graph(), deploy),
                 m_view->graphScene()->graphStyle().nodeWarning));
    QVERIFY(m_view->graphScene()->nodeItem(deploy)->toolTip().contains(QLatin1String("Warning: The cluster")));
    // Selection shows through a warning, not through an error.
    m_view->selectStage(QStringLiteral("3"));
    QVERIFY(near(glyphColor(m_view->renderImage(), m_view->graph(), deploy),
                 m_view->graphScene()->graphStyle().nodeHighlighted));
    m_view->setFindings({validation});
    QVERIFY(near(glyphColor(m_view->renderImage(), m_view->graph(), deploy), red));
}

void TestStageGraphView::environmentEmphasis()
{
    const QJsonObject pipeline = golden(Documented03);
    m_view->setPipeline(pipeline);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const QSet<QString> prod = refIdsOfEnvironment(pipeline, QStringLiteral("prod"));
    QCOMPARE(prod.size(), 8);
    m_view->setEmphasis(prod);
    QVERIFY(m_view->hasEmphasis());
    const GraphState &state = m_view->graphScene()->state();
    QCOMPARE(state.emphasised, m_view->graph().nodesOf(prod));
    const int deployProd = nodeNamed(*m_view, QStringLiteral("Deploy prod"));
    const int deployDev = nodeNamed(*m_view, QStringLiteral("Deploy dev"));
    QVERIFY(!state.isFaded(deployProd));
    QVERIFY(state.isFaded(deployDev));
    QVERIFY(state.isFaded(0));

    const QImage image = m_view->renderImage();
    const StageGraph &graph = m_view->graph();
    const GraphStyle &style = m_view->graphScene()->graphStyle();
    QVERIFY(near(glyphColor(image, graph, deployProd), style.nodeFill));
    QVERIFY(glyphColor(image, graph, deployDev).lightness() > style.nodeFill.lightness() + 20);
    // The emphasised block was scrolled into view.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(graph.layout.nodes.at(nodeNamed(*m_view, QStringLiteral("Checkpoint prod"))).position));

    m_view->clearEmphasis();
    QVERIFY(!m_view->graphScene()->state().isFaded(deployDev));
    QVERIFY(near(glyphColor(m_view->renderImage(), graph, deployDev), style.nodeFill));
}

void TestStageGraphView::keyboardNavigation()
{
    m_view->setPipeline(golden(Documented03));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
    StageGraphScene *scene = m_view->graphScene();
    QCOMPARE(scene->state().focused, 0);
    QVERIFY(scene->state().showFocus);
    const auto focusedName = [&] { return m_view->graph().layout.nodes.at(scene->state().focused).name; };
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(focusedName(), QStringLiteral("Bake [us-east-1]"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(focusedName(), QStringLiteral("Infrastructure Setup [dev]"));
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Down);  // nothing below
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Right);  // a leaf: stays
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(focusedName(), QStringLiteral("Bake [us-east-1]"));
    QTest::keyClick(m_view, Qt::Key_Tab);  // reading order: column 2, row 0
    QCOMPARE(focusedName(), QStringLiteral("Infrastructure Setup [dev]"));
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Backtab);
    QCOMPARE(focusedName(), QStringLiteral("Infrastructure Setup [dev]"));
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(focusedName(), QStringLiteral("ServiceNow"));
    QSignalSpy spy(m_view, &StageGraphView::selectionChanged);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("1224"));
    // The focused node was scrolled into view.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_view->graph().layout.nodes.at(scene->state().focused).position));
    QTest::keyClick(m_view, Qt::Key_Home);
    QTest::keyClick(m_view, Qt::Key_Space);
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::ConfigurationSelected));
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::NothingSelected));
}

void TestStageGraphView::tabLeavesAfterTheLastNode()
{
    QWidget window;
    auto *before = new QWidget(&window);
    before->setFocusPolicy(Qt::StrongFocus);
    auto *view = new StageGraphView(&window);
    auto *after = new QWidget(&window);
    after->setFocusPolicy(Qt::StrongFocus);
    view->setPipeline(parse(R"({"stages": [{"refId": "1", "name": "Only"}]})"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);  // Configuration → Only
    QVERIFY(view->hasFocus());
    QCOMPARE(view->graphScene()->state().focused, 1);
    QTest::keyClick(view, Qt::Key_Tab);  // past the last node
    QTRY_VERIFY(after->hasFocus());
    QVERIFY(!view->graphScene()->state().showFocus);
}

void TestStageGraphView::zoom()
{
    m_view->setPipeline(golden(Documented03));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy spy(m_view, &StageGraphView::zoomChanged);
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->zoomInAction()->trigger();
    QCOMPARE(m_view->zoom(), 1.25);
    QCOMPARE(m_view->transform().m11(), 1.25);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 0.8);
    QTest::keyClick(m_view, Qt::Key_0);
    QCOMPARE(m_view->zoom(), 1.0);
    // Ctrl+wheel zooms; the plain wheel scrolls.
    QWheelEvent wheel(QPointF(100, 50), m_view->viewport()->mapToGlobal(QPointF(100, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->zoom(), 1.25);
    QWheelEvent plain(QPointF(100, 50), m_view->viewport()->mapToGlobal(QPointF(100, 50)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &plain);
    QCOMPARE(m_view->zoom(), 1.25);
    // Fit never shrinks labels below legibility: a graph 2000+ px wide in a 900 px window is shown
    // from its start at the legible scale, not as a strip.
    m_view->fitAction()->trigger();
    QCOMPARE(m_view->zoom(), StageGraphView::LegibleZoom);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.left() <= m_view->sceneRect().left() + 1);
    QVERIFY(visible.width() < m_view->sceneRect().width());
    // A block that fits is shown whole: the first three stages.
    QSet<QString> first;
    for (int node = 1; node <= 3; ++node)
        first << m_view->graph().layout.nodes.at(node).refId;
    m_view->setEmphasis(first);
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    for (int node = 1; node <= 3; ++node)
        QVERIFY(shown.contains(m_view->graphScene()->nodeItem(node)->sceneBoundingRect()));
    QVERIFY(m_view->zoom() >= StageGraphView::LegibleZoom);
    m_view->clearEmphasis();
    m_view->setZoom(100);
    QCOMPARE(m_view->zoom(), 4.0);
    m_view->setPipeline(parse(R"({"stages": [{"refId": "1", "name": "Only"}]})"));
    m_view->fitToWindow();
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY(spy.count() >= 7);
}

void TestStageGraphView::followsPalette()
{
    m_view->setPipeline(golden(Documented03));
    QCOMPARE(m_view->renderImage().pixelColor(2, 2), QColor(Qt::white));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1E1E1E));
    dark.setColor(QPalette::Window, QColor(0x2A2A2A));
    dark.setColor(QPalette::Text, QColor(0xE6E6E6));
    dark.setColor(QPalette::Highlight, QColor(0x3D7AB8));
    m_view->setPalette(dark);
    const GraphStyle &style = m_view->graphScene()->graphStyle();
    QVERIFY(style.dark);
    QCOMPARE(style.text, QColor(0xE6E6E6));
    const QImage image = m_view->renderImage();
    QCOMPARE(image.pixelColor(2, 2), QColor(0x1E1E1E));
    // Nodes stand out from the dark background.
    const int bake = nodeNamed(*m_view, QStringLiteral("Bake [us-east-1]"));
    QVERIFY(glyphColor(image, m_view->graph(), bake).lightness() > 100);
}

void TestStageGraphView::selectionSurvivesRebuild()
{
    m_view->setPipeline(golden(Documented03));
    QVERIFY(m_view->selectStage(QStringLiteral("7")));
    QSignalSpy spy(m_view, &StageGraphView::selectionChanged);
    m_view->setFindings({});
    m_view->setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    QCOMPARE(m_view->selectedRefId(), QStringLiteral("7"));
    QCOMPARE(spy.count(), 0);
    // When the stage is gone the window hears that nothing is selected.
    m_view->setPipeline(parse(R"({"stages": [{"refId": "1", "name": "Only"}]})"));
    QCOMPARE(m_view->selectedStageIndex(), int(StageGraphView::NothingSelected));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::NothingSelected));
}

void TestStageGraphView::valueEditKeepsItems()
{
    QJsonObject pipeline = golden(Documented03);
    m_view->setPipeline(pipeline);
    QVERIFY(m_view->selectStage(QStringLiteral("7")));
    StageGraphScene *scene = m_view->graphScene();
    const int deploy = nodeNamed(*m_view, QStringLiteral("Deploy dev"));
    StageNodeItem *item = scene->nodeItem(deploy);
    StageEdgeItem *edge = scene->edgeItem(0);

    // A value the graph does not draw (an edit of the stage's settings): same items, same
    // selection, the new JSON.
    QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    QJsonObject stage = stages.at(2).toObject();
    stage.insert(QStringLiteral("comments"), QStringLiteral("edited"));
    stages[2] = stage;
    pipeline.insert(QStringLiteral("stages"), stages);
    QSignalSpy selection(m_view, &StageGraphView::selectionChanged);
    m_view->setPipeline(pipeline);
    QCOMPARE(scene->nodeItem(deploy), item);
    QCOMPARE(scene->edgeItem(0), edge);
    QCOMPARE(m_view->pipeline(), pipeline);
    QCOMPARE(m_view->graph().pipeline, pipeline);
    QCOMPARE(m_view->selectedRefId(), QStringLiteral("7"));
    QCOMPARE(selection.count(), 0);

    // A finding on one node: still the same items, that node's tooltip says it.
    Error finding;
    finding.stageRefId = m_view->graph().layout.nodes.at(deploy).refId;
    finding.message = QStringLiteral("The cluster has no account.");
    m_view->setFindings({finding});
    QCOMPARE(scene->nodeItem(deploy), item);
    QVERIFY(item->toolTip().contains(finding.message));
    m_view->setFindings({});
    QVERIFY(!item->toolTip().contains(finding.message));

    // A renamed stage changes the picture: new items, and the new label is drawn.
    stage.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    stages[2] = stage;
    pipeline.insert(QStringLiteral("stages"), stages);
    m_view->setPipeline(pipeline);
    QVERIFY(nodeNamed(*m_view, QStringLiteral("Renamed")) > 0);
    QCOMPARE(scene->nodeItemCount(), m_view->graph().nodeCount());
    QCOMPARE(m_view->selectedRefId(), QStringLiteral("7"));
}

void TestStageGraphView::exportPng()
{
    m_view->setPipeline(golden(Documented03));
    m_view->selectConfiguration();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    QCOMPARE(m_view->exportPng(path, 2), QString());
    QImage image(path);
    QVERIFY(!image.isNull());
    const QSizeF size = m_view->graph().layout.size * 2 * m_view->devicePixelRatioF();
    QCOMPARE(image.size(), QSize(qCeil(size.width()), qCeil(size.height())));
    const QPointF config = m_view->graph().layout.nodes.at(0).position * 2 * m_view->devicePixelRatioF();
    QVERIFY(near(image.pixelColor(config.toPoint()), m_view->graphScene()->graphStyle().nodeHighlighted));

    // The device pixel ratio is honoured and recorded.
    const StageGraph &graph = m_view->graph();
    const QImage retina = GraphExport::renderImage(graph, GraphState(), m_view->graphScene()->graphStyle(), 1, 2);
    QCOMPARE(retina.devicePixelRatio(), 2.0);
    QCOMPARE(retina.width(), qCeil(graph.layout.size.width() * 2));
    QCOMPARE(retina.dotsPerMeterX(), 7560);

    QVERIFY(!m_view->exportPng(dir.filePath(QStringLiteral("missing/dir/graph.png"))).isEmpty());

    // A huge graph is drawn smaller rather than past what the raster engine handles.
    QJsonArray chain;
    for (int i = 1; i <= 400; ++i) {
        chain << QJsonObject{{QStringLiteral("refId"), QString::number(i)},
                             {QStringLiteral("requisiteStageRefIds"), QJsonArray{QString::number(i - 1)}}};
    }
    m_view->setPipeline(QJsonObject{{QStringLiteral("stages"), chain}});
    const qreal fitting = GraphExport::fittingScale(m_view->graph(), 1);
    QVERIFY(fitting < 1);
    const QImage huge = GraphExport::renderImage(m_view->graph(), GraphState(), m_view->graphScene()->graphStyle(), 1);
    QVERIFY(huge.width() <= 32000);
    QCOMPARE(huge.width(), qCeil(m_view->graph().layout.size.width() * fitting));
}

void TestStageGraphView::exportSvg()
{
    m_view->setPipeline(golden(Documented03));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.svg"));
    QCOMPARE(m_view->exportSvg(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QLatin1String("<svg")));
    QVERIFY(svg.contains(QLatin1String("<title>edgeforrest [us-east-1]</title>")));
    for (const QString &name : {QStringLiteral("Configuration"), QStringLiteral("Bake [us-east-1]"),
                                QStringLiteral("Git Tag packaging"), QStringLiteral("ServiceNow")}) {
        QVERIFY2(svg.contains(QStringLiteral(">%1</text>").arg(name.toHtmlEscaped())), qPrintable(name));
    }
    // Wrapped labels are text line by line.
    QVERIFY(svg.contains(QLatin1String(">Infrastructure Setup</text>")));
    QVERIFY(svg.contains(QLatin1String(">[dev]</text>")));
    QVERIFY(!m_view->exportSvg(dir.filePath(QStringLiteral("missing/dir/graph.svg"))).isEmpty());
}

void TestStageGraphView::panelSwitchesEnvironmentsAndRegions()
{
    PipelineGraphPanel panel;
    QList<PipelineGraphPanel::Pipeline> pipelines;
    for (const char *file : {"documented-flow/02-dev-prod-two-regions/rendered/pipeline-us-east-1.json",
                             "documented-flow/02-dev-prod-two-regions/rendered/pipeline-us-west-2.json"}) {
        PipelineGraphPanel::Pipeline p;
        p.json = golden(file);
        p.name = p.json.value(QStringLiteral("name")).toString();
        p.region = p.name.section(QLatin1Char('['), 1).chopped(1);
        pipelines << p;
    }
    panel.setPipelines(pipelines);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    StageGraphView *view = panel.view();
    QCOMPARE(panel.currentPipeline(), 0);
    QCOMPARE(panel.pipelines().at(0).envs, (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    QVERIFY(!view->hasEmphasis());

    QSignalSpy envSpy(&panel, &PipelineGraphPanel::currentEnvironmentChanged);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_BracketRight);
    QCOMPARE(panel.currentEnvironment(), QStringLiteral("dev"));
    QCOMPARE(envSpy.last().at(0).toString(), QStringLiteral("dev"));
    QVERIFY(view->hasEmphasis());
    QCOMPARE(view->graphScene()->state().emphasised.size(), 5);  // Infra, Deploy, Scaling, Git Tag, QE
    QTest::keyClick(view, Qt::Key_BracketRight);
    QCOMPARE(panel.currentEnvironment(), QStringLiteral("prod"));
    // The other region keeps the environment (us-west-2 has only prod).
    QTest::keyClick(view, Qt::Key_BracketRight, Qt::ControlModifier);
    QCOMPARE(panel.currentPipeline(), 1);
    QCOMPARE(view->pipeline().value(QStringLiteral("name")).toString(), QStringLiteral("coreforrest [us-west-2]"));
    QCOMPARE(panel.currentEnvironment(), QStringLiteral("prod"));
    QCOMPARE(view->graphScene()->state().emphasised.size(), 7);
    // The selector offers the whole pipeline first.
    QComboBox *envs = panel.environmentSelector();
    QCOMPARE(envs->itemText(0), QStringLiteral("Whole pipeline"));
    envs->setCurrentIndex(0);
    QCOMPARE(panel.currentEnvironment(), QString());
    QVERIFY(!view->hasEmphasis());
}

void TestStageGraphView::panelOpensPipelineFiles()
{
    PipelineGraphPanel panel;
    QCOMPARE(panel.openPipelineFile(Test::goldenPath(Documented03)), QString());
    QCOMPARE(panel.pipelines().size(), 1);
    QCOMPARE(panel.view()->graphScene()->nodeItemCount(), 20);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[1, 2]");
    file.close();
    const QString error = panel.openPipelineFile(bad);
    QVERIFY(error.contains(bad));
    QCOMPARE(panel.pipelines().size(), 1);  // the previous graph stays
}

QTEST_MAIN(TestStageGraphView)
#include "tst_stagegraphview.moc"
