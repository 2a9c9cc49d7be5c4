// SPDX-License-Identifier: Apache-2.0
#include "HeadlessDemo.h"
#include "window/Screenshot.h"
#include "cli/Verb.h"
#include "window/AppSettings.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

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

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("foremast-designer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
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
            installTranslators(app);
            return runVerb(app);
        }
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app);
        return runVerb(app);
    }

    if (!hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app);
        return Fd::runHeadlessDemo(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Foremast Designer"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.foremast_designer"));
    installTranslators(app);
    Fd::AppSettings::applyTheme(Fd::AppSettings::theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design Foremast runways and publish their Spinnaker pipelines."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("RUNWAY"), QApplication::translate("main", "Runway folder to open."), QStringLiteral("[RUNWAY]"));
    const QCommandLineOption project(QStringLiteral("project"), QApplication::translate("main", "Git project (group)."), QStringLiteral("P"));
    const QCommandLineOption repo(QStringLiteral("repo"), QApplication::translate("main", "Git repository."), QStringLiteral("R"));
    const QCommandLineOption config(QStringLiteral("config"), QApplication::translate("main", "Foremast configuration file."), QStringLiteral("FOREMAST_CFG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the window to FILE once it is shown, then quit (used for the documentation)."),
        QStringLiteral("FILE"));
    parser.addOptions({project, repo, config, screenshot});
    parser.process(app);

    Fd::MainWindow window;
    window.show();
    const QString folder = parser.positionalArguments().value(0);
    if (!folder.isEmpty())
        window.openRunway(folder, {folder, parser.value(project), parser.value(repo), parser.value(config)});
    if (parser.isSet(screenshot))
        Fd::screenshotWhenShown(&window, parser.value(screenshot));
    return app.exec();
}
