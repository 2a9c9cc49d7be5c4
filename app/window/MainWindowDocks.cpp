// SPDX-License-Identifier: Apache-2.0
// The window's docks (environments, settings, findings, the JSON views and the undo history)
// and the editor that fills them and the centre once a runway can be shown.
#include "MainWindow.h"

#include "BottomDockSizer.h"
#include "EditSession.h"
#include "FileChangedBanner.h"
#include "MainActions.h"
#include "ThemeMenu.h"
#include "editors/SettingsEditorPanel.h"
#include "envs/EnvPanel.h"
#include "findings/FindingsModel.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "preview/PreviewPane.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoView>

namespace Fd {

namespace {

// The findings rows' heights follow the style and the font too (e.g. a theme chosen in the menu).
class RowsRemeasuredOnStyleChange : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
            static_cast<QTableView *>(watched)->resizeRowsToContents();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, Qt::DockWidgetArea area, QWidget *widget)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(name);
    if (widget)
        d->setWidget(widget);
    addDockWidget(area, d);
    m_actions->viewMenu->addAction(d->toggleViewAction());
    return d;
}

PreviewPane *MainWindow::preview()
{
    buildEditor();
    return m_preview;
}

QTableView *MainWindow::findingsView()
{
    buildEditor();
    return m_findingsView;
}

BottomDockSizer *MainWindow::bottomDockSizer()
{
    buildEditor();
    return m_bottomSizer;
}

SettingsEditorPanel *MainWindow::settingsPanel()
{
    buildEditor();
    return m_settings;
}

void MainWindow::buildDocks()
{
    // The docks exist from the start, so that restoreState() puts them back where the user left
    // them; their contents come with the editor (buildEditor()), as none shows without a runway.
    m_envDock = addDock(tr("Environments"), QStringLiteral("envDock"), Qt::LeftDockWidgetArea, nullptr);
    m_settingsDock = addDock(tr("Settings"), QStringLiteral("settingsDock"), Qt::RightDockWidgetArea, nullptr);
    m_findingsDock = addDock(tr("Findings"), QStringLiteral("findingsDock"), Qt::BottomDockWidgetArea, nullptr);
    // The JSON shares the bottom with the findings, so the graph keeps the centre.
    m_pipelineJsonDock = addDock(tr("Pipeline JSON"), QStringLiteral("pipelineJsonDock"), Qt::BottomDockWidgetArea, nullptr);
    m_stageDock = addDock(tr("Selected Stage"), QStringLiteral("stageDock"), Qt::BottomDockWidgetArea, nullptr);
    tabifyDockWidget(m_findingsDock, m_pipelineJsonDock);
    tabifyDockWidget(m_pipelineJsonDock, m_stageDock);
    m_findingsDock->raise();
    m_undoDock = addDock(tr("Undo History"), QStringLiteral("undoDock"), Qt::RightDockWidgetArea, nullptr);
    m_undoDock->hide();

    m_actions->viewMenu->addSeparator();
    QAction *pipelineSettings = m_actions->viewMenu->addAction(tr("&Pipeline Settings"));
    pipelineSettings->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    pipelineSettings->setToolTip(tr("Settings of pipeline.json (also: click Configuration in the graph)"));
    connect(pipelineSettings, &QAction::triggered, this, [this] {
        if (session()) {
            m_settingsDock->show();
            m_settings->showPipeline();
        }
    });
    // The graph's zoom and navigation actions go before these two when the editor is built.
    m_zoomActionsEnd = m_actions->viewMenu->addSeparator();
    m_navigationActionsEnd = m_actions->viewMenu->addSeparator();
    m_actions->viewMenu->addMenu(new ThemeMenu(this));
}

void MainWindow::buildEditor()
{
    if (m_preview)
        return;
    auto *editor = new QWidget(this);
    m_banner = new FileChangedBanner(editor);
    m_preview = new PreviewPane(m_generation, editor);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_preview, 1);
    m_centre->addWidget(editor);
    connect(m_banner, &FileChangedBanner::reloadRequested, this, &MainWindow::reloadFromDisk);

    m_settings = new SettingsEditorPanel(nullptr, this);
    m_settingsDock->setWidget(m_settings);
    connect(m_settings, &SettingsEditorPanel::flowChanged, this, &MainWindow::chooseFlow);
    // The forms are the same for every runway and most of a first open's cost: built while the
    // start page waits for the user (the editor itself is built after the first paint).
    m_settings->buildWhenIdle();
    // Like Deck: the Configuration node stands for the pipeline-wide settings.
    connect(m_preview->graphView(), &StageGraphView::selectionChanged, this, [this](const QString &, int stage) {
        if (stage == StageGraphView::ConfigurationSelected && session())
            m_settings->showPipeline();
    });

    m_findingsView = new QTableView(this);
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setWordWrap(true);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    // Word-wrapped rows as tall as their text. ResizeToContents measured every row again on each
    // layout pass of the header (most of a first open's layout, docs/performance.md); the
    // heights change only with the rows or the columns' widths, so they are measured then.
    const auto measureRows = [this] { m_findingsView->resizeRowsToContents(); };
    connect(m_findingsView->horizontalHeader(), &QHeaderView::sectionResized, this, measureRows);
    connect(m_findings, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_findingsView->resizeRowToContents(row);
    });
    connect(m_findings, &QAbstractItemModel::modelReset, this, measureRows);
    connect(m_findings, &QAbstractItemModel::layoutChanged, this, measureRows);
    connect(m_findings, &QAbstractItemModel::dataChanged, this, measureRows);
    m_findingsView->installEventFilter(new RowsRemeasuredOnStyleChange(m_findingsView));
    m_findingsView->setAccessibleName(tr("Findings"));
    // Nothing to report takes one line, not an empty table.
    auto *noFindings = new QLabel(tr("No errors or warnings."), this);
    noFindings->setMargin(6);
    noFindings->setForegroundRole(QPalette::PlaceholderText);
    // One of the two shows; a layout (unlike a stack) leaves the hidden one out of the minimum.
    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(noFindings);
    findingsLayout->addWidget(m_findingsView, 1);
    m_findingsView->hide();
    m_findingsDock->setWidget(findingsBox);
    connect(m_findingsView, &QTableView::activated, this, &MainWindow::onFindingActivated);
    connect(m_findingsView, &QTableView::clicked, this, &MainWindow::onFindingActivated);

    m_pipelineJsonDock->setWidget(m_preview->pipelineJsonView());
    // Filling the JSON view lays out and highlights every line: done when its dock can be seen
    // (its tab chosen), not on every open and edit while Findings is in front.
    m_preview->setPipelineJsonShown(false);
    connect(m_pipelineJsonDock, &QDockWidget::visibilityChanged, m_preview, &PreviewPane::setPipelineJsonShown);
    m_stageDock->setWidget(m_preview->stageJsonView());
    // Tabbed docks share the largest minimum: the JSON views must not keep the findings tall.
    for (QWidget *json : {m_preview->pipelineJsonView(), m_preview->stageJsonView()})
        json->setMinimumHeight(2 * json->fontMetrics().lineSpacing());
    m_bottomSizer = new BottomDockSizer(this, m_findingsDock, noFindings, m_findingsView, {m_pipelineJsonDock, m_stageDock});
    const auto findingsChanged = [this, noFindings] {
        const bool any = m_findings->rowCount() > 0;
        m_findingsView->setVisible(any);
        noFindings->setVisible(!any);
        m_bottomSizer->schedule();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_findings, signal, this, findingsChanged);
    connect(m_findings, &QAbstractItemModel::modelReset, this, findingsChanged);
    connect(m_findings, &QAbstractItemModel::layoutChanged, this, findingsChanged);
    // A click on a stage brings its JSON and origins forward.
    connect(m_preview->graphView()->graphScene(), &StageGraphScene::nodeClicked, this, [this](int node) {
        if (node > 0) {
            m_stageDock->show();
            m_stageDock->raise();
        }
    });

    m_undoView = new QUndoView(m_actions->undoGroup, this);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(m_undoView);
    m_actions->viewMenu->insertActions(m_zoomActionsEnd, m_preview->viewActions());
    m_actions->viewMenu->insertActions(m_navigationActionsEnd, m_preview->graphPanel()->navigationActions());
    // [ and ] move the env list too, so the list, the selector and the graph always agree.
    connect(m_preview->graphPanel(), &PipelineGraphPanel::currentEnvironmentChanged, this, [this](const QString &env) {
        if (envPanel() && !env.isEmpty() && env != envPanel()->currentEnv())
            envPanel()->selectEnv(env);
    });
}

void MainWindow::showSessionDocks(bool open)
{
    m_centre->setCurrentIndex(open ? 1 : 0);
    for (QDockWidget *dock : {m_envDock.data(), m_settingsDock.data(), m_findingsDock.data(),
                              m_pipelineJsonDock.data(), m_stageDock.data()}) {
        dock->setVisible(open);
        dock->toggleViewAction()->setEnabled(open);
    }
    if (open)
        m_findingsDock->raise();
}

} // namespace Fd
