// SPDX-License-Identifier: Apache-2.0
// Moving through the stage graph: arrow keys along edges and columns, Tab in reading order and out
// of the view, Enter/Space/Escape, and zoom by keys, actions, Ctrl+wheel and fit.
#include "StageGraphTestSupport.h"
#include "graph/StageGraphItems.h"
#include "graph/StageGraphScene.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Fd;
using namespace Fd::GraphTest;

class TestStageGraphNavigation : public ViewTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardNavigation();
    void tabLeavesAfterTheLastNode();
    void zoom();
};

void TestStageGraphNavigation::keyboardNavigation()
{
    m_view->setPipeline(golden(Documented03));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
    StageGraphScene *scene = m_view->graphScene();
    QCOMPARE(scene->state().focused, 0);
    QVERIFY(scene->state().showFocus);
    const auto focusedName = [&] { return m_view->graph().layout.nodes.at(scene->state().focused).name; };
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(focusedName(), QStringLiteral("Bake [us-east-1]"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(focusedName(), QStringLiteral("Infrastructure Setup [dev]"));
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Down);  // nothing below
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Right);  // a leaf: stays
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(focusedName(), QStringLiteral("Bake [us-east-1]"));
    QTest::keyClick(m_view, Qt::Key_Tab);  // reading order: column 2, row 0
    QCOMPARE(focusedName(), QStringLiteral("Infrastructure Setup [dev]"));
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("Git Tag packaging"));
    QTest::keyClick(m_view, Qt::Key_Backtab);
    QCOMPARE(focusedName(), QStringLiteral("Infrastructure Setup [dev]"));
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(focusedName(), QStringLiteral("ServiceNow"));
    QSignalSpy spy(m_view, &StageGraphView::selectionChanged);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("1224"));
    // The focused node was scrolled into view.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_view->graph().layout.nodes.at(scene->state().focused).position));
    QTest::keyClick(m_view, Qt::Key_Home);
    QTest::keyClick(m_view, Qt::Key_Space);
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::ConfigurationSelected));
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(spy.last().at(1).toInt(), int(StageGraphView::NothingSelected));
}

void TestStageGraphNavigation::tabLeavesAfterTheLastNode()
{
    QWidget window;
    auto *before = new QWidget(&window);
    before->setFocusPolicy(Qt::StrongFocus);
    auto *view = new StageGraphView(&window);
    auto *after = new QWidget(&window);
    after->setFocusPolicy(Qt::StrongFocus);
    view->setPipeline(parse(R"({"stages": [{"refId": "1", "name": "Only"}]})"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);  // Configuration → Only
    QVERIFY(view->hasFocus());
    QCOMPARE(view->graphScene()->state().focused, 1);
    QTest::keyClick(view, Qt::Key_Tab);  // past the last node
    QTRY_VERIFY(after->hasFocus());
    QVERIFY(!view->graphScene()->state().showFocus);
}

void TestStageGraphNavigation::zoom()
{
    m_view->setPipeline(golden(Documented03));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy spy(m_view, &StageGraphView::zoomChanged);
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->zoomInAction()->trigger();
    QCOMPARE(m_view->zoom(), 1.25);
    QCOMPARE(m_view->transform().m11(), 1.25);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 0.8);
    QTest::keyClick(m_view, Qt::Key_0);
    QCOMPARE(m_view->zoom(), 1.0);
    // Ctrl+wheel zooms; the plain wheel scrolls.
    QWheelEvent wheel(QPointF(100, 50), m_view->viewport()->mapToGlobal(QPointF(100, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->zoom(), 1.25);
    QWheelEvent plain(QPointF(100, 50), m_view->viewport()->mapToGlobal(QPointF(100, 50)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &plain);
    QCOMPARE(m_view->zoom(), 1.25);
    // Fit never shrinks labels below legibility: a graph 2000+ px wide in a 900 px window is shown
    // from its start at the legible scale, not as a strip.
    m_view->fitAction()->trigger();
    QCOMPARE(m_view->zoom(), StageGraphView::LegibleZoom);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.left() <= m_view->sceneRect().left() + 1);
    QVERIFY(visible.width() < m_view->sceneRect().width());
    // A block that fits is shown whole: the first three stages.
    QSet<QString> first;
    for (int node = 1; node <= 3; ++node)
        first << m_view->graph().layout.nodes.at(node).refId;
    m_view->setEmphasis(first);
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    for (int node = 1; node <= 3; ++node)
        QVERIFY(shown.contains(m_view->graphScene()->nodeItem(node)->sceneBoundingRect()));
    QVERIFY(m_view->zoom() >= StageGraphView::LegibleZoom);
    m_view->clearEmphasis();
    m_view->setZoom(100);
    QCOMPARE(m_view->zoom(), 4.0);
    m_view->setPipeline(parse(R"({"stages": [{"refId": "1", "name": "Only"}]})"));
    m_view->fitToWindow();
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY(spy.count() >= 7);
}

QTEST_MAIN(TestStageGraphNavigation)
#include "tst_stagegraphnavigation.moc"
