// SPDX-License-Identifier: Apache-2.0
// The non-ec2 types on bad and unusual input: every failure names the file, line or key, and
// Foremast's own failures are reported instead of producing a pipeline it would not make.
#include "GeneratorTestSupport.h"
#include "gate/PublishFromRunway.h"
#include "templates/JinjaRenderer.h"
#include "templates/ManualPipelines.h"
#include "templates/StalePipelines.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestTypeEdges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualNames_data();
    void manualNames();
    void manualBadFiles_data();
    void manualBadFiles();
    void jinjaMissingNamesPackage();
    void rollingWithoutTemplates();
    void templateOverridesApply();
    void mergeTemplateOverrideIsAnError();
    void onetimeNeedsRegularPipeline();
    void prodNamedEnvIsAnError();
    void lambdaSkipsEnvsWithoutSubnets();
    void eurekaMakesInfrastructureSkipTheResource_data();
    void eurekaMakesInfrastructureSkipTheResource();
    void staleByName_data();
    void staleByName();
    void publishRequestCleansByType();
};

void TestTypeEdges::manualNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::newRow("lstrip eats a character set") << "maintenance.json" << "intenance.json";
    QTest::newRow("slash to underscore") << "pipeline/smoke.json.j2" << "ipeline_smoke.json.j2";
    QTest::newRow("scheme") << "templates://deploy.json" << "deploy.json";
    QTest::newRow("unsafe characters") << "x?b%c#d\\e.json" << "x_b_c_d_e.json";
}

void TestTypeEdges::manualNames()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QCOMPARE(manualPipelineName(file), name);
}

void TestTypeEdges::manualBadFiles_data()
{
    QTest::addColumn<QByteArray>("pipeline");
    QTest::addColumn<QByteArray>("fileText");
    QTest::addColumn<QString>("expectedFile");
    QTest::addColumn<int>("expectedLine");
    QTest::addColumn<QString>("message");
    const QByteArray manual = R"({"type": "manual", "env": ["dev"],
  "pipeline_files": ["one.json.j2"]})";
    QTest::newRow("missing file") << QByteArray(R"({"type": "manual", "env": ["dev"],
  "pipeline_files": ["nope.json"]})") << QByteArray() << "pipeline.json" << 2 << "Cannot read the pipeline file";
    QTest::newRow("templates:// without templates_path")
        << QByteArray(R"({"type": "manual", "env": ["dev"], "pipeline_files": ["templates://x.json"]})") << QByteArray()
        << "pipeline.json" << 1 << "templates_path";
    QTest::newRow("not a list") << QByteArray(R"({"type": "manual", "pipeline_files": "one.json"})") << QByteArray()
                                << "pipeline.json" << 1 << "list of pipeline file names";
    QTest::newRow("jinja syntax error") << manual << QByteArray("{\n  \"name\": \"{{ oops(\"\n}") << "one.json.j2" << 2
                                        << "Jinja:";
    QTest::newRow("raise_exception") << manual << QByteArray("{}\n{{ raise_exception('no deploys on Friday') }}")
                                     << "one.json.j2" << 2 << "no deploys on Friday";
    QTest::newRow("rendered text not JSON") << manual << QByteArray("{\n  \"a\": {{ template_variables }}\n}")
                                            << "one.json.j2" << 0 << "at line 3 of the rendered text";
    QTest::newRow("plain file not JSON") << QByteArray(R"({"type": "manual", "pipeline_files": ["one.json"]})")
                                         << QByteArray("{\n  \"a\": 1,\n}") << "one.json" << 3 << "Invalid JSON";
    QTest::newRow("a number") << QByteArray(R"({"type": "manual", "pipeline_files": ["one.json"]})") << QByteArray("[3]")
                              << "one.json" << 0 << "Expected a pipeline";
}

void TestTypeEdges::manualBadFiles()
{
    QFETCH(QByteArray, pipeline);
    QFETCH(QByteArray, fileText);
    QFETCH(QString, expectedFile);
    QFETCH(int, expectedLine);
    QFETCH(QString, message);
    const ScratchRunway runway(pipeline, {{QStringLiteral("dev"), "{}"}});
    if (!fileText.isEmpty()) {
        const bool jinja = pipeline.contains("one.json.j2");
        QVERIFY(writeBytes(runway.folder() + (jinja ? QStringLiteral("/one.json.j2") : QStringLiteral("/one.json")), fileText));
    }
    const Result<RunwayContext> context = runway.open();
    QVERIFY(context.ok());
    const Result<Generation> generation = generatePipelines(*context, GenerationOptions());
    QVERIFY(!generation.ok());
    QVERIFY2(generation.error().message.contains(message), qPrintable(generation.error().toString()));
    QVERIFY2(generation.error().file.endsWith(expectedFile), qPrintable(generation.error().toString()));
    QCOMPARE(generation.error().line, expectedLine);
}

void TestTypeEdges::jinjaMissingNamesPackage()
{
    // A Python without Jinja2: -S keeps Debian's dist-packages off the path.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("python-without-jinja"));
    QVERIFY(writeBytes(fake, "#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n"));
    QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("FOREMAST_DESIGNER_PYTHON", fake.toUtf8());
    const ScratchRunway runway(R"({"type": "manual", "pipeline_files": ["a.json.j2", "b.json"]})", {{QStringLiteral("dev"), "{}"}});
    QVERIFY(writeBytes(runway.folder() + QStringLiteral("/a.json.j2"), "{}"));
    QVERIFY(writeBytes(runway.folder() + QStringLiteral("/b.json"), "{}"));
    const Result<Generation> manual = generatePipelines(*runway.open(), GenerationOptions());
    // Nothing else breaks: plain JSON files and the flow types need no Python.
    const ScratchRunway lambda(R"({"type": "lambda", "env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    const Result<Generation> flowType = generatePipelines(*lambda.open(), GenerationOptions());
    const ScratchRunway plain(R"({"type": "manual", "pipeline_files": ["b.json"]})", {{QStringLiteral("dev"), "{}"}});
    QVERIFY(writeBytes(plain.folder() + QStringLiteral("/b.json"), "{}"));
    const Result<Generation> plainManual = generatePipelines(*plain.open(), GenerationOptions());
    qunsetenv("FOREMAST_DESIGNER_PYTHON");
    QVERIFY(!manual.ok());
    QVERIFY2(manual.error().message.contains(QStringLiteral("python3-jinja2")), qPrintable(manual.error().message));
    QVERIFY(flowType.ok());
    QCOMPARE(flowType->pipelines.size(), 1);
    QVERIFY(plainManual.ok());
    QCOMPARE(plainManual->pipelines.first().fileName, QStringLiteral("pipeline-manual-1.json"));
}

void TestTypeEdges::rollingWithoutTemplates()
{
    const ScratchRunway runway(R"({"type": "rolling", "env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    const Result<Generation> generation = generatePipelines(*runway.open(), GenerationOptions());
    QVERIFY(!generation.ok());
    // Foremast's own failure: ForemastTemplateNotFound.
    QVERIFY2(generation.error().message.contains(QStringLiteral("pipeline/pipeline_stages_rolling.json.j2")),
             qPrintable(generation.error().toString()));
}

void TestTypeEdges::templateOverridesApply()
{
    QTemporaryDir templates;
    QByteArray deploy = readBytes(QStringLiteral(FD_SOURCE_DIR "/resources/foremast/templates/pipeline/stage-deploy.json.j2"));
    QVERIFY(deploy.contains("\"comments\": \"\","));
    deploy.replace("\"comments\": \"\",", "\"comments\": \"our deploy {{ data.app.environment }}\",");
    QVERIFY(writeBytes(templates.filePath(QStringLiteral("pipeline/stage-deploy.json.j2")), deploy));
    GenerationOptions options;
    options.templatesPath = templates.path();

    // An ec2 runway gets the team's stage-deploy.json.j2, as Foremast would.
    const ScratchRunway ec2(R"({"env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    Result<Generation> generation = generatePipelines(*ec2.open(), options);
    QVERIFY2(generation.ok(), generation.ok() ? "" : qPrintable(generation.error().toString()));
    QCOMPARE(stageNamed(generation->pipelines.first().json, QStringLiteral("Deploy dev")).value(QStringLiteral("comments")),
             QJsonValue(QStringLiteral("our deploy dev")));

    // lambda never renders stage-deploy.json.j2: its built-in flow stays in charge.
    const ScratchRunway lambda(R"({"type": "lambda", "env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    generation = generatePipelines(*lambda.open(), options);
    QVERIFY(generation.ok());
    QCOMPARE(stageNames(generation->pipelines.first().json),
             (QStringList{QStringLiteral("Infrastructure Setup Lambda [dev]"), QStringLiteral("Deploy Lambda [dev]")}));

    // An override lambda does render is used, as Foremast uses it (templates, not the flow).
    QByteArray lambdaDeploy = readBytes(QStringLiteral(FD_SOURCE_DIR "/resources/foremast/templates/pipeline/stage-deploy-lambda.json.j2"));
    QVERIFY(lambdaDeploy.contains("\"name\": \"Deploy Lambda ["));
    lambdaDeploy.replace("\"name\": \"Deploy Lambda [", "\"name\": \"Ship Lambda [");
    QVERIFY(writeBytes(templates.filePath(QStringLiteral("pipeline/stage-deploy-lambda.json.j2")), lambdaDeploy));
    generation = generatePipelines(*lambda.open(), options);
    QVERIFY2(generation.ok(), generation.ok() ? "" : qPrintable(generation.error().toString()));
    QCOMPARE(generation->flowName, QStringLiteral("templates"));
    QCOMPARE(stageNames(generation->pipelines.first().json),
             (QStringList{QStringLiteral("Infrastructure Setup Lambda [dev]"), QStringLiteral("Ship Lambda [dev]")}));
    QCOMPARE(generation->pipelines.first().envOfStage.value(QStringLiteral("2")), QStringLiteral("dev"));

    // A broken override is an error naming the template, never a pipeline without it.
    QVERIFY(writeBytes(templates.filePath(QStringLiteral("pipeline/stage-deploy-lambda.json.j2")), "{ \"name\": "));
    generation = generatePipelines(*lambda.open(), options);
    QVERIFY(!generation.ok());
    QVERIFY2(generation.error().file.contains(QStringLiteral("pipeline_stages_lambda.json.j2")),
             qPrintable(generation.error().toString()));
}

void TestTypeEdges::mergeTemplateOverrideIsAnError()
{
    // configs/configs.json.j2 in templates_path changes what Foremast merges; the designer does
    // not apply it, so it says so as an error (publishing stays blocked) instead of differing quietly.
    QTemporaryDir templates;
    GenerationOptions options;
    options.templatesPath = templates.path();
    const ScratchRunway lambda(R"({"type": "lambda", "env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    Result<Generation> generation = generatePipelines(*lambda.open(), options);
    QVERIFY(generation.ok());
    QVERIFY(!generation->hasErrors());

    const QString override = templates.filePath(QStringLiteral("configs/configs.json.j2"));
    QVERIFY(writeBytes(override, readBytes(QStringLiteral(FD_SOURCE_DIR "/resources/foremast/configs.json.j2"))));
    for (const char *pipeline : {R"({"type": "lambda", "env": ["dev"]})", R"({"env": ["dev"]})"}) {
        const ScratchRunway runway(pipeline, {{QStringLiteral("dev"), "{}"}});
        generation = generatePipelines(*runway.open(), options);
        QVERIFY(generation.ok());
        QVERIFY(generation->hasErrors());
        bool named = false;
        for (const Error &e : generation->findings)
            named = named || (!e.isWarning() && e.file == override && e.message.contains(QStringLiteral("configs/configs.json.j2")));
        QVERIFY2(named, qPrintable(messages(generation->findings, false).join(QLatin1Char('\n'))));
    }
}

void TestTypeEdges::onetimeNeedsRegularPipeline()
{
    const ScratchRunway runway(R"({"type": "s3", "env": ["dev", "stage"]})",
                               {{QStringLiteral("dev"), "{}"}, {QStringLiteral("stage"), "{}"}});
    GenerationOptions options;
    options.onetimeEnv = QStringLiteral("stage");
    Result<Generation> generation = generatePipelines(*runway.open(), options);
    QVERIFY(!generation.ok());
    QVERIFY2(generation.error().message.contains(QStringLiteral("regular pipeline")), qPrintable(generation.error().message));
    QCOMPARE(generation.error().region, QStringLiteral("us-east-1"));

    options.existingPipelines = QJsonArray{QJsonObject{{QStringLiteral("application"), QStringLiteral("coreforrest")},
                                                       {QStringLiteral("name"), QStringLiteral("coreforrest [us-east-1]")},
                                                       {QStringLiteral("id"), QStringLiteral("abc")}}};
    generation = generatePipelines(*runway.open(), options);
    QVERIFY2(generation.ok(), generation.ok() ? "" : qPrintable(generation.error().toString()));
    const GeneratedPipeline &pipeline = generation->pipelines.first();
    QCOMPARE(pipeline.name, QStringLiteral("coreforrest [us-east-1] (onetime-stage)"));
    QCOMPARE(pipeline.fileName, QStringLiteral("pipeline-us-east-1-onetime-stage.json"));
    QVERIFY(!pipeline.json.contains(QStringLiteral("id")));
    QCOMPARE(stageNames(pipeline.json),
             (QStringList{QStringLiteral("Bake [us-east-1]"), QStringLiteral("Infrastructure Setup S3 [stage]"),
                          QStringLiteral("Deploy S3 [stage]")}));
    QCOMPARE(pipeline.json.value(QStringLiteral("triggers")).toArray().at(0).toObject().value(QStringLiteral("enabled")),
             QJsonValue(false));
}

void TestTypeEdges::prodNamedEnvIsAnError()
{
    // Foremast looks for pipeline_prodp_lambda.json.j2, which it does not ship.
    const ScratchRunway runway(R"({"type": "lambda", "env": ["dev", "prodp"]})",
                               {{QStringLiteral("dev"), "{}"}, {QStringLiteral("prodp"), "{}"}});
    const Result<Generation> generation = generatePipelines(*runway.open(), GenerationOptions());
    QVERIFY(generation.ok());
    QVERIFY(generation->hasErrors());
    QVERIFY(messages(generation->findings, false).join(QLatin1Char('\n')).contains(QStringLiteral("pipeline_prodp_lambda.json.j2")));
}

void TestTypeEdges::lambdaSkipsEnvsWithoutSubnets()
{
    QTemporaryDir dir;
    const QString subnets = dir.filePath(QStringLiteral("subnets.json"));
    QVERIFY(writeBytes(subnets, R"({"dev": {"us-east-1": ["us-east-1a"]}})"));
    const Result<SubnetSource> source = SubnetSource::readFile(subnets);
    QVERIFY(source.ok());
    GenerationOptions options;
    options.subnets = source.value();
    for (const char *type : {"lambda", "s3"}) {
        const ScratchRunway runway(QStringLiteral(R"({"type": "%1", "env": ["dev", "stage"]})").arg(QLatin1String(type)).toUtf8(),
                                   {{QStringLiteral("dev"), "{}"}, {QStringLiteral("stage"), "{}"}});
        const Result<Generation> generation = generatePipelines(*runway.open(), options);
        QVERIFY(generation.ok());
        // lambda asks Gate for subnets and leaves stage out; s3 never asks.
        QCOMPARE(generation->pipelines.first().envs.size(), QLatin1String(type) == QLatin1String("lambda") ? 1 : 2);
    }
}

void TestTypeEdges::eurekaMakesInfrastructureSkipTheResource_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("resource"); // empty: no warning for this type
    QTest::newRow("lambda") << "lambda" << "Lambda function";
    QTest::newRow("s3") << "s3" << "S3 bucket";
    QTest::newRow("datapipeline") << "datapipeline" << "data pipeline";
    QTest::newRow("stepfunction") << "stepfunction" << "state machine";
    QTest::newRow("ec2: Eureka replaces the ELB, as meant") << "ec2" << "";
}

void TestTypeEdges::eurekaMakesInfrastructureSkipTheResource()
{
    // runner.py's prepare_infrastructure_aws tests Eureka before the type: a Lambda, S3, data
    // pipeline or step function app with Eureka on gets a pipeline but nothing to deploy to.
    QFETCH(QString, type);
    QFETCH(QString, resource);
    const ScratchRunway runway(QStringLiteral(R"({"type": "%1", "env": ["dev", "stage", "prod"]})").arg(type).toUtf8(),
                               {{QStringLiteral("dev"), "{\n  \"app\": {\n    \"eureka_enabled\": true\n  }\n}\n"},
                                {QStringLiteral("stage"), "{\"regions\": {\"us-east-1\": {\"app\": {\"eureka_enabled\": true}}}}"},
                                {QStringLiteral("prod"), "{\"app\": {\"eureka_enabled\": false}}"}});
    const Result<Generation> generation = generatePipelines(*runway.open(), GenerationOptions());
    QVERIFY(generation.ok());
    QList<Error> eureka;
    for (const Error &e : generation->findings) {
        if (e.message.contains(QStringLiteral("Eureka")))
            eureka << e;
    }
    if (resource.isEmpty()) {
        QVERIFY(eureka.isEmpty());
        return;
    }
    QCOMPARE(eureka.size(), 2);
    QCOMPARE(eureka.at(0).severity, Error::Severity::Warning);
    QCOMPARE(eureka.at(0).env, QStringLiteral("dev"));
    QVERIFY(eureka.at(0).file.endsWith(QStringLiteral("application-master-dev.json")));
    QCOMPARE(eureka.at(0).keyPath, QStringLiteral("app.eureka_enabled"));
    QCOMPARE(eureka.at(0).line, 3);
    QVERIFY2(eureka.at(0).message.contains(resource), qPrintable(eureka.at(0).message));
    QCOMPARE(eureka.at(1).env, QStringLiteral("stage"));
    QCOMPARE(eureka.at(1).keyPath, QStringLiteral("regions.us-east-1.app.eureka_enabled"));
    QVERIFY(!generation->hasErrors()); // the pipeline is still Foremast's
}

void TestTypeEdges::staleByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("stale");
    QTest::newRow("kept region") << "app [us-east-1]" << false;
    QTest::newRow("removed region") << "app [eu-west-1]" << true;
    QTest::newRow("any one-time pipeline") << "app [us-east-1] (onetime-stage)" << true;
    QTest::newRow("one-time of another app too") << "other thing (onetime-dev)" << true;
    QTest::newRow("hand-made") << "Deploy everything" << false;
    QTest::newRow("two words before") << "my app [eu-west-1]" << false;
    QTest::newRow("another app") << "other [eu-west-1]" << false;
    QTest::newRow("empty brackets") << "app []" << true;
    QTest::newRow("empty name") << "" << false;
}

void TestTypeEdges::staleByName()
{
    QFETCH(QString, name);
    QFETCH(bool, stale);
    const QJsonArray existing{QJsonObject{{QStringLiteral("name"), name}}};
    QCOMPARE(StalePipelines::names(existing, QStringLiteral("app"), {QStringLiteral("us-east-1")}).size(), stale ? 1 : 0);
}

void TestTypeEdges::publishRequestCleansByType()
{
    const ScratchRunway manual(R"({"type": "manual", "pipeline_files": ["a.json"]})", {{QStringLiteral("dev"), "{}"}});
    QVERIFY(writeBytes(manual.folder() + QStringLiteral("/a.json"), R"([{"name": "A"}, {"name": "B"}])"));
    const Result<RunwayContext> context = manual.open();
    const Result<Generation> generation = generatePipelines(*context, GenerationOptions());
    QVERIFY(generation.ok());
    PublishRequest request = publishRequest(*context, *generation);
    QVERIFY(!request.cleanStale); // Foremast never deletes anything for manual pipelines
    QCOMPARE(request.pipelines.at(1).region, QStringLiteral("manual-2"));

    const ScratchRunway lambda(R"({"type": "lambda", "env": ["dev"]})",
                               {{QStringLiteral("dev"), R"({"regions": ["us-west-2"]})"}, {QStringLiteral("prod"), "{}"}});
    const Result<RunwayContext> lambdaContext = lambda.open();
    request = publishRequest(*lambdaContext, *generatePipelines(*lambdaContext, GenerationOptions()));
    QVERIFY(request.cleanStale);
    QCOMPARE(request.keptRegions, QStringList{QStringLiteral("us-west-2")});
}

QTEST_GUILESS_MAIN(TestTypeEdges)
#include "tst_typeedges.moc"
