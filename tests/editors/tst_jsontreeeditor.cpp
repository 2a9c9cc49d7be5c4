// SPDX-License-Identifier: Apache-2.0
// The tree editor around JsonTreeModel: focusing a key (missing or filtered out) and the add,
// remove and rename actions on the selected row, under QAbstractItemModelTester, undone at the end.
#include "EditorFixture.h"
#include "editors/JsonTreeEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QTreeView>

using namespace Fd;
using Fd::Test::Dev;
using Fd::Test::EditorFixture;
using Fd::Test::path;
using Fd::Test::Prod;

class TestJsonTreeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editorFocusKey();
    void editorActions();
};

void TestJsonTreeEditor::editorFocusKey()
{
    EditorFixture f;
    JsonTreeEditor editor(f.session.get());
    QAbstractItemModelTester tester(editor.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.resize(700, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.focusKey(Prod, path({"regions", "us-west-2", "asg", "max_inst"})));
    QCOMPARE(editor.file(), Prod);
    QCOMPARE(editor.currentPath(), path({"regions", "us-west-2", "asg", "max_inst"}));
    QVERIFY(editor.view()->isExpanded(editor.view()->currentIndex().parent()));
    QTRY_VERIFY(editor.view()->hasFocus());
    // A missing key selects its nearest parent.
    QVERIFY(!editor.focusKey(Prod, path({"asg", "hc_type"})));
    QCOMPARE(editor.currentPath(), KeyPath{QStringLiteral("asg")});
    // A filtered-out row is shown again.
    editor.filterEdit()->setText(QStringLiteral("instance"));
    QVERIFY(editor.focusKey(QString(), path({"image", "root_volume_size"})));
    QVERIFY(editor.filterEdit()->text().isEmpty());
    QCOMPARE(editor.currentPath(), path({"image", "root_volume_size"}));
}

void TestJsonTreeEditor::editorActions()
{
    EditorFixture f;
    JsonTreeEditor editor(f.session.get());
    QAbstractItemModelTester tester(editor.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setFile(Dev);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.focusKey(Dev, path({"asg", "min_inst"})));
    QVERIFY(editor.removeAction()->isEnabled());
    QVERIFY(!editor.addItemAction()->isEnabled());
    editor.removeAction()->trigger();
    QVERIFY(f.value("dev", path({"asg", "min_inst"})).isUndefined());
    QCOMPARE(editor.currentPath(), path({"asg", "scaling_policy"})); // the row that took its place
    QVERIFY(editor.focusKey(Dev, path({"asg", "max_inst"})));
    editor.addKeyAction()->trigger(); // a scalar is selected: next to it
    QCOMPARE(editor.currentPath(), path({"asg", "new_key"}));
    auto *nameEditor = editor.view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(nameEditor && nameEditor->isVisible()); // ready to name it
    QCOMPARE(nameEditor->text(), QStringLiteral("new_key"));
    nameEditor->setText(QStringLiteral("named"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(f.value("dev", path({"asg", "named"})), QJsonValue(QString())); // committed queued
    QCOMPARE(editor.currentPath(), path({"asg", "named"}));
    QVERIFY(editor.focusKey(Dev, path({"security_group", "instance_extras", "0"})));
    QVERIFY(editor.addItemAction()->isEnabled());
    editor.addItemAction()->trigger();
    QCOMPARE(f.value("dev", path({"security_group", "instance_extras"})).toArray().size(), 2);
    editor.defaultsBox()->setChecked(true);
    QVERIFY(editor.focusKey(Dev, path({"elb", "i_port"})));
    QVERIFY(!editor.removeAction()->isEnabled()); // inherited: nothing to remove
    while (f.stack()->canUndo())
        f.stack()->undo();
    QCOMPARE(f.doc()->fileValue(Dev), Test::readJsonObject(f.folder + QStringLiteral("/application-master-dev.json")));
}

QTEST_MAIN(TestJsonTreeEditor)
#include "tst_jsontreeeditor.moc"
