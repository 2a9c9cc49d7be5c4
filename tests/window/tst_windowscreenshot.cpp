// SPDX-License-Identifier: Apache-2.0
// The window in a real X window (Xvfb in CI) at 1600×1000 and 1280×800 on the bundled example:
// the selected env's whole block must be inside the graph's viewport at a legible scale, as a
// user opening the example would see it; the settings panel shows every label, value and badge
// without sideways scrolling; the empty findings list leaves the height to the graph. Checked on
// widget and scene geometry, not on pixels; the grab is saved for a human to look at
// (FD_SCREENSHOT_OUT). CTest runs it again at device pixel ratio 2 (QT_SCALE_FACTOR), where the
// same must hold in logical pixels and every pixmap must be made for that ratio. Without a
// DISPLAY the test skips.
#include "../support/TestSupport.h"
#include "MainWindow.h"
#include "editors/OriginBadge.h"
#include "editors/SettingsEditorPanel.h"
#include "envs/EnvPanel.h"
#include "findings/FindingsModel.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphItems.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "preview/GenerationController.h"
#include "preview/PreviewPane.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
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
    /// Labels, badges and fields of the settings panel's visible page that are cut off or need
    /// sideways scrolling (empty: none).
    static QStringList clippedSettings(const SettingsEditorPanel *panel);

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

QStringList TestWindowScreenshot::clippedSettings(const SettingsEditorPanel *panel)
{
    QStringList problems;
    for (const QScrollArea *area : panel->findChildren<QScrollArea *>()) {
        if (!area->isVisible())
            continue;
        if (area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1 scrolls sideways").arg(area->objectName());
        const QRect viewport = area->viewport()->rect();
        for (const QWidget *w : area->widget()->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->isWindow())
                continue;
            const auto *label = qobject_cast<const QLabel *>(w);
            const QRect shown(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            if (shown.right() > viewport.right() + 1)
                problems << QStringLiteral("%1 \"%2\" ends at x=%3, past the panel's %4")
                                .arg(QLatin1String(w->metaObject()->className()), label ? label->text() : w->objectName())
                                .arg(shown.right()).arg(viewport.right());
            if (label && !label->wordWrap() && label->pixmap().isNull() && label->width() < label->sizeHint().width())
                problems << QStringLiteral("label \"%1\" cut: %2 of %3 px").arg(label->text()).arg(label->width()).arg(label->sizeHint().width());
            if (label && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
                problems << QStringLiteral("wrapped label \"%1\" cut: %2 of %3 px high").arg(label->text()).arg(label->height()).arg(label->heightForWidth(label->width()));
        }
    }
    return problems;
}

void TestWindowScreenshot::selectedEnvFitsLegibly_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("env");
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 800)}) {
        const QByteArray at = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow(("dev (selected on open) " + at).constData()) << size << QString();
        QTest::newRow(("stage " + at).constData()) << size << QStringLiteral("stage");
        QTest::newRow(("prod " + at).constData()) << size << QStringLiteral("prod");
    }
}

void TestWindowScreenshot::selectedEnvFitsLegibly()
{
    QFETCH(QSize, size);
    QFETCH(QString, env);
    const QTemporaryDir copy;
    const QString runway = copy.filePath(QStringLiteral("forrest/core/runway"));
    // The example as shipped: its runway and, beside it, the designer's file naming the flow.
    Test::copyFolder(QStringLiteral(FD_SOURCE_DIR "/resources/examples/forrest-core/runway"), runway);
    QVERIFY(QFile::copy(QStringLiteral(FD_SOURCE_DIR "/resources/examples/forrest-core/.foremast-designer.json"),
                        copy.filePath(QStringLiteral("forrest/core/.foremast-designer.json"))));
    MainWindow window;
    window.resize(size);
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
    // The graph has the centre: nearly half the window's width (the env list and the settings
    // keep their minimum beside it) and two thirds of its height. An empty findings list takes
    // one line, not a table's worth.
    QTRY_VERIFY2(view->viewport()->width() >= size.width() * 45 / 100, qPrintable(QString::number(view->viewport()->width())));
    QTRY_VERIFY2(view->viewport()->height() >= size.height() * 2 / 3, qPrintable(QString::number(view->viewport()->height())));
    QCOMPARE(window.findings()->rowCount(), 0);
    const auto *findingsDock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    QVERIFY(findingsDock);
    QTRY_VERIFY2(findingsDock->height() <= 4 * window.fontMetrics().height(), qPrintable(QString::number(findingsDock->height())));
    // At 1600×1000 the whole block fits; in a narrower window prod's longer block may scroll, but
    // it starts in view, at a legible scale.
    const bool wholeBlock = size.width() >= 1600 || expected != QLatin1String("prod");
    if (wholeBlock)
        QTRY_VERIFY2(outside(view).isEmpty(), qPrintable(outside(view).join(QLatin1Char('\n'))));
    else
        QTRY_VERIFY(view->mapFromScene(view->fitTarget().topLeft()).x() >= 0);
    QVERIFY2(view->zoom() >= StageGraphView::LegibleZoom, qPrintable(QString::number(view->zoom())));

    // Settings of the env and of the pipeline: every label, value and badge in full, no sideways
    // scrolling.
    QTRY_VERIFY2(clippedSettings(window.settingsPanel()).isEmpty(), qPrintable(clippedSettings(window.settingsPanel()).join(QLatin1Char('\n'))));
    QVERIFY(window.settingsPanel()->findChildren<OriginBadge *>().size() >= 10);

    // High DPI: what runs at ratio 2 really does, and pixmaps are made for the ratio in use.
    const qreal ratio = window.devicePixelRatioF();
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            QCOMPARE(label->pixmap().devicePixelRatio(), ratio);
    }
    QCOMPARE(view->renderImage().devicePixelRatio(), ratio);

    const QImage shot = window.screen()->grabWindow(window.winId()).toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.width(), qRound(window.width() * ratio));
    const QString out = qEnvironmentVariable("FD_SCREENSHOT_OUT");
    const QString name = QStringLiteral("%1/window-%2-%3x%4@%5")
                             .arg(out, expected).arg(size.width()).arg(size.height()).arg(ratio);
    if (!out.isEmpty())
        QVERIFY(shot.save(name + QStringLiteral(".png")));

    // Selecting one of its stages keeps the block in view (no jump) and shows the stage's JSON.
    const int first = *std::min_element(view->graphScene()->state().emphasised.cbegin(),
                                        view->graphScene()->state().emphasised.cend());
    view->graphScene()->activateByUser(first);
    QCoreApplication::processEvents();
    if (wholeBlock)
        QVERIFY(outside(view).isEmpty());
    QVERIFY(window.preview()->stageJsonView()->toPlainText().contains(view->selectedRefId()));
    if (!out.isEmpty())
        QVERIFY(window.screen()->grabWindow(window.winId()).save(name + QStringLiteral("-selected.png")));

    window.settingsPanel()->showPipeline();
    QTRY_VERIFY2(clippedSettings(window.settingsPanel()).isEmpty(), qPrintable(clippedSettings(window.settingsPanel()).join(QLatin1Char('\n'))));
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
