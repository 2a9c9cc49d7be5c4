// SPDX-License-Identifier: Apache-2.0
// Opening another runway keeps the settings editors and rebinds them to the new session
// (docs/performance.md, "Designer window"): they must then show exactly what new editors would,
// the new runway's type sections included, and edit only the new runway.
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/JsonTreeEditor.h"
#include "editors/JsonTreeModel.h"
#include "editors/ListFields.h"
#include "editors/OriginBadge.h"
#include "editors/PipelineSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>

using namespace Fd;
using Fd::Test::EditorFixture;
using Fd::Test::path;
using Fd::Test::typesFixture;

namespace {

const QString Dev = QStringLiteral("dev");
const QString Stage = QStringLiteral("stage");
const KeyPath OwnerEmail{QStringLiteral("owner_email")};
const KeyPath InstanceType = path({"app", "instance_type"});
const KeyPath MinInst = path({"asg", "min_inst"});
const KeyPath AppGrace = path({"asg", "app_grace_period"});
const KeyPath LambdaMemory = path({"app", "lambda_memory"});
const KeyPath LambdaHandler = path({"lambda", "handler"});

/// Every field of `got` shows what the same field of `want` (a form built for the session) shows.
void compareFields(const QList<SettingField *> &got, QWidget *gotForm, const QList<SettingField *> &want,
                   QWidget *wantForm)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i) {
        const SettingField *g = got.at(i);
        const SettingField *w = want.at(i);
        const QByteArray key = JsonPath::toString(g->path()).toUtf8();
        QCOMPARE(g->path(), w->path());
        QVERIFY2(g->state().value == w->state().value, key.constData());
        QVERIFY2(g->state().origin == w->state().origin, key.constData());
        QVERIFY2(g->state().scope == w->state().scope, key.constData());
        QVERIFY2(g->isEnabled() == w->isEnabled(), key.constData());
        QVERIFY2(g->isVisibleTo(gotForm) == w->isVisibleTo(wantForm), key.constData());
        QVERIFY2(g->badge()->text() == w->badge()->text(), key.constData());
    }
}

/// The rows of a tree (key and value text, depth first).
QStringList rows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex key = model->index(row, JsonTreeModel::KeyColumn, parent);
        out << key.data().toString() + QLatin1Char('=') + model->index(row, JsonTreeModel::ValueColumn, parent).data().toString();
        out << rows(model, key);
    }
    return out;
}

/// `panel` (rebound) shows what a panel built for `session` shows, at the same scope.
void compareWithNewPanel(SettingsEditorPanel &panel, EditSession *session)
{
    SettingsEditorPanel fresh(session);
    if (!panel.isPipelineShown())
        fresh.showEnv(panel.envEditor()->scope().env(), panel.envEditor()->scope().region());
    QCOMPARE(panel.isPipelineShown(), fresh.isPipelineShown());
    QCOMPARE(panel.tabs()->currentIndex(), fresh.tabs()->currentIndex());
    // The same form is the one on the Settings tab.
    QCOMPARE(panel.pipelineEditor()->isVisibleTo(panel.tabs()), fresh.pipelineEditor()->isVisibleTo(fresh.tabs()));
    QCOMPARE(panel.envEditor()->isVisibleTo(panel.tabs()), fresh.envEditor()->isVisibleTo(fresh.tabs()));
    compareFields(panel.pipelineEditor()->fields(), panel.pipelineEditor(), fresh.pipelineEditor()->fields(),
                  fresh.pipelineEditor());
    compareFields(panel.envEditor()->fields(), panel.envEditor(), fresh.envEditor()->fields(), fresh.envEditor());
    QCOMPARE(panel.pipelineEditor()->typeNote(), fresh.pipelineEditor()->typeNote());
    QCOMPARE(panel.envEditor()->typeNote(), fresh.envEditor()->typeNote());
    QCOMPARE(panel.pipelineEditor()->flow(), fresh.pipelineEditor()->flow());
    QCOMPARE(panel.pipelineEditor()->flowBox()->count(), fresh.pipelineEditor()->flowBox()->count());
    QCOMPARE(panel.treeEditor()->file(), fresh.treeEditor()->file());
    QCOMPARE(panel.treeEditor()->defaultsBox()->isChecked(), false);
    QCOMPARE(panel.treeEditor()->filterEdit()->text(), QString());
    QCOMPARE(rows(panel.treeEditor()->view()->model()), rows(fresh.treeEditor()->view()->model()));
}

} // namespace

class TestPanelRebinding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anotherRunwayShowsItsValues();
    void openedAtAnEnv();
    void editsGoToTheNewRunwayOnly();
    void typeSectionsFollowTheRunway();
    void reboundAfterTheSessionClosed();
    void builtWhenIdleThenBound();
    void boundWhileTheIdleBuildRuns();
    void treeModelUnderTester();
};

void TestPanelRebinding::anotherRunwayShowsItsValues()
{
    EditorFixture a;
    EditorFixture b("03-dev-stage-prod-features");
    SettingsEditorPanel panel(a.session.get());
    panel.resize(800, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    PipelineSettingsEditor *pipelineForm = panel.pipelineEditor();
    EnvSettingsEditor *envForm = panel.envEditor();
    JsonTreeEditor *tree = panel.treeEditor();
    // Leave A's editors in every state a new editor does not start in.
    panel.pipelineEditor()->setFlow(a.folder + QStringLiteral("/my-flow.json"));
    panel.showEnv(QStringLiteral("prod"), QStringLiteral("us-east-1"));
    tree->defaultsBox()->setChecked(true);
    tree->filterEdit()->setText(QStringLiteral("asg"));
    panel.tabs()->setCurrentWidget(tree);
    // Input typed but not added: a new tag, a new list entry, a refused duplicate key.
    auto *tags = qobject_cast<KeyValueField *>(envForm->field(path({"app", "custom_tags"})));
    auto *extras = qobject_cast<StringListField *>(envForm->field(path({"security_group", "instance_extras"})));
    Q_EMIT tags->newValueEdit()->returnPressed(); // no key: refused, with a message
    QVERIFY(!tags->problem().isEmpty());
    tags->newKeyEdit()->setText(QStringLiteral("team"));
    tags->newValueEdit()->setText(QStringLiteral("core"));
    extras->newItemEdit()->setText(QStringLiteral("sg-pending"));

    QSignalSpy scopes(&panel, &SettingsEditorPanel::scopeChanged);
    panel.setSession(b.session.get());
    QCOMPARE(scopes.count(), 0); // as a new panel: pipeline.json without a signal
    QCOMPARE(panel.pipelineEditor(), pipelineForm); // kept, not rebuilt
    QCOMPARE(panel.envEditor(), envForm);
    QCOMPARE(panel.treeEditor(), tree);
    QCOMPARE(panel.envEditor()->scope(), EditScope());
    QCOMPARE(panel.pipelineEditor()->flow(), QStringLiteral("foremast-v5"));
    QVERIFY(tags->newKeyEdit()->text().isEmpty());
    QVERIFY(tags->newValueEdit()->text().isEmpty());
    QVERIFY(tags->problem().isEmpty());
    QVERIFY(extras->newItemEdit()->text().isEmpty());
    compareWithNewPanel(panel, b.session.get());
    auto *email = qobject_cast<TextField *>(panel.pipelineEditor()->field(OwnerEmail));
    QCOMPARE(email->lineEdit()->text(), b.value("", OwnerEmail).toString());

    // B's env, at env level and in a region B overrides.
    panel.showEnv(Stage);
    QCOMPARE(panel.treeEditor()->file(), Stage);
    compareWithNewPanel(panel, b.session.get());
    panel.showEnv(QStringLiteral("prod"), QStringLiteral("us-east-1"));
    compareWithNewPanel(panel, b.session.get());
}

void TestPanelRebinding::openedAtAnEnv()
{
    // The window opens a runway at the env its env panel starts on: that form, no signal.
    EditorFixture a;
    EditorFixture b("03-dev-stage-prod-features");
    SettingsEditorPanel panel(nullptr);
    QSignalSpy scopes(&panel, &SettingsEditorPanel::scopeChanged);
    panel.setSession(a.session.get(), Dev);
    QVERIFY(!panel.isPipelineShown());
    QCOMPARE(panel.envEditor()->scope(), EditScope::forEnv(Dev));
    QCOMPARE(panel.treeEditor()->file(), Dev);
    compareWithNewPanel(panel, a.session.get());
    panel.setSession(b.session.get(), QStringLiteral("prod"), QStringLiteral("us-east-1"));
    QVERIFY(!panel.isPipelineShown());
    QCOMPARE(panel.envEditor()->scope(), EditScope::forEnv(QStringLiteral("prod"), QStringLiteral("us-east-1")));
    QCOMPARE(panel.treeEditor()->file(), QStringLiteral("prod"));
    compareWithNewPanel(panel, b.session.get());
    panel.setSession(a.session.get());
    QVERIFY(panel.isPipelineShown());
    QCOMPARE(panel.envEditor()->scope(), EditScope());
    QCOMPARE(panel.treeEditor()->file(), QString());
    compareWithNewPanel(panel, a.session.get());
    QCOMPARE(scopes.count(), 0);
    // Afterwards showEnv works as ever.
    panel.showEnv(Dev);
    QCOMPARE(scopes.count(), 1);
    QVERIFY(!panel.isPipelineShown());
}

void TestPanelRebinding::editsGoToTheNewRunwayOnly()
{
    EditorFixture a;
    EditorFixture b("03-dev-stage-prod-features");
    SettingsEditorPanel panel(a.session.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showEnv(Dev);
    panel.setSession(b.session.get());
    const QJsonObject aPipeline = a.doc()->fileValue(QString());
    const QJsonObject aDev = a.doc()->fileValue(Dev);

    // Typing into the pipeline form, choosing in the env form, editing a tree row: all in B.
    auto *email = qobject_cast<TextField *>(panel.pipelineEditor()->field(OwnerEmail));
    email->lineEdit()->setFocus();
    QTest::keyClicks(email->lineEdit(), QStringLiteral("x"));
    QCOMPARE(b.value("", OwnerEmail).toString(), email->lineEdit()->text());
    panel.showEnv(Dev);
    auto *type = qobject_cast<ComboField *>(panel.envEditor()->field(InstanceType));
    Q_EMIT type->editRequested({FieldEdit{{}, QStringLiteral("m5.large")}}, false, QString());
    QCOMPARE(b.value("dev", InstanceType), QJsonValue(QStringLiteral("m5.large")));
    JsonTreeModel *model = panel.treeEditor()->model();
    QCOMPARE(model->file(), Dev);
    QVERIFY(model->setData(model->indexForPath(AppGrace, JsonTreeModel::ValueColumn), 7));
    QCOMPARE(b.value("dev", AppGrace), QJsonValue(7));
    QCOMPARE(b.stack()->count(), 3);
    QCOMPARE(a.stack()->count(), 0);
    QCOMPARE(a.doc()->fileValue(QString()), aPipeline);
    QCOMPARE(a.doc()->fileValue(Dev), aDev);

    // No connection to A's session or document is left in the panel (disconnect() says whether
    // it found one), and A's changes reach none of the editors.
    QList<QObject *> panelObjects = panel.findChildren<QObject *>();
    panelObjects << &panel;
    for (QObject *object : std::as_const(panelObjects)) {
        QVERIFY2(!QObject::disconnect(a.doc(), nullptr, object, nullptr), object->metaObject()->className());
        QVERIFY2(!QObject::disconnect(a.session.get(), nullptr, object, nullptr), object->metaObject()->className());
    }
    const QStringList treeRows = rows(model);
    const QString shownType = type->comboBox()->currentText();
    a.session->setValue(QString(), OwnerEmail, QStringLiteral("a@example.com"));
    a.session->setValue(Dev, InstanceType, QStringLiteral("t2.nano"));
    a.session->setValue(Dev, MinInst, 9);
    QCOMPARE(email->lineEdit()->text(), b.value("", OwnerEmail).toString());
    QCOMPARE(type->comboBox()->currentText(), shownType);
    QCOMPARE(rows(model), treeRows);
    // And A going away leaves B's editors working.
    a.session.reset();
    b.session->undoStack()->undo();
    QCOMPARE(b.value("dev", AppGrace), QJsonValue(60));
    QCOMPARE(panel.envEditor()->field(AppGrace)->state().value, QJsonValue(60));
    compareWithNewPanel(panel, b.session.get());
}

void TestPanelRebinding::typeSectionsFollowTheRunway()
{
    EditorFixture ec2;
    EditorFixture lambda = typesFixture("lambda-01-dev-stage");
    SettingsEditorPanel panel(ec2.session.get());
    const auto shown = [&panel](const KeyPath &p) {
        return panel.envEditor()->field(p)->isVisibleTo(panel.envEditor());
    };
    const auto handlerShown = [&panel] {
        return panel.pipelineEditor()->field(LambdaHandler)->isVisibleTo(panel.pipelineEditor());
    };
    panel.showEnv(Dev);
    QVERIFY(shown(MinInst));
    QVERIFY(!shown(LambdaMemory));
    QVERIFY(!handlerShown());

    panel.setSession(lambda.session.get());
    QVERIFY(handlerShown());
    panel.showEnv(Dev);
    QVERIFY(!shown(MinInst));
    QVERIFY(shown(LambdaMemory));
    QVERIFY(panel.envEditor()->typeNote().contains(QStringLiteral("lambda")));
    compareWithNewPanel(panel, lambda.session.get());

    panel.setSession(ec2.session.get());
    QVERIFY(!handlerShown());
    panel.showEnv(Dev);
    QVERIFY(shown(MinInst));
    QVERIFY(!shown(LambdaMemory));
    QVERIFY(panel.envEditor()->typeNote().isEmpty());
    compareWithNewPanel(panel, ec2.session.get());
}

void TestPanelRebinding::reboundAfterTheSessionClosed()
{
    auto a = std::make_unique<EditorFixture>();
    SettingsEditorPanel panel(a->session.get());
    PipelineSettingsEditor *pipelineForm = panel.pipelineEditor();
    panel.showEnv(Dev);
    a.reset(); // the session closes first, as when the window drops a runway
    QVERIFY(!panel.session());
    QVERIFY(!panel.envEditor());
    QCOMPARE(panel.tabs()->count(), 0);

    EditorFixture b("03-dev-stage-prod-features");
    panel.setSession(b.session.get());
    QCOMPARE(panel.tabs()->count(), 2);
    QCOMPARE(panel.pipelineEditor(), pipelineForm);
    compareWithNewPanel(panel, b.session.get());
    panel.showEnv(Stage);
    compareWithNewPanel(panel, b.session.get());
}

void TestPanelRebinding::builtWhenIdleThenBound()
{
    // The window builds the forms in idle time, without a session; the first runway binds them.
    SettingsEditorPanel panel(nullptr);
    panel.resize(800, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.buildWhenIdle();
    QVERIFY(!panel.isBuilt()); // nothing before the event loop turns
    int turns = 0;
    while (!panel.isBuilt() && turns < 40) {
        QCoreApplication::processEvents();
        ++turns;
    }
    QVERIFY(panel.isBuilt());
    QVERIFY(turns > 1); // in parts, one per turn
    QVERIFY(!panel.pipelineEditor()); // no session: nothing to show, nothing on the tabs
    QCOMPARE(panel.tabs()->count(), 0);
    for (QWidget *child : panel.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        QVERIFY2(child == panel.tabs() || !child->isVisible(), child->metaObject()->className());

    EditorFixture a("03-dev-stage-prod-features");
    QSignalSpy scopes(&panel, &SettingsEditorPanel::scopeChanged);
    panel.setSession(a.session.get(), QStringLiteral("prod"), QStringLiteral("us-east-1"));
    QCOMPARE(scopes.count(), 0);
    QCOMPARE(panel.tabs()->count(), 2);
    QCOMPARE(panel.tabs()->currentIndex(), 0);
    QVERIFY(panel.envEditor()->isVisible());
    compareWithNewPanel(panel, a.session.get());
    panel.showPipeline();
    QVERIFY(panel.pipelineEditor()->isVisible());
    QVERIFY(!panel.envEditor()->isVisible());
    // The forms' signals reach the panel as with forms built for a session.
    panel.focusKey(QStringLiteral("stage"), MinInst);
    QCOMPARE(panel.treeEditor()->file(), Stage);
    QVERIFY(!panel.isPipelineShown());
    compareWithNewPanel(panel, a.session.get());
    QSignalSpy flows(&panel, &SettingsEditorPanel::flowChanged);
    QComboBox *flow = panel.pipelineEditor()->flowBox();
    Q_EMIT flow->activated(flow->findData(QStringLiteral("documented")));
    QCOMPARE(flows.count(), 1);
}

void TestPanelRebinding::boundWhileTheIdleBuildRuns()
{
    // A runway opened before the idle build is done: the rest is built at once, then bound.
    SettingsEditorPanel panel(nullptr);
    panel.buildWhenIdle();
    QCoreApplication::processEvents(); // one part
    QVERIFY(!panel.isBuilt());
    EditorFixture a;
    panel.setSession(a.session.get(), Dev);
    QVERIFY(panel.isBuilt());
    compareWithNewPanel(panel, a.session.get());
    PipelineSettingsEditor *pipelineForm = panel.pipelineEditor();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(); // the remaining steps find nothing to build
    QCOMPARE(panel.pipelineEditor(), pipelineForm);
    QCOMPARE(panel.tabs()->count(), 2);
    compareWithNewPanel(panel, a.session.get());
}

void TestPanelRebinding::treeModelUnderTester()
{
    EditorFixture a;
    EditorFixture b("03-dev-stage-prod-features");
    JsonTreeModel model(a.session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFile(Dev);
    model.setShowDefaults(true);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSession(b.session.get());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.file(), QString());
    QVERIFY(!model.showDefaults());
    JsonTreeModel fresh(b.session.get());
    QCOMPARE(rows(&model), rows(&fresh));
    model.setFile(Stage);
    fresh.setFile(Stage);
    QCOMPARE(rows(&model), rows(&fresh));
    b.session->setValue(Stage, MinInst, 5); // follows B
    QCOMPARE(rows(&model), rows(&fresh));

    model.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isEditable());
    b.session->setValue(Stage, MinInst, 6); // nothing follows any more
    QCOMPARE(model.rowCount(), 0);
    model.setSession(a.session.get());
    const JsonTreeModel freshA(a.session.get());
    QCOMPARE(rows(&model), rows(&freshA));
}

QTEST_MAIN(TestPanelRebinding)
#include "tst_panelrebinding.moc"
