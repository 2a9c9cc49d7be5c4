// SPDX-License-Identifier: Apache-2.0
// The pipeline form edits pipeline.json through the session and shows where values come from.
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvOrderField.h"
#include "editors/JsonValueField.h"
#include "editors/OriginBadge.h"
#include "editors/PipelineSettingsEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace Fd;
using Fd::Test::EditorFixture;
using Fd::Test::path;

namespace {

template<class F>
F *fieldOf(PipelineSettingsEditor &editor, const KeyPath &p)
{
    auto *field = qobject_cast<F *>(editor.field(p));
    if (!field)
        qFatal("no field for %s", qPrintable(JsonPath::toString(p)));
    return field;
}

} // namespace

class TestPipelineSettingsEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsValuesAndOrigins();
    void typingOwnerEmailIsOneStep();
    void typeOtherThanEc2IsExplained();
    void imageSettings();
    void notificationsJson();
    void envOrder();
    void flowChoice();
    void focusKey();
};

void TestPipelineSettingsEditor::showsValuesAndOrigins()
{
    EditorFixture f;
    PipelineSettingsEditor editor(f.session.get());
    auto *base = fieldOf<TextField>(editor, {QStringLiteral("base")});
    QCOMPARE(base->lineEdit()->text(), QStringLiteral("tomcat8"));
    QCOMPARE(base->badge()->origin(), Origin::PipelineFile);
    auto *builder = fieldOf<ComboField>(editor, path({"image", "builder"}));
    QCOMPARE(builder->comboBox()->currentText(), QStringLiteral("ebs"));
    QCOMPARE(builder->badge()->origin(), Origin::ForemastDefault);
    QVERIFY(!builder->resetButton()->isEnabled());
    QTest::mouseClick(base->resetButton(), Qt::LeftButton);
    QVERIFY(f.value("", {QStringLiteral("base")}).isUndefined());
    QCOMPARE(base->badge()->origin(), Origin::ForemastDefault);
    QCOMPARE(base->lineEdit()->text(), QStringLiteral("tomcat8")); // Foremast's default is the same
    f.stack()->undo();
    QCOMPARE(base->badge()->origin(), Origin::PipelineFile);
}

void TestPipelineSettingsEditor::typingOwnerEmailIsOneStep()
{
    EditorFixture f;
    PipelineSettingsEditor editor(f.session.get());
    auto *owner = fieldOf<TextField>(editor, {QStringLiteral("owner_email")});
    owner->lineEdit()->selectAll();
    QTest::keyClicks(owner->lineEdit(), QStringLiteral("ops@example.com"));
    QCOMPARE(f.value("", {QStringLiteral("owner_email")}), QJsonValue(QStringLiteral("ops@example.com")));
    QCOMPARE(f.stack()->count(), 1);
    f.stack()->undo();
    QCOMPARE(owner->lineEdit()->text(), QStringLiteral("team@example.com"));
}

void TestPipelineSettingsEditor::typeOtherThanEc2IsExplained()
{
    EditorFixture f;
    PipelineSettingsEditor editor(f.session.get());
    QVERIFY(editor.typeNote().isEmpty());
    auto *type = fieldOf<ComboField>(editor, {QStringLiteral("type")});
    QVERIFY(type->comboBox()->findText(QStringLiteral("lambda")) >= 0); // other types are offered
    type->comboBox()->setCurrentIndex(type->comboBox()->findText(QStringLiteral("lambda")));
    Q_EMIT type->comboBox()->activated(type->comboBox()->currentIndex());
    QCOMPARE(f.value("", {QStringLiteral("type")}), QJsonValue(QStringLiteral("lambda")));
    // Every type is generated; lambda's own settings show, with their source badges.
    QVERIFY(editor.typeNote().isEmpty());
    SettingField *handler = editor.field({QStringLiteral("lambda"), QStringLiteral("handler")});
    QVERIFY(handler && handler->isVisibleTo(&editor));
    QVERIFY(!handler->badge()->toolTip().isEmpty());
    QVERIFY(!editor.field({QStringLiteral("pipeline_files")})->isVisibleTo(&editor));
    f.stack()->undo();
    QVERIFY(editor.typeNote().isEmpty());
    QVERIFY(!handler->isVisibleTo(&editor));
    // Rolling needs custom templates: the note says where they go.
    type->comboBox()->setCurrentIndex(type->comboBox()->findText(QStringLiteral("rolling")));
    Q_EMIT type->comboBox()->activated(type->comboBox()->currentIndex());
    QVERIFY(editor.typeNote().contains(QStringLiteral("templates_path")));
}

void TestPipelineSettingsEditor::imageSettings()
{
    EditorFixture f;
    PipelineSettingsEditor editor(f.session.get());
    auto *volume = fieldOf<SpinField>(editor, path({"image", "root_volume_size"}));
    QCOMPARE(volume->spinBox()->value(), 8);
    volume->spinBox()->setValue(20);
    Q_EMIT volume->spinBox()->editingFinished();
    QCOMPARE(f.value("", path({"image", "root_volume_size"})), QJsonValue(20));
    volume->spinBox()->stepUp();
    QCOMPARE(f.value("", path({"image", "root_volume_size"})), QJsonValue(21));
    QCOMPARE(f.stack()->count(), 1); // consecutive changes of one field merge
    auto *bake = fieldOf<ComboField>(editor, path({"image", "bake_instance_type"}));
    QCOMPARE(bake->comboBox()->currentText(), QStringLiteral("t3.small"));
}

void TestPipelineSettingsEditor::notificationsJson()
{
    EditorFixture f("03-dev-stage-prod-features");
    PipelineSettingsEditor editor(f.session.get());
    const KeyPath key{QStringLiteral("pipeline_notifications")};
    auto *field = fieldOf<JsonValueField>(editor, key);
    QVERIFY(field->summaryLabel()->text().contains(QStringLiteral("1")));
    QTest::mouseClick(field->editButton(), Qt::LeftButton);
    JsonEditDialog *dialog = field->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->problem().isEmpty());
    dialog->textEdit()->setPlainText(QStringLiteral("{\"not\": \"a list\"}"));
    QVERIFY(!dialog->problem().isEmpty());
    dialog->textEdit()->setPlainText(QStringLiteral("[{\"type\": \"email\", \"address\": \"a@b.c\"},"));
    QVERIFY(!dialog->problem().isEmpty());
    dialog->textEdit()->setPlainText(QStringLiteral("[{\"type\": \"email\", \"address\": \"a@b.c\"}, {\"type\": \"slack\"}]"));
    QVERIFY(dialog->problem().isEmpty());
    dialog->accept();
    QCOMPARE(f.value("", key).toArray().size(), 2);
    QVERIFY(field->summaryLabel()->text().contains(QStringLiteral("2")));
    f.stack()->undo();
    QCOMPARE(f.value("", key).toArray().size(), 1);

    auto *email = fieldOf<TextField>(editor, path({"notifications", "email"}));
    QTest::keyClicks(email->lineEdit(), QStringLiteral("x@example.com"));
    QCOMPARE(f.value("", path({"notifications", "email"})), QJsonValue(QStringLiteral("x@example.com")));
}

void TestPipelineSettingsEditor::envOrder()
{
    EditorFixture f("03-dev-stage-prod-features");
    PipelineSettingsEditor editor(f.session.get());
    auto *order = fieldOf<EnvOrderField>(editor, {QStringLiteral("env")});
    QCOMPARE(order->envs(), (QStringList{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")}));
    order->listWidget()->setCurrentRow(2);
    QVERIFY(!order->downButton()->isEnabled());
    QTest::mouseClick(order->upButton(), Qt::LeftButton);
    QCOMPARE(f.doc()->runway().envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("prod"), QStringLiteral("stage")}));
    QCOMPARE(order->listWidget()->currentItem()->text(), QStringLiteral("prod")); // follows the env
    QVERIFY(f.stack()->undoText().contains(QStringLiteral("prod")));
    f.stack()->undo();
    QCOMPARE(order->envs(), (QStringList{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")}));
    // The order changed elsewhere (the window's env panel) shows here.
    QVERIFY(f.session->moveEnv(QStringLiteral("dev"), 2));
    QCOMPARE(order->envs().last(), QStringLiteral("dev"));
}

void TestPipelineSettingsEditor::flowChoice()
{
    EditorFixture f;
    PipelineSettingsEditor editor(f.session.get());
    QSignalSpy flows(&editor, &PipelineSettingsEditor::flowChanged);
    QCOMPARE(editor.flow(), QStringLiteral("foremast-v5"));
    editor.setFlow(QStringLiteral("documented"));
    QCOMPARE(flows.count(), 0); // the setter is silent
    QCOMPARE(editor.flow(), QStringLiteral("documented"));
    QComboBox *box = editor.flowBox();
    box->setCurrentIndex(0);
    Q_EMIT box->activated(0);
    QCOMPARE(flows.count(), 1);
    QCOMPARE(flows.first().first().toString(), QStringLiteral("foremast-v5"));
    editor.setFlow(QStringLiteral("/tmp/my-flow.json"));
    QCOMPARE(editor.flow(), QStringLiteral("/tmp/my-flow.json"));
    QCOMPARE(box->currentText(), QStringLiteral("my-flow.json"));
    QCOMPARE(f.stack()->count(), 0); // the flow is not a runway setting
}

void TestPipelineSettingsEditor::focusKey()
{
    EditorFixture f;
    PipelineSettingsEditor editor(f.session.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.focusKey(QString(), path({"image", "root_volume_size"})));
    QTRY_VERIFY(fieldOf<SpinField>(editor, path({"image", "root_volume_size"}))->spinBox()->hasFocus());
    QVERIFY(editor.focusKey(QString(), path({"pipeline_notifications", "0", "address"})));
    QVERIFY(!editor.focusKey(QString(), path({"chaos_monkey", "enabled"})));
    QVERIFY(!editor.focusKey(QStringLiteral("dev"), path({"image"})));
}

QTEST_MAIN(TestPipelineSettingsEditor)
#include "tst_pipelinesettingseditor.moc"
