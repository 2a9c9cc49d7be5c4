// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "AppSettings.h"
#include "EditSession.h"
#include "FileChangedBanner.h"
#include "preview/GenerationController.h"
#include "MainActions.h"
#include "PublishLauncher.h"
#include "RunwayOpener.h"
#include "SettingsDialog.h"
#include "document/RunwayWatcher.h"
#include "editors/PipelineSettingsEditor.h"
#include "editors/SettingsEditorPanel.h"
#include "graph/StageGraphView.h"
#include "envs/EnvPanel.h"
#include "findings/FindingsModel.h"
#include "preview/PreviewPane.h"

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
#include <QStatusBar>
#include <QTableView>
#include <QUndoView>
#include <QVBoxLayout>

namespace Fd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_findings = new FindingsModel(this);
    m_generation = new GenerationController(this);

    auto *central = new QWidget(this);
    m_banner = new FileChangedBanner(central);
    m_preview = new PreviewPane(m_generation, central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_preview, 1);
    setCentralWidget(central);

    m_actions = new MainActions(this);
    buildDocks();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_banner, &FileChangedBanner::reloadRequested, this, &MainWindow::reloadFromDisk);
    connect(m_generation, &GenerationController::generated, this, &MainWindow::updateFindings);
    for (QAction *a : {m_actions->save, m_actions->saveAll, m_actions->reload, m_actions->deploy,
                       m_actions->exportPipelines, m_actions->addEnv, m_actions->cloneEnv,
                       m_actions->renameEnv, m_actions->removeEnv})
        a->setEnabled(false);

    resize(1500, 940);
    // First start: most room for the graph, findings as a strip along the bottom.
    resizeDocks({m_envDock, m_settingsDock}, {210, 540}, Qt::Horizontal);
    resizeDocks({m_findingsDock}, {120}, Qt::Vertical);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The views hold pointers into the session: they go before it does.
    m_settings->setSession(nullptr);
    delete m_envDock->widget();
    delete m_watcher;
    m_undoView->setStack(nullptr);
    m_session.reset();
}

void MainWindow::buildDocks()
{
    const auto dock = [this](const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        addDockWidget(area, d);
        m_actions->viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_envDock = dock(tr("Environments"), QStringLiteral("envDock"), Qt::LeftDockWidgetArea);
    m_settingsDock = dock(tr("Settings"), QStringLiteral("settingsDock"), Qt::RightDockWidgetArea);
    m_settings = new SettingsEditorPanel(nullptr, m_settingsDock);
    m_settingsDock->setWidget(m_settings);
    connect(m_settings, &SettingsEditorPanel::flowChanged, this, &MainWindow::chooseFlow);
    // Like Deck: the Configuration node stands for the pipeline-wide settings.
    connect(m_preview->graphView(), &StageGraphView::selectionChanged, this, [this](const QString &, int stage) {
        if (stage == StageGraphView::ConfigurationSelected && m_session)
            m_settings->showPipeline();
    });
    m_findingsDock = dock(tr("Findings"), QStringLiteral("findingsDock"), Qt::BottomDockWidgetArea);
    m_undoDock = dock(tr("Undo History"), QStringLiteral("undoDock"), Qt::RightDockWidgetArea);
    m_undoDock->hide();

    m_findingsView = new QTableView(m_findingsDock);
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setWordWrap(false);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsDock->setWidget(m_findingsView);
    connect(m_findingsView, &QTableView::activated, this, &MainWindow::onFindingActivated);
    connect(m_findingsView, &QTableView::clicked, this, &MainWindow::onFindingActivated);

    m_undoView = new QUndoView(m_undoDock);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(m_undoView);
    m_actions->viewMenu->addSeparator();
    QAction *pipelineSettings = m_actions->viewMenu->addAction(tr("&Pipeline Settings"));
    pipelineSettings->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    pipelineSettings->setToolTip(tr("Settings of pipeline.json (also: click Configuration in the graph)"));
    connect(pipelineSettings, &QAction::triggered, this, [this] {
        if (m_session) {
            m_settingsDock->show();
            m_settings->showPipeline();
        }
    });
    m_preview->addViewActions(m_actions->viewMenu);
}

QString MainWindow::currentFile() const
{
    if (!m_session)
        return {};
    if (m_settings->isPipelineShown())
        return m_session->document()->filePath(QString());
    return m_session->document()->filePath(m_envPanel ? m_envPanel->currentEnv() : QString());
}

bool MainWindow::openRunway(const QString &path, const RunwaySource &overrides)
{
    if (!maybeSave())
        return false;
    RunwaySource source = overrides;
    source.folder = runwayFolderFor(path);
    Result<RunwayContext> context = Fd::openRunway(source);
    if (!context) {
        QMessageBox::warning(this, tr("Open Runway"),
                             tr("The runway could not be opened:\n\n%1").arg(context.error().toString()));
        return false;
    }
    setSession(std::make_unique<EditSession>(std::move(context).value()));
    AppSettings::addRecentFolder(source.folder);
    m_actions->rebuildRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(source.folder)), 5000);
    return true;
}

bool MainWindow::openPipelineFile(const QString &path)
{
    QString error;
    if (!m_preview->showPipelineFile(path, &error)) {
        QMessageBox::warning(this, tr("Open Pipeline"), error);
        return false;
    }
    return true;
}

void MainWindow::setSession(std::unique_ptr<EditSession> session)
{
    // Views of the old session go first: they hold pointers into it.
    m_settings->setSession(nullptr);
    delete m_envDock->widget();
    delete m_watcher;
    m_session = std::move(session);
    RunwayDocument *doc = m_session->document();

    m_envPanel = new EnvPanel(m_session.get(), m_envDock);
    m_envDock->setWidget(m_envPanel);
    m_settings->setSession(m_session.get());
    m_undoView->setStack(m_session->undoStack());
    m_watcher = new RunwayWatcher(doc, this);
    m_banner->hide();
    m_actions->attachSession();

    m_generation->setSubnetsRule(AppSettings::subnetsRule());
    m_generation->setSession(m_session.get(), AppSettings::defaultFlow());
    m_settings->pipelineEditor()->setFlow(m_generation->flow());
    m_preview->setSession(m_session.get());

    connect(m_envPanel, &EnvPanel::scopeChanged, this, &MainWindow::onScopeChanged);
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(doc, &RunwayDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_watcher, &RunwayWatcher::externallyChanged, this, &MainWindow::onExternalChange);
    onScopeChanged(m_envPanel->currentEnv(), m_envPanel->currentRegion());
    updateTitle();
}

void MainWindow::chooseFlow(const QString &flow)
{
    // The flow is the runway's choice, not an edit of its files: it is recorded at once in the
    // designer settings file next to the runway, where the command-line verbs find it too.
    const Result<bool> recorded = recordFlowChoice(m_session->document()->folder(), flow);
    if (!recorded)
        QMessageBox::warning(this, tr("Flow"), recorded.error().toString());
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
    const bool modified = m_session && m_session->document()->isModified();
    if (!m_session) {
        setWindowTitle(tr("Foremast Designer"));
        return;
    }
    setWindowFilePath(m_session->document()->folder());
    // "[*]" is where Qt puts the modified marker.
    setWindowTitle(tr("%1[*] — Foremast Designer").arg(m_session->document()->appName()));
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
        m_envPanel->selectEnv(finding.env, finding.region);
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
        const Runway &runway = m_session->document()->runway();
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
    m_banner->showFor(paths, m_session->document()->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_session || !m_session->document()->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_session->document()->appName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveAll();
    return answer == QMessageBox::Discard;
}

bool MainWindow::saveFiles(const QStringList &only)
{
    if (!m_session)
        return false;
    Result<QStringList> written = m_session->save(false, only);
    // Only a real conflict may be overwritten; permission, full disk, links… are just reported.
    if (!written && written.error().code == Error::Code::Conflict) {
        const auto answer = QMessageBox::warning(
            this, tr("File Changed on Disk"),
            tr("%1\n\nOverwrite it with the designer's version?").arg(written.error().toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        written = m_session->save(true, only);
    }
    if (!written) {
        QMessageBox::critical(this, tr("Save"), written.error().toString());
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
    if (!m_session)
        return;
    const QString env = m_envPanel->currentEnv();
    const QString region = m_envPanel->currentRegion();
    const Result<bool> ok = m_session->reload();
    if (!ok) {
        QMessageBox::warning(this, tr("Reload"), tr("The runway could not be reloaded:\n\n%1").arg(ok.error().toString()));
        return;
    }
    m_banner->hide();
    m_envPanel->selectEnv(env, region);
    updateTitle();
}

void MainWindow::openFolderDialog()
{
    const QString start = m_session ? m_session->document()->folder() : AppSettings::recentFolders().value(0);
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
        QMessageBox::warning(this, tr("Open Example"), folder.error().toString());
        return;
    }
    openRunway(*folder);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_generation->setSubnetsRule(AppSettings::subnetsRule());
        m_generation->regenerate();
    }
}

void MainWindow::deploy()
{
    if (!m_session)
        return;
    if (m_findings->errorCount() > 0) {
        m_findingsDock->show();
        m_findingsDock->raise();
        QMessageBox::warning(this, tr("Deploy"),
                             tr("Deploy is blocked by %n error(s). They are listed in Findings; fix them first.",
                                nullptr, m_findings->errorCount()));
        return;
    }
    RunwayContext context = m_session->document()->context();
    context.findings = m_session->document()->findings(); // as they are now, after the edits
    launchPublishDialog(this, context, m_generation->generation());
}

void MainWindow::exportPipelines()
{
    if (!m_session)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Pipelines To"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = m_generation->writePipelines(folder, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Pipelines"), error);
    else
        statusBar()->showMessage(tr("Wrote %n pipeline file(s)", nullptr, int(written.size())), 5000);
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
