// SPDX-License-Identifier: Apache-2.0
// Pipelines rendered from Foremast's templates (a team's override in the templates folder, or a
// type such as rolling) are checked like those made from a flow: Foremast merges the settings and
// cleans up stale pipelines the same way before it renders anything, so an env it does not read,
// an env without regions, a missing env file, a merge Foremast fails on and a null pipeline.json
// value its Python subscripts are reported by both, with the same file, line, key and text.
#include "GeneratorTestSupport.h"
#include "templates/ManualPipelines.h"

#include <QTest>

using namespace Fd;
using namespace Fd::GenTest;

class TestTemplateFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameEnvAndMergeFindings_data();
    void sameEnvAndMergeFindings();
    void manualNullNotificationsOnlyForTemplates();
};

namespace {

/// The findings that do not depend on how the stages are made, one line each.
QStringList envAndMergeFindings(const Errors &findings)
{
    QStringList out;
    for (const Error &e : findings) {
        if (e.message.contains(QLatin1String("foremast.cfg's")) || e.message.contains(QLatin1String("Lists no regions"))
            || e.message.contains(QLatin1String("is missing")) || e.message.contains(QLatin1String("merge fails"))
            || e.message.contains(QLatin1String("null where Foremast")))
            out << QStringLiteral("%1 %2:%3 %4: %5").arg(e.isWarning() ? QStringLiteral("warning") : QStringLiteral("error"),
                                                         QFileInfo(e.file).fileName(), QString::number(e.line), e.keyPath,
                                                         e.message);
    }
    return out;
}

} // namespace

void TestTemplateFindings::sameEnvAndMergeFindings_data()
{
    QTest::addColumn<QByteArray>("pipeline");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("devFile");
    QTest::addColumn<QString>("expected");
    const QByteArray pipeline = R"({"env": ["dev", "prod"]})";
    const QByteArray cfg = "[base]\ndomain = example.com\nenvs = dev,prod\nregions = us-east-1\n";
    const QByteArray dev = R"({"regions": ["us-east-1"]})";
    QTest::newRow("env not in foremast.cfg's envs")
        << pipeline << QByteArray("[base]\ndomain = example.com\nenvs = prod\nregions = us-east-1\n") << dev
        << "foremast.cfg's [base] envs (prod)";
    QTest::newRow("env without regions") << pipeline << cfg << QByteArray("{\n  \"regions\": []\n}") << "Lists no regions";
    QTest::newRow("env file missing") << pipeline << cfg << QByteArray() << "application-master-dev.json is missing";
    QTest::newRow("merge fails") << pipeline << cfg << QByteArray(R"({"app": {"instance_type": {"size": "large"}}})")
                                 << "merge fails";
    QTest::newRow("null notifications") << QByteArray("{\"env\": [\"dev\", \"prod\"],\n \"notifications\": null}") << cfg
                                        << dev << "notifications: null where Foremast";
    QTest::newRow("null image (the Bake)") << QByteArray("{\"env\": [\"dev\", \"prod\"],\n \"image\": null}") << cfg
                                           << dev << "image: null where Foremast";
}

void TestTemplateFindings::sameEnvAndMergeFindings()
{
    QFETCH(QByteArray, pipeline);
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, devFile);
    QFETCH(QString, expected);
    QMap<QString, QByteArray> envs{{QStringLiteral("prod"), R"({"regions": ["us-east-1"]})"}};
    if (!devFile.isEmpty())
        envs.insert(QStringLiteral("dev"), devFile);
    const ScratchRunway runway(pipeline, envs, config);
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

void TestTemplateFindings::manualNullNotificationsOnlyForTemplates()
{
    // Foremast gives notifications.email and .slack to every .j2 manual file (get_jinja_variables),
    // never to a plain JSON one: a null notifications fails the templates only. The preview of
    // one file says what that file meets.
    const ScratchRunway runway(R"({"type": "manual", "env": ["dev"], "pipeline_files": ["plain.json", "made.json.j2"],
  "notifications": null})",
                               {{QStringLiteral("dev"), "{}"}});
    QVERIFY(writeBytes(runway.folder() + QStringLiteral("/plain.json"), R"({"name": "Plain", "stages": []})"));
    QVERIFY(writeBytes(runway.folder() + QStringLiteral("/made.json.j2"), R"({"name": "Made", "stages": []})"));
    const Result<RunwayContext> context = runway.open();
    QVERIFY(context.ok());
    const auto warned = [](const Result<Generation> &generation) {
        bool found = false;
        for (const Error &e : generation->findings)
            found = found || (e.keyPath == QLatin1String("notifications") && e.line == 2 && e.isWarning()
                              && e.message.contains(QLatin1String("Foremast cannot render")));
        return found;
    };
    const Result<Generation> all = generatePipelines(*context, GenerationOptions());
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().toString()));
    QVERIFY(warned(all));
    const Result<Generation> plain = generateManualFile(*context, GenerationOptions(), 0);
    QVERIFY(plain.ok());
    QVERIFY(!warned(plain));
    const Result<Generation> made = generateManualFile(*context, GenerationOptions(), 1);
    QVERIFY(made.ok());
    QVERIFY(warned(made));
}

QTEST_GUILESS_MAIN(TestTemplateFindings)
#include "tst_templatefindings.moc"
