// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QDockWidget;
class QMainWindow;
class QTableView;

namespace Fd {

/// Keeps the bottom docks (findings, and the JSON views tabbed with it) no taller than what they
/// show, so the graph keeps the centre: the findings list is one line high when there is nothing
/// to report and grows with its rows up to the height the user last dragged the bottom to; the
/// JSON views take that height. A height the user drags is remembered across runs.
class BottomDockSizer : public QObject
{
    Q_OBJECT
public:
    /// `findings` shows either `list` (the table) or `note` (there is nothing to list); `others`
    /// are the docks tabbed with it.
    BottomDockSizer(QMainWindow *window, QDockWidget *findings, QWidget *note, QTableView *list,
                    const QList<QDockWidget *> &others);

    /// The height the bottom gets for the dock shown now.
    int wantedHeight() const;
    /// The user's height for the bottom (remembered; a default until they drag it).
    int userHeight() const { return m_userHeight; }

    /// Re-sizes after the current event-loop turn (several changes in one turn size once).
    void schedule();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    QDockWidget *shownDock() const;
    int findingsContentHeight() const;
    int tabBarHeight(QDockWidget *dock) const;

    QMainWindow *m_window;
    QDockWidget *m_findings;
    QWidget *m_note;
    QTableView *m_list;
    QList<QDockWidget *> m_others;
    int m_userHeight;
    bool m_scheduled = false;
    bool m_applying = false;
};

} // namespace Fd
