// SPDX-License-Identifier: Apache-2.0
// Exporting the stage graph: PNG at a scale and device pixel ratio, huge graphs drawn smaller, SVG
// with the stage names as text, and unwritable paths reported.
#include "StageGraphTestSupport.h"
#include "graph/GraphExport.h"
#include "graph/StageGraphScene.h"

#include <QApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace Fd;
using namespace Fd::GraphTest;

class TestGraphExport : public ViewTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void exportPng();
    void exportSvg();
};

void TestGraphExport::exportPng()
{
    m_view->setPipeline(golden(Documented03));
    m_view->selectConfiguration();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    QCOMPARE(m_view->exportPng(path, 2), QString());
    QImage image(path);
    QVERIFY(!image.isNull());
    const QSizeF size = m_view->graph().layout.size * 2 * m_view->devicePixelRatioF();
    QCOMPARE(image.size(), QSize(qCeil(size.width()), qCeil(size.height())));
    const QPointF config = m_view->graph().layout.nodes.at(0).position * 2 * m_view->devicePixelRatioF();
    QVERIFY(near(image.pixelColor(config.toPoint()), m_view->graphScene()->graphStyle().nodeHighlighted));

    // The device pixel ratio is honoured and recorded.
    const StageGraph &graph = m_view->graph();
    const QImage retina = GraphExport::renderImage(graph, GraphState(), m_view->graphScene()->graphStyle(), 1, 2);
    QCOMPARE(retina.devicePixelRatio(), 2.0);
    QCOMPARE(retina.width(), qCeil(graph.layout.size.width() * 2));
    QCOMPARE(retina.dotsPerMeterX(), 7560);

    QVERIFY(!m_view->exportPng(dir.filePath(QStringLiteral("missing/dir/graph.png"))).isEmpty());

    // A huge graph is drawn smaller rather than past what the raster engine handles.
    QJsonArray chain;
    for (int i = 1; i <= 400; ++i) {
        chain << QJsonObject{{QStringLiteral("refId"), QString::number(i)},
                             {QStringLiteral("requisiteStageRefIds"), QJsonArray{QString::number(i - 1)}}};
    }
    m_view->setPipeline(QJsonObject{{QStringLiteral("stages"), chain}});
    const qreal fitting = GraphExport::fittingScale(m_view->graph(), 1);
    QVERIFY(fitting < 1);
    const QImage huge = GraphExport::renderImage(m_view->graph(), GraphState(), m_view->graphScene()->graphStyle(), 1);
    QVERIFY(huge.width() <= 32000);
    QCOMPARE(huge.width(), qCeil(m_view->graph().layout.size.width() * fitting));
}

void TestGraphExport::exportSvg()
{
    m_view->setPipeline(golden(Documented03));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.svg"));
    QCOMPARE(m_view->exportSvg(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QLatin1String("<svg")));
    QVERIFY(svg.contains(QLatin1String("<title>edgeforrest [us-east-1]</title>")));
    for (const QString &name : {QStringLiteral("Configuration"), QStringLiteral("Bake [us-east-1]"),
                                QStringLiteral("Git Tag packaging"), QStringLiteral("ServiceNow")}) {
        QVERIFY2(svg.contains(QStringLiteral(">%1</text>").arg(name.toHtmlEscaped())), qPrintable(name));
    }
    // Wrapped labels are text line by line.
    QVERIFY(svg.contains(QLatin1String(">Infrastructure Setup</text>")));
    QVERIFY(svg.contains(QLatin1String(">[dev]</text>")));
    QVERIFY(!m_view->exportSvg(dir.filePath(QStringLiteral("missing/dir/graph.svg"))).isEmpty());
}

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
