// SPDX-License-Identifier: Apache-2.0
// foremast-designer-gui: the window, and the verbs that paint (render, demo) or use the keychain
// (publish --keychain, run in the Gate module beside it, which also holds Deploy: app/gate/). Users run it through `foremast-designer`, which handles the Core verbs
// itself (app/Launcher.cpp); run directly, it still understands every verb.
#include "HelpOrVersion.h"
#include "cli/DemoVerb.h"
#include "theme/FirstPaintDeferred.h"
#include "cli/Launch.h"
#include "cli/Translations.h"
#include "cli/Verb.h"
#include "window/AppSettings.h"
#include "window/FontConfigWarmUp.h"
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
        // (Its other options are not checked here: Qt's own, such as -style, need QApplication.)
        QCoreApplication app(argc, argv);
        Fd::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        Fd::Cli::Io io{out, err};
        if (Fd::asksForHelpOrVersion(argc, argv))
            return Fd::Cli::answerHelpOrVersion(app.arguments(), io);
        return Fd::Cli::reportNoDisplay(io);
    }

    // The window's first text needs fontconfig: load it beside the application's start-up.
    Fd::FontConfigWarmUp fonts(!Fd::asksForHelpOrVersion(argc, argv));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Foremast Designer"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.foremast_designer"));
    Fd::FirstPaintDeferred::run([] {
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.foremast_designer"),
                                                     QIcon(QStringLiteral(":/icons/foremast-designer.svg"))));
    });
    // The command line follows the system's language; the window also honours the Settings choice.
    Fd::installTranslations(app, Fd::AppSettings::language());
    Fd::AppSettings::applyTheme(Fd::AppSettings::theme());
    // A wrong --theme below ends the process: fontconfig must not be half loaded on the other
    // thread then (LeakSanitizer reports what the thread had allocated).
    fonts.wait();
    Fd::Cli::WindowOptions options;
    QCommandLineParser &parser = options.parser;
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        Fd::Cli::Io io{out, err};
        int exitCode = Fd::Cli::ExitOk;
        if (!options.read(app.arguments(), io, &exitCode))
            return exitCode;
    }
    const QCommandLineOption &project = options.project, &repo = options.repo, &config = options.config,
                             &screenshot = options.screenshot;
    if (parser.isSet(options.theme)) {
        const std::optional<Fd::AppSettings::Theme> theme = Fd::AppSettings::themeNamed(parser.value(options.theme));
        if (!theme) {
            QTextStream(stderr) << QCoreApplication::translate("main", "Unknown theme \"%1\": use system, light or dark.")
                                       .arg(parser.value(options.theme))
                                << Qt::endl;
            return 2;
        }
        Fd::AppSettings::applyTheme(*theme);
    }

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
