// SPDX-License-Identifier: Apache-2.0
// The stage graph in a real X window (Xvfb in CI), grabbed from the X server and compared with
// a reference image kept in the repository. Without a DISPLAY the test skips.
//
// To refresh the reference after an intended change of the drawing:
//   FD_UPDATE_REFERENCE=1 xvfb-run -a build/tests/widgets/tst_graphscreenshot
// then look at tests/widgets/reference/*.png before committing it.
#include "../support/SharedData.h"
#include "graph/GraphStyle.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "layout/PipelineStages.h"

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QPainter>
#include <QScreen>
#include <QTest>
#include <QWindow>

using namespace Fd;

namespace {

const QString ReferenceDir = QStringLiteral(FD_SOURCE_DIR "/tests/widgets/reference");

/// A channel differing by more than this counts the pixel as different (anti-aliasing and font
/// rasterisation vary a little between machines).
constexpr int PixelThreshold = 48;
/// At most this fraction of the pixels may differ.
constexpr double MaxDifferentFraction = 0.004;

struct Comparison
{
    int different = 0;
    QImage diff;
};

Comparison compare(const QImage &actual, const QImage &expected)
{
    Comparison result;
    result.diff = QImage(actual.size(), QImage::Format_RGB32);
    result.diff.fill(Qt::white);
    for (int y = 0; y < actual.height(); ++y) {
        for (int x = 0; x < actual.width(); ++x) {
            const QRgb a = actual.pixel(x, y);
            const QRgb e = expected.pixel(x, y);
            const int delta = std::max({std::abs(qRed(a) - qRed(e)), std::abs(qGreen(a) - qGreen(e)),
                                        std::abs(qBlue(a) - qBlue(e))});
            if (delta > PixelThreshold) {
                ++result.different;
                result.diff.setPixel(x, y, qRgb(255, 0, 0));
            } else {
                // The expected image, washed out, to see where the differences are.
                const int grey = 255 - (255 - qGray(e)) / 4;
                result.diff.setPixel(x, y, qRgb(grey, grey, grey));
            }
        }
    }
    return result;
}

QPalette fixedPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xEFEFEF));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x308CC6));
    return palette;
}

} // namespace

class TestGraphScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
};

void TestGraphScreenshot::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("No usable X display (DISPLAY unset or unreachable): this screenshot test needs a real X server; run it under xvfb-run -a.");
}

void TestGraphScreenshot::matchesReference_data()
{
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("select");
    // The documentation's foremast-pipeline.png: Configuration selected, dev and stage blocks.
    QTest::newRow("documented flow") << "documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json"
                                     << "stagegraph-documented-flow.png" << "";
    // minimal-pipeline-example.png (v5 shape), with a stage selected instead.
    QTest::newRow("foremast v5") << "foremast-v5/02-dev-prod-two-regions/rendered/pipeline-us-east-1.json"
                                 << "stagegraph-foremast-v5.png" << "4";
}

void TestGraphScreenshot::matchesReference()
{
    QFETCH(QString, pipeline);
    QFETCH(QString, reference);
    QFETCH(QString, select);
    const Result<PipelineFile> file = PipelineFile::read(Test::goldenPath(pipeline));
    QVERIFY(file.ok());

    StageGraphView view;
    view.setWindowFlag(Qt::FramelessWindowHint);
    view.setPalette(fixedPalette());
    view.setFont(GraphStyle::fixedFont());
    view.setFocusPolicy(Qt::NoFocus);  // no focus ring in the picture
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setPipeline(file->pipelines.first());
    if (select.isEmpty())
        view.selectConfiguration();
    else
        QVERIFY(view.selectStage(select));
    view.setFixedSize(1200, 190);
    view.move(0, 0);
    QCursor::setPos(view.screen()->geometry().bottomRight() - QPoint(2, 2));  // no hover
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.graphScene()->state().hovered, -1);

    // Grab what the X server shows, once the window has painted: the selected node is green.
    const int active = view.graphScene()->state().active;
    const QPoint glyph = view.mapFromScene(view.graph().layout.nodes.at(active).position);
    const QColor green = view.graphScene()->graphStyle().nodeHighlighted;
    QImage actual;
    QTRY_VERIFY_WITH_TIMEOUT(
        (actual = view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32),
         actual.size() == view.size() && actual.pixelColor(glyph) == green),
        5000);

    const QString referencePath = QDir(ReferenceDir).filePath(reference);
    if (qEnvironmentVariableIsSet("FD_UPDATE_REFERENCE")) {
        QVERIFY(QDir().mkpath(ReferenceDir));
        QVERIFY(actual.save(referencePath));
        qInfo("Wrote %s", qPrintable(referencePath));
        return;
    }
    const QImage expected = QImage(referencePath).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("No reference image %1").arg(referencePath)));
    QCOMPARE(actual.size(), expected.size());
    const Comparison result = compare(actual, expected);
    const double fraction = double(result.different) / (actual.width() * actual.height());
    qInfo("%d of %d pixels differ from %s", result.different, actual.width() * actual.height(), qPrintable(reference));
    if (fraction > MaxDifferentFraction) {
        const QString base = QDir::current().filePath(QFileInfo(reference).completeBaseName());
        actual.save(base + QStringLiteral("-actual.png"));
        result.diff.save(base + QStringLiteral("-diff.png"));
        QFAIL(qPrintable(QStringLiteral("%1 of %2 pixels differ (%3 %, at most %4 % allowed); see %5-actual.png and "
                                        "%5-diff.png")
                             .arg(result.different)
                             .arg(actual.width() * actual.height())
                             .arg(fraction * 100, 0, 'f', 3)
                             .arg(MaxDifferentFraction * 100)
                             .arg(base)));
    }
}

int main(int argc, char **argv)
{
    // ctest runs everything offscreen; this test wants the real X server when there is one.
    // An unreachable display falls back to offscreen too: the test then skips instead of aborting.
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb;offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestGraphScreenshot test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_graphscreenshot.moc"
