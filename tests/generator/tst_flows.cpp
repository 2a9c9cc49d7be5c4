// SPDX-License-Identifier: Apache-2.0
// Flow files: the template language, the format's error messages, user copies and settings.
#include "GeneratorTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinFlowsLoad();
    void unknownFlowNameOrFile();
    void templateRendering_data();
    void templateRendering();
    void invalidJsonNamesFileAndLine();
    void malformedFlow_data();
    void malformedFlow();
    void copiedFlowGivesSameOutput();
    void editedFlowWithConditionsAndAfter();
    void settingsOverrides();
    void flowChoiceFromDesignerSettings();
    void envBlockMatchesLikeQtWildcards();
};

namespace {

/// A small flow; each test replaces one marker to break it in one place.
const QByteArray MiniFlow = R"({
  "flowFormat": 1,
  "name": "mini",
  "settings": {"job": {"default": "deploy-{{ env }}"}},
  "pipeline": {"name": "{{ app }} [{{ region }}]", "application": "{{ app }}"},
  "start": [{"id": "bake", "stage": {"type": "bake", "name": "Bake", "regions": ["{{ region }}"], "package": "p"}}],
  "envs": [
    {"match": "*", "stages": [
      {"id": "go", "stage": {"type": "jenkins", "name": "Go {{ env }}", "master": "m", "job": "{{ flow.job }}"}},
      {"id": "tag", "chain": "side", "stage": {"type": "wait", "name": "Tag {{ env }}", "waitTime": 1}}
    ]}
  ]
})";

Result<RunwayContext> goldenContext(int index)
{
    return openRunway(goldenSource(goldenCases(QStringLiteral("foremast-v5")).value(index)));
}

QJsonValue render(const QJsonValue &templ, const FlowScope &scope)
{
    QString error;
    KeyPath path;
    FlowTemplateContext context;
    context.envVars = true;
    context.itemVars = true;
    const std::optional<FlowTemplate> compiled = FlowTemplate::compile(templ, context, &error, &path);
    if (!compiled)
        return QStringLiteral("ERROR: %1").arg(error);
    return compiled->render(scope);
}

} // namespace

void TestFlows::builtinFlowsLoad()
{
    QCOMPARE(Flow::builtinNames(),
             (QStringList{QStringLiteral("documented"), QStringLiteral("foremast-v5"), QStringLiteral("foremast-v5-lambda"),
                          QStringLiteral("foremast-v5-s3"), QStringLiteral("foremast-v5-datapipeline"),
                          QStringLiteral("foremast-v5-stepfunction"), QStringLiteral("foremast-v5-cloudfunction")}));
    for (const QString &name : Flow::builtinNames()) {
        const Result<Flow> flow = Flow::load(name);
        QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().toString()));
        QCOMPARE(flow->name(), name);
        const QString type = name.startsWith(QLatin1String("foremast-v5-")) ? name.mid(12) : QStringLiteral("ec2");
        QCOMPARE(flow->pipelineTypes(), QStringList{type});
        QCOMPARE(Flow::builtinForType(type), type == QLatin1String("ec2") ? QString() : name);
        QVERIFY(flow->blockFor(QStringLiteral("prod")) != flow->blockFor(QStringLiteral("dev")));
        QCOMPARE(flow->blockFor(QStringLiteral("prodp")), flow->blockFor(QStringLiteral("prod")));
        QVERIFY(!Flow::builtinText(name).isEmpty());
    }
    const Result<Flow> documented = Flow::load(QStringLiteral("documented"));
    QStringList settings;
    for (const FlowSetting &setting : documented->settings())
        settings << setting.name;
    for (const char *name : {"qeJob", "qeMaster", "gitTagJob", "gitTagMaster", "auditApprovalJob",
                             "auditApprovalMaster", "serviceNowJob", "serviceNowMaster"})
        QVERIFY2(settings.contains(QLatin1String(name)), name);
}

void TestFlows::unknownFlowNameOrFile()
{
    Result<Flow> flow = Flow::load(QStringLiteral("gogo"));
    QVERIFY(!flow.ok());
    QVERIFY(flow.error().message.contains(QStringLiteral("documented, foremast-v5")));
    flow = Flow::load(QStringLiteral("/nonexistent/my-flow.json"));
    QVERIFY(!flow.ok());
    QVERIFY(flow.error().message.contains(QStringLiteral("/nonexistent/my-flow.json")));
}

void TestFlows::templateRendering_data()
{
    QTest::addColumn<QJsonValue>("templ");
    QTest::addColumn<QJsonValue>("expected");
    auto j = [](const char *text) { return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0); };
    QTest::newRow("typed placeholder") << j(R"("{{ settings.n }}")") << j("3");
    QTest::newRow("text") << j(R"("n={{ settings.n }} {{ env | upper }}")") << j(R"("n=3 DEV")");
    QTest::newRow("string filter") << j(R"("{{ settings.n | string }}")") << j(R"("3")");
    QTest::newRow("python text of bool/null/float") << j(R"("{{ settings.t }} {{ settings.z }} {{ settings.f }}")")
                                                    << j(R"("True None 1.5")");
    QTest::newRow("undefined in text is empty") << j(R"("[{{ settings.nope }}]")") << j(R"("[]")");
    QTest::newRow("undefined placeholder is null") << j(R"({"a": "{{ settings.nope }}"})") << j(R"({"a": null})");
    QTest::newRow("optional drops key") << j(R"({"a": "{{ settings.empty | optional }}", "b": 1})") << j(R"({"b": 1})");
    QTest::newRow("optional keeps value") << j(R"({"a": "{{ settings.n | optional }}"})") << j(R"({"a": 3})");
    QTest::newRow("default") << j(R"(["{{ settings.empty | default({}) }}", "{{ settings.n | default(0) }}"])")
                             << j(R"([{}, 3])");
    QTest::newRow("json") << j(R"("{{ settings.obj | json }}")") << j(R"("{\"a\": [1, \"x\"]}")");
    QTest::newRow("base64") << j(R"("{{ env | base64 }}")") << j(R"("ZGV2")");
    QTest::newRow("capitalize") << j(R"("{{ settings.word | capitalize }}")") << j(R"("Amazon")");
    QTest::newRow("array index") << j(R"("{{ item.1 }}")") << j(R"("y")");
    QTest::newRow("SpEL is literal") << j(R"("${ trigger.properties.X }")") << j(R"("${ trigger.properties.X }")");
    QTest::newRow("unknown variable") << j(R"("{{ nope }}")") << j(R"("ERROR: Unknown variable \"nope\".")");
    QTest::newRow("unclosed") << j(R"("{{ env")") << j(R"("ERROR: A placeholder \"{{\" is not closed with \"}}\".")");
}

void TestFlows::templateRendering()
{
    QFETCH(QJsonValue, templ);
    QFETCH(QJsonValue, expected);
    FlowScope scope;
    scope.set(FlowVar::Env, QStringLiteral("dev"));
    scope.set(FlowVar::Item, QJsonArray{QStringLiteral("x"), QStringLiteral("y")});
    scope.set(FlowVar::Settings, QJsonDocument::fromJson(R"({"n": 3, "t": true, "z": null, "f": 1.5, "empty": "",
        "obj": {"a": [1, "x"]}, "word": "aMAZON"})").object());
    QCOMPARE(render(templ, scope), expected);
}

void TestFlows::invalidJsonNamesFileAndLine()
{
    QByteArray text = MiniFlow;
    text.replace("\"name\": \"mini\",", "\"name\": \"mini\"");
    const Result<Flow> flow = Flow::parse(QStringLiteral("/flows/mini.json"), text);
    QVERIFY(!flow.ok());
    QCOMPARE(flow.error().file, QStringLiteral("/flows/mini.json"));
    QCOMPARE(flow.error().line, 4);
    QVERIFY(flow.error().column > 0);
}

void TestFlows::malformedFlow_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown variable") << QByteArray("Go {{ env }}") << QByteArray("Go {{ envv }}")
                                      << "envs[0].stages[0].stage.name" << 9 << "Unknown variable \"envv\"";
    QTest::newRow("env variable outside an env") << QByteArray("\"package\": \"p\"") << QByteArray("\"package\": \"{{ env }}\"")
                                                 << "start[0].stage.package" << 6 << "cannot be used here";
    QTest::newRow("refId in a stage") << QByteArray("\"waitTime\": 1") << QByteArray("\"waitTime\": 1, \"refId\": \"9\"")
                                      << "envs[0].stages[1].stage.refId" << 10 << "remove it";
    QTest::newRow("unknown key") << QByteArray("\"name\": \"mini\",") << QByteArray("\"name\": \"mini\", \"stagez\": [],")
                                 << "stagez" << 3 << "Unknown key \"stagez\"";
    QTest::newRow("bad chain") << QByteArray("\"chain\": \"side\"") << QByteArray("\"chain\": \"sideways\"")
                               << "envs[0].stages[1].chain" << 10 << "\"main\" or \"side\"";
    QTest::newRow("after unknown id") << QByteArray("\"chain\": \"side\"") << QByteArray("\"chain\": \"side\", \"after\": \"nope\"")
                                      << "envs[0].stages[1].after" << 10 << "\"nope\"";
    QTest::newRow("unknown filter") << QByteArray("{{ flow.job }}") << QByteArray("{{ flow.job | shout }}")
                                    << "envs[0].stages[0].stage.job" << 9 << "Unknown filter \"shout\"";
    QTest::newRow("unknown setting") << QByteArray("{{ flow.job }}") << QByteArray("{{ flow.jobs }}")
                                     << "envs[0].stages[0].stage.job" << 9 << "Unknown flow setting \"jobs\"";
    QTest::newRow("no format version") << QByteArray("\"flowFormat\": 1") << QByteArray("\"flowFormat\": 7")
                                       << "flowFormat" << 2 << "flowFormat";
    QTest::newRow("stage without type") << QByteArray("\"type\": \"wait\", ") << QByteArray()
                                        << "envs[0].stages[1].stage" << 10 << "no \"type\"";
    QTest::newRow("bad condition") << QByteArray("\"id\": \"tag\",") << QByteArray("\"id\": \"tag\", \"when\": \"env == prod\",")
                                   << "envs[0].stages[1].when" << 10 << "compare with";
    QTest::newRow("bad settings") << QByteArray("{\"default\": \"deploy-{{ env }}\"}") << QByteArray("\"deploy\"")
                                  << "settings.job" << 4 << "\"default\"";
}

void TestFlows::malformedFlow()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, keyPath);
    QFETCH(int, line);
    QFETCH(QString, message);
    QVERIFY(Flow::parse(QStringLiteral("mini.json"), MiniFlow).ok());
    QByteArray text = MiniFlow;
    QVERIFY(text.contains(from));
    text.replace(from, to);
    const Result<Flow> flow = Flow::parse(QStringLiteral("/home/me/mini.json"), text);
    QVERIFY(!flow.ok());
    QCOMPARE(flow.error().file, QStringLiteral("/home/me/mini.json"));
    QCOMPARE(flow.error().keyPath, keyPath);
    QCOMPARE(flow.error().line, line);
    QVERIFY2(flow.error().message.contains(message), qPrintable(flow.error().toString()));
    QVERIFY(flow.error().toString().startsWith(QStringLiteral("/home/me/mini.json:%1").arg(line)));
}

void TestFlows::copiedFlowGivesSameOutput()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("my-flow.json"));
    QVERIFY(writeBytes(file, Flow::builtinText(QStringLiteral("documented"))));
    const Result<RunwayContext> context = goldenContext(2);
    QVERIFY(context.ok());
    GenerationOptions builtin;
    builtin.flow = QStringLiteral("documented");
    GenerationOptions copy;
    copy.flow = file;
    const Result<Generation> a = generatePipelines(*context, builtin);
    const Result<Generation> b = generatePipelines(*context, copy);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->pipelines.first().json, b->pipelines.first().json);
}

void TestFlows::editedFlowWithConditionsAndAfter()
{
    QByteArray text = MiniFlow;
    // A smoke test only for dev, and a notification stage hanging off the bake.
    text.replace(R"({"id": "tag", )",
                 R"({"id": "smoke", "when": "env == 'dev'", "stage": {"type": "wait", "name": "Smoke {{ env }}", "waitTime": 5}},
      {"id": "hook", "chain": "side", "after": "bake", "when": ["!isFirstInRegion"], "stage": {"type": "wait", "name": "After bake {{ env }}", "waitTime": 1}},
      {"id": "tag", )");
    const Result<Flow> flow = Flow::parse(QStringLiteral("mini.json"), text);
    QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().toString()));
    const Result<RunwayContext> context = goldenContext(2); // dev, stage, prod
    const Result<Generation> generation = generatePipelines(*context, flow.value(), GenerationOptions());
    QVERIFY(generation.ok());
    QCOMPARE(chain(generation->pipelines.first().json), (QStringList{
        QStringLiteral("1< Bake"), QStringLiteral("2<1 Go dev"), QStringLiteral("3<2 Smoke dev"),
        QStringLiteral("300<3 Tag dev"), QStringLiteral("4<3 Go stage"), QStringLiteral("400<1 After bake stage"),
        QStringLiteral("401<4 Tag stage"), QStringLiteral("5<4 Go prod"), QStringLiteral("500<1 After bake prod"),
        QStringLiteral("501<5 Tag prod")}));
    QCOMPARE(stageNamed(generation->pipelines.first().json, QStringLiteral("Go prod")).value(QStringLiteral("job")).toString(),
             QStringLiteral("deploy-prod"));
}

void TestFlows::settingsOverrides()
{
    const Result<RunwayContext> context = goldenContext(1);
    GenerationOptions options;
    options.flow = QStringLiteral("documented");
    options.flowSettings = {{QStringLiteral("qeJob"), QStringLiteral("qa-{{ env }}-{{ region }}")},
                            {QStringLiteral("serviceNowMaster"), QStringLiteral("OtherCI")}};
    const Result<Generation> generation = generatePipelines(*context, options);
    QVERIFY(generation.ok());
    const QJsonObject east = generation->pipelines.first().json;
    QCOMPARE(stageNamed(east, QStringLiteral("QE dev")).value(QStringLiteral("job")).toString(), QStringLiteral("qa-dev-us-east-1"));
    QCOMPARE(stageNamed(east, QStringLiteral("ServiceNow")).value(QStringLiteral("master")).toString(), QStringLiteral("OtherCI"));
    QCOMPARE(stageNamed(east, QStringLiteral("Git Tag dev")).value(QStringLiteral("job")).toString(), QStringLiteral("git-tagger-dev"));

    options.flowSettings = {{QStringLiteral("qeJobb"), QStringLiteral("x")}};
    const Result<Generation> unknown = generatePipelines(*context, options);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("qeJobb")));
    QVERIFY(unknown.error().message.contains(QStringLiteral("qeJob,")));
}

void TestFlows::flowChoiceFromDesignerSettings()
{
    const ScratchRunway runway(R"({"env": ["dev"]})", {{QStringLiteral("dev"), "{}"}});
    QCOMPARE(FlowChoice::forRunway(runway.folder()).flow, QStringLiteral("foremast-v5"));
    QVERIFY(writeBytes(runway.path(QStringLiteral("forrest/core/.foremast-designer.json")),
                       R"({"flow": "documented", "flowSettings": {"qeJob": "qe"}})"));
    FlowChoice choice = FlowChoice::forRunway(runway.folder());
    QCOMPARE(choice.flow, QStringLiteral("documented"));
    QCOMPARE(choice.settings.value(QStringLiteral("qeJob")).toString(), QStringLiteral("qe"));
    QVERIFY(choice.source.endsWith(QLatin1String(".foremast-designer.json")));
    // A flow file is relative to the settings file.
    QVERIFY(writeBytes(runway.path(QStringLiteral("forrest/core/.foremast-designer.json")), R"({"flow": "flows/ours.json"})"));
    choice = FlowChoice::forRunway(runway.folder());
    QCOMPARE(choice.flow, runway.path(QStringLiteral("forrest/core/flows/ours.json")));
}

QTEST_GUILESS_MAIN(TestFlows)
void TestFlows::envBlockMatchesLikeQtWildcards()
{
    // Flow::blockFor matches star patterns by hand; it must agree with the regex Qt makes of them.
    const QStringList patterns = {QStringLiteral("*"), QStringLiteral("prod*"), QStringLiteral("*prod"),
                                  QStringLiteral("p*d"), QStringLiteral("*o*"), QStringLiteral("**"),
                                  QStringLiteral("a*b*c"), QStringLiteral("dev"), QStringLiteral("pr?d"),
                                  QStringLiteral("[ps]*"), QStringLiteral("*a*a")};
    const QStringList names = {QStringLiteral("prod"), QStringLiteral("prodeu"), QStringLiteral("preprod"),
                               QStringLiteral("dev"), QStringLiteral("d"), QStringLiteral("abc"), QStringLiteral("aXbYcZc"),
                               QStringLiteral("aabab"), QStringLiteral("aa"), QStringLiteral("stage"), QStringLiteral("x/prod")};
    for (const QString &pattern : patterns) {
        QByteArray text = MiniFlow;
        text.replace(R"("match": "*")", QStringLiteral(R"("match": "%1")").arg(pattern).toUtf8());
        const Result<Flow> flow = Flow::parse(QStringLiteral("mini.json"), text);
        QVERIFY2(flow.ok(), qPrintable(pattern));
        const QRegularExpression qt(QRegularExpression::wildcardToRegularExpression(pattern));
        for (const QString &name : names)
            QVERIFY2((flow->blockFor(name) != nullptr) == qt.match(name).hasMatch(), qPrintable(pattern + u' ' + name));
    }
}

#include "tst_flows.moc"
