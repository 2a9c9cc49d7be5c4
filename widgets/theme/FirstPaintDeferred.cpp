// SPDX-License-Identifier: Apache-2.0
#include "FirstPaintDeferred.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

namespace Fd::FirstPaintDeferred {

namespace {

bool s_pastFirstPaint = false;

std::vector<std::function<void()>> &pending()
{
    static std::vector<std::function<void()>> work;
    return work;
}

void runPending()
{
    s_pastFirstPaint = true;
    // Work may defer more work (which then runs at once): take the list first.
    std::vector<std::function<void()>> work;
    work.swap(pending());
    for (const std::function<void()> &w : work)
        w();
}

class Watcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Two turns of the event loop: the paint pass is flushed to the window system first.
            QTimer::singleShot(0, this, [this] {
                QTimer::singleShot(0, this, [this] {
                    runPending();
                    deleteLater();
                });
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void run(std::function<void()> work)
{
    if (s_pastFirstPaint)
        work();
    else
        pending().push_back(std::move(work));
}

void setThemeIcon(QAction *action, const QString &name, std::function<void()> then)
{
    run([action = QPointer<QAction>(action), name, then = std::move(then)] {
        if (!action)
            return;
        action->setIcon(QIcon::fromTheme(name));
        if (then)
            then();
    });
}

void setThemeIcon(QAbstractButton *button, const QString &name)
{
    run([button = QPointer<QAbstractButton>(button), name] {
        if (button)
            button->setIcon(QIcon::fromTheme(name));
    });
}

void watch(QWidget *window)
{
    if (!s_pastFirstPaint)
        window->installEventFilter(new Watcher(window));
}

} // namespace Fd::FirstPaintDeferred
