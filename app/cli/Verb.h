// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

#include <type_traits>
#include <utility>

namespace Fd::Cli {

/// Exit codes, one scheme for every verb (and for the window's launcher). The same problem gives
/// the same code whichever verb meets it.
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1,     ///< the runway or a pipeline has errors; nothing was written or published
    ExitUnusable = 2,     ///< usage error, unknown verb, or input that cannot be used at all
                          ///< (missing folder, no pipeline.json, unreadable file, no display)
    ExitSignIn = 3,       ///< publish: not signed in / access denied
    ExitPartial = 4,      ///< publish: some regions failed
    ExitNotPublished = 5, ///< publish: nothing published (Gate unreachable, TLS, application missing, all failed)
};

/// Output streams of one verb run; tests pass string-backed streams.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

/// Which executable runs a verb. The `foremast-designer` command links Qt Core only and runs the
/// Core verbs itself; it hands the others to a helper beside it so that a CI run of `generate`
/// never loads Qt Network, Gui, Svg, Widgets or the keychain.
enum class VerbHost {
    Core,    ///< foremast-designer itself
    Network, ///< foremast-designer-publish (Qt Core + Network)
    Gui,     ///< foremast-designer-gui (painting, the window; the keychain in its Gate module)
};

/// A command-line verb: `foremast-designer <name> …`.
struct Verb
{
    const char *name;
    const char *summary;
    VerbHost host;
};

using VerbFunction = int (*)(const QStringList &args, Io &io);

/// All verbs, in the order `--help` lists them.
const QList<Verb> &verbs();
/// The verb called `name`, or nullptr.
const Verb *findVerb(const QString &name);
/// "Commands:" and one line per verb, for --help and for unknown verbs.
QString verbList();
/// Prints that `name` is no verb, and the verbs; returns ExitUnusable.
int unknownVerb(const QString &name, Io &io);
/// Prints "COMMAND: WHY" and where its options are described; returns ExitUnusable.
int usageError(const QString &command, const QString &why, Io &io);

/// Called by a command whose process ends when its verb returns (`foremast-designer`), before
/// running it. Tests run many verbs in one process and do not call it.
void setProcessEndsAfterVerb();
bool processEndsAfterVerb();
/// Keeps `value` alive until the process ends if it ends after this verb, else lets it go as
/// usual: the generated pipelines and the runway's documents are many small allocations, which
/// the system takes back at exit at once (freeing them took 0.5 M instructions on 12 envs × 6 regions).
template <typename T>
void keepUntilProcessEnd(T &&value)
{
    if (processEndsAfterVerb())
        (void)new std::decay_t<T>(std::forward<T>(value));
}

/// The Core verbs' functions (merged, generate, validate), or nullptr.
VerbFunction coreVerb(const QString &name);
/// Runs `args[1]` as a verb in this process. `args` starts with the program name. Every verb is
/// available where this is linked (fd_cli: tests and the GUI helper).
int runVerb(const QStringList &args, Io &io);

} // namespace Fd::Cli
