// SPDX-License-Identifier: Apache-2.0
#include "../support/SharedData.h"
#include "layout/EnvironmentStages.h"
#include "layout/LayoutJson.h"
#include "layout/PipelineStages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject golden(const QString &relative)
{
    const Result<PipelineFile> file = PipelineFile::read(Test::goldenPath(relative));
    return file.ok() ? file->pipelines.first() : QJsonObject();
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return list.join(QLatin1Char(' '));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(bytes);
    return path;
}

} // namespace

class TestPipelineStages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsStages();
    void badShapes_data();
    void badShapes();
    void readsFiles();
    void rejectsFiles_data();
    void rejectsFiles();
    void locatesFindings();
    void layoutJson();
    void mergeFindings();
    void environments_data();
    void environments();
    void environmentOrder();
    void knownEnvsRestrict();
    void environmentsOfBadInput();
};

void TestPipelineStages::readsStages()
{
    Errors findings;
    const QList<LayoutStage> stages = stagesFromPipeline(
        parse(R"({"stages": [{"refId": "1", "name": "Bake", "requisiteStageRefIds": []},
                             {"refId": 2, "name": "Deploy", "requisiteStageRefIds": [1], "graphRowOverride": 3},
                             {"refId": "3"}]})"),
        &findings);
    QVERIFY(findings.isEmpty());
    QCOMPARE(stages.size(), 3);
    QCOMPARE(stages.at(1).refId, QStringLiteral("2"));
    QCOMPARE(stages.at(1).requisiteStageRefIds, QStringList{QStringLiteral("1")});
    QCOMPARE(stages.at(1).graphRowOverride.value_or(-1), 3.0);
    QCOMPARE(stages.at(2).name, QString());
    QVERIFY(stages.at(2).requisiteStageRefIds.isEmpty());
    QCOMPARE(stages.at(2).sourceIndex, 2);
}

void TestPipelineStages::badShapes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("stageCount");
    QTest::addColumn<QString>("keyPath");

    QTest::newRow("no stages") << R"({"name": "x"})" << 0 << "stages";
    QTest::newRow("stages not a list") << R"({"stages": {}})" << 0 << "stages";
    QTest::newRow("entry not an object") << R"({"stages": [{"refId": "1"}, 7]})" << 1 << "stages[1]";
    QTest::newRow("refId an object") << R"({"stages": [{"refId": {}}]})" << 1 << "stages[0].refId";
    QTest::newRow("requisites not a list") << R"({"stages": [{"refId": "1", "requisiteStageRefIds": "0"}]})" << 1
                                           << "stages[0].requisiteStageRefIds";
    QTest::newRow("requisite not a refId") << R"({"stages": [{"refId": "1", "requisiteStageRefIds": [true]}]})" << 1
                                           << "stages[0].requisiteStageRefIds[0]";
}

void TestPipelineStages::badShapes()
{
    QFETCH(QString, json);
    QFETCH(int, stageCount);
    QFETCH(QString, keyPath);
    Errors findings;
    const QList<LayoutStage> stages = stagesFromPipeline(QJsonDocument::fromJson(json.toUtf8()).object(), &findings);
    QCOMPARE(stages.size(), stageCount);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().keyPath, keyPath);
    QVERIFY(!findings.first().message.isEmpty());
    // The layout still works on whatever was usable.
    const StageLayout layout = layoutStages(stages);
    QCOMPARE(layout.nodes.size(), stageCount + 1);
}

void TestPipelineStages::readsFiles()
{
    QTemporaryDir dir;
    const QString list = writeFile(dir, QStringLiteral("configs.json"),
                                   R"([{"name": "a", "stages": []}, {"stages": [{"refId": "1"}]}])");
    const Result<PipelineFile> file = PipelineFile::read(list);
    QVERIFY(file.ok());
    QCOMPARE(file->pipelines.size(), 2);
    QCOMPARE(file->arrayIndices, (QList<int>{0, 1}));
    QCOMPARE(file->pipelineName(0), QStringLiteral("a"));
    QCOMPARE(file->pipelineName(1), QStringLiteral("configs #2"));
    const Result<PipelineFile> one = PipelineFile::read(writeFile(dir, QStringLiteral("one.json"), R"({"stages": []})"));
    QVERIFY(one.ok());
    QCOMPARE(one->pipelineName(0), QStringLiteral("one"));
}

void TestPipelineStages::rejectsFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("invalid JSON") << QByteArray("{\"stages\": [");
    QTest::newRow("a number") << QByteArray("42");
    QTest::newRow("empty list") << QByteArray("[]");
    QTest::newRow("list of strings") << QByteArray("[\"a\"]");
    QTest::newRow("empty file") << QByteArray();
}

void TestPipelineStages::rejectsFiles()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.json"), bytes);
    const Result<PipelineFile> file = PipelineFile::read(path);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().file, path);
    QVERIFY(!file.error().message.isEmpty());
    QVERIFY(!PipelineFile::read(dir.filePath(QStringLiteral("missing.json"))).ok());
}

void TestPipelineStages::locatesFindings()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("p.json"),
                                   "[\n  {\"stages\": [\n    {\"refId\": \"1\"},\n"
                                   "    {\"refId\": \"2\", \"name\": \"Deploy\", \"requisiteStageRefIds\": [\"9\"]}\n  ]}\n]\n");
    const Result<PipelineFile> file = PipelineFile::read(path);
    QVERIFY(file.ok());
    Errors findings = layoutStages(stagesFromPipeline(file->pipelines.first())).findings;
    QCOMPARE(findings.size(), 1);
    file->locate(findings, 0);
    QCOMPARE(findings.first().file, path);
    QCOMPARE(findings.first().line, 4);
    QVERIFY(findings.first().toString().contains(QLatin1String(":4: error: stage \"Deploy\" (2)")));
}

void TestPipelineStages::layoutJson()
{
    const StageLayout layout = layoutStages(
        stagesFromPipeline(parse(R"({"stages": [{"refId": "1", "name": "A"}, {"refId": "2", "name": "B",
                                     "requisiteStageRefIds": ["1", "7"]}]})")));
    const QJsonObject json = layoutToJson(layout);
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 3);
    QVERIFY(nodes.at(0).toObject().value(QStringLiteral("refId")).isNull());
    QCOMPARE(nodes.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Configuration"));
    QCOMPARE(nodes.at(2).toObject().value(QStringLiteral("column")).toInt(), 2);
    QCOMPARE(nodes.at(2).toObject().value(QStringLiteral("x")).toDouble(), layout.nodes.at(2).position.x());
    const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
    QCOMPARE(edges.size(), 2);
    QVERIFY(edges.at(0).toObject().value(QStringLiteral("fromRefId")).isNull());
    QCOMPARE(edges.at(1).toObject().value(QStringLiteral("toRefId")).toString(), QStringLiteral("2"));
    QVERIFY(edges.at(1).toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1Char('M')));
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("stageRefId")).toString(), QStringLiteral("2"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
}

void TestPipelineStages::mergeFindings()
{
    const auto error = [](const char *refId, const char *keyPath, const char *message) {
        Error e;
        e.stageRefId = QLatin1String(refId);
        e.keyPath = QLatin1String(keyPath);
        e.message = QLatin1String(message);
        return e;
    };
    const Errors validator{error("1", "stages[0].requisiteStageRefIds", "cycle (validator)"),
                           error("3", "stages[3].refId", "duplicate (validator)")};
    const Errors layout{error("1", "stages[0].requisiteStageRefIds[0]", "cycle (layout)"),
                        error("3", "stages[3].refId", "duplicate (layout)"),
                        error("3", "stages[3].refIdX", "other key"),
                        error("4", "stages[0].requisiteStageRefIds[0]", "other stage"),
                        error("", "stages", "no stages"), error("", "stages", "no stages again")};
    QStringList messages;
    for (const Error &e : Fd::mergeFindings(validator, layout))
        messages << e.message;
    QCOMPARE(messages, (QStringList{QStringLiteral("cycle (validator)"), QStringLiteral("duplicate (validator)"),
                                    QStringLiteral("other key"), QStringLiteral("other stage"),
                                    QStringLiteral("no stages")}));
}

void TestPipelineStages::environments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("refIds");

    const QString documented = QStringLiteral("documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json");
    QTest::newRow("documented dev") << documented << "dev" << "2 3 4 300";
    QTest::newRow("documented stage") << documented << "stage" << "5 6 7 8 700";
    // ServiceNow names no environment: it belongs to the Deploy prod it hangs off.
    QTest::newRow("documented prod") << documented << "prod" << "9 10 11 12 13 1200 1212 1224";
    const QString v5 = QStringLiteral("foremast-v5/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json");
    QTest::newRow("v5 dev, with the DEV: webhook") << v5 << "dev" << "2 3 300";
    QTest::newRow("v5 stage") << v5 << "stage" << "4 5";
    QTest::newRow("v5 prod") << v5 << "prod" << "6 7 8 9 900";
    QTest::newRow("case-insensitive") << v5 << "PROD" << "6 7 8 9 900";
    QTest::newRow("unknown env") << v5 << "qa" << "";
    const QString west = QStringLiteral("documented-flow/02-dev-prod-two-regions/rendered/pipeline-us-west-2.json");
    QTest::newRow("prod only region") << west << "prod" << "2 3 4 5 6 500 510";
}

void TestPipelineStages::environments()
{
    QFETCH(QString, file);
    QFETCH(QString, env);
    QFETCH(QString, refIds);
    const QJsonObject pipeline = golden(file);
    QVERIFY(!pipeline.isEmpty());
    QCOMPARE(sorted(refIdsOfEnvironment(pipeline, env)), refIds);
}

void TestPipelineStages::environmentOrder()
{
    QCOMPARE(environmentsOf(golden(QStringLiteral("documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json"))),
             (QStringList{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")}));
    QCOMPARE(environmentsOf(golden(QStringLiteral("foremast-v5/02-dev-prod-two-regions/rendered/pipeline-us-west-2.json"))),
             QStringList{QStringLiteral("prod")});
    // Bake and Git Tag packaging ("DEPLOY_ENV": "packaging") belong to no environment.
    const QHash<int, QString> envs = environmentOfStages(
        golden(QStringLiteral("documented-flow/01-getting-started-dev/rendered/pipeline-us-east-1.json")));
    QVERIFY(!envs.contains(0));
    QVERIFY(!envs.contains(1));
    QCOMPARE(envs.value(2), QStringLiteral("dev"));
}

void TestPipelineStages::knownEnvsRestrict()
{
    const QJsonObject pipeline = golden(QStringLiteral("foremast-v5/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json"));
    // With the runway's spelling, names are matched case-insensitively and reported as given.
    QCOMPARE(environmentsOf(pipeline, {QStringLiteral("DEV"), QStringLiteral("prod")}),
             (QStringList{QStringLiteral("DEV"), QStringLiteral("prod")}));
    // Stage is not an environment here: its stages inherit dev from the chain they follow.
    QCOMPARE(sorted(refIdsOfEnvironment(pipeline, QStringLiteral("dev"), {QStringLiteral("dev"), QStringLiteral("prod")})),
             QStringLiteral("2 3 4 5 300"));
}

void TestPipelineStages::environmentsOfBadInput()
{
    // Cycles and dangling references must not hang the parent walk.
    const QJsonObject pipeline = parse(R"({"stages": [
        {"refId": "1", "name": "Deploy dev", "type": "deploy", "requisiteStageRefIds": ["3"]},
        {"refId": "2", "name": "x", "requisiteStageRefIds": ["3"]},
        {"refId": "3", "name": "y", "requisiteStageRefIds": ["2"]},
        {"refId": "4", "name": "z", "requisiteStageRefIds": ["missing"]},
        {"name": "no refId", "requisiteStageRefIds": ["1"]},
        7]})");
    const QHash<int, QString> envs = environmentOfStages(pipeline);
    QCOMPARE(envs.value(0), QStringLiteral("dev"));
    QVERIFY(!envs.contains(1));
    QVERIFY(!envs.contains(2));
    QVERIFY(!envs.contains(3));
    QCOMPARE(envs.value(4), QStringLiteral("dev"));
    QVERIFY(environmentsOf(QJsonObject()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPipelineStages)
#include "tst_pipelinestages.moc"
