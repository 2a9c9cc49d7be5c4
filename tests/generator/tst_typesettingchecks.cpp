// SPDX-License-Identifier: Apache-2.0
// A lambda or s3 env setting that Foremast's infrastructure step (or the AWS call it makes)
// refuses is a warning naming the file, line and key where the value is set, an env's own block
// or a region's override, and the Foremast line that refuses it; good values and other types'
// runways give none.
#include "GeneratorTestSupport.h"

#include "generator/PipelineGenerator.h"

#include <QTest>

using namespace Fd;
using Fd::GenTest::ScratchRunway;

class TestTypeSettingChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badValues_data();
    void badValues();
    void goodValuesAndOtherTypesPass_data();
    void goodValuesAndOtherTypesPass();
};

namespace {

/// The findings of generating a dev-only runway of `type` whose env file is `envText`.
QList<Error> findingsOf(const QString &type, const QByteArray &envText)
{
    const ScratchRunway runway(QStringLiteral(R"({"type": "%1", "env": ["dev"]})").arg(type).toUtf8(),
                               {{QStringLiteral("dev"), envText}});
    const Result<RunwayContext> context = runway.open();
    if (!context.ok())
        qFatal("runway does not open");
    const Result<Generation> generation = generatePipelines(*context, GenerationOptions());
    if (!generation.ok())
        qFatal("generation failed");
    QList<Error> out;
    for (const Error &e : generation->findings) {
        if (e.message.contains(QLatin1String(".py")))
            out << e;
    }
    return out;
}

} // namespace

void TestTypeSettingChecks::badValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("envText");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("cites");

    QTest::newRow("memory is not a number") << "lambda" << QByteArray("{\n  \"app\": {\n    \"lambda_memory\": \"lots\"\n  }\n}\n")
                                            << "app.lambda_memory" << 3 << "awslambda.py:355";
    QTest::newRow("timeout above Lambda's limit") << "lambda" << QByteArray("{\"app\": {\"lambda_timeout\": 901}}")
                                                  << "app.lambda_timeout" << 1 << "awslambda.py:354";
    QTest::newRow("subnet count as text") << "lambda" << QByteArray("{\"app\": {\"lambda_subnet_count\": \"2\"}}")
                                          << "app.lambda_subnet_count" << 1 << "awslambda.py:126";
    QTest::newRow("concurrency as text") << "lambda" << QByteArray("{\"app\": {\"lambda_concurrency_limit\": \"5\"}}")
                                         << "app.lambda_concurrency_limit" << 1 << "awslambda.py:282";
    QTest::newRow("any provisioned concurrency") << "lambda" << QByteArray("{\"app\": {\"lambda_provisioned_throughput\": 2}}")
                                                 << "app.lambda_provisioned_throughput" << 1 << "awslambda.py:245";
    QTest::newRow("tracing mode") << "lambda" << QByteArray("{\"app\": {\"lambda_tracing\": {\"Mode\": \"On\"}}}")
                                  << "app.lambda_tracing.Mode" << 1 << "awslambda.py:359";
    QTest::newRow("environment without Variables")
        << "lambda" << QByteArray("{\"app\": {\"lambda_environment\": {\"LOG_LEVEL\": \"INFO\"}}}")
        << "app.lambda_environment.LOG_LEVEL" << 1 << "awslambda.py:350";
    QTest::newRow("variable that is a number")
        << "lambda" << QByteArray("{\"app\": {\"lambda_environment\": {\"Variables\": {\"N\": 3}}}}")
        << "app.lambda_environment.Variables.N" << 1 << "awslambda.py:350";
    QTest::newRow("layer that is not text") << "lambda" << QByteArray("{\"app\": {\"lambda_layers\": [\"arn:a\", 7]}}")
                                            << "app.lambda_layers[1]" << 1 << "awslambda.py:357";
    QTest::newRow("dead-letter key") << "lambda" << QByteArray("{\"app\": {\"lambda_dlq\": {\"Arn\": \"arn:x\"}}}")
                                     << "app.lambda_dlq.Arn" << 1 << "awslambda.py:358";
    QTest::newRow("file system without mount path")
        << "lambda" << QByteArray("{\"app\": {\"lambda_filesystems\": [{\"Arn\": \"arn:fs\"}]}}")
        << "app.lambda_filesystems[0]" << 1 << "awslambda.py:360";
    QTest::newRow("trigger without type") << "lambda" << QByteArray("{\n\"lambda_triggers\": [\n{\"bucket\": \"b\"}\n]\n}")
                                          << "lambda_triggers[0]" << 3 << "awslambdaevent.py:61";
    QTest::newRow("trigger of an unknown type") << "lambda" << QByteArray("{\"lambda_triggers\": [{\"type\": \"kafka\"}]}")
                                                << "lambda_triggers[0].type" << 1 << "awslambdaevent.py:61";
    QTest::newRow("set in a region's override")
        << "lambda" << QByteArray("{\n\"regions\": {\n\"us-east-1\": {\n\"app\": {\"lambda_memory\": \"1.5\"}\n}\n}\n}")
        << "regions.us-east-1.app.lambda_memory" << 4 << "awslambda.py:355";

    QTest::newRow("bucket ACL") << "s3" << QByteArray("{\"s3\": {\"bucket_acl\": \"public\"}}") << "s3.bucket_acl" << 1
                                << "s3apps.py:78";
    QTest::newRow("MFA delete") << "s3" << QByteArray("{\"s3\": {\"versioning\": {\"mfa_delete\": \"yes\"}}}")
                                << "s3.versioning.mfa_delete" << 1 << "s3apps.py:268";
    QTest::newRow("CORS rule without max age")
        << "s3"
        << QByteArray("{\"s3\": {\"website\": {\"enabled\": true}, \"cors\": {\"enabled\": true, \"cors_rules\": "
                      "[{\"cors_headers\": [], \"cors_methods\": [\"GET\"], \"cors_origins\": [\"*\"], \"cors_expose_headers\": []}]}}}")
        << "s3.cors.cors_rules[0]" << 1 << "s3apps.py:162-168";
    QTest::newRow("website without index") << "s3" << QByteArray("{\"s3\": {\"website\": {\"enabled\": true, \"index_suffix\": \"\"}}}")
                                           << "s3.website.index_suffix" << 1 << "s3apps.py:119-127";
    QTest::newRow("logging without bucket") << "s3" << QByteArray("{\"s3\": {\"logging\": {\"enabled\": true}}}")
                                            << "s3.logging.logging_bucket" << 1 << "s3apps.py:217";
    QTest::newRow("lifecycle rule without status")
        << "s3" << QByteArray("{\"s3\": {\"lifecycle\": {\"enabled\": true, \"lifecycle_rules\": [{\"ID\": \"old\"}]}}}")
        << "s3.lifecycle.lifecycle_rules[0]" << 1 << "s3apps.py:200";
    QTest::newRow("topic without events")
        << "s3" << QByteArray("{\"s3\": {\"notification\": {\"enabled\": true, \"topic_configurations\": [{\"TopicArn\": \"arn:t\"}]}}}")
        << "s3.notification.topic_configurations[0]" << 1 << "s3apps.py:231-240";
    QTest::newRow("content metadata without encoding")
        << "s3" << QByteArray("{\"s3\": {\"content_metadata\": [{\"path\": \"assets\"}]}}")
        << "s3.content_metadata[0]" << 1 << "s3deploy.py:196-202";
}

void TestTypeSettingChecks::badValues()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, envText);
    QFETCH(QString, keyPath);
    QFETCH(int, line);
    QFETCH(QString, cites);
    const QList<Error> findings = findingsOf(type, envText);
    QCOMPARE(findings.size(), 1);
    const Error &e = findings.first();
    QCOMPARE(e.keyPath, keyPath);
    QVERIFY2(e.file.endsWith(QLatin1String("application-master-dev.json")), qPrintable(e.file));
    QCOMPARE(e.line, line);
    QCOMPARE(e.env, QStringLiteral("dev"));
    // Foremast generates this pipeline all the same: a warning, so generate and publish go on.
    QVERIFY(e.isWarning());
    QVERIFY2(e.message.contains(cites), qPrintable(e.message));
}

void TestTypeSettingChecks::goodValuesAndOtherTypesPass_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("envText");
    QTest::newRow("lambda defaults") << "lambda" << QByteArray("{}");
    QTest::newRow("lambda, every key set well")
        << "lambda"
        << QByteArray(R"({"app": {"lambda_memory": "512", "lambda_timeout": 60, "lambda_subnet_count": 2,
                      "lambda_concurrency_limit": 10, "lambda_provisioned_throughput": null,
                      "lambda_tracing": {"Mode": "Active"}, "lambda_dlq": {"TargetArn": "arn:aws:sqs:q"},
                      "lambda_environment": {"Variables": {"A": "1"}}, "lambda_layers": ["arn:l:1"],
                      "lambda_filesystems": [{"Arn": "arn:fs", "LocalMountPath": "/mnt/x"}],
                      "lambda_destinations": {"OnFailure": {"Destination": "arn:d"}}},
                      "lambda_triggers": [{"type": "sns", "topic": "t"}, {"type": "s3", "bucket": "b"}]})");
    QTest::newRow("s3 defaults") << "s3" << QByteArray("{}");
    QTest::newRow("s3, every block on and complete")
        << "s3"
        << QByteArray(R"({"s3": {"bucket_acl": "public-read", "website": {"enabled": true},
                      "cors": {"enabled": true, "cors_rules": [{"cors_headers": [], "cors_methods": ["GET"],
                      "cors_origins": ["*"], "cors_expose_headers": [], "cors_max_age": 60}]},
                      "versioning": {"enabled": true, "mfa_delete": "Enabled"}, "encryption": {"enabled": true},
                      "logging": {"enabled": true, "logging_bucket": "logs"},
                      "lifecycle": {"enabled": true, "lifecycle_rules": [{"Status": "Enabled"}]},
                      "notification": {"enabled": true, "queue_configurations": [{"QueueArn": "arn:q", "Events": []}]},
                      "content_metadata": [{"path": "gz", "content-encoding": "gzip"}]}})");
    QTest::newRow("a shared bucket's ACL is not used")
        << "s3" << QByteArray(R"({"s3": {"shared_bucket_target": "other", "bucket_acl": "public"}})");
    QTest::newRow("CORS rules unused without the website")
        << "s3" << QByteArray(R"({"s3": {"cors": {"enabled": true, "cors_rules": [{}]}}})");
    QTest::newRow("ec2 does not read lambda keys") << "ec2" << QByteArray(R"({"app": {"lambda_memory": "lots"}})");
}

void TestTypeSettingChecks::goodValuesAndOtherTypesPass()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, envText);
    const QList<Error> findings = findingsOf(type, envText);
    for (const Error &e : findings)
        qWarning("%s: %s", qPrintable(e.keyPath), qPrintable(e.message));
    QVERIFY(findings.isEmpty());
}

QTEST_GUILESS_MAIN(TestTypeSettingChecks)
#include "tst_typesettingchecks.moc"
