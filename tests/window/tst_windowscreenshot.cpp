// SPDX-License-Identifier: Apache-2.0
// The window in a real X window (Xvfb in CI) at 1600×1000 on the bundled example: the selected
// env's whole block must be inside the graph's viewport at a legible scale, as a user opening the
// example would see it. Checked on the scene's item geometry, not on pixels; the grab is saved
// for a human to look at (FD_SCREENSHOT_OUT). Without a DISPLAY the test skips.
#include "../support/TestSupport.h"
#include "MainWindow.h"
#include "envs/EnvPanel.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphItems.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "preview/GenerationController.h"
#include "preview/PreviewPane.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWindow>

#include <algorithm>

using namespace Fd;

class TestWindowScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void selectedEnvFitsLegibly_data();
    void selectedEnvFitsLegibly();

private:
    /// Scene rectangles of the emphasised stages that stick out of the viewport (empty: none).
    static QStringList outside(const StageGraphView *view);

    QTemporaryDir m_dir;
};

void TestWindowScreenshot::init()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("No usable X display (DISPLAY unset or unreachable): run under xvfb-run -a -s \"-screen 0 1600x1200x24\".");
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

QStringList TestWindowScreenshot::outside(const StageGraphView *view)
{
    QStringList problems;
    const QRect viewport = view->viewport()->rect();
    const StageGraphScene *scene = view->graphScene();
    for (int node : scene->state().emphasised) {
        const QRectF box = scene->nodeItem(node)->sceneBoundingRect();
        const QRect shown = view->mapFromScene(box).boundingRect();
        if (!viewport.contains(shown))
            problems << QStringLiteral("%1 at (%2,%3 %4x%5) outside viewport %6x%7")
                            .arg(scene->graph().layout.nodes.at(node).refId)
                            .arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())
                            .arg(viewport.width()).arg(viewport.height());
    }
    return problems;
}

void TestWindowScreenshot::selectedEnvFitsLegibly_data()
{
    QTest::addColumn<QString>("env");
    QTest::newRow("dev (selected on open)") << QString();
    QTest::newRow("stage") << QStringLiteral("stage");
    QTest::newRow("prod") << QStringLiteral("prod");
}

void TestWindowScreenshot::selectedEnvFitsLegibly()
{
    QFETCH(QString, env);
    const QString runway = m_dir.filePath(QStringLiteral("forrest/core/runway"));
    Test::copyFolder(QStringLiteral(FD_SOURCE_DIR "/resources/examples/forrest-core/runway"), runway);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openRunway(runway, {runway, QStringLiteral("forrest"), QStringLiteral("core"), {}}));
    if (!env.isEmpty())
        window.envPanel()->selectEnv(env);
    QCoreApplication::processEvents();

    StageGraphView *view = window.preview()->graphView();
    const QString expected = env.isEmpty() ? QStringLiteral("dev") : env;
    QCOMPARE(window.preview()->graphPanel()->currentEnvironment(), expected);
    QCOMPARE(window.preview()->graphPanel()->environmentSelector()->currentText(), expected);
    QVERIFY(view->hasEmphasis());
    QVERIFY(view->graphScene()->state().emphasised.size() >= 3);
    // The graph has the centre: most of the window's width and over half its height.
    QVERIFY2(view->viewport()->width() >= 800, qPrintable(QString::number(view->viewport()->width())));
    QVERIFY2(view->viewport()->height() >= 500, qPrintable(QString::number(view->viewport()->height())));
    QTRY_VERIFY2(outside(view).isEmpty(), qPrintable(outside(view).join(QLatin1Char('\n'))));
    QVERIFY2(view->zoom() >= StageGraphView::LegibleZoom, qPrintable(QString::number(view->zoom())));

    const QImage shot = window.screen()->grabWindow(window.winId()).toImage();
    QVERIFY(!shot.isNull());
    const QString out = qEnvironmentVariable("FD_SCREENSHOT_OUT");
    if (!out.isEmpty())
        QVERIFY(shot.save(QStringLiteral("%1/window-%2.png").arg(out, expected)));

    // Selecting one of its stages keeps the block in view (no jump) and shows the stage's JSON.
    const int first = *std::min_element(view->graphScene()->state().emphasised.cbegin(),
                                        view->graphScene()->state().emphasised.cend());
    view->graphScene()->activateByUser(first);
    QCoreApplication::processEvents();
    QVERIFY(outside(view).isEmpty());
    QVERIFY(window.preview()->stageJsonView()->toPlainText().contains(view->selectedRefId()));
    if (!out.isEmpty())
        QVERIFY(window.screen()->grabWindow(window.winId()).save(QStringLiteral("%1/window-%2-selected.png").arg(out, expected)));
}

int main(int argc, char **argv)
{
    // ctest runs everything offscreen; this test wants the real X server when there is one.
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb;offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestWindowScreenshot test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowscreenshot.moc"
