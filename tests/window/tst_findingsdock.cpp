// SPDX-License-Identifier: Apache-2.0
// The findings list and the bottom docks in the window: the selected finding survives the
// regeneration typing causes, rows are as tall as their wrapped text, and the docks are as tall
// as what they show.
#include "WindowFixture.h"

#include "BottomDockSizer.h"
#include "EditSession.h"
#include "findings/FindingsModel.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "preview/GenerationController.h"
#include "preview/PreviewPane.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Fd;

class TestFindingsDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findingsKeepSelectionWhileTyping();
    void findingsRowsAsTallAsTheirText();
    void bottomDocksAsTallAsTheirContent();
};

void TestFindingsDock::findingsKeepSelectionWhileTyping()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    QAbstractItemModelTester tester(f.window->findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    EditSession *session = f.window->session();
    const KeyPath min{QStringLiteral("asg"), QStringLiteral("min_inst")};
    session->setValue(QStringLiteral("dev"), min, QStringLiteral("three"));
    session->setValue(QStringLiteral("prod"), min, QStringLiteral("four"));
    QTRY_VERIFY(f.window->findings()->errorCount() >= 2);
    QTableView *view = f.window->findingsView();
    view->selectRow(1);
    const QString selected = view->currentIndex().siblingAtColumn(FindingsModel::MessageColumn).data().toString()
        + view->currentIndex().siblingAtColumn(FindingsModel::WhereColumn).data().toString();
    QSignalSpy resets(f.window->findings(), &QAbstractItemModel::modelReset);
    // Typing elsewhere regenerates; the selected finding stays selected.
    for (const char *text : {"o", "op", "ops"})
        session->setValue(QString(), {QStringLiteral("owner_email")}, QLatin1String(text), true);
    QTRY_VERIFY(!f.window->generation()->isPending());
    QCOMPARE(resets.count(), 0);
    QVERIFY(view->selectionModel()->hasSelection());
    QCOMPARE(view->currentIndex().siblingAtColumn(FindingsModel::MessageColumn).data().toString()
                 + view->currentIndex().siblingAtColumn(FindingsModel::WhereColumn).data().toString(),
             selected);
}

void TestFindingsDock::findingsRowsAsTallAsTheirText()
{
    // The rows are measured when the findings or the columns' widths change (not on every
    // layout pass): each row is as tall as its wrapped text at the width shown.
    Test::WindowFixture f;
    f.window->resize(1600, 1000);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.open());
    QTRY_VERIFY(f.window->findings()->rowCount() >= 2);
    QTableView *view = f.window->findingsView();
    const auto fitting = [view] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->rowHeight(row) != qMax(static_cast<QAbstractItemView *>(view)->sizeHintForRow(row), view->verticalHeader()->sectionSizeHint(row)))
                return false;
        }
        return true;
    };
    QTRY_VERIFY(fitting());
    const int wide = view->rowHeight(0);
    f.window->resize(700, 1000); // the message column narrower: its text wraps
    QTRY_VERIFY(fitting());
    QVERIFY(view->rowHeight(0) >= wide);
    EditSession *session = f.window->session();
    session->setValue(QStringLiteral("dev"), {QStringLiteral("asg"), QStringLiteral("min_inst")}, QStringLiteral("many"));
    QTRY_VERIFY(f.window->findings()->rowCount() >= 3);
    QTRY_VERIFY(fitting());
    QFont bigger = view->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
    view->setFont(bigger); // as when the theme or the font changes
    QTRY_VERIFY(fitting());
    QVERIFY(view->rowHeight(0) > wide);
}

void TestFindingsDock::bottomDocksAsTallAsTheirContent()
{
    Test::WindowFixture f;
    f.window->resize(1600, 1000);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.open());
    auto *findings = f.window->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    auto *stage = f.window->findChild<QDockWidget *>(QStringLiteral("stageDock"));
    BottomDockSizer *sizer = f.window->bottomDockSizer();
    const int line = f.window->fontMetrics().height();
    // Foremast v5 repeats prod's deploy: two warnings, two rows, no more than that tall.
    QTRY_COMPARE(f.window->findings()->rowCount(), 2);
    QTRY_COMPARE(findings->height(), sizer->wantedHeight());
    QVERIFY2(findings->height() < sizer->userHeight(), qPrintable(QString::number(findings->height())));
    QVERIFY(f.window->findingsView()->isVisible());
    QCOMPARE(f.window->findingsView()->verticalScrollBar()->isVisible(), false);

    // More findings, a taller list (up to the user's height).
    const int twoRows = findings->height();
    EditSession *session = f.window->session();
    for (const char *env : {"dev", "prod"})
        session->setValue(QLatin1String(env), {QStringLiteral("asg"), QStringLiteral("min_inst")}, QStringLiteral("many"));
    QTRY_VERIFY(f.window->findings()->rowCount() >= 4);
    QTRY_VERIFY2(findings->height() > twoRows, qPrintable(QString::number(findings->height())));

    // A stage's JSON takes the user's height; back on the findings, their height again.
    f.window->preview()->graphView()->graphScene()->activateByUser(2);
    QTRY_VERIFY(!stage->visibleRegion().isEmpty());
    QTRY_COMPARE(stage->height(), sizer->userHeight());
    findings->raise();
    QTRY_COMPARE(findings->height(), sizer->wantedHeight());

    // Nothing to report: one line.
    session->undoStack()->undo();
    session->undoStack()->undo();
    f.window->generation()->setFlow(QStringLiteral("documented")); // no repeated deploy, no warning
    QTRY_COMPARE(f.window->findings()->rowCount(), 0);
    QTRY_VERIFY2(findings->height() <= 4 * line, qPrintable(QString::number(findings->height())));
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
