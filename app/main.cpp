// SPDX-License-Identifier: Apache-2.0
// foremast-designer-gui: the window, and the verbs that paint (render, demo) or use the keychain
// (publish --keychain). Users run it through `foremast-designer`, which handles the Core verbs
// itself (app/Launcher.cpp); run directly, it still understands every verb.
#include "cli/DemoVerb.h"
#include "cli/Launch.h"
#include "cli/Translations.h"
#include "cli/Verb.h"
#include "window/AppSettings.h"
#include "window/FirstPaint.h"
#include "window/MainWindow.h"
#include "window/RunwayOpener.h"
#include "window/Screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

namespace {

int runVerb(QCoreApplication &app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Fd::Cli::Io io{out, err};
    Fd::Cli::setExampleRunway(Fd::exampleRunway);
    return Fd::Cli::runVerb(app.arguments(), io);
}

/// The window's command line: foremast-designer [RUNWAY] [--project P] [--repo R] [--config F].
struct WindowOptions
{
    QCommandLineParser parser;
    QCommandLineOption project{QStringLiteral("project"), QCoreApplication::translate("main", "Git project (group)."), QStringLiteral("P")};
    QCommandLineOption repo{QStringLiteral("repo"), QCoreApplication::translate("main", "Git repository."), QStringLiteral("R")};
    QCommandLineOption config{QStringLiteral("config"), QCoreApplication::translate("main", "Foremast configuration file."), QStringLiteral("FOREMAST_CFG")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a screenshot of the window to FILE once it is shown, then quit (used for the documentation)."),
        QStringLiteral("FILE")};

    WindowOptions()
    {
        parser.setApplicationDescription(Fd::Cli::windowDescription());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("RUNWAY"), QCoreApplication::translate("main", "Runway folder to open."), QStringLiteral("[RUNWAY]"));
        parser.addOptions({project, repo, config, screenshot});
    }
};

} // namespace

int main(int argc, char **argv)
{
    Fd::Cli::setApplicationNames();

    if (argc > 1 && Fd::Cli::findVerb(QString::fromLocal8Bit(argv[1]))) {
        // Painting needs a QGuiApplication, not a display: offscreen serves when there is none.
        if (!Fd::Cli::displayAvailable())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Fd::installTranslations(app);
        return runVerb(app);
    }
    if (!Fd::Cli::displayAvailable()) {
        // Help and version need no display; the window does, and nothing else runs in its place.
        QCoreApplication app(argc, argv);
        Fd::installTranslations(app);
        WindowOptions options;
        options.parser.process(app); // prints help or version and exits, or fails on a bad option
        QTextStream out(stdout);
        QTextStream err(stderr);
        Fd::Cli::Io io{out, err};
        return Fd::Cli::reportNoDisplay(io);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Foremast Designer"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.foremast_designer"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.foremast_designer"),
                                                 QIcon(QStringLiteral(":/icons/foremast-designer.svg"))));
    // The command line follows the system's language; the window also honours the Settings choice.
    Fd::installTranslations(app, Fd::AppSettings::language());
    Fd::AppSettings::applyTheme(Fd::AppSettings::theme());
    WindowOptions options;
    QCommandLineParser &parser = options.parser;
    parser.process(app);
    const QCommandLineOption &project = options.project, &repo = options.repo, &config = options.config,
                             &screenshot = options.screenshot;

    Fd::MainWindow window;
    Fd::exitAtFirstPaintIfAsked(&window);
    window.show();
    const QString folder = parser.positionalArguments().value(0);
    if (!folder.isEmpty())
        window.openRunway(folder, {folder, parser.value(project), parser.value(repo), parser.value(config)});
    if (parser.isSet(screenshot))
        Fd::screenshotWhenShown(&window, parser.value(screenshot));
    return app.exec();
}
