// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Fd::Cli {

/// Exit codes shared by every verb.
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1,    ///< ran, but found errors (validation, partial failure)
    ExitUnusable = 2,    ///< bad arguments or input that could not be used
    ExitSignIn = 3,      ///< publish: not signed in / access denied
    ExitPartial = 4,     ///< publish: some regions failed
    ExitNotPublished = 5, ///< publish: nothing published (Gate unreachable, TLS, application missing, all failed)
};

/// Output streams of one verb run; tests pass string-backed streams.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

/// A command-line verb: `foremast-designer <name> …`. `args` starts with the program name.
struct Verb
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, Io &io);
    /// Needs a QGuiApplication (fonts, painting) though it opens no window; main() then uses
    /// the offscreen platform when there is no display.
    bool needsGui = false;
};

/// All verbs, in the order `--help` lists them.
const QList<Verb> &verbs();
/// The verb called `name`, or nullptr.
const Verb *findVerb(const QString &name);
/// Runs `args[1]` as a verb; returns ExitUnusable with a message for unknown verbs.
int runVerb(const QStringList &args, Io &io);

} // namespace Fd::Cli
