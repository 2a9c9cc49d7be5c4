// SPDX-License-Identifier: Apache-2.0
// Every Foremast pipeline type checked against what the real Foremast v5.15.4 produced: the
// public cases of golden/foremast-v5-types and the designer's own (tests/data/golden/types-own),
// pipelines and merged settings.
#include "TypesGolden.h"
#include "templates/JinjaRenderer.h"
#include "templates/PipelineTypes.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestTypesGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pipelines_data();
    void pipelines();
    void merged_data();
    void merged();

private:
    void addRows();
};

void TestTypesGolden::initTestCase()
{
    // Manual .j2 files and custom templates need Jinja2; CI installs python3-jinja2.
    QVERIFY2(!JinjaRenderer::python().isEmpty(), "python3 is needed for these tests");
}

void TestTypesGolden::addRows()
{
    QTest::addColumn<QString>("caseDir");
    QStringList cases = goldenCases(QStringLiteral("foremast-v5-types"));
    QVERIFY2(cases.size() >= 14, "the public foremast-v5-types cases are missing");
    const QDir own(QStringLiteral(FD_SOURCE_DIR "/tests/data/golden/types-own"));
    for (const QString &name : own.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        cases << own.filePath(name);
    for (const QString &dir : cases)
        QTest::newRow(qPrintable(QFileInfo(dir).dir().dirName() + QLatin1Char('/') + QFileInfo(dir).fileName())) << dir;
}

void TestTypesGolden::pipelines_data()
{
    addRows();
}

void TestTypesGolden::pipelines()
{
    QFETCH(QString, caseDir);
    const TypesCase c = typesCase(caseDir);
    QVERIFY2(!c.source.project.isEmpty(), "no identity");
    const Result<RunwayContext> context = openRunway(c.source);
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
    const Result<Generation> generation = generatePipelines(*context, c.options);
    QVERIFY2(generation.ok(), generation.ok() ? "" : qPrintable(generation.error().toString()));
    QVERIFY2(!generation->hasErrors(), qPrintable(messages(generation->findings, false).join(QLatin1Char('\n'))));

    const QMap<QString, QJsonObject> expected = renderedFiles(caseDir);
    QVERIFY(!expected.isEmpty());
    QStringList files;
    for (const GeneratedPipeline &pipeline : generation->pipelines)
        files << pipeline.fileName;
    files.sort();
    QCOMPARE(files, expected.keys());
    for (const GeneratedPipeline &pipeline : generation->pipelines) {
        const QJsonObject want = expected.value(pipeline.fileName);
        QVERIFY2(pipeline.json == want, qPrintable(pipeline.fileName + QLatin1Char('\n') + QString::fromUtf8(json(pipeline.json))));
        QCOMPARE(pipeline.name, want.value(QStringLiteral("name")).toString());
    }
}

void TestTypesGolden::merged_data()
{
    addRows();
}

void TestTypesGolden::merged()
{
    QFETCH(QString, caseDir);
    const Result<RunwayContext> context = openRunway(typesCase(caseDir).source);
    QVERIFY(context.ok());
    const QJsonObject expected = readObject(caseDir + QStringLiteral("/rendered/merged-configs.json"));
    QJsonObject actual = context->merged().json();
    // Foremast reads only the env files foremast.cfg lists (the `merged` verb leaves the others out too).
    const QString type = pipelineTypeOf(context->runway.pipelineValue());
    if (const auto read = PipelineTypes::fromConfig(context->config).readEnvs(context->config, type)) {
        for (const QString &env : context->runway.envs.keys()) {
            if (!read->contains(env))
                actual.remove(env);
        }
    }
    for (const QString &key : expected.keys())
        QCOMPARE(QJsonDocument(actual.value(key).toObject()).toJson(), QJsonDocument(expected.value(key).toObject()).toJson());
    QCOMPARE(actual.keys(), expected.keys());
}

QTEST_GUILESS_MAIN(TestTypesGolden)
#include "tst_typesgolden.moc"
