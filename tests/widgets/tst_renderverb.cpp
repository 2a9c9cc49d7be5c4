// SPDX-License-Identifier: Apache-2.0
// `foremast-designer render`, run in-process.
#include "../support/CliRun.h"
#include "../support/SharedData.h"
#include "cli/Verb.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

namespace {

using Run = Test::CliRun;

Run render(const QStringList &arguments)
{
    return Test::runCli(QStringList{QStringLiteral("render")} + arguments);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

const QString Documented03 = QStringLiteral("documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json");

} // namespace

class TestRenderVerb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isRegisteredAsGuiVerb();
    void layoutJson();
    void png();
    void svg();
    void environmentEmphasis();
    void badPipelineStillRenders();
    void pipelineLists();
    void runwayInput();
    void unusableArguments_data();
    void unusableArguments();
};

void TestRenderVerb::isRegisteredAsGuiVerb()
{
    const Cli::Verb *verb = Cli::findVerb(QStringLiteral("render"));
    QVERIFY(verb);
    QVERIFY(verb->host == Cli::VerbHost::Gui);
}

void TestRenderVerb::layoutJson()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("layout.json"));
    const Run run = render({Test::goldenPath(Documented03), QStringLiteral("--out"), out});
    QCOMPARE(run.code, int(Cli::ExitOk));
    QVERIFY(run.out.contains(QLatin1String("edgeforrest [us-east-1]")));
    const QJsonObject json = readJson(out);
    QCOMPARE(json.value(QStringLiteral("pipeline")).toString(), QStringLiteral("edgeforrest [us-east-1]"));
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 20);
    const QJsonObject configuration = nodes.at(0).toObject();
    QVERIFY(configuration.value(QStringLiteral("refId")).isNull());
    QCOMPARE(configuration.value(QStringLiteral("name")).toString(), QStringLiteral("Configuration"));
    QCOMPARE(configuration.value(QStringLiteral("column")).toInt(), 0);
    QVERIFY(configuration.value(QStringLiteral("x")).toDouble() > 0);
    // Same placement as the layout tests: the scaling policy third in the prod fan-out.
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        if (node.value(QStringLiteral("refId")).toString() == QLatin1String("1212")) {
            QCOMPARE(node.value(QStringLiteral("column")).toInt(), 13);
            QCOMPARE(node.value(QStringLiteral("row")).toInt(), 2);
        }
    }
    QCOMPARE(json.value(QStringLiteral("edges")).toArray().size(), 19);
    // Foremast's empty v1 notification addresses are warnings of the validator.
    for (const QJsonValue &finding : json.value(QStringLiteral("findings")).toArray())
        QCOMPARE(finding.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
}

void TestRenderVerb::png()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("graph.png"));
    QCOMPARE(render({Test::goldenPath(Documented03), QStringLiteral("--out"), out, QStringLiteral("--scale"), QStringLiteral("2")}).code,
             int(Cli::ExitOk));
    const QImage image(out);
    QVERIFY(!image.isNull());
    const QString json = dir.filePath(QStringLiteral("graph.json"));
    QCOMPARE(render({Test::goldenPath(Documented03), QStringLiteral("--out"), json}).code, int(Cli::ExitOk));
    const QJsonObject layout = readJson(json);
    QCOMPARE(image.width(), qCeil(layout.value(QStringLiteral("width")).toDouble() * 2));
    QCOMPARE(image.height(), qCeil(layout.value(QStringLiteral("height")).toDouble() * 2));
    // Configuration is selected by default, as in the documentation's diagrams: green, although
    // it carries the validator's warnings about Foremast's empty notification addresses.
    const QJsonObject configuration = layout.value(QStringLiteral("nodes")).toArray().at(0).toObject();
    const QPoint at(int(configuration.value(QStringLiteral("x")).toDouble() * 2),
                    int(configuration.value(QStringLiteral("y")).toDouble() * 2));
    QCOMPARE(image.pixelColor(at), QColor(0x8AAD6A));
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
}

void TestRenderVerb::svg()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("graph.svg"));
    QCOMPARE(render({Test::goldenPath(Documented03), QStringLiteral("--out"), out, QStringLiteral("--select"), QStringLiteral("none")})
                 .code,
             int(Cli::ExitOk));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<title>edgeforrest [us-east-1]</title>"));
    QVERIFY(svg.contains(">Audit Approval</text>"));
    QVERIFY(svg.contains(">QE prod</text>"));
    QVERIFY(!svg.contains("#8aad6a"));  // nothing selected: no green
    QVERIFY(svg.contains("#e5a530"));   // Configuration's warnings: amber
}

void TestRenderVerb::environmentEmphasis()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("prod.svg"));
    QCOMPARE(render({Test::goldenPath(Documented03), QStringLiteral("--out"), out, QStringLiteral("--env"), QStringLiteral("PROD")})
                 .code,
             int(Cli::ExitOk));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("opacity=\"0.4\""));  // the other environments are faded
    const Run unknown = render({Test::goldenPath(Documented03), QStringLiteral("--out"), out, QStringLiteral("--env"), QStringLiteral("qa")});
    QCOMPARE(unknown.code, int(Cli::ExitUnusable));
    QVERIFY2(unknown.err.contains(QLatin1String("dev, stage, prod")), qPrintable(unknown.err));
}

void TestRenderVerb::badPipelineStillRenders()
{
    QTemporaryDir dir;
    const QString input = writeFile(dir, QStringLiteral("bad.json"),
                                    "{\"name\": \"bad\", \"application\": \"app\", \"stages\": [\n"
                                    "  {\"refId\": \"1\", \"name\": \"A\", \"type\": \"wait\", \"waitTime\": 1, \"requisiteStageRefIds\": [\"2\"]},\n"
                                    "  {\"refId\": \"2\", \"name\": \"B\", \"type\": \"wait\", \"waitTime\": 1, \"requisiteStageRefIds\": [\"1\"]},\n"
                                    "  {\"refId\": \"3\", \"name\": \"C\", \"type\": \"wait\", \"waitTime\": 1, \"requisiteStageRefIds\": [\"9\"]}\n"
                                    "]}\n");
    const QString out = dir.filePath(QStringLiteral("bad.json.out.json"));
    const Run run = render({input, QStringLiteral("--out"), out});
    QCOMPARE(run.code, int(Cli::ExitFindings));
    QVERIFY2(run.err.contains(input + QStringLiteral(":4:")), qPrintable(run.err));
    const QJsonObject json = readJson(out);
    QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 4);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QVERIFY(findings.size() >= 2);
    bool aboutC = false;
    for (const QJsonValue &finding : findings) {
        aboutC = aboutC || (finding.toObject().value(QStringLiteral("stageRefId")).toString() == QLatin1String("3")
                            && finding.toObject().value(QStringLiteral("line")).toInt() == 4);
    }
    QVERIFY(aboutC);
    QCOMPARE(render({input, QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.png"))}).code,
             int(Cli::ExitFindings));
    QVERIFY(!QImage(dir.filePath(QStringLiteral("bad.png"))).isNull());
}

void TestRenderVerb::pipelineLists()
{
    QTemporaryDir dir;
    QJsonArray list;
    for (const QString &region : {QStringLiteral("us-east-1"), QStringLiteral("us-west-2")}) {
        list << readJson(Test::goldenPath(QStringLiteral("foremast-v5/02-dev-prod-two-regions/rendered/pipeline-%1.json").arg(region)));
    }
    const QString input = writeFile(dir, QStringLiteral("configs.json"), QJsonDocument(list).toJson());
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const Run ambiguous = render({input, QStringLiteral("--out"), out});
    QCOMPARE(ambiguous.code, int(Cli::ExitUnusable));
    QVERIFY(ambiguous.err.contains(QLatin1String("--region")));
    QCOMPARE(render({input, QStringLiteral("--out"), out, QStringLiteral("--region"), QStringLiteral("us-west-2")}).code,
             int(Cli::ExitOk));
    QCOMPARE(readJson(out).value(QStringLiteral("pipeline")).toString(), QStringLiteral("coreforrest [us-west-2]"));
    QCOMPARE(render({input, QStringLiteral("--out"), out, QStringLiteral("--region"), QStringLiteral("eu-west-1")}).code,
             int(Cli::ExitUnusable));
}

void TestRenderVerb::runwayInput()
{
    QTemporaryDir dir;
    const QString runway = Test::goldenPath(QStringLiteral("foremast-v5/02-dev-prod-two-regions/runway"));
    const QString out = dir.filePath(QStringLiteral("west.json"));
    const Run run = render({runway, QStringLiteral("--project"), QStringLiteral("forrest"), QStringLiteral("--repo"),
                            QStringLiteral("core"), QStringLiteral("--out"), out, QStringLiteral("--region"),
                            QStringLiteral("us-west-2"), QStringLiteral("--env"), QStringLiteral("prod")});
    QCOMPARE(run.code, int(Cli::ExitOk));
    const QJsonObject json = readJson(out);
    QCOMPARE(json.value(QStringLiteral("region")).toString(), QStringLiteral("us-west-2"));
    QCOMPARE(json.value(QStringLiteral("pipeline")).toString(), QStringLiteral("coreforrest [us-west-2]"));
    QStringList names;
    for (const QJsonValue &node : json.value(QStringLiteral("nodes")).toArray())
        names << node.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Configuration"), QStringLiteral("Bake [us-west-2]"),
                                 QStringLiteral("Checkpoint prod"), QStringLiteral("Infrastructure Setup [prod]"),
                                 QStringLiteral("Deploy prod"), QStringLiteral("Deploy prod")}));
    const Run ambiguous = render({runway, QStringLiteral("--out"), out});
    QCOMPARE(ambiguous.code, int(Cli::ExitUnusable));
    QVERIFY(ambiguous.err.contains(QLatin1String("us-east-1, us-west-2")));
}

void TestRenderVerb::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString input = Test::goldenPath(Documented03);
    QTest::newRow("no --out") << QStringList{input} << "--out";
    QTest::newRow("unknown format") << QStringList{input, QStringLiteral("--out"), QStringLiteral("x.gif")} << ".png";
    QTest::newRow("bad scale") << QStringList{input, QStringLiteral("--out"), QStringLiteral("x.png"),
                                              QStringLiteral("--scale"), QStringLiteral("zero")} << "--scale";
    QTest::newRow("unknown refId") << QStringList{input, QStringLiteral("--out"), QStringLiteral("x.png"),
                                                  QStringLiteral("--select"), QStringLiteral("77")} << "77";
    QTest::newRow("missing input") << QStringList{QStringLiteral("/nonexistent/pipeline.json"), QStringLiteral("--out"),
                                                  QStringLiteral("x.png")} << "nonexistent";
    QTest::newRow("no input") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png")} << "argument";
}

void TestRenderVerb::unusableArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("x.")))
            argument = dir.filePath(argument);
    }
    const Run run = render(arguments);
    QCOMPARE(run.code, int(Cli::ExitUnusable));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_MAIN(TestRenderVerb)
#include "tst_renderverb.moc"
