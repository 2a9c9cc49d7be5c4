// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace Fd {

/// For the start-up benchmark (scripts/benchmarks.sh): with FD_EXIT_AT_FIRST_PAINT set in the
/// environment, the process ends as soon as `window` has been painted and put on the screen for
/// the first time, so the wall time of the whole process is the time from exec to first paint.
/// The designer and the bare QMainWindow it is compared with (bench_firstpaint_bare) use this
/// same function. Header-only so that the bare program links nothing of ours.
inline void exitAtFirstPaintIfAsked(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("FD_EXIT_AT_FIRST_PAINT"))
        return;
    class Probe : public QObject
    {
    public:
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !m_painted) {
                m_painted = true;
                // Queued: runs once this paint pass has been flushed to the window system.
                QMetaObject::invokeMethod(
                    this, [] {
                        std::fflush(stdout);
                        std::_Exit(0); // no teardown: it is not part of what is measured
                    },
                    Qt::QueuedConnection);
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        bool m_painted = false;
    };
    window->installEventFilter(new Probe(window));
}

} // namespace Fd
