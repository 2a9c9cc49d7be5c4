// SPDX-License-Identifier: Apache-2.0
// The designer window driven through its real widgets, as a user would.
#include "WindowFixture.h"

#include "EditSession.h"
#include "MainActions.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"
#include "json/JsonText.h"
#include "envs/EnvListModel.h"
#include "envs/EnvPanel.h"
#include "findings/FindingsModel.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphView.h"
#include "preview/GenerationController.h"
#include "preview/PreviewPane.h"
#include "publish/PublishDialog.h"
#include "prompt/Prompter.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QMessageBox>
#include <QTest>
#include <QTextDocument>

using namespace Fd;

namespace {

/// capacity.min of the deploy stages of the pipeline the graph shows.
QList<int> drawnDeployMins(const PreviewPane *preview)
{
    QList<int> mins;
    for (const QJsonValue &stage : preview->graphView()->pipeline().value(QStringLiteral("stages")).toArray()) {
        const QJsonObject s = stage.toObject();
        if (s.value(QStringLiteral("type")).toString() == QLatin1String("deploy"))
            mins << s.value(QStringLiteral("clusters")).toArray().at(0).toObject().value(QStringLiteral("capacity"))
                        .toObject().value(QStringLiteral("min")).toInt();
    }
    return mins;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editUndoRedoSaveThroughWidgets();
    void titleShowsAppAndModifiedState();
    void badRunwayKeepsCurrentOneOpen();
    void openingAnotherRunwayShowsItsPipelines();
    void hiddenPipelineJsonFilledWhenShown();
    void findingsListAndDeployBlocked();
    void envPanelAddsAndRemovesEnvs();
    void deployOpensPublishDialog();
    void savedLayoutPlacesTheDocks();
};

void TestMainWindow::editUndoRedoSaveThroughWidgets()
{
    Test::WindowFixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.open());
    const auto before = f.files();
    MainWindow &w = *f.window;

    w.envPanel()->selectEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    QCOMPARE(w.preview()->currentRegion(), QStringLiteral("us-west-2"));
    QCOMPARE(drawnDeployMins(w.preview()), (QList<int>{5, 5}));
    QVERIFY(w.preview()->pipelineJsonView()->toPlainText().contains(QStringLiteral("\"min\": 5")));

    auto *min = qobject_cast<SpinField *>(w.settingsPanel()->envEditor()->field({QStringLiteral("asg"), QStringLiteral("min_inst")}));
    QVERIFY(min);
    QSpinBox *spin = min->spinBox();
    QCOMPARE(spin->value(), 5);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("7"));
    QTest::keyClick(spin, Qt::Key_Return);

    // One regeneration per event-loop turn: the graph follows on the next turn.
    QTRY_COMPARE(drawnDeployMins(w.preview()), (QList<int>{7, 7}));
    QVERIFY(w.preview()->pipelineJsonView()->toPlainText().contains(QStringLiteral("\"min\": 7")));
    QVERIFY(w.isWindowModified());

    w.actions()->undo->trigger();
    QTRY_COMPARE(drawnDeployMins(w.preview()), (QList<int>{5, 5}));
    QVERIFY(w.preview()->pipelineJsonView()->toPlainText().contains(QStringLiteral("\"min\": 5")));
    QCOMPARE(spin->value(), 5);
    QVERIFY(!w.isWindowModified());

    w.actions()->redo->trigger();
    QTRY_COMPARE(drawnDeployMins(w.preview()), (QList<int>{7, 7}));
    QCOMPARE(spin->value(), 7);

    w.actions()->saveAll->trigger();
    QVERIFY(!w.isWindowModified());
    const auto after = f.files();
    QCOMPARE(after.keys(), before.keys());
    for (const QString &name : before.keys()) {
        if (name != QLatin1String("application-master-prod.json"))
            QCOMPARE(after.value(name), before.value(name));
    }
    const QList<QByteArray> oldLines = before.value(QStringLiteral("application-master-prod.json")).split('\n');
    const QList<QByteArray> newLines = after.value(QStringLiteral("application-master-prod.json")).split('\n');
    QCOMPARE(newLines.size(), oldLines.size());
    QStringList changed;
    for (int i = 0; i < oldLines.size(); ++i) {
        if (oldLines.at(i) != newLines.at(i))
            changed << QString::fromUtf8(oldLines.at(i).trimmed() + " -> " + newLines.at(i).trimmed());
    }
    QCOMPARE(changed, QStringList{QStringLiteral("\"min_inst\": 5, -> \"min_inst\": 7,")});
}

void TestMainWindow::titleShowsAppAndModifiedState()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    QVERIFY(f.window->windowTitle().contains(QStringLiteral("coreforrest")));
    QVERIFY(f.window->windowTitle().contains(QStringLiteral("Foremast Designer")));
    QVERIFY(!f.window->isWindowModified());
    f.window->session()->setValue(QString(), {QStringLiteral("owner_email")}, QStringLiteral("x@example.com"));
    QVERIFY(f.window->isWindowModified());
}

void TestMainWindow::badRunwayKeepsCurrentOneOpen()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EditSession *session = f.window->session();
    // A broken file elsewhere: the window says why (a message box, closed here) and keeps going.
    QTemporaryDir bad;
    Test::writeBytes(bad.filePath(QStringLiteral("pipeline.json")), "{ \"env\": [\"dev\" }");
    ScriptedPrompter prompter;
    const Prompter::Override use(&prompter);
    QVERIFY(!f.window->openRunway(bad.path()));
    QCOMPARE(f.window->session(), session);
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.first().contains(QStringLiteral("could not be opened")), qPrintable(prompter.asked.first()));
    QVERIFY(prompter.asked.first().contains(QStringLiteral("pipeline.json")));
}

void TestMainWindow::openingAnotherRunwayShowsItsPipelines()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    PreviewPane *preview = f.window->preview();
    // A stage of the first runway selected: the next runway starts at its pipeline's Configuration.
    QVERIFY(preview->graphView()->selectStageIndex(1));
    QTemporaryDir other;
    const QString folder = other.filePath(QStringLiteral("forrest/other/runway"));
    Test::copyFolder(Test::goldenPath("foremast-v5/03-dev-stage-prod-features/runway"), folder);
    const int generatedBefore = f.window->generation()->generationCount();
    int drawn = 0;
    connect(preview->graphPanel(), &PipelineGraphPanel::currentPipelineChanged, preview, [&drawn] { ++drawn; });
    QVERIFY(f.window->openRunway(folder, {folder, QStringLiteral("forrest"), QStringLiteral("other"), {}}));

    // Generated once, and the graph filled once from it (not again when the preview took the session).
    QCOMPARE(f.window->generation()->generationCount() - generatedBefore, 1);
    QCOMPARE(drawn, 1);
    QVERIFY(!f.window->generation()->isPending());
    // What the window shows is the new runway's pipeline of the region shown, graph and JSON alike.
    const GeneratedPipeline *shown = f.window->generation()->pipeline(preview->currentRegion());
    QVERIFY(shown);
    QCOMPARE(shown->json.value(QStringLiteral("application")).toString(), QStringLiteral("otherforrest"));
    QCOMPARE(preview->graphView()->pipeline(), shown->json);
    QCOMPARE(preview->pipelineJsonView()->toPlainText(), QString::fromUtf8(indentedJson(shown->json)));
    QCOMPARE(preview->graphView()->selectedStageIndex(), StageGraphView::ConfigurationSelected);
    QVERIFY2(preview->stageJsonView()->toPlainText().startsWith(QStringLiteral("Configuration")),
             qPrintable(preview->stageJsonView()->toPlainText()));
    // The env list, the graph's env and the settings form start at the same scope.
    const QString env = f.window->envPanel()->currentEnv();
    QVERIFY(!env.isEmpty());
    QCOMPARE(preview->currentEnv(), env);
    QVERIFY(!f.window->settingsPanel()->isPipelineShown());
    QVERIFY(f.window->windowTitle().contains(QStringLiteral("otherforrest")));
    // Edits reach the new runway's preview.
    f.window->session()->setRegionValue(env, preview->currentRegion(), {QStringLiteral("asg"), QStringLiteral("min_inst")}, 9);
    QTRY_VERIFY(preview->pipelineJsonView()->toPlainText().contains(QStringLiteral("\"min\": 9")));

    // A pipeline file shown read-only, then a runway opened: the runway's pipelines replace it.
    QVERIFY(f.window->openPipelineFile(Test::goldenPath("foremast-v5/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json")));
    ScriptedPrompter prompter; // the edit above is not saved
    prompter.answers << QMessageBox::Discard;
    const Prompter::Override use(&prompter);
    drawn = 0;
    QVERIFY(f.open());
    QCOMPARE(drawn, 1);
    const GeneratedPipeline *first = f.window->generation()->pipeline(preview->currentRegion());
    QVERIFY(first);
    QCOMPARE(first->json.value(QStringLiteral("application")).toString(), QStringLiteral("coreforrest"));
    QCOMPARE(preview->graphView()->pipeline(), first->json);
    QCOMPARE(preview->pipelineJsonView()->toPlainText(), QString::fromUtf8(indentedJson(first->json)));
}

void TestMainWindow::hiddenPipelineJsonFilledWhenShown()
{
    // After an open the Pipeline JSON dock is behind Findings: its view gets the text (every
    // line laid out and highlighted) when it is shown, with the edits made meanwhile.
    Test::WindowFixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.open());
    QCoreApplication::processEvents();
    auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("pipelineJsonDock"));
    QVERIFY(dock);
    auto *view = qobject_cast<QPlainTextEdit *>(dock->widget());
    QVERIFY(view);
    QVERIFY(view->document()->isEmpty()); // not filled while hidden
    PreviewPane *preview = f.window->preview();
    const QString env = f.window->envPanel()->currentEnv();
    f.window->session()->setRegionValue(env, preview->currentRegion(), {QStringLiteral("asg"), QStringLiteral("min_inst")}, 9);
    QCoreApplication::processEvents();
    QVERIFY(view->document()->isEmpty());

    dock->raise();
    QTRY_VERIFY(!view->document()->isEmpty());
    const GeneratedPipeline *shown = f.window->generation()->pipeline(preview->currentRegion());
    QVERIFY(shown);
    QCOMPARE(view->document()->toPlainText(), QString::fromUtf8(indentedJson(shown->json)));
    QVERIFY(view->document()->toPlainText().contains(QStringLiteral("\"min\": 9")));
    // Shown, it follows each edit at once.
    f.window->session()->setRegionValue(env, preview->currentRegion(), {QStringLiteral("asg"), QStringLiteral("min_inst")}, 8);
    QTRY_VERIFY(view->document()->toPlainText().contains(QStringLiteral("\"min\": 8")));
    QCOMPARE(view->document()->toPlainText(),
             QString::fromUtf8(indentedJson(f.window->generation()->pipeline(preview->currentRegion())->json)));
}

void TestMainWindow::findingsListAndDeployBlocked()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.window->findings()->errorCount(), 0);
    // A type error shows up in Findings as the user makes it, naming the key.
    f.window->session()->setValue(QStringLiteral("dev"), {QStringLiteral("asg"), QStringLiteral("min_inst")}, QStringLiteral("three"));
    QTRY_VERIFY(f.window->findings()->errorCount() > 0);
    bool named = false;
    for (const Error &e : f.window->findings()->findings())
        named = named || e.keyPath == QLatin1String("asg.min_inst");
    QVERIFY(named);
    // Deploy refuses, explaining why, and opens nothing.
    ScriptedPrompter prompter;
    const Prompter::Override use(&prompter);
    f.window->deploy();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.first().contains(QStringLiteral("blocked")), qPrintable(prompter.asked.first()));
    QVERIFY(!f.window->findChild<PublishDialog *>());
}

void TestMainWindow::envPanelAddsAndRemovesEnvs()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EditSession *session = f.window->session();
    QVERIFY(session->addEnv(QStringLiteral("stage"), 1, QStringLiteral("dev")));
    QCOMPARE(f.window->envPanel()->model()->rowCount(), 3);
    // The new env appears in the graph's pipeline on the next turn of the event loop.
    QTRY_VERIFY(f.window->generation()->pipeline(QStringLiteral("us-east-1"))->envs.contains(QStringLiteral("stage")));
    QTRY_VERIFY(f.window->preview()->graphPanel()->pipelines().at(0).envs.contains(QStringLiteral("stage")));
    session->undoStack()->undo();
    QCOMPARE(f.window->envPanel()->model()->rowCount(), 2);
    QTRY_VERIFY(!f.window->generation()->pipeline(QStringLiteral("us-east-1"))->envs.contains(QStringLiteral("stage")));
}

void TestMainWindow::deployOpensPublishDialog()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.window->findings()->errorCount(), 0);
    f.window->deploy();
    auto *dialog = f.window->findChild<PublishDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy()); // nothing is sent before the user asks
    dialog->close();
    QTRY_VERIFY(!f.window->findChild<PublishDialog *>()); // deleted on close
}

void TestMainWindow::savedLayoutPlacesTheDocks()
{
    // The docks exist from the constructor (their contents come with the editor, after the first
    // paint), so the saved layout puts them back where the user left them.
    Test::WindowFixture f;
    QVERIFY(f.open());
    auto *moved = f.window->findChild<QDockWidget *>(QStringLiteral("settingsDock"));
    QCOMPARE(f.window->dockWidgetArea(moved), Qt::RightDockWidgetArea);
    f.window->addDockWidget(Qt::LeftDockWidgetArea, moved);
    QVERIFY(f.window->close()); // saves the layout

    MainWindow next;
    auto *dock = next.findChild<QDockWidget *>(QStringLiteral("settingsDock"));
    QCOMPARE(next.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
    next.show();
    QVERIFY(next.openRunway(f.folder, {f.folder, QStringLiteral("forrest"), QStringLiteral("core"), {}}));
    QCOMPARE(next.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
    QCOMPARE(dock->widget(), next.settingsPanel());
    QVERIFY(dock->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
