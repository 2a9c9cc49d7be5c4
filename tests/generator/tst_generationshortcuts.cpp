// SPDX-License-Identifier: Apache-2.0
// The shortcuts the generation takes outside stage rendering give exactly what the plain way
// gives: ForemastLimits skipping regions whose checked settings repeat, and Foremast's env
// defaults filled without reading the template again.
#include "GeneratorTestSupport.h"
#include "foremast/ForemastDefaults.h"
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
