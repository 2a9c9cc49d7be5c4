// SPDX-License-Identifier: Apache-2.0
// The env/region settings form drives the document through the edit session: values land at the
// right level, badges say where values come from, and undo/redo bring the widgets back.
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

class TestEnvSettingsEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingAtEnvLevelIsOneUndoStep();
    void regionOverrideEditResetUndoRedo();
    void regionEditOfInheritedValueCreatesOverride();
    void regionEditOnListFormRegions();
    void defaultBadgeAndInherit();
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
