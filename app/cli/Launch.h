// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Verb.h"

#include <QCommandLineParser>

class QCoreApplication;

namespace Fd::Cli {

/// Organisation, application name and version, before the application object exists.
void setApplicationNames();
/// The first lines of `foremast-designer --help`: what it is and its commands.
QString windowDescription();

/// The window's command line: foremast-designer [RUNWAY] [--project P] [--repo R] [--config F]
/// [--screenshot FILE] [--theme THEME], with help and version. The launcher answers --help from
/// it without loading the window; the window reads its arguments with it.
struct WindowOptions
{
    QCommandLineParser parser;
    QCommandLineOption project;
    QCommandLineOption repo;
    QCommandLineOption config;
    QCommandLineOption screenshot;
    QCommandLineOption theme;

    WindowOptions();

    /// Reads `arguments` (the program's, with argv[0]; in the window, after QApplication has
    /// taken Qt's own options out). On a wrong option, a missing option value or more than one
    /// RUNWAY it says so on io.err, as the verbs do, and returns false with *exitCode =
    /// ExitUnusable. QCommandLineParser::process() would print its own message and call exit(1):
    /// a code the documented exit codes give to findings, and an exit() that skips every
    /// destructor. --help, --help-all and --version are still answered by process(), which
    /// prints them and ends the process.
    bool read(const QStringList &arguments, Io &io, int *exitCode);
};

/// For a command line that asks for --help, --help-all or --version: the window's help or the
/// version, printed by WindowOptions::read(), which ends the process then; or the usage error
/// beside it, whose exit code is returned. Qt Core programs answer these without the window.
int answerHelpOrVersion(const QStringList &arguments, Io &io);

/// Whether a window can open. X11 and Wayland announce themselves in the environment; Windows
/// and macOS always have a window server in a user session. QT_QPA_PLATFORM (offscreen, vnc…)
/// counts as a display: it is how tests and screenshots run the window.
bool displayAvailable();
/// Says that there is no display and what to run instead; returns ExitUnusable.
int reportNoDisplay(Io &io);

/// Runs the helper executable `name` with this process's arguments (argv[0] kept, so messages
/// name `foremast-designer`). The helper sits beside this program, or in
/// ../libexec/foremast-designer once installed. On POSIX the helper replaces this process, so
/// stdin, stdout, signals and the exit code are its own; elsewhere it runs as a child with the
/// same standard streams and this process returns its exit code.
int runHelper(const char *name, int argc, char **argv, Io &io);

} // namespace Fd::Cli
