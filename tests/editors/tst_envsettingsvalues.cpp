// SPDX-License-Identifier: Apache-2.0
// The env settings form's value fields: limits it refuses with a reason (ASG minimum above
// maximum, numbers out of range), and the fields that hold more than a text (scaling policy,
// security groups, custom tags, webhooks, durations), each edit one undo step.
#include "editors/BasicFields.h"
#include "editors/DurationField.h"
#include "EnvFormTestSupport.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/ListFields.h"
#include "editors/OriginBadge.h"
#include "editors/WebhookDialog.h"
#include "editors/WebhooksField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

using namespace Fd;
using namespace Fd::Test::EnvForm;
using Fd::Test::EditorFixture;
using Fd::Test::path;

class TestEnvSettingsValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minAboveMaxIsRejected();
    void outOfRangeNumberIsRefusedWithReason();
    void resetThatWouldBreakMinMaxIsRejected();
    void scalingPolicyToggle();
    void securityGroupList();
    void customTagsAtRegionLevel();
    void webhooksAddEditUndo();
    void approvalTimeoutUnits();
};

void TestEnvSettingsValues::minAboveMaxIsRejected()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod);
    auto *min = fieldOf<SpinField>(editor, MinInst);
    auto *max = fieldOf<SpinField>(editor, MaxInst);
    QCOMPARE(min->spinBox()->value(), 2);
    QCOMPARE(max->spinBox()->value(), 4);
    QVERIFY(editor.asgProblem().isEmpty());

    min->spinBox()->setValue(9);
    Q_EMIT min->spinBox()->editingFinished();
    QVERIFY(editor.asgProblem().contains(QStringLiteral("9")));
    QCOMPARE(f.value("prod", MinInst), QJsonValue(2));
    QCOMPARE(f.stack()->count(), 0);
    QCOMPARE(min->spinBox()->value(), 2); // the stored value, next to the message saying why

    // An unrelated edit keeps the message.
    auto *subnet = fieldOf<ComboField>(editor, path({"asg", "subnet_purpose"}));
    QTest::keyClicks(subnet->comboBox()->lineEdit(), QStringLiteral("x"));
    QCOMPARE(f.stack()->count(), 1);
    QCOMPARE(min->spinBox()->value(), 2);
    QVERIFY(!editor.asgProblem().isEmpty());

    // A valid size is taken and clears the message.
    max->spinBox()->setValue(12);
    QVERIFY(editor.asgProblem().isEmpty());
    QCOMPARE(f.value("prod", MinInst), QJsonValue(2));
    QCOMPARE(f.value("prod", MaxInst), QJsonValue(12));
    QCOMPARE(f.stack()->count(), 2);

    // Lowering the maximum under the minimum is refused the same way.
    max->spinBox()->setValue(1);
    QVERIFY(editor.asgProblem().contains(QStringLiteral("(1)")));
    QCOMPARE(f.value("prod", MaxInst), QJsonValue(12));
    QCOMPARE(max->spinBox()->value(), 12);
    QCOMPARE(f.stack()->count(), 2);
    // Any other change of the ASG size (undo, the tree editor) drops the message.
    f.stack()->undo();
    QVERIFY(editor.asgProblem().isEmpty());
    QCOMPARE(max->spinBox()->value(), 4);
    QCOMPARE(min->spinBox()->value(), 2);
}

void TestEnvSettingsValues::outOfRangeNumberIsRefusedWithReason()
{
    // Typing -3 where 0 is the least: refused with the reason, never turned into 3.
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *min = fieldOf<SpinField>(editor, MinInst);
    QSpinBox *spin = min->spinBox();
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("-3"));
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY2(min->problem().contains(QStringLiteral("-3")), qPrintable(min->problem()));
    QCOMPARE(spin->value(), 2);
    QCOMPARE(f.value("prod", MinInst), QJsonValue(2));
    QCOMPARE(f.stack()->count(), 0);
    // A number in range is taken and the message goes.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("3"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(f.value("prod", MinInst), QJsonValue(3));
    QVERIFY(min->problem().isEmpty());
}

void TestEnvSettingsValues::resetThatWouldBreakMinMaxIsRejected()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod, West); // region: 5..10, env: 2..4
    auto *max = fieldOf<SpinField>(editor, MaxInst);
    QTest::mouseClick(max->resetButton(), Qt::LeftButton); // would give 5..4
    QVERIFY(!editor.asgProblem().isEmpty());
    QCOMPARE(f.value("prod", west(MaxInst)), QJsonValue(10));
    QCOMPARE(f.stack()->count(), 0);
    auto *min = fieldOf<SpinField>(editor, MinInst);
    QTest::mouseClick(min->resetButton(), Qt::LeftButton); // 2..10 is fine
    QVERIFY(editor.asgProblem().isEmpty());
    QVERIFY(f.value("prod", west(MinInst)).isUndefined());
}

void TestEnvSettingsValues::scalingPolicyToggle()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    const KeyPath policy = path({"asg", "scaling_policy"});
    editor.setScope(Dev);
    auto *toggle = fieldOf<PresenceField>(editor, policy);
    auto *threshold = fieldOf<SpinField>(editor, policy + KeyPath{QStringLiteral("threshold")});
    auto *warmup = fieldOf<SpinField>(editor, policy + KeyPath{QStringLiteral("instance_warmup")});
    QVERIFY(toggle->checkBox()->isChecked());
    QCOMPARE(threshold->spinBox()->value(), 90);
    QVERIFY(threshold->isEnabled());
    QCOMPARE(warmup->spinBox()->value(), 600); // Foremast's fallback, not in any file
    QCOMPARE(warmup->badge()->origin(), Origin::Unset);

    editor.setScope(Prod);
    QVERIFY(!toggle->checkBox()->isChecked());
    QVERIFY(!threshold->isEnabled());
    QTest::mouseClick(toggle->checkBox(), Qt::LeftButton);
    QVERIFY(f.value("prod", policy).toObject().contains(QStringLiteral("metric")));
    QVERIFY(threshold->isEnabled());
    threshold->spinBox()->setValue(75);
    QCOMPARE(f.value("prod", policy + KeyPath{QStringLiteral("threshold")}), QJsonValue(75));

    // A region cannot drop the env's policy (objects merge): its box is locked.
    editor.setScope(Prod, West);
    QVERIFY(toggle->checkBox()->isChecked());
    QVERIFY(!toggle->checkBox()->isEnabled());

    editor.setScope(Prod);
    QTest::mouseClick(toggle->checkBox(), Qt::LeftButton);
    QVERIFY(f.value("prod", policy).isUndefined());
    f.stack()->undo();
    QCOMPARE(f.value("prod", policy + KeyPath{QStringLiteral("threshold")}), QJsonValue(75));
    QVERIFY(toggle->checkBox()->isChecked());
}

void TestEnvSettingsValues::securityGroupList()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Dev);
    const KeyPath extras = path({"security_group", "instance_extras"});
    auto *list = fieldOf<StringListField>(editor, extras);
    QCOMPARE(list->items(), QStringList{QStringLiteral("offices_all")});
    QVERIFY(!list->addButton()->isEnabled());
    QTest::keyClicks(list->newItemEdit(), QStringLiteral("bastion"));
    QVERIFY(list->addButton()->isEnabled());
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    QCOMPARE(f.value("dev", extras), QJsonValue(QJsonArray{QStringLiteral("offices_all"), QStringLiteral("bastion")}));
    QVERIFY(list->newItemEdit()->text().isEmpty());

    // Editing an item in place; emptying it removes it.
    list->listWidget()->item(0)->setText(QStringLiteral("offices_eu"));
    QCOMPARE(f.value("dev", extras), QJsonValue(QJsonArray{QStringLiteral("offices_eu"), QStringLiteral("bastion")}));
    list->listWidget()->item(0)->setText(QString());
    QCOMPARE(f.value("dev", extras), QJsonValue(QJsonArray{QStringLiteral("bastion")}));
    QCOMPARE(list->items(), QStringList{QStringLiteral("bastion")});

    list->listWidget()->item(0)->setSelected(true);
    QTest::mouseClick(list->removeButton(), Qt::LeftButton);
    QCOMPARE(f.value("dev", extras), QJsonValue(QJsonArray()));
    QCOMPARE(f.stack()->count(), 4);
    f.stack()->undo();
    QCOMPARE(list->items(), QStringList{QStringLiteral("bastion")});
}

void TestEnvSettingsValues::customTagsAtRegionLevel()
{
    EditorFixture f("03-dev-stage-prod-features");
    EnvSettingsEditor editor(f.session.get());
    const KeyPath tags = path({"app", "custom_tags"});
    editor.setScope(Dev, QStringLiteral("us-east-1"));
    auto *field = fieldOf<KeyValueField>(editor, tags);
    QTableWidget *table = field->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("cost_center"));
    QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable)); // inherited: no rename here

    QTest::keyClicks(field->newKeyEdit(), QStringLiteral("team"));
    QTest::keyClicks(field->newValueEdit(), QStringLiteral("core"));
    QTest::mouseClick(field->addButton(), Qt::LeftButton);
    QCOMPARE(f.value("dev", path({"regions", "us-east-1", "app", "custom_tags", "team"})), QJsonValue(QStringLiteral("core")));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("team"));
    QCOMPARE(table->item(1, 2)->text(), EditScope::forEnv(Dev, QStringLiteral("us-east-1")).originLabel(Origin::RegionOverride));

    // Overriding an inherited value writes only that key at the region.
    table->item(0, 1)->setText(QStringLiteral("999"));
    QCOMPARE(f.value("dev", path({"regions", "us-east-1", "app", "custom_tags", "cost_center"})), QJsonValue(QStringLiteral("999")));
    QCOMPARE(f.value("dev", path({"app", "custom_tags", "cost_center"})), QJsonValue(QStringLiteral("1234")));

    // Renaming to an existing key is refused with a message.
    table->item(1, 0)->setText(QStringLiteral("cost_center"));
    QVERIFY(!field->problem().isEmpty());
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("team"));
    table->item(1, 0)->setText(QStringLiteral("owner"));
    QVERIFY(field->problem().isEmpty());
    QCOMPARE(f.value("dev", path({"regions", "us-east-1", "app", "custom_tags", "owner"})), QJsonValue(QStringLiteral("core")));
    QVERIFY(f.value("dev", path({"regions", "us-east-1", "app", "custom_tags", "team"})).isUndefined());
    QVERIFY(f.stack()->undoText().contains(QStringLiteral("owner")));
    const int steps = f.stack()->count();
    f.stack()->undo(); // the rename is one step
    QCOMPARE(f.stack()->index(), steps - 1);
    QCOMPARE(f.value("dev", path({"regions", "us-east-1", "app", "custom_tags", "team"})), QJsonValue(QStringLiteral("core")));
}

void TestEnvSettingsValues::webhooksAddEditUndo()
{
    EditorFixture f("03-dev-stage-prod-features");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Dev);
    const KeyPath hooks{QStringLiteral("completion_webhooks")};
    auto *field = fieldOf<WebhooksField>(editor, hooks);
    QCOMPARE(field->table()->rowCount(), 1);
    QCOMPARE(field->table()->item(0, 1)->text(), QStringLiteral("POST"));

    QTest::mouseClick(field->addButton(), Qt::LeftButton);
    WebhookDialog *dialog = field->dialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isValid());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Smoke"));
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("ftp://nope"));
    QVERIFY(!dialog->isValid());
    dialog->urlEdit()->setText(QStringLiteral("https://smoke.example.com/run"));
    dialog->headersEdit()->setPlainText(QStringLiteral("[1]"));
    QVERIFY(!dialog->isValid()); // headers must be an object
    dialog->headersEdit()->setPlainText(QStringLiteral("{\"x-key\": \"v\"}"));
    dialog->payloadEdit()->setPlainText(QStringLiteral("{\"env\": \"dev\""));
    QVERIFY(!dialog->isValid());
    dialog->payloadEdit()->setPlainText(QStringLiteral("{\"env\": \"dev\"}"));
    QVERIFY(dialog->isValid());
    dialog->accept();
    QCOMPARE(f.value("dev", hooks).toArray().size(), 2);
    const QJsonObject added = f.value("dev", hooks).toArray().at(1).toObject();
    QCOMPARE(added.value(QStringLiteral("url")).toString(), QStringLiteral("https://smoke.example.com/run"));
    QCOMPARE(added.value(QStringLiteral("custom_headers")).toObject().value(QStringLiteral("x-key")).toString(), QStringLiteral("v"));
    QCOMPARE(field->table()->rowCount(), 2);
    QVERIFY(f.stack()->undoText().contains(QStringLiteral("Smoke")));

    // Edit keeps keys the dialog does not know; moving up reorders.
    field->table()->selectRow(0);
    QTest::mouseClick(field->editButton(), Qt::LeftButton);
    QTRY_VERIFY(field->dialog());
    field->dialog()->nameEdit()->setText(QStringLiteral("Notify QA team"));
    field->dialog()->accept();
    QCOMPARE(f.value("dev", hooks).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Notify QA team"));
    QCOMPARE(f.value("dev", hooks).toArray().at(0).toObject().value(QStringLiteral("payload")).toObject().value(QStringLiteral("env")).toString(), QStringLiteral("dev"));
    field->table()->selectRow(1);
    QTest::mouseClick(field->upButton(), Qt::LeftButton);
    QCOMPARE(f.value("dev", hooks).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Smoke"));

    f.stack()->undo();
    f.stack()->undo();
    f.stack()->undo();
    QCOMPARE(f.value("dev", hooks).toArray().size(), 1);
    QCOMPARE(field->table()->rowCount(), 1);
    QCOMPARE(field->table()->item(0, 0)->text(), QStringLiteral("Notify QA"));

    // A cancelled dialog changes nothing.
    QTest::mouseClick(field->addButton(), Qt::LeftButton);
    QTRY_VERIFY(field->dialog());
    field->dialog()->reject();
    QCOMPARE(f.stack()->index(), 0);
}

void TestEnvSettingsValues::approvalTimeoutUnits()
{
    EditorFixture f("03-dev-stage-prod-features");
    EnvSettingsEditor editor(f.session.get());
    const KeyPath timeout = path({"app", "approval_timeout"});
    editor.setScope(Prod);
    auto *field = fieldOf<DurationField>(editor, timeout);
    QCOMPARE(field->spinBox()->value(), 1);
    QCOMPARE(field->unitBox()->currentIndex(), 4); // days
    editor.setScope(QStringLiteral("stage"));
    QCOMPARE(field->spinBox()->value(), 2);
    QCOMPARE(field->unitBox()->currentIndex(), 3); // hours
    field->spinBox()->setValue(3);
    QCOMPARE(f.value("stage", timeout), QJsonValue(3 * 3600000));
    field->unitBox()->setCurrentIndex(2);
    Q_EMIT field->unitBox()->activated(2);
    QCOMPARE(f.value("stage", timeout), QJsonValue(3 * 60000));
    QCOMPARE(field->unitBox()->currentIndex(), 2); // the unit the user picked stays
    field->spinBox()->setValue(0); // "No timeout"
    QCOMPARE(f.value("stage", timeout), QJsonValue(QJsonValue::Null));
    QCOMPARE(field->spinBox()->text(), field->spinBox()->specialValueText());

    editor.setScope(Dev);
    QCOMPARE(field->spinBox()->value(), 0);
    QCOMPARE(field->badge()->origin(), Origin::ForemastDefault);
    auto *skip = fieldOf<CheckField>(editor, path({"app", "approval_skip"}));
    QVERIFY(!skip->checkBox()->isChecked());
    editor.setScope(QStringLiteral("stage"));
    QVERIFY(skip->checkBox()->isChecked());
}

QTEST_MAIN(TestEnvSettingsValues)
#include "tst_envsettingsvalues.moc"
