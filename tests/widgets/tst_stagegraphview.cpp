// SPDX-License-Identifier: Apache-2.0
// The stage graph view: items for what the layout holds, bad input, selection and hover, findings,
// environment emphasis, palette and font changes, and rebuilds that keep what they can.
// Keys and zoom: tst_stagegraphnavigation; export: tst_graphexport; the panel: tst_pipelinegraphpanel.
#include "StageGraphTestSupport.h"
#include "graph/StageGraphItems.h"
#include "graph/StageGraphScene.h"
#include "layout/EnvironmentStages.h"

#include <QApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Fd;
using namespace Fd::GraphTest;

class TestStageGraphView : public ViewTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void itemsForEveryNodeAndEdge();
    void badInputStillDraws_data();
    void badInputStillDraws();
    void clickSelects();
    void hoverHighlightsNodeAndEdges();
    void selectionDrawsTheBar();
    void findingsTurnNodesRed();
    void environmentEmphasis();
    void followsPalette();
    void selectionSurvivesRebuild();
    void valueEditKeepsItems();
};

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

    // The first env's block is shown from the pipeline's start, not centred with the
    // Configuration and Bake stages cut off at the left edge.
    m_view->resize(1000, 400);
    m_view->setEmphasis(refIdsOfEnvironment(pipeline, QStringLiteral("dev")));
    m_view->fitToWindow();
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(shown.left() <= m_view->sceneRect().left() + 1);
    QVERIFY(shown.contains(graph.layout.nodes.at(deployDev).position));

    m_view->clearEmphasis();
    QVERIFY(!m_view->graphScene()->state().isFaded(deployDev));
    QVERIFY(near(glyphColor(m_view->renderImage(), graph, deployDev), style.nodeFill));
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

QTEST_MAIN(TestStageGraphView)
#include "tst_stagegraphview.moc"
