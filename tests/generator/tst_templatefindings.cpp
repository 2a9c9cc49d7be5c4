// SPDX-License-Identifier: Apache-2.0
// Pipelines rendered from Foremast's templates (a team's override in the templates folder, or a
// type such as rolling) are checked like those made from a flow: Foremast merges the settings and
// cleans up stale pipelines the same way before it renders anything, so an env it does not read,
// an env without regions, a missing env file and a merge Foremast fails on are reported by both,
// with the same file, line, key and text.
#include "GeneratorTestSupport.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestTemplateFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameEnvAndMergeFindings_data();
    void sameEnvAndMergeFindings();
};

namespace {

/// The findings that do not depend on how the stages are made, one line each.
QStringList envAndMergeFindings(const Errors &findings)
{
    QStringList out;
    for (const Error &e : findings) {
        if (e.message.contains(QLatin1String("foremast.cfg's")) || e.message.contains(QLatin1String("Lists no regions"))
            || e.message.contains(QLatin1String("is missing")) || e.message.contains(QLatin1String("merge fails")))
            out << QStringLiteral("%1 %2:%3 %4 %5").arg(e.isWarning() ? QStringLiteral("warning") : QStringLiteral("error"),
                                                        QFileInfo(e.file).fileName(), QString::number(e.line), e.keyPath,
                                                        e.message);
    }
    return out;
}

} // namespace

void TestTemplateFindings::sameEnvAndMergeFindings_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("devFile");
    QTest::addColumn<QString>("expected");
    const QByteArray cfg = "[base]\ndomain = example.com\nenvs = dev,prod\nregions = us-east-1\n";
    QTest::newRow("env not in foremast.cfg's envs")
        << QByteArray("[base]\ndomain = example.com\nenvs = prod\nregions = us-east-1\n")
        << QByteArray(R"({"regions": ["us-east-1"]})") << "foremast.cfg's [base] envs (prod)";
    QTest::newRow("env without regions") << cfg << QByteArray("{\n  \"regions\": []\n}") << "Lists no regions";
    QTest::newRow("env file missing") << cfg << QByteArray() << "application-master-dev.json is missing";
    QTest::newRow("merge fails") << cfg << QByteArray(R"({"app": {"instance_type": {"size": "large"}}})")
                                 << "merge fails";
}

void TestTemplateFindings::sameEnvAndMergeFindings()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, devFile);
    QFETCH(QString, expected);
    QMap<QString, QByteArray> envs{{QStringLiteral("prod"), R"({"regions": ["us-east-1"]})"}};
    if (!devFile.isEmpty())
        envs.insert(QStringLiteral("dev"), devFile);
    const ScratchRunway runway(R"({"env": ["dev", "prod"]})", envs, config);
    const Result<RunwayContext> context = runway.open();
    QVERIFY(context.ok());

    // The built-in flow, then Foremast's templates with the team's own Deploy stage.
    const Result<Generation> fromFlow = generatePipelines(*context, GenerationOptions());
    QVERIFY2(fromFlow.ok(), fromFlow.ok() ? "" : qPrintable(fromFlow.error().toString()));
    QTemporaryDir templates;
    QVERIFY(writeBytes(templates.filePath(QStringLiteral("pipeline/stage-deploy.json.j2")),
                       readBytes(QStringLiteral(FD_SOURCE_DIR "/resources/foremast/templates/pipeline/stage-deploy.json.j2"))));
    GenerationOptions options;
    options.templatesPath = templates.path();
    const Result<Generation> fromTemplates = generatePipelines(*context, options);
    QVERIFY2(fromTemplates.ok(), fromTemplates.ok() ? "" : qPrintable(fromTemplates.error().toString()));
    QCOMPARE(fromTemplates->flowName, QStringLiteral("templates"));

    const QStringList flowFindings = envAndMergeFindings(fromFlow->findings);
    QVERIFY2(flowFindings.join(QLatin1Char('\n')).contains(expected), qPrintable(flowFindings.join(QLatin1Char('\n'))));
    QCOMPARE(envAndMergeFindings(fromTemplates->findings), flowFindings);
}

QTEST_GUILESS_MAIN(TestTemplateFindings)
#include "tst_templatefindings.moc"
