// SPDX-License-Identifier: Apache-2.0
// The shortcuts the generation takes outside stage rendering give exactly what the plain way
// gives: ForemastLimits skipping regions whose checked settings repeat, the validation memo
// reusing what it found in the very same stage objects, and Foremast's env defaults filled
// without reading the template again.
#include "GeneratorTestSupport.h"
#include "foremast/ForemastDefaults.h"
#include "generator/PipelineValidator.h"
#include "runway/ForemastLimits.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestGenerationShortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitsSameAsCheckingEveryRegion();
    void validationMemoSameAsPlain();
    void generatedPipelinesValidateAlike();
    void envDefaultsSameAsFillingTheText();
};

namespace {

QString describe(const Errors &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << QStringLiteral("%1|%2|%3:%4|%5|%6|%7|%8|%9")
                     .arg(int(e.severity))
                     .arg(e.env, e.file)
                     .arg(e.line)
                     .arg(e.keyPath, e.region, e.stageRefId, e.stageName, e.message);
    return lines.join(QLatin1Char('\n'));
}

/// Values that trip the checks (quotes, backslashes, nulls, wrong types) among ordinary ones.
QJsonValue randomScalar(QRandomGenerator &rng)
{
    switch (rng.bounded(10)) {
    case 0: return QJsonValue(QJsonValue::Null);
    case 1: return QStringLiteral("with \"quote\"");
    case 2: return QStringLiteral("back\\slash");
    case 3: return 5;
    case 4: return 5.0;
    case 5: return QStringLiteral("300");
    case 6: return true;
    case 7: return QStringLiteral("EC2");
    default: return QStringLiteral("plain");
    }
}

QJsonObject randomSettings(QRandomGenerator &rng, bool deep)
{
    QJsonObject out;
    const auto maybe = [&](int percent) { return int(rng.bounded(100)) < percent; };
    if (maybe(50)) {
        QJsonObject app;
        for (const char *key : {"instance_type", "instance_profile", "eureka_enabled"}) {
            if (maybe(40))
                app.insert(QLatin1String(key), randomScalar(rng));
        }
        if (maybe(40)) {
            QJsonObject tags;
            tags.insert(maybe(20) ? QStringLiteral("te\"am") : QStringLiteral("team"), randomScalar(rng));
            if (maybe(30))
                tags.insert(QStringLiteral("list"), QJsonArray{maybe(50) ? QStringLiteral("it's") : QStringLiteral("a\"b"), 1});
            app.insert(QStringLiteral("custom_tags"), tags);
        }
        out.insert(QStringLiteral("app"), maybe(10) ? QJsonValue(QJsonValue::Null) : QJsonValue(app));
    }
    if (maybe(60)) {
        QJsonObject asg;
        for (const char *key : {"ssh_keypair", "subnet_purpose", "hc_type", "hc_grace_period", "app_grace_period",
                                "min_inst", "max_inst", "provider_healthcheck"}) {
            if (maybe(25))
                asg.insert(QLatin1String(key), randomScalar(rng));
        }
        out.insert(QStringLiteral("asg"), maybe(8) ? QJsonValue(5) : QJsonValue(asg));
    }
    if (maybe(15))
        out.insert(QStringLiteral("deploy_strategy"), randomScalar(rng));
    if (maybe(15))
        out.insert(QStringLiteral("security_group"),
                   maybe(50) ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(QJsonObject{{QStringLiteral("instance_extras"), randomScalar(rng)}}));
    if (maybe(20)) {
        QJsonObject hook{{QStringLiteral("url"), randomScalar(rng)}, {QStringLiteral("name"), QStringLiteral("n")}};
        if (maybe(50))
            hook.insert(QStringLiteral("payload"), QJsonObject{});
        out.insert(QStringLiteral("completion_webhooks"), QJsonArray{hook});
    }
    if (deep && maybe(20))
        out.insert(QStringLiteral("image"), maybe(50) ? QJsonValue(QStringLiteral("x")) : QJsonValue(QJsonObject{}));
    return out;
}

/// A runway of 1–4 envs over 1–5 regions; region blocks often repeat one another (as real ones
/// do), sometimes differ in one key, sometimes are missing or in list form.
QMap<QString, QByteArray> randomEnvFiles(QRandomGenerator &rng, QStringList *envs)
{
    static const QStringList names = {QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod"),
                                      QStringLiteral("prodx"), QStringLiteral("qa")};
    static const QStringList regions = {QStringLiteral("us-east-1"), QStringLiteral("us-west-2"),
                                        QStringLiteral("eu-west-1"), QStringLiteral("ap-south-1"),
                                        QStringLiteral("sa-east-1")};
    QMap<QString, QByteArray> files;
    const int envCount = 1 + int(rng.bounded(4));
    for (int e = 0; e < envCount; ++e) {
        const QString env = names.at(int(rng.bounded(names.size())));
        if (envs->contains(env))
            continue;
        *envs << env;
        QJsonObject file = randomSettings(rng, false);
        const int regionCount = int(rng.bounded(6));
        const int form = int(rng.bounded(6));
        if (form == 0) {
            QJsonArray list;
            for (int r = 0; r < regionCount; ++r)
                list << regions.at(r);
            file.insert(QStringLiteral("regions"), list);
        } else if (form != 1) {
            QJsonObject blocks;
            QJsonObject last = randomSettings(rng, false);
            for (int r = 0; r < regionCount; ++r) {
                if (rng.bounded(3) == 0)
                    last = randomSettings(rng, false);
                blocks.insert(regions.at(r), last);
            }
            file.insert(QStringLiteral("regions"), blocks);
        }
        files.insert(env, QJsonDocument(file).toJson());
    }
    return files;
}

QByteArray randomPipelineFile(QRandomGenerator &rng, const QStringList &envs)
{
    static const QStringList types = {QStringLiteral("ec2"), QStringLiteral("ec2"), QStringLiteral("lambda"),
                                      QStringLiteral("s3"), QStringLiteral("manual")};
    QJsonObject pipeline = randomSettings(rng, true);
    pipeline.insert(QStringLiteral("env"), QJsonArray::fromStringList(envs));
    pipeline.insert(QStringLiteral("type"), types.at(int(rng.bounded(types.size()))));
    if (rng.bounded(4) == 0)
        pipeline.insert(QStringLiteral("owner_email"), QStringLiteral("a\"b@example.com"));
    return QJsonDocument(pipeline).toJson();
}

/// A stage for the validation memo: ordinary or broken in one of the ways it reports.
QJsonObject randomStage(QRandomGenerator &rng, int n)
{
    QJsonObject stage{{QStringLiteral("refId"), QString::number(1 + n % 7)},
                      {QStringLiteral("name"), QStringLiteral("Stage %1").arg(n % 5)},
                      {QStringLiteral("requisiteStageRefIds"), QJsonArray{QString::number(n % 7)}}};
    static const QStringList types = {QStringLiteral("jenkins"), QStringLiteral("deploy"), QStringLiteral("bake"),
                                      QStringLiteral("wait"), QStringLiteral("webhook"), QStringLiteral("manualJudgment"),
                                      QStringLiteral("pipeline"), QStringLiteral("checkPreconditions")};
    stage.insert(QStringLiteral("type"), types.at(int(rng.bounded(types.size()))));
    switch (rng.bounded(12)) {
    case 0: stage.remove(QStringLiteral("refId")); break;
    case 1: stage.insert(QStringLiteral("refId"), 3); break;
    case 2: stage.insert(QStringLiteral("name"), QStringLiteral("  ")); break;
    case 3: stage.remove(QStringLiteral("type")); break;
    case 4: stage.insert(QStringLiteral("requisiteStageRefIds"), QStringLiteral("1")); break;
    case 5: stage.insert(QStringLiteral("stageTimeoutMs"), QStringLiteral("soon")); break;
    case 6: stage.insert(QStringLiteral("requisiteStageRefIds"), QJsonArray{stage.value(QStringLiteral("refId"))}); break;
    default: break;
    }
    if (rng.bounded(2)) {
        stage.insert(QStringLiteral("master"), QStringLiteral("m"));
        stage.insert(QStringLiteral("job"), rng.bounded(2) ? QStringLiteral("j") : QStringLiteral(" "));
        stage.insert(QStringLiteral("clusters"),
                     QJsonArray{QJsonObject{{QStringLiteral("account"), rng.bounded(2) ? QStringLiteral("dev") : QString()},
                                            {QStringLiteral("availabilityZones"),
                                             QJsonObject{{QStringLiteral("us-east-1"), QJsonArray{QStringLiteral("a")}}}}}});
        stage.insert(QStringLiteral("waitTime"), 30);
    }
    return stage;
}

QJsonObject pipelineOf(const QJsonArray &stages)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("p")},
                       {QStringLiteral("application"), QStringLiteral("app")},
                       {QStringLiteral("stages"), stages}};
}

} // namespace

void TestGenerationShortcuts::limitsSameAsCheckingEveryRegion()
{
    QRandomGenerator rng(12);
    int withFindings = 0;
    for (int round = 0; round < 300; ++round) {
        QStringList envs;
        const QMap<QString, QByteArray> files = randomEnvFiles(rng, &envs);
        const ScratchRunway runway(randomPipelineFile(rng, envs), files);
        const Result<RunwayContext> context = runway.open();
        QVERIFY2(context, qPrintable(QStringLiteral("round %1").arg(round)));
        const MergedSettings merged = context->merged();
        const QString onetime = rng.bounded(5) == 0 ? envs.constFirst() : QString();
        const Errors fast = ForemastLimits::ofGeneration(context.value(), merged, onetime);
        const Errors plain = ForemastLimits::ofGenerationCheckingEveryRegion(context.value(), merged, onetime);
        QCOMPARE(describe(fast), describe(plain));
        withFindings += plain.isEmpty() ? 0 : 1;
    }
    QVERIFY2(withFindings > 100, qPrintable(QString::number(withFindings))); // the runways do trip the checks
}

void TestGenerationShortcuts::validationMemoSameAsPlain()
{
    QRandomGenerator rng(7);
    // A pool of stage objects shared between pipelines (as the generator shares an env's
    // unchanged stages between regions), each pipeline drawing some in another order, some
    // changed, some not objects at all.
    QList<QJsonObject> pool;
    for (int i = 0; i < 40; ++i)
        pool << randomStage(rng, i);
    PipelineValidationMemo memo;
    int findings = 0;
    for (int round = 0; round < 400; ++round) {
        QJsonArray stages;
        const int count = int(rng.bounded(12));
        for (int i = 0; i < count; ++i) {
            const int pick = int(rng.bounded(pool.size()));
            switch (rng.bounded(10)) {
            case 0: pool[pick] = randomStage(rng, int(rng.bounded(100))); break;  // replaced
            case 1: pool[pick].insert(QStringLiteral("name"), QStringLiteral("Changed")); break; // changed in place
            case 2: stages << QStringLiteral("not a stage"); continue;
            default: break;
            }
            stages << pool.at(pick);
        }
        const QJsonObject pipeline = pipelineOf(stages);
        const Errors remembered = validatePipeline(pipeline, QStringLiteral("us-east-1"), memo);
        const Errors plain = validatePipeline(pipeline, QStringLiteral("us-east-1"));
        QCOMPARE(describe(remembered), describe(plain));
        findings += int(plain.size());
    }
    QVERIFY(findings > 400);
}

void TestGenerationShortcuts::generatedPipelinesValidateAlike()
{
    // Pipelines as the generator makes them, region after region, validated with one memo.
    QRandomGenerator rng(3);
    int pipelines = 0;
    for (int round = 0; round < 40; ++round) {
        QStringList envs;
        QMap<QString, QByteArray> files = randomEnvFiles(rng, &envs);
        const ScratchRunway runway(QJsonDocument(QJsonObject{{QStringLiteral("env"), QJsonArray::fromStringList(envs)}}).toJson(),
                                   files);
        const Result<RunwayContext> context = runway.open();
        QVERIFY(context);
        const Result<Generation> generation = generatePipelines(context.value(), GenerationOptions());
        if (!generation)
            continue;
        PipelineValidationMemo memo;
        for (const GeneratedPipeline &pipeline : generation->pipelines) {
            QCOMPARE(describe(validatePipeline(pipeline.json, pipeline.region, memo)),
                     describe(validatePipeline(pipeline.json, pipeline.region)));
            ++pipelines;
        }
    }
    QVERIFY(pipelines > 40);
}

void TestGenerationShortcuts::envDefaultsSameAsFillingTheText()
{
    QFile file(QStringLiteral(":/foremast/configs.json.j2"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString templ = QString::fromUtf8(file.readAll());
    const QStringList names = {QString(), QStringLiteral("forrestcore"), QStringLiteral("a\"b"),
                               QStringLiteral("back\\slash"), QStringLiteral("tab\there"), QStringLiteral("ünïcødé ✓"),
                               QStringLiteral("{{ profile }}"), QStringLiteral("{{ app }}x"), QString(QChar(0xd800)),
                               QStringLiteral("%1"), QStringLiteral("x\x7f"), QStringLiteral("/slash/")};
    for (const QString &app : names) {
        for (const QString &profile : names) {
            QString text = templ;
            text.replace(QStringLiteral("{{ app }}"), app);
            text.replace(QStringLiteral("{{ profile }}"), profile);
            const QJsonObject expected = QJsonDocument::fromJson(text.toUtf8()).object();
            const QJsonObject got = ForemastDefaults::envDefaults(app, profile);
            QVERIFY2(got == expected, qPrintable(app + QLatin1Char('|') + profile));
            QCOMPARE(QJsonDocument(got).toJson(), QJsonDocument(expected).toJson());
        }
    }
    QVERIFY(!ForemastDefaults::envDefaults(QStringLiteral("a"), QStringLiteral("b")).isEmpty());
}

QTEST_GUILESS_MAIN(TestGenerationShortcuts)
#include "tst_generationshortcuts.moc"
