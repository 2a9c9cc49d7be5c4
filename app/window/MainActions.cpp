// SPDX-License-Identifier: Apache-2.0
#include "MainActions.h"

#include "AppSettings.h"
#include "EditSession.h"
#include "MainWindow.h"
#include "TiledToolBar.h"
#include "envs/EnvPanel.h"
#include "theme/FirstPaintDeferred.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoGroup>

namespace Fd {

namespace {

QAction *action(QObject *parent, const QString &icon, const QString &text, QKeySequence::StandardKey key = QKeySequence::UnknownKey)
{
    auto *a = new QAction(text, parent);
    FirstPaintDeferred::setThemeIcon(a, icon);
    if (key != QKeySequence::UnknownKey)
        a->setShortcuts(key);
    return a;
}

} // namespace

MainActions::MainActions(MainWindow *window) : QObject(window), m_window(window)
{
    newRunway = action(this, QStringLiteral("document-new"), tr("&New Runway…"), QKeySequence::New);
    newRunway->setToolTip(tr("Create a runway: identity, pipeline type, environments, regions and flow"));
    open = action(this, QStringLiteral("document-open"), tr("&Open Runway Folder…"), QKeySequence::Open);
    openPipeline = action(this, QStringLiteral("document-open"), tr("Open &Pipeline JSON (Read-Only)…"));
    save = action(this, QStringLiteral("document-save"), tr("&Save"), QKeySequence::Save);
    save->setToolTip(tr("Save the file being edited"));
    saveAll = action(this, QStringLiteral("document-save-all"), tr("Save A&ll"));
    saveAll->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    reload = action(this, QStringLiteral("view-refresh"), tr("&Reload from Disk"));
    settings = action(this, QStringLiteral("preferences-system"), tr("Se&ttings…"), QKeySequence::Preferences);
    quit = action(this, QStringLiteral("application-exit"), tr("&Quit"), QKeySequence::Quit);
    addEnv = action(this, QStringLiteral("list-add"), tr("&Add Environment…"));
    cloneEnv = action(this, QStringLiteral("edit-copy"), tr("&Clone Environment…"));
    renameEnv = action(this, QStringLiteral("edit-rename"), tr("&Rename Environment…"));
    renameEnv->setShortcut(QKeySequence(Qt::Key_F2));
    removeEnv = action(this, QStringLiteral("list-remove"), tr("Re&move Environment…"));
    deploy = action(this, QStringLiteral("go-up"), tr("&Deploy…"));
    deploy->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    deploy->setToolTip(tr("Generate the pipelines and publish them to Spinnaker"));
    oneTime = action(this, QStringLiteral("system-run"), tr("&One-time Pipeline…"));
    oneTime->setToolTip(tr("Generate Foremast's one-time pipeline of one environment, preview it and publish it"));
    oneTime->setEnabled(false); // until a runway is open (attachSession)
    exportPipelines = action(this, QStringLiteral("document-export"), tr("&Export Pipeline JSON…"));
    openExample = action(this, QStringLiteral("help-contents"), tr("Open &Example Runway"));
    about = action(this, QStringLiteral("help-about"), tr("&About Foremast Designer"));

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newRunway);
    file->addAction(open);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(openPipeline);
    file->addSeparator();
    file->addAction(save);
    file->addAction(saveAll);
    file->addAction(reload);
    file->addSeparator();
    file->addAction(exportPipelines);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    // One pair of undo/redo actions for the window's life; each opened runway's stack joins the group.
    undoGroup = new QUndoGroup(this);
    undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    FirstPaintDeferred::setThemeIcon(undo, QStringLiteral("edit-undo"));
    redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    FirstPaintDeferred::setThemeIcon(redo, QStringLiteral("edit-redo"));
    m_editMenu = bar->addMenu(tr("&Edit"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(addEnv);
    m_editMenu->addAction(cloneEnv);
    m_editMenu->addAction(renameEnv);
    m_editMenu->addAction(removeEnv);

    viewMenu = bar->addMenu(tr("&View"));
    QMenu *pipeline = bar->addMenu(tr("&Pipeline"));
    pipeline->addAction(deploy);
    pipeline->addAction(oneTime);
    pipeline->addAction(exportPipelines);
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(openExample);
    help->addAction(about);

    toolBar = new TiledToolBar(tr("Main"), window);
    window->addToolBar(toolBar);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(open);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(deploy);

    connect(newRunway, &QAction::triggered, window, &MainWindow::newRunway);
    connect(open, &QAction::triggered, window, &MainWindow::openFolderDialog);
    connect(openPipeline, &QAction::triggered, window, &MainWindow::openPipelineDialog);
    connect(save, &QAction::triggered, window, &MainWindow::save);
    connect(saveAll, &QAction::triggered, window, &MainWindow::saveAll);
    connect(reload, &QAction::triggered, window, &MainWindow::reloadFromDisk);
    connect(settings, &QAction::triggered, window, &MainWindow::showSettings);
    connect(quit, &QAction::triggered, window, &QWidget::close);
    connect(deploy, &QAction::triggered, window, &MainWindow::deploy);
    connect(oneTime, &QAction::triggered, window, &MainWindow::oneTimePipeline);
    connect(exportPipelines, &QAction::triggered, window, &MainWindow::exportPipelines);
    connect(openExample, &QAction::triggered, window, &MainWindow::openExample);
    connect(about, &QAction::triggered, window, &MainWindow::showAbout);
    connect(addEnv, &QAction::triggered, window, [window] { window->envPanel()->addEnv(); });
    connect(cloneEnv, &QAction::triggered, window, [window] { window->envPanel()->cloneEnv(); });
    connect(renameEnv, &QAction::triggered, window, [window] { window->envPanel()->renameEnv(); });
    connect(removeEnv, &QAction::triggered, window, [window] { window->envPanel()->removeEnv(); });
    rebuildRecentMenu();
}

void MainActions::attachSession()
{
    QUndoStack *stack = m_window->session()->undoStack();
    undoGroup->addStack(stack);
    undoGroup->setActiveStack(stack);
    for (QAction *a : {addEnv, cloneEnv, renameEnv, removeEnv, save, saveAll, reload, deploy, oneTime, exportPipelines})
        a->setEnabled(true);
}

void MainActions::rebuildRecentMenu()
{
    recentMenu->clear();
    const QStringList folders = AppSettings::recentFolders();
    for (const QString &folder : folders) {
        QAction *a = recentMenu->addAction(QDir::toNativeSeparators(folder));
        connect(a, &QAction::triggered, m_window, [this, folder] { m_window->openRunway(folder); });
    }
    if (!folders.isEmpty()) {
        recentMenu->addSeparator();
        connect(recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            AppSettings::clearRecentFolders();
            rebuildRecentMenu();
        });
    }
    recentMenu->setEnabled(!folders.isEmpty());
}

} // namespace Fd
