// SPDX-License-Identifier: Apache-2.0
// The stage graph for 2,000 stages. Targets (docs/performance.md): the layout under 20 ms,
// building the scene under 200 ms.
#include "graph/GraphExport.h"
#include "graph/StageGraphScene.h"
#include "layout/StageLayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <ctime>
#include <utility>

using namespace Fd;

namespace {

/// Foremast-shaped: envs of Checkpoint → Infrastructure Setup → Deploy with a scaling policy,
/// a webhook and a Git Tag hanging off each Deploy, repeated until there are `count` stages.
QJsonObject foremastShaped(int count)
{
    QJsonArray stages;
    int main = 0;
    const auto add = [&stages](const QString &refId, const QString &name, const QString &parent) {
        QJsonObject stage{{QStringLiteral("refId"), refId}, {QStringLiteral("name"), name},
                          {QStringLiteral("type"), QStringLiteral("jenkins")}};
        stage.insert(QStringLiteral("requisiteStageRefIds"),
                     parent.isEmpty() ? QJsonArray() : QJsonArray{parent});
        stages << stage;
    };
    add(QString::number(++main), QStringLiteral("Bake [us-east-1]"), QString());
    for (int env = 0; stages.size() < count; ++env) {
        const QString name = QStringLiteral("env%1").arg(env);
        for (const QString &stage : {QStringLiteral("Checkpoint %1"), QStringLiteral("Infrastructure Setup [%1]"),
                                     QStringLiteral("Deploy %1")}) {
            add(QString::number(main + 1), stage.arg(name), QString::number(main));
            ++main;
        }
        for (const QString &side : {QStringLiteral("Attach Scaling Policy [%1]"), QStringLiteral("%1: Notify QA"),
                                    QStringLiteral("Git Tag %1")}) {
            if (stages.size() < count)
                add(QStringLiteral("%1-%2").arg(main).arg(stages.size()), side.arg(name), QString::number(main));
        }
    }
    while (stages.size() > count)
        stages.removeLast();
    return {{QStringLiteral("name"), QStringLiteral("big [us-east-1]")}, {QStringLiteral("stages"), stages}};
}

/// A denser DAG: every stage needs one of the four before it, a fifth of them a second, older one.
QJsonObject tangled(int count)
{
    QJsonArray stages;
    quint32 seed = 12345;
    const auto next = [&seed](int bound) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % quint32(bound));
    };
    for (int i = 1; i <= count; ++i) {
        QJsonArray requisites;
        if (i > 1)
            requisites << QString::number(std::max(1, i - 1 - next(4)));
        if (i > 2 && next(5) == 0)
            requisites << QString::number(std::max(1, i - 2 - next(30)));
        stages << QJsonObject{{QStringLiteral("refId"), QString::number(i)},
                              {QStringLiteral("name"), QStringLiteral("Stage number %1 of a long pipeline").arg(i)},
                              {QStringLiteral("requisiteStageRefIds"), requisites}};
    }
    return {{QStringLiteral("stages"), stages}};
}

QList<LayoutStage> toStages(const QJsonObject &pipeline)
{
    QList<LayoutStage> stages;
    for (const QJsonValue &value : pipeline.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject object = value.toObject();
        LayoutStage stage;
        stage.refId = object.value(QStringLiteral("refId")).toString();
        stage.name = object.value(QStringLiteral("name")).toString();
        for (const QJsonValue &ref : object.value(QStringLiteral("requisiteStageRefIds")).toArray())
            stage.requisiteStageRefIds << ref.toString();
        stages << stage;
    }
    return stages;
}

} // namespace

class BenchGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout_data();
    void layout();
    void measuredLayout_data();
    void measuredLayout();
    void buildScene_data();
    void buildScene();
    void renderPng();
    void cpuTime();
};

void BenchGraph::layout_data()
{
    QTest::addColumn<QJsonObject>("pipeline");
    QTest::newRow("foremast-shaped 2000") << foremastShaped(2000);
    QTest::newRow("tangled 2000") << tangled(2000);
}

void BenchGraph::layout()
{
    // The pure layout, with the font-free label estimate.
    QFETCH(QJsonObject, pipeline);
    const QList<LayoutStage> stages = toStages(pipeline);
    QCOMPARE(stages.size(), 2000);
    StageLayout result;
    QBENCHMARK {
        result = layoutStages(stages);
    }
    QCOMPARE(result.nodes.size(), 2001);
    QVERIFY(result.findings.isEmpty());
}

void BenchGraph::measuredLayout_data()
{
    layout_data();
}

void BenchGraph::measuredLayout()
{
    // What the view does before building items: read the stages, wrap every label with the real
    // font, lay out.
    QFETCH(QJsonObject, pipeline);
    const GraphStyle style = GraphStyle::deck(GraphStyle::fixedFont());
    StageGraph graph;
    QBENCHMARK {
        graph = StageGraph::build(pipeline, style);
    }
    QCOMPARE(graph.nodeCount(), 2001);
}

void BenchGraph::buildScene_data()
{
    layout_data();
}

void BenchGraph::buildScene()
{
    // StageGraph::build plus one item per node and edge: everything setPipeline() does.
    QFETCH(QJsonObject, pipeline);
    const GraphStyle style = GraphStyle::deck(GraphStyle::fixedFont());
    StageGraphScene scene;
    QBENCHMARK {
        scene.setGraph(StageGraph::build(pipeline, style), style);
    }
    QCOMPARE(scene.nodeItemCount(), 2001);
}

void BenchGraph::renderPng()
{
    // For reference: painting all 2,000 stages into an image (the render verb, PNG export).
    const GraphStyle style = GraphStyle::deck(GraphStyle::fixedFont());
    const StageGraph graph = StageGraph::build(foremastShaped(2000), style);
    QImage image;
    QBENCHMARK {
        image = GraphExport::renderImage(graph, GraphState(), style, 0.25);
    }
    QVERIFY(!image.isNull());
}

void BenchGraph::cpuTime()
{
    // CPU time per run (mean of 20): steadier than wall time on a busy machine.
    const GraphStyle style = GraphStyle::deck(GraphStyle::fixedFont());
    for (const auto &[name, pipeline] : {std::pair{"foremast-shaped", foremastShaped(2000)}, std::pair{"tangled", tangled(2000)}}) {
        const QList<LayoutStage> stages = toStages(pipeline);
        constexpr int Runs = 20;
        std::clock_t start = std::clock();
        for (int i = 0; i < Runs; ++i)
            QCOMPARE(layoutStages(stages).nodes.size(), 2001);
        const double layoutMs = 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / Runs;
        StageGraphScene scene;
        QElapsedTimer wall;
        wall.start();
        start = std::clock();
        for (int i = 0; i < Runs; ++i)
            scene.setGraph(StageGraph::build(pipeline, style), style);
        const double sceneMs = 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / Runs;
        qInfo("%s 2000: layout %.1f ms CPU, scene %.1f ms CPU (%.1f ms wall)", name, layoutMs, sceneMs,
              double(wall.elapsed()) / Runs);
    }
}

QTEST_MAIN(BenchGraph)
#include "bench_graph.moc"
