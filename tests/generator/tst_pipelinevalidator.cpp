// SPDX-License-Identifier: Apache-2.0
// The validator on hand-made pipelines, good and bad, as if exported from Spinnaker.
#include "GeneratorTestSupport.h"
#include "generator/PipelineValidator.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestPipelineValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenPipelinesHaveNoErrors();
    void brokenPipelines_data();
    void brokenPipelines();
    void cycleNamesEveryStageInIt();
    void duplicatedStageIsAWarning();
    void namesClashAcrossPipelines();
};

namespace {

/// bake(1) → jenkins(2) → deploy(3): valid; tests break one thing at a time.
QJsonObject goodPipeline()
{
    return QJsonDocument::fromJson(R"({
      "name": "app [us-east-1]", "application": "app",
      "triggers": [{"type": "jenkins", "master": "ci", "job": "j", "enabled": true}],
      "stages": [
        {"refId": "1", "requisiteStageRefIds": [], "type": "bake", "name": "Bake", "regions": ["us-east-1"], "package": "p"},
        {"refId": "2", "requisiteStageRefIds": ["1"], "type": "jenkins", "name": "Setup", "master": "ci", "job": "setup"},
        {"refId": "3", "requisiteStageRefIds": ["2"], "type": "deploy", "name": "Deploy",
         "clusters": [{"account": "dev", "availabilityZones": {"us-east-1": ["us-east-1a"]}}]}
      ]})").object();
}

QJsonObject withStage(QJsonObject pipeline, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    QJsonObject stage = stages.at(index).toObject();
    if (value.isUndefined())
        stage.remove(key);
    else
        stage.insert(key, value);
    stages[index] = stage;
    pipeline.insert(QStringLiteral("stages"), stages);
    return pipeline;
}

} // namespace

void TestPipelineValidator::goldenPipelinesHaveNoErrors()
{
    QVERIFY(validatePipeline(goodPipeline()).isEmpty());
    for (const QString &set : {QStringLiteral("foremast-v5"), QStringLiteral("documented-flow")}) {
        for (const QString &caseDir : goldenCases(set)) {
            const QMap<QString, QJsonObject> pipelines = goldenPipelines(caseDir);
            for (auto it = pipelines.begin(); it != pipelines.end(); ++it) {
                const Errors findings = validatePipeline(it.value(), it.key());
                QVERIFY2(messages(findings, false).isEmpty(), qPrintable(messages(findings, false).join(QLatin1Char('\n'))));
            }
        }
    }
}

void TestPipelineValidator::brokenPipelines_data()
{
    QTest::addColumn<QJsonObject>("pipeline");
    QTest::addColumn<QString>("stageRefId");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<QString>("message");
    const QJsonObject good = goodPipeline();
    QTest::newRow("dangling requisite") << withStage(good, 2, QStringLiteral("requisiteStageRefIds"), QJsonArray{QStringLiteral("9")})
                                        << "3" << "stages[2].requisiteStageRefIds[0]" << "refId 9, which no stage has";
    QTest::newRow("self reference") << withStage(good, 1, QStringLiteral("requisiteStageRefIds"), QJsonArray{QStringLiteral("2")})
                                    << "2" << "stages[1].requisiteStageRefIds[0]" << "waits for itself";
    QTest::newRow("duplicate refId") << withStage(good, 2, QStringLiteral("refId"), QStringLiteral("2"))
                                     << "2" << "stages[2].refId" << "already has the refId 2";
    QTest::newRow("missing refId") << withStage(good, 1, QStringLiteral("refId"), QJsonValue(QJsonValue::Undefined))
                                   << "" << "stages[1].refId" << "no refId";
    QTest::newRow("empty stage name") << withStage(good, 1, QStringLiteral("name"), QStringLiteral(" "))
                                      << "2" << "stages[1].name" << "no name";
    QTest::newRow("no type") << withStage(good, 1, QStringLiteral("type"), QJsonValue(QJsonValue::Undefined))
                             << "2" << "stages[1].type" << "no type";
    QTest::newRow("jenkins without job") << withStage(good, 1, QStringLiteral("job"), QString())
                                         << "2" << "stages[1].job" << "needs \"job\"";
    QTest::newRow("bake without package") << withStage(good, 0, QStringLiteral("package"), QJsonValue(QJsonValue::Undefined))
                                          << "1" << "stages[0].package" << "needs \"package\"";
    QTest::newRow("deploy without zones")
        << withStage(good, 2, QStringLiteral("clusters"), QJsonArray{QJsonObject{{QStringLiteral("account"), QStringLiteral("dev")}}})
        << "3" << "stages[2].clusters[0].availabilityZones" << "no availability zones";
    QTest::newRow("webhook without url") << withStage(good, 1, QStringLiteral("type"), QStringLiteral("webhook"))
                                         << "2" << "stages[1].url" << "needs \"url\"";
    QTest::newRow("requisites not a list") << withStage(good, 1, QStringLiteral("requisiteStageRefIds"), QStringLiteral("1"))
                                           << "2" << "stages[1].requisiteStageRefIds" << "must be a list";
    QJsonObject noName = good;
    noName.insert(QStringLiteral("name"), QString());
    QTest::newRow("empty pipeline name") << noName << "" << "name" << "no name";
    QJsonObject slash = good;
    slash.insert(QStringLiteral("name"), QStringLiteral("app/us-east-1"));
    QTest::newRow("rejected character") << slash << "" << "name" << "containing \"/\"";
    QJsonObject noApp = good;
    noApp.remove(QStringLiteral("application"));
    QTest::newRow("no application") << noApp << "" << "application" << "no application";
    QJsonObject trigger = good;
    trigger.insert(QStringLiteral("triggers"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("jenkins")},
                                                                      {QStringLiteral("master"), QStringLiteral("ci")}}});
    QTest::newRow("jenkins trigger without job") << trigger << "" << "triggers[0].job" << "no \"job\"";
}

void TestPipelineValidator::brokenPipelines()
{
    QFETCH(QJsonObject, pipeline);
    QFETCH(QString, stageRefId);
    QFETCH(QString, keyPath);
    QFETCH(QString, message);
    const Errors findings = validatePipeline(pipeline, QStringLiteral("us-east-1"));
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [&](const Error &e) { return e.message.contains(message); });
    QVERIFY2(it != findings.end(), qPrintable(messages(findings, false).join(QLatin1Char('\n'))
                                              + messages(findings, true).join(QLatin1Char('\n'))));
    QVERIFY(!it->isWarning());
    QCOMPARE(it->keyPath, keyPath);
    QCOMPARE(it->stageRefId, stageRefId);
    QCOMPARE(it->region, QStringLiteral("us-east-1"));
    if (!stageRefId.isEmpty())
        QVERIFY(!it->toString().isEmpty());
}

void TestPipelineValidator::cycleNamesEveryStageInIt()
{
    // 1 → 2 → 3 → 2: stages 2 and 3 wait for each other.
    const QJsonObject pipeline = withStage(goodPipeline(), 1, QStringLiteral("requisiteStageRefIds"),
                                           QJsonArray{QStringLiteral("1"), QStringLiteral("3")});
    const Errors findings = validatePipeline(pipeline);
    QCOMPARE(messages(findings, false).size(), 1);
    const Error &cycle = findings.first();
    QVERIFY(cycle.message.contains(QStringLiteral("cycle")));
    QVERIFY(cycle.message.contains(QStringLiteral("\"Setup\" (2)")));
    QVERIFY(cycle.message.contains(QStringLiteral("\"Deploy\" (3)")));
    QVERIFY(!cycle.message.contains(QStringLiteral("\"Bake\"")));
    QCOMPARE(cycle.stageRefId, QStringLiteral("2"));
    QCOMPARE(cycle.stageName, QStringLiteral("Setup"));
}

void TestPipelineValidator::duplicatedStageIsAWarning()
{
    QJsonObject pipeline = goodPipeline();
    QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    QJsonObject again = stages.at(2).toObject();
    again.insert(QStringLiteral("refId"), QStringLiteral("4"));
    again.insert(QStringLiteral("requisiteStageRefIds"), QJsonArray{QStringLiteral("3")});
    stages.append(again);
    pipeline.insert(QStringLiteral("stages"), stages);
    Errors findings = validatePipeline(pipeline);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().isWarning());
    QCOMPARE(findings.first().stageRefId, QStringLiteral("4"));
    QVERIFY(findings.first().message.contains(QStringLiteral("repeats stage 3")));

    // A deploy with nothing baked before it, a numeric refId: warnings, not errors.
    pipeline = withStage(goodPipeline(), 0, QStringLiteral("type"), QStringLiteral("wait"));
    pipeline = withStage(pipeline, 0, QStringLiteral("waitTime"), 5);
    pipeline = withStage(pipeline, 0, QStringLiteral("refId"), 1);
    findings = validatePipeline(pipeline);
    QVERIFY(messages(findings, false).isEmpty());
    QCOMPARE(messages(findings, true).size(), 2);
}

void TestPipelineValidator::namesClashAcrossPipelines()
{
    QJsonObject other = goodPipeline();
    other.insert(QStringLiteral("name"), QStringLiteral("APP [us-east-1] "));
    const Errors findings = validatePipelines({goodPipeline(), other});
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Error &e) {
        return !e.isWarning() && e.keyPath == QLatin1String("1.name") && e.message.contains(QStringLiteral("the same"));
    }));
}

QTEST_GUILESS_MAIN(TestPipelineValidator)
#include "tst_pipelinevalidator.moc"
