// SPDX-License-Identifier: Apache-2.0
// Foremast's merge, checked against what the real Foremast wrote for every golden case.
#include "../support/LargeRunway.h"
#include "../support/TestSupport.h"
#include "cli/Verb.h"
#include "foremast/DeepMerge.h"
#include "runway/RunwayContext.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QTest>

using namespace Fd;

class TestMerged : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenCases_data();
    void goldenCases();
    void twoThreadsMergeAlike();
    void mergedVerbPrintsSameJson();
    void deepMergeRules();
    void deepMergeOntoMatchesTwoMerges();
    void regionOverrideFixture();
    void missingPipelineFileUsesDefaults();
    void originOfEachLayer();
};

void TestMerged::goldenCases_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = Test::goldenCases(QStringLiteral("foremast-v5"));
    QVERIFY2(!cases.isEmpty(), "no golden cases found");
    for (const QString &dir : cases)
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestMerged::goldenCases()
{
    QFETCH(QString, caseDir);
    const auto [project, repo] = Test::goldenIdentity(caseDir);
    QVERIFY(!project.isEmpty());
    RunwaySource source{caseDir + QStringLiteral("/runway"), project, repo, {}};
    if (QFileInfo::exists(caseDir + QStringLiteral("/foremast.cfg")))
        source.configFile = caseDir + QStringLiteral("/foremast.cfg");
    const Result<RunwayContext> context = openRunway(source);
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
    QVERIFY(!context->hasErrors());
    const QJsonObject expected = Test::readJsonObject(caseDir + QStringLiteral("/rendered/merged-configs.json"));
    const QJsonObject actual = context->merged().json();
    for (const QString &key : expected.keys())
        QCOMPARE(QJsonDocument(actual.value(key).toObject()).toJson(), QJsonDocument(expected.value(key).toObject()).toJson());
    QCOMPARE(actual.keys(), expected.keys());
}

/// Envs shared between two threads give the very merge one thread makes: every golden runway
/// and the benchmarks' 12 envs × 6 regions, three times each (threads interleave differently).
void TestMerged::twoThreadsMergeAlike()
{
    QTemporaryDir large;
    QVERIFY(Test::LargeRunway::write(large.path()));
    std::vector<RunwaySource> sources{{large.path(), QStringLiteral("forrest"), QStringLiteral("core"), {}}};
    for (const QString &caseDir : Test::goldenCases(QStringLiteral("foremast-v5"))) {
        const auto [project, repo] = Test::goldenIdentity(caseDir);
        RunwaySource source{caseDir + QStringLiteral("/runway"), project, repo, {}};
        if (QFileInfo::exists(caseDir + QStringLiteral("/foremast.cfg")))
            source.configFile = caseDir + QStringLiteral("/foremast.cfg");
        sources.push_back(source);
    }
    for (const RunwaySource &source : sources) {
        const Result<RunwayContext> context = openRunway(source);
        QVERIFY2(context.ok(), qPrintable(source.folder));
        const MergedSettings one = MergedSettings::merge(context->runway, context->config, context->naming,
                                                         MergedSettings::Threads::Off);
        for (int round = 0; round < 3; ++round) {
            const MergedSettings two = MergedSettings::merge(context->runway, context->config, context->naming,
                                                             MergedSettings::Threads::On);
            QCOMPARE(QJsonDocument(two.json()).toJson(), QJsonDocument(one.json()).toJson());
            QCOMPARE(two.missingRegionCopies(), one.missingRegionCopies());
            for (const QString &env : context->runway.envs.keys())
                QCOMPARE(two.regionsOf(env), one.regionsOf(env));
        }
    }
}

void TestMerged::mergedVerbPrintsSameJson()
{
    const QString caseDir = Test::goldenCases(QStringLiteral("foremast-v5")).value(1);
    const auto [project, repo] = Test::goldenIdentity(caseDir);
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    Cli::Io io{outStream, errStream};
    const int code = Cli::runVerb({QStringLiteral("foremast-designer"), QStringLiteral("merged"),
                                   caseDir + QStringLiteral("/runway"), QStringLiteral("--project"), project,
                                   QStringLiteral("--repo"), repo}, io);
    outStream.flush();
    QCOMPARE(code, 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object(),
             Test::readJsonObject(caseDir + QStringLiteral("/rendered/merged-configs.json")));

    // A missing runway: exit 2 and a message naming the folder; nothing on stdout.
    out.clear();
    const int bad = Cli::runVerb({QStringLiteral("foremast-designer"), QStringLiteral("merged"),
                                  QStringLiteral("/nonexistent/runway")}, io);
    errStream.flush();
    QCOMPARE(bad, 2);
    QVERIFY(out.isEmpty());
    QVERIFY(err.contains(QStringLiteral("/nonexistent/runway")));
}

void TestMerged::deepMergeRules()
{
    const QJsonObject defaults = QJsonDocument::fromJson(R"({"a": {"x": 1, "y": [1, 2], "z": {"q": 1}},
        "list": [1, 2, 3], "s": "default", "n": 5})").object();
    const QJsonObject user = QJsonDocument::fromJson(R"({"a": {"y": [9], "z": null}, "list": [7],
        "s": null, "extra": true})").object();
    const QJsonObject merged = deepMerge(user, defaults);
    const QJsonObject expected = QJsonDocument::fromJson(R"({"a": {"x": 1, "y": [9], "z": null},
        "list": [7], "s": null, "n": 5, "extra": true})").object();
    QCOMPARE(merged, expected);
}

void TestMerged::deepMergeOntoMatchesTwoMerges()
{
    // Every way a key can sit in three layers: absent, scalar, null, list or object in each,
    // nested once; deepMergeOnto must give exactly deepMerge(deepMerge(top, middle), bottom).
    const QList<QJsonValue> kinds = {QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null),
                                     QJsonValue(QStringLiteral("text")), QJsonValue(3), QJsonArray{1, 2},
                                     QJsonObject{{QStringLiteral("x"), 1}},
                                     QJsonObject{{QStringLiteral("x"), QJsonObject{{QStringLiteral("y"), 2}}},
                                                 {QStringLiteral("z"), QStringLiteral("deep")}}};
    int cases = 0;
    for (const QJsonValue &top : kinds) {
        for (const QJsonValue &middle : kinds) {
            for (const QJsonValue &bottom : kinds) {
                const auto layer = [](const QJsonValue &value, const QString &other) {
                    QJsonObject object{{other, QStringLiteral("kept")}};
                    if (!value.isUndefined())
                        object.insert(QStringLiteral("k"), value);
                    if (value.isObject())
                        object.insert(QStringLiteral("x"), value); // the same value one key over too
                    return object;
                };
                const QJsonObject t = layer(top, QStringLiteral("t"));
                const QJsonObject m = layer(middle, QStringLiteral("m"));
                const QJsonObject b = layer(bottom, QStringLiteral("b"));
                QCOMPARE(deepMergeOnto(t, m, b, deepMerge(m, b)), deepMerge(deepMerge(t, m), b));
                ++cases;
            }
        }
    }
    QCOMPARE(cases, 343);
}

void TestMerged::regionOverrideFixture()
{
    // Foremast's own test: region blocks are the override merged over the env settings.
    QTemporaryDir dir;
    const QString fixtures = Test::fixturePath("foremast/");
    QFile::copy(fixtures + QStringLiteral("tests-configs__region-override-input.json"),
                dir.filePath(QStringLiteral("application-master-dev.json")));
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["dev"]})");
    const Result<RunwayContext> context = openRunway({dir.path(), QStringLiteral("p"), QStringLiteral("r"), {}});
    QVERIFY(context.ok());
    const QJsonObject expected = Test::readJsonObject(fixtures + QStringLiteral("tests-configs__region-override-expected.json"));
    const QJsonObject env = context->merged().env(QStringLiteral("dev"));
    for (const QString &region : {QStringLiteral("us-east-1"), QStringLiteral("us-west-2")}) {
        const QJsonObject block = env.value(region).toObject();
        QCOMPARE(block.value(QStringLiteral("asg")).toObject().value(QStringLiteral("min_inst")),
                 expected.value(region).toObject().value(QStringLiteral("asg")).toObject().value(QStringLiteral("min_inst")));
        QCOMPARE(block.value(QStringLiteral("regions")), expected.value(region).toObject().value(QStringLiteral("regions")));
        QVERIFY(!block.contains(QStringLiteral("us-east-1"))); // no region blocks inside region blocks
    }
}

void TestMerged::missingPipelineFileUsesDefaults()
{
    // Foremast would assume env [stage, prod]; the designer refuses the folder instead of showing
    // invented environments (docs/robustness.md), and says how to get Foremast's defaults.
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-stage.json")), "{}");
    const Result<RunwayContext> context = openRunway({dir.path(), QStringLiteral("p"), QStringLiteral("r"), {}});
    QVERIFY(!context.ok());
    QCOMPARE(context.error().file, dir.filePath(QStringLiteral("pipeline.json")));
    QVERIFY(context.error().message.contains(QStringLiteral("not a runway")));
}

void TestMerged::originOfEachLayer()
{
    const QString caseDir = Test::goldenCases(QStringLiteral("foremast-v5")).value(1); // 02: region override
    const Result<RunwayContext> context = openRunway({caseDir + QStringLiteral("/runway"), QStringLiteral("forrest"), QStringLiteral("core"), {}});
    QVERIFY(context.ok());
    const auto origin = [&](const char *env, const char *region, const char *path) {
        return MergedSettings::originOf(context->runway, QLatin1String(env), QLatin1String(region),
                                        JsonPath::fromString(QLatin1String(path)));
    };
    QCOMPARE(origin("prod", "us-west-2", "asg.min_inst"), Origin::RegionOverride);
    QCOMPARE(origin("prod", "us-east-1", "asg.min_inst"), Origin::EnvFile);
    QCOMPARE(origin("prod", "us-east-1", "asg.hc_type"), Origin::ForemastDefault);
    QCOMPARE(origin("prod", "us-east-1", "no.such.key"), Origin::Unset);
    QCOMPARE(MergedSettings::pipelineOriginOf(context->runway, {QStringLiteral("owner_email")}), Origin::PipelineFile);
    QCOMPARE(MergedSettings::pipelineOriginOf(context->runway, {QStringLiteral("promote_restrict")}), Origin::ForemastDefault);
}

QTEST_GUILESS_MAIN(TestMerged)
#include "tst_merged.moc"
