// SPDX-License-Identifier: Apache-2.0
// The built-in flows' precompiled form (FlowPrecompiled.h): each built-in flow read from its blob
// is the flow parsed from its JSON, field by field and by what it generates (every golden runway,
// random runways); a damaged, truncated, stale or other-version blob is refused; and fd_flowc, the
// build step, fails on a broken flow naming the file, line and key.
#include "GeneratorTestSupport.h"
#include "TypesGolden.h"
#include "generator/FlowParser.h"
#include "generator/FlowPrecompiled.h"
#include "json/JsonText.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QResource>
#include <QtEndian>
#include <QtTest>

using namespace Fd;
using namespace Fd::GenTest;

namespace {

QByteArray blobOf(const QString &name)
{
    QFile file(QStringLiteral(":/flows/%1.flowc").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString jsonPath(const QString &name)
{
    return QStringLiteral(":/flows/%1.json").arg(name);
}

/// The built-in flow parsed from its JSON text, as a user's copy of it would be.
Flow parsedFromJson(const QString &name)
{
    const Result<Flow> flow = Flow::parse(jsonPath(name), Flow::builtinText(name));
    if (!flow)
        qFatal("%s", qPrintable(flow.error().toString()));
    return flow.value();
}

/// Everything a generation gives, as text.
QStringList described(const Result<Generation> &result)
{
    if (!result)
        return {QStringLiteral("failed: ") + result.error().toString()};
    QStringList lines{QStringLiteral("flow ") + result->flowName};
    for (const GeneratedPipeline &p : result->pipelines) {
        lines << QStringLiteral("pipeline %1 %2 %3 %4").arg(p.region, p.name, p.fileName, p.envs.join(QLatin1Char(',')));
        lines << QString::fromUtf8(indentedJson(p.json));
    }
    for (const Error &e : result->findings)
        lines << e.toString() + QLatin1Char('|') + e.file + QLatin1Char('|') + e.keyPath;
    return lines;
}

/// Generates `context` with each built-in flow, precompiled and parsed from JSON, and compares.
void compareEveryFlow(const RunwayContext &context, GenerationOptions options, const QString &label)
{
    for (const QString &name : Flow::builtinNames()) {
        options.flow = name;
        const Result<Flow> precompiled = Flow::load(name);
        QVERIFY2(precompiled, qPrintable(name));
        const QStringList fromBlob = described(generatePipelines(context, precompiled.value(), options));
        const QStringList fromJson = described(generatePipelines(context, parsedFromJson(name), options));
        if (fromBlob != fromJson)
            qWarning().noquote() << label << name;
        QCOMPARE(fromBlob, fromJson);
    }
}

/// The blob of `name` with its content hash made right again after `change`: what only the
/// reader's own checks can refuse.
QByteArray rehashed(QByteArray blob)
{
    qToLittleEndian(FlowPrecompiled::hash(QByteArrayView(blob).sliced(32)), blob.data() + 24);
    return blob;
}

/// A flow file for fd_flowc, with `replace` applied to a good one.
const QByteArray GoodFlow = R"({
  "flowFormat": 1,
  "name": "bad",
  "settings": {"job": {"default": "deploy-{{ env }}"}},
  "pipeline": {"name": "{{ app }} [{{ region }}]", "application": "{{ app }}"},
  "envs": [
    {"match": "*", "stages": [
      {"id": "go", "stage": {"type": "jenkins", "name": "Go {{ env }}", "job": "{{ flow.job }}"}}
    ]}
  ]
})";

struct FlowcRun
{
    int exitCode = -1;
    QString errors;
};

FlowcRun runFlowc(const QString &source, const QString &out)
{
    QProcess process;
    process.start(QStringLiteral(FD_FLOWC), {source, out});
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestFlowPrecompiled : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBuiltinEqualsItsJson()
    {
        for (const QString &name : Flow::builtinNames()) {
            const Result<Flow> precompiled = Flow::load(name);
            QVERIFY2(precompiled, precompiled ? "" : qPrintable(precompiled.error().toString()));
            const QByteArray fromBlob = FlowPrecompiled::describe(*precompiled->data());
            QCOMPARE(fromBlob, FlowPrecompiled::describe(*parsedFromJson(name).data()));
            QVERIFY(fromBlob.size() > 1000);
            QCOMPARE(precompiled->file(), jsonPath(name));
        }
    }

    void goldenRunwaysGenerateTheSame()
    {
        int cases = 0;
        for (const QString &set : {QStringLiteral("foremast-v5"), QStringLiteral("documented-flow"),
                                   QStringLiteral("foremast-v5-types"), QStringLiteral("types-own")}) {
            for (const QString &caseDir : goldenCases(set)) {
                const bool types = set.contains(QLatin1String("types"));
                const TypesCase typesRun = types ? typesCase(caseDir) : TypesCase{goldenSource(caseDir), {}};
                const Result<RunwayContext> context = openRunway(typesRun.source);
                QVERIFY2(context, qPrintable(caseDir));
                compareEveryFlow(*context, typesRun.options, caseDir);
                if (QTest::currentTestFailed())
                    return;
                ++cases;
            }
        }
        QVERIFY2(cases >= 15, "golden cases not found");
    }

    void randomRunwaysGenerateTheSame()
    {
        const QStringList envPool = {QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod"),
                                     QStringLiteral("qa"), QStringLiteral("prodeu")};
        const QStringList typePool = {QStringLiteral("ec2"), QStringLiteral("lambda"), QStringLiteral("s3"),
                                      QStringLiteral("datapipeline"), QStringLiteral("stepfunction"),
                                      QStringLiteral("cloudfunction")};
        for (quint32 seed = 0; seed < 40; ++seed) {
            QRandomGenerator random(seed);
            const auto chance = [&random](int percent) { return int(random.bounded(100)) < percent; };
            QStringList envs = envPool;
            std::shuffle(envs.begin(), envs.end(), random);
            envs = envs.mid(0, 1 + int(random.bounded(int(envs.size()))));
            QJsonObject pipeline{{QStringLiteral("env"), QJsonArray::fromStringList(envs)},
                                 {QStringLiteral("type"), typePool.at(int(random.bounded(int(typePool.size()))))}};
            if (chance(30))
                pipeline.insert(QStringLiteral("notifications"), QJsonObject{{QStringLiteral("slack"), QStringLiteral("#d")}});
            QMap<QString, QByteArray> files;
            for (const QString &env : envs) {
                QJsonObject app{{QStringLiteral("instance_type"), QStringLiteral("t3.small")}};
                if (chance(30))
                    app.insert(QStringLiteral("approval_skip"), true);
                if (chance(30))
                    app.insert(QStringLiteral("custom_tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("core")}});
                QJsonObject asg{{QStringLiteral("min_inst"), int(random.bounded(1, 4))}};
                if (chance(40))
                    asg.insert(QStringLiteral("scaling_policy"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("CPUUtilization")}});
                QJsonObject file{{QStringLiteral("app"), app}, {QStringLiteral("asg"), asg}};
                if (chance(30))
                    file.insert(QStringLiteral("deploy_strategy"), chance(50) ? QStringLiteral("canary") : QStringLiteral("redblack"));
                if (chance(20))
                    file.insert(QStringLiteral("completion_webhooks"),
                                QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/x")}}});
                QJsonArray regions;
                for (const char *region : {"us-east-1", "us-west-2", "eu-west-1"}) {
                    if (chance(60))
                        regions.append(QLatin1String(region));
                }
                if (!regions.isEmpty())
                    file.insert(QStringLiteral("regions"), regions);
                files.insert(env, QJsonDocument(file).toJson());
            }
            const ScratchRunway runway(QJsonDocument(pipeline).toJson(), files);
            const Result<RunwayContext> context = runway.open();
            QVERIFY2(context, qPrintable(QStringLiteral("seed %1").arg(seed)));
            GenerationOptions options;
            if (chance(10))
                options.onetimeEnv = envs.first();
            compareEveryFlow(*context, options, QStringLiteral("seed %1").arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void damagedBlobsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<QString>("reason");
        const QByteArray good = blobOf(QStringLiteral("foremast-v5"));
        QVERIFY(good.size() > 1000);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a precompiled flow");
        QTest::newRow("the JSON text") << Flow::builtinText(QStringLiteral("foremast-v5"))
                                       << QStringLiteral("not a precompiled flow");
        QByteArray version = good;
        qToLittleEndian(FlowPrecompiled::Version + 1, version.data() + 8);
        QTest::newRow("next version") << version << QStringLiteral("format version %1").arg(FlowPrecompiled::Version + 1);
        QTest::newRow("another flow's blob") << blobOf(QStringLiteral("documented"))
                                             << QStringLiteral("another version of the flow's JSON text");
        for (const qsizetype size : {qsizetype(31), qsizetype(32), qsizetype(36), good.size() / 2, good.size() - 1})
            QTest::addRow("truncated to %d bytes", int(size)) << good.left(size)
                                                              << (size < 32 ? QStringLiteral("not a precompiled flow")
                                                                            : QStringLiteral("damaged or truncated"));
        QTest::newRow("a byte more") << good + '\0' << QStringLiteral("damaged or truncated");
        for (const qsizetype at : {qsizetype(40), good.size() / 3, good.size() - 2}) {
            QByteArray flipped = good;
            flipped[at] = char(flipped.at(at) ^ 0x20);
            QTest::addRow("byte %d changed", int(at)) << flipped << QStringLiteral("damaged or truncated");
        }
        QTest::newRow("trailing byte, hash made right") << rehashed(good + 'x') << QStringLiteral("damaged or truncated");
        QTest::newRow("truncated, hash made right") << rehashed(good.left(good.size() - 5))
                                                    << QStringLiteral("damaged or truncated");
        QByteArray table = good;
        table[36] = '{'; // the literal table is no longer a JSON array
        QTest::newRow("table not a list, hash made right") << rehashed(table) << QStringLiteral("damaged or truncated");
    }

    void damagedBlobsAreRefused()
    {
        QFETCH(QByteArray, blob);
        QFETCH(QString, reason);
        const QString name = QStringLiteral(":/flows/foremast-v5.flowc");
        const Result<Flow> flow = FlowPrecompiled::read(name, blob, Flow::builtinText(QStringLiteral("foremast-v5")),
                                                        jsonPath(QStringLiteral("foremast-v5")));
        QVERIFY(!flow);
        QCOMPARE(flow.error().file, name);
        QVERIFY2(flow.error().message.contains(QStringLiteral("precompiled built-in flow cannot be used")),
                 qPrintable(flow.error().message));
        QVERIFY2(flow.error().message.contains(reason), qPrintable(flow.error().message));
        QVERIFY(flow.error().toString().startsWith(name + QStringLiteral(": error: ")));
    }

    /// Every byte of a blob changed, its hash made right: the reader's own checks refuse or read
    /// a flow, never past the end (the sanitizer build runs this too).
    void everyByteChangedIsReadSafely()
    {
        const QString name = QStringLiteral("foremast-v5-stepfunction");
        const QByteArray good = blobOf(name);
        const QByteArray source = Flow::builtinText(name);
        QVERIFY(FlowPrecompiled::read(name, good, source, jsonPath(name)));
        int refused = 0;
        for (qsizetype at = 32; at < good.size(); ++at) {
            for (const char mask : {char(0x01), char(0xff)}) {
                QByteArray changed = good;
                changed[at] = char(changed.at(at) ^ mask);
                refused += FlowPrecompiled::read(name, rehashed(changed), source, jsonPath(name)) ? 0 : 1;
            }
        }
        QVERIFY(refused > 0);
    }

    void hashSeesEveryWord()
    {
        QByteArray bytes(67, 'a');
        const quint64 h = FlowPrecompiled::hash(bytes);
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray changed = bytes;
            changed[at] = 'b';
            QVERIFY(FlowPrecompiled::hash(changed) != h);
        }
        QVERIFY(FlowPrecompiled::hash(bytes.left(66)) != h);
        QVERIFY(FlowPrecompiled::hash(bytes + '\0') != h);
    }

    void flowcPrecompilesAGoodFlow()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("bad.json")), out = dir.filePath(QStringLiteral("bad.flowc"));
        QVERIFY(writeBytes(source, GoodFlow));
        const FlowcRun run = runFlowc(source, out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(run.errors.isEmpty());
        const Result<Flow> parsed = Flow::parse(QStringLiteral("bad.json"), GoodFlow);
        const Result<Flow> read = FlowPrecompiled::read(out, readBytes(out), GoodFlow, QStringLiteral("bad.json"));
        QVERIFY(parsed && read);
        QCOMPARE(FlowPrecompiled::describe(*read->data()), FlowPrecompiled::describe(*parsed->data()));
    }

    void flowcFailsOnABrokenFlow_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("where"); // file:line: … key
        QTest::newRow("unknown variable") << QByteArray("{{ flow.job }}") << QByteArray("{{ flow.jobb }}")
                                          << QStringLiteral("bad.json:8: error: envs[0].stages[0].stage.job: ");
        QTest::newRow("env variable in the pipeline") << QByteArray("{{ app }} [") << QByteArray("{{ env }} [")
                                                      << QStringLiteral("bad.json:5: error: pipeline.name: ");
        QTest::newRow("unknown key") << QByteArray("\"match\"") << QByteArray("\"matches\"")
                                     << QStringLiteral("bad.json:7: error: envs[0].matches: ");
        QTest::newRow("invalid JSON") << QByteArray("\"Go {{ env }}\",") << QByteArray("\"Go {{ env }}\",,")
                                      << QStringLiteral("bad.json:8:");
        QTest::newRow("named unlike its file") << QByteArray("\"name\": \"bad\"") << QByteArray("\"name\": \"good\"")
                                               << QStringLiteral("bad.json:3: error: name: ");
    }

    void flowcFailsOnABrokenFlow()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("bad.json")), out = dir.filePath(QStringLiteral("bad.flowc"));
        QVERIFY(GoodFlow.contains(from));
        QVERIFY(writeBytes(source, QByteArray(GoodFlow).replace(from, to)));
        const FlowcRun run = runFlowc(source, out);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(dir.filePath(where)), qPrintable(run.errors));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestFlowPrecompiled)
#include "tst_flowprecompiled.moc"
