// SPDX-License-Identifier: Apache-2.0
// The command line of `foremast-designer`, the one command users type. It links Qt Core only:
// merged, generate and validate run here, in a process that maps a handful of libraries, which
// is most of their cost in CI. publish (Qt Network) and render, demo and the window (Qt Gui, Svg,
// Widgets, the keychain) run in helpers beside it; see Cli::runHelper(). On Linux this is
// foremast-designer-cli.so, which the Qt-free `foremast-designer` (app/Command.cpp) loads for
// everything but opening the window; elsewhere it is the `foremast-designer` executable itself.
#include "HelpOrVersion.h"
#include "cli/Launch.h"
#include "cli/Translations.h"
#include "cli/Verb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace {

/// Ends the process once a Core verb has returned: its output is flushed, and the rest (Qt's and
/// our static objects, the flow cache, the application object) is left to the system, which takes
/// the whole heap back at once instead of freeing it object by object.
[[noreturn]] void endProcess(int exitCode, Fd::Cli::Io &io)
{
    io.out.flush();
    io.err.flush();
    std::fflush(nullptr);
    std::_Exit(exitCode);
}

} // namespace

#ifdef FD_CLI_MODULE
extern "C" Q_DECL_EXPORT int fd_cli_main(int argc, char **argv)
#else
int main(int argc, char **argv)
#endif
{
    Fd::Cli::setApplicationNames();
    QCoreApplication app(argc, argv);
    Fd::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Fd::Cli::Io io{out, err};

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (const Fd::Cli::Verb *verb = Fd::Cli::findVerb(first)) {
        switch (verb->host) {
        case Fd::Cli::VerbHost::Core:
            Fd::Cli::setProcessEndsAfterVerb();
            endProcess(Fd::Cli::coreVerb(first)(app.arguments(), io), io);
        case Fd::Cli::VerbHost::Network:
            // The keychain comes with the GUI helper (in its Gate module, loaded for this verb).
            if (!app.arguments().contains(QStringLiteral("--keychain")))
                return Fd::Cli::runHelper("foremast-designer-publish", argc, argv, io);
            break;
        case Fd::Cli::VerbHost::Gui:
            break;
        }
        return Fd::Cli::runHelper("foremast-designer-gui", argc, argv, io);
    }
    // Not a verb: the window, on RUNWAY when one is given. A word that is neither a verb nor a
    // path is a mistyped verb; opening a window on it would only hide the mistake.
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first))
        return Fd::Cli::unknownVerb(first, io);
    // Help and the version are answered here, without loading the window. The rest of its
    // command line is the window's to check, once QApplication has taken Qt's own options
    // (-style, -reverse, -platform …), which a Qt Core application does not know.
    if (Fd::asksForHelpOrVersion(argc, argv))
        return Fd::Cli::answerHelpOrVersion(app.arguments(), io);
    if (!Fd::Cli::displayAvailable())
        return Fd::Cli::reportNoDisplay(io);
    return Fd::Cli::runHelper("foremast-designer-gui", argc, argv, io);
}
