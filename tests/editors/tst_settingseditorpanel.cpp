// SPDX-License-Identifier: Apache-2.0
// The panel the window embeds: scope switching, jumping to a finding's key (form field or tree
// row), keyboard order, and light/dark palettes without hard-coded colours.
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/JsonTreeEditor.h"
#include "editors/JsonTreeModel.h"
#include "editors/OriginBadge.h"
#include "editors/PipelineSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

using namespace Fd;
using Fd::Test::EditorFixture;
using Fd::Test::path;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

} // namespace

class TestSettingsEditorPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scopeSwitching();
    void focusKeyGoesToFieldOrRow();
    void flowIsForwarded();
    void anotherSession();
    void keyboardOrder();
    void followsThePalette();
};

void TestSettingsEditorPanel::scopeSwitching()
{
    EditorFixture f;
    SettingsEditorPanel panel(f.session.get());
    QSignalSpy scopes(&panel, &SettingsEditorPanel::scopeChanged);
    QVERIFY(panel.isPipelineShown());
    QCOMPARE(panel.treeEditor()->file(), QString());
    panel.showEnv(QStringLiteral("prod"));
    QCOMPARE(scopes.count(), 1);
    QCOMPARE(panel.treeEditor()->file(), QStringLiteral("prod"));
    panel.showEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    QCOMPARE(scopes.count(), 2);
    QCOMPARE(scopes.last().at(1).toString(), QStringLiteral("us-west-2"));
    panel.showEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    QCOMPARE(scopes.count(), 2); // unchanged: no signal
    panel.showPipeline();
    QCOMPARE(scopes.count(), 3);
    QVERIFY(scopes.last().at(0).toString().isEmpty());
    // Back to the same env scope as before still counts as a change (from the pipeline).
    panel.showEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    QCOMPARE(scopes.count(), 4);
    QVERIFY(!panel.isPipelineShown());
}

void TestSettingsEditorPanel::focusKeyGoesToFieldOrRow()
{
    EditorFixture f("03-dev-stage-prod-features");
    SettingsEditorPanel panel(f.session.get());
    panel.resize(800, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy scopes(&panel, &SettingsEditorPanel::scopeChanged);

    QVERIFY(panel.focusKey(QStringLiteral("prod"), path({"regions", "us-east-1", "asg", "min_inst"})));
    QCOMPARE(scopes.count(), 1);
    QCOMPARE(scopes.last().at(0).toString(), QStringLiteral("prod"));
    QCOMPARE(scopes.last().at(1).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(panel.tabs()->currentIndex(), 0);
    auto *min = qobject_cast<SpinField *>(panel.envEditor()->field(path({"asg", "min_inst"})));
    QTRY_VERIFY(min->spinBox()->hasFocus());

    // No field for it: the tree tab, on the right file and row.
    QVERIFY(panel.focusKey(QStringLiteral("stage"), path({"asg", "provider_healthcheck", "amazon"})));
    QCOMPARE(panel.tabs()->currentWidget(), panel.treeEditor());
    QCOMPARE(panel.treeEditor()->file(), QStringLiteral("stage"));
    QCOMPARE(panel.treeEditor()->currentPath(), path({"asg", "provider_healthcheck", "amazon"}));
    QCOMPARE(panel.envEditor()->scope(), EditScope::forEnv(QStringLiteral("stage")));
    QTRY_VERIFY(panel.treeEditor()->view()->hasFocus());

    // pipeline.json keys, with and without a field.
    QVERIFY(panel.focusKey(QString(), {QStringLiteral("owner_email")}));
    QVERIFY(panel.isPipelineShown());
    QCOMPARE(panel.tabs()->currentIndex(), 0);
    QVERIFY(panel.focusKey(QString(), path({"pipeline_notifications", "0", "when"})));
    QVERIFY(!panel.focusKey(QString(), path({"chaos_monkey", "enabled"}))); // not in the file
    QCOMPARE(panel.tabs()->currentWidget(), panel.treeEditor());
    QVERIFY(scopes.last().at(0).toString().isEmpty());
}

void TestSettingsEditorPanel::flowIsForwarded()
{
    EditorFixture f;
    SettingsEditorPanel panel(f.session.get());
    QSignalSpy flows(&panel, &SettingsEditorPanel::flowChanged);
    QComboBox *box = panel.pipelineEditor()->flowBox();
    box->setCurrentIndex(1);
    Q_EMIT box->activated(1);
    QCOMPARE(flows.count(), 1);
    QCOMPARE(flows.first().first().toString(), QStringLiteral("documented"));
}

void TestSettingsEditorPanel::anotherSession()
{
    SettingsEditorPanel panel(nullptr);
    QVERIFY(!panel.envEditor());
    QVERIFY(!panel.focusKey(QString(), {QStringLiteral("type")}));
    panel.showEnv(QStringLiteral("dev")); // nothing to show: no crash
    QCOMPARE(panel.tabs()->count(), 0);

    auto first = std::make_unique<EditorFixture>();
    panel.setSession(first->session.get());
    QCOMPARE(panel.tabs()->count(), 2);
    panel.showEnv(QStringLiteral("prod"));
    QCOMPARE(panel.envEditor()->scope().env(), QStringLiteral("prod"));

    EditorFixture second("03-dev-stage-prod-features");
    panel.setSession(second.session.get());
    QVERIFY(panel.isPipelineShown());
    QVERIFY(panel.focusKey(QStringLiteral("stage"), path({"app", "approval_skip"})));
    QCOMPARE(panel.envEditor()->scope().env(), QStringLiteral("stage"));
    // The first session going away does not concern the panel any more.
    first.reset();
    QCOMPARE(panel.tabs()->count(), 2);

    // The panel's own session going away empties it.
    auto third = std::make_unique<EditorFixture>();
    panel.setSession(third->session.get());
    third.reset();
    QCOMPARE(panel.tabs()->count(), 0);
    QVERIFY(!panel.session());
}

void TestSettingsEditorPanel::keyboardOrder()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("prod"));
    editor.resize(600, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *type = qobject_cast<ComboField *>(editor.field(path({"app", "instance_type"})));
    auto *min = qobject_cast<SpinField *>(editor.field(path({"asg", "min_inst"})));
    auto *max = qobject_cast<SpinField *>(editor.field(path({"asg", "max_inst"})));
    type->focusEditor();
    QTRY_VERIFY(type->comboBox()->hasFocus());
    // Set here, so its Inherit button is next; then the following field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(type->resetButton()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(min->spinBox()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(max->spinBox()->hasFocus());
    // The label's mnemonic reaches the field.
    QCOMPARE(min->label()->buddy(), static_cast<QWidget *>(min->spinBox()));
    QVERIFY(min->label()->text().contains(QLatin1Char('&')));
}

void TestSettingsEditorPanel::followsThePalette()
{
    EditorFixture f;
    SettingsEditorPanel panel(f.session.get());
    panel.showEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    panel.resize(800, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // No style sheets anywhere: colours can only come from the palette.
    for (QWidget *widget : panel.findChildren<QWidget *>())
        QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName()));

    auto *min = panel.envEditor()->field(path({"asg", "min_inst"}));
    auto *type = panel.envEditor()->field({QStringLiteral("deploy_strategy")}); // from the env
    auto *hc = panel.envEditor()->field(path({"asg", "hc_type"}));
    for (const QPalette &palette : {QApplication::palette(), darkPalette()}) {
        panel.setPalette(palette);
        QCOMPARE(min->badge()->palette().color(min->badge()->foregroundRole()), palette.color(QPalette::Link));
        QCOMPARE(type->badge()->palette().color(type->badge()->foregroundRole()), palette.color(QPalette::WindowText));
        QCOMPARE(hc->badge()->palette().color(hc->badge()->foregroundRole()), palette.color(QPalette::PlaceholderText));
        QVERIFY(min->badge()->font().bold());
        QVERIFY(!type->badge()->font().bold());
        QVERIFY(!panel.grab().isNull());
    }
    // Inherited tree rows are italic; their colour is left to the view's palette (no brush).
    panel.treeEditor()->defaultsBox()->setChecked(true);
    const QModelIndex inherited = panel.treeEditor()->model()->indexForPath(path({"elb", "i_port"}));
    QVERIFY(inherited.data(JsonTreeModel::InheritedRole).toBool());
    QVERIFY(inherited.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!inherited.data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(TestSettingsEditorPanel)
#include "tst_settingseditorpanel.moc"
