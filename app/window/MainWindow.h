// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runway/RunwayContext.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;
class QTableView;
class QUndoView;

namespace Fd {

class BottomDockSizer;
class EditSession;
class EnvPanel;
class FileChangedBanner;
class FindingsModel;
class GenerationController;
class MainActions;
class PreviewPane;
class RunwayWatcher;
class SettingsEditorPanel;
class StartPage;

/// The designer window, built around the stage graph: the graph fills the centre (with its
/// region and environment selectors), the environments sit on the left, settings on the right,
/// and findings, the pipeline's JSON and the selected stage's JSON share the bottom. With no
/// runway open the centre is a start page. It owns one EditSession at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a runway folder (or a repository holding `runway/`), offering to save unsaved changes
    /// first. Returns false when the user cancelled or the folder could not be used (then a
    /// message says why and the current runway stays open).
    bool openRunway(const QString &path, const RunwaySource &overrides = {});
    /// Opens any Spinnaker pipeline JSON file read-only, drawn the same way.
    bool openPipelineFile(const QString &path);

    EditSession *session() const { return m_open ? m_open->session.get() : nullptr; }
    // The editor's parts are built on first use (see buildEditor()).
    PreviewPane *preview();
    EnvPanel *envPanel() const { return m_open ? m_open->envPanel.get() : nullptr; }
    StartPage *startPage() const { return m_start; }
    QTableView *findingsView();
    BottomDockSizer *bottomDockSizer();
    SettingsEditorPanel *settingsPanel();
    FindingsModel *findings() const { return m_findings; }
    GenerationController *generation() const { return m_generation; }
    MainActions *actions() const { return m_actions; }

    // Commands behind the menus, public for the actions and tests.
    void openFolderDialog();
    void openPipelineDialog();
    void openExample();
    /// File › New Runway…: the wizard, then the new runway opens.
    void newRunway();
    bool save();
    bool saveAll();
    void reloadFromDisk();
    void showSettings();
    void deploy();
    void oneTimePipeline();
    /// Asks through the Prompter whether to save unsaved edits before a publishing step; false
    /// when the user cancels or saving fails.
    bool offerSaveBeforePublishing(const QString &title, const QString &question);
    void exportPipelines();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The docks, empty, and the View menu.
    void buildDocks();
    /// What shows only with a runway or pipeline open: the graph's page in the centre and the
    /// docks' contents. Built right after the first paint, or first when something needs it.
    void buildEditor();
    /// Shows the runway's docks and the graph (`open`), or the start page alone.
    void showSessionDocks(bool open);
    QDockWidget *addDock(const QString &title, const QString &name, Qt::DockWidgetArea area, QWidget *widget);
    void setSession(std::unique_ptr<EditSession> session);
    /// Asks to save unsaved changes; false when the user cancelled.
    bool maybeSave();
    bool saveFiles(const QStringList &only);
    void updateTitle();
    void updateFindings();
    void chooseFlow(const QString &flow);
    void onScopeChanged(const QString &env, const QString &region);
    void onFindingActivated(const QModelIndex &index);
    void focusFinding(const Error &finding);
    void onExternalChange(const QStringList &paths);
    QString currentFile() const;

    /// Everything that lives exactly as long as one opened runway. Members are destroyed in
    /// reverse order, so the views go before the session they point into.
    struct OpenRunway
    {
        std::unique_ptr<EditSession> session;
        std::unique_ptr<RunwayWatcher> watcher;
        std::unique_ptr<EnvPanel> envPanel;
        ~OpenRunway();
    };
    std::unique_ptr<OpenRunway> m_open;
    MainActions *m_actions = nullptr;
    GenerationController *m_generation = nullptr;
    PreviewPane *m_preview = nullptr;
    QStackedWidget *m_centre = nullptr;
    StartPage *m_start = nullptr;
    SettingsEditorPanel *m_settings = nullptr;
    FindingsModel *m_findings = nullptr;
    QTableView *m_findingsView = nullptr;
    BottomDockSizer *m_bottomSizer = nullptr;
    QUndoView *m_undoView = nullptr;
    FileChangedBanner *m_banner = nullptr;
    RunwayWatcher *m_watcher = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_zoomActionsEnd = nullptr;
    QAction *m_navigationActionsEnd = nullptr;
    QPointer<QDockWidget> m_envDock, m_settingsDock, m_findingsDock, m_undoDock, m_pipelineJsonDock, m_stageDock;
};

} // namespace Fd
