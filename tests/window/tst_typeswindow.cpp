// SPDX-License-Identifier: Apache-2.0
// Non-ec2 runways in the window: a lambda and an s3 runway open, a type-specific value is edited
// through its field, and the graph and the pipeline JSON follow (and undo brings them back).
#include "../support/TestSupport.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "editors/BasicFields.h"
#include "editors/ManualFilePreview.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/PipelineSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"
#include "envs/EnvPanel.h"
#include "graph/StageGraphView.h"
#include "onetime/OnetimeDialog.h"
#include "publish/PublishDialog.h"
#include "preview/PreviewPane.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QPushButton>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Fd;

namespace {

/// A copy of a foremast-v5-types golden runway, opened in a fresh main window.
struct TypesWindow
{
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<MainWindow> window;

    TypesWindow(const char *golden, const QString &project, const QString &repo)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        folder = dir.filePath(project + QLatin1Char('/') + repo + QStringLiteral("/runway"));
        Test::copyFolder(Test::goldenPath("foremast-v5-types/") + QLatin1String(golden)
                             + QStringLiteral("/runway"),
                         folder);
        window = std::make_unique<MainWindow>();
        window->show();
        opened = window->openRunway(folder, {folder, project, repo, {}});
    }
    bool opened = false;
};

QStringList drawnStages(const PreviewPane *preview)
{
    QStringList names;
    for (const QJsonValue &stage : preview->graphView()->pipeline().value(QStringLiteral("stages")).toArray())
        names << stage.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QString functionName(const PreviewPane *preview)
{
    for (const QJsonValue &stage : preview->graphView()->pipeline().value(QStringLiteral("stages")).toArray()) {
        const QJsonObject parameters = stage.toObject().value(QStringLiteral("parameters")).toObject();
        if (parameters.contains(QStringLiteral("FUNCTION_NAME")))
            return parameters.value(QStringLiteral("FUNCTION_NAME")).toString();
    }
    return QStringLiteral("(none)");
}

} // namespace

class TestTypesWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lambdaHandlerFollows();
    void s3StrategyFollows();
    void onetimeDialogShowsForemastsPipelines();
    void onetimeDialogWithoutRegularPipelines();
    void manualFilePreviewRendersEachFile();
    void templatesOverrideDrawsRenderedGraph();
};

void TestTypesWindow::lambdaHandlerFollows()
{
    TypesWindow f("lambda-01-dev-stage", QStringLiteral("serverless"), QStringLiteral("thumbnailer"));
    QVERIFY(f.opened);
    MainWindow &w = *f.window;
    QVERIFY(drawnStages(w.preview()).contains(QStringLiteral("Deploy Lambda [stage]")));
    QVERIFY(!drawnStages(w.preview()).join(QLatin1Char(',')).contains(QStringLiteral("Bake")));
    const QString before = functionName(w.preview());

    auto *handler = qobject_cast<TextField *>(
        w.settingsPanel()->pipelineEditor()->field({QStringLiteral("lambda"), QStringLiteral("handler")}));
    QVERIFY(handler);
    QVERIFY(handler->isVisibleTo(w.settingsPanel()->pipelineEditor()));
    QCOMPARE(handler->lineEdit()->text(), before);
    handler->lineEdit()->setFocus();
    handler->lineEdit()->selectAll();
    QTest::keyClicks(handler->lineEdit(), QStringLiteral("resize.main"));
    QTest::keyClick(handler->lineEdit(), Qt::Key_Return);

    // The graph follows on the next turn of the event loop (one regeneration per turn).
    QTRY_COMPARE(functionName(w.preview()), QStringLiteral("resize.main"));
    QVERIFY(w.preview()->pipelineJsonView()->toPlainText().contains(QStringLiteral("\"FUNCTION_NAME\": \"resize.main\"")));
    QVERIFY(w.isWindowModified());
    w.actions()->undo->trigger();
    QTRY_COMPARE(functionName(w.preview()), before);
}

void TestTypesWindow::s3StrategyFollows()
{
    TypesWindow f("s3-02-canary-promote", QStringLiteral("web"), QStringLiteral("storefront"));
    QVERIFY(f.opened);
    MainWindow &w = *f.window;
    w.envPanel()->selectEnv(QStringLiteral("stage"), QString());
    QVERIFY(drawnStages(w.preview()).contains(QStringLiteral("Promote S3 [stage]")));

    auto *strategy = qobject_cast<ComboField *>(
        w.settingsPanel()->envEditor()->field({QStringLiteral("deploy_strategy")}));
    QVERIFY(strategy);
    QVERIFY(strategy->isVisibleTo(w.settingsPanel()->envEditor()));
    QCOMPARE(strategy->comboBox()->currentText(), QStringLiteral("canary"));
    strategy->comboBox()->setCurrentIndex(strategy->comboBox()->findText(QStringLiteral("highlander")));
    Q_EMIT strategy->comboBox()->activated(strategy->comboBox()->currentIndex());

    // highlander: no Pre-Promote Checkpoint and no Promote S3 for stage; prod keeps its own.
    QTRY_VERIFY(!drawnStages(w.preview()).contains(QStringLiteral("Promote S3 [stage]")));
    const QStringList stages = drawnStages(w.preview());
    QVERIFY2(!stages.contains(QStringLiteral("Promote S3 [stage]")), qPrintable(stages.join(QLatin1Char(','))));
    QVERIFY(!stages.contains(QStringLiteral("Pre-Promote Checkpoint stage")));
    QVERIFY(stages.contains(QStringLiteral("Promote S3 [prod]")));
    QVERIFY(!w.preview()->pipelineJsonView()->toPlainText().contains(QStringLiteral("Promote S3 [stage]")));
    w.actions()->undo->trigger();
    QTRY_VERIFY(drawnStages(w.preview()).contains(QStringLiteral("Promote S3 [stage]")));
}

void TestTypesWindow::onetimeDialogShowsForemastsPipelines()
{
    TypesWindow f("onetime-01-ec2-stage", QStringLiteral("forrest"), QStringLiteral("gateway"));
    QVERIFY(f.opened);
    MainWindow &w = *f.window;
    QVERIFY(w.actions()->oneTime->isEnabled());
    w.actions()->oneTime->trigger();
    auto *dialog = w.findChild<OnetimeDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    const QString caseDir = Test::goldenPath("foremast-v5-types/onetime-01-ec2-stage");
    QFile existing(caseDir + QStringLiteral("/existing.json"));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    dialog->setEnv(QStringLiteral("stage"));
    dialog->setExistingPipelines(QJsonDocument::fromJson(existing.readAll()).array(), QStringLiteral("existing.json"));

    // Exactly the pipelines Foremast posts, region by region.
    const Generation &generation = dialog->generation();
    QCOMPARE(generation.pipelines.size(), 2);
    for (const GeneratedPipeline &pipeline : generation.pipelines) {
        const QJsonObject golden = Test::readJsonObject(
            caseDir + QStringLiteral("/rendered/pipeline-%1-onetime-stage.json").arg(pipeline.region));
        QCOMPARE(pipeline.json, golden);
    }
    QVERIFY2(dialog->messageText().isEmpty(), qPrintable(dialog->messageText()));
    QCOMPARE(dialog->regionBox()->currentText(), QStringLiteral("us-east-1"));
    QCOMPARE(dialog->graphView()->pipeline().value(QStringLiteral("name")).toString(),
             QStringLiteral("gatewayforrest [us-east-1] (onetime-stage)"));
    dialog->setCurrentRegion(QStringLiteral("us-west-2"));
    QVERIFY(dialog->jsonText().contains(QStringLiteral("\"name\": \"gatewayforrest [us-west-2] (onetime-stage)\"")));
    QCOMPARE(dialog->graphView()->pipeline().value(QStringLiteral("name")).toString(),
             QStringLiteral("gatewayforrest [us-west-2] (onetime-stage)"));

    // Publish hands these pipelines to Deploy's dialog (sign-in, diff, confirmation); nothing is sent yet.
    QVERIFY(dialog->publishButton()->isEnabled());
    dialog->publishButton()->click();
    auto *publish = dialog->findChild<PublishDialog *>();
    QVERIFY(publish);
    QVERIFY(publish->isVisible());
    QStringList names;
    for (const PipelineToPublish &pipeline : publish->request().pipelines)
        names << pipeline.name;
    QCOMPARE(names, QStringList({QStringLiteral("gatewayforrest [us-east-1] (onetime-stage)"),
                                 QStringLiteral("gatewayforrest [us-west-2] (onetime-stage)")}));
    publish->close();
    dialog->reject();
}

void TestTypesWindow::onetimeDialogWithoutRegularPipelines()
{
    TypesWindow f("onetime-01-ec2-stage", QStringLiteral("forrest"), QStringLiteral("gateway"));
    QVERIFY(f.opened);
    MainWindow &w = *f.window;
    w.actions()->oneTime->trigger();
    auto *dialog = w.findChild<OnetimeDialog *>();
    QVERIFY(dialog);
    dialog->setEnv(QStringLiteral("stage"));
    // No existing pipelines known: Foremast fails, and the dialog says why instead of showing one.
    QVERIFY(dialog->generation().pipelines.isEmpty());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("publish the regular pipelines first")),
             qPrintable(dialog->messageText()));
    QVERIFY(dialog->messageText().contains(QStringLiteral("us-east-1")));
    QVERIFY(!dialog->publishButton()->isEnabled());
    QVERIFY(dialog->jsonText().isEmpty());
    QVERIFY(dialog->graphView()->pipeline().isEmpty());

    // Pipelines of another app do not count either.
    dialog->setExistingPipelines({QJsonObject{{QStringLiteral("application"), QStringLiteral("otherapp")},
                                              {QStringLiteral("name"), QStringLiteral("otherapp [us-east-1]")},
                                              {QStringLiteral("id"), QStringLiteral("1234")}}},
                                 QStringLiteral("other.json"));
    QVERIFY(dialog->generation().pipelines.isEmpty());
    QVERIFY(!dialog->publishButton()->isEnabled());
    dialog->reject();
}

void TestTypesWindow::manualFilePreviewRendersEachFile()
{
    TypesWindow f("manual-02-jinja-template-variables", QStringLiteral("ops"), QStringLiteral("batchjobs"));
    QVERIFY(f.opened);
    MainWindow &w = *f.window;
    // The templates sit in a subfolder of the runway, which the fixture does not copy.
    Test::copyFolder(Test::goldenPath("foremast-v5-types/manual-02-jinja-template-variables/runway/pipeline"),
                     f.folder + QStringLiteral("/pipeline"));
    ManualFilePreview *preview = w.settingsPanel()->pipelineEditor()->manualPreview();
    QVERIFY(preview);
    QVERIFY(preview->isVisibleTo(w.settingsPanel()->pipelineEditor()));
    preview->refresh();
    if (preview->errorText().contains(QStringLiteral("python3-jinja2")))
        QSKIP("python3-jinja2 is not installed");
    QCOMPARE(preview->fileBox()->count(), 2);
    QCOMPARE(preview->fileBox()->currentText(), QStringLiteral("pipeline/batch.json.j2"));
    QVERIFY2(preview->errorText().isEmpty(), qPrintable(preview->errorText()));

    // batch.json.j2 makes one pipeline per region of its template_variables.
    const QJsonArray batch = QJsonDocument::fromJson(preview->renderedText().toUtf8()).array();
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("batchjobsops deploy [us-east-1]"));
    QCOMPARE(batch.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("batchjobsops deploy [us-west-2]"));
    QCOMPARE(batch.at(0).toObject().value(QStringLiteral("application")).toString(), QStringLiteral("batchjobsops"));

    // The second file has no name of its own: Foremast's lstrip("templates://") quirk names it.
    preview->fileBox()->setCurrentIndex(1);
    Q_EMIT preview->fileBox()->activated(1);
    const QJsonObject smoke = QJsonDocument::fromJson(preview->renderedText().toUtf8()).object();
    QCOMPARE(smoke.value(QStringLiteral("name")).toString(), QStringLiteral("ipeline_smoke.json.j2"));

    // A file that cannot be read shows why, naming the key, instead of JSON.
    QFile::remove(f.folder + QStringLiteral("/pipeline/smoke.json.j2"));
    preview->refresh();
    QVERIFY(preview->renderedText().isEmpty());
    QVERIFY2(preview->errorText().contains(QStringLiteral("smoke.json.j2")), qPrintable(preview->errorText()));
    QVERIFY2(preview->errorText().contains(QStringLiteral("pipeline_files")), qPrintable(preview->errorText()));
}

void TestTypesWindow::templatesOverrideDrawsRenderedGraph()
{
    // A lambda runway whose foremast.cfg templates_path overrides Foremast's stage template: the
    // window draws what Foremast renders from the team's template, and an edit re-renders it.
    const QString caseDir = QStringLiteral(FD_SOURCE_DIR "/tests/data/golden/types-own/lambda-own-02-templates-override");
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    const QString folder = dir.filePath(QStringLiteral("media/resizer/runway"));
    Test::copyFolder(caseDir + QStringLiteral("/runway"), folder);
    const QString cfg = dir.filePath(QStringLiteral("foremast.cfg"));
    QFile file(cfg);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[base]\ntemplates_path = " + QFile::encodeName(caseDir + QStringLiteral("/templates")) + "\n");
    file.close();
    MainWindow w;
    w.show();
    QVERIFY(w.openRunway(folder, {folder, QStringLiteral("media"), QStringLiteral("resizer"), cfg}));

    QTRY_VERIFY(drawnStages(w.preview()).contains(QStringLiteral("Ship Lambda to dev")));
    QCOMPARE(drawnStages(w.preview()).first(), QStringLiteral("Wait for the artifact")); // the team's wrapper
    const QString note = w.settingsPanel()->pipelineEditor()->typeNote();
    QVERIFY2(note.contains(QStringLiteral("templates_path")) && note.contains(caseDir), qPrintable(note));
    QCOMPARE(functionName(w.preview()), QStringLiteral("resizer.handle"));

    auto *handler = qobject_cast<TextField *>(
        w.settingsPanel()->pipelineEditor()->field({QStringLiteral("lambda"), QStringLiteral("handler")}));
    QVERIFY(handler);
    handler->lineEdit()->setFocus();
    handler->lineEdit()->selectAll();
    QTest::keyClicks(handler->lineEdit(), QStringLiteral("resize.main"));
    QTest::keyClick(handler->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(functionName(w.preview()), QStringLiteral("resize.main"));
    QVERIFY(drawnStages(w.preview()).contains(QStringLiteral("Ship Lambda to dev")));
}

QTEST_MAIN(TestTypesWindow)
#include "tst_typeswindow.moc"
