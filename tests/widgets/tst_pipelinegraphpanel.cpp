// SPDX-License-Identifier: Apache-2.0
// The graph panel: switching environments and regions by keys and selectors, and opening
// pipeline JSON files (a bad one keeps the previous graph).
#include "StageGraphTestSupport.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphScene.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;
using namespace Fd::GraphTest;

class TestPipelineGraphPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchesEnvironmentsAndRegions();
    void opensPipelineFiles();
};

void TestPipelineGraphPanel::switchesEnvironmentsAndRegions()
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

void TestPipelineGraphPanel::opensPipelineFiles()
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

QTEST_MAIN(TestPipelineGraphPanel)
#include "tst_pipelinegraphpanel.moc"
