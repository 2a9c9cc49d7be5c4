// SPDX-License-Identifier: Apache-2.0
// Generating every pipeline of a large runway, as the designer window does on each edit.
// Target (docs/performance.md): 12 envs x 6 regions, about 290 stages, under 10 ms.
#include "../support/LargeRunway.h"
#include "generator/PipelineGenerator.h"
#include "runway/RunwayContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Fd;

class BenchGenerate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generate_data();
    void generate();
    void openAndGenerate();
    void cpuTimePerGeneration();

private:
    QTemporaryDir m_dir;
    QString m_runway;
};

namespace {

const QStringList &Envs = Test::LargeRunway::envs();
const QStringList &Regions = Test::LargeRunway::regions();

RunwaySource source(const QString &folder)
{
    return {folder, QStringLiteral("forrest"), QStringLiteral("core"), {}};
}

} // namespace

void BenchGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runway = m_dir.filePath(QStringLiteral("runway"));
    QVERIFY(Test::LargeRunway::write(m_runway));

    const Result<RunwayContext> context = openRunway(source(m_runway));
    QVERIFY(context.ok());
    QVERIFY(!context->hasErrors());
    const Result<Generation> generation = generatePipelines(*context, GenerationOptions());
    QVERIFY(generation.ok());
    QVERIFY(!generation->hasErrors());
    int stages = 0;
    for (const GeneratedPipeline &pipeline : generation->pipelines)
        stages += int(pipeline.json.value(QStringLiteral("stages")).toArray().size());
    QCOMPARE(generation->pipelines.size(), Regions.size());
    qInfo("%d envs x %d regions: %d pipelines, %d stages (foremast-v5)", int(Envs.size()), int(Regions.size()),
          int(generation->pipelines.size()), stages);
}

void BenchGenerate::generate_data()
{
    QTest::addColumn<QString>("flow");
    QTest::newRow("foremast-v5") << QStringLiteral("foremast-v5");
    QTest::newRow("documented") << QStringLiteral("documented");
}

void BenchGenerate::generate()
{
    // The window keeps the opened runway and regenerates from it: merge + generation + validation.
    QFETCH(QString, flow);
    const Result<RunwayContext> context = openRunway(source(m_runway));
    QVERIFY(context.ok());
    GenerationOptions options;
    options.flow = flow;
    int pipelines = 0;
    QBENCHMARK {
        const Result<Generation> generation = generatePipelines(*context, options);
        pipelines = int(generation->pipelines.size());
    }
    QCOMPARE(pipelines, Regions.size());
}

void BenchGenerate::openAndGenerate()
{
    // For comparison: reading the 13 files and foremast.cfg as well.
    QBENCHMARK {
        const Result<RunwayContext> context = openRunway(source(m_runway));
        const Result<Generation> generation = generatePipelines(*context, GenerationOptions());
        QVERIFY(generation.ok());
    }
}

void BenchGenerate::cpuTimePerGeneration()
{
    // CPU time rather than wall time: the figure stays meaningful on a busy shared machine.
    const Result<RunwayContext> context = openRunway(source(m_runway));
    QVERIFY(context.ok());
    for (const QString &flow : {QStringLiteral("foremast-v5"), QStringLiteral("documented")}) {
        GenerationOptions options;
        options.flow = flow;
        QVERIFY(generatePipelines(*context, options).ok()); // warm up (loads the flow)
        const int runs = 50;
        const std::clock_t start = std::clock();
        for (int i = 0; i < runs; ++i)
            QVERIFY(generatePipelines(*context, options).ok());
        const double ms = double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC / runs;
        qInfo("%s: %.2f ms CPU per generation (mean of %d)", qPrintable(flow), ms, runs);
    }
}

QTEST_GUILESS_MAIN(BenchGenerate)
#include "bench_generate.moc"
