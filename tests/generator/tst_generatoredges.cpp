// SPDX-License-Identifier: Apache-2.0
// The edge cases of Foremast's generation (foremast-reference.md §2.3/§2.4) on hand-made runways.
#include "GeneratorTestSupport.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestGeneratorEdges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webhooksAfterScalingPolicy();
    void approvalSkipNeedsForemastConfig();
    void regionWithOnlyProd();
    void regionOverrides();
    void securityGroupDefaultsAndReplacements();
    void healthProvidersAndEureka_data();
    void healthProvidersAndEureka();
    void existingIdsMatchExactNamesOnly();
    void unpermittedTypeIsRefused();
    void envWithoutFileIsReported();
    void subnetsFromFile();
    void quirksAreWarnings();
    void wholeNumbersKeepTheirDigits();
};

namespace {

const QByteArray DevStageProd = R"({"env": ["dev", "stage", "prod"], "owner_email": "o@example.com"})";

} // namespace

void TestGeneratorEdges::webhooksAfterScalingPolicy()
{
    const ScratchRunway runway(DevStageProd, {
        {QStringLiteral("dev"), R"({"asg": {"scaling_policy": {"metric": "CPUUtilization", "threshold": 80}},
            "completion_webhooks": [{"url": "https://a.example", "name": "A", "method": "post"},
                                    {"url": "https://b.example", "name": "B", "custom_headers": {"k": "v"}}]})"},
        {QStringLiteral("stage"), "{}"},
        {QStringLiteral("prod"), R"({"completion_webhooks": [{"url": "https://p.example", "name": "P"}]})"},
    });
    const Generation generation = generateOk(runway);
    QCOMPARE(generation.pipelines.size(), 1);
    const QJsonObject pipeline = generation.pipelines.first().json;
    QCOMPARE(chain(pipeline), (QStringList{
        QStringLiteral("1< Bake [us-east-1]"), QStringLiteral("2<1 Infrastructure Setup [dev]"),
        QStringLiteral("3<2 Deploy dev"), QStringLiteral("300<3 Attach Scaling Policy [dev]"),
        QStringLiteral("301<3 DEV: A"), QStringLiteral("302<3 DEV: B"), QStringLiteral("4<3 Checkpoint stage"),
        QStringLiteral("5<4 Infrastructure Setup [stage]"), QStringLiteral("6<5 Deploy stage"),
        QStringLiteral("7<6 Checkpoint prod"), QStringLiteral("8<7 Infrastructure Setup [prod]"),
        QStringLiteral("9<8 Deploy prod"), QStringLiteral("10<9 Deploy prod")}));
    const QJsonObject a = stageNamed(pipeline, QStringLiteral("DEV: A"));
    QCOMPARE(a.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(a.value(QStringLiteral("customHeaders")).toObject(), QJsonObject());
    QCOMPARE(a.value(QStringLiteral("statusUrlResolution")).toString(), QStringLiteral("getMethod"));
    QCOMPARE(stageNamed(pipeline, QStringLiteral("DEV: B")).value(QStringLiteral("customHeaders")).toObject(),
             (QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}));
    // Prod gets no webhooks in Foremast v5; the flow says so.
    QVERIFY(messages(generation.findings, true).join(QLatin1Char('\n')).contains(QStringLiteral("no completion webhooks")));
}

void TestGeneratorEdges::approvalSkipNeedsForemastConfig()
{
    const QMap<QString, QByteArray> envs{{QStringLiteral("dev"), "{}"},
                                         {QStringLiteral("stage"), R"({"app": {"approval_skip": true}})"},
                                         {QStringLiteral("prod"), R"({"app": {"approval_skip": true}})"}};
    // Without env_configs the setting is ignored (with a warning naming the env and the key).
    {
        const ScratchRunway runway(DevStageProd, envs);
        const Generation generation = generateOk(runway);
        const QStringList names = stageNames(generation.pipelines.first().json);
        QVERIFY(names.contains(QStringLiteral("Checkpoint stage")));
        QVERIFY(names.contains(QStringLiteral("Checkpoint prod")));
        const auto it = std::find_if(generation.findings.begin(), generation.findings.end(), [](const Error &e) {
            return e.env == QLatin1String("stage") && e.keyPath == QLatin1String("app.approval_skip");
        });
        QVERIFY(it != generation.findings.end());
        QVERIFY(it->isWarning());
        QVERIFY(it->file.endsWith(QLatin1String("application-master-stage.json")));
        QCOMPARE(it->line, 1);
    }
    // Enabled for stage only: stage loses its Checkpoint, prod keeps it.
    {
        const ScratchRunway runway(DevStageProd, envs,
                                   "[base]\nenv_configs = {\"stage\": {\"enable_approval_skip\": true}}\n");
        const QJsonObject pipeline = generateOk(runway).pipelines.first().json;
        QCOMPARE(chain(pipeline).mid(3, 3), (QStringList{QStringLiteral("4<3 Infrastructure Setup [stage]"),
                                                         QStringLiteral("5<4 Deploy stage"),
                                                         QStringLiteral("6<5 Checkpoint prod")}));
    }
}

void TestGeneratorEdges::regionWithOnlyProd()
{
    const ScratchRunway runway(R"({"env": ["dev", "stage", "prod"]})", {
        {QStringLiteral("dev"), R"({"regions": ["us-east-1"]})"},
        {QStringLiteral("stage"), R"({"regions": ["us-east-1", "eu-west-1"]})"},
        {QStringLiteral("prod"), R"({"regions": ["us-east-1", "eu-west-1", "us-west-2"]})"},
    });
    const Generation generation = generateOk(runway);
    QCOMPARE(generation.pipelines.size(), 3);
    QHash<QString, QStringList> chains;
    for (const GeneratedPipeline &pipeline : generation.pipelines)
        chains.insert(pipeline.region, chain(pipeline.json));
    QCOMPARE(chains.value(QStringLiteral("us-west-2")),
             (QStringList{QStringLiteral("1< Bake [us-west-2]"), QStringLiteral("2<1 Checkpoint prod"),
                          QStringLiteral("3<2 Infrastructure Setup [prod]"), QStringLiteral("4<3 Deploy prod"),
                          QStringLiteral("5<4 Deploy prod")}));
    // stage is the first env in eu-west-1: no Checkpoint before it.
    QCOMPARE(chains.value(QStringLiteral("eu-west-1")).mid(1, 2),
             (QStringList{QStringLiteral("2<1 Infrastructure Setup [stage]"), QStringLiteral("3<2 Deploy stage")}));
}

void TestGeneratorEdges::regionOverrides()
{
    const ScratchRunway runway(R"({"env": ["prod"]})", {
        {QStringLiteral("prod"), R"({"app": {"instance_type": "t3.large"}, "asg": {"min_inst": 2},
            "regions": {"us-east-1": {}, "us-west-2": {"app": {"instance_type": "m5.xlarge"},
                                                       "asg": {"min_inst": 4, "ssh_keypair": "west"}}}})"},
    });
    const Generation generation = generateOk(runway);
    QCOMPARE(generation.pipelines.size(), 2);
    for (const GeneratedPipeline &pipeline : generation.pipelines) {
        const QJsonObject cluster = clusterOf(pipeline.json, QStringLiteral("Deploy prod"));
        const bool west = pipeline.region == QLatin1String("us-west-2");
        QCOMPARE(cluster.value(QStringLiteral("instanceType")).toString(),
                 west ? QStringLiteral("m5.xlarge") : QStringLiteral("t3.large"));
        QCOMPARE(cluster.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("desired")).toInt(), west ? 4 : 2);
        QCOMPARE(cluster.value(QStringLiteral("keyPair")).toString(),
                 west ? QStringLiteral("west") : QStringLiteral("prod_us-east-1_default"));
        QCOMPARE(cluster.value(QStringLiteral("availabilityZones")).toObject().keys(), QStringList{pipeline.region});
    }
}

void TestGeneratorEdges::securityGroupDefaultsAndReplacements()
{
    const ScratchRunway runway(R"({"env": ["dev"]})",
                               {{QStringLiteral("dev"), R"({"security_group": {"instance_extras": ["offices_all", "extra"]}})"}},
                               "[base]\ndefault_ec2_securitygroups = sg_b, sg_a, office\n"
                               "securitygroup_replacements = {\"office\": \"offices_all\"}\n");
    const QJsonObject cluster = clusterOf(generateOk(runway).pipelines.first().json, QStringLiteral("Deploy dev"));
    QCOMPARE(cluster.value(QStringLiteral("securityGroups")).toArray(),
             (QJsonArray{QStringLiteral("office"), QStringLiteral("sg_a"), QStringLiteral("sg_b"),
                         QStringLiteral("coreforrest"),
                         QStringLiteral("extra")}));
}

void TestGeneratorEdges::healthProvidersAndEureka_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QJsonValue>("providers");
    QTest::addColumn<QString>("healthCheck");
    QTest::addColumn<QJsonArray>("loadBalancers");
    const QJsonArray elb{QStringLiteral("coreforrest")};
    QTest::newRow("none") << QByteArray("{}") << QJsonValue(QJsonValue::Undefined) << "ELB" << elb;
    QTest::newRow("amazon") << QByteArray(R"({"asg": {"provider_healthcheck": {"AMAZON": true}}})")
                            << QJsonValue(QJsonArray{QStringLiteral("Amazon")}) << "ELB" << elb;
    QTest::newRow("eureka") << QByteArray(R"({"app": {"eureka_enabled": true}})")
                            << QJsonValue(QJsonArray{QStringLiteral("Discovery")}) << "EC2" << QJsonArray();
    QTest::newRow("eureka+amazon") << QByteArray(R"({"app": {"eureka_enabled": true}, "asg": {"provider_healthcheck": {"amazon": true}}})")
                                   << QJsonValue(QJsonArray{QStringLiteral("Amazon"), QStringLiteral("Discovery")})
                                   << "EC2" << QJsonArray();
    QTest::newRow("eureka overrides discovery: false")
        << QByteArray(R"({"app": {"eureka_enabled": true}, "asg": {"provider_healthcheck": {"discovery": false}}})")
        << QJsonValue(QJsonArray{QStringLiteral("Discovery")}) << "EC2" << QJsonArray();
    QTest::newRow("hc_type lower-case") << QByteArray(R"({"asg": {"hc_type": "elb"}})")
                                        << QJsonValue(QJsonValue::Undefined) << "ELB" << elb;
}

void TestGeneratorEdges::healthProvidersAndEureka()
{
    QFETCH(QByteArray, env);
    QFETCH(QJsonValue, providers);
    QFETCH(QString, healthCheck);
    QFETCH(QJsonArray, loadBalancers);
    const ScratchRunway runway(R"({"env": ["stage"]})", {{QStringLiteral("stage"), env}});
    const QJsonObject cluster = clusterOf(generateOk(runway).pipelines.first().json, QStringLiteral("Deploy stage"));
    QCOMPARE(cluster.value(QStringLiteral("interestingHealthProviderNames")), providers);
    QCOMPARE(cluster.value(QStringLiteral("healthCheckType")).toString(), healthCheck);
    QCOMPARE(cluster.value(QStringLiteral("loadBalancers")).toArray(), loadBalancers);
}

void TestGeneratorEdges::existingIdsMatchExactNamesOnly()
{
    const ScratchRunway runway(R"({"env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    const QJsonObject onetime{{QStringLiteral("name"), QStringLiteral("coreforrest [us-east-1] (onetime-dev)")},
                              {QStringLiteral("application"), QStringLiteral("coreforrest")},
                              {QStringLiteral("id"), QStringLiteral("onetime-id")}};
    const QJsonObject regular{{QStringLiteral("name"), QStringLiteral("coreforrest [us-east-1]")},
                              {QStringLiteral("application"), QStringLiteral("coreforrest")},
                              {QStringLiteral("id"), QStringLiteral("regular-id")}};
    GenerationOptions options;
    // Foremast's substring match would take the onetime pipeline listed first.
    options.existingPipelines = {onetime, regular};
    QCOMPARE(generateOk(runway, options).pipelines.first().json.value(QStringLiteral("id")).toString(),
             QStringLiteral("regular-id"));
    options.existingPipelines = {onetime};
    const Generation fresh = generateOk(runway, options);
    QVERIFY(!fresh.pipelines.first().json.contains(QStringLiteral("id")));

    // Same name in another case: no id, and a warning that Spinnaker will refuse the save.
    QJsonObject shouting = regular;
    shouting.insert(QStringLiteral("name"), QStringLiteral("COREFORREST [us-east-1]"));
    options.existingPipelines = {shouting};
    const Generation clash = generateOk(runway, options);
    QVERIFY(!clash.pipelines.first().json.contains(QStringLiteral("id")));
    QVERIFY(messages(clash.findings, true).join(QLatin1Char('\n')).contains(QStringLiteral("COREFORREST [us-east-1]")));
}

void TestGeneratorEdges::unpermittedTypeIsRefused()
{
    // Foremast refuses types foremast.cfg does not list (runner.py: 'Pipeline type "x" not permitted').
    const ScratchRunway runway("{\n  \"env\": [\"dev\"],\n  \"type\": \"kubernetes\"\n}", {{QStringLiteral("dev"), "{}"}});
    const Result<RunwayContext> context = runway.open();
    QVERIFY(context.ok());
    const Result<Generation> generation = generatePipelines(*context, GenerationOptions());
    QVERIFY(!generation.ok());
    QVERIFY2(generation.error().message.contains(QStringLiteral("does not permit")), qPrintable(generation.error().message));
    QVERIFY(generation.error().message.contains(QStringLiteral("kubernetes")));
    QVERIFY(generation.error().file.endsWith(QLatin1String("pipeline.json")));
    QCOMPARE(generation.error().line, 3);
    QCOMPARE(generation.error().keyPath, QStringLiteral("type"));
}

void TestGeneratorEdges::envWithoutFileIsReported()
{
    const ScratchRunway runway(R"({"env": ["dev", "qa", "prod"]})", {{QStringLiteral("dev"), "{}"}, {QStringLiteral("prod"), "{}"}});
    const Generation generation = generateOk(runway);
    QVERIFY(generation.hasErrors());
    const auto it = std::find_if(generation.findings.begin(), generation.findings.end(),
                                 [](const Error &e) { return e.env == QLatin1String("qa"); });
    QVERIFY(it != generation.findings.end());
    QVERIFY(!it->isWarning());
    QVERIFY(it->message.contains(QStringLiteral("application-master-qa.json")));
    // The other envs are still generated, chained without qa.
    QCOMPARE(generation.pipelines.first().envs, (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));

    // An env listing no regions is deployed nowhere: a warning pointing at its "regions".
    const ScratchRunway noRegions(R"({"env": ["dev", "prod"]})",
                                  {{QStringLiteral("dev"), "{}"}, {QStringLiteral("prod"), "{\n  \"regions\": {}\n}"}});
    const Generation nowhere = generateOk(noRegions);
    QCOMPARE(nowhere.pipelines.first().envs, QStringList{QStringLiteral("dev")});
    const auto warning = std::find_if(nowhere.findings.begin(), nowhere.findings.end(),
                                      [](const Error &e) { return e.env == QLatin1String("prod"); });
    QVERIFY(warning != nowhere.findings.end());
    QVERIFY(warning->isWarning());
    QCOMPARE(warning->keyPath, QStringLiteral("regions"));
    QCOMPARE(warning->line, 2);
}

void TestGeneratorEdges::subnetsFromFile()
{
    const ScratchRunway runway(R"({"env": ["dev", "stage"]})",
                               {{QStringLiteral("dev"), R"({"regions": ["us-east-1", "us-west-2"]})"},
                                {QStringLiteral("stage"), R"({"regions": ["us-east-1", "us-west-2"]})"}});
    // Gate's /subnets/aws shape: only ec2 subnets count; dev has none in us-west-2.
    const QByteArray gate = R"([
        {"account": "dev", "region": "us-east-1", "availabilityZone": "us-east-1d", "target": "ec2", "id": "s1"},
        {"account": "dev", "region": "us-east-1", "availabilityZone": "us-east-1d", "target": "ec2", "id": "s2"},
        {"account": "dev", "region": "us-east-1", "availabilityZone": "us-east-1e", "target": "ec2", "id": "s3"},
        {"account": "dev", "region": "us-west-2", "availabilityZone": "us-west-2a", "target": "elb", "id": "s4"},
        {"account": "stage", "region": "us-east-1", "availabilityZone": "us-east-1a", "target": "ec2", "id": "s5"},
        {"account": "stage", "region": "us-west-2", "availabilityZone": "us-west-2b", "target": "ec2", "id": "s6"}])";
    QVERIFY(writeBytes(runway.path(QStringLiteral("subnets.json")), gate));
    Result<SubnetSource> source = SubnetSource::readFile(runway.path(QStringLiteral("subnets.json")));
    QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().toString()));
    GenerationOptions options;
    options.subnets = source.value();
    const Generation generation = generateOk(runway, options);
    QCOMPARE(generation.pipelines.size(), 2);
    const GeneratedPipeline &east = generation.pipelines.at(0);
    const GeneratedPipeline &west = generation.pipelines.at(1);
    QCOMPARE(clusterOf(east.json, QStringLiteral("Deploy dev")).value(QStringLiteral("availabilityZones")).toObject(),
             (QJsonObject{{QStringLiteral("us-east-1"), QJsonArray{QStringLiteral("us-east-1d"), QStringLiteral("us-east-1e")}}}));
    // dev is skipped in us-west-2, so stage is first there: no Checkpoint.
    QCOMPARE(west.envs, QStringList{QStringLiteral("stage")});
    QCOMPARE(stageNames(west.json).at(1), QStringLiteral("Infrastructure Setup [stage]"));
    QVERIFY(std::any_of(generation.findings.begin(), generation.findings.end(), [](const Error &e) {
        return e.env == QLatin1String("dev") && e.region == QLatin1String("us-west-2") && e.isWarning();
    }));

    // The map shape, with "*" for every other account; a bad shape names the file and key.
    source = SubnetSource::fromJson(QJsonDocument::fromJson(R"({"*": {"us-east-1": ["x1"]}, "dev": {"us-east-1": ["d1"]}})").object(),
                                    QStringLiteral("map.json"));
    QVERIFY(source.ok());
    QCOMPARE(source->zones(QStringLiteral("stage"), QStringLiteral("us-east-1")), QStringList{QStringLiteral("x1")});
    QCOMPARE(source->zones(QStringLiteral("dev"), QStringLiteral("us-east-1")), QStringList{QStringLiteral("d1")});
    QVERIFY(source->zones(QStringLiteral("dev"), QStringLiteral("us-west-2")).isEmpty());
    source = SubnetSource::fromJson(QJsonDocument::fromJson(R"({"dev": {"us-east-1": "x"}})").object(), QStringLiteral("map.json"));
    QVERIFY(!source.ok());
    QCOMPARE(source.error().file, QStringLiteral("map.json"));
    QCOMPARE(source.error().keyPath, QStringLiteral("dev.us-east-1"));
}

void TestGeneratorEdges::quirksAreWarnings()
{
    const ScratchRunway runway(R"({"env": ["dev", "prodp"], "notifications": {"slack": "#team", "email": ""}})",
                               {{QStringLiteral("dev"), R"({"asg": {"custom_scaling_policies": [{"x": 1}]}})"},
                                {QStringLiteral("prodp"), "{}"}});
    const Generation generation = generateOk(runway);
    QVERIFY2(!generation.hasErrors(), qPrintable(messages(generation.findings, false).join(QLatin1Char('\n'))));
    const QString warnings = messages(generation.findings, true).join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("runs twice")), qPrintable(warnings));           // Deploy prodp ×2
    QVERIFY2(warnings.contains(QStringLiteral("email notification has no address")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("custom_scaling_policies alone")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("pipeline_prodp.json.j2")), qPrintable(warnings));
    // The duplicate names its env, region and stage.
    const auto twice = std::find_if(generation.findings.begin(), generation.findings.end(),
                                    [](const Error &e) { return e.message.contains(QStringLiteral("runs twice")); });
    QCOMPARE(twice->env, QStringLiteral("prodp"));
    QCOMPARE(twice->region, QStringLiteral("us-east-1"));
    QCOMPARE(twice->stageName, QStringLiteral("Deploy prodp"));
    QCOMPARE(twice->stageRefId, QStringLiteral("7"));
}

void TestGeneratorEdges::wholeNumbersKeepTheirDigits()
{
    // Python's str() of an int prints every digit; 2^53 + 1 has no double of its own.
    const ScratchRunway runway(R"({"env": ["dev"], "image": {"root_volume_size": 9007199254740993}})",
                               {{QStringLiteral("dev"), "{}"}});
    const Generation generation = generateOk(runway);
    QVERIFY(!generation.pipelines.isEmpty());
    QStringList sizes;
    for (const QJsonValue &stage : generation.pipelines.first().json.value(QStringLiteral("stages")).toArray()) {
        const QJsonValue size = stage.toObject().value(QStringLiteral("extendedAttributes")).toObject().value(
            QStringLiteral("root_volume_size"));
        if (!size.isUndefined())
            sizes << size.toString();
    }
    QCOMPARE(sizes, QStringList{QStringLiteral("9007199254740993")});
}

QTEST_GUILESS_MAIN(TestGeneratorEdges)
#include "tst_generatoredges.moc"
