// SPDX-License-Identifier: Apache-2.0
// Non-ec2 runways in the window: a lambda and an s3 runway open, a type-specific value is edited
// through its field, and the graph and the pipeline JSON follow (and undo brings them back).
#include "../support/TestSupport.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/PipelineSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"
#include "envs/EnvPanel.h"
#include "graph/StageGraphView.h"
#include "preview/PreviewPane.h"

#include <QComboBox>
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
        Test::copyFolder(Test::sharedDir() + QStringLiteral("/golden/foremast-v5-types/") + QLatin1String(golden)
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

QTEST_MAIN(TestTypesWindow)
#include "tst_typeswindow.moc"
