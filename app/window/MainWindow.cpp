// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "AppSettings.h"
#include "EditSession.h"
#include "FileChangedBanner.h"
#include "preview/GenerationController.h"
#include "MainActions.h"
#include "RunwayOpener.h"
#include "SettingsDialog.h"
#include "prompt/Prompter.h"
#include "NewRunwayWizard.h"
#include "StartPage.h"
#include "document/RunwayWatcher.h"
#include "editors/PipelineSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"
#include "graph/StageGraphView.h"
#include "envs/EnvPanel.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphScene.h"
#include "findings/FindingsModel.h"
#include "preview/PreviewPane.h"
#include "theme/FirstPaintDeferred.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoView>
#include <QVBoxLayout>

namespace Fd {

MainWindow::OpenRunway::~OpenRunway() = default;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    FirstPaintDeferred::watch(this); // themed icons are looked up once the window is on screen
    m_findings = new FindingsModel(this);
    m_generation = new GenerationController(this);

    // The centre is the graph, alone; with no runway open it is the start page, which is all the
    // first frame shows of it. The graph's page is built by buildEditor().
    m_start = new StartPage(this);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_start);
    setCentralWidget(m_centre);

    m_actions = new MainActions(this);
    buildDocks();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_generation, &GenerationController::generated, this, &MainWindow::updateFindings);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openFolderDialog);
    connect(m_start, &StartPage::exampleRequested, this, &MainWindow::openExample);
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newRunway);
    connect(m_start, &StartPage::recentRequested, this, [this](const QString &folder) { openRunway(folder); });
    m_start->setRecentFolders(AppSettings::recentFolders());
    for (QAction *a : {m_actions->save, m_actions->saveAll, m_actions->reload, m_actions->deploy,
                       m_actions->exportPipelines, m_actions->addEnv, m_actions->cloneEnv,
                       m_actions->renameEnv, m_actions->removeEnv})
        a->setEnabled(false);

    resize(1500, 940);
    // First start: most room for the graph; the side panels as narrow as their content allows.
    resizeDocks({m_envDock, m_settingsDock}, {190, 430}, Qt::Horizontal);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    showSessionDocks(false);
    updateTitle();
    // Nothing of the editor shows before a runway is open: it is built once the window is on
    // the screen (or earlier, when a runway is opened or a test asks for a part of it).
    FirstPaintDeferred::run([window = QPointer<MainWindow>(this)] {
        if (window)
            window->buildEditor();
    });
}

MainWindow::~MainWindow()
{
    // reset() clears m_open before deleting it, so nothing reached during teardown sees a
    // half-destroyed runway through session().
    m_open.reset();
}

QString MainWindow::currentFile() const
{
    if (!session())
        return {};
    if (m_settings->isPipelineShown())
        return session()->document()->filePath(QString());
    return session()->document()->filePath(envPanel() ? envPanel()->currentEnv() : QString());
}

bool MainWindow::openRunway(const QString &path, const RunwaySource &overrides)
{
    if (!maybeSave())
        return false;
    RunwaySource source = overrides;
    source.folder = runwayFolderFor(path);
    Result<RunwayContext> context = Fd::openRunway(source);
    if (!context) {
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Open Runway"),
                                  tr("The runway could not be opened:\n\n%1").arg(context.error().toString()));
        return false;
    }
    setSession(std::make_unique<EditSession>(std::move(context).value()));
    AppSettings::addRecentFolder(source.folder);
    m_actions->rebuildRecentMenu();
    m_start->setRecentFolders(AppSettings::recentFolders());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(source.folder)), 5000);
    return true;
}

bool MainWindow::openPipelineFile(const QString &path)
{
    buildEditor();
    QString error;
    if (!m_preview->showPipelineFile(path, &error)) {
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Open Pipeline"), error);
        return false;
    }
    return true;
}

void MainWindow::setSession(std::unique_ptr<EditSession> session)
{
    buildEditor();
    // The settings editors are kept across runways: they move to the new session, at the scope
    // its env panel starts on, before the old session goes (they would empty themselves for
    // nothing). The old runway's views go with it, before its session (see OpenRunway).
    auto panel = std::make_unique<EnvPanel>(session.get());
    m_settings->setSession(session.get(), panel->currentEnv(), panel->currentRegion());
    m_open.reset();
    m_open = std::make_unique<OpenRunway>();
    m_open->session = std::move(session);
    m_open->envPanel = std::move(panel);
    EditSession *edit = m_open->session.get();
    const RunwayDocument *doc = edit->document();

    m_envDock->setWidget(m_open->envPanel.get());
    m_open->watcher = std::make_unique<RunwayWatcher>(doc);
    m_banner->hide();
    m_actions->attachSession();

    m_preview->setSession(edit); // before the generation, which fills it
    m_generation->setSubnetsRule(AppSettings::subnetsRule());
    m_generation->setSession(edit, AppSettings::defaultFlow());
    m_settings->pipelineEditor()->setFlow(m_generation->flow());
    showSessionDocks(true);

    connect(envPanel(), &EnvPanel::scopeChanged, this, &MainWindow::onScopeChanged);
    connect(edit->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(doc, &RunwayDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &RunwayDocument::changed, this, &MainWindow::updateTitle); // the app name may change
    connect(m_open->watcher.get(), &RunwayWatcher::externallyChanged, this, &MainWindow::onExternalChange);
    onScopeChanged(envPanel()->currentEnv(), envPanel()->currentRegion());
    updateTitle();
}

void MainWindow::chooseFlow(const QString &flow)
{
    // The flow is the runway's choice, not an edit of its files: it is recorded at once in the
    // designer settings file next to the runway, where the command-line verbs find it too.
    const Result<bool> recorded = recordFlowChoice(session()->document()->folder(), flow);
    if (!recorded)
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Flow"), recorded.error().toString());
    m_generation->setFlow(flow);
}

void MainWindow::onScopeChanged(const QString &env, const QString &region)
{
    if (!env.isEmpty())
        m_settings->showEnv(env, region);
    m_preview->setScope(env, region);
}

void MainWindow::updateTitle()
{
    const bool modified = session() && session()->document()->isModified();
    if (!session()) {
        setWindowTitle(tr("Foremast Designer"));
        return;
    }
    setWindowFilePath(session()->document()->folder());
    // "[*]" is where Qt puts the modified marker.
    setWindowTitle(tr("%1[*] — Foremast Designer").arg(session()->document()->appName()));
    setWindowModified(modified);
}

void MainWindow::updateFindings()
{
    m_findings->setFindings(m_generation->findings());
    const int errors = m_findings->errorCount();
    const int warnings = m_findings->warningCount();
    m_status->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    m_findingsDock->setWindowTitle(errors + warnings ? tr("Findings (%1)").arg(errors + warnings) : tr("Findings"));
    m_actions->deploy->setToolTip(errors ? tr("Fix the %n error(s) in Findings before deploying", nullptr, errors)
                                         : tr("Generate the pipelines and publish them to Spinnaker"));
}

void MainWindow::onFindingActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Error &finding = m_findings->finding(index.row());
    if (!finding.env.isEmpty() || !finding.region.isEmpty())
        envPanel()->selectEnv(finding.env, finding.region);
    if (!finding.keyPath.isEmpty())
        focusFinding(finding);
    if (!finding.stageRefId.isEmpty())
        m_preview->selectStage(finding.region, finding.stageRefId);
}

void MainWindow::focusFinding(const Error &finding)
{
    // Runway findings name a file; generation findings name an env.
    FileId file = finding.env;
    if (!finding.file.isEmpty()) {
        file.clear();
        const Runway &runway = session()->document()->runway();
        for (auto it = runway.envs.cbegin(); it != runway.envs.cend(); ++it) {
            if (it->path == finding.file)
                file = it.key();
        }
    }
    m_settingsDock->show();
    m_settings->focusKey(file, JsonPath::fromString(finding.keyPath));
}

void MainWindow::onExternalChange(const QStringList &paths)
{
    m_banner->showFor(paths, session()->document()->isModified());
}

bool MainWindow::maybeSave()
{
    if (!session() || !session()->document()->isModified())
        return true;
    const auto answer = Prompter::current()->ask(
        this, QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(session()->document()->appName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveAll();
    return answer == QMessageBox::Discard;
}

bool MainWindow::saveFiles(const QStringList &only)
{
    if (!session())
        return false;
    Result<QStringList> written = session()->save(false, only);
    // Only a real conflict may be overwritten; permission, full disk, links… are just reported.
    if (!written && written.error().code == Error::Code::Conflict) {
        const auto answer = Prompter::current()->ask(
            this, QMessageBox::Warning, tr("File Changed on Disk"),
            tr("%1\n\nOverwrite it with the designer's version?").arg(written.error().toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        written = session()->save(true, only);
    }
    if (!written) {
        Prompter::current()->tell(this, QMessageBox::Critical, tr("Save"), written.error().toString());
        return false;
    }
    m_banner->hide();
    statusBar()->showMessage(written->isEmpty() ? tr("Nothing to save") : tr("Saved %n file(s)", nullptr, int(written->size())), 5000);
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    const QString file = currentFile();
    return saveFiles(file.isEmpty() ? QStringList() : QStringList{file});
}

bool MainWindow::saveAll()
{
    return saveFiles({});
}

void MainWindow::reloadFromDisk()
{
    if (!session())
        return;
    const QString env = envPanel()->currentEnv();
    const QString region = envPanel()->currentRegion();
    const Result<bool> ok = session()->reload();
    if (!ok) {
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Reload"), tr("The runway could not be reloaded:\n\n%1").arg(ok.error().toString()));
        return;
    }
    m_banner->hide();
    envPanel()->selectEnv(env, region);
    updateTitle();
}

void MainWindow::openFolderDialog()
{
    const QString start = session() ? session()->document()->folder() : AppSettings::recentFolders().value(0);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Runway Folder"), start);
    if (!folder.isEmpty())
        openRunway(folder);
}

void MainWindow::openPipelineDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Pipeline JSON"), {}, tr("JSON files (*.json);;All files (*)"));
    if (!file.isEmpty())
        openPipelineFile(file);
}

void MainWindow::openExample()
{
    const Result<QString> folder = exampleRunway();
    if (!folder) {
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Open Example"), folder.error().toString());
        return;
    }
    openRunway(*folder);
}

void MainWindow::newRunway()
{
    if (!maybeSave())
        return;
    const QString start = AppSettings::recentFolders().isEmpty()
        ? QDir::homePath()
        : QFileInfo(AppSettings::recentFolders().first()).dir().absolutePath();
    NewRunwayWizard wizard(start, this);
    if (wizard.exec() == QDialog::Accepted)
        openRunway(wizard.createdFolder());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_generation->setSubnetsRule(AppSettings::subnetsRule());
        m_generation->regenerate();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Foremast Designer"),
                       tr("<h3>Foremast Designer %1</h3><p>Design Foremast runways, see their Spinnaker "
                          "pipelines as you edit, and publish them through Gate.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    const QFileInfo info(path);
    event->acceptProposedAction();
    // A pipeline JSON file that is not part of a runway opens read-only; anything else as a runway.
    if (info.isFile() && info.suffix() == QLatin1String("json") && info.fileName() != QLatin1String("pipeline.json")
        && !info.fileName().startsWith(QLatin1String("application-master-")))
        openPipelineFile(path);
    else
        openRunway(path);
}

} // namespace Fd
