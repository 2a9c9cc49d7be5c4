// SPDX-License-Identifier: Apache-2.0
#include "cli/Verb.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

const Fd::Cli::Verb *verbOf(int argc, char **argv)
{
    return argc > 1 ? Fd::Cli::findVerb(QString::fromLocal8Bit(argv[1])) : nullptr;
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runVerb(QCoreApplication &app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Fd::Cli::Io io{out, err};
    return Fd::Cli::runVerb(app.arguments(), io);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Foremast Designer"));
    QCoreApplication::setApplicationName(QStringLiteral("foremast-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));

    // Verbs run headless: QApplication would abort without a display.
    if (const Fd::Cli::Verb *verb = verbOf(argc, argv)) {
        if (!verb->needsGui) {
            QCoreApplication app(argc, argv);
            return runVerb(app);
        }
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runVerb(app);
    }

    QApplication app(argc, argv);
    QTextStream err(stderr);
    err << QCoreApplication::translate("main", "The designer window is not built yet.") << Qt::endl;
    return 0;
}
