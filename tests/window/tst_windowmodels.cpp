// SPDX-License-Identifier: Apache-2.0
// The window's item models under QAbstractItemModelTester, through edits, undo and redo.
#include "WindowFixture.h"

#include "EditSession.h"
#include "envs/EnvListModel.h"
#include "findings/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

using namespace Fd;

class TestWindowModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void envListModel();
    void envListDragReorders();
    void findingsModel();
};

void TestWindowModels::envListModel()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EditSession *session = f.window->session();
    EnvListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.envAt(0), QStringLiteral("dev"));
    QVERIFY(session->addEnv(QStringLiteral("qa"), 1));
    QCOMPARE(model.envAt(1), QStringLiteral("qa"));
    QVERIFY(model.setData(model.index(1), QStringLiteral("test"))); // rename in place
    QCOMPARE(model.envAt(1), QStringLiteral("test"));
    QVERIFY(session->removeEnv(QStringLiteral("test"), false));
    QCOMPARE(model.rowCount(), 3); // the file stays: listed after the pipeline envs, in italics
    QVERIFY(!model.index(2).data(EnvListModel::InPipelineRole).toBool());
    QVERIFY(model.index(2).data(Qt::FontRole).value<QFont>().italic());
    session->undoStack()->undo();
    session->undoStack()->undo();
    session->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    session->undoStack()->redo();
    QCOMPARE(model.rowCount(), 3);
}

void TestWindowModels::envListDragReorders()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EnvListModel model(f.window->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(1)}));
    QVERIFY(mime);
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(f.window->session()->document()->runway().envOrder(), (QStringList{QStringLiteral("prod"), QStringLiteral("dev")}));
    QCOMPARE(model.envAt(0), QStringLiteral("prod"));
}

void TestWindowModels::findingsModel()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Error warning;
    warning.message = QStringLiteral("w");
    warning.severity = Error::Severity::Warning;
    Error error;
    error.message = QStringLiteral("e");
    error.file = QStringLiteral("/x/application-master-dev.json");
    error.line = 4;
    error.env = QStringLiteral("dev");
    error.region = QStringLiteral("us-east-1");
    error.stageRefId = QStringLiteral("3");
    error.stageName = QStringLiteral("Deploy dev");
    model.setFindings({warning, error});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, FindingsModel::MessageColumn).data().toString(), QStringLiteral("e")); // errors first
    QCOMPARE(model.index(0, FindingsModel::FileColumn).data().toString(), QStringLiteral("application-master-dev.json:4"));
    QVERIFY(model.index(0, FindingsModel::WhereColumn).data().toString().contains(QStringLiteral("Deploy dev")));
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestWindowModels)
#include "tst_windowmodels.moc"
