// SPDX-License-Identifier: Apache-2.0
// What a user does in the window beyond editing values: creating a runway, naming the app,
// typing names the rules refuse, deploying with unsaved edits, undoing while an editor is open.
// Modal questions are answered by a ScriptedPrompter; nothing races a timer against exec().
#include "WindowFixture.h"

#include "EditSession.h"
#include "MainActions.h"
#include "NewRunwayWizard.h"
#include "StartPage.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"
#include "envs/EnvListModel.h"
#include "envs/EnvPanel.h"
#include "envs/IdentityForm.h"
#include "findings/FindingsModel.h"
#include "graph/PipelineGraphPanel.h"
#include "preview/GenerationController.h"
#include "preview/PreviewPane.h"
#include "prompt/Prompter.h"
#include "onetime/OnetimeDialog.h"
#include "publish/PublishDialog.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>

using namespace Fd;

namespace {

QStringList pipelineNames(const MainWindow &w)
{
    QStringList names;
    for (const GeneratedPipeline &p : w.generation()->pipelines())
        names << p.name;
    return names;
}

} // namespace

class TestWindowFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startPageUntilARunwayIsOpen();
    void newRunwayWizardWritesValidRunway();
    void newRunwayWizardRefusesBadNames();
    void identityEditRenamesPipelinesAndUndoRestores();
    void identityRefusesNamesWithReason();
    void longApplicationNameElidesWithWholeNameInTooltip();
    void renameRefusedWithNamedReason();
    void deployWithUnsavedEditsAsksFirst();
    void onetimeWithUnsavedEditsAsksFirst();
    void undoAddRegionLeavesNoStaleEditor();
    void envListAndGraphSelectorStayInSync();
    void regionListFitsTheNarrowestDock();
};

void TestWindowFlows::startPageUntilARunwayIsOpen()
{
    Test::WindowFixture f;
    auto *centre = qobject_cast<QStackedWidget *>(f.window->centralWidget());
    QVERIFY(centre);
    QCOMPARE(centre->currentWidget(), f.window->startPage());
    QVERIFY(!f.window->envPanel());
    QVERIFY(f.open());
    QVERIFY(centre->currentWidget() != f.window->startPage());
    // The runway is now among the recent ones the start page offers.
    QVERIFY(!f.window->startPage()->recentList()->findItems(QStringLiteral("runway"), Qt::MatchContains).isEmpty());
}

void TestWindowFlows::newRunwayWizardWritesValidRunway()
{
    Test::WindowFixture f;
    NewRunwayWizard wizard(f.dir.path());
    wizard.projectEdit()->setText(QStringLiteral("payments"));
    wizard.repoEdit()->setText(QStringLiteral("ledger"));
    wizard.envsEdit()->setText(QStringLiteral("dev, prod"));
    wizard.regionList()->findItems(QStringLiteral("us-west-2"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QVERIFY2(wizard.problem().isEmpty(), qPrintable(wizard.problem()));
    QVERIFY(wizard.createRunway());
    const QString folder = wizard.createdFolder();
    QCOMPARE(folder, f.dir.filePath(QStringLiteral("payments/ledger/runway")));

    QVERIFY(f.window->openRunway(folder));
    const RunwayDocument *doc = f.window->session()->document();
    QCOMPARE(doc->runway().envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    QCOMPARE(doc->appName(), QStringLiteral("ledgerpayments"));
    QCOMPARE(doc->identity().project, QStringLiteral("payments"));
    f.window->generation()->flush();
    QCOMPARE(f.window->findings()->errorCount(), 0);
    QCOMPARE(f.window->generation()->regions(), (QStringList{QStringLiteral("us-east-1"), QStringLiteral("us-west-2")}));
    for (const GeneratedPipeline &p : f.window->generation()->pipelines())
        QCOMPARE(p.envs, (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    // Writing again over it is refused: an existing runway is opened, not replaced.
    QVERIFY(!wizard.createRunway());
    QVERIFY(wizard.problem().contains(QStringLiteral("already holds a runway")));
}

void TestWindowFlows::newRunwayWizardRefusesBadNames()
{
    QTemporaryDir dir;
    NewRunwayWizard wizard(dir.path());
    wizard.projectEdit()->setText(QStringLiteral("payments"));
    wizard.repoEdit()->setText(QStringLiteral("led ger"));
    QVERIFY(wizard.problem().contains(QStringLiteral("contains a space")));
    wizard.repoEdit()->setText(QStringLiteral("ledger"));
    wizard.envsEdit()->setText(QStringLiteral("dev, Dev"));
    QVERIFY2(wizard.problem().contains(QStringLiteral("differs only in case from dev")), qPrintable(wizard.problem()));
    QVERIFY(!wizard.createRunway());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("payments"))));
}

void TestWindowFlows::identityEditRenamesPipelinesAndUndoRestores()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    MainWindow &w = *f.window;
    QVERIFY(pipelineNames(w).first().startsWith(QStringLiteral("coreforrest")));
    IdentityForm *identity = w.envPanel()->identityForm();
    QCOMPARE(identity->projectEdit()->text(), QStringLiteral("forrest"));
    identity->projectEdit()->setText(QStringLiteral("grove"));
    Q_EMIT identity->projectEdit()->editingFinished();
    QVERIFY(identity->problem().isEmpty());
    QTRY_VERIFY(pipelineNames(w).first().startsWith(QStringLiteral("coregrove")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("coregrove")));
    QVERIFY(w.isWindowModified());

    w.actions()->undo->trigger();
    QTRY_VERIFY(pipelineNames(w).first().startsWith(QStringLiteral("coreforrest")));
    QCOMPARE(identity->projectEdit()->text(), QStringLiteral("forrest"));
    QVERIFY(!w.isWindowModified());

    // Redo and save: the choice lands in the designer settings file, the runway files stay.
    const auto before = f.files();
    w.actions()->redo->trigger();
    QVERIFY(w.saveAll());
    QCOMPARE(f.files(), before);
    const QJsonObject settings = Test::readJsonObject(QDir(f.folder).filePath(QStringLiteral("../.foremast-designer.json")));
    QCOMPARE(settings.value(QStringLiteral("project")).toString(), QStringLiteral("grove"));
    QCOMPARE(settings.value(QStringLiteral("repo")).toString(), QStringLiteral("core"));
    QVERIFY(!w.isWindowModified());
}

void TestWindowFlows::longApplicationNameElidesWithWholeNameInTooltip()
{
    // An app name is one word (repo + project), often longer than the env column is wide.
    Test::WindowFixture f;
    QVERIFY(f.open());
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    IdentityForm *identity = f.window->envPanel()->identityForm();
    const QString repo = QStringLiteral("paymentsreconciliationservicebackend");
    identity->repoEdit()->setText(repo);
    Q_EMIT identity->repoEdit()->editingFinished();
    QVERIFY(identity->problem().isEmpty());
    const QString app = repo + QStringLiteral("forrest");
    QTRY_COMPARE(identity->appName(), app);
    QLabel *label = identity->appLabel();
    QTRY_VERIFY(label->width() > 0);
    // Inside its column (not cut by the dock), elided rather than clipped, whole in the tooltip.
    QVERIFY2(label->geometry().right() <= identity->contentsRect().right(),
             qPrintable(QStringLiteral("%1 > %2").arg(label->geometry().right()).arg(identity->contentsRect().right())));
    QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width());
    QVERIFY2(label->text().contains(QChar(0x2026)), qPrintable(label->text()));
    QVERIFY(label->toolTip().startsWith(app));
}

void TestWindowFlows::identityRefusesNamesWithReason()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    IdentityForm *identity = f.window->envPanel()->identityForm();
    identity->repoEdit()->setText(QStringLiteral("my repo"));
    Q_EMIT identity->repoEdit()->editingFinished();
    QVERIFY2(identity->problem().contains(QStringLiteral("contains a space")), qPrintable(identity->problem()));
    QCOMPARE(identity->repoEdit()->text(), QStringLiteral("my repo")); // as typed, beside the reason
    QCOMPARE(f.window->session()->document()->identity().repo, QStringLiteral("core"));
    QCOMPARE(f.window->session()->undoStack()->count(), 0);
}

void TestWindowFlows::renameRefusedWithNamedReason()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    ScriptedPrompter prompter;
    const Prompter::Override use(&prompter);
    f.window->envPanel()->selectEnv(QStringLiteral("prod"));
    prompter.texts << QStringLiteral("Dev");
    f.window->envPanel()->renameEnv();
    QCOMPARE(prompter.asked.size(), 2);
    QVERIFY2(prompter.asked.last().contains(QStringLiteral("differs only in case from dev")), qPrintable(prompter.asked.last()));
    prompter.texts << QStringLiteral("pr od");
    f.window->envPanel()->renameEnv();
    QVERIFY2(prompter.asked.last().contains(QStringLiteral("contains a space")), qPrintable(prompter.asked.last()));
    QCOMPARE(f.window->session()->undoStack()->count(), 0);
    // In-place editing in the list follows the same rules.
    const QModelIndex prod = f.window->envPanel()->model()->index(1);
    QVERIFY(!f.window->envPanel()->model()->setData(prod, QStringLiteral("DEV"), Qt::EditRole));
    QTRY_VERIFY(prompter.asked.last().contains(QStringLiteral("differs only in case")));
    prompter.texts << QStringLiteral("production");
    f.window->envPanel()->renameEnv();
    QCOMPARE(f.window->session()->document()->runway().envOrder(),
             (QStringList{QStringLiteral("dev"), QStringLiteral("production")}));
}

void TestWindowFlows::deployWithUnsavedEditsAsksFirst()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    ScriptedPrompter prompter;
    const Prompter::Override use(&prompter);
    f.window->session()->setValue(QString(), {QStringLiteral("owner_email")}, QStringLiteral("ops@example.com"));
    // Cancel: nothing opens, nothing is saved.
    prompter.answers << QMessageBox::Cancel;
    f.window->deploy();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.first().contains(QStringLiteral("unsaved edits")), qPrintable(prompter.asked.first()));
    QVERIFY(!f.window->findChild<PublishDialog *>());
    QVERIFY(f.window->isWindowModified());
    // Save: the edits are written, then the publish dialog opens on them.
    prompter.answers << QMessageBox::Save;
    f.window->deploy();
    QVERIFY(!f.window->isWindowModified());
    QCOMPARE(Test::readJsonObject(QDir(f.folder).filePath(QStringLiteral("pipeline.json"))).value(QStringLiteral("owner_email")).toString(),
             QStringLiteral("ops@example.com"));
    auto *dialog = f.window->findChild<PublishDialog *>();
    QVERIFY(dialog);
    dialog->close();
    // Saved: no question the next time.
    prompter.asked.clear();
    f.window->deploy();
    QVERIFY(prompter.asked.isEmpty());
    if (auto *again = f.window->findChild<PublishDialog *>())
        again->close();
}

void TestWindowFlows::onetimeWithUnsavedEditsAsksFirst()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    ScriptedPrompter prompter;
    const Prompter::Override use(&prompter);
    f.window->session()->setValue(QString(), {QStringLiteral("owner_email")}, QStringLiteral("ops@example.com"));
    // Cancel: no dialog, nothing saved.
    prompter.answers << QMessageBox::Cancel;
    f.window->oneTimePipeline();
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.first().startsWith(QStringLiteral("One-time Pipeline: ")), qPrintable(prompter.asked.first()));
    QVERIFY2(prompter.asked.first().contains(QStringLiteral("unsaved edits")), qPrintable(prompter.asked.first()));
    QVERIFY(!f.window->findChild<OnetimeDialog *>());
    QVERIFY(f.window->isWindowModified());
    // Ignore: the dialog opens on the runway as edited; the files stay as they were.
    prompter.answers << QMessageBox::Ignore;
    f.window->oneTimePipeline();
    QCOMPARE(prompter.asked.size(), 2);
    auto *dialog = f.window->findChild<OnetimeDialog *>();
    QVERIFY(dialog);
    QVERIFY(f.window->isWindowModified());
    QVERIFY(Test::readJsonObject(QDir(f.folder).filePath(QStringLiteral("pipeline.json"))).value(QStringLiteral("owner_email")).toString()
            != QStringLiteral("ops@example.com"));
    dialog->close();
    delete dialog;
    // Save: written first, then the dialog; no question once saved.
    prompter.answers << QMessageBox::Save;
    f.window->oneTimePipeline();
    QVERIFY(!f.window->isWindowModified());
    QCOMPARE(Test::readJsonObject(QDir(f.folder).filePath(QStringLiteral("pipeline.json"))).value(QStringLiteral("owner_email")).toString(),
             QStringLiteral("ops@example.com"));
    dialog = f.window->findChild<OnetimeDialog *>();
    QVERIFY(dialog);
    delete dialog;
    prompter.asked.clear();
    f.window->oneTimePipeline();
    QVERIFY(prompter.asked.isEmpty());
    delete f.window->findChild<OnetimeDialog *>();
}

void TestWindowFlows::undoAddRegionLeavesNoStaleEditor()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EnvPanel *envs = f.window->envPanel();
    QVERIFY(f.window->session()->addRegion(QStringLiteral("dev"), QStringLiteral("eu-west-1")));
    envs->selectEnv(QStringLiteral("dev"), QStringLiteral("eu-west-1"));
    EnvSettingsEditor *editor = f.window->settingsPanel()->envEditor();
    QCOMPARE(editor->scope().region(), QStringLiteral("eu-west-1"));
    QCOMPARE(envs->currentRegion(), QStringLiteral("eu-west-1"));

    f.window->session()->undoStack()->undo();
    QCOMPARE(envs->currentRegion(), QString());
    QCOMPARE(editor->scope().env(), QStringLiteral("dev"));
    QCOMPARE(editor->scope().region(), QString());
    QCOMPARE(f.window->settingsPanel()->envEditor(), editor);
}

void TestWindowFlows::envListAndGraphSelectorStayInSync()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EnvPanel *envs = f.window->envPanel();
    PipelineGraphPanel *graph = f.window->preview()->graphPanel();
    envs->selectEnv(QStringLiteral("prod"));
    QCOMPARE(graph->currentEnvironment(), QStringLiteral("prod"));
    // [ in the window moves the graph's selector and the list with it.
    f.window->activateWindow();
    QTRY_VERIFY(f.window->isActiveWindow());
    QTest::keyClick(f.window.get(), Qt::Key_BracketLeft);
    QCOMPARE(graph->currentEnvironment(), QStringLiteral("dev"));
    QCOMPARE(envs->currentEnv(), QStringLiteral("dev"));
    graph->environmentSelector()->setCurrentIndex(graph->environmentSelector()->findText(QStringLiteral("prod")));
    QCOMPARE(envs->currentEnv(), QStringLiteral("prod"));
}

void TestWindowFlows::regionListFitsTheNarrowestDock()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("envDock"));
    f.window->resizeDocks({dock}, {1}, Qt::Horizontal);
    QListWidget *regions = nullptr;
    for (QListWidget *list : f.window->envPanel()->findChildren<QListWidget *>()) {
        if (list->count() > 0 && list->item(0)->text().startsWith(QStringLiteral("All regions")))
            regions = list;
    }
    QVERIFY(regions);
    // The longest entry, a label wider than the panel's narrowest, wraps: no sideways scrolling.
    regions->item(0)->setText(regions->item(0)->text() + QStringLiteral(" (a translation twice as long as the English)"));
    QTRY_VERIFY2(regions->visualItemRect(regions->item(0)).right() <= regions->viewport()->rect().right(),
                 qPrintable(QStringLiteral("%1 > %2").arg(regions->visualItemRect(regions->item(0)).right()).arg(regions->viewport()->rect().right())));
    QVERIFY(!regions->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(TestWindowFlows)
#include "tst_windowflows.moc"
