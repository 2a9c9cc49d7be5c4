// SPDX-License-Identifier: Apache-2.0
// Generation checked against what the real Foremast produced: every golden case, both flows.
#include "GeneratorTestSupport.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foremastV5Golden_data();
    void foremastV5Golden();
    void documentedFlowGraph_data();
    void documentedFlowGraph();
    void generationIsRepeatable();
};

namespace {

Generation generate(const RunwaySource &source, const QString &flow)
{
    const Result<RunwayContext> context = openRunway(source);
    if (!context)
        qFatal("cannot open %s: %s", qPrintable(source.folder), qPrintable(context.error().toString()));
    GenerationOptions options;
    options.flow = flow;
    const Result<Generation> generation = generatePipelines(*context, options);
    if (!generation)
        qFatal("cannot generate: %s", qPrintable(generation.error().toString()));
    return generation.value();
}

/// A readable account of the first difference between two stage lists.
QString firstDifference(const QJsonArray &actual, const QJsonArray &expected)
{
    for (int i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        const QJsonObject a = actual.at(i).toObject();
        const QJsonObject e = expected.at(i).toObject();
        if (a == e)
            continue;
        QStringList keys = a.keys() + e.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            if (a.value(key) != e.value(key)) {
                return QStringLiteral("stage %1 (%2) key %3:\n actual   %4\n expected %5")
                    .arg(i)
                    .arg(e.value(QStringLiteral("name")).toString(), key,
                         QString::fromUtf8(json(QJsonObject{{key, a.value(key)}})),
                         QString::fromUtf8(json(QJsonObject{{key, e.value(key)}})));
            }
        }
    }
    return QStringLiteral("stage lists differ in length: %1 vs %2").arg(actual.size()).arg(expected.size());
}

/// Each stage as "type name <- parent names | job", sorted: the graph without refIds.
QStringList graphOf(const QJsonObject &pipeline)
{
    QHash<QString, QString> names;
    const QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    for (const QJsonValue &value : stages)
        names.insert(value.toObject().value(QStringLiteral("refId")).toString(),
                     value.toObject().value(QStringLiteral("name")).toString());
    QStringList graph;
    for (const QJsonValue &value : stages) {
        const QJsonObject stage = value.toObject();
        QStringList parents;
        for (const QJsonValue &requisite : stage.value(QStringLiteral("requisiteStageRefIds")).toArray())
            parents << names.value(requisite.toString(), QStringLiteral("?missing"));
        parents.sort();
        graph << QStringLiteral("%1 \"%2\" <- [%3] | %4")
                     .arg(stage.value(QStringLiteral("type")).toString(), stage.value(QStringLiteral("name")).toString(),
                          parents.join(QStringLiteral(", ")), stage.value(QStringLiteral("job")).toString());
    }
    graph.sort();
    return graph;
}

void addCaseRows(const QString &set)
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = goldenCases(set);
    QVERIFY2(!cases.isEmpty(), "no golden cases found");
    for (const QString &dir : cases)
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

} // namespace

void TestGenerator::foremastV5Golden_data()
{
    addCaseRows(QStringLiteral("foremast-v5"));
}

void TestGenerator::foremastV5Golden()
{
    QFETCH(QString, caseDir);
    const RunwaySource source = goldenSource(caseDir);
    QVERIFY2(!source.project.isEmpty(), "no project/repo in summary.json");
    const Generation generation = generate(source, QStringLiteral("foremast-v5"));
    QVERIFY2(!generation.hasErrors(), qPrintable(messages(generation.findings, false).join(QLatin1Char('\n'))));

    const QMap<QString, QJsonObject> expected = goldenPipelines(caseDir);
    QVERIFY(!expected.isEmpty());
    QStringList regions;
    for (const GeneratedPipeline &pipeline : generation.pipelines)
        regions << pipeline.region;
    regions.sort();
    QCOMPARE(regions, expected.keys()); // no extra and no missing regions

    for (const GeneratedPipeline &pipeline : generation.pipelines) {
        const QJsonObject want = expected.value(pipeline.region);
        const QJsonArray gotStages = pipeline.json.value(QStringLiteral("stages")).toArray();
        const QJsonArray wantStages = want.value(QStringLiteral("stages")).toArray();
        QVERIFY2(gotStages == wantStages, qPrintable(pipeline.region + QLatin1Char(' ')
                                                     + firstDifference(gotStages, wantStages)));
        QCOMPARE(QJsonDocument(pipeline.json), QJsonDocument(want));
        QCOMPARE(pipeline.name, want.value(QStringLiteral("name")).toString());
    }
}

void TestGenerator::documentedFlowGraph_data()
{
    addCaseRows(QStringLiteral("documented-flow"));
}

void TestGenerator::documentedFlowGraph()
{
    QFETCH(QString, caseDir);
    const RunwaySource source = goldenSource(caseDir);
    const Generation generation = generate(source, QStringLiteral("documented"));
    QVERIFY2(!generation.hasErrors(), qPrintable(messages(generation.findings, false).join(QLatin1Char('\n'))));
    const QMap<QString, QJsonObject> expected = goldenPipelines(caseDir);
    QCOMPARE(generation.pipelines.size(), expected.size());
    for (const GeneratedPipeline &pipeline : generation.pipelines) {
        QVERIFY2(expected.contains(pipeline.region), qPrintable(pipeline.region));
        QCOMPARE(graphOf(pipeline.json), graphOf(expected.value(pipeline.region)));
        // Outside the graph the flow behaves like foremast-v5: the same pipeline-level fields.
        QCOMPARE(pipeline.json.value(QStringLiteral("triggers")).toArray().at(0).toObject().value(QStringLiteral("job")),
                 expected.value(pipeline.region).value(QStringLiteral("triggers")).toArray().at(0).toObject().value(QStringLiteral("job")));
    }
}

void TestGenerator::generationIsRepeatable()
{
    // The GUI regenerates on every edit: the same input must give the same output.
    const RunwaySource source = goldenSource(goldenCases(QStringLiteral("foremast-v5")).value(2));
    const Generation first = generate(source, QStringLiteral("documented"));
    const Generation second = generate(source, QStringLiteral("documented"));
    QCOMPARE(first.pipelines.size(), second.pipelines.size());
    for (int i = 0; i < first.pipelines.size(); ++i)
        QCOMPARE(first.pipelines.at(i).json, second.pipelines.at(i).json);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
