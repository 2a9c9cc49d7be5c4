// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace Fd {

class MainWindow;

/// The window's actions, menus and toolbar, with standard shortcuts.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(MainWindow *window);

    /// Connects undo/redo to the current session's stack (call after each open).
    void attachSession();
    void rebuildRecentMenu();

    QAction *open, *openPipeline, *save, *saveAll, *reload, *settings, *quit;
    QAction *undo = nullptr, *redo = nullptr;
    QAction *addEnv, *cloneEnv, *renameEnv, *removeEnv;
    QAction *deploy, *exportPipelines, *openExample, *about;
    QMenu *recentMenu, *viewMenu;
    QToolBar *toolBar;

private:
    MainWindow *m_window;
    QMenu *m_editMenu;
};

} // namespace Fd
