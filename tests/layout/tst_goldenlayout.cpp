// SPDX-License-Identifier: Apache-2.0
// The golden pipelines must sit in the columns and rows Spinnaker draws them in, as the
// documentation's diagrams (shared/docs/diagrams/*.png) show.
#include "../support/SharedData.h"
#include "LayoutTestUtil.h"
#include "layout/PipelineStages.h"

#include <QDir>
#include <QTest>

using namespace Fd;
using Fd::Test::goldenPath;

namespace {

/// "name@column,row" for every stage, in the pipeline's order, joined by "; ".
QString describe(const StageLayout &layout)
{
    QStringList parts;
    for (int i = 1; i < layout.nodes.size(); ++i) {
        const LayoutNode &node = layout.nodes.at(i);
        parts << QStringLiteral("%1@%2,%3").arg(node.name).arg(node.column).arg(node.row);
    }
    return parts.join(QStringLiteral("; "));
}

struct GoldenCase
{
    const char *tag;
    const char *file;
    const char *expected;
};

const GoldenCase goldenCases[] = {
    // minimal-pipeline-example.png is this shape: Checkpoint stays on the main row, the scaling
    // policy (a leaf) goes below it.
    {"v5 01", "foremast-v5/01-getting-started-dev/rendered/pipeline-us-east-1.json",
     "Bake [us-east-1]@1,0; Infrastructure Setup [dev]@2,0; Deploy dev@3,0"},
    {"v5 02 us-east-1", "foremast-v5/02-dev-prod-two-regions/rendered/pipeline-us-east-1.json",
     "Bake [us-east-1]@1,0; Infrastructure Setup [dev]@2,0; Deploy dev@3,0; "
     "Attach Scaling Policy [dev]@4,1; Checkpoint prod@4,0; Infrastructure Setup [prod]@5,0; "
     "Deploy prod@6,0; Deploy prod@7,0"},
    {"v5 02 us-west-2", "foremast-v5/02-dev-prod-two-regions/rendered/pipeline-us-west-2.json",
     "Bake [us-west-2]@1,0; Checkpoint prod@2,0; Infrastructure Setup [prod]@3,0; Deploy prod@4,0; "
     "Deploy prod@5,0"},
    {"v5 03", "foremast-v5/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json",
     "Bake [us-east-1]@1,0; Infrastructure Setup [dev]@2,0; Deploy dev@3,0; DEV: Notify QA@4,1; "
     "Infrastructure Setup [stage]@4,0; Deploy stage@5,0; Checkpoint prod@6,0; "
     "Infrastructure Setup [prod]@7,0; Deploy prod@8,0; Deploy prod@9,0; "
     "Attach Scaling Policy [prod]@10,0"},
    // single-env-pipeline.png: QE dev on the main row, Git Tag dev below it; Git Tag packaging
    // below Infrastructure Setup [dev].
    {"documented 01", "documented-flow/01-getting-started-dev/rendered/pipeline-us-east-1.json",
     "Bake [us-east-1]@1,0; Git Tag packaging@2,1; Infrastructure Setup [dev]@2,0; Deploy dev@3,0; "
     "Git Tag dev@4,1; QE dev@4,0"},
    // foremast-pipeline.png (dev part) and prod-pipeline.png: QE, then Git Tag, then Attach
    // Scaling Policy / ServiceNow stacked in the column after Deploy.
    {"documented 02 us-east-1", "documented-flow/02-dev-prod-two-regions/rendered/pipeline-us-east-1.json",
     "Bake [us-east-1]@1,0; Git Tag packaging@2,1; Infrastructure Setup [dev]@2,0; Deploy dev@3,0; "
     "Attach Scaling Policy [dev]@4,2; Git Tag dev@4,1; QE dev@4,0; Checkpoint prod@5,0; "
     "Audit Approval [prod]@6,0; Infrastructure Setup [prod]@7,0; Deploy prod@8,0; ServiceNow@9,2; "
     "Git Tag prod@9,1; QE prod@9,0"},
    {"documented 02 us-west-2", "documented-flow/02-dev-prod-two-regions/rendered/pipeline-us-west-2.json",
     "Bake [us-west-2]@1,0; Git Tag packaging@2,1; Checkpoint prod@2,0; Audit Approval [prod]@3,0; "
     "Infrastructure Setup [prod]@4,0; Deploy prod@5,0; ServiceNow@6,2; Git Tag prod@6,1; QE prod@6,0"},
    // foremast-pipeline.png is this pipeline up to "Git Tag stage".
    {"documented 03", "documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json",
     "Bake [us-east-1]@1,0; Git Tag packaging@2,1; Infrastructure Setup [dev]@2,0; Deploy dev@3,0; "
     "Git Tag dev@4,1; QE dev@4,0; Checkpoint stage@5,0; Infrastructure Setup [stage]@6,0; "
     "Deploy stage@7,0; Git Tag stage@8,1; QE stage@8,0; Checkpoint prod@9,0; "
     "Audit Approval [prod]@10,0; Infrastructure Setup [prod]@11,0; Deploy prod@12,0; "
     "Attach Scaling Policy [prod]@13,2; ServiceNow@13,3; Git Tag prod@13,1; QE prod@13,0"},
};

} // namespace

class TestGoldenLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenPlacement_data();
    void goldenPlacement();
    void everyGoldenPipelineIsCovered();
    void documentedFlowMatchesForemastPipelinePng();
};

void TestGoldenLayout::goldenPlacement_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    for (const GoldenCase &c : goldenCases)
        QTest::newRow(c.tag) << QString::fromUtf8(c.file) << QString::fromUtf8(c.expected);
}

void TestGoldenLayout::goldenPlacement()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result<PipelineFile> read = PipelineFile::read(goldenPath(file));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read->pipelines.size(), 1);
    Errors shape;
    const QList<LayoutStage> stages = stagesFromPipeline(read->pipelines.first(), &shape);
    QVERIFY(shape.isEmpty());
    const StageLayout layout = layoutStages(stages);
    QCOMPARE(describe(layout), expected);
    QVERIFY(layout.findings.isEmpty());
    QCOMPARE(layout.placeholders.size(), 0);
    QCOMPARE(FdTest::checkInvariants(layout, int(stages.size())), QString());
}

void TestGoldenLayout::everyGoldenPipelineIsCovered()
{
    // A golden case added to shared/ must get its expected placement above.
    QStringList files;
    for (const QString &flow : {QStringLiteral("foremast-v5"), QStringLiteral("documented-flow")}) {
        const QDir dir(goldenPath(flow));
        for (const QString &caseName : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir rendered(dir.filePath(caseName + QStringLiteral("/rendered")));
            for (const QString &name : rendered.entryList({QStringLiteral("pipeline-*.json")}, QDir::Files, QDir::Name))
                files << QStringLiteral("%1/%2/rendered/%3").arg(flow, caseName, name);
        }
    }
    QVERIFY(files.size() >= 8);
    for (const QString &file : std::as_const(files)) {
        bool covered = false;
        for (const GoldenCase &c : goldenCases)
            covered = covered || file == QLatin1String(c.file);
        QVERIFY2(covered, qPrintable(file));
    }
}

void TestGoldenLayout::documentedFlowMatchesForemastPipelinePng()
{
    // The statements of the issue about foremast-pipeline.png, checked one by one.
    const Result<PipelineFile> read = PipelineFile::read(
        goldenPath(QStringLiteral("documented-flow/02-dev-prod-two-regions/rendered/pipeline-us-east-1.json")));
    QVERIFY(read.ok());
    const StageLayout layout = layoutStages(stagesFromPipeline(read->pipelines.first()));
    const auto at = [&](const QString &name) {
        for (const LayoutNode &node : layout.nodes) {
            if (node.name == name)
                return QPoint(node.column, node.row);
        }
        return QPoint(-1, -1);
    };
    QCOMPARE(at(QStringLiteral("Configuration")), QPoint(0, 0));
    QCOMPARE(at(QStringLiteral("Bake [us-east-1]")).x(), 1);
    QCOMPARE(at(QStringLiteral("Infrastructure Setup [dev]")), QPoint(2, 0));
    QCOMPARE(at(QStringLiteral("Git Tag packaging")).x(), 2);
    QCOMPARE(at(QStringLiteral("QE dev")), QPoint(4, 0));
    QCOMPARE(at(QStringLiteral("Git Tag dev")), QPoint(4, 1));
    QCOMPARE(at(QStringLiteral("Attach Scaling Policy [dev]")), QPoint(4, 2));
    // Leaves are drawn with a flat right side: the tags and the scaling policy, not QE dev.
    for (const LayoutNode &node : layout.nodes) {
        const bool sideStage = node.name.startsWith(QLatin1String("Git Tag")) || node.name.startsWith(QLatin1String("Attach"))
            || node.name == QLatin1String("ServiceNow") || node.name == QLatin1String("QE prod");
        QCOMPARE(node.leaf, sideStage);
    }
}

QTEST_GUILESS_MAIN(TestGoldenLayout)
#include "tst_goldenlayout.moc"
