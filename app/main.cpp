// SPDX-License-Identifier: Apache-2.0
#include "HeadlessDemo.h"
#include "window/Screenshot.h"
#include "cli/Translations.h"
#include "cli/Verb.h"
#include "window/AppSettings.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

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

/// The command line follows the system's language; the window also honours the Settings choice.
void installTranslators(QCoreApplication &app, bool window = false)
{
    Fd::installTranslations(app, window ? Fd::AppSettings::language() : QString());
}

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
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
        QStringList commands;
        for (const Fd::Cli::Verb &verb : Fd::Cli::verbs())
            commands << QLatin1String(verb.name);
        parser.setApplicationDescription(QCoreApplication::translate("main",
            "Design Foremast runways and publish their Spinnaker pipelines.\n"
            "Commands (foremast-designer COMMAND --help for each): %1.").arg(commands.join(QStringLiteral(", "))));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("RUNWAY"), QCoreApplication::translate("main", "Runway folder to open."), QStringLiteral("[RUNWAY]"));
        parser.addOptions({project, repo, config, screenshot});
    }
};

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
            installTranslators(app);
            return runVerb(app);
        }
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app);
        return runVerb(app);
    }

    // Help and version need no display; without one everything else runs the headless equivalent.
    if (!hasDisplay() && !asksForHelpOrVersion(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app);
        return Fd::runHeadlessDemo(app.arguments());
    }
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        WindowOptions options;
        options.parser.process(app); // prints help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Foremast Designer"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.foremast_designer"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.foremast_designer"),
                                                 QIcon(QStringLiteral(":/icons/foremast-designer.svg"))));
    installTranslators(app, true);
    Fd::AppSettings::applyTheme(Fd::AppSettings::theme());
    WindowOptions options;
    QCommandLineParser &parser = options.parser;
    parser.process(app);
    const QCommandLineOption &project = options.project, &repo = options.repo, &config = options.config,
                             &screenshot = options.screenshot;

    Fd::MainWindow window;
    window.show();
    const QString folder = parser.positionalArguments().value(0);
    if (!folder.isEmpty())
        window.openRunway(folder, {folder, parser.value(project), parser.value(repo), parser.value(config)});
    if (parser.isSet(screenshot))
        Fd::screenshotWhenShown(&window, parser.value(screenshot));
    return app.exec();
}
