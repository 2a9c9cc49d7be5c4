// SPDX-License-Identifier: Apache-2.0
// FlowRenderMemory: rendering that starts from the last result gives exactly what rendering
// anew gives, whatever changes between two renders, and never changes an earlier result.
#include "generator/FlowTemplate.h"
#include "json/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Fd;

class TestFlowMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsRenderingAnew();
    void extraMembers();
    void pipelineOnlyMembersFollowTheirVariables();
};

namespace {

FlowTemplate compiled(const QByteArray &json, const QStringList *settingNames, bool flowSettings = true)
{
    FlowTemplateContext context;
    context.envVars = true;
    context.itemVars = flowSettings;
    context.flowSettings = flowSettings;
    context.settingNames = settingNames;
    QString error;
    KeyPath path;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    std::optional<FlowTemplate> result = FlowTemplate::compile(value, context, &error, &path);
    if (!result)
        qFatal("template does not compile: %s", qPrintable(error));
    return *result;
}

/// Every kind of node and value: nested objects and lists, texts, whole-value placeholders of
/// every JSON type, optional members and items, pipeline-only members and settings of both kinds.
const QByteArray Template = R"({
  "type": "deploy",
  "name": "Deploy {{ env }}",
  "app": "{{ app }}",
  "job": "{{ flow.fixed }}",
  "userData": "{{ flow.perEnv | base64 }}",
  "value": "{{ settings.value }}",
  "maybe": "{{ settings.maybe | optional }}",
  "number": "{{ settings.n | number }}",
  "flag": "{{ settings.flag }}",
  "list": "{{ securityGroups }}",
  "refId": "{{ settings.ref }}",
  "nested": {
    "region": "{{ region }}",
    "project": "{{ project }}",
    "deeper": {"env": "{{ env }}", "same": "{{ settings.same }}", "fixed": 1},
    "items": ["{{ region }}", "{{ settings.maybe | optional }}", "x-{{ env }}", {"v": "{{ settings.value }}"}]
  },
  "literal": {"a": [1, 2.5, "b"]}
})";

/// One of a few values of every type for key `i`: texts repeat, numbers switch between integer
/// and double forms of the same value, and some are missing.
QJsonValue drawValue(QRandomGenerator &random)
{
    switch (random.bounded(10)) {
    case 0: return QStringLiteral("a");
    case 1: return QStringLiteral("b");
    case 2: return QJsonValue(qint64(2));
    case 3: return QJsonValue(2.0);
    case 4: return QJsonValue(9007199254740993LL);
    case 5: return true;
    case 6: return QJsonValue(QJsonValue::Null);
    case 7: return QJsonArray{QStringLiteral("a"), 1};
    case 8: return QJsonObject{{QStringLiteral("k"), QStringLiteral("a")}};
    default: return QJsonValue(QJsonValue::Undefined);
    }
}

QByteArray written(const QJsonValue &value)
{
    return value.isObject() ? indentedJson(value.toObject()) : QJsonDocument(value.toArray()).toJson();
}

} // namespace

void TestFlowMemory::sameAsRenderingAnew()
{
    const QStringList names{QStringLiteral("fixed"), QStringLiteral("perEnv")};
    const std::vector<FlowTemplate> settingsA{compiled(R"("JenkinsCI")", nullptr, false),
                                              compiled(R"("env={{ env }} region={{ region }}")", nullptr, false)};
    const std::vector<FlowTemplate> settingsB{compiled(R"("{{ env }}-master")", nullptr, false),
                                              compiled(R"("fixed")", nullptr, false)};
    const FlowTemplate templ = compiled(Template, &names);

    QRandomGenerator random(12);
    FlowRenderMemory memory;
    QList<QPair<QJsonValue, QByteArray>> results; // every result, with how it was written then
    FlowScope pipeline;
    for (int round = 0; round < 600; ++round) {
        // A new pipeline scope now and then (a region), else the next env of the same one.
        if (round % 7 == 0) {
            pipeline = FlowScope();
            pipeline.settings = random.bounded(3) == 0 ? &settingsB : &settingsA;
            pipeline.set(FlowVar::App, random.bounded(2) ? QStringLiteral("app") : QStringLiteral("other"));
            pipeline.set(FlowVar::Project, QStringLiteral("proj"));
            pipeline.set(FlowVar::Region, QStringLiteral("region-%1").arg(random.bounded(3)));
        }
        FlowScope scope = pipeline;
        scope.set(FlowVar::Env, QStringLiteral("env%1").arg(random.bounded(4)));
        QJsonObject settings;
        for (const char *key : {"value", "maybe", "n", "flag", "same", "ref"}) {
            const QJsonValue value = drawValue(random);
            if (!value.isUndefined())
                settings.insert(QLatin1String(key), value);
        }
        settings.insert(QStringLiteral("same"), QStringLiteral("s"));
        scope.set(FlowVar::Settings, settings);
        const QJsonValue groups = drawValue(random);
        scope.set(FlowVar::SecurityGroups, groups);
        memory.select(QStringLiteral("key%1").arg(random.bounded(3)));

        const QJsonValue expected = templ.render(scope);
        const QJsonValue actual = templ.render(scope, &memory);
        QCOMPARE(actual, expected);
        QCOMPARE(written(actual), written(expected));
        results.append({actual, written(actual)});
    }
    // Later renders started from these results: each must still be what it was.
    for (const auto &[value, text] : results)
        QCOMPARE(written(value), text);
}

void TestFlowMemory::extraMembers()
{
    const FlowTemplate templ = compiled(R"({"name": "{{ env }}", "refId": "{{ settings.ref }}", "kept": "k"})", nullptr);
    FlowRenderMemory memory;
    FlowScope scope;
    const QJsonValue none = QJsonArray();
    const QJsonValue one = QJsonArray{QStringLiteral("1")};
    // {env, template's refId, extra refId, extra requisites}
    const QList<std::tuple<QString, QString, QString, QJsonValue>> steps = {
        {QStringLiteral("dev"), QStringLiteral("t"), QStringLiteral("1"), none},
        {QStringLiteral("dev"), QStringLiteral("t"), QStringLiteral("1"), none},
        {QStringLiteral("dev"), QStringLiteral("u"), QStringLiteral("1"), none},
        {QStringLiteral("qa"), QStringLiteral("u"), QStringLiteral("1"), one},
        {QStringLiteral("qa"), QStringLiteral("u"), QStringLiteral("2"), QJsonArray{QStringLiteral("1")}},
        {QStringLiteral("qa"), QStringLiteral("v"), QStringLiteral("2"), one},
    };
    QList<QJsonObject> results;
    for (const auto &[env, templateRef, refId, requisites] : steps) {
        scope.set(FlowVar::Env, env);
        scope.set(FlowVar::Settings, QJsonObject{{QStringLiteral("ref"), templateRef}});
        const std::vector<FlowExtraMember> extra{{QLatin1String("refId"), refId},
                                                 {QLatin1String("requisiteStageRefIds"), requisites}};
        QJsonObject expected = templ.render(scope).toObject();
        expected.insert(QStringLiteral("refId"), refId);
        expected.insert(QStringLiteral("requisiteStageRefIds"), requisites);
        QCOMPARE(templ.render(scope, nullptr, extra).toObject(), expected);
        const QJsonObject actual = templ.render(scope, &memory, extra).toObject();
        QCOMPARE(actual, expected);
        results << actual;
    }
    QCOMPARE(results.first().value(QStringLiteral("name")).toString(), QStringLiteral("dev"));
    QCOMPARE(results.first().value(QStringLiteral("refId")).toString(), QStringLiteral("1"));
    QCOMPARE(results.last().value(QStringLiteral("refId")).toString(), QStringLiteral("2"));
}

void TestFlowMemory::pipelineOnlyMembersFollowTheirVariables()
{
    // "app" reads only a pipeline variable: skipped while the pipeline scope stays the same, and
    // rendered again when a pipeline variable is set, also on a copy of the same scope.
    const FlowTemplate templ = compiled(R"({"app": "{{ app }}", "env": "{{ env }}"})", nullptr);
    FlowRenderMemory memory;
    FlowScope scope;
    scope.set(FlowVar::App, QStringLiteral("one"));
    scope.set(FlowVar::Env, QStringLiteral("dev"));
    QCOMPARE(templ.render(scope, &memory).toObject().value(QStringLiteral("app")).toString(), QStringLiteral("one"));
    FlowScope next = scope;
    next.set(FlowVar::Env, QStringLiteral("qa"));
    QCOMPARE(next.pipelineStamp(), scope.pipelineStamp());
    QCOMPARE(templ.render(next, &memory).toObject(),
             (QJsonObject{{QStringLiteral("app"), QStringLiteral("one")}, {QStringLiteral("env"), QStringLiteral("qa")}}));
    next.set(FlowVar::App, QStringLiteral("two"));
    QVERIFY(next.pipelineStamp() != scope.pipelineStamp());
    QCOMPARE(templ.render(next, &memory).toObject().value(QStringLiteral("app")).toString(), QStringLiteral("two"));
    QCOMPARE(templ.render(scope, &memory).toObject().value(QStringLiteral("app")).toString(), QStringLiteral("one"));
}

QTEST_GUILESS_MAIN(TestFlowMemory)
#include "tst_flowmemory.moc"
