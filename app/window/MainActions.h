// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace Fd {

class MainWindow;

/// The window's actions, menus and toolbar, with standard shortcuts.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(MainWindow *window);

    /// Makes the current session's stack the one undo/redo act on (call after each open).
    void attachSession();
    void rebuildRecentMenu();

    QAction *newRunway, *open, *openPipeline, *save, *saveAll, *reload, *settings, *quit;
    QUndoGroup *undoGroup;
    QAction *undo, *redo;
    QAction *addEnv, *cloneEnv, *renameEnv, *removeEnv;
    QAction *deploy, *oneTime, *exportPipelines, *openExample, *about;
    QMenu *recentMenu, *viewMenu;
    QToolBar *toolBar;

private:
    MainWindow *m_window;
    QMenu *m_editMenu;
};

} // namespace Fd
