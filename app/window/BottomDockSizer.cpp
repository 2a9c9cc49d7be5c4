// SPDX-License-Identifier: Apache-2.0
#include "BottomDockSizer.h"

#include "AppSettings.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace Fd {

BottomDockSizer::BottomDockSizer(QMainWindow *window, QDockWidget *findings, QWidget *note, QTableView *list,
                                 const QList<QDockWidget *> &others)
    : QObject(window)
    , m_window(window)
    , m_findings(findings)
    , m_note(note)
    , m_list(list)
    , m_others(others)
    , m_userHeight(AppSettings::bottomDockHeight())
{
    for (QDockWidget *dock : m_others + QList<QDockWidget *>{m_findings}) {
        dock->installEventFilter(this);
        connect(dock, &QDockWidget::visibilityChanged, this, &BottomDockSizer::schedule);
        connect(dock, &QDockWidget::dockLocationChanged, this, &BottomDockSizer::schedule);
    }
}

QDockWidget *BottomDockSizer::shownDock() const
{
    // A dock behind another's tab still counts as visible, but nothing of it is on screen.
    for (QDockWidget *dock : m_others + QList<QDockWidget *>{m_findings}) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty() && !dock->isFloating()
            && m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            return dock;
    }
    return nullptr;
}

int BottomDockSizer::findingsContentHeight() const
{
    if (m_list->isHidden())
        return m_note->sizeHint().height();
    int height = 2 * m_list->frameWidth() + m_list->horizontalHeader()->sizeHint().height()
        + m_list->verticalHeader()->length();
    if (m_list->horizontalScrollBar()->isVisible())
        height += m_list->horizontalScrollBar()->sizeHint().height();
    return height;
}

int BottomDockSizer::wantedHeight() const
{
    QDockWidget *dock = shownDock();
    if (dock != m_findings)
        return m_userHeight;
    // The dock's own chrome (title bar, margins) comes on top of what the page needs.
    const int chrome = std::max(0, m_findings->minimumSizeHint().height() - m_findings->widget()->minimumSizeHint().height());
    return std::min(chrome + findingsContentHeight(), m_userHeight);
}

void BottomDockSizer::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        apply();
    });
}

int BottomDockSizer::tabBarHeight(QDockWidget *dock) const
{
    // resizeDocks() sizes a tabbed group as a whole, its tab bar included.
    if (m_window->tabifiedDockWidgets(dock).isEmpty())
        return 0;
    for (const QTabBar *bar : m_window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            if (bar->tabText(i) == dock->windowTitle())
                return bar->height();
        }
    }
    return 0;
}

void BottomDockSizer::apply()
{
    QDockWidget *dock = shownDock();
    if (!dock)
        return; // floated, moved elsewhere or hidden by the user: their layout stands
    const int height = wantedHeight();
    if (dock->height() == height)
        return;
    m_applying = true;
    m_window->resizeDocks({dock}, {height + tabBarHeight(dock)}, Qt::Vertical);
    m_applying = false;
}

bool BottomDockSizer::eventFilter(QObject *watched, QEvent *event)
{
    // Only a drag of the separator (a mouse button held) is the user's choice of height; layout
    // passes, window resizes and our own resizeDocks() are not.
    if (event->type() == QEvent::Resize && !m_applying && (QGuiApplication::mouseButtons() & Qt::LeftButton)) {
        auto *dock = static_cast<QDockWidget *>(watched);
        if (dock == shownDock() && dock->height() != m_userHeight) {
            m_userHeight = dock->height();
            AppSettings::setBottomDockHeight(m_userHeight);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Fd
