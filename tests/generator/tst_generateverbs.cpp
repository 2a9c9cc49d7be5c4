// SPDX-License-Identifier: Apache-2.0
// The generate and validate verbs, run in-process with string-backed streams.
#include "../support/CliRun.h"
#include "GeneratorTestSupport.h"
#include "cli/Verb.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

using namespace Fd;
using namespace Fd::GenTest;

class TestGenerateVerbs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generateWritesGoldenFiles_data();
    void generateWritesGoldenFiles();
    void generateTypesWritesForemastFileNames_data();
    void generateTypesWritesForemastFileNames();
    void mergedTypesMatchesForemast_data();
    void mergedTypesMatchesForemast();
    void generateRefusesRunwayWithErrors();
    void generateUsageErrors();
    void generateWithExistingSubnetsAndSettings();
    void validateExitCodes();
    void validatePipelineFile();
};

namespace {

using Run = Test::CliRun;

Run run(const QStringList &args)
{
    return Test::runCli(args);
}

QStringList caseArgs(const QString &caseDir)
{
    const RunwaySource source = goldenSource(caseDir);
    QStringList args{source.folder, QStringLiteral("--project"), source.project, QStringLiteral("--repo"), source.repo};
    if (!source.configFile.isEmpty())
        args << QStringLiteral("--config") << source.configFile;
    return args;
}

} // namespace

void TestGenerateVerbs::generateWritesGoldenFiles_data()
{
    QTest::addColumn<QString>("caseDir");
    for (const QString &dir : goldenCases(QStringLiteral("foremast-v5")))
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestGenerateVerbs::generateWritesGoldenFiles()
{
    QFETCH(QString, caseDir);
    QTemporaryDir out;
    const Run result = run(QStringList{QStringLiteral("generate")} + caseArgs(caseDir)
                           + QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--flow"),
                                         QStringLiteral("foremast-v5"), QStringLiteral("--subnets"), QStringLiteral("offline")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QMap<QString, QJsonObject> expected = goldenPipelines(caseDir);
    QStringList written = QDir(out.path()).entryList(QDir::Files);
    QStringList wanted;
    for (const QString &region : expected.keys())
        wanted << QStringLiteral("pipeline-%1.json").arg(region);
    QCOMPARE(written, wanted);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject actual = readObject(QDir(out.path()).filePath(QStringLiteral("pipeline-%1.json").arg(it.key())));
        QCOMPARE(QJsonDocument(actual), QJsonDocument(it.value()));
        QVERIFY(result.out.contains(it.value().value(QStringLiteral("name")).toString()));
    }
}

void TestGenerateVerbs::generateTypesWritesForemastFileNames_data()
{
    QTest::addColumn<QString>("caseDir");
    for (const QString &dir : goldenCases(QStringLiteral("foremast-v5-types")))
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestGenerateVerbs::generateTypesWritesForemastFileNames()
{
    // The renderer's own arguments (args: --templates-path, --onetime, --existing) work as they are.
    QFETCH(QString, caseDir);
    QTemporaryDir out;
    const QStringList identity = QString::fromUtf8(readBytes(caseDir + QStringLiteral("/identity"))).simplified().split(QLatin1Char(' '));
    QStringList args{QStringLiteral("generate"), caseDir + QStringLiteral("/runway"), QStringLiteral("--project"),
                     identity.value(0), QStringLiteral("--repo"), identity.value(1), QStringLiteral("--out"), out.path()};
    if (QFileInfo::exists(caseDir + QStringLiteral("/foremast.cfg")))
        args << QStringLiteral("--config") << caseDir + QStringLiteral("/foremast.cfg");
    args << QString::fromUtf8(readBytes(caseDir + QStringLiteral("/args"))).replace(QStringLiteral("CASE"), caseDir)
                .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const Run result = run(args);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QDir rendered(caseDir + QStringLiteral("/rendered"));
    const QStringList wanted = rendered.entryList({QStringLiteral("pipeline-*.json")}, QDir::Files);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), wanted);
    for (const QString &name : wanted)
        QCOMPARE(readObject(QDir(out.path()).filePath(name)), readObject(rendered.filePath(name)));
}

void TestGenerateVerbs::mergedTypesMatchesForemast_data()
{
    QTest::addColumn<QString>("caseDir");
    QStringList cases = goldenCases(QStringLiteral("foremast-v5-types"));
    const QDir own(QStringLiteral(FD_SOURCE_DIR "/tests/data/golden/types-own"));
    for (const QString &name : own.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        cases << own.filePath(name);
    for (const QString &dir : cases)
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestGenerateVerbs::mergedTypesMatchesForemast()
{
    // `merged` prints raw.properties.json as Foremast writes it for every type: for cloudfunction
    // only the envs of [gcp] envs (cloudfunction-own-03 has a dev file that is no GCP env).
    QFETCH(QString, caseDir);
    const QStringList identity = QString::fromUtf8(readBytes(caseDir + QStringLiteral("/identity"))).simplified().split(QLatin1Char(' '));
    QStringList args{QStringLiteral("merged"), caseDir + QStringLiteral("/runway"), QStringLiteral("--project"),
                     identity.value(0), QStringLiteral("--repo"), identity.value(1)};
    if (QFileInfo::exists(caseDir + QStringLiteral("/foremast.cfg")))
        args << QStringLiteral("--config") << caseDir + QStringLiteral("/foremast.cfg");
    const Run result = run(args);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonObject expected = readObject(caseDir + QStringLiteral("/rendered/merged-configs.json"));
    const QJsonObject actual = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(actual.keys(), expected.keys());
    QCOMPARE(QJsonDocument(actual), QJsonDocument(expected));
    if (caseDir.endsWith(QLatin1String("cloudfunction-own-03-gcp-envs-subset")))
        QVERIFY2(result.err.contains(QStringLiteral("[gcp] envs")), qPrintable(result.err));
}

void TestGenerateVerbs::generateRefusesRunwayWithErrors()
{
    const ScratchRunway runway(R"({"env": ["dev", "qa"]})", {{QStringLiteral("dev"), "{}"}});
    QTemporaryDir out;
    const Run result = run({QStringLiteral("generate"), runway.folder(), QStringLiteral("--project"), QStringLiteral("forrest"),
                            QStringLiteral("--repo"), QStringLiteral("core"), QStringLiteral("--out"), out.path()});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(QStringLiteral("application-master-qa.json")));
    QVERIFY(result.err.contains(QStringLiteral("Nothing written")));
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

void TestGenerateVerbs::generateUsageErrors()
{
    const QStringList args = caseArgs(goldenCases(QStringLiteral("foremast-v5")).first());
    QTemporaryDir out;
    // No --out.
    Run result = run(QStringList{QStringLiteral("generate")} + args);
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QStringLiteral("--out")));
    // Unknown flow, broken flow file, missing subnets file: exit 2, nothing written.
    result = run(QStringList{QStringLiteral("generate")} + args
                 + QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--flow"), QStringLiteral("gogo")});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QStringLiteral("documented, foremast-v5")));
    const QString broken = out.filePath(QStringLiteral("broken-flow.json"));
    QVERIFY(writeBytes(broken, "{\n  \"flowFormat\": 1,\n  \"name\": \"x\",\n  \"pipeline\": {},\n  \"envs\": 3\n}\n"));
    result = run(QStringList{QStringLiteral("generate")} + args
                 + QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--flow"), broken});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(broken + QStringLiteral(":5")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("envs")));
    result = run(QStringList{QStringLiteral("generate")} + args
                 + QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--subnets"), QStringLiteral("/nonexistent.json")});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QStringLiteral("/nonexistent.json")));
    QCOMPARE(QDir(out.path()).entryList({QStringLiteral("pipeline-*")}, QDir::Files), QStringList());
    // --templates-path must be a folder; --onetime without the app's regular pipeline fails as Foremast does.
    result = run(QStringList{QStringLiteral("generate")} + args
                 + QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--templates-path"), QStringLiteral("/nonexistent")});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QStringLiteral("/nonexistent")));
    result = run(QStringList{QStringLiteral("generate")} + args
                 + QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--onetime"), QStringLiteral("dev")});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QStringLiteral("regular pipeline")), qPrintable(result.err));
    QCOMPARE(QDir(out.path()).entryList({QStringLiteral("pipeline-*")}, QDir::Files), QStringList());
    // A type Foremast does not permit.
    const ScratchRunway unknown(R"({"env": ["dev"], "type": "kubernetes"})", {{QStringLiteral("dev"), "{}"}});
    result = run({QStringLiteral("generate"), unknown.folder(), QStringLiteral("--out"), out.path()});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QStringLiteral("does not permit the pipeline type \"kubernetes\"")), qPrintable(result.err));
}

void TestGenerateVerbs::generateWithExistingSubnetsAndSettings()
{
    const QString caseDir = goldenCases(QStringLiteral("documented-flow")).value(1);
    QTemporaryDir out;
    QVERIFY(writeBytes(out.filePath(QStringLiteral("existing.json")),
                       R"([{"name": "coreforrest [us-west-2]", "application": "coreforrest", "id": "west-id"}])"));
    QVERIFY(writeBytes(out.filePath(QStringLiteral("subnets.json")),
                       R"({"*": {"us-east-1": ["us-east-1c"], "us-west-2": ["us-west-2a"]}})"));
    const QString dir = out.filePath(QStringLiteral("pipelines"));
    const Run result = run(QStringList{QStringLiteral("generate")} + caseArgs(caseDir)
                           + QStringList{QStringLiteral("--out"), dir, QStringLiteral("--flow"), QStringLiteral("documented"),
                                         QStringLiteral("--existing"), out.filePath(QStringLiteral("existing.json")),
                                         QStringLiteral("--subnets"), out.filePath(QStringLiteral("subnets.json")),
                                         QStringLiteral("--flow-setting"), QStringLiteral("qeJob=qa-{{ env }}")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonObject west = readObject(dir + QStringLiteral("/pipeline-us-west-2.json"));
    const QJsonObject east = readObject(dir + QStringLiteral("/pipeline-us-east-1.json"));
    QCOMPARE(west.value(QStringLiteral("id")).toString(), QStringLiteral("west-id"));
    QVERIFY(!east.contains(QStringLiteral("id")));
    QCOMPARE(stageNamed(east, QStringLiteral("QE dev")).value(QStringLiteral("job")).toString(), QStringLiteral("qa-dev"));
    QCOMPARE(clusterOf(east, QStringLiteral("Deploy dev")).value(QStringLiteral("availabilityZones")).toObject(),
             (QJsonObject{{QStringLiteral("us-east-1"), QJsonArray{QStringLiteral("us-east-1c")}}}));

    // A malformed --existing file or setting is unusable input.
    QVERIFY(writeBytes(out.filePath(QStringLiteral("existing.json")), R"({"name": "not a list"})"));
    Run bad = run(QStringList{QStringLiteral("generate")} + caseArgs(caseDir)
                  + QStringList{QStringLiteral("--out"), dir, QStringLiteral("--existing"), out.filePath(QStringLiteral("existing.json"))});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("list of pipelines")));
    bad = run(QStringList{QStringLiteral("generate")} + caseArgs(caseDir)
              + QStringList{QStringLiteral("--out"), dir, QStringLiteral("--flow-setting"), QStringLiteral("novalue")});
    QCOMPARE(bad.code, 2);
}

void TestGenerateVerbs::validateExitCodes()
{
    // Golden case 02: Foremast's quirks are warnings only → exit 0.
    const QString caseDir = goldenCases(QStringLiteral("foremast-v5")).value(1);
    Run result = run(QStringList{QStringLiteral("validate")} + caseArgs(caseDir));
    QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("warning:")));
    QVERIFY(result.out.contains(QStringLiteral("[us-east-1] prod stage \"Deploy prod\" (7)")));
    QVERIFY(result.out.contains(QStringLiteral("0 error(s)")));

    // The documented flow does not do webhooks: case 03 says so, naming the env and file.
    const QString featureCase = goldenCases(QStringLiteral("foremast-v5")).value(2);
    result = run(QStringList{QStringLiteral("validate")} + caseArgs(featureCase)
                 + QStringList{QStringLiteral("--flow"), QStringLiteral("documented")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("application-master-dev.json:")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("dev: completion_webhooks: Completion webhooks are not part")));

    // An env without its file: exit 1; findings on stdout.
    const ScratchRunway runway(R"({"env": ["dev", "qa"]})", {{QStringLiteral("dev"), "{}"}});
    result = run({QStringLiteral("validate"), runway.folder()});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.contains(QStringLiteral("qa:")));
    QVERIFY(result.out.contains(QStringLiteral("error")));

    // Unusable input: exit 2.
    result = run({QStringLiteral("validate"), QStringLiteral("/nonexistent/runway")});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QStringLiteral("/nonexistent/runway")));
}

void TestGenerateVerbs::validatePipelineFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(writeBytes(file, R"({"name": "x", "application": "app", "stages": [
        {"refId": "1", "requisiteStageRefIds": ["2"], "type": "wait", "name": "A", "waitTime": 1},
        {"refId": "2", "requisiteStageRefIds": ["1"], "type": "wait", "name": "B", "waitTime": 1}]})"));
    Run result = run({QStringLiteral("validate"), file});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.startsWith(file));
    QVERIFY(result.out.contains(QStringLiteral("cycle")));

    const QString golden = goldenCases(QStringLiteral("foremast-v5")).first() + QStringLiteral("/rendered/pipeline-us-east-1.json");
    result = run({QStringLiteral("validate"), golden});
    QCOMPARE(result.code, 0);

    QVERIFY(writeBytes(file, "{ not json"));
    result = run({QStringLiteral("validate"), file});
    QCOMPARE(result.code, 2);
}

QTEST_GUILESS_MAIN(TestGenerateVerbs)
#include "tst_generateverbs.moc"
