// SPDX-License-Identifier: Apache-2.0
// The env/region settings form drives the document through the edit session: values land at the
// right level, badges say where values come from, and undo/redo bring the widgets back.
#include "editors/BasicFields.h"
#include "editors/DurationField.h"
#include "EditorFixture.h"
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
using Fd::Test::EditorFixture;
using Fd::Test::path;

namespace {

const QString Prod = QStringLiteral("prod");
const QString Dev = QStringLiteral("dev");
const QString West = QStringLiteral("us-west-2");
const KeyPath MinInst = path({"asg", "min_inst"});
const KeyPath MaxInst = path({"asg", "max_inst"});
const KeyPath InstanceType = path({"app", "instance_type"});

template<class F>
F *fieldOf(EnvSettingsEditor &editor, const KeyPath &p)
{
    auto *field = qobject_cast<F *>(editor.field(p));
    if (!field)
        qFatal("no field for %s", qPrintable(JsonPath::toString(p)));
    return field;
}

KeyPath west(const KeyPath &p)
{
    return KeyPath{QStringLiteral("regions"), West} + p;
}

} // namespace

class TestEnvSettingsEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingAtEnvLevelIsOneUndoStep();
    void regionOverrideEditResetUndoRedo();
    void regionEditOfInheritedValueCreatesOverride();
    void regionEditOnListFormRegions();
    void minAboveMaxIsRejected();
    void outOfRangeNumberIsRefusedWithReason();
    void resetThatWouldBreakMinMaxIsRejected();
    void defaultBadgeAndInherit();
    void scalingPolicyToggle();
    void securityGroupList();
    void customTagsAtRegionLevel();
    void webhooksAddEditUndo();
    void approvalTimeoutUnits();
    void followsDocumentChanges();
    void focusKeySwitchesScope();
    void envWithoutFileIsReadOnly();
    void accessibleNamesAndBuddies();
};

void TestEnvSettingsEditor::typingAtEnvLevelIsOneUndoStep()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod);
    auto *type = fieldOf<ComboField>(editor, InstanceType);
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("t2.small"));
    QCOMPARE(type->badge()->origin(), Origin::EnvFile);
    QVERIFY(type->badge()->isSetHere());

    type->comboBox()->lineEdit()->selectAll();
    QTest::keyClicks(type->comboBox()->lineEdit(), QStringLiteral("m5.xlarge"));
    QCOMPARE(f.value("prod", InstanceType), QJsonValue(QStringLiteral("m5.xlarge")));
    QCOMPARE(f.stack()->count(), 1); // nine keystrokes, one step
    // A region without its own value follows the env.
    QCOMPARE(f.doc()->context().merged().region(Prod, QStringLiteral("us-east-1"))
                 .value(QStringLiteral("app")).toObject().value(QStringLiteral("instance_type")).toString(),
             QStringLiteral("m5.xlarge"));

    f.stack()->undo();
    QCOMPARE(f.value("prod", InstanceType), QJsonValue(QStringLiteral("t2.small")));
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("t2.small"));
    f.stack()->redo();
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("m5.xlarge"));

    // Another field is another step.
    auto *strategy = fieldOf<ComboField>(editor, {QStringLiteral("deploy_strategy")});
    strategy->comboBox()->setCurrentIndex(strategy->comboBox()->findText(QStringLiteral("highlander")));
    Q_EMIT strategy->comboBox()->activated(strategy->comboBox()->currentIndex());
    QCOMPARE(f.value("prod", {QStringLiteral("deploy_strategy")}), QJsonValue(QStringLiteral("highlander")));
    QCOMPARE(f.stack()->count(), 2);
}

void TestEnvSettingsEditor::regionOverrideEditResetUndoRedo()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    QSignalSpy scopes(&editor, &EnvSettingsEditor::scopeChanged);
    editor.setScope(Prod, West);
    QCOMPARE(scopes.count(), 1);
    auto *min = fieldOf<SpinField>(editor, MinInst);
    QCOMPARE(min->spinBox()->value(), 5);
    QCOMPARE(min->badge()->origin(), Origin::RegionOverride);
    QVERIFY(min->resetButton()->isEnabled());

    min->spinBox()->setValue(6);
    Q_EMIT min->spinBox()->editingFinished();
    QCOMPARE(f.value("prod", west(MinInst)), QJsonValue(6));
    QCOMPARE(f.value("prod", MinInst), QJsonValue(2)); // the env level is untouched
    QCOMPARE(f.stack()->count(), 1);

    QTest::mouseClick(min->resetButton(), Qt::LeftButton);
    QVERIFY(f.value("prod", west(MinInst)).isUndefined());
    QCOMPARE(min->badge()->origin(), Origin::EnvFile);
    QVERIFY(!min->badge()->isSetHere());
    QVERIFY(!min->resetButton()->isEnabled());
    QCOMPARE(min->spinBox()->value(), 2);
    QCOMPARE(f.stack()->count(), 2);

    f.stack()->undo();
    QCOMPARE(min->spinBox()->value(), 6);
    QCOMPARE(min->badge()->origin(), Origin::RegionOverride);
    f.stack()->undo();
    QCOMPARE(min->spinBox()->value(), 5);
    f.stack()->redo();
    f.stack()->redo();
    QCOMPARE(min->spinBox()->value(), 2);
    QCOMPARE(min->badge()->text(), EditScope::forEnv(Prod, West).originLabel(Origin::EnvFile));
}

void TestEnvSettingsEditor::regionEditOfInheritedValueCreatesOverride()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod, QStringLiteral("us-east-1"));
    auto *type = fieldOf<ComboField>(editor, InstanceType);
    QCOMPARE(type->badge()->origin(), Origin::EnvFile);
    QVERIFY(!type->resetButton()->isEnabled());
    type->comboBox()->lineEdit()->selectAll();
    QTest::keyClicks(type->comboBox()->lineEdit(), QStringLiteral("c5.large"));
    QCOMPARE(f.value("prod", path({"regions", "us-east-1", "app", "instance_type"})),
             QJsonValue(QStringLiteral("c5.large")));
    QCOMPARE(f.value("prod", InstanceType), QJsonValue(QStringLiteral("t2.small")));
    QCOMPARE(type->badge()->origin(), Origin::RegionOverride);
    QCOMPARE(f.stack()->count(), 1);
}

void TestEnvSettingsEditor::regionEditOnListFormRegions()
{
    EditorFixture f("01-getting-started-dev");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Dev, QStringLiteral("us-east-1"));
    auto *eureka = fieldOf<CheckField>(editor, path({"app", "eureka_enabled"}));
    QCOMPARE(eureka->badge()->origin(), Origin::ForemastDefault);
    QTest::mouseClick(eureka->checkBox(), Qt::LeftButton);
    QCOMPARE(f.value("dev", path({"regions", "us-east-1", "app", "eureka_enabled"})), QJsonValue(true));
    QCOMPARE(eureka->badge()->origin(), Origin::RegionOverride);
    f.stack()->undo();
    QCOMPARE(f.value("dev", {QStringLiteral("regions")}), QJsonValue(QJsonArray{QStringLiteral("us-east-1")}));
    QVERIFY(!eureka->checkBox()->isChecked());
    QCOMPARE(eureka->badge()->origin(), Origin::ForemastDefault);
}

void TestEnvSettingsEditor::minAboveMaxIsRejected()
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

void TestEnvSettingsEditor::outOfRangeNumberIsRefusedWithReason()
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

void TestEnvSettingsEditor::resetThatWouldBreakMinMaxIsRejected()
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

void TestEnvSettingsEditor::defaultBadgeAndInherit()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod);
    auto *hc = fieldOf<ComboField>(editor, path({"asg", "hc_type"}));
    QCOMPARE(hc->comboBox()->currentText(), QStringLiteral("ELB"));
    QCOMPARE(hc->badge()->origin(), Origin::ForemastDefault);
    QVERIFY(!hc->resetButton()->isEnabled());
    QVERIFY(!hc->label()->font().bold());

    hc->comboBox()->setCurrentIndex(hc->comboBox()->findText(QStringLiteral("EC2")));
    Q_EMIT hc->comboBox()->activated(hc->comboBox()->currentIndex());
    QCOMPARE(f.value("prod", path({"asg", "hc_type"})), QJsonValue(QStringLiteral("EC2")));
    QCOMPARE(hc->badge()->origin(), Origin::EnvFile);
    QVERIFY(hc->label()->font().bold());
    QVERIFY(hc->resetButton()->isEnabled());

    QTest::mouseClick(hc->resetButton(), Qt::LeftButton);
    QVERIFY(f.value("prod", path({"asg", "hc_type"})).isUndefined());
    QCOMPARE(hc->comboBox()->currentText(), QStringLiteral("ELB"));
    QCOMPARE(hc->badge()->origin(), Origin::ForemastDefault);

    auto *grace = fieldOf<SpinField>(editor, path({"asg", "hc_grace_period"}));
    QCOMPARE(grace->spinBox()->value(), 180);
}

void TestEnvSettingsEditor::scalingPolicyToggle()
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

void TestEnvSettingsEditor::securityGroupList()
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

void TestEnvSettingsEditor::customTagsAtRegionLevel()
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

void TestEnvSettingsEditor::webhooksAddEditUndo()
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

void TestEnvSettingsEditor::approvalTimeoutUnits()
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

void TestEnvSettingsEditor::followsDocumentChanges()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod, West);
    auto *type = fieldOf<ComboField>(editor, InstanceType);
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("t2.medium"));
    f.session->setValue(Prod, west(InstanceType), QStringLiteral("r5.large"));
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("r5.large"));
    // Another env's change leaves this form alone; a structural change refreshes it.
    f.session->setValue(Dev, InstanceType, QStringLiteral("t3.nano"));
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("r5.large"));
    QVERIFY(f.session->removeRegion(Prod, West));
    QVERIFY(!type->isEnabled());
    f.stack()->undo();
    QVERIFY(type->isEnabled());
    QCOMPARE(type->comboBox()->currentText(), QStringLiteral("r5.large"));
}

void TestEnvSettingsEditor::focusKeySwitchesScope()
{
    EditorFixture f("03-dev-stage-prod-features");
    EnvSettingsEditor editor(f.session.get());
    editor.resize(600, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.setScope(Dev);
    QSignalSpy scopes(&editor, &EnvSettingsEditor::scopeChanged);
    QVERIFY(editor.focusKey(QStringLiteral("prod"), path({"regions", "us-east-1", "asg", "max_inst"})));
    QCOMPARE(scopes.count(), 1);
    QCOMPARE(editor.scope(), EditScope::forEnv(Prod, QStringLiteral("us-east-1")));
    auto *max = fieldOf<SpinField>(editor, MaxInst);
    QTRY_VERIFY(max->spinBox()->hasFocus());

    // A key below a list field goes to the list; env-level paths go to the env level.
    QVERIFY(editor.focusKey(Dev, path({"completion_webhooks", "0", "url"})));
    QCOMPARE(editor.scope(), EditScope::forEnv(Dev));
    QTRY_VERIFY(fieldOf<WebhooksField>(editor, {QStringLiteral("completion_webhooks")})->table()->hasFocus());

    // Keys without a field are left to the tree editor.
    QVERIFY(!editor.focusKey(Dev, path({"elb", "health", "interval"})));
    QVERIFY(!editor.focusKey(QString(), path({"type"})));
    QCOMPARE(editor.scope(), EditScope::forEnv(Dev));
}

void TestEnvSettingsEditor::envWithoutFileIsReadOnly()
{
    EditorFixture f("02-dev-prod-two-regions", [](const QString &folder) {
        Test::writeBytes(folder + QStringLiteral("/pipeline.json"),
                         QByteArrayLiteral("{\"type\": \"ec2\", \"env\": [\"dev\", \"qa\", \"prod\"]}\n"));
    });
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("qa"));
    auto *type = fieldOf<ComboField>(editor, InstanceType);
    QVERIFY(!type->isEnabled());
    type->comboBox()->lineEdit()->setText(QStringLiteral("x"));
    Q_EMIT type->comboBox()->lineEdit()->textEdited(QStringLiteral("x"));
    QCOMPARE(f.stack()->count(), 0);
    // A region the env does not deploy to is read-only as well.
    editor.setScope(Prod, QStringLiteral("eu-west-1"));
    QVERIFY(!type->isEnabled());
}

void TestEnvSettingsEditor::accessibleNamesAndBuddies()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(Prod);
    QSet<QChar> mnemonics;
    for (SettingField *field : editor.fields()) {
        QVERIFY2(field->label()->buddy() == field->editor(), qPrintable(JsonPath::toString(field->path())));
        const QString text = field->label()->text();
        const int amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0) { // Alt+letter shortcuts must not clash inside the form
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(letter), qPrintable(text));
            mnemonics.insert(letter);
        }
        QVERIFY(!field->editor()->accessibleName().isEmpty());
        QVERIFY(!field->resetButton()->accessibleName().isEmpty());
        QVERIFY(!field->badge()->toolTip().isEmpty());
        QVERIFY(field->editor()->focusPolicy() & Qt::TabFocus);
    }
}

QTEST_MAIN(TestEnvSettingsEditor)
#include "tst_envsettingseditor.moc"
