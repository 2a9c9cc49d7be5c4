// SPDX-License-Identifier: Apache-2.0
// Regions generated on two threads give exactly what one thread gives: every byte of every
// pipeline and every finding, in the same order. Random runways are drawn so that regions differ
// in their envs (uneven chains), flow checks fire in some regions only (reported once per env:
// the first region must win whichever thread made it), envs lack subnets in some regions, env
// files are missing or list no regions, and existing pipelines lend ids or clash in case.
// Also run under ThreadSanitizer (scripts/sanitize-tests.sh --thread).
#include "GeneratorTestSupport.h"
#include "../support/LargeRunway.h"
#include "generator/RegionGenerator.h"
#include "json/JsonText.h"

#include <QRandomGenerator>
#include <QtTest>

#include <thread>

using namespace Fd;
using namespace Fd::GenTest;

namespace {

const QStringList EnvPool = {QStringLiteral("dev"),  QStringLiteral("qa"),     QStringLiteral("stage"),
                             QStringLiteral("prod"), QStringLiteral("prodeu"), QStringLiteral("int"),
                             QStringLiteral("uat"),  QStringLiteral("perf"),   QStringLiteral("prodasia")};
const QStringList RegionPool = {QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-1"),
                                QStringLiteral("us-west-2"), QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1"),
                                QStringLiteral("ap-south-1")};

/// Everything generation gives, as text: any difference between two runs shows as a line.
QStringList described(const Result<Generation> &result)
{
    if (!result)
        return {QStringLiteral("failed: ") + result.error().toString()};
    QStringList lines{QStringLiteral("flow ") + result->flowName};
    for (const GeneratedPipeline &p : result->pipelines) {
        lines << QStringLiteral("pipeline %1 %2 %3 %4 %5").arg(p.region, p.name, p.fileName, p.envs.join(QLatin1Char(',')))
                     .arg(p.cleansStale);
        QStringList refIds = p.envOfStage.keys();
        refIds.sort();
        for (const QString &refId : refIds)
            lines << QStringLiteral("  stage %1 of %2").arg(refId, p.envOfStage.value(refId));
        lines << QString::fromUtf8(indentedJson(p.json));
    }
    for (const Error &e : result->findings) {
        lines << QStringLiteral("finding %1|%2|%3:%4|%5|%6|%7|%8|%9")
                     .arg(int(e.severity)).arg(e.message, e.file).arg(e.line).arg(e.keyPath, e.env, e.region,
                                                                                   e.stageRefId, e.stageName)
              << e.toString();
    }
    return lines;
}

Result<Generation> generate(const RunwayContext &context, GenerationOptions options, GenerationOptions::Threads threads)
{
    options.threads = threads;
    return generatePipelines(context, options);
}

/// One random runway and the options it is generated with.
struct Drawn
{
    QByteArray pipeline;
    QMap<QString, QByteArray> envs;
    GenerationOptions options;
};

Drawn draw(quint32 seed)
{
    QRandomGenerator random(seed);
    auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    Drawn drawn;
    QStringList envs = EnvPool;
    std::shuffle(envs.begin(), envs.end(), random);
    envs = envs.mid(0, 1 + int(random.bounded(int(envs.size()))));
    QJsonObject pipeline{{QStringLiteral("env"), QJsonArray::fromStringList(envs)},
                         {QStringLiteral("owner_email"), QStringLiteral("team@example.com")}};
    if (chance(10))
        pipeline.insert(QStringLiteral("type"), QStringLiteral("lambda"));
    if (chance(30))
        pipeline.insert(QStringLiteral("notifications"), QJsonObject{{QStringLiteral("slack"), QStringLiteral("#d")}});
    drawn.pipeline = QJsonDocument(pipeline).toJson();

    QJsonObject subnets;
    for (const QString &env : envs) {
        if (chance(5))
            continue; // in pipeline.json, no file: "Not deployed anywhere"
        QJsonObject file;
        QJsonObject app{{QStringLiteral("instance_type"), chance(50) ? QStringLiteral("t3.small") : QStringLiteral("m5.large")}};
        if (chance(25))
            app.insert(QStringLiteral("approval_skip"), true); // a flow check, the same in every region
        if (chance(40))
            app.insert(QStringLiteral("custom_tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("core")}});
        file.insert(QStringLiteral("app"), app);
        QJsonObject asg{{QStringLiteral("min_inst"), int(random.bounded(1, 4))}};
        if (chance(40))
            asg.insert(QStringLiteral("scaling_policy"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("CPUUtilization")},
                                                                     {QStringLiteral("threshold"), int(random.bounded(50, 90))}});
        file.insert(QStringLiteral("asg"), asg);
        if (chance(20))
            file.insert(QStringLiteral("completion_webhooks"),
                        QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/x")},
                                               {QStringLiteral("name"), QStringLiteral("Notify")}}});
        QStringList regions = RegionPool;
        std::shuffle(regions.begin(), regions.end(), random);
        regions = regions.mid(0, int(random.bounded(int(regions.size()) + 1)));
        if (regions.isEmpty() && chance(50)) {
            file.insert(QStringLiteral("regions"), QJsonArray()); // "Lists no regions"
        } else if (!regions.isEmpty() && chance(30)) {
            file.insert(QStringLiteral("regions"), QJsonArray::fromStringList(regions));
        } else if (!regions.isEmpty()) {
            QJsonObject blocks;
            for (const QString &region : regions) {
                QJsonObject block;
                if (chance(60))
                    block.insert(QStringLiteral("asg"), QJsonObject{{QStringLiteral("max_inst"), int(random.bounded(2, 9))}});
                if (chance(15)) // a flow check that fires in this region only
                    block.insert(QStringLiteral("asg"),
                                 QJsonObject{{QStringLiteral("custom_scaling_policies"), QJsonArray{QJsonObject()}}});
                if (chance(15))
                    block.insert(QStringLiteral("app"), QJsonObject{{QStringLiteral("custom_tags"),
                                                                     QJsonObject{{QStringLiteral("region"), region}}}});
                blocks.insert(region, block);
            }
            file.insert(QStringLiteral("regions"), blocks);
        }
        drawn.envs.insert(env, QJsonDocument(file).toJson());
        // Zones: most env and region pairs have them, some none ("No subnets": left out).
        QJsonObject zones;
        for (const QString &region : RegionPool) {
            if (chance(85))
                zones.insert(region, QJsonArray{region + QLatin1Char('a'), region + QLatin1Char('b')});
        }
        subnets.insert(env, zones);
    }
    drawn.options.flow = chance(25) ? QStringLiteral("documented") : QStringLiteral("foremast-v5");
    if (chance(50)) {
        const Result<SubnetSource> source = SubnetSource::fromJson(subnets, QStringLiteral("test"));
        if (source)
            drawn.options.subnets = source.value();
    }
    if (chance(10) && !drawn.envs.isEmpty())
        drawn.options.onetimeEnv = drawn.envs.firstKey();
    return drawn;
}

/// Existing pipelines made from a generation's names: some taken over (same name, an id), some
/// only differing in case (a warning in that region).
QJsonArray existingFrom(const Result<Generation> &result, quint32 seed)
{
    QJsonArray existing;
    if (!result)
        return existing;
    QRandomGenerator random(seed ^ 0x5eedu);
    for (const GeneratedPipeline &p : result->pipelines) {
        const int kind = int(random.bounded(3));
        if (kind == 1)
            existing.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("id"), QStringLiteral("id-") + p.region}});
        else if (kind == 2)
            existing.append(QJsonObject{{QStringLiteral("name"), p.name.toUpper() + QLatin1Char(' ')},
                                        {QStringLiteral("id"), QStringLiteral("other")}});
    }
    return existing;
}

} // namespace

class TestParallelRegions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomRunways()
    {
        int threaded = 0;
        for (quint32 seed = 0; seed < 200; ++seed) {
            const Drawn drawn = draw(seed);
            const ScratchRunway runway(drawn.pipeline, drawn.envs);
            const Result<RunwayContext> context = runway.open();
            QVERIFY2(context, qPrintable(QStringLiteral("seed %1").arg(seed)));
            GenerationOptions options = drawn.options;
            const Result<Generation> first = generate(*context, options, GenerationOptions::Threads::Off);
            options.existingPipelines = existingFrom(first, seed);
            const QStringList one = described(generate(*context, options, GenerationOptions::Threads::Off));
            const QStringList two = described(generate(*context, options, GenerationOptions::Threads::On));
            if (one != two) {
                for (int i = 0; i < std::min(one.size(), two.size()); ++i) {
                    if (one.at(i) != two.at(i))
                        qWarning().noquote() << "seed" << seed << "first difference:\n" << one.at(i) << "\n" << two.at(i);
                }
            }
            QCOMPARE(two, one);
            if (first && first->pipelines.size() >= 2)
                ++threaded;
        }
        QVERIFY2(threaded >= 100, "too few random runways with two or more regions to split");
    }

    void goldenRunways()
    {
        QStringList sets{QStringLiteral("foremast-v5"), QStringLiteral("documented-flow")};
        // Manual types start Python through QProcess, whose fork ThreadSanitizer's runtime cannot
        // follow (it stops on an internal CHECK); the other sets run there.
        if (!qEnvironmentVariableIsSet("FD_UNDER_TSAN"))
            sets << QStringLiteral("foremast-v5-types");
        for (const QString &set : sets) {
            for (const QString &caseDir : goldenCases(set)) {
                const Result<RunwayContext> context = openRunway(goldenSource(caseDir));
                QVERIFY2(context, qPrintable(caseDir));
                GenerationOptions options;
                if (set == QLatin1String("documented-flow"))
                    options.flow = QStringLiteral("documented");
                QCOMPARE(described(generate(*context, options, GenerationOptions::Threads::On)),
                         described(generate(*context, options, GenerationOptions::Threads::Off)));
            }
        }
    }

    void stressRunway()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("forrest/core/runway"));
        QVERIFY(Test::LargeRunway::write(folder));
        const Result<RunwayContext> context = openRunway({folder, QStringLiteral("forrest"), QStringLiteral("core"), {}});
        QVERIFY(context);
        const QStringList one = described(generate(*context, {}, GenerationOptions::Threads::Off));
        QCOMPARE(described(generate(*context, {}, GenerationOptions::Threads::On)), one);
        QCOMPARE(described(generate(*context, {}, GenerationOptions::Threads::Auto)), one);
    }

    /// Two generations at once (each on two threads), as a caller on another thread could start:
    /// the flow cache, stamps and static tables are shared by all of them.
    void concurrentGenerations()
    {
        const Drawn drawn = draw(7);
        const ScratchRunway runway(drawn.pipeline, drawn.envs);
        const Result<RunwayContext> context = runway.open();
        QVERIFY(context);
        const QStringList expected = described(generate(*context, drawn.options, GenerationOptions::Threads::Off));
        QStringList other;
        std::thread thread([&]() { other = described(generate(*context, drawn.options, GenerationOptions::Threads::On)); });
        const QStringList mine = described(generate(*context, drawn.options, GenerationOptions::Threads::On));
        thread.join();
        QCOMPARE(mine, expected);
        QCOMPARE(other, expected);
    }

    void whenASecondThreadIsUsed()
    {
        GenerationOptions options;
        const QHash<QString, QStringList> many{{QStringLiteral("a"), EnvPool}, {QStringLiteral("b"), EnvPool}};
        const QHash<QString, QStringList> few{{QStringLiteral("a"), {QStringLiteral("dev")}},
                                              {QStringLiteral("b"), {QStringLiteral("dev"), QStringLiteral("qa")}}};
        const QStringList two{QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY(usesSecondThread(options, two, many));
        QVERIFY(!usesSecondThread(options, two, few));
        QVERIFY(!usesSecondThread(options, {QStringLiteral("a")}, many));
        options.threads = GenerationOptions::Threads::Off;
        QVERIFY(!usesSecondThread(options, two, many));
        options.threads = GenerationOptions::Threads::On;
        QVERIFY(usesSecondThread(options, {QStringLiteral("a")}, few));
    }
};

QTEST_GUILESS_MAIN(TestParallelRegions)
#include "tst_parallelregions.moc"
