// SPDX-License-Identifier: Apache-2.0
#include "Screenshot.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace Fd {

void screenshotWhenShown(QWidget *window, const QString &path)
{
    // The whole screen, as a user would size it (Xvfb has no window manager to maximise it).
    window->resize(window->screen()->availableGeometry().size());
    // Give the event loop time to expose, lay out and paint (and the graph to fit) first.
    QTimer::singleShot(1500, window, [window, path] {
        const QPixmap shot = window->screen()->grabWindow(window->winId());
        const bool ok = !shot.isNull() && shot.save(path);
        QTextStream(stderr) << (ok ? QCoreApplication::translate("Screenshot", "Saved %1").arg(path)
                                   : QCoreApplication::translate("Screenshot", "Could not save %1").arg(path))
                            << Qt::endl;
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace Fd
