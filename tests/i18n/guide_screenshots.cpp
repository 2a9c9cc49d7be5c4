// SPDX-License-Identifier: Apache-2.0
// Takes the user guide's pictures from the real window on an X server (scripts/screenshot-guide.sh
// runs it under Xvfb, once per language). Not a test: it only shows and grabs.
// Usage: fd_guide_screenshots OUT_DIR EXAMPLE_RUNWAY PREFIX
#include "EditSession.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "cli/Translations.h"
#include "envs/EnvPanel.h"
#include "publish/PublishDialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

namespace {

/// Lets the event loop expose, lay out and paint (the graph fits itself after a few frames).
void settle(int ms = 1200)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool grab(QWidget *widget, const QString &path)
{
    settle();
    const QPixmap shot = widget->screen()->grabWindow(widget->winId());
    const bool ok = !shot.isNull() && shot.save(path);
    QTextStream(stderr) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: fd_guide_screenshots OUT_DIR EXAMPLE_RUNWAY PREFIX" << Qt::endl;
        return 2;
    }
    Fd::installTranslations(app);
    const QDir out(args.at(1));
    const QString runway = args.at(2), prefix = args.at(3);
    bool ok = true;

    Fd::MainWindow window;
    window.show();
    if (!window.openRunway(runway, {runway, QStringLiteral("forrest"), QStringLiteral("core"), {}}))
        return 1;
    ok = grab(&window, out.filePath(prefix + QStringLiteral("-window.png"))) && ok;

    // prod in us-west-2: a region's override block, the graph emphasising prod.
    window.envPanel()->selectEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    ok = grab(&window, out.filePath(prefix + QStringLiteral("-region.png"))) && ok;

    Fd::SettingsDialog settings(&window);
    settings.show();
    ok = grab(&settings, out.filePath(prefix + QStringLiteral("-settings.png"))) && ok;
    settings.close();

    window.deploy();
    if (auto *dialog = window.findChild<Fd::PublishDialog *>()) {
        dialog->resize(900, 620);
        ok = grab(dialog, out.filePath(prefix + QStringLiteral("-deploy.png"))) && ok;
        dialog->close();
    } else {
        ok = false;
    }
    return ok ? 0 : 1;
}
